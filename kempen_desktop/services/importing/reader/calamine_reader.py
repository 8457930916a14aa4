"""Opening a workbook with python-calamine and collecting a sheet's rows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kempen_desktop.services.importing.reader.errors import (
    CANCEL_EVERY,
    MAX_CELLS,
    MSG_CORRUPT,
    MSG_MACROSHEET,
    MSG_PASSWORD,
    ImportCancelled,
    SpreadsheetError,
    _msg_too_many_cells,
    _msg_too_many_rows,
)
from kempen_desktop.services.importing.reader.results import SheetData

if TYPE_CHECKING:
    from python_calamine import CalamineSheet, CalamineWorkbook

_T = TypeVar("_T")


# --------------------------------------------------------------------------- calamine


def _calamine_call(function: Callable[[], _T]) -> _T:
    """Run a calamine call; every failure becomes a SpreadsheetError."""
    import python_calamine as calamine

    try:
        return function()
    except SpreadsheetError:
        raise
    except calamine.PasswordError:
        raise SpreadsheetError(MSG_PASSWORD) from None
    except MemoryError:
        raise SpreadsheetError(_msg_too_many_cells(None)) from None
    except Exception as error:  # noqa: BLE001 - CalamineError, XmlError, ZipError, OSError, ValueError ...
        raise SpreadsheetError(_calamine_message(error)) from None
    except BaseException as error:  # pyo3 PanicException derives from BaseException
        if type(error).__name__ != "PanicException":
            raise
        raise SpreadsheetError(MSG_CORRUPT) from None


def _calamine_message(error: Exception) -> str:
    text = str(error)
    if isinstance(error, PermissionError):
        return "Kempen Desktop mag dit bestand niet openen. Sluit het in Excel en probeer opnieuw."
    if "macrosheet" in text.lower():
        return MSG_MACROSHEET
    if "password" in text.lower() or "encrypt" in text.lower():
        return MSG_PASSWORD
    if "Cell limit exceeded" in text:
        return _msg_too_many_cells(None)
    return MSG_CORRUPT


_EXTENSIONS = {
    "xlsx": (".xlsx", ".xlsm", ".xltx", ".xltm"),
    "xlsb": (".xlsb",),
    "ods": (".ods",),
    "xls": (".xls",),
}


def _open_calamine(path: Path, kind: str) -> CalamineWorkbook:
    import python_calamine as calamine

    if path.suffix in _EXTENSIONS[kind]:
        return _calamine_call(lambda: calamine.CalamineWorkbook.from_path(str(path)))

    def from_content() -> CalamineWorkbook:
        with open(path, "rb") as handle:  # wrong extension: calamine sniffs the content
            return calamine.CalamineWorkbook.from_filelike(handle)

    return _calamine_call(from_content)


def _close(workbook: CalamineWorkbook) -> None:
    try:
        workbook.close()
    except Exception:  # noqa: BLE001, S110 - already closed: nothing left to release
        pass


def _worksheets(workbook: CalamineWorkbook) -> list[tuple[str, bool]]:
    import python_calamine as calamine

    result = []
    for meta in workbook.sheets_metadata:
        if meta.typ != calamine.SheetTypeEnum.WorkSheet:
            continue
        result.append((meta.name, meta.visible == calamine.SheetVisibleEnum.Visible))
    return result


class SharedTexts:
    """One copy of each text that repeats down a column (status, language, municipality,
    first and last names), shared by every row that holds it.

    python-calamine makes a new str for every cell: a 100,000-row list held 16 columns'
    worth of copies. A column whose texts turn out mostly different (INSZ, e-mail) is left
    alone after a sample, so the lookup table never grows to a second copy of the file.
    """

    SAMPLE = 2_000  # rows looked at before a column is judged
    MOST_DISTINCT = 0.5  # share of distinct texts above which a column is not shared

    def __init__(self) -> None:
        self._columns: list[dict[str, str] | None] = []
        self._rows = 0

    def share(self, cells: list[object]) -> None:
        columns = self._columns
        if len(columns) < len(cells):  # a column first filled after the sample: left alone
            judged = self._rows >= self.SAMPLE
            columns.extend(None if judged else {} for _ in range(len(cells) - len(columns)))
        for i, value in enumerate(cells):
            if value.__class__ is str:
                seen = columns[i]
                if seen is not None:
                    cells[i] = seen.setdefault(value, value)
        self._rows += 1
        if self._rows == self.SAMPLE:
            limit = self.SAMPLE * self.MOST_DISTINCT
            self._columns = [
                None if seen is None or len(seen) > limit else seen for seen in columns
            ]


_PADDING_BUDGET = 2_000_000  # empty cells iter_rows may produce before the data starts
_MAX_EXACT = 2.0**53


def _collect_rows(
    sheet: CalamineSheet, name: str, max_rows: int, should_cancel: Callable[[], bool] | None
) -> SheetData:
    start = sheet.start
    if start is None:
        return SheetData(name=name, rows=[])
    first_row, first_col = start
    width = sheet.width
    if sheet.height * (first_col + width) > MAX_CELLS:
        raise SpreadsheetError(_msg_too_many_cells(name))
    # python-calamine's iter_rows() begins at row 1 (it yields empty padding rows down to
    # the first used row) but at the first used *column*; to_python() begins at the
    # first used cell. Both are re-based here so that cells[i] is column i.
    if first_row * width <= _PADDING_BUDGET:
        source = _calamine_call(sheet.iter_rows)
        skip = first_row
        number = 0
    else:  # e.g. one cell in row 1,048,576: do not materialise a million empty rows
        source = iter(_calamine_call(sheet.to_python))
        skip = 0
        number = first_row
    pad: list[object] = [None] * first_col
    rows: list[tuple[int, list[object]]] = []
    texts = SharedTexts()
    # Text volume was bounded before calamine ran (shared strings, ODS repeats, XML size).
    try:
        for raw in source:
            number += 1
            if skip:
                skip -= 1
                continue
            if should_cancel is not None and number % CANCEL_EVERY == 0 and should_cancel():
                raise ImportCancelled()
            if raw.count("") == len(raw):
                continue
            if len(rows) >= max_rows:
                raise SpreadsheetError(_msg_too_many_rows(max_rows))
            cells: list[object] = [
                None
                if value == ""
                else int(value)
                if value.__class__ is float
                and value.is_integer()
                and -_MAX_EXACT <= value <= _MAX_EXACT
                else value
                for value in raw
            ]
            texts.share(cells)
            rows.append((number, pad + cells if first_col else cells))
    except (SpreadsheetError, ImportCancelled):
        raise
    except Exception:  # noqa: BLE001 - calamine failing while iterating rows
        raise SpreadsheetError(MSG_CORRUPT) from None
    except BaseException as error:
        if type(error).__name__ != "PanicException":
            raise
        raise SpreadsheetError(MSG_CORRUPT) from None
    if should_cancel is not None and should_cancel():
        raise ImportCancelled()
    return SheetData(name=name, rows=rows)
