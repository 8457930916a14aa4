"""A new SQLite database at the newest schema in one step, instead of migration by migration.

Running migrations 0001..head on a new file was most of the packaged app's first start
(Alembic's import, batch table copies, ~350 statements: ~1.5 s of ~2.3 s). The file
`migrations/head_sqlite.sql` holds what those migrations leave in a new database (every
CREATE in sqlite_master order, then the rows they insert, the revision stamp included);
replaying it takes a few tens of milliseconds. Like Rails' structure.sql it is written
from the migrations, never by hand:

    python -m kempen_desktop.db.schema_snapshot

It is only used when it was written from exactly these migration scripts (a digest of
their text) at SCHEMA_HEAD, and only on an empty SQLite file (plain or SQLCipher); anything
else migrates step by step as before. tests/test_fresh_schema.py proves that a database
made either way has the same sqlite_master, rows and pragmas. PostgreSQL always migrates.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from kempen_desktop.db.backend import Backend, backend_of
from kempen_desktop.db.driver import sqlcipher3

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SNAPSHOT = MIGRATIONS / "head_sqlite.sql"
REVISION_LINE = "-- revision: "
DIGEST_LINE = "-- migrations: "
HEADER = (
    "-- Kempen Desktop: what migrations 0001..{revision} leave in a new SQLite database, so a\n"
    "-- new file is made in one step (kempen_desktop/db/fresh_schema.py). Do not edit: write\n"
    "-- it again with `python -m kempen_desktop.db.schema_snapshot` after changing a migration.\n"
)


@dataclass(frozen=True)
class Snapshot:
    revision: str
    digest: str
    statements: tuple[str, ...]


def migrations_digest(folder: Path = MIGRATIONS) -> str:
    """SHA-256 over the migration scripts' text (line endings normalised, so a Windows
    checkout with CRLF gives the same digest)."""
    digest = hashlib.sha256()
    for script in [folder / "env.py", *sorted((folder / "versions").glob("*.py"))]:
        if script.name == "__init__.py":
            continue
        digest.update(script.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(script.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


def read_snapshot(path: Path | None = None) -> Snapshot | None:
    """The snapshot file (default SNAPSHOT) split into statements; None when it is missing."""
    path = path or SNAPSHOT
    try:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    except FileNotFoundError:
        return None
    revision = digest = ""
    statements: list[str] = []
    pending = ""
    for line in lines:
        if not pending and line.startswith("--"):
            if line.startswith(REVISION_LINE):
                revision = line[len(REVISION_LINE) :].strip()
            elif line.startswith(DIGEST_LINE):
                digest = line[len(DIGEST_LINE) :].strip()
            continue
        if not pending and not line.strip():
            continue
        pending += line
        if line.rstrip().endswith(";") and sqlcipher3.complete_statement(pending):
            statements.append(pending.rstrip().removesuffix(";"))
            pending = ""
    if pending.strip():
        raise ValueError(f"{path.name}: the last statement is not complete")
    return Snapshot(revision, digest, tuple(statements))


def create_at_head(engine: Engine, revision: str) -> bool:
    """Make the schema at `revision` in one transaction on an empty SQLite database.

    False (nothing written) when that is not possible or not safe: a server database, a
    file that already holds objects, no snapshot, or one written for other migrations.
    """
    if backend_of(engine) is not Backend.SQLITE:
        return False
    snapshot = read_snapshot()
    if snapshot is None or snapshot.revision != revision:
        log.info("no schema snapshot at %s: migrating step by step", revision)
        return False
    if snapshot.digest != migrations_digest():
        log.warning("the schema snapshot is older than the migrations: migrating step by step")
        return False
    with engine.begin() as connection:
        if connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar():
            return False
        for statement in snapshot.statements:
            connection.exec_driver_sql(statement)
    return True
