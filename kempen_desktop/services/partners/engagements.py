"""Engagements of a partner: a partnership role, or an inclusive engagement (as employer
or as client of social economy) with dated evidence. Session functions: the caller owns
the transaction.

Engagements (``partner_engagement``) are the source of truth for the inclusive-employer
indicator (the rule is in :mod:`kempen_desktop.domain.partners`). The older denormalised
fields ``partner.inclusive_since / inclusive_as / inclusive_evidence`` are kept in sync as
a cache of the state *today*, written on every engagement change: ``inclusive_since`` =
start of the earliest inclusive engagement that counts today, ``inclusive_as`` = werkgever
/ opdrachtgever / beide over those, ``inclusive_evidence`` = the evidence of the earliest.
Nothing should compute history from them; use :mod:`.partner_indicator`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import Partner, PartnerEngagement, WorkExit
from kempen_desktop.domain.merge import EditConflictError, three_way
from kempen_desktop.domain.partners import (
    ENGAGED_AS,
    ENGAGEMENT_KINDS,
    INCLUSIVE,
    INCLUSIVE_FORMS,
    PARTNERSHIP,
    PARTNERSHIP_ROLES,
    counts_on,
    engaged_as_over,
)
from kempen_desktop.services.common import audit
from kempen_desktop.services.partners.partners import (
    PartnerNotFoundError,
    PartnerValidationError,
    partner_or_error,
)


@dataclass
class EngagementInput:
    kind: str = INCLUSIVE
    role: str | None = None  # for 'partnerschap'
    engaged_as: str | None = None  # for 'inclusief'
    forms: tuple[str, ...] = field(default_factory=tuple)
    started_on: date | None = None
    ended_on: date | None = None
    evidence: str = ""
    work_exit_id: uuid.UUID | None = None
    event_id: uuid.UUID | None = None


def sync_inclusive_fields(session: Session, partner: Partner, today: date | None = None) -> None:
    """Refresh the denormalised partner.inclusive_* cache from the engagements."""
    day = today or date.today()
    session.flush()
    running = [
        row
        for row in session.execute(
            select(
                PartnerEngagement.started_on,
                PartnerEngagement.ended_on,
                PartnerEngagement.engaged_as,
                PartnerEngagement.evidence,
            )
            .where(PartnerEngagement.partner_id == partner.id, PartnerEngagement.kind == INCLUSIVE)
            .order_by(PartnerEngagement.started_on)
        )
        if counts_on(row.started_on, row.ended_on, day)
    ]
    if not running:
        partner.inclusive_since, partner.inclusive_as, partner.inclusive_evidence = None, None, ""
        return
    partner.inclusive_since = running[0].started_on
    partner.inclusive_as = engaged_as_over(row.engaged_as for row in running)
    partner.inclusive_evidence = running[0].evidence or ""


def validate_engagement(
    session: Session,
    partner_id: uuid.UUID,
    data: EngagementInput,
    exclude_id: uuid.UUID | None = None,
) -> EngagementInput:
    errors: dict[str, str] = {}
    forms = tuple(dict.fromkeys(f.strip() for f in data.forms if f and f.strip()))
    clean = EngagementInput(
        data.kind,
        data.role or None,
        data.engaged_as or None,
        forms,
        data.started_on,
        data.ended_on,
        (data.evidence or "").strip(),
        data.work_exit_id,
        data.event_id,
    )
    if clean.kind not in ENGAGEMENT_KINDS:
        errors["kind"] = "Kies partnerschap of inclusief engagement."
    elif clean.kind == PARTNERSHIP:
        if clean.role not in PARTNERSHIP_ROLES:
            errors["role"] = "Kies de rol in het partnerschap: voortrekker of partner."
        clean.engaged_as, clean.forms = None, ()
    else:
        if clean.engaged_as not in ENGAGED_AS:
            errors["engaged_as"] = (
                "Kies of de organisatie zich engageert als werkgever of als opdrachtgever."
            )
        unknown = [f for f in forms if f not in INCLUSIVE_FORMS]
        if unknown:
            errors["forms"] = "Onbekende vorm: " + ", ".join(unknown) + "."
        clean.role = None
    if clean.started_on is None:
        errors["started_on"] = "Geef de startdatum."
    elif clean.ended_on is not None and clean.ended_on < clean.started_on:
        errors["ended_on"] = "De einddatum ligt vóór de startdatum."
    if clean.work_exit_id is not None and session.get(WorkExit, clean.work_exit_id) is None:
        errors["work_exit_id"] = "Deze uitstroom bestaat niet meer."
    if not errors and clean.kind == INCLUSIVE and clean.started_on is not None:
        # Periods of the same kind of inclusive engagement may not overlap.
        others = session.execute(
            select(PartnerEngagement.started_on, PartnerEngagement.ended_on).where(
                PartnerEngagement.partner_id == partner_id,
                PartnerEngagement.kind == INCLUSIVE,
                PartnerEngagement.engaged_as == clean.engaged_as,
                PartnerEngagement.id != (exclude_id or uuid.UUID(int=0)),
            )
        ).all()
        far = date.max
        for started, ended in others:
            if clean.started_on < (ended or far) and started < (clean.ended_on or far):
                since = started.strftime("%d-%m-%Y")
                errors["started_on"] = (
                    f"Overlapt met het engagement als {clean.engaged_as} sinds {since}. "
                    "Beëindig dat eerst of pas de data aan."
                )
                break
    if errors:
        raise PartnerValidationError(errors)
    return clean


def _engagement(session: Session, engagement_id: uuid.UUID) -> PartnerEngagement:
    engagement = session.get(PartnerEngagement, engagement_id)
    if engagement is None:
        raise PartnerNotFoundError()
    return engagement


def _apply(engagement: PartnerEngagement, clean: EngagementInput) -> None:
    engagement.kind = clean.kind
    engagement.role = clean.role
    engagement.engaged_as = clean.engaged_as
    engagement.forms = ",".join(clean.forms)
    engagement.started_on = clean.started_on  # type: ignore[assignment]
    engagement.ended_on = clean.ended_on
    engagement.evidence = clean.evidence
    engagement.work_exit_id = clean.work_exit_id
    engagement.event_id = clean.event_id


def get_engagement(session: Session, engagement_id: uuid.UUID) -> tuple[uuid.UUID, EngagementInput]:
    """(partner id, the engagement as stored)."""
    e = _engagement(session, engagement_id)
    forms = tuple(f for f in (e.forms or "").split(",") if f)
    return e.partner_id, EngagementInput(
        e.kind,
        e.role,
        e.engaged_as,
        forms,
        e.started_on,
        e.ended_on,
        e.evidence,
        e.work_exit_id,
        e.event_id,
    )


def _extend_network_since(partner: Partner, started_on: date | None) -> None:
    """An engagement before the partner's *in netwerk sinds* date moves that date back (a
    partner engaged on a day was in the network on it). An empty date stays empty: the
    indicator then takes the first engagement or the day of creation."""
    since = partner.network_since
    if started_on is not None and since is not None and started_on < since:
        partner.network_since = started_on


def add_engagement(session: Session, partner_id: uuid.UUID, data: EngagementInput) -> uuid.UUID:
    partner = partner_or_error(session, partner_id)
    clean = validate_engagement(session, partner_id, data)
    engagement = PartnerEngagement(partner_id=partner_id)
    _apply(engagement, clean)
    session.add(engagement)
    session.flush()
    sync_inclusive_fields(session, partner)
    _extend_network_since(partner, clean.started_on)
    audit.record(session, "engagement.create", "partner_engagement", engagement.id, clean.kind)
    return engagement.id


def update_engagement(
    session: Session,
    engagement_id: uuid.UUID,
    data: EngagementInput,
    *,
    base: EngagementInput | None = None,
) -> None:
    """`base`: the engagement as the form opened it. A field someone else changed since
    stays theirs unless I changed it too: then EditConflictError, nothing written (issue
    19). Engagements carry no version column: the field comparison is the check."""
    engagement = _engagement(session, engagement_id)
    if base is not None:
        theirs = get_engagement(session, engagement_id)[1]
        merge = three_way(base, theirs, data)
        if merge.conflicts:
            raise EditConflictError(merge.conflicts, merged=merge.merged, theirs=theirs)
        data = merge.merged
    clean = validate_engagement(session, engagement.partner_id, data, exclude_id=engagement_id)
    _apply(engagement, clean)
    partner = partner_or_error(session, engagement.partner_id)
    sync_inclusive_fields(session, partner)
    _extend_network_since(partner, clean.started_on)
    audit.record(session, "engagement.change", "partner_engagement", engagement_id)


def end_engagement(session: Session, engagement_id: uuid.UUID, ended_on: date) -> None:
    engagement = _engagement(session, engagement_id)
    if ended_on < engagement.started_on:
        raise PartnerValidationError({"ended_on": "De einddatum ligt vóór de startdatum."})
    engagement.ended_on = ended_on
    sync_inclusive_fields(session, partner_or_error(session, engagement.partner_id))
    audit.record(session, "engagement.end", "partner_engagement", engagement_id)


def delete_engagement(session: Session, engagement_id: uuid.UUID) -> None:
    engagement = _engagement(session, engagement_id)
    partner = partner_or_error(session, engagement.partner_id)
    session.delete(engagement)
    sync_inclusive_fields(session, partner)
    audit.record(session, "engagement.delete", "partner_engagement", engagement_id)
