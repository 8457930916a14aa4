"""Partners: the vocabulary of engagements and the inclusive-employer rule (pure).

An engagement is a partnership role (``partnerschap``: voortrekker or partner) or an
inclusive engagement (``inclusief``) as employer or as client of social economy, in one or
more forms. The indicator (seed 000, Kempenpact2030) counts, per municipality and in
total, how many *employers* engage inclusively on a date, against the goal of one in two.

Who is an employer: an active partner of a type in :data:`EMPLOYER_TYPES`, only
*werkgever* (regular employers in profit and social profit). Social-economy enterprises
employ the target groups by definition and would flatter the figure; interim agencies,
schools and public services are not the employers the goal is about.

An inclusive engagement counts on day D when ``started_on <= D`` and its end is empty or
after D (:func:`counts_on`). A partner engages inclusively on D when one of its inclusive
engagements counts on D; it engages ``als werkgever``, ``als opdrachtgever`` or ``beide``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

ENGAGEMENT_KINDS = ("partnerschap", "inclusief")
INCLUSIVE = "inclusief"
PARTNERSHIP = "partnerschap"
PARTNERSHIP_ROLES = ("voortrekker", "partner")
ENGAGED_AS = ("werkgever", "opdrachtgever")  # employer, or client of social economy
BOTH = "beide"  # engaged as employer and as client
INCLUSIVE_FORMS = ("aanwerving", "stage", "werkplekleren", "art60", "wijk-werken")

EMPLOYER_TYPES = ("werkgever",)
GOAL = 0.5  # one in two employers engaged inclusively


def is_employer(type_code: str, active: bool) -> bool:
    """Does this partner count in the denominator of the indicator?"""
    return active and type_code in EMPLOYER_TYPES


def counts_on(started_on: date, ended_on: date | None, day: date) -> bool:
    """Does an engagement with these dates count on `day`? (The end day no longer counts.)"""
    return started_on <= day and (ended_on is None or ended_on > day)


def engaged_as_over(kinds: Iterable[str | None]) -> str:
    """werkgever / opdrachtgever / beide over the engagements that count ('' for none).
    An inclusive engagement without `engaged_as` (older data) counts as werkgever."""
    found = {kind or ENGAGED_AS[0] for kind in kinds}
    if not found:
        return ""
    return BOTH if len(found) > 1 else next(iter(found))


def share(engaged: int, employers: int) -> float | None:
    """engaged / employers, or None when there are no employers."""
    return engaged / employers if employers else None


def meets_goal(engaged: int, employers: int) -> bool:
    value = share(engaged, employers)
    return value is not None and value >= GOAL


@dataclass(frozen=True)
class InclusiveCount:
    """How many employers there are and how many of them engage inclusively."""

    employers: int
    engaged: int

    @property
    def share(self) -> float | None:
        return share(self.engaged, self.employers)

    @property
    def meets_goal(self) -> bool:
        return meets_goal(self.engaged, self.employers)


def count_inclusive(partners: Iterable[tuple[str, bool, bool]]) -> InclusiveCount:
    """Over (type code, active, engaged today) per partner: the employers and the engaged."""
    employers = engaged = 0
    for type_code, active, is_engaged in partners:
        if is_employer(type_code, active):
            employers += 1
            engaged += 1 if is_engaged else 0
    return InclusiveCount(employers, engaged)
