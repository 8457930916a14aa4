"""Which format a file is, decided by its content (magic bytes), never by its extension."""

from __future__ import annotations

import codecs
import re
import struct
from pathlib import Path

from kempen_desktop.services.importing.reader.biff_scan import _inspect_ole
from kempen_desktop.services.importing.reader.cfb import _OLE_MAGIC
from kempen_desktop.services.importing.reader.csv_reader import (
    _decode,
    _sniff_delimiter,
)
from kempen_desktop.services.importing.reader.errors import (
    _HEAD,
    MAX_CSV_BYTES,
    MAX_FILE_BYTES,
    MSG_EMPTY,
    MSG_NOT_SPREADSHEET,
    MSG_OLD_EXCEL,
    SpreadsheetError,
    _msg_no_access,
    _msg_too_big,
)
from kempen_desktop.services.importing.reader.files import _read_head
from kempen_desktop.services.importing.reader.zipcheck import _inspect_zip

# --------------------------------------------------------------------------- inspection

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


def _has_delimiter(text: str) -> bool:
    return _sniff_delimiter(text)[1]
