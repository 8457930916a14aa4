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

import codecs
import csv
import io
import os
import re
import struct
import sys
import zipfile
import zlib
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from python_calamine import CalamineSheet, CalamineWorkbook

_T = TypeVar("_T")

__all__ = [
    "ImportCancelled",
    "SheetData",
    "SheetInfo",
    "SpreadsheetError",
    "list_sheets",
    "read_sheet",
]


class SpreadsheetError(Exception):
    """The file cannot be imported; ``str(error)`` is one clear Dutch sentence for the user."""


class ImportCancelled(Exception):
    """``should_cancel()`` returned True while reading."""

    def __init__(self, message: str = "Het inlezen is geannuleerd.") -> None:
        super().__init__(message)


@dataclass(frozen=True)
class SheetInfo:
    name: str
    visible: bool


@dataclass(frozen=True)
class SheetData:
    name: str
    # (row number as the spreadsheet shows it, 1-based, counting title rows; cells).
    # cells[i] is column i (A = 0). A cell is str (raw text), int, float, bool,
    # datetime.date, datetime.datetime, datetime.time, datetime.timedelta, or None.
    rows: list[tuple[int, list[object]]]


# --------------------------------------------------------------------------- limits

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_CSV_BYTES = 300 * 1024 * 1024
MAX_UNCOMPRESSED = 500 * 1000 * 1000  # all zip entries together
MAX_RATIO = 200  # per zip entry ...
RATIO_MIN_SIZE = 20 * 1000 * 1000  # ... once it unpacks to more than this
MAX_ZIP_ENTRIES = 10_000
MAX_CELLS = 12_000_000  # bounding box of one sheet (calamine: ~32 bytes per cell)
MAX_TEXT = 300_000_000  # characters of cell text in one sheet
CANCEL_EVERY = 2048  # rows between should_cancel() calls
_HEAD = 64 * 1024
_CHUNK = 4 * 1024 * 1024
_MAX_PIECE = 64 * 1024 * 1024  # longest stretch of XML without a ">" (or ODS row) accepted

# --------------------------------------------------------------------------- messages

MSG_EMPTY = "Het bestand is leeg."
MSG_PASSWORD = (
    "Dit bestand is beveiligd met een wachtwoord. Verwijder eerst het wachtwoord in Excel "
    "of LibreOffice en probeer opnieuw."
)
MSG_BOMB = "Dit bestand is verdacht groot als het uitgepakt wordt en wordt niet geopend."
MSG_CORRUPT = "Dit bestand is beschadigd of geen geldig Excel-bestand."
MSG_NOT_SPREADSHEET = (
    "Dit is geen spreadsheet die Kempen Desktop kan lezen (gebruik .xlsx, .xls, .ods of .csv)."
)
MSG_OLD_EXCEL = (
    "Dit is een heel oud Excel-bestand (Excel 4.0 of ouder) dat Kempen Desktop niet kan "
    "lezen. Open het in Excel of LibreOffice, bewaar het als .xlsx en probeer opnieuw."
)
MSG_DOCTYPE = (
    "Dit bestand bevat verdachte XML-instructies (een DOCTYPE of entiteiten) en wordt om "
    "veiligheidsredenen niet geopend."
)
MSG_MACROSHEET = (
    "Dit bestand bevat een Excel 4.0-macroblad dat Kempen Desktop niet kan lezen. Kopieer "
    "de gegevens naar een nieuwe werkmap en probeer opnieuw."
)
MSG_TOO_MUCH_TEXT = (
    "Dit bestand bevat te veel tekst (meer dan 300 miljoen tekens) en wordt niet geopend."
)
MSG_NO_SHEETS = "Dit bestand bevat geen werkbladen met gegevens."
MSG_NO_VISIBLE = "Dit bestand bevat geen zichtbaar werkblad. Kies zelf een werkblad: {names}."


def _dutch_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _msg_too_big(limit: int) -> str:
    return f"Het bestand is te groot om in te lezen (meer dan {limit // (1024 * 1024)} MB)."


def _msg_too_many_rows(max_rows: int) -> str:
    return (
        f"Het bestand heeft meer dan {_dutch_int(max_rows)} rijen; splits de lijst op in "
        "kleinere bestanden en probeer opnieuw."
    )


def _msg_too_many_cells(sheet: str | None) -> str:
    where = f"Het werkblad ‘{sheet}’" if sheet else "Een werkblad in dit bestand"
    return (
        f"{where} beslaat meer dan {_dutch_int(MAX_CELLS)} cellen (misschien staat er ver "
        "onder of naast de lijst nog een losse cel). Kopieer de lijst naar een nieuw "
        "werkblad en probeer opnieuw."
    )


def _msg_unknown_sheet(sheet: str, names: list[str]) -> str:
    available = ", ".join(f"‘{n}’" for n in names) if names else "geen"
    return (
        f"Het werkblad ‘{sheet}’ bestaat niet in dit bestand. Beschikbare werkbladen: {available}."
    )


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
) -> SheetData:
    """Read one sheet: ``sheet=None`` is the first visible worksheet.

    Rows whose cells are all empty are left out; row numbers stay those of the sheet.
    More than ``max_rows`` non-empty rows is a :class:`SpreadsheetError`.
    """
    path = Path(path)
    kind = _inspect(path)
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


