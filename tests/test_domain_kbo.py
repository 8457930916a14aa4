"""Tests for kempen_desktop.domain.kbo (ondernemingsnummer)."""

from __future__ import annotations

import pytest

from kempen_desktop.domain.kbo import (
    MSG_CHECKSUM,
    MSG_FIRST_DIGIT,
    MSG_NOT_DIGITS,
    format_kbo,
    is_valid_kbo,
    kbo_problem,
    normalize_kbo,
)

VALID_NUMBERS = [
    "0887010362",  # VDAB
    "0403019261",  # stdnum documentation example
    "0428759497",  # check digits 97 (first 8 digits divisible by 97)
    "0202239951",
    "1001234592",  # new 1xxx range
    "1765432167",
    "1000002197",  # 1xxx with check digits 97
    "1000002001",  # check digits 01
    "1000001902",  # check digits 02
]


def _oracle_check(first8: str) -> int:
    """Independent statement of the KBO rule."""
    return 97 - int(first8) % 97


@pytest.mark.parametrize("number", VALID_NUMBERS)
def test_valid_numbers(number: str) -> None:
    assert int(number[8:]) == _oracle_check(number[:8])
    assert kbo_problem(number) is None
    assert is_valid_kbo(number) is True


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0887.010.362", "0887010362"),
        ("BE0887.010.362", "0887010362"),
        ("be 0887 010 362", "0887010362"),
        ("BE 0887-010-362", "0887010362"),
        ("0887/010/362", "0887010362"),
        ("\t0887\u00a0010 362 ", "0887010362"),
        ("887010362", "0887010362"),  # old 9-digit form
        ("BE887.010.362", "0887010362"),
        ("(0)887010362", "0887010362"),
        (887010362, "0887010362"),  # int lost the leading zero
        (887010362.0, "0887010362"),  # spreadsheet float
        (1001234592, "1001234592"),
        ("08870103", "08870103"),  # too short: not padded
        ("0887O10362", "0887O10362"),
        (None, None),
        ("", None),
        ("   ", None),
        ("BE", None),
    ],
)
def test_normalize_kbo(raw: object, expected: str | None) -> None:
    assert normalize_kbo(raw) == expected


@pytest.mark.parametrize(
    "raw", ["BE0887.010.362", "0887 010 362", "887010362", 887010362, 887010362.0]
)
def test_accepted_input_forms_are_valid(raw: object) -> None:
    assert is_valid_kbo(raw) is True
    assert format_kbo(raw) == "0887.010.362"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("0887010363", MSG_CHECKSUM),
        ("0887010326", MSG_CHECKSUM),  # swapped digits
        ("0887010462", MSG_CHECKSUM),
        ("0000000000", MSG_CHECKSUM),
        # Non-canonical check digits that stdnum's (x + check) % 97 == 0 accepts:
        ("0428759400", MSG_CHECKSUM),  # 00 instead of 97
        ("1000002098", MSG_CHECKSUM),  # 98 instead of 01
        ("1000001999", MSG_CHECKSUM),  # 99 instead of 02
        ("2887010362", MSG_FIRST_DIGIT),
        ("9887010362", MSG_FIRST_DIGIT),
        ("08870103", "Ondernemingsnummer moet 10 cijfers hebben (nu 8)."),
        ("08870103621", "Ondernemingsnummer moet 10 cijfers hebben (nu 11)."),
        ("0887O10362", MSG_NOT_DIGITS),
        ("NL0887010362", MSG_NOT_DIGITS),
        (-887010362, MSG_NOT_DIGITS),
        (887010362.5, MSG_NOT_DIGITS),
    ],
)
def test_invalid_numbers(raw: object, message: str) -> None:
    assert kbo_problem(raw) == message
    assert is_valid_kbo(raw) is False


@pytest.mark.parametrize("raw", [None, "", "  ", "BE"])
def test_empty_is_not_a_problem_but_not_valid(raw: object) -> None:
    assert kbo_problem(raw) is None
    assert is_valid_kbo(raw) is False
    assert format_kbo(raw) == ""


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0887010362", "0887.010.362"),
        ("BE1001234592", "1001.234.592"),
        ("0887010363", "0887.010.363"),  # wrong checksum still formatted
        ("08870103", "08870103"),
        ("0887O10362", "0887O10362"),
    ],
)
def test_format_kbo(raw: object, expected: str) -> None:
    assert format_kbo(raw) == expected
