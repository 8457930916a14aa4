"""The database file: schema by migration, pragmas, permissions, backups, refusals."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from kempen_desktop.app import Workspace
from kempen_desktop.db import migrate as migrate_module
from kempen_desktop.db.migrate import head_revision
from kempen_desktop.services.common.database import (
    Database,
    DatabaseOpenError,
    open_database,
    recreate_demo_database,
)
from kempen_desktop.services.dossiers.dossiers import DossierInput


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    assert migrate_module.SCHEMA_HEAD == head_revision()


def test_new_database_is_migrated_private_and_in_wal_mode(database: Database) -> None:
    path = database.path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with database.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert (
            session.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == head_revision()
        )
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        names = set(session.execute(text("SELECT name FROM sqlite_master")).scalars())
    assert {
        "dossier",
        "person",
        "partner",
        "meeting",
        "action_point",
        "import_batch",
        "audit_entry",
        "municipality",
        "dossier_fts",
        "consent",
        "work_exit",
    } <= names


def test_reference_data_is_seeded_once_and_user_edits_survive(tmp_path: Path) -> None:
    db = open_database(tmp_path / "k.db")
    with db.transaction() as session:
        session.execute(text("UPDATE target_group SET label = 'Jong' WHERE code = 'jongere'"))
        count = session.execute(text("SELECT count(*) FROM municipality")).scalar()
    db.close()
    again = open_database(tmp_path / "k.db")
    with again.session() as session:
        assert (
            session.execute(text("SELECT label FROM target_group WHERE code='jongere'")).scalar()
            == "Jong"
        )
        assert session.execute(text("SELECT count(*) FROM municipality")).scalar() == count
        turnhout = session.execute(
            text("SELECT name FROM municipality WHERE nis_code='13040'")
        ).scalar()
    again.close()
    assert turnhout == "Turnhout"
    assert count and count >= 300


def test_foreign_keys_are_enforced(database: Database) -> None:
    with (
        pytest.raises(IntegrityError, match="FOREIGN KEY constraint failed"),
        database.transaction() as session,
    ):
        session.execute(
            text(
                "INSERT INTO consent (id, dossier_id, purpose, given_on, method, note, "
                "created_at, updated_at) "
                "VALUES ('a'||hex(randomblob(15)), 'nope', 'x', '2024-01-01', 'schriftelijk', "
                "'', '2024-01-01', '2024-01-01')"
            )
        )


def test_database_written_by_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    open_database(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseOpenError, match="nieuwere versie"):
        open_database(path)


@pytest.mark.parametrize("content", [b"", b"this is not a database at all" * 10])
def test_files_that_are_not_databases(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "k.db"
    path.write_bytes(content)
    if content:
        with pytest.raises(DatabaseOpenError, match="geen Kempen Desktop-database"):
            open_database(path)
        assert path.read_bytes() == content  # untouched
    else:
        open_database(path).close()  # an empty file is a new database


def test_other_sqlite_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseOpenError):
        open_database(path)
    tables = sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("recipes",)]


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="map"):
        open_database(tmp_path)


def test_migration_takes_a_backup_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Add a real second migration in a copy of the scripts; the old file must be copied first."""
    path = tmp_path / "k.db"
    db = open_database(path)
    Workspace(db).dossiers.create(DossierInput(last_name="Peeters", first_name="An"))
    db.close()

    scripts = tmp_path / "migrations"
    shutil.copytree(Path(migrate_module.__file__).parent / "migrations", scripts)
    current = head_revision()
    (scripts / "versions" / "9001_test.py").write_text(
        "from alembic import op\nimport sqlalchemy as sa\n"
        f"revision = '9001'\ndown_revision = '{current}'\nbranch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    op.add_column('person', sa.Column('nickname', sa.String(40), nullable=True))\n"
        "def downgrade():\n    pass\n"
    )
    original = migrate_module.alembic_config

    def patched_config():  # type: ignore[no-untyped-def]
        config = original()
        config.set_main_option("script_location", str(scripts))
        return config

    monkeypatch.setattr(migrate_module, "alembic_config", patched_config)
    monkeypatch.setattr(migrate_module, "SCHEMA_HEAD", "9001")  # a release ships both
    db = open_database(path)
    assert db.migration.from_revision == current and db.migration.to_revision == "9001"
    backup = db.migration.backup_path
    assert backup is not None and backup.exists()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    with db.session() as session:
        columns = [row[1] for row in session.execute(text("PRAGMA table_info(person)"))]
        assert "nickname" in columns
        assert session.execute(text("SELECT last_name FROM person")).scalar() == "Peeters"
    db.close()
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (current,)
    assert old.execute("SELECT last_name FROM person").fetchone() == ("Peeters",)
    old.close()


def test_demo_database_never_overwrites_real_dossiers(tmp_path: Path) -> None:
    path = tmp_path / "real.db"
    db = open_database(path)
    Workspace(db).dossiers.create(DossierInput(last_name="Echt", first_name="Dossier"))
    db.close()
    with pytest.raises(DatabaseOpenError, match="echte dossiers"):
        recreate_demo_database(path)
    db = open_database(path)
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM dossier")).scalar() == 1
    assert not db.is_demo
    db.close()


def test_demo_database_is_marked(tmp_path: Path) -> None:
    db = recreate_demo_database(tmp_path / "demo.db")
    assert db.is_demo
    db.close()
