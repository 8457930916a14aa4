"""Tests for kempen_desktop.domain.target_groups."""

from __future__ import annotations

from datetime import date

import pytest

from kempen_desktop.domain import target_groups as tg
from kempen_desktop.domain.target_groups import (
    AGE_BASED,
    ALL_TARGET_GROUPS,
    JONGERE,
    KORTGESCHOOLD,
    LANGDURIG,
    LEEFLOON,
    PLUS55,
    ZEER_LANGDURIG,
    age_based_groups,
    age_on,
    effective_groups,
    target_group_label,
    unemployment_groups,
)


def test_codes_are_stable() -> None:
    # These strings live in the database: changing one breaks existing data.
    assert [code for code, _ in ALL_TARGET_GROUPS] == [
        "jongere",
        "55plus",
        "langdurig_werkzoekend",
        "zeer_langdurig_werkzoekend",
        "leefloon",
        "arbeidsbeperking",
        "kortgeschoold",
        "anderstalig",
        "nieuwkomer",
        "tijdelijk_ontheemde",
        "herintreder",
        "neet",
        "buso_schoolverlater",
    ]
    assert (tg.ONTHEEMDE, tg.HERINTREDER, tg.NEET, tg.BUSO) == (
        "tijdelijk_ontheemde",
        "herintreder",
        "neet",
        "buso_schoolverlater",
    )
    assert AGE_BASED == frozenset({"jongere", "55plus"})


def test_labels() -> None:
    labels = dict(ALL_TARGET_GROUPS)
    assert labels["jongere"] == "Jongere (< 25 jaar)"
    assert labels["55plus"] == "55-plusser"
    assert labels["langdurig_werkzoekend"] == "Langdurig werkzoekend (> 1 jaar)"
    assert labels["zeer_langdurig_werkzoekend"] == "Zeer langdurig werkzoekend (> 2 jaar)"
    assert labels["leefloon"] == "Leefloongerechtigde"
    assert labels["arbeidsbeperking"] == "Persoon met arbeidsbeperking"
    assert labels["kortgeschoold"] == "Kortgeschoold"
    assert labels["anderstalig"] == "Anderstalig"
    assert labels["nieuwkomer"] == "Nieuwkomer / vluchteling"
    assert labels["tijdelijk_ontheemde"] == "Tijdelijk ontheemde (Oekraïne)"
    assert labels["herintreder"] == "Niet-beroepsactief / herintreder"
    assert labels["neet"] == "NEET-jongere"
    assert labels["buso_schoolverlater"] == "BuSO-schoolverlater"
    assert target_group_label(PLUS55) == "55-plusser"
    assert len(labels) == len(ALL_TARGET_GROUPS)  # no duplicate codes


def test_unknown_label_raises() -> None:
    with pytest.raises(ValueError, match="Onbekende kansengroep"):
        target_group_label("bestaat_niet")


# --- age_on -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "reference", "age"),
    [
        (date(2000, 6, 15), date(2000, 6, 15), 0),
        (date(2000, 6, 15), date(2024, 6, 14), 23),  # eve of 24th birthday
        (date(2000, 6, 15), date(2024, 6, 15), 24),  # 24th birthday
        (date(2000, 6, 15), date(2025, 6, 14), 24),
        (date(2000, 6, 15), date(2025, 6, 15), 25),
        (date(2000, 6, 15), date(2025, 12, 31), 25),
        (date(1970, 1, 1), date(2024, 12, 31), 54),
        (date(1970, 1, 1), date(2025, 1, 1), 55),
        # Leap-day births: birthday is reached on 1 March in non-leap years.
        (date(2000, 2, 29), date(2025, 2, 28), 24),
        (date(2000, 2, 29), date(2025, 3, 1), 25),
        (date(2000, 2, 29), date(2024, 2, 28), 23),
        (date(2000, 2, 29), date(2024, 2, 29), 24),
        # Born 28 February: birthday is 28 February, also in leap years.
        (date(2001, 2, 28), date(2024, 2, 28), 23),
        (date(2001, 2, 28), date(2024, 2, 27), 22),
    ],
)
def test_age_on(birth: date, reference: date, age: int) -> None:
    assert age_on(birth, reference) == age


def test_age_on_rejects_reference_before_birth() -> None:
    with pytest.raises(ValueError):
        age_on(date(2000, 1, 2), date(2000, 1, 1))


