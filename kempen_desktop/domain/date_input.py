"""Reading a date as a person types it: one rule for every date field, the import and the
vergadermodus.

Day first, always: ``28-11-2026``, ``28/11/26``, ``28.11.2026``, ``28112026`` (eight digits),
``281126`` (six digits) and ``2026-11-28`` (a four-digit year first). Relative to a reference
day (today, or the meeting date where that is the context): ``t`` / ``vandaag``, ``+14``
(days), ``-3w`` (weeks), ``+2m`` (months), ``+1j`` (years); with a unit the sign may be left
out (``3w``). Anything else is refused with a reason, never guessed: a
day and month are never swapped, ``31-11-2026`` is not 1 December, and a bare number is not a
date.

The rules differ a little per use and are chosen by a preset:

- `TYPED`: a date field in a dialog. A two-digit year is read within 80 years back and 19
  ahead of the reference day; a day without a year is refused.
- `BIRTH`: a birth date: a two-digit year lies in the past hundred years.
- `DEADLINE`: a deadline typed in a meeting: a day without a year (``15/12``) is the next such
  day from the reference.
- `IMPORT_CELL`: a text cell in an imported list: no relative words (a cell holding "t" is
  not today), no digit-only forms (a number is not a date), a time part is ignored, and a
  two-digit year lies in the past hundred years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from kempen_desktop.domain.dates import add_months


class TwoDigitYear(Enum):
    NEAR = "near"  # within 80 years back and 19 ahead of the reference day
    PAST = "past"  # within the hundred years up to the reference day's year


class YearMissing(Enum):
    REFUSE = "refuse"
    UPCOMING = "upcoming"  # the next such day from the reference (today counts)


class DateProblem(Enum):
    UNREADABLE = "unreadable"  # not a form we read
    NO_SUCH_DAY = "no_such_day"  # 31-11, 29-02 in a common year, month 13
    OUT_OF_RANGE = "out_of_range"  # before 1900 or after 2199 in a dialog


PROBLEM_TEXT = {
    DateProblem.UNREADABLE: "'{text}' is geen datum. Typ bv. 28-11-2026, 28112026, t of +14.",
    DateProblem.NO_SUCH_DAY: "'{text}' bestaat niet als datum.",
    DateProblem.OUT_OF_RANGE: "'{text}' ligt te ver in het verleden of de toekomst.",
}


@dataclass(frozen=True)
class DateRules:
    relative: bool = True
    digits_only: bool = True  # 28112026 and 281126
    time_part: bool = False  # '03/05/2023 00:00' read as 3 May 2023
    two_digit_year: TwoDigitYear = TwoDigitYear.NEAR
    year_missing: YearMissing = YearMissing.REFUSE
    earliest: date = date(1900, 1, 1)
    latest: date = date(2199, 12, 31)


TYPED = DateRules()
BIRTH = DateRules(two_digit_year=TwoDigitYear.PAST)
DEADLINE = DateRules(year_missing=YearMissing.UPCOMING)
IMPORT_CELL = DateRules(
    relative=False,
    digits_only=False,
    time_part=True,
    two_digit_year=TwoDigitYear.PAST,
    earliest=date.min,
    latest=date.max,
)


@dataclass(frozen=True)
class DateReading:
    """What a typed text means: a day, nothing (empty text) or a problem."""

    day: date | None
    problem: DateProblem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    def message(self, text: str) -> str | None:
        """The problem in Dutch, for services; the UI shows its own translated text."""
        if self.problem is None:
            return None
        return PROBLEM_TEXT[self.problem].format(text=text.strip()[:40])


_TIME = r"(?:[ t]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_SEP = r"\s*[/.\-]\s*"
_DMY = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}}|\d{{2}})")
_DM = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}})")
_YMD = re.compile(rf"(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4}|\d{2})")
_RELATIVE = re.compile(r"([+-])\s*(\d{1,4})\s*([dwmjy]?)|(\d{1,4})\s*([dwmjy])")
_WORDS = {"t": 0, "vandaag": 0, "today": 0}


def _full_year(year_text: str, reference: date, rule: TwoDigitYear) -> int:
    year = int(year_text)
    if len(year_text) != 2:
        return year
    if rule is TwoDigitYear.PAST:
        return 2000 + year if 2000 + year <= reference.year else 1900 + year
    century = reference.year // 100 * 100
    for candidate in (century - 100 + year, century + year, century + 100 + year):
        if reference.year - 80 <= candidate <= reference.year + 19:
            return candidate
    return century + year  # not reached: the window covers a hundred years


def _relative(amount: int, unit: str, reference: date) -> date:
    if unit == "m":
        return add_months(reference, amount)
    if unit in "jy":
        return add_months(reference, 12 * amount)
    return reference + timedelta(days=amount * (7 if unit == "w" else 1))


def _make(year: int, month: int, day: int) -> DateReading:
    try:
        return DateReading(date(year, month, day))
    except ValueError:
        return DateReading(None, DateProblem.NO_SUCH_DAY)


def _read(value: str, reference: date, rules: DateRules) -> DateReading:
    if rules.relative:
        if value in _WORDS:
            return DateReading(reference + timedelta(days=_WORDS[value]))
        match = _RELATIVE.fullmatch(value)
        if match:
            if match[1]:
                amount, unit = int(match[2]) * (-1 if match[1] == "-" else 1), match[3] or "d"
            else:
                amount, unit = int(match[4]), match[5]
            try:
                return DateReading(_relative(amount, unit, reference))
            except (ValueError, OverflowError):
                return DateReading(None, DateProblem.OUT_OF_RANGE)
    time = _TIME if rules.time_part else ""
    match = re.fullmatch(_DMY.pattern + time, value)
    if match:
        year = _full_year(match[3], reference, rules.two_digit_year)
        return _make(year, int(match[2]), int(match[1]))
    match = re.fullmatch(_YMD.pattern + time, value)
    if match:
        return _make(int(match[1]), int(match[2]), int(match[3]))
    if rules.digits_only:
        match = _DIGITS.fullmatch(value)
        if match:
            year = _full_year(match[3], reference, rules.two_digit_year)
            return _make(year, int(match[2]), int(match[1]))
    if rules.year_missing is YearMissing.UPCOMING:
        match = _DM.fullmatch(value)
        if match:
            reading = _make(reference.year, int(match[2]), int(match[1]))
            if reading.day is not None and reading.day < reference:
                return _make(reference.year + 1, int(match[2]), int(match[1]))
            if reading.day is None and (int(match[2]), int(match[1])) == (2, 29):
                for year in range(reference.year + 1, reference.year + 5):
                    later = _make(year, 2, 29)
                    if later.day is not None:
                        return later
            return reading
    return DateReading(None, DateProblem.UNREADABLE)


def read_date(text: str, reference: date, rules: DateRules = TYPED) -> DateReading:
    """The day `text` means, read with `rules` around the `reference` day (usually today).

    Empty text is no date and no problem: a field decides itself whether it may be empty."""
    value = " ".join(text.split()).lower()
    if not value:
        return DateReading(None)
    reading = _read(value, reference, rules)
    if reading.day is not None and not rules.earliest <= reading.day <= rules.latest:
        return DateReading(None, DateProblem.OUT_OF_RANGE)
    return reading
