"""The fast path for rijksregisternummers agrees with the stdnum path on every kind of number."""

from __future__ import annotations

import random

from kempen_desktop.domain import insz


def test_fast_path_equals_stdnum_path() -> None:
    rng = random.Random(2025)
    numbers = set()
    for _ in range(20_000):
        base = (
            f"{rng.randrange(100):02d}{rng.randrange(1, 13):02d}{rng.randrange(0, 33):02d}"
            f"{rng.choice([0, 1, 2, 500, 997, 998, 999, rng.randrange(1000)]):03d}"
        )
        numbers.add(base + f"{rng.randrange(100):02d}")  # mostly a wrong checksum
        numbers.add(base + f"{97 - int(base) % 97:02d}")  # born in the 1900s
        numbers.add(base + f"{97 - int('2' + base) % 97:02d}")  # born in the 2000s
    for number in numbers:
        assert insz._analyse_rn(number) == insz._analyse_with_stdnum(number), number
