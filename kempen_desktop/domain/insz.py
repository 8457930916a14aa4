"""Belgian INSZ numbers: rijksregisternummer (RN) and BIS number.

The checksum, century detection and formatting come from ``stdnum.be.nn`` and
``stdnum.be.bis``. On top of that this module enforces the structural rules
of the KB of 8 February 1991 (identification number of the KSZ), because
stdnum is deliberately lenient where the KB is strict:

* the sequence number (digits 7-9) runs from 001 to 997 (men) or 002 to 998
  (women); 000 and 999 are never issued;
* with a known month (RN 01-12, BIS 21-32 or 41-52) the day must be a real
  calendar day of that month and year (so no day 00, no 31 February and no
  29 February outside leap years; the leap-year check needs the century, which
  follows from the checksum, so the checksum is always checked first);
* a BIS number with month 20 or 40 (date not known) must have day 00
  (``YY2000`` / ``YY4000``: only the year is known), except the unknown-year
  form ``002001`` / ``004001`` (Art. 5).

An RN with month 00 follows stdnum: ``000001`` means a wholly unknown birth
date; any other ``YY00DD`` means only the year is known (``YY0000``, or the
day counter ran out and the sixth digit was raised).

Sex: odd sequence = man, even = woman; a BIS number with month +20 means the
sex was unknown when the number was issued, so we return None.

Empty input is not an error here: the INSZ is an optional field, so
:func:`insz_problem` returns None for it. Callers that require an INSZ must
check for emptiness themselves.
"""

from __future__ import annotations

import calendar
import functools
import math
import re
from datetime import date
from typing import NamedTuple

from stdnum.be import bis, nn
from stdnum.exceptions import InvalidChecksum, InvalidFormat, ValidationError

INSZ_LENGTH = 11

# Separators people type or paste: spaces (any Unicode whitespace), dots,
# dashes and slashes.
_SEPARATORS = re.compile(r"[\s.\-/]+")
_DIGITS = re.compile(r"[0-9]+")

# BIS "unknown year" forms (Art. 5): YY=00, month 20/40, day 01.
_BIS_UNKNOWN_YEAR_PREFIXES = ("002001", "004001")

MSG_NOT_DIGITS = "INSZ mag alleen cijfers bevatten (eventueel met punten, streepjes of spaties)."
MSG_CHECKSUM = "INSZ-controlecijfer klopt niet."
MSG_BIRTH_DATE = "INSZ bevat een ongeldige geboortedatum."
MSG_SEQUENCE = "INSZ bevat een ongeldig volgnummer (000 en 999 worden nooit toegekend)."


def _msg_length(count: int) -> str:
    return f"INSZ moet {INSZ_LENGTH} cijfers hebben (nu {count})."


class _Insz(NamedTuple):
    """What a valid INSZ tells us (a named tuple: an import makes one per row, and a frozen
    dataclass's field-by-field __init__ cost more than the checks themselves)."""

    number: str
    is_bis: bool
    birth_year: int | None
    birth_date: date | None
    sex: str | None


def normalize_insz(raw: object) -> str | None:
    """Return the INSZ as a bare string of digits, or None for empty input.

    Numbers (int, or a float with an integral value as spreadsheets deliver
    them) are padded with leading zeros to 11 digits, because a spreadsheet
    drops the leading zero of e.g. ``05073003328``. Strings are never padded
    (a short string is a typing error that validation must report).

    Garbage never raises: whatever is left after removing separators is
    returned unchanged, so :func:`insz_problem` can report it.
    """
    if raw is None:
        return None
    if raw.__class__ is str and raw.isascii() and raw.isdigit():
        return raw  # digits only: nothing to take out
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return _number_to_digits(raw)
    text = _SEPARATORS.sub("", str(raw))
    return text or None


def _number_to_digits(value: float) -> str:
    """Digits of a non-negative integral number, zero-padded to 11."""
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return str(value)
        value = int(value)
    if value < 0:
        return str(value)
    return str(value).zfill(INSZ_LENGTH)


def _analyse(raw: object) -> _Insz | str | None:
    """Parse the INSZ: None when empty, a Dutch message when invalid."""
    number = normalize_insz(raw)
    if number is None:
        return None
    return _analyse_number(number)


# An import asks for the problem, the birth date and the sex of the same number in a row;
# the result is immutable, so it is cached.
@functools.lru_cache(maxsize=4096)
def _analyse_number(number: str) -> _Insz | str:
    if not _DIGITS.fullmatch(number):
        return MSG_NOT_DIGITS
    if len(number) != INSZ_LENGTH:
        return _msg_length(len(number))
    if 1 <= int(number[2:4]) <= 12:
        return _analyse_rn(number)
    return _analyse_with_stdnum(number)


