"""apply_plan: write a plan in one transaction, recorded as a batch that undo can reverse.

Order of the writes, per chunk of new dossiers: persons first; then the timeline entries and
target groups of the new dossiers, *before* the dossiers themselves (``PRAGMA
defer_foreign_keys`` moves the foreign-key check to the commit); then the dossiers and their
first status. Matched dossiers are updated with one ``UPDATE`` per set of changed columns.
The per-row search and list triggers are paused meanwhile: the search rows and list columns
of every dossier the batch touched are written at the end with one statement each
(db/search_rows.py).

Every created or updated dossier gets a timeline entry of kind 'import' linked to the
batch, and an ``import_change`` row with what undo needs. A cancel (``should_cancel``)
or any error rolls the whole transaction back: nothing is written.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import exc, insert
from sqlalchemy.orm import Session

from kempen_desktop.db import backends, search_rows
from kempen_desktop.db.base import utcnow
from kempen_desktop.db.bulk import PERSON_COLUMNS
from kempen_desktop.db.list_columns import LIST_COLS, ListColumns
from kempen_desktop.db.models import (
    Dossier,
    ImportBatch,
    ImportChange,
    Person,
    StatusChange,
    TimelineEntry,
    dossier_target_group,
)
from kempen_desktop.db.numbering import take_dossier_numbers
from kempen_desktop.domain.status import AANGEMELD
from kempen_desktop.services.common import audit
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.importing.decisions import remember
from kempen_desktop.services.importing.errors import ImportFailed
from kempen_desktop.services.importing.matching import in_chunks
from kempen_desktop.services.importing.model import ImportPlan, PlannedRow, RowWork
from kempen_desktop.services.importing.perf import checkpoint_after, large_cache, no_gc
from kempen_desktop.services.importing.reader import ImportCancelled
from kempen_desktop.services.importing.sqlwrite import Writer, new_id, stamp_text

DECISIONS = ("new", "merge", "skip")
PERSON_COLS = PERSON_COLUMNS
DOSSIER_COLS = (
    "id",
    "num",
    "person_id",
    "status_code",
    "status_since",
    "opened_on",
    "responsible_partner_id",
    "counsellor_id",
    "situation",
    "created_at",
    "updated_at",
)
TIMELINE_COLS = (
    "id",
    "dossier_id",
    "kind",
    "occurred_at",
    "title",
    "body",
    "author",
    "import_batch_id",
    "created_at",
    "updated_at",
)
STATUS_COLS = ("id", "dossier_id", "from_code", "to_code", "effective_on", "note", "changed_at")
GROUP_COLS = ("dossier_id", "target_group_code")
CHANGE_COLS = (
    "id",
    "batch_id",
    "dossier_id",
    "person_id",
    "action",
    "before_json",
    "after_json",
    "stamp_after",
)
TEXT_DEFAULTS = {"street": "", "postcode": "", "phone": "", "email": "", "language": ""}
MAX_LISTED = 10
CREATES_PER_CHUNK = 5_000
LIST_DOSSIER = search_rows.LIST_COLUMNS["dossier"]
LIST_PERSON = search_rows.LIST_COLUMNS["person"]
SEARCH_PERSON = search_rows.SEARCH_COLUMNS["person"]


def _table(model: Any) -> Any:
    return model.__table__


def _nums(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in sorted(numbers)[:MAX_LISTED])
    more = len(numbers) - MAX_LISTED
    return shown + (f" en {more} andere" if more > 0 else "")


class _Sorted:
    """The plan's rows, sorted by what applying does with them."""

    def __init__(self, plan: ImportPlan, decisions: dict[int, str]) -> None:
        self.creates: list[tuple[PlannedRow, RowWork]] = []
        self.updates: list[tuple[PlannedRow, RowWork]] = []
        self.unchanged = 0
        self.differs = 0  # rows with differences not applied (also when other fields filled)
        self.review = 0
        self.rejected = 0
        #: (row identity key, dossier id) of the 'zelfde persoon' decisions, to remember
        self.merged: list[tuple[str, str]] = []
        owner: dict[str, int] = {}
        for row in plan.rows:
            decision = decisions.get(row.row) if row.kind == "review" else None
            work = plan.work.get(row.row)
            if decision == "merge" and work is not None and work.dossier_id and work.identity:
                self.merged.append((work.identity, work.dossier_id))
            if (
                work is not None
                and work.differences
                and (row.kind in ("update", "differs") or decision == "merge")
            ):
                self.differs += 1
            if row.kind == "rejected":
                self.rejected += 1
            elif row.kind == "differs" or (
                decision == "merge" and work is not None and not _changes(work) and work.differences
            ):
                pass  # counted in self.differs only: nothing written, the file disagrees
            elif row.kind == "unchanged" or (
                decision == "merge" and work is not None and not _changes(work)
            ):
                self.unchanged += 1
            elif row.kind == "new" or decision == "new":
                if not (work and work.person.get("last_name") and work.person.get("first_name")):
                    raise ImportFailed(
                        f"Rij {row.row}: een nieuw dossier heeft een naam en voornaam nodig."
                    )
                self.creates.append((row, work))
            elif row.kind == "update" or decision == "merge":
                assert work is not None and work.dossier_id is not None
                self.updates.append((row, work))
            else:
                self.review += 1
            if (
                work is not None
                and work.dossier_id
                and (row.kind in ("update", "unchanged", "differs") or decision == "merge")
            ):
                earlier = owner.setdefault(work.dossier_id, row.row)
                if earlier != row.row:
                    raise ImportFailed(
                        f"Rij {earlier} en rij {row.row} horen bij hetzelfde dossier {work.num}: "
                        f"kies bij rij {row.row} 'nieuw dossier' of 'overslaan'."
                    )


