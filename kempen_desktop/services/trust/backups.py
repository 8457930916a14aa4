"""Backups of the database: made with SQLite's backup API, encrypted like the database,
kept by a rotation, restorable; and changing the passphrase.

A backup is never a plain file copy of the live database: `backup_to` copies a
consistent snapshot page by page (safe while WAL holds recent writes) into a temporary
file next to the target, fsyncs it and renames it into place, so a crash or a full disk
never leaves a half-written backup under a real name.

Rotation keeps everything from the last 24 hours, the newest backup of each of the last
7 days (a number set in Instellingen, stored in app_meta beside the folder), 4 weeks and 12
months that have one, and deletes the rest.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from kempen_desktop import tempfiles
from kempen_desktop.db import keys
from kempen_desktop.db.engine import DatabaseError as SqliteDatabaseError
from kempen_desktop.db.models import AppMeta
from kempen_desktop.db.raw import connect_raw, quote_literal
from kempen_desktop.paths import backup_dir
from kempen_desktop.services.common import audit
from kempen_desktop.services.common.database import (
    Database,
    DatabaseOpenError,
    WrongPassphraseError,
    is_encrypted_file,
)
from kempen_desktop.services.common.storage_errors import classify

log = logging.getLogger(__name__)

FOLDER_KEY = "backup.folder"
KEEP_DAILY_KEY = "backup.keep_daily"
KEEP_DAILY = 7  # the default; the database may hold its own number (KEEP_DAILY_KEY)
KEEP_DAILY_RANGE = (1, 90)
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
SUFFIX = ".kbak"
STAMP_FORMAT = "%Y%m%d-%H%M%S"

# Why a backup was made; the code goes into the file name, the label is shown.
REASONS = {
    "dagelijks": "Dagelijks",
    "handmatig": "Handmatig",
    "import": "Voor een import",
    "migratie": "Voor een update van de database",
    "terugzetten": "Voor het terugzetten van een back-up",
    "verwijderen": "Voor het verwijderen van gegevens",
    "wachtwoord": "Voor een wachtwoordwijziging",
    "bewaartermijn": "Voor het toepassen van bewaartermijnen",
}
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]+)\.kbak$"
)


class BackupError(RuntimeError):
    """A backup or restore that could not be done; the message is Dutch."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size: int
    encrypted: bool

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)


# -- where -------------------------------------------------------------------------


def backup_folder(database: Database) -> Path:
    """The chosen folder (app_meta), else `backups` next to the database."""
    with database.session() as session:
        row = session.get(AppMeta, FOLDER_KEY)
    if row is not None and row.value:
        return Path(row.value)
    return backup_dir(database.path)


def set_backup_folder(database: Database, folder: Path | None) -> None:
    with database.transaction() as session:
        row = session.get(AppMeta, FOLDER_KEY)
        value = str(folder) if folder else ""
        if row is None:
            session.add(AppMeta(key=FOLDER_KEY, value=value))
        else:
            row.value = value
        audit.record(session, "backup.folder")


def keep_daily(database: Database) -> int:
    """How many daily backups the rotation keeps: the chosen number, else KEEP_DAILY."""
    with database.session() as session:
        row = session.get(AppMeta, KEEP_DAILY_KEY)
    if row is not None and row.value.isdigit():
        low, high = KEEP_DAILY_RANGE
        return min(max(int(row.value), low), high)
    return KEEP_DAILY


def set_keep_daily(database: Database, count: int) -> None:
    low, high = KEEP_DAILY_RANGE
    if not low <= count <= high:
        raise ValueError(f"Kies tussen {low} en {high} dagelijkse back-ups.")
    with database.transaction() as session:
        row = session.get(AppMeta, KEEP_DAILY_KEY)
        if row is None:
            session.add(AppMeta(key=KEEP_DAILY_KEY, value=str(count)))
        else:
            row.value = str(count)
        audit.record(session, "backup.keep", "app_meta", KEEP_DAILY_KEY, str(count))


# -- copying -----------------------------------------------------------------------


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


Progress = Callable[[int, int], None]  # (pages done, pages in total)
STEP_PAGES = 2048  # 8 MB per step of the backup API when progress is reported


