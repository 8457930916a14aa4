"""Deleting dossiers for good: the one path for the Dossiers tab, the retention review and
the undo of an import.

A deleted person must not linger anywhere in the file:

* the dossier goes with everything hanging off it (foreign keys cascade: timeline, status
  history, consents, exits to work, target groups, agenda items, action points);
* the person goes once no dossier of theirs is left;
* the import history rows of the dossier and of a removed person go too: they hold the
  values an import overwrote (name, INSZ, address…), kept for undo;
* freed pages and cells are overwritten (``PRAGMA secure_delete``), the search index is
  merged so the deleted words leave its segments, and the WAL, which still holds the old
  pages, is folded into the file and truncated.

Dossier numbers are not given back: they come from a counter (``db.numbering``).

Why :func:`delete_dossiers` takes the ``Database`` and not a session (the one exception to
the session style in this area): after the commit it folds the WAL into the file
(:func:`checkpoint`), which is work on the database file outside any transaction. The part
that runs in a transaction is :func:`delete_in`, session style.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, delete, exists, select
from sqlalchemy.orm import Session

from kempen_desktop.db import backends
from kempen_desktop.db.models import Dossier, ImportChange, Person
from kempen_desktop.services.common import audit
from kempen_desktop.services.common.database import Database

#: Ids per statement (well under SQLite's parameter limit).
CHUNK = 2_000


@contextmanager
def secure_delete(connection: Connection) -> Iterator[None]:
    """Overwrite what is deleted on this connection while the block runs. The engine turns
    it on for every SQLite connection (db.engine); this makes sure of it for a delete.
    Backend SQL: db/backends."""
    with backends.secure_delete(connection):
        yield


def merge_search_index(connection: Connection) -> None:
    """Rewrite the search index as one segment: deleted words leave its pages."""
    backends.merge_search_index(connection)


def checkpoint(database: Database) -> None:
    """Fold the WAL (which still holds the old pages) back into the file and truncate it."""
    backends.checkpoint(database.engine)


def remove_in(connection: Connection, dossier_ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    """Delete these dossiers, their import history, and persons left without a dossier,
    in the caller's transaction; the ids that were there. The caller turns on
    :func:`secure_delete` and merges the search index."""
    # SQLAlchemy Core, not driver SQL: ids bind as each backend stores them (SQLite's
    # 32 hex digits, PostgreSQL's uuid).
    wanted = list(dict.fromkeys(dossier_ids))
    removed: list[uuid.UUID] = []
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found = connection.execute(
            select(Dossier.id, Dossier.person_id).where(Dossier.id.in_(chunk))
        ).all()
        if not found:
            continue
        ids = [row[0] for row in found]
        persons = list(dict.fromkeys(row[1] for row in found))
        connection.execute(delete(ImportChange).where(ImportChange.dossier_id.in_(ids)))
        connection.execute(delete(Dossier).where(Dossier.id.in_(ids)))
        gone = (
            connection.execute(
                select(Person.id).where(
                    Person.id.in_(persons), ~exists().where(Dossier.person_id == Person.id)
                )
            )
            .scalars()
            .all()
        )
        if gone:
            connection.execute(delete(ImportChange).where(ImportChange.person_id.in_(gone)))
            connection.execute(delete(Person).where(Person.id.in_(gone)))
        removed += ids
    return removed


def delete_dossiers(database: Database, dossier_ids: list[uuid.UUID], reason: str) -> int:
    """Delete these dossiers for good (one transaction, see the module docstring); the
    number deleted. `reason` goes in the audit trail (e.g. "bewaartermijn")."""
    if not dossier_ids:
        return 0
    with database.transaction() as session:
        removed = delete_in(session, dossier_ids, reason)
    checkpoint(database)
    return len(removed)


def delete_in(session: Session, dossier_ids: list[uuid.UUID], reason: str) -> list[uuid.UUID]:
    """Delete in the caller's transaction (secure delete, audit, search index); the ids removed.
    The caller runs :func:`checkpoint` after the commit."""
    connection = session.connection()
    with secure_delete(connection):
        removed = remove_in(connection, dossier_ids)
        for dossier_id in removed:
            audit.record(session, "dossier.delete", "dossier", dossier_id, reason)
        session.flush()
        if removed:
            merge_search_index(connection)
    return removed
