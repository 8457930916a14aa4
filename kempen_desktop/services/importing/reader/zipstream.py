"""Zip entries read defensively: open, stream with size/CRC checks, re-chunk, XML prolog."""

from __future__ import annotations

import codecs
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from kempen_desktop.services.importing.reader.errors import (
    _CHUNK,
    _HEAD,
    _MAX_PIECE,
    MSG_BOMB,
    MSG_CORRUPT,
    MSG_PASSWORD,
    SpreadsheetError,
    _msg_no_access,
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
