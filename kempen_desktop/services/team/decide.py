"""Deciding a check-in's conflicts (issue 20).

A conflict stays until the user chooses; until then both sides keep their value: the
server's record as the office left it, the laptop's in the copy.

A field both sides changed: the server's value, the laptop's, or a merged text. The
choice is written into the copy and the field's base becomes the server's value as the
conflict reported it, so the next check-in applies the choice as a laptop-only change (or
finds nothing to do when the server's value was chosen). Should the server's value have
moved again meanwhile, the next check-in reports a fresh conflict.

A record deleted on one side and edited on the other (field "*") is decided on the
server at once, as the user, in ONE server transaction, then in the copy:

* deleted on the server, edited on the laptop: DELETED leaves it deleted and takes it
  out of the copy too (with what hangs under it); KEPT puts the laptop's record back on
  the server, with the records it needs (its person, its dossier) and what hangs under
  it in the copy, each with the laptop's values;
* deleted on the laptop, edited on the server: DELETED deletes it on the server too (a
  dossier the app's way: its person goes when no dossier of theirs is left), refused when
  the server's record changed again since the check-in showed it; KEPT brings the
  server's record (with what hangs under it) back into the copy.

A person made offline whose INSZ the server holds for someone else (table person,
field insz): SAME_PERSON links the copy to the server's person (everything made offline
for it follows, wc.adopt_record), or a corrected INSZ (text) goes into the copy and the
next check-in tries again.

Every decision is audited on the server per user (`werkkopie.beslissing`, the table, the
record id and the choice; never a value). A record taken out of the copy loses its base
too, so no later check-in turns that into a deletion on the server.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, exc, insert, select, text, update

from kempen_desktop.db.models import Base
from kempen_desktop.db.numbering import take_dossier_numbers
from kempen_desktop.domain.insz import insz_problem, normalize_insz
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossier_removal import remove_in
from kempen_desktop.services.team import working_copy as wc
from kempen_desktop.services.team.checkin import Conflict
from kempen_desktop.services.team.working_copy import WorkingCopyError, table

WHOLE_RECORD = "*"
# The choice for a whole-record conflict: the record ends deleted on both sides, or the
# edited side's record stays (restored on the server, or brought back into the copy).
DELETED = "verwijderd"
KEPT = "behouden"
# The choice for an INSZ the server holds for someone else: it is that person.
SAME_PERSON = "dezelfde persoon"

AUDIT_ACTION = "werkkopie.beslissing"


@dataclass(frozen=True)
class Decision:
    conflict: Conflict
    # A field: the server's, the laptop's or a merged value (JSON-safe); a record: DELETED
    # or KEPT; an INSZ held by someone else: SAME_PERSON or the corrected INSZ.
    value: Any


@dataclass
class DecideResult:
    restored: int = 0  # records put back on the server with the laptop's values
    deleted: int = 0  # records deleted on the server
    kept: int = 0  # records of the server brought back into the copy
    removed: int = 0  # records taken out of the copy
    renumbered: dict[int, int] = field(default_factory=dict)  # a restored dossier's number


@dataclass
class _CopyPlan:
    """What the copy gets once the server committed: one copy transaction."""

    inserts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # server rows
    bases: list[tuple[str, str, int | None, dict[str, Any]]] = field(default_factory=list)
    removals: list[tuple[str, str]] = field(default_factory=list)  # rows (and bases) to drop
    dropped_bases: list[tuple[str, str]] = field(default_factory=list)
    restored: set[tuple[str, str]] = field(default_factory=set)


def _is_record(decision: Decision) -> bool:
    return decision.conflict.field == WHOLE_RECORD


def is_insz_clash(conflict: Conflict) -> bool:
    """A person whose INSZ the server holds for someone else (both sides whole people)."""
    return conflict.table == "person" and conflict.field == "insz" and (
        isinstance(conflict.laptop, dict)
    )  # fmt: skip


def _key(name: str, record: Any) -> Any:
    """A record's key as its key column takes it (a uuid, or a code list's code)."""
    return wc.record_key(name, str(record))


def decide(
    copy_db: Database, decisions: Sequence[Decision], server_db: Database | None = None
) -> DecideResult:
    """Apply the user's choices: records on the server and in the copy, fields in the copy.

    Without `server_db` only field choices can be written (and nothing is audited)."""
    result = DecideResult()
    records = [d for d in decisions if _is_record(d)]
    for decision in records:
        if decision.value not in (DELETED, KEPT):
            raise WorkingCopyError("Kies voor een verwijderd record: verwijderen of behouden.")
    for decision in decisions:
        if is_insz_clash(decision.conflict):
            _checked_insz(decision)  # a wrong INSZ is refused before anything is written
    plan = _CopyPlan()
    if server_db is not None:
        with copy_db.engine.connect() as copy, server_db.engine.begin() as server:
            _decide_records(server, copy, records, plan, result)
            _audit(server, decisions)
    elif records:
        raise WorkingCopyError("Een verwijderd record beslist u met de server verbonden.")
    _write_copy(copy_db, [d for d in decisions if not _is_record(d)], plan)
    return result


# --- on the server ----------------------------------------------------------------------------


def _decide_records(
    server: Connection,
    copy: Connection,
    records: Sequence[Decision],
    plan: _CopyPlan,
    result: DecideResult,
) -> None:
    # Deletions first, so a record the user deleted is not brought back as part of another.
    order = {name: i for i, name in enumerate(wc.TRACKED_TABLES)}
    laptop_deleted = sorted(  # children before parents: a dossier before its person
        (d for d in records if d.conflict.laptop is None),
        key=lambda d: -order.get(d.conflict.table, 0),
    )
    server_deleted = [d for d in records if d.conflict.laptop is not None]
    for d in laptop_deleted:
        if d.value == DELETED:
            _delete_on_server(server, d.conflict, result)
    if any(d.value == DELETED for d in laptop_deleted):
        plan.dropped_bases += _bases_gone_on_both_sides(server, copy)
    visited: set[tuple[str, str]] = set()
    for d in server_deleted:
        c = d.conflict
        if d.value == KEPT:
            if _row(server, c.table, _key(c.table, c.record)) is not None:
                raise WorkingCopyError(_moved_again())
            _restore(server, copy, c.table, _key(c.table, c.record), plan, result, visited)
        else:
            plan.removals.append((c.table, c.record))
    pulled: set[tuple[str, str]] = set()
    for d in laptop_deleted:
        if d.value == KEPT:
            _pull(server, copy, d.conflict.table, _key(d.conflict.table, d.conflict.record), plan,
                  pulled)  # fmt: skip
    result.kept = len(plan.inserts)
    result.removed = len([r for r in plan.removals if r not in plan.restored])


def _moved_again() -> str:
    return (
        "Het record is intussen opnieuw gewijzigd op de server; er werd niets beslist. "
        "Breng de werkkopie opnieuw terug om de nieuwe toestand te zien."
    )


def _row(connection: Connection, name: str, record: Any, lock: bool = False) -> Any:
    """The record as a dict (with its set fields: a dossier's kansengroepen), or None."""
    t = table(name)
    query = select(t).where(t.c[wc.key_column(name)] == record)
    if lock:
        query = query.with_for_update()
    row = connection.execute(query).mappings().first()
    if row is None:
        return None
    if name in wc.SET_FIELDS:
        return wc.with_sets(connection, name, [row])[0]
    return dict(row)


def _parents(name: str) -> list[tuple[str, str]]:
    """(column, table) of the copied records a record of `name` points at."""
    return [
        (fk.parent.name, fk.column.table.name)
        for fk in table(name).foreign_keys
        if fk.column.table.name in wc.TRACKED_TABLES
        and fk.column.name == wc.key_column(fk.column.table.name)
    ]


def _children(name: str) -> list[tuple[str, str]]:
    """(table, column) of the copied records that hang under `name` (deleted with it)."""
    return [
        (child, fk.parent.name)
        for child in wc.TRACKED_TABLES
        for fk in table(child).foreign_keys
        if fk.column.table.name == name and fk.ondelete == "CASCADE"
    ]


def _child_ids(connection: Connection, child: str, column: str, record: Any) -> list[Any]:
    t = table(child)
    key = t.c[wc.key_column(child)]
    return list(connection.execute(select(key).where(t.c[column] == record)).scalars())


def _delete_on_server(server: Connection, conflict: Conflict, result: DecideResult) -> None:
    record = _key(conflict.table, conflict.record)
    current = _row(server, conflict.table, record, lock=True)
    if current is None:
        return  # gone meanwhile: deleted, as chosen
    if wc.field_values(conflict.table, current) != conflict.server:
        raise WorkingCopyError(_moved_again())
    try:
        with server.begin_nested():
            if conflict.table == "dossier":
                remove_in(server, [record])  # the app's way: import history, a lone person
            else:
                t = table(conflict.table)
                server.execute(t.delete().where(t.c[wc.key_column(conflict.table)] == record))
    except exc.IntegrityError as error:
        raise WorkingCopyError(
            "Dit record wordt op de server nog gebruikt door een record dat blijft (bv. een "
            "persoon door zijn dossier); er werd niets beslist. Kies voor beide hetzelfde."
        ) from error
    result.deleted += 1


def _bases_gone_on_both_sides(server: Connection, copy: Connection) -> list[tuple[str, str]]:
    """Bases of records deleted in the copy that the server no longer has either."""
    gone: list[tuple[str, str]] = []
    for name in wc.TRACKED_TABLES:
        t = table(name)
        present = {str(i) for i in copy.execute(select(t.c[wc.key_column(name)])).scalars()}
        missing = [r for r in wc.read_bases(copy, name) if r not in present]
        gone += [(name, r) for r in missing if _row(server, name, _key(name, r)) is None]
    return gone


def _restore(
    server: Connection,
    copy: Connection,
    name: str,
    record: Any,
    plan: _CopyPlan,
    result: DecideResult,
    visited: set[tuple[str, str]],
) -> None:
    """Insert the copy's record on the server, after the records it needs, before its own."""
    key = (name, str(record))
    if key in visited:
        return
    visited.add(key)
    row = _row(copy, name, record)
    if row is None or _row(server, name, record) is not None:
        return
    for column, parent in _parents(name):
        if row[column] is not None:
            _restore(server, copy, parent, row[column], plan, result, visited)
    values = wc.insertable(name, row)
    if "version" in values:
        values["version"] = 1
    if name == "dossier" and _num_taken(server, int(row["num"])):
        values["num"] = take_dossier_numbers(server, 1)
        result.renumbered[int(row["num"])] = int(values["num"])
    server.execute(insert(table(name)).values(**values))
    for set_name in wc.SET_FIELDS.get(name, {}):
        wc.write_set(server, name, record, set_name, row[set_name])
    plan.bases.append((name, str(record), values.get("version"), wc.field_values(name, row)))
    plan.restored.add(key)
    result.restored += 1
    for child, column in _children(name):
        for child_id in _child_ids(copy, child, column, record):
            _restore(server, copy, child, child_id, plan, result, visited)


def _num_taken(server: Connection, num: int) -> bool:
    t = table("dossier")
    return server.execute(select(t.c.id).where(t.c.num == num)).first() is not None


def _pull(
    server: Connection,
    copy: Connection,
    name: str,
    record: Any,
    plan: _CopyPlan,
    visited: set[tuple[str, str]],
) -> None:
    """Plan the server's record into the copy, after the records it needs, before its own."""
    key = (name, str(record))
    if key in visited:
        return
    visited.add(key)
    row = _row(server, name, record)
    if row is None:
        plan.dropped_bases.append(key)  # gone on both sides meanwhile
        return
    if _row(copy, name, record) is not None:
        return
    for column, parent in _parents(name):
        if row[column] is not None:
            _pull(server, copy, parent, row[column], plan, visited)
    plan.inserts.append((name, row))
    plan.bases.append((name, str(record), row.get("version"), wc.field_values(name, row)))
    for child, column in _children(name):
        for child_id in _child_ids(server, child, column, record):
            _pull(server, copy, child, child_id, plan, visited)


def _choice(decision: Decision) -> str:
    """What was chosen, for the audit trail: sides and choices, never a value."""
    c = decision.conflict
    if _is_record(decision):
        where = "laptop" if c.laptop is None else "server"
        return f"verwijderd op de {where}: {decision.value}"
    if is_insz_clash(c):
        return "insz: dezelfde persoon" if decision.value == SAME_PERSON else "insz: verbeterd"
    if decision.value == c.laptop:
        return f"veld {c.field}: laptop"
    if decision.value == c.server:
        return f"veld {c.field}: server"
    return f"veld {c.field}: samengevoegd"


def _audit(server: Connection, decisions: Sequence[Decision]) -> None:
    user = str(server.execute(text("SELECT current_user")).scalar())
    at = datetime.now(UTC).replace(tzinfo=None)
    rows = [
        {
            "id": uuid.uuid4(), "at": at, "user": user, "action": AUDIT_ACTION,
            "entity": d.conflict.table, "entity_id": d.conflict.record, "detail": _choice(d),
        }
        for d in decisions
    ]  # fmt: skip
    if rows:
        server.execute(insert(table("audit_entry")), rows)


# --- in the copy ------------------------------------------------------------------------------


def _write_copy(copy_db: Database, fields: Sequence[Decision], plan: _CopyPlan) -> None:
    with copy_db.engine.connect() as copy:
        # The server's rows may point at rows the copy does not hold (as in the check-in).
        copy.exec_driver_sql("PRAGMA foreign_keys = OFF")
        copy.commit()
        try:
            with copy.begin():
                for name, record in plan.removals:
                    if (name, record) not in plan.restored:
                        _remove_from_copy(copy, name, _key(name, record))
                for name, record in plan.dropped_bases:
                    wc.delete_base(copy, name, record)
                for name, row in plan.inserts:
                    copy.execute(insert(table(name)).values(**wc.insertable(name, row)))
                    for set_name in wc.SET_FIELDS.get(name, {}):
                        key = row[wc.key_column(name)]
                        wc.write_set(copy, name, key, set_name, row[set_name])
                for name, record, version, base in plan.bases:
                    wc.write_base(copy, name, record, version, base)
                for decision in fields:
                    _write_field(copy, decision)
        finally:
            copy.rollback()
            copy.exec_driver_sql("PRAGMA foreign_keys = ON")
            copy.commit()


def _remove_from_copy(copy: Connection, name: str, record: Any) -> None:
    """Delete the record and what hangs under it from the copy, with their bases; the
    foreign keys are off, so their actions are done here as the server's schema does."""
    dossier = table("dossier")
    person = None
    if name == "dossier":
        person = copy.execute(select(dossier.c.person_id).where(dossier.c.id == record)).scalar()
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table.name != name or fk.column.name != wc.key_column(name):
                continue
            column = child.c[fk.parent.name]
            if child.name in wc.TRACKED_TABLES and fk.ondelete == "CASCADE":
                for child_id in _child_ids(copy, child.name, column.name, record):
                    _remove_from_copy(copy, child.name, child_id)
            elif fk.ondelete == "SET NULL" or (child.name in wc.TRACKED_TABLES and column.nullable):
                copy.execute(update(child).where(column == record).values({column.name: None}))
            elif child.name not in wc.TRACKED_TABLES:
                copy.execute(child.delete().where(column == record))
    t = table(name)
    copy.execute(t.delete().where(t.c[wc.key_column(name)] == record))
    wc.delete_base(copy, name, str(record))
    if (
        person is not None
        and not copy.execute(select(dossier.c.id).where(dossier.c.person_id == person)).first()
    ):
        _remove_from_copy(copy, "person", person)  # as the app does: no dossier left


def _checked_insz(decision: Decision) -> str | None:
    """The corrected INSZ of an INSZ clash as stored (digits), or None for SAME_PERSON."""
    c, value = decision.conflict, decision.value
    if value == SAME_PERSON:
        if c.server is None:
            raise WorkingCopyError(
                "U mag die persoon op de server niet zien; verbeter het INSZ in de werkkopie."
            )
        return None
    problem = insz_problem(value) if value else "Geef het juiste INSZ."
    insz = normalize_insz(value)
    if problem or insz is None or insz == normalize_insz(c.laptop.get("insz")):
        raise WorkingCopyError(problem or "Geef een ander, juist INSZ.")
    return insz


def _write_field(copy: Connection, decision: Decision) -> None:
    c = decision.conflict
    if is_insz_clash(c):
        insz = _checked_insz(decision)
        if insz is None:
            wc.adopt_record(copy, "person", c.record, c.server)  # the server's own person
        else:
            person = table("person")
            copy.execute(
                update(person).where(person.c.id == _key("person", c.record)).values(insz=insz)
            )
        return
    bases = wc.read_bases(copy, c.table)
    if c.record not in bases:
        return
    version, base = bases[c.record]
    base[c.field] = c.server
    wc.write_base(copy, c.table, c.record, version, base)
    record = _key(c.table, c.record)
    if c.field in wc.SET_FIELDS.get(c.table, {}):
        wc.write_set(copy, c.table, record, c.field, decision.value or [])
        return
    t = table(c.table)
    copy.execute(
        update(t)
        .where(t.c[wc.key_column(c.table)] == record)
        .values({c.field: wc.python_value(c.table, c.field, decision.value)})
    )
