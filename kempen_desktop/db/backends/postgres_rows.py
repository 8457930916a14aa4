"""psycopg loaders that give values in SQLite's storage format (see postgres.storage_cursor).

Apart from postgres.py so that psycopg is imported only when a server database is used.
"""

from __future__ import annotations

from psycopg.abc import Buffer
from psycopg.adapt import Loader


class DateText(Loader):
    def load(self, data: Buffer) -> str:
        return bytes(data).decode()  # ISO: 'YYYY-MM-DD'


class TimestampText(Loader):
    def load(self, data: Buffer) -> str:
        text = bytes(data).decode()
        whole, _dot, fraction = text.partition(".")
        return f"{whole}.{fraction.ljust(6, '0')}"  # as SQLAlchemy stores it in SQLite


class UuidHex(Loader):
    def load(self, data: Buffer) -> str:
        return bytes(data).decode().replace("-", "")


class BoolInt(Loader):
    def load(self, data: Buffer) -> int:
        return 1 if bytes(data) == b"t" else 0
