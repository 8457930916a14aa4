"""Engine creation for the local SQLite file: private permissions, WAL, foreign keys."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event


def ensure_private_file(path: Path) -> None:
    """Create the database file readable by the user only (0600), or tighten it.

    SQLite gives its -wal and -shm files the permissions of the database file, so this
    covers them too. On Windows chmod only toggles read-only; the user profile folder
    is already private there.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    os.chmod(path, 0o600)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    ensure_private_file(path)
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    return engine
