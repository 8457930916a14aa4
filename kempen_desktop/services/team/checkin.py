"""`kempen team checkin`: bring a working copy back, merged per field (issue 20).

Every record of the copy is merged three-way (domain/offline_merge.py) against its base
(the server's values at checkout) and the server's values now, all in ONE server
transaction, with the server rows locked (FOR UPDATE) so nobody changes them in between.
A field both sides changed differently is a conflict: not written, kept in the copy,
listed. New records (their UUIDs unknown to the server) are inserted; a dossier made
offline gets a fresh number from the server's counter, which the copy then shows too.

Idempotent: after the server commits, the copy is rebased — every merged field of the
copy and its base take the server's value, except conflicting fields, which keep the
laptop's value and the old base (so they conflict again until decided). Checking in the
same copy again then finds nothing to do. Should the laptop die between the server's
commit and the rebase, a second check-in still changes nothing: the applied values equal
on both sides, and a new record the server already holds is not inserted again.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, text, update

from kempen_desktop.db.backend import Backend, backend_of
from kempen_desktop.db.numbering import take_dossier_numbers
from kempen_desktop.domain.offline_merge import WHOLE_RECORD, RecordMerge, merge_record
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.team import working_copy as wc
from kempen_desktop.services.team.working_copy import WorkingCopyError, table

# Test hook: a path; the check-in writes it and waits before the server commits, so a test
# can kill the process mid-transaction. Never set in normal use.
HOLD_ENV_VAR = "KEMPEN_TEST_CHECKIN_HOLD"
_CHUNK = 500

Row = Mapping[Any, Any]


@dataclass(frozen=True)
class Conflict:
    table: str
    record: str
    field: str  # "*" when one side deleted the record and the other edited it
    server: Any
    laptop: Any


@dataclass
class CheckinResult:
    applied: int = 0  # records with at least one field written (or deleted) on the server
    unchanged: int = 0  # records with nothing to do
    created: int = 0  # new records inserted on the server
    conflicts: list[Conflict] = field(default_factory=list)
    renumbered: dict[int, int] = field(default_factory=dict)  # offline number -> server number

    def as_json(self) -> dict[str, Any]:
        return {
            "applied": self.applied,
            "unchanged": self.unchanged,
            "conflicts": [
                {
                    "table": c.table,
                    "record": c.record,
                    "field": c.field,
                    "server": c.server,
                    "laptop": c.laptop,
                }
                for c in self.conflicts
            ],
            "created": self.created,
        }


@dataclass
class _Outcome:
    """What happened to one record, for the copy's rebase after the server commits."""

    table: str
    record: str
    base: dict[str, Any]
    conflicting: set[str]
    deleted: bool = False  # deleted on the server by this check-in
    version: int | None = None  # the base's server version (None: a table without versions)
    had_base: bool = True  # False: created by this check-in


def _read_copy(copy: Connection) -> tuple[dict[str, Any], dict[str, dict[str, Row]]]:
    bases: dict[str, Any] = {}
    laptop: dict[str, dict[str, Row]] = {}
    for name in wc.TRACKED_TABLES:
        bases[name] = wc.read_bases(copy, name)
        rows: list[Any] = list(copy.execute(select(table(name))).mappings())
        if name == "dossier":
            rows = wc.with_target_groups(copy, rows)
        laptop[name] = {str(r["id"]): r for r in rows}
    return bases, laptop


def _server_rows(server: Connection, name: str, ids: list[str], lock: bool) -> dict[str, Row]:
    t = table(name)
    found: dict[str, Row] = {}
    for start in range(0, len(ids), _CHUNK):
        part = [uuid.UUID(i) for i in ids[start : start + _CHUNK]]
        query = select(t).where(t.c.id.in_(part))
        if lock:
            query = query.with_for_update()
        rows: list[Any] = list(server.execute(query).mappings())
        if name == "dossier":
            rows = wc.with_target_groups(server, rows)
        found.update({str(r["id"]): r for r in rows})
    return found


