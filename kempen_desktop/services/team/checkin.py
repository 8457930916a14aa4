"""`kempen team checkin`: bring a working copy back, merged per field (issue 20).

Every record of the copy (every table in working_copy.TRACKED_TABLES: dossiers and what
hangs off them, partners, meetings, events, the policy plan, code lists, ...) is merged
three-way (domain/offline_merge.py) against its base (the server's values at checkout) and
the server's values now, all in ONE server transaction, with the server rows locked (FOR
UPDATE) so nobody changes them in between. A field both sides changed differently is a
conflict: not written, kept in the copy, listed. Set fields (kansengroepen, an event's
organisers) merge per element and never conflict. New records (their keys unknown to the
server) are inserted, parents first; a dossier made offline gets a fresh number from the
server's counter, which the copy then shows too.

The conflicts, as --json lists them ({"table", "record", "field", "server", "laptop"}):
* a field changed on both sides: the field's name and both values;
* field "*" (WHOLE_RECORD): deleted on one side (its value None), edited on the other
  (the whole record's fields); also a deletion that server rows still hang off (a note
  the office added): "server" the record's fields, "laptop" None. Until decided the base
  stays, so it is listed again at every check-in; wc.accept_deletion records the choice
  for the deletion;
* table "person", field "insz": a person made offline (or its INSZ changed offline) whose
  INSZ the server holds for someone with another name: "server" that person's fields
  with "id" (None when the user may not see it), "laptop" the copy's person with "id".
  Nothing of it is written, and what was made offline pointing at it (its dossier,
  notes) waits with it. Under the same name the copy's new person is the server's own:
  the new dossier is linked to it and the copy takes it over (wc.adopt_record).

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
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, exc, insert, inspect, select, text, update

from kempen_desktop.db.backend import Backend, backend_of
from kempen_desktop.db.numbering import take_dossier_numbers
from kempen_desktop.domain.offline_merge import (
    WHOLE_RECORD,
    RecordMerge,
    merge_record,
    same_person,
)
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
    field: str  # "*": the whole record (deleted on one side, edited on the other, ...)
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
    had_base: bool = True  # False: created by this check-in (or held on both sides)


@dataclass
class _Run:
    """One check-in on the server: what the copy holds and what has been done so far."""

    server: Connection
    bases: dict[str, dict[str, tuple[int | None, dict[str, Any]]]]
    laptop: dict[str, dict[str, Row]]
    result: CheckinResult = field(default_factory=CheckinResult)
    outcomes: list[_Outcome] = field(default_factory=list)
    deletions: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)  # -> server's
    set_writes: list[tuple[str, str, str, list[Any]]] = field(default_factory=list)
    # Records made offline that wait for a decision (an INSZ the server holds for someone
    # else, a record the server refused) and everything made offline that points at them:
    # not created this time, kept in the copy.
    waiting: dict[str, set[str]] = field(default_factory=dict)
    # Records made offline that are the server's own: a person whose INSZ and name the
    # server already holds (offline id -> server id). What points at them is redirected.
    linked: dict[str, dict[str, str]] = field(default_factory=dict)


def _read_copy(
    copy: Connection,
) -> tuple[dict[str, dict[str, tuple[int | None, dict[str, Any]]]], dict[str, dict[str, Row]]]:
    bases: dict[str, dict[str, tuple[int | None, dict[str, Any]]]] = {}
    laptop: dict[str, dict[str, Row]] = {}
    for name in wc.TRACKED_TABLES:
        bases[name] = wc.read_bases(copy, name)
        rows: list[Any] = list(copy.execute(select(table(name))).mappings())
        if name in wc.SET_FIELDS:
            rows = wc.with_sets(copy, name, rows)
        key = wc.key_column(name)
        laptop[name] = {str(r[key]): r for r in rows}
    return bases, laptop


def _server_rows(server: Connection, name: str, ids: list[str], lock: bool) -> dict[str, Row]:
    t = table(name)
    key = t.c[wc.key_column(name)]
    found: dict[str, Row] = {}
    for start in range(0, len(ids), _CHUNK):
        part = [wc.record_key(name, i) for i in ids[start : start + _CHUNK]]
        query = select(t).where(key.in_(part))
        if lock:
            query = query.with_for_update()
        rows: list[Any] = list(server.execute(query).mappings())
        if name in wc.SET_FIELDS:
            rows = wc.with_sets(server, name, rows)
        found.update({str(r[key.name]): r for r in rows})
    return found


def _references(name: str) -> dict[str, str]:
    """{column: table} of the foreign keys of table `name` to tracked tables."""
    return {
        fk.parent.name: fk.column.table.name
        for fk in table(name).foreign_keys
        if fk.column.table.name in wc.TRACKED_TABLES
    }


def _redirected(run: _Run, name: str, values: dict[str, Any]) -> dict[str, Any]:
    """`values` (JSON-safe) with references to linked records pointing at the server's."""
    for column, target in _references(name).items():
        server_id = run.linked.get(target, {}).get(str(values.get(column)))
        if server_id is not None:
            values[column] = server_id
    return values