# --------------------------------------------------------------------------- inspection

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MARKUP = re.compile(
    r"<(?:\?xml|!doctype|!--|html|head|body|meta|table|style|office:|workbook|ss:|x:)",
    re.IGNORECASE,
)
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def _inspect(path: Path) -> str:
    """Check the file and return "xlsx", "xlsb", "ods", "xls" or "csv"; raise otherwise."""
    name = path.name
    try:
        st = path.stat()
    except FileNotFoundError:
        raise SpreadsheetError(
            f"Het bestand ‘{name}’ bestaat niet (meer). Kies het opnieuw."
        ) from None
    except PermissionError:
        raise SpreadsheetError(_msg_no_access(name)) from None
    except OSError:
        raise SpreadsheetError(f"Het bestand ‘{name}’ kon niet gelezen worden.") from None
    if path.is_dir():
        raise SpreadsheetError(f"‘{name}’ is een map, geen bestand.")
    if st.st_size == 0:
        raise SpreadsheetError(MSG_EMPTY)
    if st.st_size > MAX_FILE_BYTES:
        raise SpreadsheetError(_msg_too_big(MAX_FILE_BYTES))
    head = _read_head(path, _HEAD)
    if head.startswith(_ZIP_MAGICS):
        return _inspect_zip(path)
    if head.startswith(_OLE_MAGIC):
        _inspect_ole(path)
        return "xls"
    if _looks_like_old_biff(head):
        raise SpreadsheetError(MSG_OLD_EXCEL)
    if _looks_like_text(head):
        if st.st_size > MAX_CSV_BYTES:
            raise SpreadsheetError(_msg_too_big(MAX_CSV_BYTES))
        text_head = _decode(head)[0].lstrip("\ufeff \t\r\n")
        if _MARKUP.match(text_head):  # HTML table or XML (SpreadsheetML 2003, flat ODS)
            raise SpreadsheetError(MSG_NOT_SPREADSHEET)
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".txt", ".tsv", ".tab") and not _has_delimiter(text_head):
            # A one-line note named .xls is not a list; a .csv with one column may be.
            raise SpreadsheetError(MSG_NOT_SPREADSHEET)
        return "csv"
    raise SpreadsheetError(MSG_NOT_SPREADSHEET)


def _msg_no_access(name: str) -> str:
    return (
        f"Kempen Desktop kan ‘{name}’ niet openen: het is in gebruik door een ander programma "
        "of u hebt geen leesrechten. Sluit het bestand (bijvoorbeeld in Excel) en probeer opnieuw."
    )


def _read_head(path: Path, size: int) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except PermissionError:
        raise SpreadsheetError(_msg_no_access(path.name)) from None
    except OSError:
        raise SpreadsheetError(f"Het bestand ‘{path.name}’ kon niet gelezen worden.") from None


def _read_all(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except PermissionError:
        raise SpreadsheetError(_msg_no_access(path.name)) from None
    except OSError:
        raise SpreadsheetError(f"Het bestand ‘{path.name}’ kon niet gelezen worden.") from None


def _looks_like_old_biff(head: bytes) -> bool:
    # A bare BIFF2/3/4 (or BIFF5 without OLE container) stream starts with a BOF record.
    if len(head) < 8:
        return False
    rtype, size = struct.unpack_from("<HH", head)
    return rtype in (0x0009, 0x0209, 0x0409, 0x0809) and 4 <= size <= 20


_CONTROL = bytes(range(9)) + b"\x0b\x0e\x0f" + bytes(range(0x10, 0x1B)) + bytes(range(0x1C, 0x20))


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if b"\x00" in head:
        return False
    sample = head[:8192]
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls <= max(2, len(sample) // 100)


def _decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    body = data[3:] if data.startswith(codecs.BOM_UTF8) else data
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        # A head cut in the middle of a multi-byte character is still UTF-8.
        if error.reason == "unexpected end of data" and len(body) - error.start < 4:
            return body[: error.start].decode("utf-8"), "utf-8"
        return body.decode("cp1252", errors="replace"), "cp1252"


def _has_delimiter(text: str) -> bool:
    return _sniff_delimiter(text)[1]


# --------------------------------------------------------------------------- zip packages

# Content type of the workbook part (transitional and strict; .xlsx/.xlsm/.xltx/.xlam/.xlsb).
_OOXML_MAIN = re.compile(
    rb"(?:spreadsheetml\.(?:sheet|template)|ms-excel\.(?:sheet|template|addin)(?:\.binary)?\.macroEnabled)\.main",
    re.IGNORECASE,
)
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except PermissionError:
        raise SpreadsheetError(_msg_no_access(path.name)) from None
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
        struct.error,
        UnicodeDecodeError,
        OverflowError,
    ):
        raise SpreadsheetError(MSG_CORRUPT) from None


def _zip_entry_count(path: Path) -> int:
    """Entries announced by the end-of-central-directory record (zip64 too), read directly.

    zipfile builds an object per entry before anything can be checked; a 500 MB archive
    of empty entries would be millions of them.
    """
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - 66_000))
            tail = handle.read()
            at = tail.rfind(b"PK\x05\x06")
            if at < 0 or at + 22 > len(tail):
                return 0
            total: int = struct.unpack_from("<H", tail, at + 10)[0]
            if total == 0xFFFF and at >= 20 and tail[at - 20 : at - 16] == b"PK\x06\x07":
                handle.seek(struct.unpack_from("<Q", tail, at - 12)[0])
                record = handle.read(56)
                if record[:4] == b"PK\x06\x06" and len(record) == 56:
                    total = struct.unpack_from("<Q", record, 32)[0]
            return total
    except (OSError, ValueError, OverflowError, struct.error):
        return 0