# --- age_based_groups -------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "reference", "groups"),
    [
        (date(2000, 6, 15), date(2024, 6, 14), {JONGERE}),  # 23, eve of 24th birthday
        (date(2000, 6, 15), date(2024, 6, 15), {JONGERE}),  # 24th birthday
        (date(2000, 6, 15), date(2025, 6, 14), {JONGERE}),  # last day as 24
        (date(2000, 6, 15), date(2025, 6, 15), set()),  # 25th birthday: no longer < 25
        (date(1970, 3, 10), date(2025, 3, 9), set()),  # 54
        (date(1970, 3, 10), date(2025, 3, 10), {PLUS55}),  # 55th birthday
        (date(1940, 1, 1), date(2025, 1, 1), {PLUS55}),
        (date(1990, 1, 1), date(2025, 1, 1), set()),
        # Leap-day birth, non-leap reference year.
        (date(2000, 2, 29), date(2025, 2, 28), {JONGERE}),
        (date(2000, 2, 29), date(2025, 3, 1), set()),
        (date(1970, 2, 28), date(2025, 2, 28), {PLUS55}),
        (date(1968, 2, 29), date(2023, 2, 28), set()),  # still 54
        (date(1968, 2, 29), date(2023, 3, 1), {PLUS55}),
        (date(1968, 2, 29), date(2024, 2, 29), {PLUS55}),  # 56 on a real leap day
    ],
)
def test_age_based_groups(birth: date, reference: date, groups: set[str]) -> None:
    assert age_based_groups(birth, reference) == frozenset(groups)


def test_age_based_groups_without_usable_birth_date() -> None:
    assert age_based_groups(None, date(2025, 1, 1)) == frozenset()
    assert age_based_groups(date(2026, 1, 1), date(2025, 1, 1)) == frozenset()


# --- effective_groups -------------------------------------------------------


def test_effective_groups_adds_computed_age_group() -> None:
    result = effective_groups([LEEFLOON], date(2003, 5, 1), date(2025, 5, 1))
    assert result == frozenset({LEEFLOON, JONGERE})


def test_effective_groups_drops_stale_manual_age_group() -> None:
    # Marked "jongere" by hand, but turned 25 on the reference date.
    result = effective_groups([JONGERE, KORTGESCHOOLD], date(2000, 5, 1), date(2025, 5, 1))
    assert result == frozenset({KORTGESCHOOLD})


def test_effective_groups_replaces_wrong_age_group() -> None:
    result = effective_groups([JONGERE], date(1960, 1, 1), date(2025, 1, 1))
    assert result == frozenset({PLUS55})


def test_effective_groups_unknown_birth_date_drops_age_groups() -> None:
    result = effective_groups({PLUS55, LEEFLOON}, None, date(2025, 1, 1))
    assert result == frozenset({LEEFLOON})


def test_effective_groups_accepts_any_iterable_and_deduplicates() -> None:
    manual = (code for code in [LEEFLOON, LEEFLOON, KORTGESCHOOLD])
    result = effective_groups(manual, date(1985, 1, 1), date(2025, 1, 1))
    assert result == frozenset({LEEFLOON, KORTGESCHOOLD})


# --- unemployment_groups ----------------------------------------------------


@pytest.mark.parametrize(
    ("since", "reference", "groups"),
    [
        (date(2024, 3, 10), date(2024, 3, 10), set()),
        (date(2024, 3, 10), date(2025, 3, 9), set()),
        (date(2024, 3, 10), date(2025, 3, 10), set()),  # exactly 1 year: not > 1 year
        (date(2024, 3, 10), date(2025, 3, 11), {LANGDURIG}),
        (date(2024, 3, 10), date(2026, 3, 10), {LANGDURIG}),  # exactly 2 years
        (date(2024, 3, 10), date(2026, 3, 11), {ZEER_LANGDURIG}),  # only the higher group
        (date(2015, 1, 1), date(2025, 1, 1), {ZEER_LANGDURIG}),
        # 29 February start: anniversary is 1 March in non-leap years.
        (date(2024, 2, 29), date(2025, 2, 28), set()),
        (date(2024, 2, 29), date(2025, 3, 1), set()),
        (date(2024, 2, 29), date(2025, 3, 2), {LANGDURIG}),
        (date(2024, 2, 29), date(2026, 3, 1), {LANGDURIG}),
        (date(2024, 2, 29), date(2026, 3, 2), {ZEER_LANGDURIG}),
        (date(2026, 1, 1), date(2025, 1, 1), set()),  # start in the future
    ],
)
def test_unemployment_groups(since: date, reference: date, groups: set[str]) -> None:
    assert unemployment_groups(since, reference) == frozenset(groups)


def test_unemployment_groups_unknown_start() -> None:
    assert unemployment_groups(None, date(2025, 1, 1)) == frozenset()
