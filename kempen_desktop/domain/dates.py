"""Calendar arithmetic shared by meetings, action points, reports and retention."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), clamped to the end of a shorter month:
    31 January + 1 month is 28 or 29 February."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def quarter_start(day: date) -> date:
    """The first day of the calendar quarter that holds `day`."""
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
