"""Kansengroepen (target groups) and the rules that derive some of them.

The codes are stored in the database: never change an existing code, only
add new ones. Labels are Dutch and shown to the user.

Age groups (jongere, 55plus) are never stored as a manual choice that can go
stale: :func:`effective_groups` always recomputes them from the birth date at
a reference date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

JONGERE = "jongere"
PLUS55 = "55plus"
LANGDURIG = "langdurig_werkzoekend"
ZEER_LANGDURIG = "zeer_langdurig_werkzoekend"
LEEFLOON = "leefloon"
ARBEIDSBEPERKING = "arbeidsbeperking"
KORTGESCHOOLD = "kortgeschoold"
ANDERSTALIG = "anderstalig"
NIEUWKOMER = "nieuwkomer"
ONTHEEMDE = "tijdelijk_ontheemde"
HERINTREDER = "herintreder"
NEET = "neet"
BUSO = "buso_schoolverlater"

ALL_TARGET_GROUPS: tuple[tuple[str, str], ...] = (
    (JONGERE, "Jongere (< 25 jaar)"),
    (PLUS55, "55-plusser"),
    (LANGDURIG, "Langdurig werkzoekend (> 1 jaar)"),
    (ZEER_LANGDURIG, "Zeer langdurig werkzoekend (> 2 jaar)"),
    (LEEFLOON, "Leefloongerechtigde"),
    (ARBEIDSBEPERKING, "Persoon met arbeidsbeperking"),
    (KORTGESCHOOLD, "Kortgeschoold"),
    (ANDERSTALIG, "Anderstalig"),
    (NIEUWKOMER, "Nieuwkomer / vluchteling"),
    (ONTHEEMDE, "Tijdelijk ontheemde (Oekraïne)"),
    (HERINTREDER, "Niet-beroepsactief / herintreder"),
    (NEET, "NEET-jongere"),
    (BUSO, "BuSO-schoolverlater"),
)

TARGET_GROUP_CODES: frozenset[str] = frozenset(code for code, _ in ALL_TARGET_GROUPS)
AGE_BASED: frozenset[str] = frozenset({JONGERE, PLUS55})

YOUNG_BELOW_AGE = 25
SENIOR_FROM_AGE = 55

_LABELS = dict(ALL_TARGET_GROUPS)


def target_group_label(code: str) -> str:
    """Dutch label for a target group code; raises ValueError for unknown codes."""
    try:
        return _LABELS[code]
    except KeyError:
        raise ValueError(f"Onbekende kansengroep: {code!r}.") from None


def age_on(birth_date: date, reference: date) -> int:
    """Age in whole years on the reference date.

    The age goes up on the birthday itself. Someone born on 29 February
    turns a year older on 1 March in non-leap years (the birthday has not yet
    been reached on 28 February). Raises ValueError if the reference date
    lies before the birth date.
    """
    if reference < birth_date:
        raise ValueError("De referentiedatum ligt vóór de geboortedatum.")
    before_birthday = (reference.month, reference.day) < (birth_date.month, birth_date.day)
    return reference.year - birth_date.year - int(before_birthday)


def age_based_groups(birth_date: date | None, reference: date) -> frozenset[str]:
    """Age groups on the reference date: jongere if age < 25, 55plus if age >= 55.

    An unknown birth date, or one after the reference date (bad data), gives
    no age group.
    """
    if birth_date is None or birth_date > reference:
        return frozenset()
    age = age_on(birth_date, reference)
    if age < YOUNG_BELOW_AGE:
        return frozenset({JONGERE})
    if age >= SENIOR_FROM_AGE:
        return frozenset({PLUS55})
    return frozenset()


def effective_groups(
    manual: Iterable[str], birth_date: date | None, reference: date
) -> frozenset[str]:
    """Manually chosen groups with the age groups replaced by computed ones.

    Age groups always follow from the birth date on the reference date, so a
    manual "jongere" is dropped once the person turns 25, and dropped as well
    when the birth date is unknown. Other codes are passed through unchanged.
    """
    return (frozenset(manual) - AGE_BASED) | age_based_groups(birth_date, reference)


def _more_than_years(since: date, reference: date, years: int) -> bool:
    """True if reference lies strictly after the years-th anniversary of since.

    The anniversary is the day :func:`age_on` reaches ``years`` (1 March for
    a 29 February start in non-leap years). That day itself is exactly N
    years, not "more than N years"; the day after is.
    """
    if reference <= since:
        return False
    return age_on(since, reference - timedelta(days=1)) >= years


def unemployment_groups(since: date | None, reference: date) -> frozenset[str]:
    """Unemployment-duration group for someone werkzoekend since a date.

    The two groups are exclusive: more than 2 years gives only
    zeer_langdurig_werkzoekend; more than 1 year up to and including exactly
    2 years gives langdurig_werkzoekend; 1 year or less, an unknown date or a
    date in the future gives nothing. Durations are strict ("> 1 jaar"), so
    on the anniversary itself the lower group still applies.
    """
    if since is None:
        return frozenset()
    if _more_than_years(since, reference, 2):
        return frozenset({ZEER_LANGDURIG})
    if _more_than_years(since, reference, 1):
        return frozenset({LANGDURIG})
    return frozenset()
