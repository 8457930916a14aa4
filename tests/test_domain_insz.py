"""Tests for kempen_desktop.domain.insz (RN and BIS numbers)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from kempen_desktop.domain.insz import (
    MSG_BIRTH_DATE,
    MSG_CHECKSUM,
    MSG_NOT_DIGITS,
    MSG_SEQUENCE,
    birth_date_from_insz,
    birth_year_from_insz,
    format_insz,
    insz_problem,
    is_bis,
    is_valid_insz,
    normalize_insz,
    sex_from_insz,
)
from tests.paths import CORPUS

CORPUS_DIR = CORPUS / "belgium"
VECTOR_FILES = sorted(CORPUS_DIR.glob("insz__*.json"))


def _load_vectors() -> list[Any]:
    params = []
    for path in VECTOR_FILES:
        suite = path.stem.removeprefix("insz__").removesuffix("-tests")
        for case in json.loads(path.read_text(encoding="utf-8"))["testCases"]:
            # testName repeats across files ("Invalid short length"), so the
            # suite name is prefixed to keep ids unique and readable.
            params.append(pytest.param(case, id=f"{suite}: {case['testName']}"))
    return params


VECTORS = _load_vectors()


def test_vector_files_are_present() -> None:
    # Guards against silently running zero vector tests if the corpus moves.
    assert [p.name for p in VECTOR_FILES] == [
        "insz__post2000-bis-tests.json",
        "insz__post2000-rn-tests.json",
        "insz__pre2000-bis-tests.json",
        "insz__pre2000-rn-tests.json",
    ]
    assert len(VECTORS) == 63


@pytest.mark.parametrize("case", VECTORS)
def test_corpus_vector(case: dict[str, Any]) -> None:
    raw = case["input"]
    expected = case["expected"]

    assert is_valid_insz(raw) is expected["isValid"]
    assert (insz_problem(raw) is None) is expected["isValid"]

    if expected["isValid"]:
        assert is_bis(raw) is expected["isBis"]
    else:
        # The vectors give isBis = null for invalid numbers; is_bis() is a
        # plain predicate and answers False for anything invalid.
        assert expected["isBis"] is None
        assert is_bis(raw) is False

    expected_date = expected["birthDate"]
    assert birth_date_from_insz(raw) == (
        date.fromisoformat(expected_date) if expected_date else None
    )
    assert birth_year_from_insz(raw) == expected["birthYear"]

    # The vectors write 'U' for "sex unknown" (BIS +20); our API answers None.
    expected_sex = None if expected["sex"] == "U" else expected["sex"]
    assert sex_from_insz(raw) == expected_sex


# --- normalize_insz -------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("85.07.30-033.28", "85073003328"),
        ("85073003328", "85073003328"),
        (" 85 07 30 033 28 ", "85073003328"),
        ("85/07/30/033/28", "85073003328"),
        ("85.07.30\u00a0033\t28", "85073003328"),  # no-break space and tab
        (85073003328, "85073003328"),
        (5073003328, "05073003328"),  # int that lost its leading zero
        (5073003328.0, "05073003328"),  # spreadsheet float
        (85073003328.0, "85073003328"),
        (173003384, "00173003384"),
        ("5073003328", "5073003328"),  # strings are never padded
        ("0506130016A", "0506130016A"),
        ("abc", "abc"),
        (None, None),
        ("", None),
        ("   ", None),
        (" . - ", None),
    ],
)
def test_normalize_insz(raw: object, expected: str | None) -> None:
    assert normalize_insz(raw) == expected


@pytest.mark.parametrize("raw", [-85073003328, 5073003328.5, float("nan"), float("inf"), True])
def test_normalize_insz_garbage_numbers_stay_invalid(raw: object) -> None:
    # Negative or fractional numbers must not turn into a valid INSZ by
    # stripping the sign or the decimal point.
    normalized = normalize_insz(raw)
    assert normalized is not None
    assert not normalized.isdigit()
    assert insz_problem(raw) == MSG_NOT_DIGITS


# --- insz_problem -----------------------------------------------------------


@pytest.mark.parametrize("raw", [None, "", "  ", "..--"])
def test_empty_insz_is_not_a_problem(raw: object) -> None:
    # INSZ is optional: emptiness is not an error, but it is not valid either.
    assert insz_problem(raw) is None
    assert is_valid_insz(raw) is False
    assert is_bis(raw) is False
    assert birth_date_from_insz(raw) is None
    assert sex_from_insz(raw) is None


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("850730033", "INSZ moet 11 cijfers hebben (nu 9)."),
        ("8507300332", "INSZ moet 11 cijfers hebben (nu 10)."),
        ("850730033288", "INSZ moet 11 cijfers hebben (nu 12)."),
        ("85073003329", MSG_CHECKSUM),
        ("85O73003328", MSG_NOT_DIGITS),  # letter O instead of zero
        ("85073003328x", MSG_NOT_DIGITS),
        ("\u0668\u0665073003328", MSG_NOT_DIGITS),  # Arabic-Indic digits are not accepted
        ("00000000000", MSG_CHECKSUM),
    ],
)
def test_insz_problem_messages(raw: str, message: str) -> None:
    assert insz_problem(raw) == message
    assert is_valid_insz(raw) is False


def _with_check(first9: str, century: int) -> str:
    """Append the check digits (test oracle, independent of stdnum)."""
    base = int(first9) + (2_000_000_000 if century == 2000 else 0)
    return f"{first9}{97 - base % 97:02d}"


@pytest.mark.parametrize(
    ("first9", "century", "message"),
    [
        # Same rules as the pre-2000 vectors, but with checksums that are
        # correct for the post-2000 rule (the post-2000 RN vectors for these
        # cases carry wrong checksums and so never reach the structural check).
        ("200231001", 2000, MSG_BIRTH_DATE),  # 31 February 2020
        ("190229001", 2000, MSG_BIRTH_DATE),  # 29 February 2019
        ("051313001", 2000, MSG_BIRTH_DATE),  # month 13
        ("050600001", 2000, MSG_BIRTH_DATE),  # day 00 with known month
        ("051132001", 2000, MSG_BIRTH_DATE),  # 32 November
        ("050613000", 2000, MSG_SEQUENCE),
        ("050613999", 2000, MSG_SEQUENCE),
        # 1900 is no leap year, 2000 is: same digits, century from checksum.
        ("000229001", 1900, MSG_BIRTH_DATE),
        # BIS: month 33..39 and 53+ are outside the +20/+40 ranges.
        ("873315001", 1900, MSG_BIRTH_DATE),
        ("875315001", 1900, MSG_BIRTH_DATE),
        ("874231001", 1900, MSG_BIRTH_DATE),  # BIS 31 February
        ("874115000", 1900, MSG_SEQUENCE),  # BIS sequence 000
    ],
)
def test_structural_rules(first9: str, century: int, message: str) -> None:
    number = _with_check(first9, century)
    assert insz_problem(number) == message
    assert birth_date_from_insz(number) is None


def test_leap_day_2000_is_valid() -> None:
    number = _with_check("000229001", 2000)
    assert insz_problem(number) is None
    assert birth_date_from_insz(number) == date(2000, 2, 29)
    assert sex_from_insz(number) == "M"


def test_rn_counter_exhaustion_form_keeps_year() -> None:
    # YY0001: day counter of YY0000 ran out (stdnum semantics, no vector says otherwise).
    number = _with_check("850001001", 1900)
    assert is_valid_insz(number)
    assert birth_year_from_insz(number) == 1985
    assert birth_date_from_insz(number) is None


# --- well-known examples --------------------------------------------------


def test_rn_example() -> None:
    raw = "85.07.30-033.28"
    assert insz_problem(raw) is None
    assert is_valid_insz(raw)
    assert not is_bis(raw)
    assert birth_date_from_insz(raw) == date(1985, 7, 30)
    assert birth_year_from_insz(raw) == 1985
    assert sex_from_insz(raw) == "M"


def test_rn_after_2000_example() -> None:
    raw = "17 07 30 033 84"
    assert is_valid_insz(raw)
    assert birth_date_from_insz(raw) == date(2017, 7, 30)


def test_bis_example() -> None:
    raw = "98.47.28-997.65"
    assert is_valid_insz(raw)
    assert is_bis(raw)
    assert birth_date_from_insz(raw) == date(1998, 7, 28)
    assert sex_from_insz(raw) == "M"


def test_spreadsheet_number_without_leading_zero_is_valid() -> None:
    as_float = float("01022899840")
    assert as_float == 1022899840.0
    assert normalize_insz(as_float) == "01022899840"
    assert is_valid_insz(as_float)
    assert birth_date_from_insz(as_float) == date(1901, 2, 28)


# --- format_insz ----------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("85073003328", "85.07.30-033.28"),
        ("85 07 30 033 28", "85.07.30-033.28"),
        (5073003328, "05.07.30-033.28"),
        ("85073003329", "85.07.30-033.29"),  # wrong checksum is still shown formatted
        ("8507300332", "8507300332"),  # wrong length: returned normalized
        ("0506130016A", "0506130016A"),
        (None, ""),
        ("  ", ""),
    ],
)
def test_format_insz(raw: object, expected: str) -> None:
    assert format_insz(raw) == expected
