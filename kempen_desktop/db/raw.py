"""A DB-API connection on a database file outside the engine (backups, checks, the first
look at start-up, the counting child), with the engine's one SQLite library: sqlcipher3
(see db/engine.py for why one). Imports nothing else, so the start-up path can read the
file before SQLAlchemy loads."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from kempen_desktop.db import keys
from kempen_desktop.db.driver import sqlcipher3

quote_literal = keys.quote_literal


def file_of(target: Path | str, uri: bool = False) -> str:
    """The file a connection target names: the path itself, or a ``file:`` URI's path."""
    text = str(target)
    return unquote(urlsplit(text).path) if uri and text.startswith("file:") else text


def connect_raw(path: Path, passphrase: str | None, **kwargs: Any) -> Any:
    """A DB-API connection outside the engine (backups, checks), with the engine's library;
    keyed with the file's derived key when this process has one (db/keys.py)."""
    if passphrase:
        file = file_of(path, bool(kwargs.get("uri")))
        return keys.connect(str(path), passphrase, file=file, **kwargs)
    connection = sqlcipher3.connect(str(path), **kwargs)
    connection.execute("PRAGMA cipher_log_level = NONE")
    return connection
