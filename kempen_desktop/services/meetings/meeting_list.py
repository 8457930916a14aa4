"""The list of overlegmomenten (with counts) and what vergadermodus shows about a dossier."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import (
    ActionPoint,
    AgendaItem,
    ContactPerson,
    Dossier,
    Meeting,
    MeetingParticipant,
    MeetingType,
    Partner,
    TimelineEntry,
)
from kempen_desktop.domain import meetings as rules
from kempen_desktop.domain.status import status_label
from kempen_desktop.domain.target_groups import target_group_label
from kempen_desktop.services.common import labels
from kempen_desktop.services.meetings.meetings import REGISSEUR, now_local

# -- the list of meetings ----------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingFilter:
    type_code: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    partner_id: uuid.UUID | None = None  # invited partner (or a contact of it)


@dataclass(frozen=True)
class MeetingListRow:
    id: uuid.UUID
    starts_at: datetime
    ends_at: datetime | None
    type_code: str
    type_label: str
    title: str
    location: str
    status: str
    series_id: uuid.UUID | None
    participants: int
    dossiers: int
    open_actions: int

    def is_upcoming(self, now: datetime) -> bool:
        return self.status == rules.PLANNED and self.starts_at >= now.replace(hour=0, minute=0)


def list_meetings(
    session: Session, flt: MeetingFilter | None = None, now: datetime | None = None
) -> list[MeetingListRow]:
    """Meetings matching the filter: upcoming planned ones first (soonest first), then the
    rest (most recent first)."""
    flt = flt or MeetingFilter()
    moment = now or now_local()

    def counts(column: Any, key: Any, *where: Any) -> dict[uuid.UUID, int]:
        stmt = select(key, func.count(column)).group_by(key)
        for condition in where:
            stmt = stmt.where(condition)
        return {k: int(n) for k, n in session.execute(stmt)}

    participants = counts(MeetingParticipant.id, MeetingParticipant.meeting_id)
    dossiers = counts(AgendaItem.id, AgendaItem.meeting_id, AgendaItem.dossier_id.is_not(None))
    actions = counts(
        ActionPoint.id, ActionPoint.meeting_id, ActionPoint.status.in_(rules.OPEN_ACTION_STATUSES)
    )
    stmt = select(
        Meeting.id,
        Meeting.starts_at,
        Meeting.ends_at,
        Meeting.meeting_type_code,
        labels.label_column(MeetingType),  # in the UI's language
        Meeting.title,
        Meeting.location,
        Meeting.status,
        Meeting.series_id,
    ).join(MeetingType, MeetingType.code == Meeting.meeting_type_code)
    if flt.type_code:
        stmt = stmt.where(Meeting.meeting_type_code == flt.type_code)
    if flt.status:
        stmt = stmt.where(Meeting.status == flt.status)
    if flt.date_from:
        stmt = stmt.where(Meeting.starts_at >= datetime.combine(flt.date_from, datetime.min.time()))
    if flt.date_to:
        stmt = stmt.where(
            Meeting.starts_at
            < datetime.combine(flt.date_to + timedelta(days=1), datetime.min.time())
        )
    if flt.partner_id:
        stmt = stmt.where(
            Meeting.id.in_(
                select(MeetingParticipant.meeting_id).where(
                    MeetingParticipant.partner_id == flt.partner_id
                )
            )
        )
    rows = [
        MeetingListRow(
            mid,
            starts,
            ends,
            code,
            label,
            title,
            location,
            status,
            series,
            participants.get(mid, 0),
            dossiers.get(mid, 0),
            actions.get(mid, 0),
        )
        for mid, starts, ends, code, label, title, location, status, series in session.execute(stmt)
    ]
    upcoming = sorted((r for r in rows if r.is_upcoming(moment)), key=lambda r: r.starts_at)
    rest = sorted(
        (r for r in rows if not r.is_upcoming(moment)), key=lambda r: r.starts_at, reverse=True
    )
    return upcoming + rest


# -- what vergadermodus shows about a dossier --------------------------------------------------


@dataclass(frozen=True)
class DossierSummary:
    """Only what may be on a projector: no INSZ, address, phone or birth date. `person_name`
    and the note texts are personal; vergadermodus hides them on request."""

    num: int
    person_name: str
    status: str
    status_since: date
    target_groups: tuple[str, ...]
    follows: str  # responsible partner / counsellor
    follow_up_on: date | None
    notes: tuple[tuple[datetime, str, str], ...]  # occurred_at (UTC), title, body
    open_actions: tuple[tuple[str, str, date | None], ...]  # description, owner, deadline


NOTE_KINDS = ("note", "contact", "referral", "decision")


def dossier_summary(
    session: Session, dossier_id: uuid.UUID, notes: int = 3
) -> DossierSummary | None:
    from kempen_desktop.services.dossiers.dossier_list import fetch_rows

    dossier = session.get(Dossier, dossier_id)
    if dossier is None:
        return None
    row = fetch_rows(session, [dossier.num]).get(dossier.num)
    groups = []
    for code in row.target_group_codes if row else ():
        try:
            groups.append(target_group_label(code))
        except ValueError:
            groups.append(code)
    partner = (
        session.get(Partner, dossier.responsible_partner_id)
        if dossier.responsible_partner_id
        else None
    )
    follows = ", ".join(
        part for part in (partner.name if partner else "", row.counsellor if row else "") if part
    )
    recent = session.execute(
        select(TimelineEntry.occurred_at, TimelineEntry.title, TimelineEntry.body)
        .where(TimelineEntry.dossier_id == dossier_id, TimelineEntry.kind.in_(NOTE_KINDS))
        .order_by(TimelineEntry.occurred_at.desc())
        .limit(notes)
    ).all()
    actions = []
    for description, is_regisseur, first, last, p_name, deadline in session.execute(
        select(
            ActionPoint.description,
            ActionPoint.owner_is_regisseur,
            ContactPerson.first_name,
            ContactPerson.last_name,
            Partner.name,
            ActionPoint.deadline,
        )
        .outerjoin(ContactPerson, ContactPerson.id == ActionPoint.owner_contact_id)
        .outerjoin(Partner, Partner.id == ActionPoint.owner_partner_id)
        .where(
            ActionPoint.dossier_id == dossier_id, ActionPoint.status.in_(rules.OPEN_ACTION_STATUSES)
        )
        .order_by(ActionPoint.deadline)
    ):
        owner = (
            REGISSEUR if is_regisseur else (f"{first} {last}".strip() if first else p_name or "")
        )
        actions.append((description, owner, deadline))
    return DossierSummary(
        dossier.num,
        f"{dossier.person.first_name} {dossier.person.last_name}".strip(),
        status_label(dossier.status_code),
        dossier.status_since,
        tuple(groups),
        follows,
        dossier.follow_up_on,
        tuple((at, title, body) for at, title, body in recent),
        tuple(actions),
    )
