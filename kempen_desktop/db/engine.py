"""Engine creation: the local SQLite file (private permissions, WAL, foreign keys) or a
PostgreSQL server (`make_server_engine`).

One SQLite library for every database file, plain or encrypted: sqlcipher3 (SQLCipher
without a key is plain SQLite). Two SQLite libraries in one process (the stdlib sqlite3
beside sqlcipher3) do not see each other's POSIX locks, and on Linux closing *any* file
descriptor on the database drops all the locks the process holds on it: an outside
reader then deletes the -wal under the running app ("How To Corrupt An SQLite Database
File", section 2.2). With one library, SQLite keeps such descriptors open until its last
connection on the file closes.

With a passphrase the file is encrypted. Key derivation costs 0.1-0.15 s per connection,
so the engine keeps its connections in a QueuePool instead of opening one per session, and
keys all but its first with the key derived from that one's salt (db/keys.py).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.pool import QueuePool

from kempen_desktop.db import keys
from kempen_desktop.db.driver import sqlcipher3

# Kept here too: backups and checks import them from the engine's module.

# What checks and backups catch: the errors of the one library the engine uses.
DatabaseError = sqlcipher3.DatabaseError
OperationalError = sqlcipher3.OperationalError


def ensure_private_file(path: Path) -> None:
    """Create the database file readable by the user only (0600), or tighten it.

    SQLite gives its -wal and -shm files the permissions of the database file, so this
    covers them too. On Windows chmod only toggles read-only; the user profile folder
    is already private there.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    os.chmod(path, 0o600)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    # Deleted and overwritten text is zeroed, not left in free space of the file (privacy).
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def _on_connect_encrypted(dbapi_connection: Any, record: Any) -> None:
    # Keep SQLCipher's own log off stderr (a wrong passphrase is reported by us, in Dutch).
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA cipher_log_level = NONE")
    # Sorts and temporary indexes stay in memory: never a plaintext temp file on disk.
    cursor.execute("PRAGMA temp_store = MEMORY")
    cursor.close()
    _on_connect(dbapi_connection, record)


def make_engine(path: Path, passphrase: str | None = None) -> Engine:
    ensure_private_file(path)
    if passphrase:
        keys.quote_literal(passphrase)  # refuses what no PRAGMA key takes, before any use
    # The plain dialect over sqlcipher3 (module=), encrypted or not: the same library, and
    # an encrypted file's connections are made and keyed by _key_connections, not by a
    # dialect's PRAGMA key with the passphrase every time.
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher3,
        poolclass=QueuePool,
        connect_args={"check_same_thread": False},
    )
    if passphrase:
        _key_connections(engine, str(path), passphrase)
    event.listen(engine, "connect", _on_connect_encrypted)
    return engine


def _key_connections(engine: Engine, file: str, passphrase: str) -> None:
    """Each new connection keyed with the file's derived key once there is one, else with
    the passphrase (db/keys.py); the first opened starts the derivation."""

    def keyed(_dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
        return keys.connect(cargs[0], passphrase, file=file, **cparams)

    def derive_for_the_next(dbapi_connection: Any, _record: Any) -> None:
        # Opened (its pragmas have read the file: the passphrase fits). Nothing happens
        # when the key is known or underway.
        salt = keys.salt_of(dbapi_connection)
        if salt:
            keys.derive_soon(file, passphrase, salt)

    event.listen(engine, "do_connect", keyed)
    event.listen(engine, "connect", derive_for_the_next)


def make_server_engine(url: URL) -> Engine:
    """An engine on a PostgreSQL server (psycopg 3): no SQLCipher, no file permissions.

    The server keeps the data safe (its own backups, encryption at rest, roles); the
    pool checks a connection before use, so a server restart does not surface as an error
    on the next click.
    """
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={
            "application_name": "kempen-desktop",
            "connect_timeout": 10,
            # Short interactive queries: JIT compiling a search (estimated large) cost
            # 45-60 ms per search at 200,000 dossiers (benchmarks/bench_team_scale.py).
            "options": "-c jit=off",
        },
    )
