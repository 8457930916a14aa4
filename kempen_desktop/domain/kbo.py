"""KBO enterprise number (ondernemingsnummer), e.g. ``0887.010.362``.

Ten digits, starting with 0 or 1; the last two digits are
97 - (first 8 digits mod 97), so they always lie in 01..97.

Parsing and the mod-97 test come from ``stdnum.be.vat`` (python-stdnum 2.2
has no separate ``ondernemingsnummer`` module). stdnum only checks
``(first8 + check) % 97 == 0``, which also accepts the non-canonical check
digits 00 (instead of 97), 98 (instead of 01) and 99 (instead of 02); the
KBO never issues those, so we additionally require 01..97.

Empty input is not an error (the field is optional): :func:`kbo_problem`
returns None for it.
"""

from __future__ import annotations

import math
import re

from stdnum.be import vat
from stdnum.exceptions import ValidationError

KBO_LENGTH = 10

_WHITESPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"[0-9]+")

MSG_NOT_DIGITS = (
    "Ondernemingsnummer mag alleen cijfers bevatten (eventueel met BE ervoor en punten of spaties)."
)
MSG_FIRST_DIGIT = "Ondernemingsnummer moet met 0 of 1 beginnen."
MSG_CHECKSUM = "Controlegetal van het ondernemingsnummer klopt niet."


def _msg_length(count: int) -> str:
    return f"Ondernemingsnummer moet {KBO_LENGTH} cijfers hebben (nu {count})."


def normalize_kbo(raw: object) -> str | None:
    """Return the number as bare digits, or None for empty input.

    Accepts ``BE0123.456.749``, ``0123 456 749``, ``BE 123456749``, the old
    9-digit form (a leading 0 is added) and numbers (int, or integral float)
    that lost their leading zero. Garbage never raises: it is returned
    without separators so :func:`kbo_problem` can report it.
    """
    if raw is None:
        return None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return _number_to_digits(raw)
    text = _WHITESPACE.sub("", str(raw))
    if not text:
        return None
    return vat.compact(text) or None


def _number_to_digits(value: float) -> str:
    """Digits of a non-negative integral number, zero-padded to 10."""
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return str(value)
        value = int(value)
    if value < 0:
        return str(value)
    return str(value).zfill(KBO_LENGTH)


def kbo_problem(raw: object) -> str | None:
    """Dutch message describing why the number is invalid; None if valid or empty."""
    number = normalize_kbo(raw)
    if number is None:
        return None
    if not _DIGITS.fullmatch(number):
        return MSG_NOT_DIGITS
    if len(number) != KBO_LENGTH:
        return _msg_length(len(number))
    if number[0] not in "01":
        return MSG_FIRST_DIGIT
    try:
        vat.validate(number)
    except ValidationError:
        # Digits, length and first digit are fine, so this is the checksum
        # (or 0000000000, which fails the checksum too).
        return MSG_CHECKSUM
    if not 1 <= int(number[8:]) <= 97:
        return MSG_CHECKSUM
    return None


def is_valid_kbo(raw: object) -> bool:
    """True only for a non-empty, valid enterprise number."""
    return normalize_kbo(raw) is not None and kbo_problem(raw) is None


def format_kbo(raw: object) -> str:
    """Format as ``0123.456.749``.

    Any 10-digit input is formatted (also with a wrong checksum, so the user
    can compare); other input is returned normalized, empty input as "".
    """
    number = normalize_kbo(raw)
    if number is None:
        return ""
    if len(number) != KBO_LENGTH or not _DIGITS.fullmatch(number):
        return number
    return f"{number[:4]}.{number[4:7]}.{number[7:]}"
