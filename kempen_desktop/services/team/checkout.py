"""`kempen team checkout`: take dossiers from the server to an encrypted working copy (issue 20).

Everything is read through the user's own server connection, so the database's access
rules (row-level security) decide what goes into the copy. The copy holds the chosen
dossiers with their person, kansengroepen, consents, timeline, status history, work exits,
event participation and action points; the meeting with its agenda and participants when
one is chosen; everything the user may read of what carries no client data: partners,
contact persons, engagements and cooperation history, meeting series and standard agenda
items, saved import profiles, the policy plan (actions, indicators, measurements,
reports), events with their organisers and employers; and the code lists. Every copied
record (a code list's entry by its code) gets its base (working_copy.py), so all of it
merges back at check-in.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, exc, insert, or_, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from kempen_desktop.db.backend import Backend, backend_of, shown_url
from kempen_desktop.db.numbering import DOSSIER_NUM
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.team import working_copy as wc
from kempen_desktop.services.team.working_copy import WorkingCopyError, table

_CHUNK = 500  # ids per IN (...) list


@dataclass(frozen=True)
class Selection:
    """Which dossiers to take: those of a meeting's agenda, of a partner, or by number."""

    meeting_id: uuid.UUID | None = None
    partner_id: uuid.UUID | None = None
    dossier_nums: tuple[int, ...] = ()


@dataclass(frozen=True)
class CheckoutResult:
    path: Path
    dossiers: int
    records: int  # every copied record with a base


