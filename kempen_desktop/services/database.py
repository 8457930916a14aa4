"""Open the local database: create it, migrate it, keep reference data, mark demo files."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, exc, select
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
