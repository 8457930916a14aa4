"""Write migrations/head_sqlite.sql, the schema a new SQLite database gets in one step
(db/fresh_schema.py), from the migrations run one by one:

    python -m kempen_desktop.db.schema_snapshot

Run it after adding or changing a migration; tests/test_fresh_schema.py fails until then
(and meanwhile new databases are migrated step by step: the snapshot's digest no longer
matches the scripts).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import Connection, Engine

from kempen_desktop.db.engine import make_engine
from kempen_desktop.db.fresh_schema import (
    DIGEST_LINE,
    HEADER,
    REVISION_LINE,
    SNAPSHOT,
    migrations_digest,
)
from kempen_desktop.db.migrate import migrate
from kempen_desktop.db.schema_head import SCHEMA_HEAD


def dump(connection: Connection) -> list[str]:
    """The statements that rebuild this SQLite database's schema and rows.

    Objects in creation order; left out are what SQLite makes by itself (the automatic
    indexes of UNIQUE and PRIMARY KEY, the shadow tables of FTS5, sqlite_* tables) and are
    then made again by the same statements. Rows follow, per table in rowid order.
    """
    kinds = {
        name: kind
        for _schema, name, kind, *_ in connection.exec_driver_sql("PRAGMA main.table_list").all()
    }
    objects = connection.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).all()
    ours = [
        (kinds.get(name), name, sql)
        for _type, name, sql in objects
        if not name.startswith("sqlite_") and kinds.get(name) != "shadow"
    ]
    shadows = {name: sql for _type, name, sql in objects if kinds.get(name) == "shadow"}
    statements: list[str] = []
    for kind, name, sql in ours:
        statements += _renamed(name, sql, shadows) if kind == "virtual" else [sql]
    for kind, name, _sql in ours:
        if kind == "virtual" and _count(connection, name):
            raise ValueError(f"{name}: rows in a virtual table cannot be written to a snapshot")
        if kind == "table" and _count(connection, name):
            statements.append(_insert(connection, name))
    return statements


def _renamed(name: str, sql: str, shadows: dict[str, str]) -> list[str]:
    """A virtual table as made, or as made under another name and renamed (0013 remade
    dossier_fts that way): renaming rewrites the names in the shadow tables' SQL with
    double quotes, so the rename is replayed to give the same sqlite_master."""
    own = [text for shadow, text in shadows.items() if shadow.startswith(f"{name}_")]
    prefix = f'CREATE VIRTUAL TABLE "{name}" '
    if not sql.startswith(prefix) or not any(text.startswith('CREATE TABLE "') for text in own):
        return [sql]
    made_as = f"{name}_renamed"
    return [
        f'CREATE VIRTUAL TABLE "{made_as}" {sql[len(prefix) :]}',
        f'ALTER TABLE "{made_as}" RENAME TO "{name}"',
    ]


def _count(connection: Connection, table: str) -> int:
    return int(connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar() or 0)


def _insert(connection: Connection, table: str) -> str:
    columns = [row[1] for row in connection.exec_driver_sql(f'PRAGMA table_info("{table}")')]
    quoted = " || ', ' || ".join(f'quote("{column}")' for column in columns)
    rows = connection.exec_driver_sql(f'SELECT {quoted} FROM "{table}" ORDER BY rowid').scalars()
    names = ", ".join(f'"{column}"' for column in columns)
    values = ",\n".join(f"({row})" for row in rows)
    return f'INSERT INTO "{table}" ({names}) VALUES\n{values}'


def migrated_step_by_step(path: Path, passphrase: str | None = None) -> Engine:
    """An engine on a new file at `path`, migrated 0001..head by Alembic (the reference)."""
    engine = make_engine(path, passphrase)
    migrate(engine, path, path.parent / "backups", passphrase, one_step=False)
    return engine


def write_snapshot(path: Path | None = None) -> Path:
    path = path or SNAPSHOT
    with tempfile.TemporaryDirectory(prefix="kempen-schema-") as folder:
        engine = migrated_step_by_step(Path(folder) / "head.db")
        try:
            with engine.connect() as connection:
                statements = dump(connection)
        finally:
            engine.dispose()
    text = HEADER.format(revision=SCHEMA_HEAD)
    text += f"{REVISION_LINE}{SCHEMA_HEAD}\n{DIGEST_LINE}{migrations_digest()}\n\n"
    text += "".join(f"{statement};\n\n" for statement in statements)
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8", newline="\n")
    return path


if __name__ == "__main__":
    print(f"written: {write_snapshot()}")