def _chunks(ids: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _rows_where(server: Connection, name: str, column: str, ids: Iterable[Any]) -> list[Any]:
    t = table(name)
    wanted = sorted(set(ids), key=str)
    rows: list[Any] = []
    for part in _chunks(wanted):
        rows += server.execute(select(t).where(t.c[column].in_(part))).mappings().all()
    return rows


def _dossier_ids(server: Connection, selection: Selection) -> list[uuid.UUID]:
    dossier = table("dossier")
    if selection.meeting_id is not None:
        agenda, actions = table("agenda_item"), table("action_point")
        on_agenda = select(agenda.c.dossier_id).where(
            agenda.c.meeting_id == selection.meeting_id, agenda.c.dossier_id.is_not(None)
        )
        in_actions = select(actions.c.dossier_id).where(
            actions.c.meeting_id == selection.meeting_id, actions.c.dossier_id.is_not(None)
        )
        wanted = select(dossier.c.id).where(
            or_(dossier.c.id.in_(on_agenda), dossier.c.id.in_(in_actions))
        )
    elif selection.partner_id is not None:
        wanted = select(dossier.c.id).where(
            dossier.c.responsible_partner_id == selection.partner_id
        )
    else:
        nums = list(selection.dossier_nums)
        query = select(dossier.c.id, dossier.c.num).where(dossier.c.num.in_(nums))
        found = [(row.id, row.num) for row in server.execute(query)]
        missing = sorted(set(nums) - {num for _, num in found})
        if missing:
            raise WorkingCopyError(
                "Dossier(s) niet gevonden of niet zichtbaar voor u: "
                + ", ".join(str(n) for n in missing)
                + "."
            )
        return [i for i, _ in found]
    return list(server.execute(wanted).scalars())


# Tables copied whole (as far as the user may read them): the partner directory and its
# history, the policy plan, events, series, standard agenda items and saved import profiles
# carry no client data.
_WHOLE_TABLES = (
    "meeting_series",
    "partner",
    "contact_person",
    "cooperation_entry",
    "partner_engagement",
    "policy_action",
    "action_indicator",
    "indicator_measurement",
    "action_report",
    "period_report_text",
    "meeting_template_item",
    "import_profile",
    "event",
)


def _readable(server: Connection, name: str) -> list[Any]:
    """Every row of table `name` the user may see; none when the role may not read it."""
    try:
        with server.begin_nested():
            return list(server.execute(select(table(name))).mappings())
    except exc.ProgrammingError:  # no SELECT grant (a begeleider on the report texts)
        return []


def _server_rows(server: Connection, selection: Selection) -> dict[str, list[Any]]:
    """The rows to copy per table, read as the user (RLS applies)."""
    dossier_ids = _dossier_ids(server, selection)
    rows: dict[str, list[Any]] = {name: _readable(server, name) for name in _WHOLE_TABLES}
    meeting_ids = [selection.meeting_id] if selection.meeting_id is not None else []
    rows["meeting"] = _rows_where(server, "meeting", "id", meeting_ids)
    if selection.meeting_id is not None and not rows["meeting"]:
        raise WorkingCopyError("Vergadering niet gevonden of niet zichtbaar voor u.")
    rows["meeting_participant"] = _rows_where(
        server, "meeting_participant", "meeting_id", meeting_ids
    )
    rows["agenda_item"] = _rows_where(server, "agenda_item", "meeting_id", meeting_ids)
    rows["dossier"] = _rows_where(server, "dossier", "id", dossier_ids)
    rows["person"] = _rows_where(server, "person", "id", {r["person_id"] for r in rows["dossier"]})
    for child in ("consent", "status_change", "timeline_entry", "work_exit", "event_participant"):
        rows[child] = _rows_where(server, child, "dossier_id", dossier_ids)
    by_dossier = _rows_where(server, "action_point", "dossier_id", dossier_ids)
    by_meeting = _rows_where(server, "action_point", "meeting_id", meeting_ids)
    rows["action_point"] = list({r["id"]: r for r in [*by_dossier, *by_meeting]}.values())
    for name in wc.SET_FIELDS:
        rows[name] = wc.with_sets(server, name, rows[name])
    for name in ["municipality", *wc.CODE_TABLES]:
        rows[name] = list(server.execute(select(table(name))).mappings())
    return rows


def _counter(server: Connection, copied_nums: list[int]) -> int:
    """Where offline numbering starts: past the server's counter when the user may read it."""
    highest = max(copied_nums, default=0)
    try:
        with server.begin_nested():
            value = server.execute(
                text("SELECT value FROM counter WHERE name = :name"), {"name": DOSSIER_NUM}
            ).scalar()
    except exc.DBAPIError:  # no grant on the counter: the copied numbers will do
        value = None
    return max(highest, int(value or 0))


def checkout(
    server_db: Database, out: Path, passphrase: str | None, selection: Selection
) -> CheckoutResult:
    """Write the working copy `out` (it must not exist yet)."""
    if backend_of(server_db.engine) is not Backend.POSTGRESQL:
        raise WorkingCopyError(
            "Een werkkopie neemt u mee van een PostgreSQL-server: geef --db postgresql://..."
        )
    if out.exists():
        raise WorkingCopyError(f"{out.name} bestaat al; kies een nieuw bestand.")
    # One snapshot, so the bases agree with each other.
    with server_db.engine.connect() as server, server.begin():
        server.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        rows = _server_rows(server, selection)
        user = str(server.execute(text("SELECT current_user")).scalar())
        counter = _counter(server, [r["num"] for r in rows["dossier"]])
        server.execute(
            insert(table("audit_entry")).values(
                id=uuid.uuid4(),
                at=datetime.now(UTC).replace(tzinfo=None),
                user=user,
                action="werkkopie.checkout",
                detail=f"{len(rows['dossier'])} dossiers",
            )
        )
    assert server_db.url is not None
    copy_db = open_database(out, passphrase=passphrase)
    try:
        records = _write_copy(copy_db, rows, counter, shown_url(server_db.url), user)
    finally:
        copy_db.close()
    return CheckoutResult(out, len(rows["dossier"]), records)


def _copy_reference_data(copy: Connection, rows: dict[str, list[Any]]) -> None:
    """The server's code lists and municipalities replace the copy's defaults."""
    for name in ["municipality", *wc.CODE_TABLES]:
        if rows[name]:
            copy.execute(
                sqlite_insert(table(name)).prefix_with("OR REPLACE"), [dict(r) for r in rows[name]]
            )


def _write_copy(
    copy_db: Database, rows: dict[str, list[Any]], counter: int, server: str, user: str
) -> int:
    records = 0
    with copy_db.engine.connect() as copy:
        # A partial copy points at rows it does not hold (a timeline note's other meeting):
        # no foreign-key checks while it is written (the pragma only works outside BEGIN).
        copy.exec_driver_sql("PRAGMA foreign_keys = OFF")
        copy.commit()  # ends SQLAlchemy's autobegun transaction (SQLite began none)
        try:
            with copy.begin():
                wc.create_copy_tables(copy)
                _copy_reference_data(copy, rows)
                for name in wc.TRACKED_TABLES:
                    if rows.get(name) and name not in wc.CODE_TABLES:
                        copy.execute(
                            insert(table(name)), [wc.insertable(name, r) for r in rows[name]]
                        )
                        for link, values in wc.link_rows(name, rows[name]).items():
                            if values:
                                copy.execute(insert(table(link)), values)
                    records += wc.insert_bases(copy, name, rows.get(name, []))
                copy.execute(
                    text("UPDATE counter SET value = :v WHERE name = :n"),
                    {"v": counter, "n": DOSSIER_NUM},
                )
                meta = table("app_meta")
                since = datetime.now(UTC).replace(microsecond=0).isoformat()
                for key, value in ((wc.META_SERVER, server), (wc.META_SINCE, since),
                                   (wc.META_BY, user)):  # fmt: skip
                    copy.execute(meta.delete().where(meta.c.key == key))
                    copy.execute(insert(meta).values(key=key, value=value))
        finally:
            copy.rollback()
            copy.exec_driver_sql("PRAGMA foreign_keys = ON")
            copy.commit()
    return records
