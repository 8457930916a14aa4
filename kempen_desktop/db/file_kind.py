"""What a database file is, from its header (new, plain SQLite, SQLCipher or something
else), and which files this process has open as a database: while one is open nothing may
read it with a plain open() (closing that descriptor would drop SQLite's POSIX locks on it).

Imports nothing but the standard library: the start-up path asks before SQLAlchemy loads.
"""

from __future__ import annotations

import os
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
NEW, PLAIN, ENCRYPTED, FOREIGN = "new", "plain", "encrypted", "foreign"

# Files this process has open as a database, with what their header said at opening.
# While a file is open nothing may read it with a plain open(): closing that descriptor
# would drop SQLite's POSIX locks on it (and an outside reader then deletes our -wal).
_LIVE: dict[str, tuple[str, int]] = {}  # real path -> (kind, open Database objects)


def _live_key(path: Path) -> str:
    return os.path.realpath(path)


def note_open(path: Path, kind: str, *, again: bool = False) -> None:
    """Note `path` as open (again=True: already counted, e.g. reopened under a new key)."""
    key = _live_key(path)
    count = _LIVE.get(key, (kind, 0))[1]
    _LIVE[key] = (kind, count if again and count else count + 1)


def note_closed(path: Path) -> None:
    key = _live_key(path)
    kind, count = _LIVE.get(key, (PLAIN, 1))
    if count <= 1:
        _LIVE.pop(key, None)
    else:
        _LIVE[key] = (kind, count - 1)


def _read_kind(path: Path) -> str:
    """What the header says; only for a file that is not open as a database here."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return NEW
    if size == 0:
        return NEW
    fd = os.open(path, os.O_RDONLY)
    try:
        header = os.read(fd, len(SQLITE_HEADER))
    finally:
        os.close(fd)
    if header == SQLITE_HEADER:
        return PLAIN
    # SQLCipher: no plain header, whole pages (512 bytes and up).
    return ENCRYPTED if size >= 1024 and size % 512 == 0 else FOREIGN


def file_kind(path: Path) -> str:
    """NEW, PLAIN, ENCRYPTED or FOREIGN; for a database open in this process, what its
    header said when it was opened (the file itself is not read again)."""
    remembered = _LIVE.get(_live_key(path))
    if remembered is not None:
        return remembered[0]
    return _read_kind(path)


def is_new_file(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0


def is_encrypted_file(path: Path) -> bool:
    """An existing file that looks like SQLCipher: no plain header, whole pages (512 bytes+)."""
    return file_kind(path) == ENCRYPTED
