"""Opening a database file as a Workspace, and what can be done to a file before (or
instead of) opening it: the start-up check, listing its backups, replacing a damaged file.
A PostgreSQL server (team mode) opens through `open_server_workspace`: none of the file
work applies there.

These work on the FILE, not through a session: there is no Workspace yet (start-up, the
demo) or the one there is cannot be trusted (damaged).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kempen_desktop.app import file_facts
from kempen_desktop.app.workspace import Workspace
from kempen_desktop.paths import backup_dir
from kempen_desktop.services.common import database as database_service
from kempen_desktop.services.trust import backups, integrity
from kempen_desktop.services.trust.backups import BackupInfo


@dataclass
class Opened:
    """What the start-up path found: an open workspace (maybe read-only) or only problems."""

    workspace: Workspace | None
    problems: list[str] = field(default_factory=list)

    @property
    def damaged(self) -> bool:
        return bool(self.problems)


def open_workspace(
    path: Path, *, passphrase: str | None = None, mark_demo: bool = False
) -> Workspace:
    """Open (creating if needed) and migrate; DatabaseOpenError with a Dutch message."""
    return Workspace(
        database_service.open_database(path, mark_demo=mark_demo, passphrase=passphrase)
    )


def get_ready() -> None:
    """Make the data layer ready for the first open, on the thread that loads it while the
    first look shows (ui/app.py): SQLAlchemy's SQLite dialect loaded and the models'
    mappers configured (90-125 ms), instead of on the GUI thread in the first open and the
    main window's first query."""
    from sqlalchemy.dialects import sqlite  # noqa: F401 - the engine's dialect, loaded
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def is_server_location(value: str) -> bool:
    """True when --db / KEMPEN_DB / the setting names a PostgreSQL server, not a file."""
    return file_facts.is_server_location(value)


def open_server_workspace(url: str, *, mark_demo: bool = False) -> Workspace:
    """Team mode: open (and migrate) a PostgreSQL database. None of the file's start-up work
    applies -- no instance lock, no quick_check, no local backups: the server's IT keeps the
    data; DatabaseOpenError with a Dutch message."""
    return Workspace(database_service.open_server_database(url, mark_demo=mark_demo))


def open_checked(path: Path, passphrase: str | None = None, *, check: bool = True) -> Opened:
    """Open for the start-up path: quick_check, read-only when damaged (see integrity)."""
    found = integrity.open_checked(path, passphrase, check=check)
    workspace = Workspace(found.database) if found.database is not None else None
    return Opened(workspace, list(found.problems))


def check_before_start(path: Path) -> bool:
    """True when the file is small enough to check before the window opens."""
    return integrity.check_before_start(path)


def recreate_demo(path: Path) -> Workspace:
    return Workspace(database_service.recreate_demo_database(path))


def has_dossiers(workspace: Workspace) -> bool:
    return database_service.has_dossiers(workspace._database)


def call_on_close(workspace: Workspace, callback: Callable[[], None]) -> None:
    """Run `callback` when the workspace's file is closed (e.g. release the instance lock)."""
    workspace._database.call_on_close(callback)


def backups_of_file(path: Path) -> tuple[Path, list[BackupInfo]]:
    """The default backup folder of `path` and the backups in it (no open database)."""
    folder = backup_dir(path)
    return folder, backups.list_backups_in(folder, path.stem)


def replace_damaged(
    path: Path, backup: Path, passphrase: str | None, backup_passphrase: str | None = None
) -> Path:
    """Restore `backup` at `path` when the file there cannot be opened (the damaged file is
    kept, renamed); returns its new name."""
    return integrity.replace_damaged(path, backup, passphrase, backup_passphrase)


def fill_demo(
    workspace: Workspace,
    *,
    dossiers: int,
    seed: int,
    progress: Callable[[str, int], None] | None = None,
) -> object:
    """Fill a (new) demo file with fictitious dossiers; the whole file changed."""
    from kempen_desktop.app.changes import Changes
    from kempen_desktop.services.demo import generate_demo

    summary = generate_demo(workspace._database, dossiers=dossiers, seed=seed, progress=progress)
    workspace.announce(Changes(database=True))
    return summary