def _waits(run: _Run, name: str, row: Row) -> bool:
    return any(
        str(row[column]) in run.waiting.get(target, set())
        for column, target in _references(name).items()
    )


def _with_id(name: str, row: Row) -> dict[str, Any]:
    return {"id": str(row["id"]), **wc.field_values(name, row)}


def _insz_holder(run: _Run, insz: str, record: str) -> Row | None:
    """The server's person with this INSZ (as far as the user may see), when not `record`."""
    person = table("person")
    holder = run.server.execute(select(person).where(person.c.insz == insz)).mappings().first()
    return None if holder is None or str(holder["id"]) == record else holder


def _insz_conflict(run: _Run, record: str, lap: Row, holder: Row | None) -> None:
    """The INSZ belongs to someone else on the server: both people side by side (the server's
    None when the user may not see it); nothing of the laptop's person is written."""
    server_side = None if holder is None else _with_id("person", holder)
    run.result.conflicts.append(
        Conflict("person", record, "insz", server_side, _with_id("person", lap))
    )


def _write_person(run: _Run, record: str, lap: Row, write: Any) -> bool:
    """Run `write` (an insert or update of person `record`) unless its INSZ is someone
    else's on the server: then a conflict, and False."""
    insz = lap["insz"]
    holder = _insz_holder(run, insz, record) if insz else None
    if holder is not None:
        _insz_conflict(run, record, lap, holder)
        return False
    try:
        with run.server.begin_nested():
            run.server.execute(write)
    except exc.IntegrityError:  # held by a person the user may not see
        _insz_conflict(run, record, lap, None)
        return False
    return True


def _create(run: _Run, name: str, record: str, lap: Row) -> None:
    """Insert a record made offline; a person whose INSZ the server holds under the same
    name is linked to the server's instead, under another name waits for a decision."""
    if _waits(run, name, lap):
        run.waiting.setdefault(name, set()).add(record)
        return
    values = wc.insertable(name, lap)
    for column, value in _redirected(run, name, {c: values[c] for c in _references(name)}).items():
        values[column] = wc.python_value(name, column, value)
    if "version" in values:
        values["version"] = 1
    if name == "person" and lap["insz"]:
        holder = _insz_holder(run, lap["insz"], record)
        if holder is not None and same_person(
            holder["last_name"], holder["first_name"], lap["last_name"], lap["first_name"]
        ):
            run.linked.setdefault(name, {})[record] = str(holder["id"])
            return
    _drop_dangling(run, name, values)
    if name == "person":
        if not _write_person(run, record, lap, insert(table(name)).values(**values)):
            run.waiting.setdefault(name, set()).add(record)
            return
    elif not _insert_made_offline(run, name, record, lap, values):
        return
    for set_name in wc.SET_FIELDS.get(name, {}):
        run.set_writes.append((name, record, set_name, wc.field_values(name, lap)[set_name]))
    run.result.created += 1
    run.outcomes.append(_Outcome(name, record, wc.field_values(name, lap), set(), had_base=False))


