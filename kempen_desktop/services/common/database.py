"""Open the database: create it, migrate it, keep reference data, mark demo files.

Two backends (db/backend.py): the local SQLite file (`open_database(path)`, with
SQLCipher, the temp-file sweep, a backup before each migration) and a PostgreSQL server
(`open_server_database(url)`, team mode: the server's IT backs it up and secures it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import URL, Engine, exc, text
from sqlalchemy.orm import Session, sessionmaker

from kempen_desktop.db import file_kind as _file_kind
from kempen_desktop.db.backend import Backend, server_url, shown_url
from kempen_desktop.db.engine import make_engine, make_server_engine
from kempen_desktop.db.file_kind import (
    ENCRYPTED,
    FOREIGN,
    NEW,
    PLAIN,
    file_kind,
    note_closed,
    note_open,
)
from kempen_desktop.db.migrate import DatabaseTooNewError, MigrationResult, migrate
from kempen_desktop.db.models import AppMeta
from kempen_desktop.db.seed import ensure_reference_data
from kempen_desktop.paths import backup_dir, data_dir
from kempen_desktop.services.common.storage_errors import DAMAGED, classify
from kempen_desktop.tempfiles import sweep as sweep_temp_files

DEMO_KEY = "demo"


class DatabaseOpenError(RuntimeError):
    """A database that cannot be opened; the message is Dutch and meant for the user.

    `kind` names the storage problem (storage_errors.FULL, DAMAGED, ...) when there is one:
    only DAMAGED (confirmed by quick_check) may lead to offering a restore.
    """

    def __init__(self, message: str, kind: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind


class PassphraseRequiredError(DatabaseOpenError):
    """The file is encrypted and no passphrase was given."""


class WrongPassphraseError(DatabaseOpenError):
    """The passphrase does not open the file (the file is left untouched)."""


@dataclass
class Database:
    path: Path
    engine: Engine
    migration: MigrationResult
    passphrase: str | None = field(default=None, repr=False)
    # A PostgreSQL server (team mode); None for the local SQLite file at `path`.
    url: URL | None = field(default=None, repr=False)
    read_only: bool = field(default=False, init=False)
    _factory: sessionmaker[Session] = field(init=False, repr=False)
    _on_close: list[Callable[[], None]] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        if self.backend.local_file:
            note_open(self.path, self.kind)
        self._open = True

    @property
    def backend(self) -> Backend:
        return Backend.SQLITE if self.url is None else Backend.POSTGRESQL

    @property
    def location(self) -> str:
        """Where the data lives, for the user: the file path or the server URL (no password)."""
        return str(self.path) if self.url is None else shown_url(self.url)

    @property
    def kind(self) -> str:
        """PLAIN or ENCRYPTED: decided before the first connection, never read from the live
        file."""
        return ENCRYPTED if self.passphrase else PLAIN

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

    @property
    def encrypted(self) -> bool:
        return bool(self.passphrase)

    def reopen(self, passphrase: str | None) -> None:
        """Open the file again in place (after a restore or a passphrase change).

        Windows and services keep their reference to this Database; only the engine,
        and with it every pooled connection, is new.
        """
        if not self.backend.local_file:
            raise DatabaseOpenError("Dit kan alleen met een lokaal databasebestand.")
        self.engine.dispose()
        note_open(self.path, ENCRYPTED if passphrase else PLAIN, again=True)
        engine = make_engine(self.path, passphrase)
        self.migration = migrate(engine, self.path, backup_dir(self.path), passphrase)
        self.engine = engine
        self.passphrase = passphrase
        self.read_only = False
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        with self.transaction() as session:
            ensure_reference_data(session)

    def call_on_close(self, callback: Callable[[], None]) -> None:
        """Run `callback` when the database is closed (e.g. release the instance lock)."""
        self._on_close.append(callback)

    def close(self) -> None:
        self.engine.dispose()
        if getattr(self, "_open", False):
            if self.backend.local_file:
                note_closed(self.path)
            self._open = False
        callbacks, self._on_close = self._on_close, []
        for callback in callbacks:
            callback()


# The file's kind (db/file_kind.py, read before SQLAlchemy loads), importable from here too.
SQLITE_HEADER = _file_kind.SQLITE_HEADER
is_new_file = _file_kind.is_new_file
is_encrypted_file = _file_kind.is_encrypted_file


def _looks_like_sqlite(path: Path) -> bool:
    return file_kind(path) in (NEW, PLAIN)


def _first_page_fails(path: Path, key: str) -> bool:
    """With SQLCipher a wrong key fails on page 1; damage elsewhere fails later pages only."""
    from kempen_desktop.db.raw import connect_raw

    connection = connect_raw(path, key)
    try:
        first = connection.execute("PRAGMA cipher_integrity_check").fetchone()
    except Exception:  # noqa: BLE001 - an unreadable file counts as not opened by this key
        return True
    finally:
        connection.close()
    return first is not None and str(first[0]).rstrip().endswith("page 1")


def _is_foreign_sqlite(engine: Engine) -> bool:
    """A SQLite file with tables but without our schema stamp belongs to something else."""
    with engine.connect() as connection:
        tables = set(
            connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            ).scalars()
        )
    return bool(tables) and "alembic_version" not in tables


def open_database(
    path: Path, *, mark_demo: bool = False, passphrase: str | None = None
) -> Database:
    """Open (creating if needed) and migrate the database at `path`.

    A new file is encrypted when a passphrase is given. An existing plain file opens as
    is (the passphrase is not used); an encrypted file needs the right passphrase, and a
    wrong one leaves the file untouched.
    """
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is een map, geen databasebestand.")
    sweep_temp_files(
        path.parent, backup_dir(path)
    )  # copies left by a killed backup, restore, export
    key: str | None = None
    kind = file_kind(path)  # the header, read once, before the first connection
    if kind == FOREIGN:
        raise DatabaseOpenError(f"{path.name} is geen Kempen Desktop-database.")
    if kind == ENCRYPTED:
        if not passphrase:
            raise PassphraseRequiredError(
                f"{path.name} is versleuteld of geen Kempen Desktop-database; geef het wachtwoord."
            )
        key = passphrase
    elif kind == NEW and passphrase:
        key = passphrase
    try:
        engine = make_engine(path, key)
    except OSError as error:
        problem = classify(error, path)
        if problem is not None:
            raise DatabaseOpenError(
                f"Kan {path} niet aanmaken of openen. {problem.message}", problem.kind
            ) from error
        raise DatabaseOpenError(f"Kan {path} niet aanmaken of openen: {error.strerror}.") from error
    except ValueError as error:
        raise DatabaseOpenError(str(error)) from error
    try:
        try:
            foreign = _is_foreign_sqlite(engine)
        except exc.DatabaseError as error:
            if key is None:
                raise
            engine.dispose()
            if not _first_page_fails(path, key):
                raise  # the key fits: the file is damaged further on
            raise WrongPassphraseError(
                f"Het wachtwoord is onjuist, of {path.name} is geen Kempen Desktop-database. "
                "Het bestand werd niet gewijzigd."
            ) from error
        if foreign:
            engine.dispose()
            raise DatabaseOpenError(f"{path.name} is geen Kempen Desktop-database.")
        result = migrate(engine, path, backup_dir(path), key)
        database = Database(path, engine, result, key)
        _prepare(database, mark_demo)
    except DatabaseTooNewError as error:
        engine.dispose()
        raise DatabaseOpenError(str(error)) from error
    except (exc.DatabaseError, OSError) as error:
        engine.dispose()
        raise _open_error(path, key, error) from error
    return database


def _prepare(database: Database, mark_demo: bool) -> None:
    """After the migrations, on either backend: the shipped code lists, the demo mark."""
    with database.transaction() as session:
        ensure_reference_data(session)
        if mark_demo and session.get(AppMeta, DEMO_KEY) is None:
            session.add(AppMeta(key=DEMO_KEY, value="1"))


def server_folder(url: URL) -> Path:
    """A local folder named for a server database: `Database.path` in team mode.

    Nothing of the database is stored there; it keeps file-based code paths (which are
    SQLite's and refuse a server database) away from the current directory.
    """
    name = "_".join(str(part) for part in (url.host or "socket", url.port or 5432, url.database))
    return data_dir() / "team" / "".join(c if c.isalnum() or c in "._-" else "_" for c in name)


def open_server_database(url: str | URL, *, mark_demo: bool = False) -> Database:
    """Open and migrate a PostgreSQL database (team mode); DatabaseOpenError in Dutch.

    No SQLCipher, no instance lock, no local backup before a migration: the server's
    roles, backups and encryption at rest are the organisation's IT's.
    """
    try:
        target = server_url(url)
    except ValueError as error:
        raise DatabaseOpenError(str(error)) from error
    try:
        engine = make_server_engine(target)
    except ImportError as error:  # psycopg is a dependency; a hand-made install may lack it
        raise DatabaseOpenError(
            "De PostgreSQL-driver ontbreekt: installeer het pakket psycopg[binary]."
        ) from error
    try:
        result = migrate(engine, None, None)
        database = Database(server_folder(target), engine, result, url=target)
        _prepare(database, mark_demo)
    except DatabaseTooNewError as error:
        engine.dispose()
        raise DatabaseOpenError(str(error)) from error
    except exc.DBAPIError as error:
        engine.dispose()
        raise DatabaseOpenError(
            f"Kan de server-database {shown_url(target)} niet openen "
            f"({type(error.orig).__name__}: {_first_line(error.orig)})."
        ) from error
    return database


def _first_line(error: BaseException | None) -> str:
    return str(error).strip().splitlines()[0] if error is not None and str(error) else ""


def recreate_demo_server(url: str | URL) -> Database:
    """Empty a PostgreSQL database for demo data; never one that holds real dossiers."""
    existing = open_server_database(url)
    try:
        if not existing.is_demo and has_dossiers(existing):
            raise DatabaseOpenError(
                f"{existing.location} bevat echte dossiers; demogegevens worden daar niet in "
                "geschreven."
            )
        with existing.engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        existing.close()
    return open_server_database(url, mark_demo=True)


def _quick_check_fails(path: Path, key: str | None) -> bool:
    """Does `PRAGMA quick_check` (read-only) find damage? Only then is a file "beschadigd"."""
    from kempen_desktop.db.raw import connect_raw

    try:
        connection = connect_raw(Path(f"file:{quote(str(path))}?mode=ro"), key, uri=True)
    except Exception:  # noqa: BLE001 - cannot even be opened: no verdict on damage
        return False
    try:
        rows = [str(row[0]) for row in connection.execute("PRAGMA quick_check").fetchall()]
    except Exception as error:  # noqa: BLE001 - an unreadable page is damage, a full disk is not
        problem = classify(error, path)
        return problem is not None and problem.kind == DAMAGED
    finally:
        connection.close()
    return rows != ["ok"]


def _open_error(path: Path, key: str | None, error: BaseException) -> DatabaseOpenError:
    """The Dutch error for a database that failed to open: named for what happened."""
    problem = classify(error, path)
    if problem is not None and problem.kind != DAMAGED:
        return DatabaseOpenError(
            f"{path.name} kan niet geopend worden. {problem.message}", problem.kind
        )
    if _quick_check_fails(path, key):
        return DatabaseOpenError(
            f"{path.name} kan niet gelezen worden: het bestand is beschadigd of geen database.",
            DAMAGED,
        )
    return DatabaseOpenError(f"{path.name} kan niet geopend worden ({type(error).__name__}).")


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
                    f"{path.name} bevat echte dossiers; demogegevens worden daar niet in "
                    "geschreven."
                )
        finally:
            existing.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    return open_database(path, mark_demo=True)
