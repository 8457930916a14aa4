"""The inclusive-employer indicator: engaged employers ÷ known employers, per
municipality and in total, against the goal of one in two (seed 000, Kempenpact2030).

Which partners are "employers": the active partners of the types in
:data:`EMPLOYER_TYPES` — only *werkgever* (regular employers in profit and social
profit). Social-economy enterprises (maatwerkbedrijf, lokale diensteneconomie) employ
the target groups by definition and would flatter the figure; interim agencies, schools,
public services and the other network partners are not the employers the goal is
about. Inactive partners are left out (they are no longer part of the network).

An employer counts as engaged on date D when one of its 'inclusief' engagements (as
employer or as client of social economy) has ``started_on <= D`` and
(``ended_on`` is empty or ``ended_on > D``). The municipality is the partner's own.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import Municipality, Partner, PartnerEngagement

EMPLOYER_TYPES = ("werkgever",)
GOAL = 0.5  # one in two employers inclusive
UNKNOWN_MUNICIPALITY = "(geen gemeente)"
TOTAL = "Totaal"  # municipality label of the total row


@dataclass(frozen=True)
class IndicatorRow:
    municipality_nis: str | None  # None: partners without municipality, or the total row
    municipality: str
    employers: int
    engaged: int

    @property
    def share(self) -> float | None:
        return self.engaged / self.employers if self.employers else None

    @property
    def meets_goal(self) -> bool:
        return self.share is not None and self.share >= GOAL


@dataclass(frozen=True)
class Indicator:
    as_of: date
    rows: list[IndicatorRow]  # per municipality, by name
    total: IndicatorRow
    goal: float = GOAL


@dataclass(frozen=True)
class EmployerLine:
    id: uuid.UUID
    name: str
    municipality_nis: str | None
    municipality: str
    engaged: bool
    engaged_as: str  # werkgever / opdrachtgever / beide, "" when not engaged
    since: date | None  # start of the earliest engagement counting on the date
    forms: str  # comma list over the counting engagements


def _counts_on(as_of: date):  # type: ignore[no-untyped-def]
    return (
        (PartnerEngagement.kind == "inclusief")
        & (PartnerEngagement.started_on <= as_of)
        & ((PartnerEngagement.ended_on.is_(None)) | (PartnerEngagement.ended_on > as_of))
    )


def employers(session: Session, as_of: date | None = None, municipality_nis: str | None = None,
              all_municipalities: bool = True) -> list[EmployerLine]:
    """Every known employer with whether it is engaged on `as_of` (default today).

    With ``all_municipalities=False`` only the employers of ``municipality_nis`` (None:
    those without municipality) are returned.
    """
    day = as_of or date.today()
    stmt = (select(Partner.id, Partner.name, Partner.municipality_nis, Municipality.name)
            .outerjoin(Municipality, Municipality.nis_code == Partner.municipality_nis)
            .where(Partner.partner_type_code.in_(EMPLOYER_TYPES), Partner.active))
    if not all_municipalities:
        stmt = stmt.where(Partner.municipality_nis.is_(None) if municipality_nis is None
                          else Partner.municipality_nis == municipality_nis)
    partners = session.execute(stmt).all()
    engaged: dict[uuid.UUID, list[tuple[date, str | None, str]]] = {}
    eng_stmt = (select(PartnerEngagement.partner_id, PartnerEngagement.started_on,
                       PartnerEngagement.engaged_as, PartnerEngagement.forms)
                .join(Partner, Partner.id == PartnerEngagement.partner_id)
                .where(_counts_on(day), Partner.partner_type_code.in_(EMPLOYER_TYPES), Partner.active))
    for pid, started, engaged_as, forms in session.execute(eng_stmt):
        engaged.setdefault(pid, []).append((started, engaged_as, forms or ""))
    lines = []
    for pid, name, nis, place in partners:
        periods = engaged.get(pid, [])
        kinds = {k for _s, k, _f in periods if k}
        form_list = sorted({f for _s, _k, fs in periods for f in fs.split(",") if f})
        lines.append(EmployerLine(
            pid, name, nis, place or UNKNOWN_MUNICIPALITY, bool(periods),
            ("beide" if len(kinds) > 1 else next(iter(kinds), "werkgever")) if periods else "",
            min((s for s, _k, _f in periods), default=None), ",".join(form_list)))
    lines.sort(key=lambda line: (not line.engaged, line.name.lower()))
    return lines


def indicator(session: Session, as_of: date | None = None) -> Indicator:
    day = as_of or date.today()
    per: dict[str | None, list[int | str]] = {}
    for line in employers(session, day):
        entry = per.setdefault(line.municipality_nis, [line.municipality, 0, 0])
        entry[1] = int(entry[1]) + 1
        entry[2] = int(entry[2]) + (1 if line.engaged else 0)
    rows = [IndicatorRow(nis, str(name), int(n), int(k)) for nis, (name, n, k) in per.items()]
    rows.sort(key=lambda r: (r.municipality_nis is None, r.municipality.lower()))
    total = IndicatorRow(None, TOTAL, sum(r.employers for r in rows), sum(r.engaged for r in rows))
    return Indicator(day, rows, total)
