"""Open the local database: create it, migrate it, keep reference data, mark demo files."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, exc, text
from sqlalchemy.orm import Session, sessionmaker

from kempen_desktop.db.engine import make_engine
from kempen_desktop.db.migrate import DatabaseTooNewError, MigrationResult, migrate
from kempen_desktop.db.models import AppMeta
from kempen_desktop.db.seed import ensure_reference_data
from kempen_desktop.paths import backup_dir

DEMO_KEY = "demo"


class DatabaseOpenError(RuntimeError):
    """A database that cannot be opened; the message is Dutch and meant for the user."""


@dataclass
class Database:
    path: Path
    engine: Engine
    migration: MigrationResult
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction per user action: commit on success, roll back on any error."""
        with self._factory() as session, session.begin():
            yield session

    @property
    def is_demo(self) -> bool:
        with self.session() as session:
            return session.get(AppMeta, DEMO_KEY) is not None

    def close(self) -> None:
        self.engine.dispose()


def _looks_like_sqlite(path: Path) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return True
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


def _is_foreign_sqlite(engine: Engine) -> bool:
    """A SQLite file with tables but without our schema stamp belongs to something else."""
    with engine.connect() as connection:
        tables = set(connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        ).scalars())
    return bool(tables) and "alembic_version" not in tables


def open_database(path: Path, *, mark_demo: bool = False) -> Database:
    """Open (creating if needed) and migrate the database at `path`."""
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is een map, geen databasebestand.")
    if not _looks_like_sqlite(path):
        raise DatabaseOpenError(f"{path.name} is geen Kempen Desktop-database.")
    try:
        engine = make_engine(path)
    except OSError as error:
        raise DatabaseOpenError(f"Kan {path} niet aanmaken of openen: {error.strerror}.") from error
    try:
        if _is_foreign_sqlite(engine):
            engine.dispose()
            raise DatabaseOpenError(f"{path.name} is geen Kempen Desktop-database.")
        result = migrate(engine, path, backup_dir(path))
        database = Database(path, engine, result)
        with database.transaction() as session:
            ensure_reference_data(session)
            if mark_demo and session.get(AppMeta, DEMO_KEY) is None:
                session.add(AppMeta(key=DEMO_KEY, value="1"))
    except DatabaseTooNewError as error:
        engine.dispose()
        raise DatabaseOpenError(str(error)) from error
    except exc.DatabaseError as error:
        engine.dispose()
        raise DatabaseOpenError(
            f"{path.name} kan niet gelezen worden: het bestand is beschadigd of geen database."
        ) from error
    return database


def has_dossiers(database: Database) -> bool:
    with database.session() as session:
        return session.execute(text("SELECT 1 FROM dossier LIMIT 1")).first() is not None


def recreate_demo_database(path: Path) -> Database:
    """A fresh demo file at `path`; never overwrites a database that holds real dossiers."""
    if path.exists() and path.stat().st_size > 0:
        existing = open_database(path)
        try:
            if not existing.is_demo and has_dossiers(existing):
                raise DatabaseOpenError(
                    f"{path.name} bevat echte dossiers; demogegevens worden daar niet in geschreven."
                )
        finally:
            existing.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    return open_database(path, mark_demo=True)
