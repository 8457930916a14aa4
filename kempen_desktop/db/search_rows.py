"""Search rows and list columns of a bulk writer's batch, written once (issue 17, 0016).

Triggers keep the search index (dossier_fts) and the dossier list's sort columns (list_*)
right for every writer, one row at a time. A bulk writer (import, demo) pauses them for its
own transaction instead, and writes the rows of its whole batch with one statement each:

    with search_rows.batch(connection) as rows:
        ...insert dossiers, timeline entries, groups; update persons and dossiers...
        rows.dossiers(ids_written)
        rows.persons(ids_updated)

How the pause stays safe (migration 0016): the paused triggers fire only while the table
``bulk_writing`` is empty. The block puts one row in and takes it out again before it ends,
inside the writer's transaction, which is never committed with the row (an error ends the
block with the row taken out, and the caller rolls back). Other connections and other
tools opening the file never see the row, so their writes keep the per-row triggers.
Delete triggers and the triggers on reference data are never paused.

The batch statements are the triggers' own (read from the schema), with their one row
``NEW.id`` replaced by the batch, so the two can never drift apart. A bulk writer must name
every dossier it inserts or updates, or whose timeline entries or groups it writes, and
every person it updates (all of that person's dossiers follow); it never renumbers a
dossier.

PostgreSQL: 0014's triggers are not paused and keep working per row; the block is a no-op.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import Connection

from kempen_desktop.db.backend import Backend, backend_of

#: The triggers whose statements, over a batch, do the work of all the paused triggers: a
#: dossier's search row and its list columns are computed from scratch from the tables.
SEARCH_ROW_TRIGGER = "dossier_fts_ai"
LIST_COLUMNS_TRIGGER = "dossier_list_ai"
_BATCH = "temp.search_batch"
_ONE_ROW = re.compile(r"\bid = NEW\.id\b")
_BODY = re.compile(r"\bBEGIN\b(.*)\bEND\s*;?\s*$", re.DOTALL)


class SearchBatch:
    """The dossiers and persons a bulk writer touched (32-hex ids as stored)."""

    def __init__(self, everything: bool) -> None:
        self.everything = everything
        self._dossiers: list[str] = []
        self._persons: list[str] = []

    def dossiers(self, ids: Iterable[str]) -> None:
        self._dossiers.extend(ids)

    def persons(self, ids: Iterable[str]) -> None:
        self._persons.extend(ids)


def _over_batch(connection: Connection, trigger: str) -> str:
    """The trigger's one statement, for the dossiers in the batch table instead of NEW."""
    sql = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,)
    ).scalar()
    body = _BODY.search(str(sql or ""))
    statement = body.group(1).strip().rstrip(";") if body else ""
    if ";" in statement or "NEW." in _ONE_ROW.sub("", statement) or not _ONE_ROW.search(statement):
        raise RuntimeError(f"Trigger {trigger} heeft een onverwachte vorm.")
    return _ONE_ROW.sub(f"id IN (SELECT id FROM {_BATCH})", statement, count=1)


def _write(connection: Connection, rows: SearchBatch) -> None:
    run = connection.exec_driver_sql
    run(f"CREATE TEMP TABLE IF NOT EXISTS {_BATCH.split('.')[1]} (id TEXT PRIMARY KEY)")
    run(f"DELETE FROM {_BATCH}")
    if rows.everything:
        run(f"INSERT INTO {_BATCH} SELECT id FROM dossier")
    else:
        values = "SELECT value FROM json_each(?)"
        run(f"INSERT OR IGNORE INTO {_BATCH} {values}", (json.dumps(rows._dossiers),))
        run(
            f"INSERT OR IGNORE INTO {_BATCH} SELECT id FROM dossier WHERE person_id IN ({values})",
            (json.dumps(rows._persons),),
        )
    run(
        "DELETE FROM dossier_fts WHERE rowid IN "
        f"(SELECT num FROM dossier WHERE id IN (SELECT id FROM {_BATCH}))"
    )
    # In the order of the rowids: FTS5 then appends to its in-memory index without flushing.
    run(_over_batch(connection, SEARCH_ROW_TRIGGER) + " ORDER BY d.num")
    run(_over_batch(connection, LIST_COLUMNS_TRIGGER))
    run(f"DROP TABLE {_BATCH}")


def _pausable(connection: Connection) -> bool:
    """False for a file stamped at 0016 before that revision had a body (a database made
    while it was reserved): no bulk_writing table, triggers without the pause."""
    found = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'bulk_writing'"
    )
    return found.first() is not None


@contextmanager
def batch(connection: Connection, *, everything: bool = False) -> Iterator[SearchBatch]:
    """Pause the per-row search and list triggers on this connection's open transaction and
    write the batch's rows at the end of the block (see the module docstring).
    ``everything``: the batch is every dossier in the database (the demo, on an empty one)."""
    rows = SearchBatch(everything)
    if backend_of(connection) is not Backend.SQLITE or not _pausable(connection):
        yield rows  # the triggers write every row, as before
        return
    if connection.exec_driver_sql("SELECT count(*) FROM bulk_writing").scalar():
        raise RuntimeError("Er loopt al een bulkschrijver op deze transactie.")
    connection.exec_driver_sql("INSERT INTO bulk_writing (writer) VALUES ('batch')")
    try:
        yield rows
        _write(connection, rows)
    except BaseException:
        # The caller rolls back; should it commit all the same, the row must not be in it.
        with suppress(Exception):
            connection.exec_driver_sql("DELETE FROM bulk_writing")
        raise
    connection.exec_driver_sql("DELETE FROM bulk_writing")
