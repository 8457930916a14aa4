"""Is the database sound? `PRAGMA quick_check` at start, the full check on request.

When the quick check fails the app opens the file read-only (`PRAGMA query_only`) and
offers to restore a backup; nothing is written into a damaged file.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import event, exc

from kempen_desktop import tempfiles
from kempen_desktop.db import keys
from kempen_desktop.services.common.database import (
    Database,
    DatabaseOpenError,
    PassphraseRequiredError,
    WrongPassphraseError,
    is_encrypted_file,
    open_database,
)
from kempen_desktop.services.common.storage_errors import DAMAGED, StorageError, as_storage_error
from kempen_desktop.services.trust.backups import BackupError, _fsync_dir, check_file, export_to

log = logging.getLogger(__name__)
MAX_PROBLEMS = 20


@dataclass
class StartupCheck:
    """What the start-up path found: an open database (maybe read-only) or only problems."""

    database: Database | None
    problems: list[str]

    @property
    def damaged(self) -> bool:
        return bool(self.problems)


def _run(database: Database, pragma: str) -> list[str]:
    """The complaints of `pragma`; a check that cannot run for a full disk, a locked or
    unreadable medium raises StorageError: that is no damage (and no reason to restore).
    A PostgreSQL server checks its own pages (data checksums) and always enforces the
    foreign keys: nothing for the app to check there."""
    if not database.backend.local_file:
        return []
    try:
        with database.engine.connect() as connection:
            rows = [
                str(row[0])
                for row in connection.exec_driver_sql(f"PRAGMA {pragma}").fetchmany(MAX_PROBLEMS)
            ]
    except exc.DatabaseError as error:
        storage = as_storage_error(error, database.path)
        if storage is not None and storage.kind != DAMAGED:
            raise storage from error
        return [str(error.orig)]
    return [] if rows == ["ok"] else rows


def quick_check(database: Database) -> list[str]:
    """[] when `PRAGMA quick_check` is fine, else its complaints (at most 20)."""
    return _run(database, "quick_check")


def integrity_check(database: Database) -> list[str]:
    """The full `integrity_check` plus `foreign_key_check`; [] when all is well."""
    problems = _run(database, "integrity_check")
    if not database.backend.local_file:
        return problems
    try:
        with database.engine.connect() as connection:
            for table, rowid, parent, _fk in connection.exec_driver_sql(
                "PRAGMA foreign_key_check"
            ).fetchmany(MAX_PROBLEMS):
                problems.append(f"verwijzing van {table} (rij {rowid}) naar ontbrekende {parent}")
    except exc.DatabaseError as error:
        problems.append(str(error.orig))
    return problems


def make_read_only(database: Database) -> None:
    """Every connection from now on refuses writes (PRAGMA query_only)."""

    def on_connect(dbapi_connection: object, _record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("PRAGMA query_only = ON")
        cursor.close()

    database.engine.dispose()
    event.listen(database.engine, "connect", on_connect)
    database.read_only = True


# Up to this size the quick check runs before the window opens (about 0.25 s); larger
# files are checked in the background right after (quick_check reads the whole file).
SYNC_CHECK_LIMIT = 32 * 1024 * 1024


def check_before_start(path: Path) -> bool:
    try:
        return path.stat().st_size <= SYNC_CHECK_LIMIT
    except OSError:
        return True


def open_checked(path: Path, passphrase: str | None = None, *, check: bool = True) -> StartupCheck:
    """Open for the start-up path: quick_check; read-only when damaged.

    Passphrase errors are raised (the caller asks again); a file too damaged to open at
    all gives StartupCheck(None, problems) so the caller can offer a restore.
    """
    try:
        database = open_database(path, passphrase=passphrase)
    except (PassphraseRequiredError, WrongPassphraseError):
        raise
    except DatabaseOpenError as error:
        if error.kind != DAMAGED:  # a full disk, no permission...: named, and no restore offered
            raise
        log.error("database could not be opened: damaged")
        return StartupCheck(None, [str(error)])
    try:
        problems = quick_check(database) if check else []
    except (
        StorageError
    ) as error:  # the check could not run (full disk...): say so, offer no restore
        database.close()
        raise DatabaseOpenError(
            f"{path.name} kan niet gecontroleerd worden. {error}", error.kind
        ) from error
    if problems:
        log.error("quick_check failed (%d problems); opened read-only", len(problems))
        make_read_only(database)
    return StartupCheck(database, problems)


def replace_damaged(
    path: Path, backup: Path, passphrase: str | None, backup_passphrase: str | None = None
) -> Path:
    """Restore `backup` at `path` when the database there cannot be used.

    The damaged file is kept beside it (renamed, never deleted); returns its new name.
    """
    key = backup_passphrase if backup_passphrase is not None else passphrase
    source_key = key if is_encrypted_file(backup) else None
    if check_file(backup, source_key):
        raise BackupError(f"{backup.name} is ook beschadigd en wordt niet teruggezet.")
    with tempfiles.TempFile(path) as temp:
        export_to(backup, source_key, temp.path, passphrase)
        kept = path.with_name(f"{path.stem}-beschadigd-{datetime.now():%Y%m%d-%H%M%S}{path.suffix}")
        if path.exists():
            os.replace(path, kept)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{kept}{suffix}"))
        os.replace(temp.path, path)
        keys.forget(path)  # another salt: the damaged file's derived key no longer fits
        temp.release()  # before anything opens the new database file
    _fsync_dir(path.parent)
    log.info("damaged database replaced by a backup")
    return kept
