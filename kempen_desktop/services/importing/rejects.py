"""The rejected rows as an .xlsx to send back: the original columns plus a column "Reden".

Values keep their type (dates as real dates, numbers as numbers; an INSZ that lost its
leading zero is written back as the 11-digit text), the header is bold, frozen and
filtered, and the columns are sized to their content. Text is always stored as text,
never as a formula, so a cell "=1+1" from the partner's file stays that text
(formula injection). The file is written next to the target under a temporary name and
then renamed over it, so an existing file is never left half written.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from kempen_desktop.documents.atomic import atomic_output
from kempen_desktop.domain.insz import normalize_insz
from kempen_desktop.services.importing.model import ImportPlan
from kempen_desktop.services.importing.parsing import cell_text

REASON_HEADER = "Reden"
MAX_WIDTH = 60


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped,unused-ignore]

    return str(get_column_letter(index + 1))


def write_rejects(plan: ImportPlan, out: Path) -> int:
    """Write the rejected rows of the plan to ``out``; returns how many rows were written."""
    from openpyxl import Workbook  # type: ignore[import-untyped,unused-ignore]
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped,unused-ignore]
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped,unused-ignore]
    from openpyxl.styles import Font, PatternFill  # type: ignore[import-untyped,unused-ignore]

    rejected = plan.rejected_rows()
    width = max([len(plan.layout.headers), *(len(r.cells) for r in rejected)])
    headers = [
        h or f"Kolom {_column_letter(i)}"
        for i, h in enumerate(plan.layout.headers + [""] * (width - len(plan.layout.headers)))
    ]
    headers.append(REASON_HEADER)
    insz_column = plan.layout.columns.get("insz")

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Geweigerd")
    widths = [len(h) for h in headers]
    table: list[list[object]] = []
    for row in rejected:
        values: list[object] = list(row.cells) + [None] * (width - len(row.cells))
        if (
            insz_column is not None
            and insz_column < width
            and isinstance(values[insz_column], (int, float))
            and not isinstance(values[insz_column], bool)
        ):
            values[insz_column] = normalize_insz(values[insz_column])
        values.append(row.reason)
        table.append(values)
        for i, value in enumerate(values):
            widths[i] = max(widths[i], min(len(cell_text(value)), MAX_WIDTH))
    for i, w in enumerate(widths):
        sheet.column_dimensions[_column_letter(i)].width = min(w + 2, MAX_WIDTH)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{_column_letter(len(headers) - 1)}{len(table) + 1}"

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE4EE")

    def text_cell(value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
        cell.data_type = "s"  # never a formula, whatever the text starts with
        return cell

    header_cells = []
    for header in headers:
        cell = text_cell(header)
        cell.font = bold
        cell.fill = fill
        header_cells.append(cell)
    sheet.append(header_cells)
    for values in table:
        cells = []
        for value in values:
            if isinstance(value, str):
                cells.append(text_cell(value))
            elif isinstance(value, datetime):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = (
                    "DD-MM-YYYY HH:MM" if (value.hour or value.minute) else "DD-MM-YYYY"
                )
                cells.append(cell)
            elif isinstance(value, date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "DD-MM-YYYY"
                cells.append(cell)
            elif isinstance(value, (bool, int, float)) or value is None:
                cells.append(WriteOnlyCell(sheet, value=value))
            else:
                cells.append(text_cell(str(value)))
        sheet.append(cells)

    with atomic_output(Path(out)) as temporary:
        workbook.save(temporary)
    return len(table)
