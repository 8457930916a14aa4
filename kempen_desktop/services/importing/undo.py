"""undo_batch: remove what a batch created and restore what it changed, or change nothing.

A dossier counts as edited since the import when its ``updated_at`` or its person's moved
on from the stamp the import gave them, its target groups are no longer the ones the
import left, it got timeline entries after the import (a note, a later import), or, for
a dossier the import created, anything else now hangs off it (a consent, an exit to
work, an agenda item, an action point, a status change). Then undo refuses, names every
such dossier and writes nothing: the user undoes the later work (or a later import) first,
or undoes *the rest* (``keep_edited=True``): every dossier of the batch that nothing touched
since is undone, the edited ones keep what the import gave them and stay in the batch
(status 'deels ongedaan'), so that they can still be undone once the later work is gone.
`undo_check` says beforehand which dossiers are in the way, writing nothing.

A created dossier that the user deleted since is simply gone already.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from kempen_desktop.db import backends
from kempen_desktop.db.base import utcnow
from kempen_desktop.services.common import audit
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers import dossier_removal
from kempen_desktop.services.importing.decisions import forget_batch
from kempen_desktop.services.importing.errors import ImportFailed, ImportUndoError
from kempen_desktop.services.importing.matching import DOSSIER_COLUMNS, PERSON_COLUMNS, in_chunks
from kempen_desktop.services.importing.sqlwrite import stamp_text

MAX_LISTED = 10
PARTLY_UNDONE = "deels ongedaan"
_HANGING = ("consent", "work_exit", "agenda_item", "action_point")


def _listing(nums: list[int]) -> str:
    nums = sorted(set(nums))
    shown = [str(n) for n in nums[:MAX_LISTED]]
    if len(nums) > MAX_LISTED:
        return ", ".join(shown) + f" en {len(nums) - MAX_LISTED} andere"
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + " en " + shown[-1]


@dataclass(frozen=True)
class UndoCheck:
    """What undoing a batch would meet, before anything is written."""

    blocked: list[int]  # numbers of every dossier edited (or deleted) since the import
    undoable: int  # dossiers of the batch that nothing touched since


@dataclass(frozen=True)
class UndoResult:
    removed: int  # dossiers the import created, deleted again
    restored: int  # dossiers that got their previous values back
    kept: list[int]  # numbers of the edited dossiers that keep what the import gave them


def undo_check(db: Database, batch_id: uuid.UUID) -> UndoCheck:
    """Which dossiers of the batch were edited since (all of them, sorted); writes nothing."""
    with db.session() as session:
        changes, blocked, _gone = _assess(session.connection(), batch_id)
    return UndoCheck(
        sorted({c[4]["num"] for c in changes if c[0] in blocked}),
        len({c[0] for c in changes if c[0] not in blocked}),
    )


def undo_batch(db: Database, batch_id: uuid.UUID, *, keep_edited: bool = False) -> UndoResult:
    """Undo one import batch in one transaction.

    Without ``keep_edited``: all of it, or ImportUndoError (nothing changed) listing every
    dossier edited since. With it: the rest, every dossier nothing touched since; the
    edited ones stay as they are and are listed in the result."""
    with db.transaction() as session:
        connection = session.connection()
        sql = backends.driver_sql(connection)
        changes, blocked, gone = _assess(connection, batch_id)
        edited = sorted({c[4]["num"] for c in changes if c[0] in blocked})
        if edited and not keep_edited:
            word = "dossier" if len(edited) == 1 else "dossiers"
            raise ImportUndoError(
                f"Deze import kan niet ongedaan gemaakt worden: {word} {_listing(edited)} "
                f"{'werd' if word == 'dossier' else 'werden'} na de import gewijzigd of "
                "verwijderd. "
                "Er werd niets veranderd.",
                edited,
            )
        undone = [c for c in changes if c[0] not in blocked]
        if edited and not undone:
            raise ImportUndoError(
                "Er blijft niets over om ongedaan te maken: elk dossier van deze import werd "
                "na de import gewijzigd of verwijderd. Er werd niets veranderd.",
                edited,
            )
        present = {
            did
            for (did,) in in_chunks(
                connection, "SELECT id FROM dossier WHERE id IN ({})", [c[0] for c in undone]
            )
        }
        created = [c[0] for c in undone if c[2] == "create"]
        # Created dossiers leave through the one delete path, with its privacy rules.
        with dossier_removal.secure_delete(connection):
            _restore(connection, batch_id.hex, undone, present, partial=bool(edited))
            if created:
                dossier_removal.merge_search_index(connection)
        now = stamp_text(utcnow())
        if edited:
            # A dossier the import changed and the user deleted since has nothing left to
            # undo: it leaves the batch too, so that the rest can be undone completely later.
            done = [c[0] for c in undone] + sorted(gone)
            _delete_in(connection, "import_change", batch_id.hex, done)
            forget_batch(connection, batch_id.hex, keep={c[0] for c in changes if c[0] in blocked})
        else:
            forget_batch(connection, batch_id.hex)
        sql(
            "UPDATE import_batch SET status = ?, undone_at = ?, updated_at = ? WHERE id = ?",
            (PARTLY_UNDONE if blocked - gone else "ongedaan", now, now, batch_id.hex),
        )
        detail = f"{len(created)} verwijderd, {len(undone) - len(created)} hersteld"
        if edited:
            detail += f", {len(edited)} behouden (na de import gewijzigd)"
        audit.record(
            session,
            "import.undo_rest" if edited else "import.undo",
            "import_batch",
            batch_id,
            detail,
        )
        session.flush()
    dossier_removal.checkpoint(db)  # the old pages leave the WAL
    return UndoResult(len(created), len(undone) - len(created), edited)


Change = tuple[Any, ...]  # dossier id, person id, action, before, after, stamp


def _assess(connection: Any, batch_id: uuid.UUID) -> tuple[list[Change], set[str], set[str]]:
    """The batch's change records, the dossier ids among them edited since the import, and
    those of them that the user deleted since (the import had changed them, not made them)."""
    sql = backends.driver_sql(connection)
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
        "SELECT dossier_id, target_group_code FROM dossier_target_group WHERE dossier_id IN ({})",
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
    blocked: set[str] = set()
    gone: set[str] = set()
    for did, pid, action, _before, after, _stamp in changes:
        if did not in dossiers:
            if action != "create":
                blocked.add(did)
                gone.add(did)
            continue
        if (
            dossiers[did] != after["dossier_updated_at"]
            or persons.get(pid) != after["person_updated_at"]
            or groups.get(did, set()) != set(after["groups"])
            or did in later
        ):
            blocked.add(did)
    return changes, blocked, gone


def _restore(
    connection: Any, batch: str, changes: list[Change], present: set[str], *, partial: bool
) -> None:
    sql = backends.driver_sql(connection)
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
                "UPDATE person SET "
                + ", ".join(f'"{c}" = ?' for c in person)
                + ', "version" = "version" + 1 WHERE id = ?',  # a change: a new version
                (*person.values(), pid),
            )
        if "dossier_updated_at" in before:
            dossier = {**before["dossier"], "updated_at": before["dossier_updated_at"]}
            sql(
                "UPDATE dossier SET "
                + ", ".join(f'"{c}" = ?' for c in dossier)
                + ', "version" = "version" + 1 WHERE id = ?',  # a change: a new version
                (*dossier.values(), did),
            )
        for code in before["groups_added"]:
            sql(
                "DELETE FROM dossier_target_group WHERE dossier_id = ? AND target_group_code = ?",
                (did, code),
            )
    if not partial:
        sql("DELETE FROM timeline_entry WHERE import_batch_id = ?", (batch,))
        return
    # The rest only: the import's entries on the kept dossiers stay with them.
    _delete_in(connection, "timeline_entry", batch, [c[0] for c in changes])


def _delete_in(connection: Any, table: str, batch: str, dossier_ids: list[str]) -> None:
    """Delete the batch's rows of ``table`` on these dossiers (in chunks of 500)."""
    column = "import_batch_id" if table == "timeline_entry" else "batch_id"
    for first in range(0, len(dossier_ids), 500):
        part = dossier_ids[first : first + 500]
        backends.driver_sql(connection)(
            f"DELETE FROM {table} WHERE {column} = ? AND dossier_id IN "
            f"({', '.join('?' * len(part))})",
            (batch, *part),
        )
