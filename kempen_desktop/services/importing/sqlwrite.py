"""Raw writes in SQLAlchemy's SQLite storage format, many rows per statement.

An import writes thousands of rows in one transaction. Values are produced directly in
the form SQLAlchemy stores them on SQLite (UUID as 32 hex digits, ``YYYY-MM-DD`` dates,
``YYYY-MM-DD HH:MM:SS.ffffff`` datetimes), so no per-value bind processing is needed,
and rows go in with multi-row ``INSERT ... VALUES (...), (...)``: FTS5 flushes its
pending index data at the end of every statement, so one statement per row would cost
several times more (see services.demo). Column lists are checked against the tables,
so a renamed or new NOT NULL column fails loudly.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table

from kempen_desktop.db import backends
from kempen_desktop.db.backend import backend_of
from kempen_desktop.db.bulk import InsertStatements, rows_per_statement

MAX_ROWS_PER_INSERT = 500
_POOL = 4_096  # ids per draw of random bits


class _TimeOrderedIds:
    """UUIDs of version 7 (RFC 9562): a millisecond timestamp, a counter, 62 random bits.

    The rows an import adds get increasing keys, so they land at the end of the primary-key
    indexes (and of the indexes on dossier_id and person_id) instead of on thousands of
    random pages: with 100,000 dossiers this halves the pages a 10,000-row import writes.
    They are as unique as version-4 UUIDs for merging data from several laptops.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last_ms = 0
        self._counter = 0
        # Random bits drawn from the OS a few thousand ids at a time: one os.urandom call
        # per id cost more than everything else an id needs.
        self._random: list[int] = []

    def __call__(self) -> str:
        with self._lock:
            ms = time.time_ns() // 1_000_000
            if ms <= self._last_ms:
                self._counter += 1
                if self._counter > 0xFFF:  # 4,096 ids in one millisecond: borrow the next one
                    self._last_ms += 1
                    self._counter = 0
                ms = self._last_ms
            else:
                self._last_ms = ms
                self._counter = 0
            counter = self._counter
            if not self._random:
                pool = secrets.token_bytes(8 * _POOL)
                self._random = [
                    int.from_bytes(pool[i : i + 8], "big") >> 2 for i in range(0, len(pool), 8)
                ]
            random_bits = self._random.pop()
        value = (ms << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62) | random_bits
        return f"{value:032x}"


new_id = _TimeOrderedIds()


def stamp_text(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


class Writer:
    def __init__(
        self,
        connection: Connection,
        check: Callable[[], None] | None = None,
        written: Callable[[int], None] | None = None,
    ) -> None:
        """``check`` runs before every statement (it may raise to cancel); ``written`` gets
        the number of rows written so far after every statement (for a progress bar)."""
        self.connection = connection
        self._check = check or (lambda: None)
        self._written = written or (lambda _rows: None)
        self.rows = 0
        self._backend = backend_of(connection)
        self._statements = InsertStatements("Import")

    def insert(
        self, table: Table, columns: tuple[str, ...], rows: Sequence[tuple[Any, ...]]
    ) -> None:
        per_statement = rows_per_statement(len(columns), MAX_ROWS_PER_INSERT)
        for start in range(0, len(rows), per_statement):
            self._check()
            batch = rows[start : start + per_statement]
            self.connection.exec_driver_sql(
                self._statements.sql(table, columns, len(batch), self._backend),
                tuple([value for row in batch for value in row]),
            )
            self.rows += len(batch)
            self._written(self.rows)

    def update(
        self, table: Table, columns: tuple[str, ...], rows: Sequence[tuple[Any, ...]]
    ) -> None:
        """UPDATE table SET columns... WHERE id = ?; each row is (values..., id)."""
        unknown = [name for name in columns if name not in table.c]
        if unknown:
            raise RuntimeError(f"Import in {table.name}: onbekend {unknown}")
        # A versioned row (db/models/versioned.py) gets a new version: a form opened before
        # the import then merges with it instead of writing over it (issue 19).
        bump = ', "version" = "version" + 1' if "version" in table.c else ""
        sql = (
            f'UPDATE "{table.name}" SET '
            + ", ".join(f'"{c}" = ?' for c in columns)
            + bump
            + " WHERE id = ?"
        )
        for start in range(0, len(rows), MAX_ROWS_PER_INSERT):
            self._check()
            batch = list(rows[start : start + MAX_ROWS_PER_INSERT])
            backends.driver_sql(self.connection)(sql, batch)
            self.rows += len(batch)
            self._written(self.rows)