def _inspect_zip(path: Path) -> str:
    if _zip_entry_count(path) > MAX_ZIP_ENTRIES:
        raise SpreadsheetError(MSG_BOMB)
    zf = _open_zip(path)
    with zf:
        infos = zf.infolist()
        if not infos:
            raise SpreadsheetError(MSG_CORRUPT)
        if len(infos) > MAX_ZIP_ENTRIES:
            raise SpreadsheetError(MSG_BOMB)
        seen: set[str] = set()
        total = 0
        for info in infos:
            key = info.filename.replace("\\", "/").lower()
            if key in seen:
                raise SpreadsheetError(MSG_CORRUPT)
            seen.add(key)
            total += info.file_size
            if info.file_size > RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                raise SpreadsheetError(MSG_BOMB)
        if total > MAX_UNCOMPRESSED:
            raise SpreadsheetError(MSG_BOMB)
        names = {info.filename.replace("\\", "/").lower(): info for info in infos}

        if "[content_types].xml" in names:
            content_types = _zip_read_all(zf, names["[content_types].xml"], 16 * 1024 * 1024)
            if _DTD.search(content_types):
                raise SpreadsheetError(MSG_DOCTYPE)
            if any(info.flag_bits & 0x1 for info in infos):
                raise SpreadsheetError(MSG_PASSWORD)
            if not _OOXML_MAIN.search(content_types):
                if any(n.startswith("xl/") for n in names):
                    raise SpreadsheetError(MSG_CORRUPT)
                raise SpreadsheetError(MSG_NOT_SPREADSHEET)  # a Word or PowerPoint file
            kind = "xlsb" if b"sheet.binary" in content_types.lower() else "xlsx"
            _check_package_parts(zf, infos, kind)
            if kind == "xlsb":
                _precheck_xlsb(zf, infos)
            return kind

        mimetype = _zip_read_head(zf, names["mimetype"]).strip() if "mimetype" in names else b""
        if mimetype.startswith(b"application/vnd.oasis.opendocument") or "content.xml" in names:
            if b"spreadsheet" not in mimetype and mimetype:
                raise SpreadsheetError(MSG_NOT_SPREADSHEET)  # a text document or presentation
            manifest = names.get("meta-inf/manifest.xml")
            if manifest is not None and b"encryption-data" in _zip_read_all(
                zf, manifest, 8 * 1024 * 1024
            ):
                raise SpreadsheetError(MSG_PASSWORD)
            if any(info.flag_bits & 0x1 for info in infos):
                raise SpreadsheetError(MSG_PASSWORD)
            if "content.xml" not in names:
                raise SpreadsheetError(MSG_CORRUPT)
            _check_package_parts(zf, infos, "ods")
            _precheck_ods(zf, names["content.xml"])
            return "ods"

        if any(n.startswith(("xl/", "_rels/")) for n in names):
            raise SpreadsheetError(MSG_CORRUPT)  # an Excel package without [Content_Types].xml
        raise SpreadsheetError(MSG_NOT_SPREADSHEET)  # e.g. a zip of CSV files


def _zip_stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo, first: int = _CHUNK) -> Iterator[bytes]:
    """Decompress an entry chunk by chunk (the first chunk ``first`` bytes at most).

    zipfile stops at the declared size and checks the CRC, so a lying header or a
    damaged entry becomes MSG_CORRUPT instead of being trusted.
    """
    try:
        with zf.open(info) as handle:
            size = first
            while True:
                chunk = handle.read(size)
                if not chunk:
                    return
                yield chunk
                size = _CHUNK
    except SpreadsheetError:
        raise
    except RuntimeError as error:  # zip-level encryption
        if "encrypted" in str(error) or "password" in str(error):
            raise SpreadsheetError(MSG_PASSWORD) from None
        raise SpreadsheetError(MSG_CORRUPT) from None
    except (
        zipfile.BadZipFile,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
        struct.error,
        OverflowError,
        MemoryError,
        zlib.error,
    ):
        raise SpreadsheetError(MSG_CORRUPT) from None


def _zip_read_head(zf: zipfile.ZipFile, info: zipfile.ZipInfo, size: int = _HEAD) -> bytes:
    for chunk in _zip_stream(zf, info, size):
        return chunk
    return b""


def _zip_read_all(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise SpreadsheetError(MSG_BOMB)
    return b"".join(_zip_stream(zf, info))


def _is_xml_part(name: str) -> bool:
    return name.endswith((".xml", ".rels", ".vml")) or name == "mimetype"


def _check_package_parts(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], kind: str) -> None:
    """Every XML part: no DOCTYPE/ENTITY; every part calamine reads at open: intact.

    Worksheets (.xlsx) are read and checked in full by read_sheet; ODS content.xml by
    _precheck_ods; xlsb sheets by _precheck_xlsb. Everything else is decompressed once
    here so that a lying size or CRC is caught before calamine trusts it.
    """
    for info in infos:
        name = info.filename.replace("\\", "/").lower()
        if info.is_dir():
            continue
        if _is_xml_part(name):
            first = True
            for chunk in _zip_stream(zf, info, _HEAD):
                if first and _DTD.search(_prolog(chunk)):
                    raise SpreadsheetError(MSG_DOCTYPE)
                first = False
                if not _needs_full_read(name, kind):
                    break
        elif _needs_full_read(name, kind):
            for _ in _zip_stream(zf, info):
                pass


def _needs_full_read(name: str, kind: str) -> bool:
    if kind == "ods":
        return name in ("styles.xml", "meta-inf/manifest.xml", "settings.xml", "meta.xml")
    if "/worksheets/" in name or name.startswith("worksheets/"):
        return False  # checked when that sheet is read
    return (
        name.endswith((".xml", ".rels", ".bin"))
        and "embeddings/" not in name
        and "/media/" not in name
    )