def _drop_dangling(run: _Run, name: str, values: dict[str, Any]) -> None:
    """A reference to a table the copy does not merge (the import batch of a list imported
    offline) that the server does not hold becomes None rather than fail the check-in."""
    for fk in table(name).foreign_keys:
        target = fk.column
        value = values.get(fk.parent.name)
        if target.table.name in wc.TRACKED_TABLES or value is None or not fk.parent.nullable:
            continue
        if run.server.execute(select(target).where(target == value)).first() is None:
            values[fk.parent.name] = None


def _insert_made_offline(
    run: _Run, name: str, record: str, lap: Row, values: dict[str, Any]
) -> bool:
    """Insert one record made offline. One the server refuses (it points at a record the
    server deleted meanwhile, or doubles one the office made: the same person at the same
    event) is a conflict of the whole record that waits, with what points at it."""
    try:
        with run.server.begin_nested():
            if name == "dossier":
                values["num"] = take_dossier_numbers(run.server, 1)
            run.server.execute(insert(table(name)).values(**values))
    except exc.IntegrityError:
        run.result.conflicts.append(
            Conflict(name, record, WHOLE_RECORD, None, wc.field_values(name, lap))
        )
        run.waiting.setdefault(name, set()).add(record)
        return False
    if name == "dossier":
        run.result.renumbered[int(lap["num"])] = int(values["num"])
    return True


def _apply(run: _Run, name: str, record: str, merged: RecordMerge, lap: Row) -> bool:
    """Write the merged changes of one record; False when nothing could be written."""
    t = table(name)
    sets = wc.SET_FIELDS.get(name, {})
    values: dict[str, Any] = {
        f: wc.python_value(name, f, v) for f, v in merged.changes.items() if f not in sets
    }
    for set_name in sets:
        if set_name in merged.changes:
            run.set_writes.append((name, record, set_name, merged.changes[set_name]))
    if "version" in t.c:
        values["version"] = t.c.version + 1
    if not values:
        return True
    write = update(t).where(t.c[wc.key_column(name)] == wc.record_key(name, record))
    if name == "person" and "insz" in merged.changes:
        return _write_person(run, record, lap, write.values(**values))
    try:
        with run.server.begin_nested():
            run.server.execute(write.values(**values))
    except exc.IntegrityError:  # points at a record the server deleted meanwhile
        current = _server_rows(run.server, name, [record], lock=False).get(record)
        server_fields = {} if current is None else wc.field_values(name, current)
        run.result.conflicts += [
            Conflict(name, record, f, server_fields.get(f), v)
            for f, v in merged.changes.items()
            if f not in sets
        ]
        return False
    return True


def _touched(name: str, base: Any, lap: Row | None) -> bool:
    """New, deleted or edited on the laptop since checkout."""
    return base is None or lap is None or wc.field_values(name, lap) != base[1]


def _parents_first(name: str, ids: list[str], laptop: dict[str, Row]) -> list[str]:
    """Records of a table that points at itself (a policy action's parent) with each after
    the records it points at, so a parent and child made offline insert in order."""
    columns = [fk.parent.name for fk in table(name).foreign_keys if fk.column.table.name == name]
    if not columns:
        return ids

    def depth(record: str, seen: frozenset[str] = frozenset()) -> int:
        row = laptop.get(record)
        if row is None or record in seen:
            return 0
        parents = [str(row[c]) for c in columns if row[c] is not None]
        return 1 + max((depth(p, seen | {record}) for p in parents if p in laptop), default=-1)

    return sorted(ids, key=depth)


