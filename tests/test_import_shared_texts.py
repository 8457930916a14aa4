"""Issue 17: the reader keeps one copy of a text that repeats down a column
(reader/calamine_reader.SharedTexts), so a 100,000-row list does not hold a copy per cell;
columns of mostly different texts are left alone. What a user would notice is only that
every cell still reads as typed, in its own type: checked through read_sheet on a file.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from kempen_desktop.services.importing.reader import read_sheet
from kempen_desktop.services.importing.reader.calamine_reader import SharedTexts

ROWS = SharedTexts.SAMPLE + 500


def _write(path: Path) -> list[list[object]]:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Naam", "Status", "E-mail", "Getal", "Datum"])
    written: list[list[object]] = []
    for n in range(ROWS):
        row: list[object] = [
            ["Peeters", "Janssens", "Maes"][n % 3],
            "In begeleiding" if n % 2 else "Werk",
            f"persoon.{n}@voorbeeld.be",
            1 if n % 2 else "1",  # a number and a text that look alike stay apart
            datetime(2026, 1, 1 + n % 28),
        ]
        sheet.append(row)
        written.append(row)
    workbook.save(path)
    return written


def test_cells_read_as_written_and_repeated_texts_are_one_object(tmp_path: Path) -> None:
    file = tmp_path / "lijst.xlsx"
    written = _write(file)
    rows = [cells for _number, cells in read_sheet(file).rows][1:]
    assert len(rows) == ROWS
    for cells, expected in zip(rows, written, strict=True):
        assert cells[:3] == expected[:3]
        assert cells[3] == expected[3] and type(cells[3]) is type(expected[3])
        assert cells[4] == expected[4].date()  # type: ignore[attr-defined]  # midnight: a day
    assert all(cells[0] is rows[n % 3][0] for n, cells in enumerate(rows))
    assert rows[-1][1] is rows[1][1]


def test_a_column_of_different_texts_is_not_kept_after_the_sample() -> None:
    texts = SharedTexts()
    rows = [["Werk", f"persoon.{n}@voorbeeld.be"] for n in range(ROWS)]
    for cells in rows:
        texts.share(cells)
    shared, distinct = texts._columns
    assert shared == {"Werk": "Werk"}
    assert distinct is None  # the e-mail column: no second copy of every address


def test_a_column_first_filled_after_the_sample_is_left_alone() -> None:
    texts = SharedTexts()
    for _ in range(SharedTexts.SAMPLE):
        texts.share(["Werk"])
    late: list[object] = ["Werk", "ab"]
    texts.share(late)
    assert texts._columns[1] is None  # never judged: no table that could grow unchecked
    assert late == ["Werk", "ab"]
