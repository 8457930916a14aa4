"""Settings that make a long import fast: a larger page cache, no cyclic garbage collection."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

#: Page cache while an import reads or writes (KiB): the default 2 MB makes SQLite re-read
#: index pages all the time, because random UUID keys scatter the rows over the indexes.
IMPORT_CACHE_KIB = 32 * 1024


@contextmanager
def large_cache(connection: Connection, kib: int = IMPORT_CACHE_KIB) -> Iterator[None]:
    """A larger page cache (KiB) on this (pooled) connection for the duration of the block."""
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-int(kib)}")
    connection.commit()  # end SQLAlchemy's autobegun transaction (nothing was written)
    try:
        yield
    finally:
        connection.rollback()
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous or -2000)}")
        connection.commit()


@contextmanager
def no_gc() -> Iterator[None]:
    """No cyclic garbage collection inside the block.

    Planning creates a few hundred thousand small objects (cells, parsed rows); each full
    collection would walk all of them again, and nothing here creates reference cycles.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