def _merge_table(run: _Run, name: str) -> None:
    bases, laptop, result = run.bases[name], run.laptop[name], run.result
    ids = _parents_first(name, sorted(set(bases) | set(laptop)), laptop)
    touched = [r for r in ids if _touched(name, bases.get(r), laptop.get(r))]
    # Only what the laptop changed is locked (FOR UPDATE needs the right to change it, which
    # a begeleider has for its own dossiers only); the rest merges to nothing anyway.
    current = _server_rows(run.server, name, touched, lock=True)
    sets = wc.SET_FIELDS.get(name, {})
    for record in ids:
        lap, srv = laptop.get(record), current.get(record)
        if record not in touched:
            result.unchanged += 1
            version, base = bases[record]
            run.outcomes.append(_Outcome(name, record, base, set(), version=version))
            continue
        if record not in bases and srv is None:
            assert lap is not None
            _create(run, name, record, lap)
            continue
        # No base: held on both sides (created by an earlier check-in of this copy whose
        # rebase did not happen, or a code both sides added): every field is compared.
        base = bases[record][1] if record in bases else {}
        base = {f: v for f, v in base.items() if f != wc.DELETE_ANYWAY}
        server_fields = None if srv is None else wc.field_values(name, srv)
        laptop_fields = None if lap is None else _redirected(run, name, wc.field_values(name, lap))
        merged = merge_record(base, server_fields, laptop_fields, sets=sets)
        result.conflicts += [
            Conflict(name, record, c.field, c.server, c.laptop) for c in merged.conflicts
        ]
        conflicting = {c.field for c in merged.conflicts}
        wrote = False
        if merged.delete:  # counted when done (_delete)
            assert server_fields is not None
            run.deletions[(name, record)] = server_fields
        elif merged.changes:
            assert lap is not None
            wrote = _apply(run, name, record, merged, lap)
            if not wrote:
                conflicting |= set(merged.changes)  # the INSZ clash: kept in the copy
        if wrote:
            result.applied += 1
        elif not conflicting and not merged.delete:
            result.unchanged += 1
        run.outcomes.append(
            _Outcome(
                name, record, base, conflicting, deleted=merged.delete,
                version=bases[record][0] if record in bases else None,
                had_base=record in bases,
            )
        )  # fmt: skip


def _holders(run: _Run, name: str, record: str) -> set[tuple[str, str]]:
    """The server rows that point at the record, where deleting it would take them along
    (ON DELETE CASCADE: a note the office added, an item of another meeting) or is refused
    (a person whose dossier stays). SET NULL loses nothing: not listed."""
    found: set[tuple[str, str]] = set()
    for child in table(name).metadata.sorted_tables:
        if child.name in wc.LINK_TABLES:
            continue  # a set field of the record itself
        for fk in child.foreign_keys:
            if fk.column.table.name != name or (fk.ondelete or "").upper() == "SET NULL":
                continue
            key = child.c[wc.key_column(child.name)]
            query = select(key).where(fk.parent == wc.record_key(name, record))
            found |= {(child.name, str(k)) for k in run.server.execute(query).scalars()}
    return found


def _delete(run: _Run) -> None:
    """Delete what the laptop deleted and nobody changed. A deletion that would take rows
    along that stay is itself a conflict of the whole record ("*"), unless the user chose
    it (wc.accept_deletion); one held only by rows whose own deletion waits, waits with
    them (the person of a dossier whose deletion is a conflict), without a conflict."""
    going = set(run.deletions)
    conflicting: set[tuple[str, str]] = set()
    changed = True
    while changed:
        changed = False
        for name, record in sorted(going):
            if run.bases[name].get(record, (None, {}))[1].get(wc.DELETE_ANYWAY):
                continue  # the user chose the deletion, with what hangs off it
            staying = _holders(run, name, record) - going
            if staying:
                going.discard((name, record))
                if staying - set(run.deletions):
                    conflicting.add((name, record))
                changed = True
    for (name, record), server_fields in run.deletions.items():
        if (name, record) in going:
            run.result.applied += 1
            continue
        if (name, record) in conflicting:
            run.result.conflicts.append(Conflict(name, record, WHOLE_RECORD, server_fields, None))
        for outcome in run.outcomes:  # the base stays: tried again at the next check-in
            if (outcome.table, outcome.record) == (name, record):
                outcome.deleted, outcome.conflicting = False, {WHOLE_RECORD}
    order = {name: i for i, name in enumerate(wc.TRACKED_TABLES)}
    for name, record in sorted(going, key=lambda d: -order[d[0]]):  # children first
        t = table(name)
        run.server.execute(
            t.delete().where(t.c[wc.key_column(name)] == wc.record_key(name, record))
        )


