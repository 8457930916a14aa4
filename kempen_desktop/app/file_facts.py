"""What the start asks about a file before the data layer loads (issue 17): whether a
--db value names a team server, whether the file is new or encrypted. Imports nothing of
SQLAlchemy (db/file_kind.py, db/locations.py)."""

from __future__ import annotations

from pathlib import Path

from kempen_desktop.db import file_kind, locations


def is_server_location(value: str) -> bool:
    """True when --db / KEMPEN_DB / the setting names a PostgreSQL server, not a file."""
    return locations.is_server_url(value)


def is_new_file(path: Path) -> bool:
    """No file yet, or an empty one: the data layer makes the database."""
    return file_kind.is_new_file(path)


def is_encrypted_file(path: Path) -> bool:
    """An existing file that looks like SQLCipher (its passphrase is asked)."""
    return file_kind.is_encrypted_file(path)