def backup_to(
    source: Path, passphrase: str | None, target: Path, progress: Progress | None = None
) -> Path:
    """A consistent snapshot of `source` at `target`, keyed like the source; atomic."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tempfiles.sweep(target.parent)  # a backup folder on a stick is cleaned when written to
    with tempfiles.TempFile(target) as held:
        temp = held.path
        reader = connect_raw(source, passphrase)
        writer = connect_raw(temp, passphrase)
        try:
            if progress is None:
                reader.backup(writer)
            else:
                reader.backup(
                    writer,
                    pages=STEP_PAGES,
                    progress=lambda _status, remaining, total: progress(total - remaining, total),
                )
            # The copy must not keep a -wal beside it: a single self-contained file.
            writer.execute("PRAGMA journal_mode = DELETE")
        finally:
            writer.close()
            reader.close()
        held.publish(target)
    return target


def export_to(source: Path, source_key: str | None, target: Path, target_key: str | None) -> None:
    """Copy `source` into a new file `target` keyed with `target_key` (sqlcipher_export).

    Unlike the backup API this works across keys, and from or to a plain file.
    `target` is a new, empty tempfiles.TempFile (locked by this process).
    """
    # The engine's own library: `source` may be the live database (a passphrase change).
    connection = connect_raw(source, source_key, isolation_level=None)
    try:
        connection.execute(
            f"ATTACH DATABASE {quote_literal(str(target))} AS target KEY "
            f"{quote_literal(target_key or '')}"
        )
        connection.execute("SELECT sqlcipher_export('target')")
        version = connection.execute("PRAGMA main.user_version").fetchone()[0]
        connection.execute(f"PRAGMA target.user_version = {int(version)}")
        connection.execute("DETACH DATABASE target")
    finally:
        connection.close()
    _fsync_file(target)


def check_file(path: Path, passphrase: str | None, *, full: bool = False) -> list[str]:
    """quick_check (or integrity_check) of a closed file; [] when it is sound.

    Raises WrongPassphraseError when the key does not open it.
    """
    connection = connect_raw(path, passphrase if is_encrypted_file(path) else None)
    try:
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except SqliteDatabaseError as error:
            raise WrongPassphraseError(
                f"{path.name} kan niet geopend worden: het wachtwoord past niet of het bestand is "
                "beschadigd."
            ) from error
        pragma = "integrity_check" if full else "quick_check"
        try:
            rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}").fetchall()]
        except SqliteDatabaseError as error:
            return [str(error)]
    finally:
        connection.close()
    return [] if rows == ["ok"] else rows


# -- making, listing, rotating -------------------------------------------------------


def _name(database: Database, made_at: datetime, reason: str, folder: Path) -> Path:
    stem = database.path.stem
    stamp = made_at.strftime(STAMP_FORMAT)
    candidate = folder / f"{stem}-{stamp}-{reason}{SUFFIX}"
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{stamp}-{n}-{reason}{SUFFIX}"
    return candidate


SERVER_BACKUPS = (
    "Een database op een PostgreSQL-server wordt door de server en de IT-dienst bewaard en "
    "geback-upt (pg_dump, WAL-archivering), niet door Kempen Desktop."
)


def make_backup(
    database: Database,
    reason: str = "handmatig",
    *,
    folder: Path | None = None,
    target: Path | None = None,
    rotate: bool = True,
    progress: Progress | None = None,
) -> Path:
    """Back up the open database now; returns the file. Audited; rotates the folder."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if not database.backend.local_file:
        raise BackupError(SERVER_BACKUPS)
    chosen = folder or backup_folder(database)
    try:
        chosen.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = target or _name(database, datetime.now(), reason, chosen)
        backup_to(database.path, database.passphrase, path, progress)
    except (OSError, SqliteDatabaseError) as error:
        # Named for what it is (full disk, read-only stick...), never "onverwachte fout".
        log.warning("backup failed: %s", type(error).__name__)
        problem = classify(error, chosen)
        detail = problem.message if problem else (getattr(error, "strerror", None) or str(error))
        raise BackupError(f"De back-up kon niet gemaakt worden in {chosen}: {detail}") from error
    with database.transaction() as session:
        audit.record(session, "backup.create", "backup", path.name, reason)
    if rotate and target is None:
        rotate_backups(database, chosen)
    log.info("backup made (%s)", reason)
    return path


