"""Small files and checks shared by the tests of the import (tests/test_import_*.py)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text

from kempen_desktop.services.common.database import Database

HEADER = [
    "INSZ",
    "Klantnummer",
    "Naam",
    "Voornaam",
    "Geboortedatum",
    "Postcode",
    "Gemeente",
    "Telefoon",
    "Kansengroep",
]
TITLE_ROWS = [["Lijst intensieve begeleiding VDAB"], ["Toestand op 01-03-2025"]]


def make_insz(born: date, sequence: int = 33) -> str:
    """A valid INSZ for a birth date (11 digits)."""
    base = f"{born:%y%m%d}{sequence:03d}"
    number = int(("2" if born.year >= 2000 else "") + base)
    return base + f"{97 - number % 97:02d}"


def write_xlsx(
    path: Path,
    rows: list[list[Any]],
    *,
    title_rows: bool = True,
    header: list[str] | None = None,
    sheet: str = "Lijst",
) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    ws = workbook.active
    ws.title = sheet
    if title_rows:
        for row in TITLE_ROWS:
            ws.append(row)
    ws.append(header or HEADER)
    for row in rows:
        ws.append(row)
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text that looks like a formula, as a partner may send it
    workbook.save(path)
    return path


def write_csv(
    path: Path, rows: list[list[Any]], *, encoding: str = "cp1252", header: list[str] | None = None
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header or HEADER)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return path


TABLES = ("person", "dossier", "dossier_target_group", "timeline_entry", "status_change")


def dump(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the dossier tables and the search index, for exact before/after checks."""
    result = {}
    with database.session() as session:
        for table in TABLES:
            found = session.execute(text(f"SELECT * FROM {table}"))
            # A record's version only moves forward, an undo is a change too (issue 19):
            # "restored exactly" is every column but the version.
            kept = [i for i, name in enumerate(found.keys()) if name != "version"]
            rows = [tuple(row[i] for i in kept) for row in found.all()]
            result[table] = sorted(rows, key=repr)
        index = "rowid, names, identifiers, place, notes FROM dossier_fts"
        if database.url is not None:  # PostgreSQL: the search table of migration 0014
            index = "num, names, identifiers, place, notes FROM dossier_search"
        fts = session.execute(text(f"SELECT {index}")).all()
        result["dossier_fts"] = sorted((tuple(r) for r in fts), key=repr)
    return result


def count(database: Database, sql: str) -> Any:
    with database.session() as session:
        return session.execute(text(sql)).scalar()