def _create(server: Connection, name: str, row: Row, result: CheckinResult) -> None:
    values = wc.insertable(name, row)
    if "version" in values:
        values["version"] = 1
    if name == "dossier":
        values["num"] = take_dossier_numbers(server, 1)
        result.renumbered[int(row["num"])] = int(values["num"])
    server.execute(insert(table(name)).values(**values))
    if name == "dossier":
        wc.set_target_groups(server, row["id"], row[wc.TARGET_GROUPS])
    result.created += 1


def _apply(server: Connection, name: str, record: str, merged: RecordMerge, lap: Row) -> None:
    t = table(name)
    values: dict[str, Any] = {f: lap[f] for f in merged.changes}
    if wc.TARGET_GROUPS in values:
        wc.set_target_groups(server, uuid.UUID(record), values.pop(wc.TARGET_GROUPS))
    if "version" in t.c:
        values["version"] = t.c.version + 1
    server.execute(update(t).where(t.c.id == uuid.UUID(record)).values(**values))


def _touched(name: str, base: Any, lap: Row | None) -> bool:
    """New, deleted or edited on the laptop since checkout."""
    return base is None or lap is None or wc.field_values(name, lap) != base[1]


def _merge_table(
    server: Connection,
    name: str,
    bases: dict[str, Any],
    laptop: dict[str, Row],
    result: CheckinResult,
    deletions: list[tuple[str, str]],
) -> list[_Outcome]:
    ids = sorted(set(bases) | set(laptop))
    touched = [r for r in ids if _touched(name, bases.get(r), laptop.get(r))]
    # Only what the laptop changed is locked (FOR UPDATE needs the right to change it, which
    # a begeleider has for its own dossiers only); the rest merges to nothing anyway.
    current = _server_rows(server, name, touched, lock=True)
    outcomes: list[_Outcome] = []
    for record in ids:
        lap, srv = laptop.get(record), current.get(record)
        if record not in touched:
            result.unchanged += 1
            version, base = bases[record]
            outcomes.append(_Outcome(name, record, base, set(), version=version))
            continue
        if record in bases:
            base = bases[record][1]
        elif srv is None:
            assert lap is not None
            _create(server, name, lap, result)
            outcomes.append(
                _Outcome(name, record, wc.field_values(name, lap), set(), had_base=False)
            )
            continue
        else:  # created by an earlier check-in of this copy whose rebase did not happen
            base = wc.field_values(name, srv)
        merged = merge_record(
            base,
            None if srv is None else wc.field_values(name, srv),
            None if lap is None else wc.field_values(name, lap),
        )
        result.conflicts += [
            Conflict(name, record, c.field, c.server, c.laptop) for c in merged.conflicts
        ]
        if merged.delete:
            deletions.append((name, record))
        elif merged.changes:
            assert lap is not None
            _apply(server, name, record, merged, lap)
        if merged.applies:
            result.applied += 1
        elif not merged.conflicts:
            result.unchanged += 1
        conflicting = {c.field for c in merged.conflicts}
        outcomes.append(
            _Outcome(
                name, record, base, conflicting, deleted=merged.delete,
                version=bases[record][0] if record in bases else None,
                had_base=record in bases,
            )
        )  # fmt: skip
    return outcomes


def _audit(server: Connection, result: CheckinResult) -> None:
    server.execute(
        insert(table("audit_entry")).values(
            id=uuid.uuid4(),
            at=datetime.now(UTC).replace(tzinfo=None),
            user=str(server.execute(text("SELECT current_user")).scalar()),
            action="werkkopie.checkin",
            detail=(
                f"toegepast {result.applied}, nieuw {result.created}, "
                f"conflicten {len(result.conflicts)}"
            ),
        )
    )


def _hold_before_commit() -> None:
    hold = os.environ.get(HOLD_ENV_VAR)
    if hold:
        Path(hold).write_text("waiting before commit\n", encoding="utf-8")
        time.sleep(120)


