"""Issue 11, item 8: a dossier number is never handed out twice.

After deleting dossier 2001 the next import gave 2001 to another person. Numbers now come
from a counter that only grows: across deletes (Dossiers tab and retention), retention
anonymisation, undo of an import, the demo generator, and the upgrade of an old file.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from import_helpers import make_insz, write_xlsx
from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.db.engine import make_engine
from kempen_desktop.db.migrate import alembic_config
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.importing import apply_plan, builtin_profiles, plan_import, undo_batch

VDAB = builtin_profiles()[0]


def _nums(database: Database) -> list[int]:
    with database.session() as session:
        return sorted(session.execute(text("SELECT num FROM dossier")).scalars())


def _person(name: str, day: int = 1) -> DossierInput:
    return DossierInput(last_name=name, first_name="Jan", birth_date=date(1980, 1, day))


def test_deleted_number_is_not_given_to_the_next_dossier(database: Database) -> None:
    service = Workspace(database).dossiers
    service.create(_person("Peeters"))
    second = service.create(_person("Maes", 2))
    assert _nums(database) == [1, 2]
    service.delete(second)
    third = service.create(_person("Janssens", 3))
    assert service.get(third).num == 3


def test_import_after_delete_and_undo_uses_new_numbers(database: Database, tmp_path: Path) -> None:
    service = Workspace(database).dossiers
    service.create(_person("Peeters"))
    last = service.create(_person("Maes", 2))
    service.delete(last)
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            [make_insz(date(1990, 5, 6)), None, "Yilmaz", "Ayse"],
            [make_insz(date(1991, 5, 6)), None, "Claes", "Tom"],
        ],
    )
    batch = apply_plan(database, plan_import(database, path, VDAB))
    assert _nums(database) == [1, 3, 4]
    undo_batch(database, batch)
    assert _nums(database) == [1]
    apply_plan(database, plan_import(database, path, VDAB))
    assert _nums(database) == [1, 5, 6]
    assert service.get(service.create(_person("Wouters", 4))).num == 7


def test_retention_delete_and_anonymise_keep_numbers_taken(database: Database) -> None:
    service = Workspace(database).dossiers
    ids = [service.create(_person(name, day)) for day, name in enumerate(("A", "B", "C"), start=1)]
    Workspace(database).trust.anonymise([ids[1]])
    Workspace(database).trust.delete_dossiers([ids[2]])
    assert _nums(database) == [1, 2]
    assert service.get(service.create(_person("D", 4))).num == 4


def test_cli_import_after_delete_reports_a_fresh_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "k.db"
    database = open_database(db_path)
    try:
        service = Workspace(database).dossiers
        for day in range(1, 4):
            service.create(_person(f"P{day}", day))
        service.delete(service.create(_person("Weg", 9)))  # number 4 is gone
    finally:
        database.close()
    path = write_xlsx(
        tmp_path / "lijst.xlsx", [[make_insz(date(1990, 5, 6)), None, "Yilmaz", "Ayse"]]
    )
    assert main(["--db", str(db_path), "import", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 1
    database = open_database(db_path)
    try:
        assert _nums(database) == [1, 2, 3, 5]
    finally:
        database.close()


def test_demo_after_emptied_database_starts_above_the_counter(database: Database) -> None:
    from kempen_desktop.services.demo import generate_demo

    service = Workspace(database).dossiers
    service.delete(service.create(_person("Weg")))
    generate_demo(database, dossiers=12, today=date(2025, 3, 1))
    assert _nums(database) == list(range(2, 14))


def test_upgrade_starts_counter_at_highest_number_known(tmp_path: Path) -> None:
    """A file at schema 0004: dossier 5 is there, import history remembers a deleted 8."""
    from alembic import command

    path = tmp_path / "oud.db"
    engine = make_engine(path)
    try:
        config = alembic_config()
        with (
            engine.connect() as connection
        ):  # no code lists before the first start: no foreign keys
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0004")
            connection.execute(
                text(
                    "INSERT INTO person (id, last_name, first_name, street, postcode, phone, "
                    "email, language, "
                    "created_at, updated_at) VALUES ('p1', 'Peeters', 'Jan', '', '', '', '', '', "
                    "'2024-01-01', '2024-01-01')"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO dossier (id, num, person_id, status_code, status_since, "
                    "opened_on, situation, "
                    "created_at, updated_at) VALUES ('d1', 5, 'p1', 'aangemeld', '2024-01-01', "
                    "'2024-01-01', '', "
                    "'2024-01-01', '2024-01-01')"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO import_batch (id, source, file_name, file_sha256, imported_at, "
                    "profile_name, mode, "
                    "rows_total, rows_new, rows_changed, rows_unchanged, rows_rejected, "
                    "rows_review, status, "
                    "created_at, updated_at) VALUES ('b1', 'VDAB', 'x.xlsx', '', '2024-01-01', '', "
                    "'fill', "
                    "1, 1, 0, 0, 0, 0, 'toegepast', '2024-01-01', '2024-01-01')"
                )
            )
            for change, after in (("c1", json.dumps({"num": 8})), ("c2", "niet json")):
                connection.execute(
                    text(
                        "INSERT INTO import_change (id, batch_id, dossier_id, person_id, action, "
                        "before_json, "
                        "after_json) VALUES (:id, 'b1', 'dx', 'px', 'create', '{}', :after)"
                    ),
                    {"id": change, "after": after},
                )
    finally:
        engine.dispose()
    database = open_database(path)
    try:
        service = Workspace(database).dossiers
        assert service.get(service.create(_person("Nieuw"))).num == 9
    finally:
        database.close()
