"""After an import with updates and creates, the search index (dossier_fts) and the list_*
sort columns on dossier hold exactly what a full rebuild from the tables gives.

apply_plan writes the updated dossiers in the order of their numbers (the FTS rowids) for
speed; whatever the order, the triggers must leave the same result as a full rebuild.
"""

from __future__ import annotations

import importlib
from datetime import date
from pathlib import Path
from typing import Any

from import_helpers import make_insz, write_xlsx

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.importing import apply_plan, builtin_profiles, plan_import

VDAB = builtin_profiles()[0]
INITIAL = importlib.import_module("kempen_desktop.db.migrations.versions.0001_initial_schema")
# The newest definition of the list columns (0011: names as Dutch sort keys).
LIST_COLUMNS = importlib.import_module("kempen_desktop.db.migrations.versions.0011_dutch_name_sort")
LIST_SELECT = (
    "SELECT num, list_last_name, list_first_name, list_place, list_groups, list_counsellor, "
    "list_status_rank, list_follow_up FROM dossier ORDER BY num"
)


def _rows(database: Database, sql: str) -> list[tuple[Any, ...]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql).fetchall()]


def test_search_index_and_list_columns_equal_a_full_rebuild(
    database: Database, tmp_path: Path
) -> None:
    service = Workspace(database).dossiers
    people = [(f"Naam{i}", f"Voornaam{i}", make_insz(date(1970 + i, 3, 4 + i))) for i in range(6)]
    for last, first, insz in people:
        dossier = service.create(
            DossierInput(
                last_name=last,
                first_name=first,
                insz=insz,
                postcode="2300",
                municipality_nis="13040",
            )
        )
        service.add_timeline_entry(dossier, "note", f"Gesprek {last}", "Eerste gesprek.")
    # Updates in the file in reverse dossier order, interleaved with new people.
    rows: list[list[Any]] = []
    for i, (last, first, insz) in reversed(list(enumerate(people))):
        if i % 3 == 2:
            continue  # one in three stays out of the file
        rows.append(
            [
                insz,
                1000 + i,
                f"{last}-Nieuw" if i % 2 else last.upper(),
                first,
                None,
                "2400",
                "Mol",
                f"0471 00 00 0{i}",
                "Leefloongerechtigde",
            ]
        )
        rows.append(
            [
                make_insz(date(1990, 1, 2 + i), 40 + i),
                None,
                # New persons' list columns are written with their rows (db/list_columns.py):
                # names that take the trigger's fold (accents, spaces, apostrophes, hyphens).
                f"d'Hondt-Ébène Van Œ {i}" if i % 2 else f"Zoet{i}",
                f"Nieuw{i}",
                None,
                "2200",
                "Herentals",
                None,
                "Anderstalig",
            ]
        )
    path = write_xlsx(tmp_path / "lijst.xlsx", rows)
    plan = plan_import(database, path, VDAB, mode="overwrite")
    counts = plan.counts()
    assert counts["created"] == 4 and counts["updated"] == 4
    apply_plan(database, plan)

    indexed = _rows(
        database, "SELECT rowid, names, identifiers, place, notes FROM dossier_fts ORDER BY rowid"
    )
    rebuilt = _rows(database, INITIAL._FTS_ROW + " ORDER BY d.num")
    assert len(indexed) == 10
    assert indexed == rebuilt
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO dossier_fts(dossier_fts) VALUES ('integrity-check')"
        )
        hits = connection.exec_driver_sql(
            "SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH 'nieuw*' ORDER BY rowid"
        ).fetchall()
    assert len(hits) == 2 + 4  # two renamed persons, four new ones (first names Nieuw0..)

    stored = _rows(database, LIST_SELECT)
    with database.engine.connect() as connection:
        connection.exec_driver_sql(LIST_COLUMNS._refresh("1"))
        full = [tuple(row) for row in connection.exec_driver_sql(LIST_SELECT).fetchall()]
        connection.rollback()
    assert stored == full
    # A renamed person's sort key (accents folded, hyphen ignored), and the new place.
    assert any(row[1].endswith("nieuw") for row in stored) and any(
        row[3] == "Herentals" for row in stored
    )
