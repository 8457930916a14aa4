"""The inclusive-employer indicator and the inclusive state of partners on a day, read
from the engagements with the rule of :mod:`kempen_desktop.domain.partners` (who is an
employer, when an engagement counts, the share against the goal of one in two).
The municipality is the partner's own. Inactive partners are left out of the indicator
(they are no longer part of the network), and so are employers that joined the network
after the day: the indicator as of D counts the employers in the network on D
(:func:`network_since`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import Municipality, Partner, PartnerEngagement
from kempen_desktop.domain.partners import (
    EMPLOYER_TYPES,
    GOAL,
    INCLUSIVE,
    InclusiveCount,
    counts_on,
    engaged_as_over,
)
from kempen_desktop.services.reports import overview
from kempen_desktop.services.reports.overview import PartnerRow

UNKNOWN_MUNICIPALITY = "(geen gemeente)"
TOTAL = "Totaal"  # municipality label of the total row


@dataclass(frozen=True)
class IndicatorRow(InclusiveCount):
    municipality_nis: str | None = None  # None: partners without municipality, or the total row
    municipality: str = ""


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


@dataclass(frozen=True)
class _Counting:
    partner_id: uuid.UUID
    started_on: date
    engaged_as: str | None
    forms: str


def _counting(
    session: Session, day: date, employers_only: bool
) -> dict[uuid.UUID, list[_Counting]]:
    """Per partner its inclusive engagements that count on `day`."""
    stmt = select(
        PartnerEngagement.partner_id,
        PartnerEngagement.started_on,
        PartnerEngagement.ended_on,
        PartnerEngagement.engaged_as,
        PartnerEngagement.forms,
    ).where(PartnerEngagement.kind == INCLUSIVE, PartnerEngagement.started_on <= day)
    if employers_only:
        stmt = stmt.join(Partner, Partner.id == PartnerEngagement.partner_id).where(
            Partner.partner_type_code.in_(EMPLOYER_TYPES), Partner.active
        )
    found: dict[uuid.UUID, list[_Counting]] = {}
    for pid, started, ended, engaged_as, forms in session.execute(stmt):
        if counts_on(started, ended, day):
            found.setdefault(pid, []).append(_Counting(pid, started, engaged_as, forms or ""))
    return found


def network_since(
    session: Session, partner_ids: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, date]:
    """Per partner the day it is in the network since: the saved *in netwerk sinds*, else the
    start of its first engagement or, without one, the day it was created (whichever is first)."""
    wanted = None if partner_ids is None else list(partner_ids)
    firsts_stmt = select(PartnerEngagement.partner_id, func.min(PartnerEngagement.started_on))
    rows_stmt = select(Partner.id, Partner.network_since, Partner.created_at)
    if wanted is not None:
        firsts_stmt = firsts_stmt.where(PartnerEngagement.partner_id.in_(wanted))
        rows_stmt = rows_stmt.where(Partner.id.in_(wanted))
    firsts: dict[uuid.UUID, date] = {
        pid: first
        for pid, first in session.execute(firsts_stmt.group_by(PartnerEngagement.partner_id))
    }
    result: dict[uuid.UUID, date] = {}
    for pid, saved, created in session.execute(rows_stmt):
        if saved is not None:
            result[pid] = saved
            continue
        made = created.date() if isinstance(created, datetime) else date.today()
        first = firsts.get(pid)
        result[pid] = min(made, first) if first is not None else made
    return result


def current_inclusive(
    session: Session, today: date | None = None
) -> dict[uuid.UUID, tuple[date, str]]:
    """Per partner with an inclusive engagement counting on `today`: (earliest start, werkgever /
    opdrachtgever / beide). Computed from the engagements, so unlike the partner.inclusive_*
    cache it is right on any day, also after an engagement's end date has passed."""
    return {
        pid: (min(c.started_on for c in counting), engaged_as_over(c.engaged_as for c in counting))
        for pid, counting in _counting(session, today or date.today(), False).items()
    }


def partner_rows(session: Session, today: date | None = None) -> list[PartnerRow]:
    """The partner list, its inclusive state brought up to date from the engagements."""
    current = current_inclusive(session, today)
    return [
        replace(
            row,
            inclusive_since=current[row.id][0] if row.id in current else None,
            inclusive_as=current[row.id][1] if row.id in current else "",
        )
        for row in overview.partners(session, screen_labels=True)
    ]


def employers(
    session: Session,
    as_of: date | None = None,
    municipality_nis: str | None = None,
    all_municipalities: bool = True,
) -> list[EmployerLine]:
    """Every employer in the network on `as_of` (default today) with whether it is engaged.

    With ``all_municipalities=False`` only the employers of ``municipality_nis`` (None:
    those without municipality) are returned.
    """
    day = as_of or date.today()
    stmt = (
        select(Partner.id, Partner.name, Partner.municipality_nis, Municipality.name)
        .outerjoin(Municipality, Municipality.nis_code == Partner.municipality_nis)
        .where(Partner.partner_type_code.in_(EMPLOYER_TYPES), Partner.active)
    )
    if not all_municipalities:
        stmt = stmt.where(
            Partner.municipality_nis.is_(None)
            if municipality_nis is None
            else Partner.municipality_nis == municipality_nis
        )
    engaged = _counting(session, day, True)
    since = network_since(session)
    lines = []
    for pid, name, nis, place in session.execute(stmt).all():
        if since.get(pid, day) > day:
            continue  # not yet in the network on the day
        counting = engaged.get(pid, [])
        form_list = sorted({f for c in counting for f in c.forms.split(",") if f})
        lines.append(
            EmployerLine(
                pid,
                name,
                nis,
                place or UNKNOWN_MUNICIPALITY,
                bool(counting),
                engaged_as_over(c.engaged_as for c in counting),
                min((c.started_on for c in counting), default=None),
                ",".join(form_list),
            )
        )
    lines.sort(key=lambda line: (not line.engaged, line.name.lower()))
    return lines


def indicator(session: Session, as_of: date | None = None) -> Indicator:
    day = as_of or date.today()
    per: dict[str | None, tuple[str, int, int]] = {}
    for line in employers(session, day):
        name, n, k = per.get(line.municipality_nis, (line.municipality, 0, 0))
        per[line.municipality_nis] = (name, n + 1, k + (1 if line.engaged else 0))
    rows = [IndicatorRow(n, k, nis, name) for nis, (name, n, k) in per.items()]
    rows.sort(key=lambda r: (r.municipality_nis is None, r.municipality.lower()))
    total = IndicatorRow(sum(r.employers for r in rows), sum(r.engaged for r in rows), None, TOTAL)
    return Indicator(day, rows, total)
