"""Pre-scan of an .ods content.xml: area and text of every table, repeats included."""

from __future__ import annotations

import re
import zipfile

from kempen_desktop.services.importing.reader.errors import (
    _HEAD,
    MAX_CELLS,
    MAX_TEXT,
    MSG_DOCTYPE,
    MSG_TOO_MUCH_TEXT,
    SpreadsheetError,
    _msg_too_many_cells,
)
from kempen_desktop.services.importing.reader.zipstream import (
    _DTD,
    _chunks_until,
    _prolog,
    _zip_stream,
)

# --------------------------------------------------------------------------- .ods

_ODS_ROW_START = b"<table:table-row"
_ODS_ROW_END = b"</table:table-row>"
_ODS_ROW_REPEAT = re.compile(rb'table:number-rows-repeated="([0-9]+)"')
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell(?=[\s/>])([^>]*)>")
_ODS_COL_REPEAT = re.compile(rb'table:number-columns-repeated="([0-9]+)"')
_ODS_SPACES = re.compile(rb'text:c="([0-9]+)"')


class _OdsTable:
    __slots__ = ("first", "last", "rows", "text", "width")

    def __init__(self) -> None:
        self.rows = 0  # rows seen so far (with repeats)
        self.first = -1  # first and last row with content
        self.last = -1
        self.width = 0
        self.text = 0


def _find_all(data: bytes, needle: bytes) -> list[int]:
    found = []
    at = data.find(needle)
    while at >= 0:
        found.append(at)
        at = data.find(needle, at + 1)
    return found


def _precheck_ods(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Area and text that calamine will build for every table in content.xml.

    calamine parses the whole content.xml (all tables) when the file is opened, copying
    repeated non-empty cells and repeated rows; the area it allocates per table is the
    rows between the first and last row with content times the widest such row.
    """
    table = _OdsTable()
    first = True
    for chunk in _chunks_until(_zip_stream(zf, info), _ODS_ROW_END):
        if first:
            if _DTD.search(_prolog(chunk[:_HEAD])):
                raise SpreadsheetError(MSG_DOCTYPE)
            first = False
        table_starts = _find_all(chunk, b"<table:table ") if b"<table:table" in chunk else []
        position = 0
        while True:
            start = chunk.find(_ODS_ROW_START, position)
            if start < 0:
                break
            end = chunk.find(_ODS_ROW_END, start)
            if end < 0:
                break
            following = chunk[start + len(_ODS_ROW_START) : start + len(_ODS_ROW_START) + 1]
            position = end + len(_ODS_ROW_END)
            if following not in (b" ", b">", b"/", b"\t", b"\n", b"\r"):
                continue  # <table:table-rows> or <table:table-row-group>
            while table_starts and table_starts[0] < start:
                _check_ods_table(table)
                table = _OdsTable()
                table_starts.pop(0)
            _add_ods_row(table, chunk, start, chunk.find(b">", start), end)
        if table_starts:
            _check_ods_table(table)
            table = _OdsTable()
    _check_ods_table(table)


def _add_ods_row(table: _OdsTable, chunk: bytes, start: int, body: int, end: int) -> None:
    """One <table:table-row>: chunk[start:body] is its start tag, chunk[body:end] its cells.

    Only byte searches within the row (no per-cell Python): the row is as wide as its
    cells up to the last one with a value, formula or content, repeats included; the
    text of a repeated cell is counted once per copy (upper bound: the row's bytes times
    its largest repeat).
    """
    repeat_match = _ODS_ROW_REPEAT.search(chunk, start, body)
    repeat = int(repeat_match.group(1)) if repeat_match else 1
    last = max(
        chunk.rfind(b"office:value", body, end),
        chunk.rfind(b"table:formula", body, end),
        chunk.rfind(b"</table:table-cell>", body, end),
        chunk.rfind(b"</table:covered-table-cell>", body, end),
    )
    if last < 0:  # only empty cells: calamine keeps nothing of this row
        table.rows += repeat
        return
    boundary = chunk.find(b">", last, end) + 1 or end
    width = chunk.count(b"<table:table-cell", body, boundary) + chunk.count(
        b"<table:covered-table-cell", body, boundary
    )
    copies = 1
    if chunk.find(b"repeated", body, boundary) >= 0:
        repeats = [int(n) for n in _ODS_COL_REPEAT.findall(chunk, body, boundary)]
        if repeats:
            width += sum(repeats) - len(repeats)
            copies = max(repeats)
    text = end - body
    if chunk.find(b"text:c=", body, end) >= 0:
        text += sum(int(n) for n in _ODS_SPACES.findall(chunk, body, end))
    text *= copies
    if table.first < 0:
        table.first = table.rows
    table.rows += repeat
    table.last = table.rows - 1
    table.width = max(table.width, width)
    table.text += text * repeat
    if (table.last - table.first + 1) * table.width > MAX_CELLS:
        raise SpreadsheetError(_msg_too_many_cells(None))
    if table.text > MAX_TEXT:
        raise SpreadsheetError(MSG_TOO_MUCH_TEXT)


def _check_ods_table(table: _OdsTable) -> None:
    if table.first >= 0 and (table.last - table.first + 1) * table.width > MAX_CELLS:
        raise SpreadsheetError(_msg_too_many_cells(None))
