"""Reading one cell: text, names, dates, INSZ, sex, postcode, phone, e-mail, numbers.

Cells come from the reader as str, int, float, bool, date, datetime or None (calamine
gives floats for whole numbers and ``''`` for empty cells). Every parser here is pure
and never raises on odd input: it returns a value, or None with a Dutch problem.

Names
    Stored as given, trimmed and with inner runs of spaces collapsed. A name written in
    capitals only ("VAN DEN BROECK", as many lists do) is put in proper case: each part
    capitalised ("Van Den Broeck" would be wrong in Flanders, so the particles
    de, den, der, van, vande, vanden, vander, ten, ter, te, het, 't, d', le, la, du, des
    stay lower case unless they come first: "VAN DEN BROECK" -> "Van den Broeck",
    "JAN-PIETER" -> "Jan-Pieter", "D'HONDT" -> "D'Hondt"). Mixed-case names are never
    touched. For matching, :func:`name_key` drops case, accents, spaces, hyphens and
    apostrophes.

Dates
    Real dates; Excel serial numbers (1900 date system, as int or float); text as
    ``03/05/2023``, ``3-5-2023``, ``03.05.2023`` (always day first, never swapped) or
    ``2023-05-03``; a two-digit year is read in the last hundred years. A time part
    ("03/05/2023 00:00") is ignored.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta

from kempen_desktop.domain.date_input import IMPORT_CELL, read_date
from kempen_desktop.domain.identifiers import normalise_phone, restore_insz
from kempen_desktop.domain.insz import insz_problem

_SPACES = re.compile(r"\s+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_EXCEL_EPOCH = date(1899, 12, 30)
_MAX_SERIAL = 2_958_465  # 9999-12-31
_PARTICLES = frozenset(
    {
        "de",
        "den",
        "der",
        "van",
        "vande",
        "vanden",
        "vander",
        "ten",
        "ter",
        "te",
        "het",
        "'t",
        "d'",
        "le",
        "la",
        "du",
        "des",
        "von",
        "zu",
        "di",
        "da",
        "del",
        "della",
        "dos",
        "das",
    }
)
_NAME_PART = re.compile(r"([\s\-]+)")


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def number_text(value: float) -> str:
    """A number as the user would read it: 2300.0 -> '2300', 2.5 -> '2,5'."""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value.is_integer():
            return str(int(value))
        return repr(value).replace(".", ",")
    return str(value)


def cell_text(value: object) -> str:
    """Any cell as trimmed text with single spaces (dates as dd-mm-jjjj)."""
    if value.__class__ is str:
        text: str = value
        joined = " ".join(text.split())
        # Keep the cell's own string when nothing changed: one copy in memory, not two.
        return text if joined == text else joined
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, (int, float)):
        return number_text(value)
    if isinstance(value, datetime):
        if value.hour or value.minute or value.second:
            return f"{value:%d-%m-%Y %H:%M}"
        return f"{value:%d-%m-%Y}"
    if isinstance(value, date):
        return f"{value:%d-%m-%Y}"
    return _SPACES.sub(" ", str(value)).strip()


def format_date(value: date | None) -> str:
    return f"{value:%d-%m-%Y}" if value else ""


# -- names -----------------------------------------------------------------------------------


def _capitalise(part: str) -> str:
    if "'" in part and not part.endswith("'"):
        head, _, tail = part.partition("'")
        if len(head) <= 1:  # d'hondt, o'brien
            return head.upper() + "'" + tail[:1].upper() + tail[1:].lower()
    return part[:1].upper() + part[1:].lower()


def proper_case(text: str, *, particles: bool) -> str:
    """Proper case for a name written in capitals (see module docstring)."""
    pieces = _NAME_PART.split(text)
    out = []
    first = True
    for piece in pieces:
        if not piece or _NAME_PART.fullmatch(piece):
            out.append(piece)
            continue
        low = piece.lower()
        if particles and not first and low in _PARTICLES:
            out.append(low)
        else:
            out.append(_capitalise(piece))
        first = False
    return "".join(out)


def clean_name(value: object, *, last_name: bool = False) -> str:
    text = cell_text(value)
    if text.isupper() and len(text) > 1:  # every cased letter is a capital
        text = proper_case(text, particles=last_name)
    return text


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_ASCII_OTHER = re.compile(r"[^0-9a-z]+")


def name_key(text: str) -> str:
    """Name for exact matching: no case, accents, spaces, hyphens or punctuation."""
    if text.isascii():  # most names: ten times faster than the Unicode route
        return _ASCII_OTHER.sub("", text.lower())
    return "".join(ch for ch in _fold(text) if ch.isalnum())


def fuzzy_name(last: str, first: str) -> str:
    """Full name for similarity: folded, separators as single spaces."""
    text = f"{last} {first}"
    if text.isascii():
        return _ASCII_OTHER.sub(" ", text.lower()).strip()
    folded = _fold(text)
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


# -- dates -----------------------------------------------------------------------------------


def parse_date(value: object, today: date) -> tuple[date | None, str | None]:
    """(date, None), (None, None) when empty, or (None, Dutch problem)."""
    if is_empty(value):
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, bool):
        return None, f"'{cell_text(value)}' is geen datum."
    if isinstance(value, (int, float)):
        if not math.isfinite(value) or value < 1 or value > _MAX_SERIAL:
            return None, f"'{cell_text(value)}' is geen datum."
        days = int(value)
        if days < 61:  # Excel counts a 29 February 1900 that never was
            return date(1899, 12, 31) + timedelta(days=days), None
        return _EXCEL_EPOCH + timedelta(days=days), None
    text = cell_text(value)
    reading = read_date(text, today, IMPORT_CELL)  # the same rule as every date field
    if reading.day is None:
        return None, f"'{text[:40]}' is geen geldige datum."
    return reading.day, None


# -- identifiers -----------------------------------------------------------------------------


def parse_insz(value: object) -> tuple[str | None, str | None]:
    """(11 digits, None), (None, None) when empty, or (None, Dutch problem).

    Numbers and text alike get lost leading zeros back when the padded number is a valid
    INSZ (domain.identifiers.restore_insz); the row then checks it against the birth date.
    """
    if is_empty(value):
        return None, None
    if isinstance(value, (bool, date, datetime)):
        return None, "INSZ is geen getal."
    number = restore_insz(value)
    problem = insz_problem(number)
    if problem:
        return None, problem
    return number, None


def parse_digits(value: object) -> str:
    """A number-like identifier as digits ('1234567.0' from a float cell -> '1234567')."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = cell_text(value)
    compact = re.sub(r"[\s.\-/]", "", text)
    return compact


