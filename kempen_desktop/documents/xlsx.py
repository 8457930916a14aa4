"""One way to write a list as a workbook that opens cleanly in Excel and LibreOffice.

Title and export date above a styled, frozen header with an autofilter; real date cells
with a date format, numbers as numbers, identifiers (INSZ, klantnummer) as text so that
leading zeros stay. Text that a spreadsheet could take for a formula is stored as a
string cell, never as a formula: this writer has no way to write a formula at all.

The workbook is written directly as SpreadsheetML (the parts of an .xlsx: content types,
workbook, one styles part, one worksheet per sheet, with inline strings), streamed row by
row into the zip: constant memory, and about twenty times faster than openpyxl without
lxml (100,000 dossiers with 18 columns in a few seconds instead of a minute). openpyxl
reads what this writes (the tests do). The file goes through a temporary file that
replaces the target only when complete.

Excel holds at most 32,767 characters in a cell and cuts ("repairs") a longer one when it
opens the file. A longer text keeps its first part in its own cell and continues, in order,
in extra columns at the right of the sheet headed "<kolom> (vervolg)", "<kolom> (vervolg 2)"…
(the subtitle says so): no character is lost, and each record stays on one row, so sorting
and filtering keep a text together. Those columns are known only once every row is written,
so the rows of a sheet wait in an anonymous spooled temporary file before the sheet part is
assembled (in memory up to a few MB).

Every sheet prints as a user wants it: A4 landscape, fitted to the width of one page (as
many pages down as needed), the header row repeated on every page (the ``_xlnm.Print_Titles``
defined name). Text columns are marked so Excel does not flag identifiers that look like
numbers ("number stored as text"): ``ignoredErrors numberStoredAsText``.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any, Literal
from xml.sax.saxutils import escape

from kempen_desktop.documents.atomic import atomic_output

Kind = Literal["text", "date", "datetime", "int", "number", "percent"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_HEADER_FILL = "1F4E79"
_TITLE_ROWS = 3  # title, subtitle/export date, blank
_EPOCH = datetime(1899, 12, 30)
_EPOCH_DATE = date(1899, 12, 30)
_MAX_ROWS = 1_048_576
MAX_CELL_CHARS = 32_767  # Excel's limit, in UTF-16 code units
_SPOOL_BYTES = 8 * 1024 * 1024

# Cell style ids in styles.xml below.
_S_TITLE, _S_SUBTITLE, _S_HEADER = 1, 2, 3
_KIND_STYLE = {"date": 4, "datetime": 5, "int": 6, "number": 7, "percent": 8}
_FORMATS = {
    "date": "DD/MM/YYYY",
    "datetime": "DD/MM/YYYY HH:MM",
    "int": "0",
    "number": "#,##0.00",
    "percent": "0.0%",
}


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


def write_workbook(
    path: Path, sheets: Sequence[XlsxSheet], *, exported_on: datetime | None = None
) -> int:
    """Write the sheets to `path`; returns the number of data rows written."""
    stamp = (exported_on or datetime.now()).strftime("%d-%m-%Y %H:%M")
    names = _unique_names([s.name for s in sheets] or ["Lijst"])
    written = 0
    filters: list[str] = []
    with (
        atomic_output(Path(path)) as temp,
        zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=5) as archive,
    ):
        for index, sheet in enumerate(sheets or [XlsxSheet("Lijst", [], [])], start=1):
            with archive.open(f"xl/worksheets/sheet{index}.xml", "w", force_zip64=True) as raw:
                count, last_column = _write_sheet(raw, sheet, stamp)
            written += count
            filters.append(
                f"${last_column}${_TITLE_ROWS + 1}:${last_column}${_TITLE_ROWS + 1 + count}"
            )
        count_sheets = max(1, len(sheets))
        archive.writestr("[Content_Types].xml", _content_types(count_sheets))
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("docProps/app.xml", _APP)
        archive.writestr("docProps/core.xml", _core(exported_on or datetime.now()))
        archive.writestr("xl/workbook.xml", _workbook(names, filters))
        archive.writestr("xl/_rels/workbook.xml.rels", _workbook_rels(count_sheets))
        archive.writestr("xl/styles.xml", _STYLES)
    return written


# --- one sheet -------------------------------------------------------------------------------


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def cell_pieces(text: str, limit: int = MAX_CELL_CHARS) -> list[str]:
    """`text` in pieces of at most `limit` UTF-16 code units (what Excel counts), cut only
    between characters; joined again they give `text`."""
    if len(text) <= limit // 2 or len(text.encode("utf-16-le")) <= 2 * limit:
        return [text]
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        units = len(text[start:end].encode("utf-16-le")) // 2
        while units > limit:  # a character beyond the BMP counts twice
            end -= 1
            units -= 2 if ord(text[end]) > 0xFFFF else 1
        if end < len(text) and end - 1 > start and text[end - 1] == "\r" and text[end] == "\n":
            end -= 1  # keep a line break in one piece
        pieces.append(text[start:end])
        start = end
    return pieces


class _Continuations:
    """The extra columns for long texts: (column, piece number) -> column index (0-based),
    in the order they are first needed, after every column a row has used so far."""

    def __init__(self) -> None:
        self.first_free = 0
        self.columns: dict[tuple[int, int], int] = {}

    def index(self, column: int, piece: int, used: int) -> int:
        if not self.columns:
            self.first_free = used
        key = (column, piece)
        if key not in self.columns:
            # Earlier pieces of the same column first, so the vervolg columns stay in order.
            for earlier in range(1, piece):
                self.index(column, earlier, used)
            self.columns[key] = self.first_free + len(self.columns)
        return self.columns[key]

    def check(self, used: int) -> None:
        if self.columns and used > self.first_free:
            raise ValueError(
                "Een rij met meer waarden dan kolommen na een lange tekst: "
                "de vervolgkolommen zouden ze overschrijven."
            )


def _write_sheet(raw: IO[bytes], sheet: XlsxSheet, stamp: str) -> tuple[int, str]:
    columns = list(sheet.columns)
    width = max(1, len(columns))
    letters = [column_letter(i) for i in range(1, width + 1)]
    header_row = _TITLE_ROWS + 1
    kinds = [column.kind for column in columns]
    count = 0
    row_number = header_row
    buffer: list[str] = []
    extra = _Continuations()
    used = width  # columns used so far (a row may hold more values than there are columns)
    with tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES) as rows_part:
        for row in sheet.rows:
            row_number += 1
            count += 1
            if row_number > _MAX_ROWS:
                raise ValueError("Te veel rijen voor één werkblad (meer dan 1.048.576).")
            used = max(used, len(row))
            extra.check(used)
            cells = [f'<row r="{row_number}">']
            later: list[tuple[int, str]] = []
            for index, value in enumerate(row):
                if value is None or value == "":
                    continue
                if index >= len(letters):
                    letters.append(column_letter(index + 1))
                kind = kinds[index] if index < len(kinds) else "text"
                if isinstance(value, str) and len(value) > MAX_CELL_CHARS // 2:
                    value, *rest = cell_pieces(_text(value))
                    for number, piece in enumerate(rest, start=1):
                        at = extra.index(index, number, used)
                        later.append(
                            (at, _text_cell(f"{column_letter(at + 1)}{row_number}", piece))
                        )
                cells.append(_cell(f"{letters[index]}{row_number}", kind, value))
            # Cells in column order: the continuation columns come after every other one.
            cells += [cell for _at, cell in sorted(later)]
            cells.append("</row>")
            buffer.append("".join(cells))
            if len(buffer) >= 500:
                rows_part.write("".join(buffer).encode("utf-8"))
                buffer.clear()
        rows_part.write("".join(buffer).encode("utf-8"))
        buffer.clear()
        headers = [column.header for column in columns]
        continued = {
            at: f"{headers[column] if column < len(headers) else column_letter(column + 1)}"
            f" (vervolg{'' if piece == 1 else f' {piece}'})"
            for (column, piece), at in extra.columns.items()
        }
        raw.write(_sheet_head(sheet, stamp, columns, continued).encode("utf-8"))
        rows_part.seek(0)
        shutil.copyfileobj(rows_part, raw, 1024 * 1024)
    total = max(width, extra.first_free + len(extra.columns)) if extra.columns else width
    last = column_letter(total)
    text_columns = [i for i, kind in enumerate(kinds) if kind == "text"]
    text_columns += sorted(extra.columns.values())
    tail = [
        "</sheetData>",
        f'<autoFilter ref="A{header_row}:{last}{header_row + count}"/>',
        (
            '<pageMargins left="0.5" right="0.5" top="0.75" '
            'bottom="0.75" header="0.3" footer="0.3"/>'
            '<pageSetup orientation="landscape" paperSize="9" fitToWidth="1" fitToHeight="0"/>'
        ),
        _ignored_errors(text_columns, header_row + 1, header_row + count),
        "</worksheet>",
    ]
    raw.write("".join(tail).encode("utf-8"))
    return count, last


def _ignored_errors(columns: list[int], first: int, last: int) -> str:
    """Identifiers and other text that looks like a number are text on purpose."""
    if not columns or last < first:
        return ""
    ranges, start = [], columns[0]
    for previous, column in zip(columns, [*columns[1:], None], strict=True):
        if column != previous + 1:  # close a run of adjacent columns
            ranges.append(f"{column_letter(start + 1)}{first}:{column_letter(previous + 1)}{last}")
            start = column if column is not None else start
    return (
        f'<ignoredErrors><ignoredError sqref="{" ".join(ranges)}" numberStoredAsText="1"/>'
        "</ignoredErrors>"
    )


def _sheet_head(
    sheet: XlsxSheet, stamp: str, columns: list[XlsxColumn], continued: dict[int, str]
) -> str:
    """Everything of a sheet part before its data rows: view, column widths, title,
    subtitle and the header row (with the continuation columns of long texts)."""
    header_row = _TITLE_ROWS + 1
    out: list[str] = [
        (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
            '<sheetViews><sheetView workbookViewId="0">'
            f'<pane ySplit="{header_row}" topLeftCell="A{header_row + 1}" activePane="bottomLeft" '
            'state="frozen"/>'
            '<selection pane="bottomLeft" '
            f'activeCell="A{header_row + 1}" sqref="A{header_row + 1}"/>'
            '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
        )
    ]
    if columns or continued:
        out.append("<cols>")
        for index, column in enumerate(columns, start=1):
            chars = column.width or max(10.0, min(40.0, len(column.header) + 4))
            out.append(f'<col min="{index}" max="{index}" width="{chars:g}" customWidth="1"/>')
        for at in sorted(continued):
            out.append(f'<col min="{at + 1}" max="{at + 1}" width="40" customWidth="1"/>')
        out.append("</cols>")
    out.append("<sheetData>")
    note = "lange teksten lopen verder in de kolommen '(vervolg)' rechts" if continued else ""
    subtitle = " — ".join(
        part for part in (sheet.subtitle, f"Geëxporteerd op {stamp}", note) if part
    )
    out.append(
        f'<row r="1"><c r="A1" s="{_S_TITLE}" t="inlineStr"><is><t xml:space="preserve">'
        f"{_xml_text(sheet.title)}</t></is></c></row>"
    )
    out.append(
        f'<row r="2"><c r="A2" s="{_S_SUBTITLE}" t="inlineStr"><is><t xml:space="preserve">'
        f"{_xml_text(subtitle)}</t></is></c></row>"
    )
    out.append(f'<row r="{header_row}" ht="30" customHeight="1">')
    headers = [(index, column.header) for index, column in enumerate(columns)]
    headers += sorted(continued.items())
    for index, header in headers:
        out.append(
            f'<c r="{column_letter(index + 1)}{header_row}" s="{_S_HEADER}" t="inlineStr">'
            f'<is><t xml:space="preserve">{_xml_text(header)}</t></is></c>'
        )
    out.append("</row>")
    return "".join(out)


def _text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_xml_text(text)}</t></is></c>'


def _cell(ref: str, kind: str, value: Any) -> str:
    if kind == "text" or isinstance(value, str):
        # Always a string cell: whatever it starts with, it is never read as a formula.
        return _text_cell(ref, value)
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if kind in ("date", "datetime"):
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                value = value.replace(tzinfo=None)
            delta = value - _EPOCH
            serial: float = delta.days + delta.seconds / 86400
            if kind == "date":
                serial = float(delta.days)
        elif isinstance(value, date):
            serial = float((value - _EPOCH_DATE).days)
            kind = "date"  # a day without a time, also in a date-time column
        else:
            raise TypeError(f"expected a date in a {kind} column, got {type(value).__name__}")
        return f'<c r="{ref}" s="{_KIND_STYLE[kind]}"><v>{serial!r}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}" s="{_KIND_STYLE.get(kind, 0)}"><v>{value!r}</v></c>'
    if isinstance(value, time):
        return f'<c r="{ref}" t="inlineStr"><is><t>{value:%H:%M}</t></is></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_xml_text(value)}</t></is></c>'


def _text(value: Any) -> str:
    # Control characters other than tab and newlines are not allowed in XML.
    text = str(value)
    return "".join(ch for ch in text if ch >= " " or ch in "\t\n\r")


def _xml_text(value: Any) -> str:
    text = str(value)
    if text.isprintable():
        return escape(text)
    # A carriage return as a character reference: XML parsers turn a literal one into \n.
    return escape(_text(text)).replace("\r", "&#13;")


def _sheet_name(name: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in name).strip("'") or "Lijst"
    return cleaned[:31]


def _unique_names(names: list[str]) -> list[str]:
    result: list[str] = []
    for name in names:
        base = _sheet_name(name)
        candidate, number = base, 2
        while candidate.casefold() in {n.casefold() for n in result}:
            suffix = f" ({number})"
            candidate, number = base[: 31 - len(suffix)] + suffix, number + 1
        result.append(candidate)
    return result


# --- package parts -----------------------------------------------------------------------------

_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
    'core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)

_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>Kempen Desktop</Application></Properties>"
)


def _core(stamp: datetime) -> str:
    when = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        "<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:creator>Kempen Desktop</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def _content_types(sheets: int) -> str:
    parts = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, sheets + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        f"{parts}</Types>"
    )


def _workbook(names: list[str], filters: list[str]) -> str:
    sheets = "".join(
        f'<sheet name="{escape(name, {chr(34): "&quot;"})}" sheetId="{i}" r:id="rId{i}"/>'
        for i, name in enumerate(names, start=1)
    )
    defined = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
        f"{escape(_quoted(name))}!$A${_TITLE_ROWS + 1}:{ref.split(':')[1]}</definedName>"
        for i, (name, ref) in enumerate(zip(names, filters, strict=False))
    )
    defined += "".join(  # the header row on every printed page
        f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">'
        f"{escape(_quoted(name))}!${_TITLE_ROWS + 1}:${_TITLE_ROWS + 1}</definedName>"
        for i, name in enumerate(names)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<bookViews><workbookView activeTab="0"/></bookViews>'
        f"<sheets>{sheets}</sheets>"
        + (f"<definedNames>{defined}</definedNames>" if defined else "")
        + "</workbook>"
    )


def _quoted(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _workbook_rels(sheets: int) -> str:
    rels = "".join(
        f'<Relationship Id="rId{i}" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, sheets + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'{rels}<Relationship Id="rId{sheets + 1}" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
        'Target="styles.xml"/>'
        "</Relationships>"
    )


_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="4">'
    f'<numFmt numFmtId="164" formatCode="{_FORMATS["date"]}"/>'
    f'<numFmt numFmtId="165" formatCode="{_FORMATS["datetime"]}"/>'
    f'<numFmt numFmtId="166" formatCode="{_FORMATS["number"]}"/>'
    f'<numFmt numFmtId="167" formatCode="{_FORMATS["percent"]}"/>'
    "</numFmts>"
    '<fonts count="4">'
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>'
    '<font><i/><sz val="11"/><color rgb="FF555555"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/><family val="2"/></font>'
    "</fonts>"
    '<fills count="3"><fill><patternFill '
    'patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor '
    f'rgb="FF{_HEADER_FILL}"/><bgColor indexed="64"/></patternFill>'
    "</fill></fills>"
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="9">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="3" fillId="2" borderId="0" '
    'xfId="0" applyFont="1" applyFill="1" applyAlignment="1">'
    '<alignment vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
