"""Storage-format helpers: UUIDs and datetimes as SQLAlchemy stores them on SQLite, date
arithmetic, valid INSZ and KBO numbers, fast seeded random choices and ASCII folding."""

from __future__ import annotations

import bisect
import random
import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import Any, TypeVar

_T = TypeVar("_T")


_UUID_KEEP = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_UUID_SET = (0x4000 << 64) | (0x8000 << 48)


def _new_id(rng: random.Random) -> str:
    """A version-4 UUID from the rng, as SQLAlchemy stores it on SQLite (32 hex digits)."""
    return f"{(rng.getrandbits(128) & _UUID_KEEP) | _UUID_SET:032x}"


_LOW_80 = (1 << 80) - 1


def _ordered_id(rng: random.Random, sequence: int) -> str:
    """A version-4 UUID whose first 48 bits are ``sequence``, the rest from the rng.

    The rows of the demo go in in the order their ids were made, so ascending keys land
    at the end of the primary-key and foreign-key indexes instead of on random pages
    (measured: the status, consent and timeline inserts take half the time). The rng
    gives the same 128 bits as for _new_id, so every other choice of the demo stays the
    same for a seed.
    """
    value = (sequence << 80) | (rng.getrandbits(128) & _LOW_80)
    return f"{(value & _UUID_KEEP) | _UUID_SET:032x}"


def _stamp(day: date, minute_of_day: int = 9 * 60) -> str:
    """A naive datetime in SQLAlchemy's SQLite storage format."""
    return f"{day.isoformat()} {minute_of_day // 60:02d}:{minute_of_day % 60:02d}:00.000000"


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, 28))


def insz_for(birth: date, sequence: int, *, bis: bool = False) -> str:
    """A valid INSZ (rijksregisternummer, or BIS number with month + 40) for a birth date.

    The check digits are 97 - (N mod 97), where N is the first nine digits, with a
    2 put in front for births from 2000 on.
    """
    month = birth.month + (40 if bis else 0)
    base = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{sequence:03d}"
    number = int(base) + (2_000_000_000 if birth.year >= 2000 else 0)
    return f"{base}{97 - number % 97:02d}"


def kbo_for(first_eight: int) -> str:
    """A valid KBO number: the eight digits plus check digits 97 - (digits mod 97)."""
    return f"{first_eight:08d}{97 - first_eight % 97:02d}"


class _FastRandom(random.Random):
    """random.Random with simpler, about twice as fast choice/randint/randrange.

    Same quality for our purposes (53-bit floats, ranges far below 2**53) and just as
    deterministic for a given seed.
    """

    def choice(self, seq: Sequence[_T]) -> _T:  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + step * int(self.random() * ((stop - start + step - 1) // step))


class _Weighted:
    """Fast weighted choice (bisect on cumulative weights)."""

    __slots__ = ("cumulative", "items", "total")

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cumulative: list[float] = []
        running = 0.0
        for _, weight in pairs:
            running += weight
            self.cumulative.append(running)
        self.total = running

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect(self.cumulative, rng.random() * self.total)]


def _ascii(text: str) -> str:
    """'Ayşe Yılmaz' -> 'ayseyilmaz' for e-mail addresses."""
    text = text.replace("ı", "i").replace("'", "").replace("-", "").replace(" ", "")
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum()).lower()
