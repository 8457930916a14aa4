"""The secondary indexes of the tables the demo fills by the hundred thousand, built once
after the rows are in instead of updated row by row (SQLite only).

A ``CREATE INDEX`` over rows already written sorts them once; kept in place, every insert
is a B-tree write into each index, most of them at a random spot. Only plain (non-unique)
indexes are dropped, so every UNIQUE constraint is still checked as the rows go in. The
drop and the rebuild are part of the demo's one transaction: an error rolls both back.

While the indexes are gone the parents must be written before their children: a deferred
foreign-key violation makes SQLite look up the children of every parent row inserted
afterwards, and without the index on, say, ``timeline_entry.dossier_id`` that lookup is a
scan of the whole table (see ``generator``). And only while the per-row search and list
triggers are paused (db/search_rows.py): those read the indexes for every row.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection, Table

from kempen_desktop.db.backend import Backend, backend_of


def _plain_indexes(connection: Connection, tables: Sequence[Table]) -> list[tuple[str, str]]:
    names = ", ".join("'" + table.name.replace("'", "''") + "'" for table in tables)
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({names}) ORDER BY rowid"
    ).fetchall()
    return [
        (str(name), str(sql))
        for name, sql in found
        if not str(sql).lstrip().upper().startswith("CREATE UNIQUE")
    ]


def _triggers_paused(connection: Connection) -> bool:
    """True inside a search_rows.batch block that paused the per-row triggers."""
    table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'bulk_writing'"
    ).first()
    return table is not None and bool(
        connection.exec_driver_sql("SELECT count(*) FROM bulk_writing").scalar()
    )


@contextmanager
def built_afterwards(connection: Connection, tables: Sequence[Table]) -> Iterator[bool]:
    """Drop the tables' plain indexes for the block and build them again at its end.
    Yields whether it did (SQLite, triggers paused), so the caller can order its writes
    parents first."""
    if backend_of(connection) is not Backend.SQLITE or not _triggers_paused(connection):
        yield False
        return
    dropped = _plain_indexes(connection, tables)
    for name, _sql in dropped:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield True
    for _name, sql in dropped:
        connection.exec_driver_sql(sql)  # as stored: the schema text stays the same
