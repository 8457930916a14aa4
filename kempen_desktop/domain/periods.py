"""Report periods: semesters, quarters and years, and how they are named (pure)."""

from __future__ import annotations

from datetime import date, timedelta

from kempen_desktop.domain.dates import add_months, quarter_start


def semester_of(day: date) -> tuple[date, date]:
    if day.month <= 6:
        return date(day.year, 1, 1), date(day.year, 6, 30)
    return date(day.year, 7, 1), date(day.year, 12, 31)


def previous_semester(day: date) -> tuple[date, date]:
    start, _end = semester_of(day)
    return semester_of(start - timedelta(days=1))


def quarter_of(day: date) -> tuple[date, date]:
    start = quarter_start(day)
    return start, add_months(start, 3) - timedelta(days=1)


def quarters_up_to(day: date, count: int = 6) -> list[tuple[date, date]]:
    quarters = [quarter_of(day)]
    while len(quarters) < count:
        quarters.insert(0, quarter_of(quarters[0][0] - timedelta(days=1)))
    return quarters


def quarter_label(start: date) -> str:
    return f"K{(start.month - 1) // 3 + 1} {start.year}"


def period_label(start: date, end: date) -> str:
    if (start, end) == semester_of(start):
        return f"{'eerste' if start.month == 1 else 'tweede'} semester {start.year}"
    if (start, end) == (date(start.year, 1, 1), date(start.year, 12, 31)):
        return f"jaar {start.year}"
    if (start, end) == quarter_of(start):
        return quarter_label(start).replace("K", "kwartaal ")
    return f"{start:%d-%m-%Y} – {end:%d-%m-%Y}"


def period_for(key: str, today: date) -> tuple[date, date] | None:
    """The period a dashboard choice names on `today` (None: chosen by hand)."""
    if key == "semester":
        return semester_of(today)
    if key == "prev_semester":
        return previous_semester(today)
    if key == "quarter":
        return quarter_of(today)
    if key == "prev_quarter":
        return quarter_of(quarter_of(today)[0] - timedelta(days=1))
    if key == "year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if key == "prev_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None


def overdue_reference(end: date, today: date) -> date:
    """The day "over de deadline" is counted on: the end date, or today for a period that
    has not ended yet (an action point due next week is not overdue)."""
    return min(end, today)