def _analyse_rn(number: str) -> _Insz | str:
    """A rijksregisternummer with a known month (01-12): the common case, 20x faster.

    Exactly what stdnum plus :func:`_check_structure` conclude for these numbers (stdnum
    spends most of its time cleaning the string again in every call; tests compare the
    two paths): the checksum decides the century (1900 first; 2000 only for a year that
    has begun), then the sequence number, then the day of the month.
    """
    check = int(number[9:])
    if 97 - int(number[:9]) % 97 == check:
        year = 1900 + int(number[:2])
    elif int(number[:2]) + 2000 <= date.today().year and 97 - int("2" + number[:9]) % 97 == check:
        year = 2000 + int(number[:2])
    else:
        return MSG_CHECKSUM
    sequence = int(number[6:9])
    if not 1 <= sequence <= 998:
        return MSG_SEQUENCE
    try:  # a day the month has (month 01-12 here: the caller checked)
        born = date(year, int(number[2:4]), int(number[4:6]))
    except ValueError:
        return MSG_BIRTH_DATE
    return _Insz(number, False, year, born, "M" if sequence % 2 else "F")


def _analyse_with_stdnum(number: str) -> _Insz | str:
    """Any 11-digit number (BIS numbers, month 00, invalid months) through stdnum."""
    month_code = int(number[2:4])
    bis_number = month_code >= 20
    try:
        (bis if bis_number else nn).validate(number)
    except (InvalidChecksum, InvalidFormat):
        # After our own digit and length checks stdnum only raises
        # InvalidFormat for 00000000000, whose check digits (00 instead of
        # 97) are wrong anyway.
        return MSG_CHECKSUM
    except ValidationError:
        # stdnum checks the checksum first, so any other error is about the
        # month (e.g. 13 or 60), i.e. the encoded birth date.
        return MSG_BIRTH_DATE
    return _check_structure(number, bis_number)


def _check_structure(number: str, bis_number: bool) -> _Insz | str:
    """Apply the KB 1991 rules stdnum does not check (see module docstring)."""
    sequence = int(number[6:9])
    if not 1 <= sequence <= 998:
        return MSG_SEQUENCE
    month = int(number[2:4]) % 20
    day = int(number[4:6])
    year = nn.get_birth_year(number)  # century from the checksum; None if unknown
    birth_date: date | None = None
    if month == 0:
        if bis_number and day != 0 and number[:6] not in _BIS_UNKNOWN_YEAR_PREFIXES:
            return MSG_BIRTH_DATE
    else:
        if year is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
            return MSG_BIRTH_DATE
        birth_date = date(year, month, day)
    sex = bis.get_gender(number) if bis_number else nn.get_gender(number)
    return _Insz(number, bis_number, year, birth_date, sex)


def _parse(raw: object) -> _Insz | None:
    """The parsed INSZ if valid, else None."""
    result = _analyse(raw)
    return result if isinstance(result, _Insz) else None


def insz_problem(raw: object) -> str | None:
    """Dutch message describing why the INSZ is invalid.

    Returns None when the INSZ is valid (RN or BIS, born before or after
    2000) and also when it is empty, because the INSZ is optional.
    """
    result = _analyse(raw)
    return result if isinstance(result, str) else None


def is_valid_insz(raw: object) -> bool:
    """True only for a non-empty, valid RN or BIS number."""
    return _parse(raw) is not None


def is_bis(raw: object) -> bool:
    """True for a valid BIS number; False for an RN and for anything invalid."""
    parsed = _parse(raw)
    return parsed is not None and parsed.is_bis


def format_insz(raw: object) -> str:
    """Format as ``YY.MM.DD-SSS.CC``.

    Any 11-digit input is formatted, even with a wrong checksum, so the user
    can compare it with the card. Other input is returned normalized but
    unformatted, and empty input gives "".
    """
    number = normalize_insz(raw)
    if number is None:
        return ""
    if len(number) != INSZ_LENGTH or not _DIGITS.fullmatch(number):
        return number
    # What stdnum's nn.format gives for 11 digits (its compact() leaves them as they are),
    # without its string cleaning: an import formats every INSZ of the file.
    return f"{number[0:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:11]}"


def birth_date_from_insz(raw: object) -> date | None:
    """Birth date, or None when invalid or only partly known (month 00, Art. 5 forms)."""
    parsed = _parse(raw)
    return parsed.birth_date if parsed else None


def birth_year_from_insz(raw: object) -> int | None:
    """Birth year (also when day and month are unknown), None when invalid or unknown."""
    parsed = _parse(raw)
    return parsed.birth_year if parsed else None


def sex_from_insz(raw: object) -> str | None:
    """'M' or 'F'; None when invalid or for a BIS number issued with unknown sex (+20)."""
    parsed = _parse(raw)
    return parsed.sex if parsed else None
