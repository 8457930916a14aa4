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
NUMS_PER_STATEMENT = 1_000
_ONE_ROW = re.compile(r"\bid = NEW\.id\b")
_BODY = re.compile(r"\bBEGIN\b(.*)\bEND\s*;?\s*$", re.DOTALL)


#: The columns whose update the paused update triggers follow (their ``UPDATE OF`` lists):
#: a writer that changed none of them needs no new search row or list columns for it.
SEARCH_COLUMNS = {
    "dossier": frozenset({"num", "person_id", "situation"}),
    "person": frozenset(
        {"last_name", "first_name", "insz", "vdab_number", "municipality_nis", "postcode"}
    ),
}
LIST_COLUMNS = {
    "dossier": frozenset({"person_id", "status_code", "counsellor_id", "follow_up_on"}),
    "person": frozenset({"last_name", "first_name", "municipality_nis"}),
}


class SearchBatch:
    """The dossiers (and persons) a bulk writer touched, 32-hex ids as stored: which need a
    new search row, which new list columns."""

    def __init__(self, everything: bool) -> None:
        self.everything = everything
        #: True when the per-row triggers are paused (SQLite): a writer that puts the list
        #: columns in with its new dossiers (db/list_columns.py) then says so with lists=False.
        self.paused = False
        #: Set by a writer whose new dossiers took their numbers from the counter from here
        #: on: numbers never given before, so no search row to delete first.
        self.new_from: int | None = None
        #: Set by a writer of `everything` that wrote every dossier's list columns itself.
        self.lists_written = False
        self._search: list[str] = []
        self._lists: list[str] = []
        self._search_persons: list[str] = []
        self._list_persons: list[str] = []
        #: The dossier list's sort indexes, dropped while `everything` is written: built once
        #: at the end instead of updated row by row (seven random B-tree writes a dossier).
        self._dropped_indexes: list[str] = []

    def dossiers(self, ids: Iterable[str], *, search: bool = True, lists: bool = True) -> None:
        """Dossiers inserted (both), or updated, or whose notes or groups were written."""
        wanted = list(ids)
        if search:
            self._search += wanted
        if lists:
            self._lists += wanted

    def persons(self, ids: Iterable[str], *, search: bool = True, lists: bool = True) -> None:
        """Persons updated: every dossier of theirs follows."""
        wanted = list(ids)
        if search:
            self._search_persons += wanted
        if lists:
            self._list_persons += wanted


def _over_batch(connection: Connection, trigger: str, table: str) -> str:
    """The trigger's one statement, for the dossiers in `table` instead of NEW."""
    sql = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,)
    ).scalar()
    body = _BODY.search(str(sql or ""))
    statement = body.group(1).strip().rstrip(";") if body else ""
    if ";" in statement or "NEW." in _ONE_ROW.sub("", statement) or not _ONE_ROW.search(statement):
        raise RuntimeError(f"Trigger {trigger} heeft een onverwachte vorm.")
    # By number, a range at a time: the rows come in the order of the numbers (the FTS5
    # rowids) without a sort.
    return _ONE_ROW.sub(
        f"num IN (SELECT num FROM {table} WHERE num BETWEEN ? AND ?)", statement, count=1
    )


def _fill(connection: Connection, table: str, dossiers: list[str], persons: list[str]) -> None:
    run = connection.exec_driver_sql
    run(f"CREATE TEMP TABLE IF NOT EXISTS {table} (num INTEGER PRIMARY KEY)")
    run(f"DELETE FROM temp.{table}")
    values = "SELECT value FROM json_each(?)"
    if dossiers:
        run(
            f"INSERT OR IGNORE INTO temp.{table} SELECT num FROM dossier WHERE id IN ({values})",
            (json.dumps(dossiers),),
        )
    if persons:
        run(
            f"INSERT OR IGNORE INTO temp.{table} SELECT num FROM dossier "
            f"WHERE person_id IN ({values})",
            (json.dumps(persons),),
        )