def _changes(work: RowWork) -> bool:
    return bool(work.person_updates or work.dossier_updates or work.groups_added)


def _check_decisions(plan: ImportPlan, decisions: dict[int, str]) -> dict[int, str]:
    kinds = {row.row: row.kind for row in plan.rows}
    for number, decision in decisions.items():
        if decision not in DECISIONS:
            raise ImportFailed(f"Rij {number}: onbekende beslissing '{decision}'.")
        if kinds.get(number) != "review":
            raise ImportFailed(f"Rij {number} vraagt geen beslissing.")
    return decisions


def _verify(writer: Writer, rows: _Sorted) -> None:
    """Refuse when the database changed since the plan was made (nothing written yet)."""
    connection = writer.connection
    persons = {work.person_id: (work.person_stamp, work.num or 0) for _, work in rows.updates}
    dossiers = {work.dossier_id: (work.dossier_stamp, work.num or 0) for _, work in rows.updates}
    found = dict(
        in_chunks(connection, "SELECT id, updated_at FROM person WHERE id IN ({})", persons)
    )
    moved = [num for pid, (stamp, num) in persons.items() if str(found.get(pid)) != stamp]
    found = dict(
        in_chunks(connection, "SELECT id, updated_at FROM dossier WHERE id IN ({})", dossiers)
    )
    moved += [num for did, (stamp, num) in dossiers.items() if str(found.get(did)) != stamp]
    if moved:
        raise ImportFailed(
            f"Sinds het voorbeeld werden dossiers gewijzigd (dossier {_nums(sorted(set(moved)))}). "
            "Maak het voorbeeld opnieuw."
        )
    inszs = [work.person["insz"] for _, work in rows.creates if work.person.get("insz")]
    taken = [
        row[0] for row in in_chunks(connection, "SELECT insz FROM person WHERE insz IN ({})", inszs)
    ]
    if taken:
        raise ImportFailed(
            f"Sinds het voorbeeld werden {len(taken)} van de nieuwe personen al ingevoerd. "
            "Maak het voorbeeld opnieuw."
        )


