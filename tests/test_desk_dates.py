"""Issue 14: one date rule (domain.date_input) and one date field (ui.common.date_field).

The rule as table tests; the field through real key presses in the dossier dialog, reading
the stored date back through the façade."""

from __future__ import annotations

from datetime import date

import pytest

from kempen_desktop.domain.date_input import (
    BIRTH,
    DEADLINE,
    IMPORT_CELL,
    TYPED,
    DateProblem,
    DateRules,
    read_date,
)

TODAY = date(2026, 3, 10)  # a Tuesday

TABLE: list[tuple[str, DateRules, date | None, DateProblem | None]] = [
    # day first, every separator, never swapped
    ("28-11-2026", TYPED, date(2026, 11, 28), None),
    ("28/11/26", TYPED, date(2026, 11, 28), None),
    ("28.11.2026", TYPED, date(2026, 11, 28), None),
    ("28112026", TYPED, date(2026, 11, 28), None),
    ("281126", TYPED, date(2026, 11, 28), None),
    ("2026-11-28", TYPED, date(2026, 11, 28), None),
    ("3-5-2023", TYPED, date(2023, 5, 3), None),
    (" 03 / 05 / 2023 ", TYPED, date(2023, 5, 3), None),
    ("05-03-2026", TYPED, date(2026, 3, 5), None),  # 5 March, never 3 May
    ("12-01-2026", TYPED, date(2026, 1, 12), None),
    # relative to the reference day
    ("t", TYPED, TODAY, None),
    ("T", TYPED, TODAY, None),
    ("vandaag", TYPED, TODAY, None),
    ("morgen", TYPED, None, DateProblem.UNREADABLE),  # only t / vandaag are words
    ("+14", TYPED, date(2026, 3, 24), None),
    ("-3", TYPED, date(2026, 3, 7), None),
    ("-3w", TYPED, date(2026, 2, 17), None),
    ("3w", TYPED, date(2026, 3, 31), None),
    ("+2m", TYPED, date(2026, 5, 10), None),
    ("+1j", TYPED, date(2027, 3, 10), None),
    ("+ 14", TYPED, date(2026, 3, 24), None),
    # two-digit years: 80 back and 19 ahead in a dialog, the past for birth dates
    ("28/11/45", TYPED, date(2045, 11, 28), None),
    ("28/11/46", TYPED, date(1946, 11, 28), None),
    ("28/11/27", BIRTH, date(1927, 11, 28), None),
    ("28/11/85", BIRTH, date(1985, 11, 28), None),
    ("01/01/25", BIRTH, date(2025, 1, 1), None),
    # empty is no date and no problem
    ("", TYPED, None, None),
    ("   ", TYPED, None, None),
    # refused, never guessed
    ("31-11-2026", TYPED, None, DateProblem.NO_SUCH_DAY),
    ("29-02-2026", TYPED, None, DateProblem.NO_SUCH_DAY),
    ("11-28-2026", TYPED, None, DateProblem.NO_SUCH_DAY),  # month 28: not swapped
    ("20261128", TYPED, None, DateProblem.NO_SUCH_DAY),  # eight digits are ddmmyyyy
    ("28-11", TYPED, None, DateProblem.UNREADABLE),  # no year in a dialog
    ("14", TYPED, None, DateProblem.UNREADABLE),  # a bare number is not a date
    ("2811202", TYPED, None, DateProblem.UNREADABLE),
    ("28-11-2026x", TYPED, None, DateProblem.UNREADABLE),
    ("volgende week", TYPED, None, DateProblem.UNREADABLE),
    ("28-11-1850", TYPED, None, DateProblem.OUT_OF_RANGE),
    ("+99999", TYPED, None, DateProblem.UNREADABLE),
    ("+9999j", TYPED, None, DateProblem.OUT_OF_RANGE),
    # deadlines in a meeting: a day without a year is the next such day
    ("15/12", DEADLINE, date(2026, 12, 15), None),
    ("01/02", DEADLINE, date(2027, 2, 1), None),
    ("10/03", DEADLINE, TODAY, None),
    ("+14", DEADLINE, date(2026, 3, 24), None),
    # an imported cell: stricter on purpose
    ("03/05/2023 00:00", IMPORT_CELL, date(2023, 5, 3), None),
    ("2023-05-03T10:15:00", IMPORT_CELL, date(2023, 5, 3), None),
    ("03/05/85", IMPORT_CELL, date(1985, 5, 3), None),
    ("t", IMPORT_CELL, None, DateProblem.UNREADABLE),
    ("+14", IMPORT_CELL, None, DateProblem.UNREADABLE),
    ("28112026", IMPORT_CELL, None, DateProblem.UNREADABLE),
    ("28-11-2026 10:00", TYPED, None, DateProblem.UNREADABLE),
]


@pytest.mark.parametrize(("text", "rules", "expected", "problem"), TABLE)
def test_the_date_rule(
    text: str, rules: DateRules, expected: date | None, problem: DateProblem | None
) -> None:
    reading = read_date(text, TODAY, rules)
    assert (reading.day, reading.problem) == (expected, problem)


def test_a_refusal_says_why_in_dutch() -> None:
    assert read_date("31-11-2026", TODAY).message("31-11-2026") == (
        "'31-11-2026' bestaat niet als datum."
    )
    assert read_date("28-11-2026", TODAY).message("28-11-2026") is None


def test_the_import_and_the_meeting_use_the_same_rule() -> None:
    from kempen_desktop.services.importing.parsing import parse_date
    from kempen_desktop.services.meetings.action_points import parse_deadline

    assert parse_date("28.11.2026", TODAY) == (date(2026, 11, 28), None)
    assert parse_date("31/11/2026", TODAY)[1] == "'31/11/2026' is geen geldige datum."
    assert parse_deadline("28112026", TODAY) == date(2026, 11, 28)
    assert parse_deadline("-3w", TODAY) == date(2026, 2, 17)
