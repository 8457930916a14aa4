"""The workbook writer itself: cell types and formats, sheets, awkward text."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet, column_letter, write_workbook

COLUMNS = [XlsxColumn("Tekst"), XlsxColumn("Datum", "date"), XlsxColumn("Moment", "datetime"),
           XlsxColumn("Aantal", "int"), XlsxColumn("Bedrag", "number"), XlsxColumn("Aandeel", "percent")]


def test_types_formats_and_layout(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    rows = [["0012", date(2025, 2, 28), datetime(2025, 2, 28, 14, 30), 7, 1234.5, 0.25],
            ["=1+1", None, None, None, None, None],
            ["lijn 1\nlijn 2\r\neinde", date(1900, 3, 1), datetime(2030, 12, 31, 23, 59), 0, -2.0, 1.0]]
    written = write_workbook(out, [XlsxSheet("Lijst: test/1", COLUMNS, rows, "Titel", "Onder")],
                             exported_on=datetime(2025, 3, 1, 9, 5))
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
    assert ws.column_dimensions["A"].width == pytest.approx(10)  # guessed from the header (at least 10)


def test_several_sheets_control_characters_and_empty(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    write_workbook(out, [
        XlsxSheet("Blad", [XlsxColumn("Naam", width=30)], [["a\x00b\x1fc <&> \"'"]], "T"),
        XlsxSheet("Blad", [XlsxColumn("Leeg")], [], "Leeg"),
    ])
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
