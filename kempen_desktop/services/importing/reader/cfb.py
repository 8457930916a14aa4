"""The OLE2 compound file container of .xls files, read defensively."""

from __future__ import annotations

import struct
import sys
from array import array
from collections.abc import Callable

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


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