def safety_backup(database: Database, reason: str) -> Path | None:
    """The automatic backup before a risky action (import, restore, bulk delete…).

    Falls back to the folder next to the database when the chosen one (a USB stick that
    is not plugged in) cannot be written; demo databases are not backed up.
    """
    if database.is_demo or not database.backend.local_file:
        return None  # a server database is backed up by the server (SERVER_BACKUPS)
    try:
        return make_backup(database, reason)
    except BackupError:
        fallback = backup_dir(database.path)
        if backup_folder(database) == fallback:
            raise
        return make_backup(database, reason, folder=fallback)


def list_backups(database: Database, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of this database in the folder, newest first."""
    return list_backups_in(folder or backup_folder(database), database.path.stem)


def list_backups_in(chosen: Path, stem: str) -> list[BackupInfo]:
    """The backups of the database named `stem` in `chosen` (no open database needed)."""
    if not chosen.is_dir():
        return []
    found = []
    for path in chosen.iterdir():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != stem:
            continue
        try:
            made_at = datetime.strptime(match["stamp"], STAMP_FORMAT)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, made_at, match["reason"], size, is_encrypted_file(path)))
    found.sort(key=lambda info: (info.made_at, info.path.name), reverse=True)
    return found


def backups_to_keep(backups: list[BackupInfo], now: datetime, daily: int = KEEP_DAILY) -> set[Path]:
    """Grandfather-father-son: the last day whole, then `daily` daily (7 unless chosen),
    4 weekly, 12 monthly."""
    keep = {info.path for info in backups if now - info.made_at < timedelta(hours=24)}
    for limit, bucket in (
        (daily, lambda d: d.date()),
        (KEEP_WEEKLY, lambda d: tuple(d.isocalendar())[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    ):
        seen: list[object] = []
        for info in backups:  # newest first: the first of each bucket is its newest
            key = bucket(info.made_at)
            if key in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(key)
            keep.add(info.path)
    return keep


def rotate_backups(
    database: Database, folder: Path | None = None, now: datetime | None = None
) -> list[Path]:
    """Delete the backups the rotation no longer keeps; the deleted files."""
    backups = list_backups(database, folder)
    keep = backups_to_keep(backups, now or datetime.now(), keep_daily(database))
    removed = []
    for info in backups:
        if info.path not in keep:
            try:
                info.path.unlink()
                removed.append(info.path)
            except OSError as error:
                log.warning("could not remove old backup: %s", type(error).__name__)
    if removed:
        with database.transaction() as session:
            audit.record(session, "backup.rotate", "backup", "", f"{len(removed)} verwijderd")
    return removed


def backup_if_due(database: Database) -> Path | None:
    """The daily backup: made when no backup exists from today."""
    if database.is_demo:
        return None
    today = datetime.now().date()
    if any(info.made_at.date() == today for info in list_backups(database)):
        return None
    return safety_backup(database, "dagelijks")


def purge_backups_before(database: Database, moment: datetime) -> list[Path]:
    """Delete backups made up to `moment` (they may hold anonymised or deleted data)."""
    removed = []
    for info in list_backups(database):
        if info.made_at <= moment:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    with database.transaction() as session:
        audit.record(session, "backup.purge", "backup", "", f"{len(removed)} verwijderd")
    return removed


# -- replacing the database file ------------------------------------------------------

AUDIT_COLUMNS = ("id", "at", "user", "action", "entity", "entity_id", "detail")


def _audit_rows(database: Database) -> list[dict[str, object]]:
    with database.session() as session:
        rows = (
            session.execute(text(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit_entry"))
            .mappings()
            .all()
        )
    return [dict(row) for row in rows]


def _swap_in(database: Database, replacement: Path, passphrase: str | None) -> None:
    """Put `replacement` in place of the database file and reopen the Database."""
    database.engine.dispose()
    for suffix in ("-wal", "-shm"):
        side = Path(f"{database.path}{suffix}")
        if suffix == "-wal" and side.exists() and side.stat().st_size > 0:
            # Someone else still has the file open: never replace under their feet.
            database.reopen(database.passphrase)
            replacement.unlink(missing_ok=True)
            raise BackupError(
                "De database is nog in gebruik door een ander programma; sluit het eerst."
            )
    os.replace(replacement, database.path)
    keys.forget(database.path)  # another salt: the old derived key no longer fits
    # Our lock descriptor now points at the database file: close it before SQLite opens
    # it, as closing a descriptor later would drop SQLite's own locks.
    tempfiles.release(replacement)
    _fsync_dir(database.path.parent)
    for suffix in ("-wal", "-shm"):
        Path(f"{database.path}{suffix}").unlink(missing_ok=True)
    database.reopen(passphrase)


def restore_backup(database: Database, backup: Path, backup_passphrase: str | None = None) -> Path:
    """Replace the database by `backup` (the current state is backed up first).

    The restored file keeps the database's current passphrase; `backup_passphrase` is
    needed only when the backup was made under another one. Returns the safety backup.
    """
    if not backup.is_file():
        raise BackupError(f"Back-upbestand niet gevonden: {backup}")
    key = backup_passphrase if backup_passphrase is not None else database.passphrase
    source_key = key if is_encrypted_file(backup) else None
    problems = check_file(backup, source_key)
    if problems:
        raise BackupError(f"{backup.name} is beschadigd en wordt niet teruggezet.")
    safety = safety_backup(database, "terugzetten") or make_backup(database, "terugzetten")
    trail = _audit_rows(database)
    with tempfiles.TempFile(database.path) as temp:
        export_to(backup, source_key, temp.path, database.passphrase)
        _swap_in(database, temp.path, database.passphrase)
    with database.transaction() as session:
        # The audit trail survives a restore: what was disclosed stays on record.
        if trail:
            session.execute(
                text(
                    f"INSERT OR IGNORE INTO audit_entry ({', '.join(AUDIT_COLUMNS)}) "
                    f"VALUES ({', '.join(':' + c for c in AUDIT_COLUMNS)})"
                ),
                trail,
            )
        audit.record(session, "backup.restore", "backup", backup.name)
    log.info("backup restored")
    return safety


def change_passphrase(database: Database, new_passphrase: str | None) -> None:
    """Re-encrypt the database with a new passphrase (None or "": no encryption)."""
    if new_passphrase and "\x00" in new_passphrase:
        raise DatabaseOpenError("Een wachtwoord kan geen nul-teken bevatten.")
    safety_backup(database, "wachtwoord")
    with tempfiles.TempFile(database.path) as temp:
        database.engine.dispose()
        export_to(database.path, database.passphrase, temp.path, new_passphrase or None)
        if check_file(temp.path, new_passphrase or None):
            raise BackupError("De versleutelde kopie is niet in orde; er werd niets veranderd.")
        _swap_in(database, temp.path, new_passphrase or None)
    encrypted = encrypt_plain_backups(database) if new_passphrase else 0
    with database.transaction() as session:
        audit.record(
            session,
            "database.passphrase",
            "database",
            "",
            ("versleuteld" if new_passphrase else "niet versleuteld")
            + (f"; {encrypted} oude back-ups versleuteld" if encrypted else ""),
        )


def encrypt_plain_backups(database: Database) -> int:
    """Encrypt the unencrypted backups of this database with its passphrase (in place,
    atomically): once the database is encrypted, a plain backup would still expose it."""
    if not database.passphrase:
        return 0
    done = 0
    folders = {backup_folder(database), backup_dir(database.path)}
    for folder in folders:
        for info in list_backups_in(folder, database.path.stem):
            if info.encrypted:
                continue
            try:
                with tempfiles.TempFile(info.path) as temp:
                    export_to(info.path, None, temp.path, database.passphrase)
                    os.replace(temp.path, info.path)
                done += 1
            except Exception as error:  # noqa: BLE001 - one unreadable old backup must not stop the rest
                log.warning("could not encrypt an old backup: %s", type(error).__name__)
    if done:
        _fsync_dir(backup_folder(database))
    return done
