"""The key-figure formulas of the dashboard and the period report (pure)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from kempen_desktop.domain.dates import add_months
from kempen_desktop.domain.partners import GOAL as INCLUSIVE_TARGET  # the rule lives with partners
from kempen_desktop.domain.partners import meets_goal as inclusive_target_met

__all__ = [
    "INCLUSIVE_TARGET",
    "SMALL_BASE",
    "dutch_number",
    "followup",
    "inclusive_target_met",
    "percent_text",
    "share",
    "share_text",
]

SMALL_BASE = 10  # on fewer than this many, a percentage says more than it knows: show the count


def share(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide by."""
    return part / whole if whole else None


def percent_text(part: int, whole: int) -> str:
    """'43%' (rounded); on fewer than SMALL_BASE the count instead ('2 van 2', never '100%');
    '—' when `whole` is zero. The one rule for every share the app prints."""
    if not whole:
        return "—"
    if whole < SMALL_BASE:
        return f"{part} van {whole}"
    return f"{round(100 * part / whole)}%"


def share_text(part: int, whole: int) -> str:
    """percent_text with the count behind it: '43% (3 van 7)' is never printed — '3 van 7' on a
    small base, '43% (30 van 70)' otherwise."""
    if whole and whole >= SMALL_BASE:
        return f"{percent_text(part, whole)} ({part} van {whole})"
    return percent_text(part, whole)


def dutch_number(value: int) -> str:
    """21850 -> '21.850' (Dutch thousands separator)."""
    return f"{value:,}".replace(",", ".")


def followup(
    exits: Iterable[tuple[date, str | None, bool | None]], months: int, start: date, end: date
) -> tuple[int, int, int]:
    """Uitstroom follow-up after `months`: (due, checked, still working).

    `exits` holds (start of the job, day of the follow-up or None, still working or None).
    Due: the follow-up point falls in the period; checked: a result recorded on or before
    the end date; still working: of those checked.
    """
    due = checked = still = 0
    end_text = end.isoformat()
    for started, on, result in exits:
        point = add_months(started, months)
        if not start <= point <= end:
            continue
        due += 1
        if result is not None and (on is None or str(on) <= end_text):
            checked += 1
            still += 1 if result else 0
    return due, checked, still
