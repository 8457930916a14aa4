"""Run Alembic migrations from code at start-up, with a backup first.

A database stamped with a revision this version does not know was written by a newer
version of the app: we refuse to open it rather than guess (Anki and Vorta do the same).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from kempen_desktop.db.backend import Backend, backend_of
from kempen_desktop.db.schema_head import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config


class DatabaseTooNewError(RuntimeError):
    """The file was written by a newer Kempen Desktop."""


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup_path: Path | None


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "kempen_desktop.db:migrations")
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, read with plain SQL (None for a new file)."""
    with engine.connect() as connection:
        return _stamped_revision(connection)


def _stamped_revision(connection: Connection) -> str | None:
    if backend_of(connection) is Backend.SQLITE:
        has_table = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first()
    else:
        has_table = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
    if has_table is None:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_copy(db_path: Path, backup_dir: Path, label: str, passphrase: str | None = None) -> Path:
    """Consistent copy through SQLite's backup API (safe with WAL), private to the user.

    An encrypted database is copied page by page into a file keyed with the same
    passphrase, so the copy is encrypted too.
    """
    from kempen_desktop.db.raw import connect_raw

    backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    # Named like the other backups (services.backups) so that they are listed and restorable.
    target = backup_dir / f"{db_path.stem}-{stamp}-{label}.kbak"
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    source = connect_raw(db_path, passphrase)
    destination = connect_raw(target, passphrase)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    return target


def migrate(
    engine: Engine,
    db_path: Path | None,
    backup_dir: Path | None,
    passphrase: str | None = None,
    *,
    one_step: bool = True,
) -> MigrationResult:
    """Bring the database to the newest schema; back up first if it holds a schema.

    `db_path` None: a server database (PostgreSQL), backed up by the server's IT, not here.
    A new SQLite file gets the schema at head in one step (db/fresh_schema.py: the same
    result, ~1.5 s faster); `one_step=False` runs every migration (the reference).
    """
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return MigrationResult(current, current, None)
    if current is None and one_step:
        from kempen_desktop.db.fresh_schema import create_at_head

        if create_at_head(engine, SCHEMA_HEAD):
            return MigrationResult(None, SCHEMA_HEAD, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as error:  # alembic raises several types for unknown revisions
            raise DatabaseTooNewError(
                "Dit databasebestand is gemaakt met een nieuwere versie van Kempen Desktop "
                f"(schema {current}). Installeer de nieuwste versie om het te openen."
            ) from error
    if current == head:
        return MigrationResult(current, head, None)
    backup = None
    if current is not None and db_path is not None and backup_dir is not None:
        backup = backup_copy(db_path, backup_dir, "migratie", passphrase)
    config = alembic_config()
    with engine.begin() as connection:
        if backend_of(connection) is Backend.POSTGRESQL:
            # Several clients may start at once: one migrates, the others wait, then see head.
            connection.execute(text("SELECT pg_advisory_xact_lock(hashtext('kempen-migrate'))"))
            current = _stamped_revision(connection)
            if current == head:
                return MigrationResult(current, head, None)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationResult(current, head, backup)
