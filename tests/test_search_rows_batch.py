"""Bulk writers write their search rows per batch (db/search_rows.py, migration 0016): the
search finds exactly what the per-row triggers made it find, after an import, a demo, an
ordinary edit and an undo; the pause never outlives the writer's transaction."""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from import_helpers import make_insz, write_xlsx
from sqlalchemy import Connection

from kempen_desktop.app import Workspace
from kempen_desktop.db import search_rows
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.demo import generate_demo
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.importing import (
    ImportCancelled,
    apply_plan,
    applying,
    builtin_profiles,
    plan_import,
    undo_batch,
)

VDAB = builtin_profiles()[0]
INITIAL = importlib.import_module("kempen_desktop.db.migrations.versions.0001_initial_schema")
MIGRATION = importlib.import_module(
    "kempen_desktop.db.migrations.versions.0016_search_rows_per_batch"
)
LIST_SELECT = (
    "SELECT num, list_last_name, list_first_name, list_place, list_groups, list_counsellor, "
    "list_status_rank, list_follow_up FROM dossier ORDER BY num"
)
FTS_SELECT = "SELECT rowid, names, identifiers, place, notes FROM dossier_fts ORDER BY rowid"
# What a user types: names, an INSZ, a klantnummer, a dossier number, a municipality, words
# from notes and from the import's timeline entries, two-letter prefixes.
SEARCHES = [
    "naam1",
    "voornaam",
    "zoet",
    "nieuw",
    "peeters",
    "1001",
    "2300",
    "turnhout",
    "herentals",
    "mol",
    "gesprek",
    "import",
    "leefloon",
    "na",
    "ge",
    "de",
    "ja",
]


@contextmanager
def _per_row(connection: Connection, *, everything: bool = False) -> Iterator[Any]:
    """The writers as before: nothing paused, the triggers write every row."""
    yield search_rows.SearchBatch(everything)


def _rows(database: Database, sql: str) -> list[tuple[Any, ...]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql).fetchall()]


def _state(database: Database) -> dict[str, Any]:
    """The search index, the list columns and what each search finds."""
    workspace = Workspace(database)
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO dossier_fts(dossier_fts) VALUES ('integrity-check')"
        )
    return {
        "fts": _rows(database, FTS_SELECT),
        "lists": _rows(database, LIST_SELECT),
        "found": {typed: workspace.dossiers.matching(typed) for typed in SEARCHES},
        "paused": _rows(database, "SELECT count(*) FROM bulk_writing"),
    }


def _rebuilt(database: Database) -> list[tuple[Any, ...]]:
    return _rows(database, INITIAL._FTS_ROW + " ORDER BY d.num")


def _people(database: Database) -> list[uuid.UUID]:
    service = Workspace(database).dossiers
    ids = []
    for i in range(6):
        dossier = service.create(
            DossierInput(
                last_name=f"Naam{i}" if i != 5 else "Peeters",
                first_name=f"Voornaam{i}",
                insz=make_insz(date(1970 + i, 3, 4 + i)),
                postcode="2300",
                municipality_nis="13040",
            )
        )
        service.add_timeline_entry(dossier, "note", f"Gesprek {i}", "Eerste gesprek bij de VDAB.")
        ids.append(dossier)
    return ids


def _import_file(tmp_path: Path) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    rows: list[list[Any]] = []
    for i in reversed(range(6)):
        if i % 3 == 2:
            continue
        last = f"Naam{i}" if i != 5 else "Peeters"
        rows.append(
            [
                make_insz(date(1970 + i, 3, 4 + i)),
                1000 + i,
                f"{last}-Nieuw" if i % 2 else last.upper(),
                f"Voornaam{i}",
                None,
                "2400",
                "Mol",
                f"0471 00 00 0{i}",
                "Leefloongerechtigde",
            ]
        )
        rows.append(
            [make_insz(date(1990, 1, 2 + i), 40 + i), None, f"Zoet{i}", f"Nieuw{i}", None]
            + ["2200", "Herentals", None, "Anderstalig"]
        )
    return write_xlsx(tmp_path / "lijst.xlsx", rows)


def _story(database: Database, tmp_path: Path) -> list[dict[str, Any]]:
    """Dossiers, an import, an ordinary edit, an undo: the state after each step."""
    first = _people(database)
    states = [_state(database)]
    plan = plan_import(database, _import_file(tmp_path), VDAB, mode="overwrite")
    assert plan.counts()["created"] == 4 and plan.counts()["updated"] == 4
    batch = apply_plan(database, plan)
    states.append(_state(database))
    service = Workspace(database).dossiers
    service.add_note(first[0], "note", "Bellen", "Afspraak met werkgever Janssens")
    states.append(_state(database))
    undo_batch(database, batch, keep_edited=True)
    states.append(_state(database))
    return states


