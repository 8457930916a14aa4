"""Zip packages (.xlsx/.xlsm/.xlsb/.ods): bombs, duplicates, encryption, DOCTYPEs, kind."""

from __future__ import annotations

import os
import re
import struct
import zipfile
from pathlib import Path

from kempen_desktop.services.importing.reader.biff_scan import _precheck_xlsb
from kempen_desktop.services.importing.reader.errors import (
    _HEAD,
    MAX_RATIO,
    MAX_UNCOMPRESSED,
    MAX_ZIP_ENTRIES,
    MSG_BOMB,
    MSG_CORRUPT,
    MSG_DOCTYPE,
    MSG_NOT_SPREADSHEET,
    MSG_PASSWORD,
    RATIO_MIN_SIZE,
    SpreadsheetError,
)
from kempen_desktop.services.importing.reader.ods_scan import _precheck_ods
from kempen_desktop.services.importing.reader.zipstream import (
    _DTD,
    _open_zip,
    _prolog,
    _zip_read_all,
    _zip_read_head,
    _zip_stream,
)

# --------------------------------------------------------------------------- zip packages

# Content type of the workbook part (transitional and strict; .xlsx/.xlsm/.xltx/.xlam/.xlsb).
_OOXML_MAIN = re.compile(
    rb"(?:spreadsheetml\.(?:sheet|template)|ms-excel\.(?:sheet|template|addin)(?:\.binary)?\.macroEnabled)\.main",
    re.IGNORECASE,
)


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
