"""The workbook writer itself: cell types and formats, sheets, awkward text."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet, column_letter, write_workbook

COLUMNS = [
    XlsxColumn("Tekst"),
    XlsxColumn("Datum", "date"),
    XlsxColumn("Moment", "datetime"),
    XlsxColumn("Aantal", "int"),
    XlsxColumn("Bedrag", "number"),
    XlsxColumn("Aandeel", "percent"),
]


def test_types_formats_and_layout(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    rows = [
        ["0012", date(2025, 2, 28), datetime(2025, 2, 28, 14, 30), 7, 1234.5, 0.25],
        ["=1+1", None, None, None, None, None],
        ["lijn 1\nlijn 2\r\neinde", date(1900, 3, 1), datetime(2030, 12, 31, 23, 59), 0, -2.0, 1.0],
    ]
    written = write_workbook(
        out,
        [XlsxSheet("Lijst: test/1", COLUMNS, rows, "Titel", "Onder")],
        exported_on=datetime(2025, 3, 1, 9, 5),
    )
    assert written == 3
    book = load_workbook(out)
    assert book.sheetnames == ["Lijst_ test_1"]
    ws = book.active
    assert ws["A1"].value == "Titel" and ws["A1"].font.b and ws["A1"].font.sz == 14
    assert ws["A2"].value == "Onder — Geëxporteerd op 01-03-2025 09:05"
    assert [c.value for c in ws[4]] == [c.header for c in COLUMNS]
    assert ws["A4"].font.b and ws["A4"].fill.fgColor.rgb.endswith("1F4E79")
    assert ws.freeze_panes == "A5" and ws.auto_filter.ref == "A4:F7"
    a5, b5, c5, d5, e5, f5 = ws[5]
    assert (a5.value, a5.data_type) == ("0012", "s")
    assert b5.value == datetime(2025, 2, 28) and b5.number_format == "DD/MM/YYYY"
    assert c5.value == datetime(2025, 2, 28, 14, 30) and c5.number_format == "DD/MM/YYYY HH:MM"
    assert d5.value == 7 and d5.number_format == "0"
    assert e5.value == 1234.5 and e5.number_format == "#,##0.00"
    assert f5.value == 0.25 and f5.number_format == "0.0%"
    assert ws["A6"].value == "=1+1" and ws["A6"].data_type == "s" and ws["B6"].value is None
    assert ws["A7"].value == "lijn 1\nlijn 2\r\neinde"
    assert ws["B7"].value == datetime(1900, 3, 1)
    assert ws.column_dimensions["A"].width == pytest.approx(
        10
    )  # guessed from the header (at least 10)


def test_several_sheets_control_characters_and_empty(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    write_workbook(
        out,
        [
            XlsxSheet("Blad", [XlsxColumn("Naam", width=30)], [["a\x00b\x1fc <&> \"'"]], "T"),
            XlsxSheet("Blad", [XlsxColumn("Leeg")], [], "Leeg"),
        ],
    )
    book = load_workbook(out)
    assert book.sheetnames == ["Blad", "Blad (2)"]
    assert book["Blad"]["A5"].value == "abc <&> \"'"
    assert book["Blad"].column_dimensions["A"].width == 30
    assert book["Blad (2)"].auto_filter.ref == "A4:A4"
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()


def test_wrong_value_for_a_date_column(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    with pytest.raises(TypeError):
        write_workbook(out, [XlsxSheet("X", [XlsxColumn("D", "date")], [[42]])])
    assert not out.exists()


def test_column_letters() -> None:
    assert [column_letter(i) for i in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]


# --- text longer than a cell may hold (Excel: 32,767 characters) ------------------------------


def _continued(ws, row: int, header: str) -> str:  # type: ignore[no-untyped-def]
    """The text of column `header` in `row`, with its '(vervolg)' columns, in order."""
    heads = {cell.value: cell.column for cell in ws[4] if cell.value}
    names = [header, f"{header} (vervolg)", *(f"{header} (vervolg {n})" for n in range(2, 10))]
    return "".join(ws.cell(row, heads[name]).value or "" for name in names if name in heads)


def _cells_fit(book) -> None:  # type: ignore[no-untyped-def]
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert not isinstance(cell.value, str) or len(cell.value) <= 32_767, cell.coordinate


def test_long_text_continues_in_vervolg_columns_without_losing_a_character(tmp_path: Path) -> None:
    out = tmp_path / "lang.xlsx"
    note = "".join(f"regel {i}: gesprek met de cliënt over werk 😀\r\n" for i in range(2500))
    assert len(note) > 100_000
    rows = [["kort", note, 1], [note[:40_000], "", 2], ["x" * 32_767, "ook kort", 3]]
    columns = [XlsxColumn("Titel"), XlsxColumn("Notitie"), XlsxColumn("Nummer", "int")]
    write_workbook(out, [XlsxSheet("Lijst", columns, rows, "Titel", "Onder")])
    book = load_workbook(out)
    _cells_fit(book)
    ws = book.active
    assert [c.value for c in ws[4]][:3] == ["Titel", "Notitie", "Nummer"]
    assert "(vervolg)" in ws["A2"].value
    assert _continued(ws, 5, "Notitie") == note
    assert _continued(ws, 6, "Titel") == note[:40_000]
    assert ws["A7"].value == "x" * 32_767 and ws["C7"].value == 3  # exactly the limit: one cell
    assert ws.auto_filter.ref.startswith("A4:")


def test_inzage_export_keeps_a_note_of_100000_characters(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import uuid

    from sqlalchemy import text

    from kempen_desktop.app import Workspace
    from kempen_desktop.services.dossiers.dossiers import DossierInput

    note = ("Lang gesprek over werk, opleiding en mobiliteit. " * 2100)[:100_000]
    service = Workspace(database).dossiers
    dossier = service.create(DossierInput(last_name="Langenota", first_name="Lies"))
    service.add_timeline_entry(dossier, "note", "Intake", note)
    with database.session() as session:
        person_id = uuid.UUID(str(session.execute(text("SELECT person_id FROM dossier")).scalar()))
    out = tmp_path / "inzage.xlsx"
    Workspace(database).trust.export_subject_access(person_id, xlsx=out)
    book = load_workbook(out)
    _cells_fit(book)
    found = []
    for ws in book.worksheets:
        heads = [cell.value for cell in ws[4]]
        for row in range(5, ws.max_row + 1):
            values = [ws.cell(row, col).value for col in range(1, len(heads) + 1)]
            if any(isinstance(v, str) and v.startswith(note[:60]) for v in values):
                start = next(
                    i
                    for i, v in enumerate(values)
                    if isinstance(v, str) and v.startswith(note[:60])
                )
                parts = [values[start]] + [
                    v or ""
                    for h, v in zip(heads, values, strict=True)
                    if isinstance(h, str) and h.startswith(f"{heads[start]} (vervolg")
                ]
                found.append("".join(parts))
    assert note in found
