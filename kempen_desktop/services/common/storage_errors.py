"""Name a storage failure for what it is: full disk, read-only medium, no permission,
file in use, damaged file, or a read/write error -- each with its own Dutch message.

A full disk used to be reported as a damaged database (and a restore was offered, which
loses recent work), or as "onverwachte fout (OperationalError)". `classify` looks through
the whole exception chain (SQLAlchemy wrapper, SQLite error code, OSError errno). DAMAGED
is only a *suspicion* from the error code: callers say "beschadigd" only after
`PRAGMA quick_check` agrees (see database.open_database, integrity.open_checked).
"""

from __future__ import annotations

import errno
import shutil
from dataclasses import dataclass
from pathlib import Path

FULL = "full"
READ_ONLY = "read_only"
PERMISSION = "permission"
LOCKED = "locked"
DAMAGED = "damaged"
IO = "io"

MESSAGES = {
    FULL: "De schijf is vol: er is geen ruimte om te bewaren. Maak ruimte vrij en probeer opnieuw; "
    "wat u eerder bewaarde, blijft bewaard.",
    READ_ONLY: "De schijf of het bestand is alleen-lezen: er kan niets bewaard worden. "
    "Kies een map waarin geschreven mag worden.",
    PERMISSION: "Geen toegang: u hebt geen rechten om dit bestand of deze map te openen "
    "of te schrijven.",
    LOCKED: "De database is bezet door een ander programma; probeer het over een ogenblik opnieuw.",
    DAMAGED: "Het bestand is beschadigd of geen Kempen Desktop-database.",
    IO: "Lees- of schrijffout op de schijf (een losgekoppelde USB-stick of netwerkschijf?).",
}

# SQLite primary result codes (extended codes carry them in the low byte).
_SQLITE = {
    13: FULL,
    8: READ_ONLY,
    3: PERMISSION,
    23: PERMISSION,
    14: PERMISSION,
    5: LOCKED,
    6: LOCKED,
    11: DAMAGED,
    26: DAMAGED,
    10: IO,
}
# Older drivers give no code: the fixed English texts of sqlite3_errstr().
_SQLITE_TEXT = (
    ("database or disk is full", FULL),
    ("readonly database", READ_ONLY),
    ("unable to open database file", PERMISSION),
    ("access permission denied", PERMISSION),
    ("database is locked", LOCKED),
    ("database table is locked", LOCKED),
    ("disk image is malformed", DAMAGED),
    ("file is not a database", DAMAGED),
    ("disk i/o error", IO),
)
_ERRNO = {
    errno.ENOSPC: FULL,
    errno.EDQUOT: FULL,
    errno.EFBIG: FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: PERMISSION,
    errno.EPERM: PERMISSION,
    errno.EBUSY: LOCKED,
    errno.EIO: IO,
}
LOW_SPACE = 1024 * 1024  # an I/O error with less free space than this is a full disk


@dataclass(frozen=True)
class StorageProblem:
    kind: str
    message: str


class StorageError(OSError):
    """A classified storage failure; str() is the Dutch message (an OSError, so the
    handlers that show `strerror` of a failed write show it too)."""

    def __init__(self, problem: StorageProblem) -> None:
        code = {
            FULL: errno.ENOSPC,
            READ_ONLY: errno.EROFS,
            PERMISSION: errno.EACCES,
            LOCKED: errno.EBUSY,
        }.get(problem.kind, errno.EIO)
        super().__init__(code, problem.message)
        self.kind = problem.kind

    def __str__(self) -> str:
        return str(self.strerror)


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [error]
    while todo:
        current = todo.pop(0)
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        todo += [getattr(current, "orig", None), current.__cause__, current.__context__]
    return seen


def _kind_of(error: BaseException) -> str | None:
    if isinstance(error, StorageError):
        return error.kind
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _SQLITE:
        return _SQLITE[code & 0xFF]
    if isinstance(error, OSError) and error.errno in _ERRNO:
        return _ERRNO[error.errno]
    if type(error).__module__.split(".")[0] in ("sqlite3", "sqlcipher3"):
        text = str(error).lower()
        return next((kind for needle, kind in _SQLITE_TEXT if needle in text), None)
    return None


def _low_on_space(path: Path | None) -> bool:
    folder = path if path is None or path.is_dir() else path.parent
    try:
        return folder is not None and shutil.disk_usage(folder).free < LOW_SPACE
    except OSError:
        return False


def classify(error: BaseException, path: Path | None = None) -> StorageProblem | None:
    """The storage problem behind `error`, or None when it is not one.

    `path` (the file or folder being written) lets an unspecific I/O error on a disk
    without free space count as a full disk.
    """
    for link in _chain(error):
        kind = _kind_of(link)
        if kind is not None:
            if kind == IO and _low_on_space(path):
                kind = FULL
            return StorageProblem(kind, MESSAGES[kind])
    return None


def _is_raw(error: BaseException) -> bool:
    """An error straight from the OS, SQLite or SQLAlchemy (not one of ours with a Dutch
    message)."""
    return isinstance(error, OSError) or type(error).__module__.split(".")[0] in (
        "sqlite3",
        "sqlcipher3",
        "sqlalchemy",
    )


def as_storage_error(error: BaseException, path: Path | None = None) -> StorageError | None:
    """A raw `error` as a StorageError with its Dutch message; None when it is something
    else, or already one of our errors with its own Dutch message (BackupError...)."""
    if not _is_raw(error):
        return None
    problem = classify(error, path)
    if problem is None:
        return None
    if isinstance(error, StorageError):
        return error
    converted = StorageError(problem)
    converted.__cause__ = error
    return converted