def apply_plan(
    db: Database,
    plan: ImportPlan,
    decisions: dict[int, str] | None = None,
    *,
    progress: Callable[[str, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> uuid.UUID:
    """Write the plan (review rows per decision; undecided ones are skipped); the batch id."""
    if plan.applied_batch is not None:
        raise ImportFailed("Dit voorbeeld werd al toegepast; lees het bestand opnieuw in.")
    report = progress or (lambda _stage, _pct: None)
    # No cyclic GC from here on (as in _apply): right after planning, the first full
    # collection would otherwise walk the whole plan while the rows are sorted (~0.1 s).
    with no_gc():
        rows = _Sorted(plan, _check_decisions(plan, dict(decisions or {})))

    def check() -> None:
        if should_cancel is not None and should_cancel():
            raise ImportCancelled("De import werd geannuleerd; er werd niets veranderd.")

    from kempen_desktop.services.trust.backups import BackupError, safety_backup

    try:  # a backup before every import (issue 7)
        safety_backup(db, "import")
    except BackupError as error:
        raise ImportFailed(f"{error} De import werd niet uitgevoerd.") from None
    try:
        return _apply(db, plan, rows, report, check)
    except exc.IntegrityError:
        # Never the database's own message: it quotes the values (INSZ, names).
        raise ImportFailed(
            "De import kon niet weggeschreven worden: de gegevens botsen met wat intussen in de "
            "database staat. Er werd niets veranderd; maak het voorbeeld opnieuw."
        ) from None
    except exc.OperationalError as error:
        if "locked" in str(error.orig) or "busy" in str(error.orig):
            raise ImportFailed(
                "De database is bezet door een ander programma. Er werd niets veranderd; "
                "probeer het zo dadelijk opnieuw."
            ) from None
        if "full" in str(error.orig):
            raise ImportFailed(
                "De schijf is vol. Er werd niets veranderd; maak eerst ruimte vrij."
            ) from None
        raise


def _apply(
    db: Database,
    plan: ImportPlan,
    rows: _Sorted,
    report: Callable[[str, int], None],
    check: Callable[[], None],
) -> uuid.UUID:
    batch_id = uuid.uuid4()
    now = utcnow()
    stamp = stamp_text(now)
    source = plan.profile.source or plan.profile.name
    origin = f"{plan.path.name} ({source})" if source else plan.path.name
    report("Controleren", 0)
    # The larger page cache stays until after the commit, which writes the dirty pages out;
    # the WAL is copied into the database file after the commit has returned.
    with (
        no_gc(),
        db.engine.connect() as connection,
        large_cache(connection),
        checkpoint_after(connection),
    ):
        with Session(bind=connection) as session, session.begin():
            # Rows to write: person, dossier, timeline, status and change per new dossier;
            # person, dossier, timeline and change per updated one (groups not counted): for
            # the progress bar.
            total = max(1, 5 * len(rows.creates) + 4 * len(rows.updates))

            def written(done: int) -> None:
                report("Wegschrijven", min(89, 5 + 84 * done // total))

            # The session's transaction on that connection:
            writer = Writer(session.connection(), check, written)
            _verify(writer, rows)
            check()
            session.execute(
                insert(ImportBatch),
                [
                    {
                        "id": batch_id,
                        "source": source[:40],
                        "file_name": plan.path.name[:260],
                        "file_sha256": plan.file_sha256,
                        "imported_at": now,
                        "profile_name": plan.profile.name[:100],
                        "mode": plan.mode,
                        "rows_total": len(plan.rows),
                        "rows_new": len(rows.creates),
                        "rows_changed": len(rows.updates),
                        "rows_unchanged": rows.unchanged,
                        "rows_rejected": rows.rejected,
                        "rows_review": rows.review,
                        "rows_differs": rows.differs,
                        "status": "toegepast",
                        "created_at": now,
                        "updated_at": now,
                    }
                ],
            )
            # The batch row opened the transaction; from here foreign keys are checked at COMMIT.
            backends.defer_foreign_keys(writer.connection)
            report("Wegschrijven", 5)
            # Numbers from the counter: never one given before, also not after a delete or an undo.
            first_num = (
                take_dossier_numbers(writer.connection, len(rows.creates)) if rows.creates else 0
            )
            # Search rows and list columns once for the whole batch, not per row by triggers.
            with search_rows.batch(writer.connection) as touched:
                touched.new_from = first_num if rows.creates else None
                _write_creates(
                    writer, rows.creates, batch_id.hex, first_num, stamp, origin, touched.paused
                )
                check()
                _write_updates(writer, rows.updates, batch_id.hex, stamp, origin)
                check()
                _touched(touched, rows)
            remember(writer.connection, rows.merged, batch_id.hex, stamp)
            report("Vastleggen", 90)
            audit.record(
                session,
                "import.apply",
                "import_batch",
                batch_id,
                f"{len(rows.creates)} nieuw, {len(rows.updates)} bijgewerkt, "
                f"{rows.rejected} geweigerd",
            )
            session.flush()
        report("Opruimen", 95)  # committed: the batch is in the database
    plan.applied_batch = batch_id
    report("Klaar", 100)
    return batch_id


def _touched(touched: search_rows.SearchBatch, rows: _Sorted) -> None:
    """What needs a new search row and new list columns: every new dossier; an updated one
    always gets a note (its search row), list columns only when a column they show changed."""
    touched.dossiers(
        (row.dossier_id.hex for row, _ in rows.creates if row.dossier_id),
        lists=not touched.paused,  # else written with the rows (_write_some_creates)
    )
    for _, work in rows.updates:
        assert work.dossier_id is not None and work.person_id is not None
        lists = bool(work.groups_added) or not LIST_DOSSIER.isdisjoint(work.dossier_updates)
        touched.dossiers([work.dossier_id], lists=lists)
        person = work.person_updates.keys()
        if not (SEARCH_PERSON.isdisjoint(person) and LIST_PERSON.isdisjoint(person)):
            touched.persons(
                [work.person_id],
                search=not SEARCH_PERSON.isdisjoint(person),
                lists=not LIST_PERSON.isdisjoint(person),
            )


def _status_line(work: RowWork) -> list[str]:
    return [f"Status in de lijst: {work.status_text}"] if work.status_text else []


def _write_creates(
    writer: Writer,
    creates: list[tuple[PlannedRow, RowWork]],
    batch: str,
    first_num: int,
    stamp: str,
    origin: str,
    with_list_columns: bool,
) -> None:
    """The new dossiers and their persons; with their list columns when the list trigger is
    paused (SQLite): computed here, each row lands in the list's indexes once."""
    contacts = backends.driver_sql(writer.connection)(
        "SELECT id, partner_id, last_name, first_name FROM contact_person"
    ).fetchall()
    partner_of: dict[str, str] = {id_: partner for id_, partner, _, _ in contacts}
    names = {id_: (last, first) for id_, _, last, first in contacts}
    lists = ListColumns.load(writer.connection) if with_list_columns else None
    # A few thousand at a time: the rows of 50,000 new dossiers at once held ~100 MB more.
    for start in range(0, len(creates), CREATES_PER_CHUNK):
        chunk = creates[start : start + CREATES_PER_CHUNK]
        _write_some_creates(
            writer, chunk, batch, first_num + start, stamp, origin, partner_of, (lists, names)
        )


def _write_some_creates(
    writer: Writer,
    creates: list[tuple[PlannedRow, RowWork]],
    batch: str,
    first_num: int,
    stamp: str,
    origin: str,
    partner_of: dict[str, str],
    list_columns: tuple[ListColumns | None, dict[str, tuple[str, str]]],
) -> None:
    lists, counsellor_names = list_columns
    persons, dossiers, timeline, statuses, groups, changes = [], [], [], [], [], []
    title = f"Aangemaakt door import van {origin}"[:200]
    for offset, (row, work) in enumerate(creates):
        person_id, dossier_id, num = new_id(), new_id(), first_num + offset
        p = work.person
        persons.append(
            (
                person_id,
                p.get("last_name", ""),
                p.get("first_name", ""),
                p.get("insz"),
                p.get("vdab_number"),
                p.get("birth_date"),
                p.get("sex"),
                *(p.get(c, "") for c in ("street", "postcode")),
                p.get("municipality_nis"),
                *(p.get(c, "") for c in ("phone", "email", "language")),
                stamp,
                stamp,
            )
        )
        partner, counsellor = work.partner, work.counsellor
        if counsellor and not partner:
            partner = partner_of.get(counsellor)
        if counsellor and partner_of.get(counsellor) != partner:
            counsellor = None
        dossiers.append(
            (
                dossier_id,
                num,
                person_id,
                work.status_code,
                work.opened_on,
                work.opened_on,
                partner,
                counsellor,
                work.situation,
                stamp,
                stamp,
            )
            + (
                ()
                if lists is None
                else lists.values(
                    p.get("last_name", ""),
                    p.get("first_name", ""),
                    p.get("municipality_nis"),
                    work.groups,
                    counsellor_names.get(counsellor) if counsellor else None,
                    work.status_code,
                    None,  # a new dossier has no follow-up date
                )
            )
        )
        named = work.status_code != AANGEMELD  # the file's status became the dossier's
        body = "\n".join(([] if named else _status_line(work)) + row.warnings)
        timeline.append(
            (new_id(), dossier_id, "import", stamp, title, body, "", batch, stamp, stamp)
        )
        statuses.append((new_id(), dossier_id, None, work.status_code, work.opened_on, "", stamp))
        groups += [(dossier_id, code) for code in work.groups]
        after = {
            "num": num,
            "groups": sorted(work.groups),
            "person_updated_at": stamp,
            "dossier_updated_at": stamp,
        }
        changes.append(
            (new_id(), batch, dossier_id, person_id, "create", "{}", json.dumps(after), stamp)
        )
        row.dossier_id = uuid.UUID(hex=dossier_id)
        row.dossier_num = num
    writer.insert(_table(Person), PERSON_COLS, persons)
    writer.insert(_table(TimelineEntry), TIMELINE_COLS, timeline)
    writer.insert(dossier_target_group, GROUP_COLS, groups)
    writer.insert(_table(Dossier), DOSSIER_COLS + (() if lists is None else LIST_COLS), dossiers)
    writer.insert(_table(StatusChange), STATUS_COLS, statuses)
    writer.insert(_table(ImportChange), CHANGE_COLS, changes)


def _write_updates(
    writer: Writer, updates: list[tuple[PlannedRow, RowWork]], batch: str, stamp: str, origin: str
) -> None:
    person_sets: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    dossier_sets: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    timeline, groups, changes = [], [], []
    # In the order of the dossier numbers (the rowids of dossier_fts): FTS5 writes to its
    # in-memory index only while rowids ascend, and flushes a new segment to disk at every
    # step back, so in file order each updated dossier's search row cost a flush.
    for row, work in sorted(updates, key=lambda item: item[1].num or 0):
        # Only rows that change get a new updated_at: touching the others would write
        # thousands of pages for nothing. Undo compares against these stamps.
        person_after, dossier_after = work.person_stamp, work.dossier_stamp
        before: dict[str, Any] = {
            "person": work.person_before,
            "dossier": work.dossier_before,
            "groups_added": work.groups_added,
        }
        if work.person_updates:
            columns = (*sorted(work.person_updates), "updated_at")
            person_sets.setdefault(columns, []).append(
                (*(work.person_updates[c] for c in columns[:-1]), stamp, work.person_id)
            )
            before["person_updated_at"], person_after = work.person_stamp, stamp
        # Kansengroepen alone change no dossier column: the row is stamped all the same,
        # so its version moves and a form opened before merges with them (issue 19).
        if work.dossier_updates or work.groups_added:
            columns = (*sorted(work.dossier_updates), "updated_at")
            dossier_sets.setdefault(columns, []).append(
                (*(work.dossier_updates[c] for c in columns[:-1]), stamp, work.dossier_id)
            )
            before["dossier_updated_at"], dossier_after = work.dossier_stamp, stamp
        groups += [(work.dossier_id, code) for code in work.groups_added]
        title = ("Bijgewerkt door import: " + ", ".join(work.changed_labels))[:200]
        lines = [f"Bestand: {origin}"]
        lines += [f"{c.label}: {c.old or '(leeg)'} → {c.new}" for c in row.changes]
        body = "\n".join(lines + _status_line(work) + row.warnings)
        timeline.append(
            (new_id(), work.dossier_id, "import", stamp, title, body, "", batch, stamp, stamp)
        )
        after = {
            "num": work.num,
            "groups": work.groups_after,
            "person_updated_at": person_after,
            "dossier_updated_at": dossier_after,
        }
        changes.append(
            (
                new_id(),
                batch,
                work.dossier_id,
                work.person_id,
                "update",
                json.dumps(before),
                json.dumps(after),
                stamp,
            )
        )
    for columns, values in person_sets.items():
        writer.update(_table(Person), columns, values)
    for columns, values in dossier_sets.items():
        writer.update(_table(Dossier), columns, values)
    writer.insert(dossier_target_group, GROUP_COLS, groups)
    writer.insert(_table(TimelineEntry), TIMELINE_COLS, timeline)
    writer.insert(_table(ImportChange), CHANGE_COLS, changes)
