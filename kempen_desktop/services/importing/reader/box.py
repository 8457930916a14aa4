"""The bounding box of a sheet's non-empty cells, as calamine will allocate it."""

from __future__ import annotations

import sys


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