def _prolog(head: bytes) -> bytes:
    """The part of an XML head before its root element (where a DOCTYPE must stand)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", errors="replace").encode("utf-8", errors="replace")
    elif head[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        head = head.decode(
            "utf-16-le" if head[0] == 0x3C else "utf-16-be", errors="replace"
        ).encode()
    position = 0
    while True:
        start = head.find(b"<", position)
        if start < 0 or start + 1 >= len(head):
            return head
        following = head[start + 1 : start + 2]
        if following == b"?":
            end = head.find(b"?>", start)
        elif head.startswith(b"<!--", start):
            end = head.find(b"-->", start)
        elif following == b"!":
            return head  # <!DOCTYPE ...>
        else:
            return head[:start]
        if end < 0:
            return head
        position = end + 2


def _chunks_until(
    stream: Iterator[bytes], terminator: bytes, limit: int = _MAX_PIECE
) -> Iterator[bytes]:
    """Re-chunk a byte stream so every chunk ends just after ``terminator``.

    No tag or row is then cut in two. Linear in the input; a stretch of more than
    ``limit`` bytes without the terminator (no workbook has one) is MSG_CORRUPT.
    """
    pending: list[bytes] = []
    size = 0
    keep = len(terminator) - 1  # a terminator may straddle two chunks
    for chunk in stream:
        tail = pending[-1][-keep:] if pending and keep else b""
        found = (tail + chunk).rfind(terminator) if tail else chunk.rfind(terminator)
        if found < 0:
            pending.append(chunk)
            size += len(chunk)
            if size > limit:
                raise SpreadsheetError(MSG_CORRUPT)
            continue
        end = found + len(terminator) - len(tail)
        pending.append(chunk[:end])
        yield b"".join(pending)
        rest = chunk[end:]
        pending = [rest] if rest else []
        size = len(rest)
    if pending:
        yield b"".join(pending)


# --------------------------------------------------------------------------- .xlsx sheets

_TOKENS = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?(row|c)(?=[\s/>])([^>]*)>")
_ATTR_R = re.compile(rb'(?:^|\s)r\s*=\s*["\']([A-Za-z]*)([0-9]*)["\']')
_SHARED_REF_EXCEL = re.compile(rb't="s"><v>([0-9]+)</v>')  # how Excel and LibreOffice write it
_SHARED_REF = re.compile(rb'<c [^>]*t="s"[^>]*>\s*<v>\s*([0-9]+)\s*</v>')


def _column_index(letters: bytes) -> int:
    index = 0
    for byte in letters.upper():
        index = index * 26 + (byte - 64)
    return index - 1


def _greater_than(n: int) -> bytes:
    """Regex alternatives matching a decimal integer strictly greater than ``n``."""
    digits = str(n)
    width = len(digits)
    alternatives = [b"[1-9][0-9]{%d,}" % width]
    for i, char in enumerate(digits):
        d = int(char)
        if d < 9:
            rest = width - i - 1
            alternatives.append(
                digits[:i].encode() + b"[%d-9]" % (d + 1) + (b"[0-9]{%d}" % rest if rest else b"")
            )
    return b"0*(?:" + b"|".join(alternatives) + b')"'


class _Box:
    """Bounding box of non-empty cells, in 0-based rows/columns."""

    __slots__ = ("max_col", "max_row", "min_col", "min_row")

    def __init__(self) -> None:
        self.min_row = self.min_col = sys.maxsize
        self.max_row = self.max_col = -1

    def add(self, row: int, col: int) -> None:
        self.min_row = min(self.min_row, row)
        self.max_row = max(self.max_row, row)
        self.min_col = min(self.min_col, col)
        self.max_col = max(self.max_col, col)

    def cells(self) -> int:
        if self.max_row < 0:
            return 0
        return (self.max_row - self.min_row + 1) * (self.max_col - self.min_col + 1)


def _resolve_sheet_parts(zf: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo]) -> dict[str, str]:
    """Sheet name -> lower-case zip entry name, through _rels/.rels and the workbook rels."""
    from defusedxml import ElementTree as SafeET  # type: ignore[import-untyped,unused-ignore]

    def parse(entry: str) -> Any:
        info = names.get(entry)
        if info is None or info.file_size > 16 * 1024 * 1024:
            return None
        try:
            return SafeET.fromstring(b"".join(_zip_stream(zf, info)), forbid_dtd=True)
        except SpreadsheetError:
            raise
        except Exception:  # noqa: BLE001 - unreadable rels: fall back to scanning every sheet
            return None

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1]

    def resolve(base_dir: str, target: str) -> str:
        target = target.replace("\\", "/")
        joined = (
            target.lstrip("/")
            if target.startswith("/")
            else f"{base_dir}/{target}"
            if base_dir
            else target
        )
        parts: list[str] = []
        for piece in joined.split("/"):
            if piece in ("", "."):
                continue
            if piece == "..":
                if parts:
                    parts.pop()
            else:
                parts.append(piece)
        return "/".join(parts).lower()

    result: dict[str, str] = {}
    root_rels = parse("_rels/.rels")
    if root_rels is None:
        return result
    workbook_part = None
    for rel in root_rels:
        if local(rel.tag) == "Relationship" and rel.get("Type", "").endswith("/officeDocument"):
            workbook_part = resolve("", rel.get("Target", ""))
    if workbook_part is None:
        return result
    workbook = parse(workbook_part)
    base_dir, _, file_name = workbook_part.rpartition("/")
    workbook_rels = parse(
        f"{base_dir}/_rels/{file_name}.rels" if base_dir else f"_rels/{file_name}.rels"
    )
    if workbook is None or workbook_rels is None:
        return result
    targets = {
        rel.get("Id"): resolve(base_dir, rel.get("Target", ""))
        for rel in workbook_rels
        if local(rel.tag) == "Relationship"
    }
    for element in workbook.iter():
        if local(element.tag) != "sheet":
            continue
        rel_id = next((v for k, v in element.attrib.items() if local(k) == "id"), None)
        name = element.get("name")
        if name is not None and rel_id in targets:
            result[name] = targets[rel_id]
    return result


def _precheck_xlsx_sheet(path: Path, sheet: str) -> None:
    """Bounding box and shared-string text volume of one sheet, before calamine sees it."""
    zf = _open_zip(path)
    with zf:
        names = {info.filename.replace("\\", "/").lower(): info for info in zf.infolist()}
        part = _resolve_sheet_parts(zf, names).get(sheet)
        if part in names:
            parts = [names[part]]
        else:  # could not follow the relationships: check every worksheet-like part
            parts = [info for n, info in names.items() if n.endswith(".xml") and "worksheets/" in n]
        shared = next((info for n, info in names.items() if n.endswith("sharedstrings.xml")), None)
        lengths: array[int] = (
            _shared_string_lengths(zf, shared) if shared is not None else array("q")
        )
        for info in parts:
            box_cells, shared_refs = _scan_xlsx_fast(zf, info, count_shared=bool(lengths))
            if box_cells is None or box_cells > MAX_CELLS:
                box_cells = _scan_xlsx_precise(zf, info)
            if box_cells > MAX_CELLS:
                raise SpreadsheetError(_msg_too_many_cells(sheet))
            if shared_refs:
                _check_shared_text(zf, info, shared_refs, lengths)


def _scan_xlsx_fast(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, count_shared: bool
) -> tuple[int | None, int]:
    """Upper bound of the sheet's bounding box from a few regex passes (None: use precise).

    Rows: the largest ``<row r="N">``, raised by any cell whose row number is larger still
    (found with a regex that only matches numbers above the running maximum). Columns:
    26 (A-Z) unless cells with two or more column letters say more. The box is counted
    from A1, which only over-estimates. A cell or row written another way (no ``r``,
    another attribute first, a namespace prefix) sends the sheet to the precise scan.
    """
    max_row = 0
    max_col = 25
    shared_refs = 0
    first = True
    for chunk in _chunks_until(_zip_stream(zf, info), b">"):
        if first:
            if _DTD.search(_prolog(chunk[:_HEAD])):
                raise SpreadsheetError(MSG_DOCTYPE)
            first = False
        if max_row < 0:
            continue  # precise scan follows; keep reading: the CRC check is part of the scan
        rows = _ROW_TAG.findall(chunk)
        if rows:
            if b"" in rows:
                max_row = -1
                continue
            max_row = max(max_row, max(map(int, rows)))
        if _PREFIXED.search(chunk):
            max_row = -1
            continue
        for column, column_row, beyond in _cell_pattern(max_row).findall(chunk):
            if column:
                max_col = max(max_col, _column_index(column))
                max_row = max(max_row, int(column_row))
            elif beyond:
                max_row = max(max_row, int(beyond))
            else:  # a cell without r="..." as its first attribute
                max_row = -1
                break
        if count_shared:
            shared_refs += chunk.count(b't="s"')
    if max_row < 0:
        return None, shared_refs
    return max_row * (max_col + 1), shared_refs


_ROW_TAG = re.compile(rb'<row(?: r="([0-9]+)"|[\s>/])')
_PREFIXED = re.compile(rb":(?:c|row)[\s>/]")  # <x:c ...>: cells in a prefixed namespace


def _cell_pattern(max_row: int) -> re.Pattern[bytes]:
    """Cells that matter for the box: 2+ column letters, a row above ``max_row``, or no r."""
    return re.compile(
        rb'<c(?: r="(?:([A-Z]{2,})([0-9]+)|[A-Z]('
        + _greater_than(max_row)[:-1]
        + rb'))"|\s(?!r=")|>)'
    )


def _scan_xlsx_precise(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """Walk every row and cell as calamine does; only cells with content count."""
    box = _Box()
    row = -1
    col = 0
    for chunk in _chunks_until(_zip_stream(zf, info), b">"):
        for match in _TOKENS.finditer(chunk):
            attrs = match.group(2)
            ref = _ATTR_R.search(attrs)
            if match.group(1) == b"row":
                row = int(ref.group(2)) - 1 if ref and ref.group(2) else row + 1
                col = 0
                continue
            if ref and ref.group(1) and ref.group(2):
                cell_row, col = int(ref.group(2)) - 1, _column_index(ref.group(1))
            else:
                cell_row = max(row, 0)
            if not attrs.endswith(b"/"):
                box.add(cell_row, col)
            col += 1
    return box.cells()


_SI_START = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?si(?=[\s/>])")


def _shared_string_lengths(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> array[int]:
    """Raw XML length of every <si> (an upper bound on its text), in table order."""
    lengths = array("q")
    current = -1  # length so far of the <si> still open at the end of the previous chunk
    for chunk in _chunks_until(_zip_stream(zf, info), b">"):
        if b"<si " in chunk or b"<si/" in chunk or b":si" in chunk:
            pieces = _SI_START.split(chunk)  # attributes, self-closing or prefixed: slower
        else:
            pieces = chunk.split(b"<si>")  # how Excel and LibreOffice write it
        if current >= 0:
            current += len(pieces[0])
        if len(pieces) > 1:
            if current >= 0:
                lengths.append(current)
            lengths.extend(map(len, pieces[1:-1]))
            current = len(pieces[-1])
    if current >= 0:
        lengths.append(current)
    return lengths


def _check_shared_text(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, refs: int, lengths: array[int]
) -> None:
    """calamine copies a shared string into every cell that uses it: add those copies up.

    Cheap first: strings up to ``threshold`` bytes cannot exceed half the budget however
    often they are used, so only references to the few longer strings are counted. When
    there are many long strings, or cells are written unusually, every reference counts.
    """
    if not lengths:
        return
    longest = max(lengths)
    if refs * longest <= MAX_TEXT:
        return
    threshold = MAX_TEXT // (2 * refs)
    long_ids = [i for i, n in enumerate(lengths) if n > threshold]
    if len(long_ids) <= 64:
        pattern = re.compile(rb't="s"><v>(' + b"|".join(b"%d" % i for i in long_ids) + rb")</v>")
        total = refs * threshold
        standard = 0
        for chunk in _chunks_until(_zip_stream(zf, info), b"</c>"):
            standard += chunk.count(b't="s"><v>')
            total += sum(lengths[int(i)] for i in pattern.findall(chunk))
            if total > MAX_TEXT:
                raise SpreadsheetError(MSG_TOO_MUCH_TEXT)
        if standard >= refs:
            return
    count = len(lengths)
    for pattern in (_SHARED_REF_EXCEL, _SHARED_REF):
        total = 0
        matched = 0
        for chunk in _chunks_until(_zip_stream(zf, info), b"</c>"):
            indices = [i for i in map(int, pattern.findall(chunk)) if i < count]
            matched += len(indices)
            total += sum(map(lengths.__getitem__, indices))
            if total > MAX_TEXT:
                raise SpreadsheetError(MSG_TOO_MUCH_TEXT)
        if total + max(refs - matched, 0) * longest <= MAX_TEXT:
            return
    raise SpreadsheetError(MSG_TOO_MUCH_TEXT)


# --------------------------------------------------------------------------- .xlsb

_XLSB_CELLS = frozenset(range(2, 12))  # BrtCellRk .. BrtFmlaError (BrtCellBlank=1 is empty)


def _xlsb_records(data: bytes) -> Iterator[tuple[int, int, int]]:
    """(record type, body start, body end) of a BIFF12 record stream."""
    pos, end = 0, len(data)
    while pos < end:
        rtype = data[pos]
        pos += 1
        if rtype & 0x80:
            if pos >= end:
                return
            rtype = (rtype & 0x7F) | ((data[pos] & 0x7F) << 7)
            pos += 1
        size = 0
        for shift in (0, 7, 14, 21):
            if pos >= end:
                return
            byte = data[pos]
            pos += 1
            size |= (byte & 0x7F) << shift
            if not byte & 0x80:
                break
        if pos + size > end:
            return
        yield rtype, pos, pos + size
        pos += size


def _precheck_xlsb(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """calamine reads .xlsb sheets like .xlsx: same bounding-box and text checks."""
    lengths: list[int] = []
    for info in infos:
        if info.filename.lower().endswith("sharedstrings.bin"):
            data = b"".join(_zip_stream(zf, info))
            for rtype, start, end in _xlsb_records(data):
                if rtype == 19 and end - start >= 5:  # BrtSSTItem: flags, cch
                    lengths.append(struct.unpack_from("<I", data, start + 1)[0])
    longest = max(lengths, default=0)
    for info in infos:
        name = info.filename.replace("\\", "/").lower()
        if not (name.endswith(".bin") and "worksheets/" in name):
            continue
        data = b"".join(_zip_stream(zf, info))
        box = _Box()
        row = 0
        text = 0
        for rtype, start, end in _xlsb_records(data):
            if rtype == 0 and end - start >= 4:  # BrtRowHdr
                row = struct.unpack_from("<I", data, start)[0]
            elif rtype in _XLSB_CELLS and end - start >= 4:
                box.add(row, struct.unpack_from("<I", data, start)[0])
                if rtype == 7 and end - start >= 12:  # BrtCellIsst
                    index = struct.unpack_from("<I", data, start + 8)[0]
                    text += lengths[index] if index < len(lengths) else longest
                elif rtype in (6, 8):
                    text += end - start
        if box.cells() > MAX_CELLS:
            raise SpreadsheetError(_msg_too_many_cells(None))
        if text > MAX_TEXT:
            raise SpreadsheetError(MSG_TOO_MUCH_TEXT)


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


# --------------------------------------------------------------------------- .xls (OLE2 + BIFF)

_ENDOFCHAIN = 0xFFFFFFFE
_MAXREGSECT = 0xFFFFFFFA


class _CfbError(Exception):
    pass


class _Cfb:
    """Just enough of the OLE2 compound file format to read a few streams, defensively."""

    def __init__(self, data: bytes) -> None:
        if len(data) < 512 or not data.startswith(_OLE_MAGIC):
            raise _CfbError
        self.data = data
        (major,) = struct.unpack_from("<H", data, 0x1A)
        sector_shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
        if sector_shift not in (9, 12) or mini_shift != 6:
            raise _CfbError
        self.size = 1 << sector_shift
        (n_fat, first_dir, _, self.cutoff, first_minifat, _n_minifat, first_difat, n_difat) = (
            struct.unpack_from("<IIIIIIII", data, 0x2C)
        )
        self.n_sectors = max(0, (len(data) - self.size) // self.size)
        difat = [s for s in struct.unpack_from("<109I", data, 0x4C) if s <= _MAXREGSECT]
        sid, hops = first_difat, 0
        per_sector = self.size // 4
        while sid <= _MAXREGSECT and hops <= n_difat:
            values = struct.unpack_from(f"<{per_sector}I", self._sector(sid))
            difat.extend(s for s in values[:-1] if s <= _MAXREGSECT)
            sid, hops = values[-1], hops + 1
        fat = array("I")
        for sector in difat[: max(n_fat, 0)]:
            fat.frombytes(self._sector(sector))
        if sys.byteorder != "little":
            fat.byteswap()
        self.fat = fat
        directory = self._chain_bytes(first_dir, fat, self.size, self._sector)
        self.entries: dict[str, tuple[int, int]] = {}
        root = None
        for offset in range(0, len(directory) - 127, 128):
            name_len, kind = struct.unpack_from("<HB", directory, offset + 64)
            start, size = struct.unpack_from("<IQ", directory, offset + 116)
            if major == 3:
                size &= 0xFFFFFFFF
            name = directory[offset : offset + max(0, min(name_len, 64) - 2)].decode(
                "utf-16-le", "replace"
            )
            if kind == 5 and root is None:
                root = (start, size)
            elif kind == 2:
                self.entries.setdefault(name.lower(), (start, size))
        if root is None:
            raise _CfbError
        self.mini_stream = b""
        self.minifat = array("I")
        if first_minifat <= _MAXREGSECT:
            self.mini_stream = self._chain_bytes(root[0], fat, self.size, self._sector)[: root[1]]
            self.minifat.frombytes(self._chain_bytes(first_minifat, fat, self.size, self._sector))
            if sys.byteorder != "little":
                self.minifat.byteswap()

    def _sector(self, sid: int) -> bytes:
        if sid >= self.n_sectors:
            raise _CfbError
        offset = (sid + 1) * self.size
        return self.data[offset : offset + self.size]

    def _mini_sector(self, sid: int) -> bytes:
        offset = sid * 64
        if offset + 64 > len(self.mini_stream):
            raise _CfbError
        return self.mini_stream[offset : offset + 64]

    @staticmethod
    def _chain_bytes(
        start: int,
        table: array[int],
        size: int,
        read: Callable[[int], bytes],
        limit: int | None = None,
    ) -> bytes:
        parts: list[bytes] = []
        sid, hops, total = start, 0, 0
        max_hops = len(table) + 1
        while sid != _ENDOFCHAIN:
            if sid > _MAXREGSECT or sid >= len(table) or hops > max_hops:
                raise _CfbError
            parts.append(read(sid))
            total += size
            if limit is not None and total >= limit:
                break
            sid, hops = table[sid], hops + 1
        return b"".join(parts)

    def has(self, name: str) -> bool:
        return name.lower() in self.entries

    def read(self, name: str) -> bytes:
        start, size = self.entries[name.lower()]
        if size > len(self.data) * 2 + 4096:
            raise _CfbError
        if size < self.cutoff:
            data = self._chain_bytes(start, self.minifat, 64, self._mini_sector, size)
        else:
            data = self._chain_bytes(start, self.fat, self.size, self._sector, size)
        if len(data) < size:
            raise _CfbError
        return data[:size]


def _inspect_ole(path: Path) -> None:
    try:
        cfb = _Cfb(_read_all(path))
        if cfb.has("EncryptionInfo") or cfb.has("EncryptedPackage"):
            raise SpreadsheetError(MSG_PASSWORD)
        name = "Workbook" if cfb.has("Workbook") else "Book" if cfb.has("Book") else None
        if name is None:
            raise SpreadsheetError(MSG_NOT_SPREADSHEET)  # e.g. a Word 97 document
        stream = cfb.read(name)
    except (_CfbError, struct.error, IndexError, ValueError, OverflowError):
        raise SpreadsheetError(MSG_CORRUPT) from None
    _precheck_biff(stream)


# BIFF cell records: FORMULA (3 versions), NUMBER, RK, LABELSST, LABEL, RSTRING, BOOLERR.
_BIFF_CELLS = frozenset((0x0006, 0x0206, 0x0406, 0x0203, 0x027E, 0x00FD, 0x0204, 0x00D6, 0x0205))


def _precheck_biff(stream: bytes) -> None:
    """Walk the BIFF5/8 record stream: password, per-sheet bounding box, shared text."""
    unpack = struct.unpack_from
    end = len(stream)
    pos = 0
    box = _Box()
    text = 0
    sst: list[int] = []
    longest = 0
    while pos + 4 <= end:
        rtype, size = unpack("<HH", stream, pos)
        body = pos + 4
        pos = body + size
        if pos > end:
            break
        if rtype in _BIFF_CELLS:
            if size >= 4:
                row, col = unpack("<HH", stream, body)
                box.add(row, col)
                if rtype == 0x00FD and size >= 10:
                    index = unpack("<I", stream, body + 6)[0]
                    text += sst[index] if index < len(sst) else longest
                elif rtype in (0x0204, 0x00D6):
                    text += size
        elif rtype == 0x00BD and size >= 6:  # MULRK: row, first col, ..., last col
            row, first = unpack("<HH", stream, body)
            last = unpack("<H", stream, pos - 2)[0]
            box.add(row, first)
            box.add(row, last)
        elif rtype == 0x0809 or rtype == 0x0409:  # BOF
            if box.cells() > MAX_CELLS:
                raise SpreadsheetError(_msg_too_many_cells(None))
            if text > MAX_TEXT:
                raise SpreadsheetError(MSG_TOO_MUCH_TEXT)
            if size >= 4 and unpack("<H", stream, body + 2)[0] in (0x0005, 0x0010):
                box, text = _Box(), 0  # globals or a new worksheet; not an embedded chart
        elif rtype == 0x002F:  # FILEPASS: RC4 or XOR obfuscation
            raise SpreadsheetError(MSG_PASSWORD)
        elif rtype == 0x00FC:  # SST, continued in CONTINUE records
            pieces = [stream[body:pos]]
            while pos + 4 <= end:
                next_type, next_size = unpack("<HH", stream, pos)
                if next_type != 0x003C or pos + 4 + next_size > end:
                    break
                pieces.append(stream[pos + 4 : pos + 4 + next_size])
                pos += 4 + next_size
            sst = _sst_lengths(pieces)
            longest = max(sst, default=0)
    if box.cells() > MAX_CELLS:
        raise SpreadsheetError(_msg_too_many_cells(None))
    if text > MAX_TEXT:
        raise SpreadsheetError(MSG_TOO_MUCH_TEXT)


def _sst_lengths(pieces: list[bytes]) -> list[int]:
    """Character count of every string in a BIFF8 SST (split over CONTINUE records)."""
    lengths: list[int] = []
    index = 0
    buf = pieces[0]
    p = 8
    n = len(pieces)
    while True:
        if p + 3 > len(buf):
            index += 1
            if index >= n:
                return lengths
            buf, p = pieces[index], 0
            continue
        cch, flags = struct.unpack_from("<HB", buf, p)
        p += 3
        runs = ext = 0
        if flags & 0x08:
            if p + 2 > len(buf):
                return lengths
            runs = struct.unpack_from("<H", buf, p)[0]
            p += 2
        if flags & 0x04:
            if p + 4 > len(buf):
                return lengths
            ext = struct.unpack_from("<I", buf, p)[0]
            p += 4
        remaining = cch
        wide = flags & 0x01
        while remaining > 0:
            width = 2 if wide else 1
            take = min(remaining, (len(buf) - p) // width)
            p += take * width
            remaining -= take
            if remaining > 0:
                index += 1
                if index >= n or not pieces[index]:
                    lengths.append(cch)
                    return lengths
                buf = pieces[index]
                wide = buf[0] & 0x01
                p = 1
        lengths.append(cch)
        skip = 4 * runs + ext
        while skip > 0:
            available = len(buf) - p
            if skip <= available:
                p += skip
                skip = 0
            else:
                skip -= available
                index += 1
                if index >= n:
                    return lengths
                buf, p = pieces[index], 0


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


# --------------------------------------------------------------------------- CSV

_DELIMITERS = (";", "\t", ",", "|")


def _sniff_delimiter(sample: str) -> tuple[str, bool]:
    """Pick the separator whose column count is the most consistent over the first lines.

    Returns (delimiter, found); found is False when no candidate splits the lines into two
    or more columns consistently (a single-column list).
    """
    lines = sample.splitlines()
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines = lines[:-1]  # the last line of a sample may be cut off
    lines = [line for line in lines[:100] if line.strip()]
    if lines and lines[0].lower().startswith("sep=") and len(lines[0]) == 5:
        return lines[0][4], True
    best, best_score = ";", (0.0, 0.0, 0)
    for delimiter in _DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            widths = [line.count(delimiter) + 1 for line in lines]
        if not widths:
            continue
        counts: dict[int, int] = {}
        for w in widths:
            counts[w] = counts.get(w, 0) + 1
        mode, frequency = max(counts.items(), key=lambda item: (item[1], item[0]))
        split = sum(1 for w in widths if w >= 2) / len(widths)
        # Most lines split in two or more, then the most consistent column count; on a
        # tie the earlier candidate wins (";" first: Belgian Excel, where "," is decimal).
        score = (split, frequency / len(widths), mode)
        if split >= 0.5 and score > best_score:
            best, best_score = delimiter, score
    return best, best_score[0] >= 0.5


def _read_csv(path: Path, max_rows: int, should_cancel: Callable[[], bool] | None) -> SheetData:
    text, _encoding = _decode(_read_all(path))
    text = text.removeprefix("\ufeff")
    delimiter, _found = _sniff_delimiter(text[:_HEAD])
    first_line_end = text.find("\n")
    first_line = text[: first_line_end if first_line_end >= 0 else len(text)].rstrip("\r")
    if first_line.lower().startswith("sep=") and len(first_line) == 5:
        text = text[first_line_end + 1 :] if first_line_end >= 0 else ""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[object]]] = []
    number = 0
    try:
        for record in reader:
            number += 1
            if should_cancel is not None and number % CANCEL_EVERY == 0 and should_cancel():
                raise ImportCancelled()
            if not any(record):  # blank line, or only separators
                continue
            if len(rows) >= max_rows:
                raise SpreadsheetError(_msg_too_many_rows(max_rows))
            rows.append((number, [field or None for field in record]))
    except csv.Error:
        raise SpreadsheetError(
            f"Het tekstbestand kon niet gelezen worden als lijst: rij {_dutch_int(number + 1)} is ongeldig."
        ) from None
    if should_cancel is not None and should_cancel():
        raise ImportCancelled()
    return SheetData(name=path.stem, rows=rows)
