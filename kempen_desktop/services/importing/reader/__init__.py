"""Read a spreadsheet a user hands the app: the ONLY place that opens such a file.

Formats: .xlsx/.xlsm, .xls, .xlsb, .ods (python-calamine) and .csv/.txt (stdlib ``csv``).
The format is decided by the file's content (magic bytes), never by its extension, so a
workbook with a wrong extension still reads.

Every file ends in a :class:`SheetData` or a :class:`SpreadsheetError` whose ``str()`` is
one Dutch sentence for the user; never another exception, a hang or unbounded memory.
Why the pre-checks below exist (all measured with python-calamine 0.9.1):

* calamine builds a dense ``Range`` over the bounding box of a sheet's cells *before*
  returning anything, 32 bytes per cell, with no limit for .xlsx/.xls/.xlsb. A 1 KB
  .xlsx with cells at A1 and XFD1048576, or a 5 KB .xls with one cell record patched to
  column 16383, makes Rust abort the whole process ("memory allocation of 549755813888
  bytes failed"); A1 + CV1000000 costs 3 GB and 12 s. Nothing can catch an abort, so the
  bounding box is computed here first, from the XML / BIFF / BIFF12 records.
* calamine copies a shared string into every cell that refers to it, so a 1M-character
  shared string used 4,000 times is 4 GB; the text volume is bounded here first.
* ODS ``number-rows-repeated`` / ``number-columns-repeated`` / ``text:c`` multiply cells
  and text; calamine 0.9.1 caps the area at 100M cells, which is still ~3 GB.
* zip bombs, lying zip headers (CRC/size), duplicate entries, DOCTYPE/entity
  declarations in package parts (calamine's quick-xml does not expand entities, but a
  DTD has no business in a workbook) and encrypted containers are refused up front.

A child process with RLIMIT_AS was considered and rejected: the app ships as a
PyInstaller bundle for Windows, where ``resource`` does not exist and a frozen
executable cannot be re-run with ``-c``; the pre-checks are portable. They cost one
extra decompression and a few regex passes over the sheet: read_sheet takes about
1.4-2x the time of a bare ``python_calamine ... to_python()`` (~0.1 s extra per 10k rows
of .xlsx; benchmarks/bench_import_read.py), which includes turning '' into None and
whole floats into int.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kempen_desktop.services.importing.reader.calamine_reader import (
    _calamine_call,
    _close,
    _collect_rows,
    _open_calamine,
    _worksheets,
)
from kempen_desktop.services.importing.reader.csv_reader import _read_csv
from kempen_desktop.services.importing.reader.csv_reader import (
    _sniff_delimiter as _sniff_delimiter,
)
from kempen_desktop.services.importing.reader.detect import _inspect
from kempen_desktop.services.importing.reader.errors import (
    CANCEL_EVERY as CANCEL_EVERY,
)
from kempen_desktop.services.importing.reader.errors import (
    MAX_CELLS as MAX_CELLS,
)
from kempen_desktop.services.importing.reader.errors import (
    MAX_CSV_BYTES as MAX_CSV_BYTES,
)
from kempen_desktop.services.importing.reader.errors import (
    MAX_FILE_BYTES as MAX_FILE_BYTES,
)
from kempen_desktop.services.importing.reader.errors import (
    MAX_RATIO as MAX_RATIO,
)
from kempen_desktop.services.importing.reader.errors import (
    MAX_TEXT as MAX_TEXT,
)
from kempen_desktop.services.importing.reader.errors import (
    MAX_UNCOMPRESSED as MAX_UNCOMPRESSED,
)
from kempen_desktop.services.importing.reader.errors import (
    MAX_ZIP_ENTRIES as MAX_ZIP_ENTRIES,
)
from kempen_desktop.services.importing.reader.errors import (
    MSG_BOMB as MSG_BOMB,
)
from kempen_desktop.services.importing.reader.errors import (
    MSG_CORRUPT as MSG_CORRUPT,
)
from kempen_desktop.services.importing.reader.errors import (
    MSG_DOCTYPE as MSG_DOCTYPE,
)
from kempen_desktop.services.importing.reader.errors import (
    MSG_EMPTY as MSG_EMPTY,
)
from kempen_desktop.services.importing.reader.errors import (
    MSG_MACROSHEET as MSG_MACROSHEET,
)
from kempen_desktop.services.importing.reader.errors import (
    MSG_NO_SHEETS as MSG_NO_SHEETS,
)
from kempen_desktop.services.importing.reader.errors import (
    MSG_NO_VISIBLE as MSG_NO_VISIBLE,
)
from kempen_desktop.services.importing.reader.errors import (
    MSG_NOT_SPREADSHEET as MSG_NOT_SPREADSHEET,
)
from kempen_desktop.services.importing.reader.errors import (
    MSG_OLD_EXCEL as MSG_OLD_EXCEL,
)
from kempen_desktop.services.importing.reader.errors import (
    MSG_PASSWORD as MSG_PASSWORD,
)
from kempen_desktop.services.importing.reader.errors import (
    MSG_TOO_MUCH_TEXT as MSG_TOO_MUCH_TEXT,
)
from kempen_desktop.services.importing.reader.errors import (
    RATIO_MIN_SIZE as RATIO_MIN_SIZE,
)
from kempen_desktop.services.importing.reader.errors import (
    ImportCancelled as ImportCancelled,
)
from kempen_desktop.services.importing.reader.errors import (
    SpreadsheetError as SpreadsheetError,
)
from kempen_desktop.services.importing.reader.errors import (
    _msg_unknown_sheet,
)
from kempen_desktop.services.importing.reader.isolated import (
    CHILD_THRESHOLD_BYTES,
    read_sheet_in_child,
)
from kempen_desktop.services.importing.reader.results import SheetData as SheetData
from kempen_desktop.services.importing.reader.results import SheetInfo as SheetInfo
from kempen_desktop.services.importing.reader.xlsx_scan import _greater_than as _greater_than
from kempen_desktop.services.importing.reader.xlsx_scan import _precheck_xlsx_sheet
from kempen_desktop.services.importing.reader.zipstream import _chunks_until as _chunks_until

__all__ = [
    "ImportCancelled",
    "SheetData",
    "SheetInfo",
    "SpreadsheetError",
    "list_sheets",
    "read_sheet",
]


# --------------------------------------------------------------------------- entry points


def list_sheets(path: Path) -> list[SheetInfo]:
    """The worksheets of the file in workbook order (chart and macro sheets left out)."""
    path = Path(path)
    kind = _inspect(path)
    if kind == "csv":
        return [SheetInfo(name=path.stem, visible=True)]
    workbook = _open_calamine(path, kind)
    try:
        return [SheetInfo(name, visible) for name, visible in _worksheets(workbook)]
    finally:
        _close(workbook)


def read_sheet(
    path: Path,
    sheet: str | None = None,
    *,
    max_rows: int = 200_000,
    should_cancel: Callable[[], bool] | None = None,
    isolated: bool = False,
) -> SheetData:
    """Read one sheet: ``sheet=None`` is the first visible worksheet.

    Rows whose cells are all empty are left out; row numbers stay those of the sheet.
    More than ``max_rows`` non-empty rows is a :class:`SpreadsheetError`.
    ``isolated``: parse a large workbook in a child process (see reader/isolated.py), for
    callers on a GUI application's worker thread.
    """
    path = Path(path)
    kind = _inspect(path)
    if isolated and kind != "csv" and path.stat().st_size > CHILD_THRESHOLD_BYTES:
        return read_sheet_in_child(path, sheet, max_rows=max_rows, should_cancel=should_cancel)
    if kind == "csv":
        if sheet is not None and sheet != path.stem:
            raise SpreadsheetError(_msg_unknown_sheet(sheet, [path.stem]))
        return _read_csv(path, max_rows, should_cancel)
    workbook = _open_calamine(path, kind)
    try:
        sheets = _worksheets(workbook)
        names = [name for name, _ in sheets]
        if sheet is None:
            visible = [name for name, shown in sheets if shown]
            if not visible:
                if not names:
                    raise SpreadsheetError(MSG_NO_SHEETS)
                raise SpreadsheetError(
                    MSG_NO_VISIBLE.format(names=", ".join(f"‘{n}’" for n in names))
                )
            sheet = visible[0]
        elif sheet not in names:
            raise SpreadsheetError(_msg_unknown_sheet(sheet, names))
        if kind == "xlsx":
            _precheck_xlsx_sheet(path, sheet)
        calamine_sheet = _calamine_call(lambda: workbook.get_sheet_by_name(sheet))
        return _collect_rows(calamine_sheet, sheet, max_rows, should_cancel)
    finally:
        _close(workbook)
