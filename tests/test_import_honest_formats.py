"""Issue 15: the same list gives the same dossiers from every format.

One VDAB list (title row, INSZ numbers that lost two or three leading zeros, a klantnummer
that lost its zeros, a phone number in a number cell, dates as dates) saved as .xlsx, .xls
(xlwt), .ods (odfpy), and as the .csv Excel writes from it (cp1252 and UTF-8: numbers as
their digits, dates as text). Each is imported with `kempen import --json` into a fresh
database; the persons read back must be identical.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from import_helpers import make_insz

from kempen_desktop.cli import main
from kempen_desktop.services.common.database import open_database

HEADER = ["INSZ", "Klantnummer", "Naam", "Voornaam", "Geboortedatum", "Telefoon", "Postcode"]
BORN = [date(2005, 7, 30), date(2000, 1, 5), date(1985, 7, 30), date(2000, 11, 2)]
INSZ = [make_insz(day, 40 + i) for i, day in enumerate(BORN)]
ROWS: list[list[Any]] = [
    [int(INSZ[0]), 1234567, "YILMAZ", "Ayse", BORN[0], 470123456, 2300],  # 10 digits left
    [int(INSZ[1]), 7654321, "Peeters", "Lien", BORN[1], 14123456, 2400],  # 8 digits left
    [
        f"{INSZ[2][:2]}.{INSZ[2][2:4]}.{INSZ[2][4:6]}-{INSZ[2][6:9]}.{INSZ[2][9:]}",
        42,
        "Maes",
        "Jan",
        BORN[2],
        "0471 23 45 67",
        2300,
    ],
    [int(INSZ[3]), "0000555", "Çelik", "Zoë", BORN[3], None, 2440],  # 9 digits left
]
PROFILE = """name = "VDAB lijst"
source = "VDAB"
[columns]
insz = "INSZ"
vdab_client_number = "Klantnummer"
last_name = "Naam"
first_name = "Voornaam"
birth_date = "Geboortedatum"
phone = "Telefoon"
postal_code = "Postcode"
[options]
vdab_number_width = 10
"""


def _xlsx(path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Lijst VDAB"])
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    book.save(path)


def _xls(path: Path) -> None:
    xlwt = pytest.importorskip("xlwt", reason="xlwt writes .xls; not installed")
    book = xlwt.Workbook()
    sheet = book.add_sheet("Lijst")
    dates = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    sheet.write(0, 0, "Lijst VDAB")
    for column, text in enumerate(HEADER):
        sheet.write(1, column, text)
    for r, row in enumerate(ROWS, start=2):
        for column, value in enumerate(row):
            if isinstance(value, date):
                sheet.write(r, column, value, dates)
            elif value is not None:
                sheet.write(r, column, value)
    book.save(str(path))


def _ods(path: Path) -> None:
    pytest.importorskip("odf", reason="odfpy writes .ods; not installed")
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Lijst")

    def cell(value: Any) -> TableCell:
        if value is None:
            return TableCell()
        if isinstance(value, date):
            made = TableCell(valuetype="date", datevalue=value.isoformat())
            made.addElement(P(text=f"{value:%d/%m/%Y}"))
        elif isinstance(value, int):
            made = TableCell(valuetype="float", value=str(value))
            made.addElement(P(text=str(value)))
        else:
            made = TableCell(valuetype="string")
            made.addElement(P(text=str(value)))
        return made

    for row in [["Lijst VDAB"], HEADER, *ROWS]:
        table_row = TableRow()
        for value in row:
            table_row.addElement(cell(value))
        table.addElement(table_row)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))


def _csv(path: Path, encoding: str) -> None:
    """As Excel in Belgium saves it: ';', numbers as their digits, dates as dd/mm/yyyy."""
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Lijst VDAB"])
        writer.writerow(HEADER)
        for row in ROWS:
            writer.writerow(
                [f"{v:%d/%m/%Y}" if isinstance(v, date) else "" if v is None else v for v in row]
            )


WRITERS = {
    "xlsx": _xlsx,
    "xls": _xls,
    "ods": _ods,
    "cp1252.csv": lambda p: _csv(p, "cp1252"),
    "utf8.csv": lambda p: _csv(p, "utf-8-sig"),
}


def _import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> list[tuple[Any, ...]]:
    folder = tmp_path / suffix.replace(".", "_")
    folder.mkdir()
    path = folder / f"lijst.{suffix.rsplit('.', 1)[-1]}"
    WRITERS[suffix](path)
    profile = folder / "vdab.toml"
    profile.write_text(PROFILE, encoding="utf-8")
    db = folder / "k.db"
    code = main(["--db", str(db), "import", str(path), "--profile", str(profile), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    result = json.loads(out)
    assert (result["created"], result["rejected"], result["rejected_rows"]) == (4, 0, []), result
    database = open_database(db)
    try:
        with database.session() as session:
            from sqlalchemy import text

            return [
                tuple(row)
                for row in session.execute(
                    text(
                        # CAST: the date as text on PostgreSQL too (SQLite stores it so)
                        "SELECT last_name, first_name, insz, vdab_number, "
                        "CAST(birth_date AS TEXT), phone, postcode FROM person ORDER BY insz"
                    )
                )
            ]
    finally:
        database.close()


EXPECTED = sorted(
    [
        ("Yilmaz", "Ayse", INSZ[0], "0001234567", "2005-07-30", "0470123456", "2300"),
        ("Peeters", "Lien", INSZ[1], "0007654321", "2000-01-05", "014123456", "2400"),
        ("Maes", "Jan", INSZ[2], "0000000042", "1985-07-30", "0471234567", "2300"),
        ("Çelik", "Zoë", INSZ[3], "0000000555", "2000-11-02", "", "2440"),
    ],
    key=lambda row: row[2],
)


@pytest.mark.parametrize("suffix", list(WRITERS))
def test_the_same_list_gives_the_same_dossiers_from_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    assert len(INSZ[1].lstrip("0")) == 8 and len(INSZ[3].lstrip("0")) == 9
    assert _import(tmp_path, capsys, suffix) == EXPECTED
