"""Pre-scans of binary workbooks: .xlsb (BIFF12 records) and .xls (BIFF5/8 in OLE2)."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

from kempen_desktop.services.importing.reader.box import _Box
from kempen_desktop.services.importing.reader.cfb import _Cfb, _CfbError
from kempen_desktop.services.importing.reader.errors import (
    MAX_CELLS,
    MAX_TEXT,
    MSG_CORRUPT,
    MSG_NOT_SPREADSHEET,
    MSG_PASSWORD,
    MSG_TOO_MUCH_TEXT,
    SpreadsheetError,
    _msg_too_many_cells,
)
from kempen_desktop.services.importing.reader.files import _read_all
from kempen_desktop.services.importing.reader.zipstream import _zip_stream

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


# --------------------------------------------------------------------------- .xls (OLE2 + BIFF)


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
