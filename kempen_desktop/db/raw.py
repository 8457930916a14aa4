"""A DB-API connection on a database file outside the engine (backups, checks, the first
look at start-up, the counting child), with the engine's one SQLite library: sqlcipher3
(see db/engine.py for why one). Imports nothing else, so the start-up path can read the
file before SQLAlchemy loads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3  # type: ignore[import-untyped]


def quote_literal(value: str) -> str:
    """A SQL string literal for PRAGMA key / ATTACH ... KEY: any text, quotes doubled."""
    if "\x00" in value:
        raise ValueError("Een wachtwoord kan geen nul-teken bevatten.")
    return "'" + value.replace("'", "''") + "'"


def connect_raw(path: Path, passphrase: str | None, **kwargs: Any) -> Any:
    """A DB-API connection outside the engine (backups, checks), with the engine's library."""
    connection = sqlcipher3.connect(str(path), **kwargs)
    connection.execute("PRAGMA cipher_log_level = NONE")
    if passphrase:
        connection.execute(f"PRAGMA key = {quote_literal(passphrase)}")
    return connection
