"""A new database made in one step (db/fresh_schema.py) is the database the migrations make.

The first start used to run migrations 0001..head one by one (~1.5 s of the packaged app's
~2.3 s start on a new file). These tests keep the one-step schema from ever drifting from
the migrations: same sqlite_master (tables, indexes, triggers, FTS5), same rows in every
table (reference rows, the revision stamp, FTS5's own tables), same pragmas; plain and
SQLCipher-encrypted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlcipher3  # type: ignore[import-untyped]
from sqlalchemy import Connection, Engine

from kempen_desktop.db import fresh_schema, schema_snapshot
from kempen_desktop.db.engine import make_engine
from kempen_desktop.db.migrate import SCHEMA_HEAD
from kempen_desktop.services.common.database import SQLITE_HEADER, Database, open_database

REGENERATE = "write it again: python -m kempen_desktop.db.schema_snapshot"


def _rows(connection: Connection, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in connection.exec_driver_sql(sql)]


def _table_rows(connection: Connection, table: str) -> list[tuple[Any, ...]]:
    try:  # with the rowid where there is one: rows numbered alike, not only alike
        rows = _rows(connection, f'SELECT rowid, * FROM "{table}"')
    except Exception:  # noqa: BLE001 - a WITHOUT ROWID table (FTS5's _idx, _config)
        rows = _rows(connection, f'SELECT * FROM "{table}"')
    return sorted(rows, key=repr)


def fingerprint(engine: Engine) -> dict[str, Any]:
    """Everything a new database holds that a user or the app could ever notice."""
    with engine.connect() as connection:
        tables = _rows(connection, "PRAGMA main.table_list")
        found: dict[str, Any] = {
            "sqlite_master": _rows(
                connection, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"
            ),
            "table_list": sorted(tables),
            "pragmas": {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in (
                    "user_version",
                    "application_id",
                    "auto_vacuum",
                    "page_size",
                    "encoding",
                    "journal_mode",
                )
            },
        }
        for _schema, name, kind, *_ in tables:
            if kind in ("table", "shadow") and name != "sqlite_schema":
                found[f"rows of {name}"] = _table_rows(connection, name)
    return found


def step_by_step(path: Path, passphrase: str | None) -> Database:
    """The reference: every migration run by Alembic, then opened as the app opens it
    (which seeds the reference rows)."""
    schema_snapshot.migrated_step_by_step(path, passphrase).dispose()
    return open_database(path, passphrase=passphrase)


def spy_on_one_step(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    used: list[bool] = []
    original = fresh_schema.create_at_head

    def spy(engine: Engine, revision: str) -> bool:
        used.append(original(engine, revision))
        return used[-1]

    monkeypatch.setattr(fresh_schema, "create_at_head", spy)
    return used


def test_the_snapshot_is_written_from_the_migrations_of_this_version() -> None:
    snapshot = fresh_schema.read_snapshot()
    assert snapshot is not None, REGENERATE
    assert snapshot.revision == SCHEMA_HEAD, REGENERATE
    assert snapshot.digest == fresh_schema.migrations_digest(), REGENERATE


@pytest.mark.parametrize("passphrase", [None, "geheim wachtwoord"], ids=["plain", "encrypted"])
def test_a_new_database_made_in_one_step_equals_one_migrated_step_by_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, passphrase: str | None
) -> None:
    used = spy_on_one_step(monkeypatch)
    fast = open_database(tmp_path / "fast.db", passphrase=passphrase)
    assert used == [True]
    reference = step_by_step(tmp_path / "reference.db", passphrase)
    try:
        assert fast.migration.to_revision == reference.migration.to_revision == SCHEMA_HEAD
        expected, made = fingerprint(reference.engine), fingerprint(fast.engine)
        assert made.keys() == expected.keys()
        for key in expected:  # one key at a time: a drift names its table
            assert made[key] == expected[key], key
        assert len(expected["rows of municipality"]) > 300  # seeded, not empty on both sides
        assert expected["rows of alembic_version"] == [(1, SCHEMA_HEAD)]
    finally:
        fast.close()
        reference.close()
    header = (tmp_path / "fast.db").read_bytes()[: len(SQLITE_HEADER)]
    assert (header == SQLITE_HEADER) == (passphrase is None)


def test_a_snapshot_of_other_migrations_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A migration changed without writing the snapshot again: new files still get the
    migrations' schema (step by step), never the stale one."""
    stale = tmp_path / "stale.sql"
    text = fresh_schema.SNAPSHOT.read_text(encoding="utf-8")
    stale.write_text(
        text.replace(fresh_schema.migrations_digest(), "0" * 64).replace(
            "CREATE TABLE app_meta (", "CREATE TABLE app_meta (stale INTEGER, "
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(fresh_schema, "SNAPSHOT", stale)
    used = spy_on_one_step(monkeypatch)
    database = open_database(tmp_path / "k.db")
    try:
        assert used == [False]
        with database.engine.connect() as connection:
            columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(app_meta)")]
        assert "stale" not in columns
        assert database.migration.to_revision == SCHEMA_HEAD
    finally:
        database.close()


def test_a_database_that_holds_anything_is_left_alone(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "k.db")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE notes (body TEXT)")
        assert fresh_schema.create_at_head(engine, SCHEMA_HEAD) is False
        with engine.connect() as connection:
            names = _rows(connection, "SELECT name FROM sqlite_master")
        assert names == [("notes",)]
    finally:
        engine.dispose()


def test_the_snapshot_splits_into_whole_statements() -> None:
    """Trigger bodies hold semicolons; every statement read back is one complete statement."""
    snapshot = fresh_schema.read_snapshot()
    assert snapshot is not None
    triggers = [s for s in snapshot.statements if s.startswith("CREATE TRIGGER")]
    assert triggers and all(s.rstrip().endswith("END") for s in triggers)
    assert all(sqlcipher3.complete_statement(s + ";") for s in snapshot.statements)
    assert not any(s.rstrip().endswith(";") for s in snapshot.statements)
