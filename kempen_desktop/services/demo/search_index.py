"""A roomy in-memory FTS5 buffer while the demo writes the search index (SQLite only).

FTS5 keeps new index entries in memory and writes them out as a new segment whenever that
buffer passes ``hashsize`` (1 MB by default), merging segments as they pile up. The demo's
search rows are one statement over every dossier (db/search_rows.py); with a buffer large
enough for all of them they are written out once, as one segment, with nothing to merge:
about half the time at 100,000 dossiers. The setting lives in the index's config table, so
the previous state is put back before the transaction commits.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from kempen_desktop.db.backend import Backend, backend_of

#: FTS5's own default (FTS5_DEFAULT_HASHSIZE); the demo's buffer while it writes.
DEFAULT_HASHSIZE = 1024 * 1024
DEMO_HASHSIZE = 256 * 1024 * 1024
_SET = "INSERT INTO dossier_fts (dossier_fts, rank) VALUES ('hashsize', ?)"


@contextmanager
def roomy_search_index(connection: Connection) -> Iterator[None]:
    """Within the connection's open transaction: a large FTS5 buffer for the block."""
    if backend_of(connection) is not Backend.SQLITE:
        yield
        return
    previous = connection.exec_driver_sql(
        "SELECT v FROM dossier_fts_config WHERE k = 'hashsize'"
    ).scalar()
    connection.exec_driver_sql(_SET, (DEMO_HASHSIZE,))
    yield
    # Through FTS5 (it caches its config), then, when the default was in force, the row
    # it wrote taken out again: the config table as it was.
    connection.exec_driver_sql(_SET, (int(previous) if previous is not None else DEFAULT_HASHSIZE,))
    if previous is None:
        connection.exec_driver_sql("DELETE FROM dossier_fts_config WHERE k = 'hashsize'")
