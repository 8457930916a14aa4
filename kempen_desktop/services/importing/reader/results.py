"""What the reader returns: a sheet's name and visibility, a sheet's rows."""

from __future__ import annotations

from dataclasses import dataclass


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
