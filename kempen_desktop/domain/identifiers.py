"""One rule per identifier, whatever the cell it came from (issue 15).

A spreadsheet stores an INSZ, a klantnummer or a phone number as a number and drops its
leading zeros; a CSV saved from it then holds the shortened digits as text. The same list
must give the same values from .xlsx, .xls, .ods and .csv, so these rules look at the
digits only, never at whether the cell was a number or text:

INSZ
    Separators (spaces, dots, dashes, slashes) are removed. Eleven digits are the number.
    Eight to ten digits are a number that lost two, three or one leading zero (people born
    2000-2009: ``05073003328`` becomes ``5073003328``; born in 2000 nine digits, and eight
    when born January-September 2000): they are padded to eleven only when the padded
    number is a valid INSZ: its check digits (which also fix the century) confirm it. A
    birth date in the list that disagrees with the restored INSZ is then reported by the
    row check, naming both dates.
    Anything else is left as it is, so validation names the problem.
Klantnummer (VDAB)
    Digits only. With a width (profile option ``vdab_number_width``) a shorter number gets
    its leading zeros back; without a width leading zeros are dropped, so a number cell and
    a text cell give the same klantnummer either way.
Phone
    When the cell holds only digits (separators aside), the digits; a Belgian number that
    lost its leading zero (8 or 9 digits not starting with 0) gets it back. Anything else
    (``+32 470 ...``, an extension, text) is kept as written.
"""

from __future__ import annotations

import math
import re

from kempen_desktop.domain.insz import INSZ_LENGTH, insz_problem

_SEPARATORS = re.compile(r"[\s.\-/()]+")
#: The shortest INSZ a spreadsheet can leave: born January-September 2000 (three zeros lost).
SHORTEST_INSZ = 8
MAX_VDAB_WIDTH = 20


def identifier_digits(value: object) -> str:
    """The digits of a number or the text without separators ('' for empty cells).

    A whole float (1234567.0, as calamine gives number cells) loses its '.0'; text keeps
    every character but the separators, so that validation can name what is wrong.
    """
    if value.__class__ is str and value.isascii() and value.isdigit():
        return value  # digits only: no separators to take out
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and value >= 0:
            return str(int(value))
        return str(value)
    if isinstance(value, int):
        return str(value)
    return _SEPARATORS.sub("", str(value))


def restore_insz(value: object) -> str:
    """The INSZ digits, padded back to eleven when the number proves it (module docstring).

    Returns the compact text (possibly still invalid) for :func:`insz_problem` to judge.
    """
    digits = identifier_digits(value)
    if not (digits.isdigit() and SHORTEST_INSZ <= len(digits) < INSZ_LENGTH):
        return digits
    padded = digits.zfill(INSZ_LENGTH)
    return digits if insz_problem(padded) is not None else padded


def normalise_vdab_number(value: object, width: int | None = None) -> str:
    """The klantnummer by one rule (module docstring); '' when empty, text when not digits."""
    digits = identifier_digits(value)
    if not digits.isdigit():
        return digits
    if width:
        return digits.zfill(width) if len(digits) < width else digits
    return digits.lstrip("0") or "0"


def normalise_phone(value: object) -> str:
    """The phone number by one rule (module docstring); '' for an empty cell."""
    digits = identifier_digits(value)
    if not digits.isdigit():
        if isinstance(value, str):
            return " ".join(value.split())
        return digits
    if len(digits) in (8, 9) and not digits.startswith("0"):
        return "0" + digits
    return digits