def _write_sets(run: _Run) -> None:
    """The set fields, after every record exists (an event's organiser made offline too).
    A member the server deleted meanwhile is left out: the set's other changes stay."""
    for name, record, set_name, members in run.set_writes:
        if record in run.waiting.get(name, set()):
            continue
        key = wc.record_key(name, record)
        try:
            with run.server.begin_nested():
                wc.write_set(run.server, name, key, set_name, members)
        except exc.IntegrityError:
            spec = wc.SET_FIELDS[name][set_name]
            target = next(
                fk.column for fk in table(spec.link).foreign_keys if fk.parent.name == spec.member
            )
            alive = set(
                run.server.execute(
                    select(target).where(
                        target.in_([wc.python_value(spec.link, spec.member, m) for m in members])
                    )
                ).scalars()
            )
            kept = [m for m in members if wc.python_value(spec.link, spec.member, m) in alive]
            wc.write_set(run.server, name, key, set_name, kept)


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
        if wc.read_mark(copy) is None or not inspect(copy).has_table(wc.checkout_base.name):
            raise WorkingCopyError(f"{copy_db.path.name} is geen werkkopie (kempen team checkout).")
        bases, laptop = _read_copy(copy)
    with server_db.engine.begin() as server:
        run = _Run(server, bases, laptop)
        for name in wc.TRACKED_TABLES:
            _merge_table(run, name)
        _write_sets(run)
        _delete(run)
        _audit(server, run.result)
        finals = {
            name: _server_rows(
                server, name, [o.record for o in run.outcomes if o.table == name], False
            )
            for name in wc.TRACKED_TABLES
        }
        linked = run.linked.get("person", {})
        adopted = _server_rows(server, "person", sorted(set(linked.values())), False)
        _hold_before_commit()
    _rebase(copy_db, run.outcomes, finals, laptop)
    if linked:
        _adopt_people(
            copy_db, {offline: adopted[server_id] for offline, server_id in linked.items()}
        )
    return run.result


def _rebase(
    copy_db: Database,
    outcomes: list[_Outcome],
    finals: dict[str, dict[str, Row]],
    laptop: dict[str, dict[str, Row]],
) -> None:
    """Bring the copy and its bases to the server's values, conflicting fields aside."""
    with _copy_without_fk_checks(copy_db) as copy:
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


@contextmanager
def _copy_without_fk_checks(copy_db: Database) -> Iterator[Connection]:
    """One transaction on the copy without foreign-key checks: the server's values may point
    at rows the copy does not hold (a partner made since)."""
    with copy_db.engine.connect() as copy:
        copy.exec_driver_sql("PRAGMA foreign_keys = OFF")
        copy.commit()
        try:
            with copy.begin():
                yield copy
        finally:
            copy.rollback()
            copy.exec_driver_sql("PRAGMA foreign_keys = ON")
            copy.commit()


def _adopt_people(copy_db: Database, people: dict[str, Row]) -> None:
    """Persons made offline that the server already held (same INSZ and name): the copy
    takes the server's person, with its base, and points the dossiers at it."""
    with _copy_without_fk_checks(copy_db) as copy:
        for offline, person in people.items():
            wc.adopt_record(copy, "person", offline, person)


def _pull(copy: Connection, outcome: _Outcome, final: Row, lap: Row | None) -> None:
    name, t = outcome.table, table(outcome.table)
    if lap is None and WHOLE_RECORD in outcome.conflicting:
        return  # deleted here, changed there: the base stays, so it conflicts until decided
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
    key = wc.record_key(name, outcome.record)
    if pulled:
        copy.execute(update(t).where(t.c[wc.key_column(name)] == key).values(**pulled))
    for set_name in wc.SET_FIELDS.get(name, {}):
        members = server_fields[set_name]
        if set_name not in outcome.conflicting and members != wc.field_values(name, lap)[set_name]:
            wc.write_set(copy, name, key, set_name, members)


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