def parse_sex(value: object) -> tuple[str | None, str | None]:
    text = name_key(cell_text(value))
    if not text:
        return None, None
    if text in {"m", "man", "mannelijk", "male", "h", "homme", "1"}:
        return "M", None
    if text in {"v", "vrouw", "vrouwelijk", "f", "female", "femme", "2"}:
        return "F", None
    if text in {"x", "andere", "anders", "onbekend", "other"}:
        return "X", None
    return None, f"Geslacht '{cell_text(value)[:20]}' niet herkend."


def parse_postcode(value: object) -> tuple[str | None, str | None]:
    text = parse_digits(value)
    if not text:
        return None, None
    if len(text) == 4 and text.isdigit() and text[0] != "0":
        return text, None
    return None, f"Postcode '{cell_text(value)[:20]}' is geen Belgische postcode."


def parse_phone(value: object) -> str:
    """One rule for number and text cells (domain.identifiers.normalise_phone)."""
    if is_empty(value):
        return ""
    return normalise_phone(value)  # rows.MAX_TEXT rejects a longer cell


def parse_email(value: object) -> tuple[str | None, str | None]:
    text = cell_text(value)
    if not text:
        return None, None
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if _EMAIL.match(text) and len(text) <= 200:
        return text, None
    return None, f"E-mailadres '{text[:40]}' is ongeldig."


def split_list(value: object) -> list[str]:
    """'Kortgeschoold; Anderstalig, Leefloon' -> the three parts (also one per line)."""
    text = value if isinstance(value, str) else cell_text(value)
    return [" ".join(part.split()) for part in re.split(r"[;,|\n\r]+", text) if part.strip()]
