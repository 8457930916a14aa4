"""undo_batch: remove what a batch created and restore what it changed, or change nothing.

A dossier counts as edited since the import when its ``updated_at`` or its person's moved
on from the stamp the import gave them, its target groups are no longer the ones the
import left, it got timeline entries after the import (a note, a later import), or, for
a dossier the import created, anything else now hangs off it (a consent, an exit to
work, an agenda item, an action point, a status change). Then undo refuses, names those
dossiers and writes nothing: the user undoes the later work (or a later import) first.

A created dossier that the user deleted since is simply gone already.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from kempen_desktop.db.base import utcnow
from kempen_desktop.services.common import audit
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers import dossier_removal
from kempen_desktop.services.importing.decisions import forget_batch
from kempen_desktop.services.importing.errors import ImportFailed, ImportUndoError
from kempen_desktop.services.importing.matching import DOSSIER_COLUMNS, PERSON_COLUMNS, in_chunks
from kempen_desktop.services.importing.sqlwrite import stamp_text

MAX_LISTED = 10
_HANGING = ("consent", "work_exit", "agenda_item", "action_point")


def _listing(nums: list[int]) -> str:
    nums = sorted(set(nums))
    shown = [str(n) for n in nums[:MAX_LISTED]]
    if len(nums) > MAX_LISTED:
        return ", ".join(shown) + f" en {len(nums) - MAX_LISTED} andere"
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + " en " + shown[-1]


def undo_batch(db: Database, batch_id: uuid.UUID) -> None:
    """Undo one import batch in one transaction; ImportUndoError (nothing changed) if edited
    since."""
    with db.transaction() as session:
        connection = session.connection()
        sql = connection.exec_driver_sql
        batch = sql("SELECT status FROM import_batch WHERE id = ?", (batch_id.hex,)).first()
        if batch is None:
            raise ImportFailed("Deze import bestaat niet (meer).")
        if batch[0] == "ongedaan":
            raise ImportFailed("Deze import werd al ongedaan gemaakt.")
        changes = [
            (did, pid, action, json.loads(before), json.loads(after), str(stamp))
            for did, pid, action, before, after, stamp in sql(
                "SELECT dossier_id, person_id, action, before_json, after_json, stamp_after "
                "FROM import_change WHERE batch_id = ?",
                (batch_id.hex,),
            ).fetchall()
        ]
        dossier_ids = [c[0] for c in changes]
        dossiers = {
            did: str(stamp)
            for did, stamp in in_chunks(
                connection, "SELECT id, updated_at FROM dossier WHERE id IN ({})", dossier_ids
            )
        }
        persons = {
            pid: str(stamp)
            for pid, stamp in in_chunks(
                connection,
                "SELECT id, updated_at FROM person WHERE id IN ({})",
                [c[1] for c in changes],
            )
        }
        groups: dict[str, set[str]] = {}
        for did, code in in_chunks(
            connection,
            "SELECT dossier_id, target_group_code FROM dossier_target_group "
            "WHERE dossier_id IN ({})",
            dossier_ids,
        ):
            groups.setdefault(did, set()).add(code)
        stamp = changes[0][5] if changes else ""
        later = {
            row[0]
            for row in in_chunks(
                connection,
                "SELECT dossier_id FROM timeline_entry WHERE dossier_id IN ({}) "
                "AND created_at > ? AND (import_batch_id IS NULL OR import_batch_id != ?)",
                dossier_ids,
                (stamp, batch_id.hex),
            )
        }
        created = [c[0] for c in changes if c[2] == "create"]
        for table in _HANGING:
            later |= {
                row[0]
                for row in in_chunks(
                    connection,
                    f"SELECT dossier_id FROM {table} WHERE dossier_id IN ({{}})",
                    created,
                )
            }
        later |= {
            row[0]
            for row in in_chunks(
                connection,
                "SELECT dossier_id FROM status_change WHERE dossier_id IN ({}) "
                "GROUP BY dossier_id HAVING count(*) > 1",
                created,
            )
        }

        edited: list[int] = []
        for did, pid, action, _before, after, _stamp in changes:
            if did not in dossiers:
                if action != "create":
                    edited.append(after["num"])
                continue
            if (
                dossiers[did] != after["dossier_updated_at"]
                or persons.get(pid) != after["person_updated_at"]
                or groups.get(did, set()) != set(after["groups"])
                or did in later
            ):
                edited.append(after["num"])
        if edited:
            word = "dossier" if len(set(edited)) == 1 else "dossiers"
            raise ImportUndoError(
                f"Deze import kan niet ongedaan gemaakt worden: {word} {_listing(edited)} "
                f"{'werd' if word == 'dossier' else 'werden'} na de import gewijzigd of "
                "verwijderd. "
                "Er werd niets veranderd.",
                sorted(set(edited)),
            )
        # Created dossiers leave through the one delete path, with its privacy rules.
        with dossier_removal.secure_delete(connection):
            _restore(connection, batch_id.hex, changes, set(dossiers))
            if created:
                dossier_removal.merge_search_index(connection)
        forget_batch(connection, batch_id.hex)
        now = utcnow()
        sql(
            "UPDATE import_batch SET status = 'ongedaan', undone_at = ?, updated_at = ? "
            "WHERE id = ?",
            (stamp_text(now), stamp_text(now), batch_id.hex),
        )
        audit.record(
            session,
            "import.undo",
            "import_batch",
            batch_id,
            f"{len(created)} verwijderd, {len(changes) - len(created)} hersteld",
        )
        session.flush()
    dossier_removal.checkpoint(db)  # the old pages leave the WAL


def _restore(
    connection: Any, batch: str, changes: list[tuple[Any, ...]], present: set[str]
) -> None:
    sql = connection.exec_driver_sql
    created = [
        uuid.UUID(hex=did)
        for did, _pid, action, *_ in changes
        if action == "create" and did in present
    ]
    # Deleting the dossier cascades to its timeline, status history and target groups; their
    # triggers then find no dossier any more, and the dossier's own trigger drops its search row.
    dossier_removal.remove_in(connection, created)
    for did, pid, action, before, _after, _stamp in changes:
        if action != "update":
            continue
        if not (
            set(before["person"]) <= set(PERSON_COLUMNS)
            and set(before["dossier"]) <= set(DOSSIER_COLUMNS)
        ):
            raise ImportFailed(
                "De gegevens van deze import zijn beschadigd; ongedaan maken kan niet."
            )
        if "person_updated_at" in before:
            person = {**before["person"], "updated_at": before["person_updated_at"]}
            sql(
                "UPDATE person SET " + ", ".join(f'"{c}" = ?' for c in person) + " WHERE id = ?",
                (*person.values(), pid),
            )
        if "dossier_updated_at" in before:
            dossier = {**before["dossier"], "updated_at": before["dossier_updated_at"]}
            sql(
                "UPDATE dossier SET " + ", ".join(f'"{c}" = ?' for c in dossier) + " WHERE id = ?",
                (*dossier.values(), did),
            )
        for code in before["groups_added"]:
            sql(
                "DELETE FROM dossier_target_group WHERE dossier_id = ? AND target_group_code = ?",
                (did, code),
            )
    sql("DELETE FROM timeline_entry WHERE import_batch_id = ?", (batch,))