def _ranges(connection: Connection, table: str) -> Iterator[tuple[int, int]]:
    """The table's numbers as ranges of at most NUMS_PER_STATEMENT, ascending. A statement
    keeps a copy of every page it changes in its statement journal (in memory: temp_store):
    one statement over a 100,000-row import (80,000 dossiers) peaked at 845 MB, 5,000 dossiers
    a statement at 752 MB, 1,000 at 713 MB (the per-row triggers: 702 MB)."""
    nums = [num for (num,) in connection.exec_driver_sql(f"SELECT num FROM {table} ORDER BY num")]
    for start in range(0, len(nums), NUMS_PER_STATEMENT):
        part = nums[start : start + NUMS_PER_STATEMENT]
        yield part[0], part[-1]


def _write(connection: Connection, rows: SearchBatch) -> None:
    run = connection.exec_driver_sql
    if rows.everything:
        search = lists = "dossier"
        run("DELETE FROM dossier_fts")
    else:
        search, lists = "temp.search_batch", "temp.list_batch"
        _fill(connection, "search_batch", rows._search, rows._search_persons)
        _fill(connection, "list_batch", rows._lists, rows._list_persons)
    in_range = f"SELECT num FROM {search} WHERE num BETWEEN ? AND ?"
    delete = f"DELETE FROM dossier_fts WHERE rowid IN ({in_range})"
    # In the order of the rowids: FTS5 then appends to its in-memory index without flushing.
    insert = _over_batch(connection, SEARCH_ROW_TRIGGER, search) + " ORDER BY d.num"
    # Everything (the demo, into an empty index): one statement, so FTS5 flushes once instead
    # of once a range and merges nothing (new pages: no statement journal copies).
    everything = [(-(2**63), 2**63 - 1)] if rows.everything else None
    old_below = rows.new_from if rows.new_from is not None else 2**63 - 1
    for low, high in everything or _ranges(connection, search):
        if not rows.everything and low < old_below:
            run(delete, (low, min(high, old_below - 1)))
        run(insert, (low, high))
    update = _over_batch(connection, LIST_COLUMNS_TRIGGER, lists)
    for low, high in [] if rows.everything and rows.lists_written else _ranges(connection, lists):
        run(update, (low, high))
    for sql in rows._dropped_indexes:
        connection.exec_driver_sql(sql)  # as stored: no bind-parameter parsing of the text
    rows._dropped_indexes = []
    if not rows.everything:
        run("DROP TABLE temp.search_batch")
        run("DROP TABLE temp.list_batch")


def _drop_list_indexes(connection: Connection, rows: SearchBatch) -> None:
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'dossier' "
        "AND name LIKE 'ix\\_dossier\\_list\\_%' ESCAPE '\\' AND sql IS NOT NULL"
    ).fetchall()
    for name, sql in found:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
        rows._dropped_indexes.append(sql)


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
    ``everything``: the batch is every dossier in the database (the demo, on an empty one);
    the dossier list's sort indexes are then built once at the end instead of row by row."""
    rows = SearchBatch(everything)
    if backend_of(connection) is not Backend.SQLITE or not _pausable(connection):
        yield rows  # the triggers write every row, as before
        return
    if connection.exec_driver_sql("SELECT count(*) FROM bulk_writing").scalar():
        raise RuntimeError("Er loopt al een bulkschrijver op deze transactie.")
    connection.exec_driver_sql("INSERT INTO bulk_writing (writer) VALUES ('batch')")
    rows.paused = True
    try:
        if everything:
            _drop_list_indexes(connection, rows)
        yield rows
        _write(connection, rows)
    except BaseException:
        # The caller rolls back; should it commit all the same, neither the row nor the
        # missing indexes must be in it.
        with suppress(Exception):
            connection.exec_driver_sql("DELETE FROM bulk_writing")
            for sql in rows._dropped_indexes:
                connection.exec_driver_sql(sql)
        raise
    connection.exec_driver_sql("DELETE FROM bulk_writing")