def test_import_edit_and_undo_find_what_the_per_row_triggers_found(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batched = _story(database, tmp_path / "a")
    reference = open_database(tmp_path / "ref" / "kempen.db")
    try:
        with monkeypatch.context() as patch:
            patch.setattr(search_rows, "batch", _per_row)
            per_row = _story(reference, tmp_path / "b")
        assert _rebuilt(reference) == per_row[-1]["fts"]
    finally:
        reference.close()
    assert batched == per_row
    after_import = batched[1]
    assert len(after_import["fts"]) == 10
    found = after_import["found"]
    assert len(found["zoet"]) == 4 and len(found["herentals"]) == 4  # the new ones
    assert found["1001"] and found["leefloon"] and found["import"] and found["mol"]
    assert batched[2]["found"]["ja"] > batched[1]["found"]["ja"]  # the note's word
    assert not batched[3]["found"]["zoet"]  # the undone new dossiers are gone
    assert all(state["paused"] == [(0,)] for state in batched)


def test_the_index_equals_a_full_rebuild_after_an_import(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(applying, "CREATES_PER_CHUNK", 3)  # the four new ones in two chunks
    monkeypatch.setattr(search_rows, "NUMS_PER_STATEMENT", 3)  # and the batch in four ranges
    _people(database)
    plan = plan_import(database, _import_file(tmp_path), VDAB, mode="overwrite")
    apply_plan(database, plan)
    assert _rows(database, FTS_SELECT) == _rebuilt(database)
    numbers = _rows(database, "SELECT num FROM dossier ORDER BY num")
    assert [n for (n,) in numbers] == list(range(numbers[0][0], numbers[0][0] + 10))
    assert Workspace(database).dossiers.matching("zoet") == {n for (n,) in numbers[6:]}


def test_demo_finds_what_the_per_row_triggers_found(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = date(2026, 6, 1)
    with monkeypatch.context() as patch:
        patch.setattr(search_rows, "NUMS_PER_STATEMENT", 7)  # the 80 dossiers in 12 ranges
        generate_demo(database, dossiers=80, seed=3, today=day)
    reference = open_database(tmp_path / "ref" / "kempen.db")
    try:
        with monkeypatch.context() as patch:
            patch.setattr(search_rows, "batch", _per_row)
            generate_demo(reference, dossiers=80, seed=3, today=day)
        expected = _state(reference)
    finally:
        reference.close()
    got = _state(database)
    assert got == expected
    assert len(got["fts"]) == 80 and got["fts"] == _rebuilt(database)
    assert any(got["found"][typed] for typed in ("de", "ge", "na"))


def test_a_cancelled_import_leaves_the_triggers_working(database: Database, tmp_path: Path) -> None:
    ids = _people(database)
    before = _state(database)
    plan = plan_import(database, _import_file(tmp_path), VDAB, mode="overwrite")
    calls = iter(range(1000))
    with pytest.raises(ImportCancelled):
        # Cancelled after a few statements, in the middle of the batch.
        apply_plan(database, plan, should_cancel=lambda: next(calls) > 4)
    assert _state(database) == before
    Workspace(database).dossiers.add_note(ids[1], "note", "Opvolging", "Sollicitatie Bakkerij")
    assert Workspace(database).dossiers.matching("bakkerij")


def test_another_tool_writing_the_file_keeps_the_triggers(database: Database) -> None:
    """Outside a batch the paused triggers fire: e.g. the sqlite3 shell adding a note."""
    (dossier,) = _people(database)[:1]
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO timeline_entry (id, dossier_id, kind, occurred_at, title, body, author, "
            "created_at, updated_at) VALUES (lower(hex(randomblob(16))), ?, 'note', "
            "'2026-01-01 10:00:00.000000', 'Extern', 'Vrachtwagenchauffeur', '', "
            "'2026-01-01 10:00:00.000000', '2026-01-01 10:00:00.000000')",
            (dossier.hex,),
        )
    assert Workspace(database).dossiers.matching("vrachtwagen")
    assert _rows(database, FTS_SELECT) == _rebuilt(database)


def test_the_migration_leaves_the_trigger_bodies_and_goes_back(database: Database) -> None:
    from alembic import command

    from kempen_desktop.db.migrate import alembic_config

    def triggers() -> dict[str, str]:
        return dict(_rows(database, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))

    paused = triggers()
    for name in MIGRATION.PAUSED:
        assert MIGRATION.WHEN + "BEGIN" in paused[name]
    assert sum(MIGRATION.WHEN in sql for sql in paused.values()) == len(MIGRATION.PAUSED)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0015")
    assert triggers() == {name: sql.replace(MIGRATION.WHEN, "") for name, sql in paused.items()}
    assert not _rows(database, "SELECT name FROM sqlite_master WHERE name = 'bulk_writing'")
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert triggers() == paused


def test_a_file_stamped_before_0016_had_a_body_keeps_the_per_row_triggers(
    database: Database, tmp_path: Path
) -> None:
    """A database made while 0016 was reserved (empty) is stamped past it without the pause:
    the bulk writers fall back to the triggers, and the index stays right."""
    from alembic import command

    from kempen_desktop.db.migrate import SCHEMA_HEAD, alembic_config

    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0015")
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (SCHEMA_HEAD,))
    _people(database)
    plan = plan_import(database, _import_file(tmp_path), VDAB, mode="overwrite")
    apply_plan(database, plan)
    fts = _rows(database, FTS_SELECT)
    assert len(fts) == 10 and fts == _rebuilt(database)
    assert Workspace(database).dossiers.matching("zoet")


def test_the_column_sets_are_those_the_update_triggers_follow(database: Database) -> None:
    """An import skips list columns (or search rows) only for columns no trigger follows."""
    found = dict(_rows(database, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))

    def followed(trigger: str) -> frozenset[str]:
        header = found[trigger].split(" ON ", 1)[0].split(" UPDATE OF ", 1)[1]
        return frozenset(part.strip() for part in header.split(","))

    assert search_rows.LIST_COLUMNS == {
        "dossier": followed("dossier_list_au"),
        "person": followed("person_list_au"),
    }
    assert search_rows.SEARCH_COLUMNS == {
        "dossier": followed("dossier_fts_au"),
        "person": followed("person_fts_au"),
    }
