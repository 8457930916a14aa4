"""One way to write a list as a workbook that opens cleanly in Excel and LibreOffice.

Title and export date above a styled, frozen header with an autofilter; real date cells
with a date format, numbers as numbers, identifiers (INSZ, klantnummer) as text so that
leading zeros stay. Text that a spreadsheet could take for a formula is stored as a
string cell, never as a formula. Written in openpyxl's write-only mode (constant memory)
and through a temporary file that replaces the target only when complete.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from kempen_desktop.reporting.atomic import atomic_output

Kind = Literal["text", "date", "datetime", "int", "number", "percent"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_HEADER_FILL = "1F4E79"
_TITLE_ROWS = 3  # title, subtitle/export date, blank


@dataclass(frozen=True)
class XlsxColumn:
    header: str
    kind: Kind = "text"
    width: float | None = None  # in characters; guessed from the header otherwise


@dataclass(frozen=True)
class XlsxSheet:
    name: str
    columns: Sequence[XlsxColumn]
    rows: Iterable[Sequence[Any]]
    title: str = ""
    subtitle: str = ""


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def write_workbook(path: Path, sheets: Sequence[XlsxSheet], *, exported_on: datetime | None = None) -> int:
    """Write the sheets to `path`; returns the number of data rows written."""
    from openpyxl import Workbook

    stamp = (exported_on or datetime.now()).strftime("%d-%m-%Y %H:%M")
    workbook = Workbook(write_only=True)
    written = 0
    for sheet in sheets:
        written += _write_sheet(workbook, sheet, stamp)
    with atomic_output(Path(path)) as temp:
        workbook.save(temp)
    return written


def _write_sheet(workbook: Any, sheet: XlsxSheet, stamp: str) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = workbook.create_sheet(_sheet_name(sheet.name))
    columns = list(sheet.columns)
    for index, column in enumerate(columns, start=1):
        width = column.width or max(10.0, min(40.0, len(column.header) + 4))
        ws.column_dimensions[get_column_letter(index)].width = width
    header_row = _TITLE_ROWS + 1
    last = get_column_letter(max(1, len(columns)))
    ws.freeze_panes = f"A{header_row + 1}"

    title = WriteOnlyCell(ws, value=_text(sheet.title))
    title.font = Font(bold=True, size=14)
    ws.append([title])
    subtitle = " — ".join(part for part in (sheet.subtitle, f"Geëxporteerd op {stamp}") if part)
    sub = WriteOnlyCell(ws, value=_text(subtitle))
    sub.font = Font(italic=True, color="555555")
    ws.append([sub])
    ws.append([])
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor=_HEADER_FILL)
    header_cells = []
    for column in columns:
        cell = WriteOnlyCell(ws, value=_text(column.header))
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        header_cells.append(cell)
    ws.append(header_cells)

    count = 0
    kinds = [column.kind for column in columns]
    for row in sheet.rows:
        ws.append([_cell(ws, WriteOnlyCell, kinds[i] if i < len(kinds) else "text", value)
                   for i, value in enumerate(row)])
        count += 1
    ws.auto_filter.ref = f"A{header_row}:{last}{header_row + count}"
    return count


_FORMATS = {"date": "DD/MM/YYYY", "datetime": "DD/MM/YYYY HH:MM", "int": "0", "number": "#,##0.00",
            "percent": "0.0%"}


def _cell(ws: Any, cell_type: Any, kind: Kind, value: Any) -> Any:
    if value is None or value == "":
        return None
    if kind == "text" or isinstance(value, str):
        cell = cell_type(ws, value=_text(value))
        cell.data_type = "s"  # never a formula, whatever it starts with
        return cell
    if kind == "date" and isinstance(value, datetime):
        value = value.date()
    if kind in ("date", "datetime") and not isinstance(value, date):
        raise TypeError(f"expected a date in a {kind} column, got {type(value).__name__}")
    cell = cell_type(ws, value=value)
    cell.number_format = _FORMATS[kind]
    return cell


def _text(value: Any) -> str:
    # Control characters other than tab and newlines are not allowed in XML.
    text = str(value)
    return "".join(ch for ch in text if ch >= " " or ch in "\t\n\r")


def _sheet_name(name: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in name).strip("'") or "Lijst"
    return cleaned[:31]
