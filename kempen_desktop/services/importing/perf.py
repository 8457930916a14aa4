"""Settings that make a long import fast: a larger page cache, no cyclic garbage collection."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any

from kempen_desktop.db import backends

if TYPE_CHECKING:
    from sqlalchemy import Connection

#: Page cache while an import reads or writes (KiB): the default 2 MB makes SQLite re-read
#: index pages all the time, because random UUID keys scatter the rows over the indexes.
#: Applying used 128 MB until the new rows got time-ordered keys (sqlwrite.new_id); since,
#: 32 MB applies 10,000 rows into 100,000 dossiers in the same CPU time (1.74 s either way)
#: and 100,000 rows too (18.5 s), with the peak of the 100,000-row import 712 -> 624 MB.
IMPORT_CACHE_KIB = 32 * 1024


@contextmanager
def large_cache(connection: Connection, kib: int = IMPORT_CACHE_KIB) -> Iterator[None]:
    """A larger page cache (KiB) on this (pooled) connection for the duration of the block."""
    with backends.large_cache(connection, kib):
        yield


@contextmanager
def no_gc() -> Iterator[None]:
    """No cyclic garbage collection inside the block.

    Planning creates a few hundred thousand small objects (cells, parsed rows); each full
    collection would walk all of them again, and nothing here creates reference cycles.
    On the way out the surviving objects (the plan) are moved out of the collector's
    sight with ``gc.freeze()``: otherwise the first collection after the block walks them
    all at once, holding the GIL for 0.2-0.6 s after a 100,000-row plan and freezing the
    window. They are still freed by reference counting when the plan is dropped.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def release_gradually(*containers: dict[Any, Any] | list[Any]) -> None:
    """Empty large containers a thousand items at a time.

    Dropping a dict of 100,000 matches at once frees everything in one C-level cascade
    that holds the GIL for 100+ ms; freed in slices, the GUI thread gets its turn between.
    """
    for container in containers:
        if isinstance(container, list):
            while container:
                del container[-1000:]
            continue
        while container:
            for key in list(islice(container, 1000)):
                del container[key]


@contextmanager
def checkpoint_after(connection: Connection) -> Iterator[None]:
    """No automatic WAL checkpoint inside the block; one explicit checkpoint at its end.

    By default SQLite copies the write-ahead log into the database file as part of the
    COMMIT that made it grow past 1,000 pages: after a large import that is a few hundred
    milliseconds spent before the commit returns, or worse, inside the next small write
    (on the GUI thread). Here the commit returns first, and the copy then runs in the
    importing (worker) thread. PASSIVE: it never waits for readers.
    """
    with backends.checkpoint_after(connection):
        yield