def checkin(copy_db: Database, server_db: Database) -> CheckinResult:
    """Merge the working copy `copy_db` into the server; conflicts are listed, not written."""
    if backend_of(server_db.engine) is not Backend.POSTGRESQL:
        raise WorkingCopyError(
            "Een werkkopie brengt u terug naar een PostgreSQL-server: geef --db postgresql://..."
        )
    with copy_db.engine.connect() as copy:
        if wc.read_mark(copy) is None or not _has_bases(copy):
            raise WorkingCopyError(f"{copy_db.path.name} is geen werkkopie (kempen team checkout).")
        bases, laptop = _read_copy(copy)
    result = CheckinResult()
    outcomes: list[_Outcome] = []
    deletions: list[tuple[str, str]] = []
    with server_db.engine.begin() as server:
        for name in wc.TRACKED_TABLES:
            outcomes += _merge_table(server, name, bases[name], laptop[name], result, deletions)
        for name, record in reversed(deletions):  # children before parents
            t = table(name)
            server.execute(t.delete().where(t.c.id == uuid.UUID(record)))
        _audit(server, result)
        finals = {
            name: _server_rows(server, name, [o.record for o in outcomes if o.table == name], False)
            for name in wc.TRACKED_TABLES
        }
        _hold_before_commit()
    _rebase(copy_db, outcomes, finals, laptop)
    return result


def _has_bases(copy: Connection) -> bool:
    return bool(
        copy.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'checkout_base'")
        ).first()
    )


def _rebase(
    copy_db: Database,
    outcomes: list[_Outcome],
    finals: dict[str, dict[str, Row]],
    laptop: dict[str, dict[str, Row]],
) -> None:
    """Bring the copy and its bases to the server's values, conflicting fields aside."""
    with copy_db.engine.connect() as copy:
        # The server's values may point at rows the copy does not hold (a partner made since).
        copy.exec_driver_sql("PRAGMA foreign_keys = OFF")
        copy.commit()
        try:
            with copy.begin():
                numbers: dict[str, int] = {}
                for outcome in outcomes:
                    final = finals[outcome.table].get(outcome.record)
                    if final is None:
                        if outcome.deleted:
                            wc.delete_base(copy, outcome.table, outcome.record)
                        continue  # deleted on the server, untouched here: stays as it is
                    lap = laptop[outcome.table].get(outcome.record)
                    _pull(copy, outcome, final, lap)
                    if outcome.table == "dossier" and lap is not None:
                        numbers[outcome.record] = int(final["num"])
                _renumber(copy, numbers)
        finally:
            copy.rollback()
            copy.exec_driver_sql("PRAGMA foreign_keys = ON")
            copy.commit()


def _pull(copy: Connection, outcome: _Outcome, final: Row, lap: Row | None) -> None:
    name, t = outcome.table, table(outcome.table)
    server_fields = wc.field_values(name, final)
    base = {
        f: (outcome.base.get(f) if f in outcome.conflicting else value)
        for f, value in server_fields.items()
    }
    version = final["version"] if "version" in t.c else None
    if base != outcome.base or version != outcome.version or not outcome.had_base:
        wc.write_base(copy, name, outcome.record, version, base)
    if lap is None or WHOLE_RECORD in outcome.conflicting:
        return  # a deletion against an edit: the laptop's side stays until decided
    pulled = {
        f: final[f]
        for f in wc.merged_fields(name)
        if f not in outcome.conflicting and server_fields[f] != wc.json_value(lap[f])
    }
    if pulled:
        copy.execute(update(t).where(t.c.id == uuid.UUID(outcome.record)).values(**pulled))
    groups = server_fields.get(wc.TARGET_GROUPS)
    unchanged = groups == sorted(lap.get(wc.TARGET_GROUPS, []))
    if groups is not None and wc.TARGET_GROUPS not in outcome.conflicting and not unchanged:
        wc.set_target_groups(copy, uuid.UUID(outcome.record), groups)


def _renumber(copy: Connection, numbers: dict[str, int]) -> None:
    """The server's numbers for dossiers made offline; through negatives, as num is unique."""
    t = table("dossier")
    numbers = {r: n for r, n in numbers.items() if _copy_num(copy, r) != n}
    for record, num in numbers.items():
        copy.execute(update(t).where(t.c.id == uuid.UUID(record)).values(num=-num))
    for record, num in numbers.items():
        copy.execute(update(t).where(t.c.id == uuid.UUID(record)).values(num=num))


def _copy_num(copy: Connection, record: str) -> int | None:
    t = table("dossier")
    return copy.execute(select(t.c.num).where(t.c.id == uuid.UUID(record))).scalar()
