"""What a partner has done with us: the dossiers it follows or employed, the meetings it
took part in, the action points it owns, the events it joined, its engagements and the
cooperation log.

A partner "follows" a dossier when it is the responsible partner or one of its contact
persons is the counsellor; it "employed" the client of a dossier when a work exit names
it as employer. Participation and ownership through one of its contact persons count too.
Long lists are capped at :data:`LIMIT` rows (most recent first); the totals stay exact.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import (
    ActionPoint,
    ContactPerson,
    CooperationEntry,
    Dossier,
    DossierStatus,
    Event,
    Meeting,
    MeetingParticipant,
    MeetingType,
    PartnerEngagement,
    Person,
    WorkExit,
    event_employer,
    event_partner,
)

LIMIT = 500


@dataclass(frozen=True)
class DossierLine:
    dossier_id: uuid.UUID
    num: int
    name: str
    status: str
    opened_on: date
    how: str  # Dutch: "verantwoordelijke partner", "begeleider: An Peeters", "werkgever"
    on: date | None = None  # start of the job, for employed


@dataclass(frozen=True)
class MeetingLine:
    meeting_id: uuid.UUID
    starts_at: datetime
    type_label: str
    title: str
    who: str  # contact person, or "" for the organisation itself
    attendance: str


@dataclass(frozen=True)
class ActionLine:
    id: uuid.UUID
    description: str
    owner: str
    deadline: date | None
    status: str
    meeting_title: str


@dataclass(frozen=True)
class EventLine:
    id: uuid.UUID
    held_on: date
    kind: str
    title: str
    location: str


@dataclass(frozen=True)
class EngagementLine:
    id: uuid.UUID
    kind: str
    role: str | None
    engaged_as: str | None
    forms: str
    started_on: date
    ended_on: date | None
    evidence: str
    work_exit_id: uuid.UUID | None
    event_id: uuid.UUID | None
    event_title: str = ""

    def counts_on(self, day: date) -> bool:
        return self.started_on <= day and (self.ended_on is None or self.ended_on > day)


@dataclass(frozen=True)
class CooperationLine:
    occurred_on: date
    kind: str
    description: str


@dataclass
class PartnerHistory:
    followed: list[DossierLine] = field(default_factory=list)
    followed_total: int = 0
    employed: list[DossierLine] = field(default_factory=list)
    employed_total: int = 0
    meetings: list[MeetingLine] = field(default_factory=list)
    meetings_total: int = 0
    actions: list[ActionLine] = field(default_factory=list)
    actions_total: int = 0
    events: list[EventLine] = field(default_factory=list)
    engagements: list[EngagementLine] = field(default_factory=list)
    cooperation: list[CooperationLine] = field(default_factory=list)


def _name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


def engagements(session: Session, partner_id: uuid.UUID) -> list[EngagementLine]:
    """A partner's engagements, newest first."""
    rows = session.execute(
        select(PartnerEngagement, Event.title)
        .outerjoin(Event, Event.id == PartnerEngagement.event_id)
        .where(PartnerEngagement.partner_id == partner_id)
        .order_by(PartnerEngagement.started_on.desc())
    )
    return [
        EngagementLine(
            e.id,
            e.kind,
            e.role,
            e.engaged_as,
            e.forms or "",
            e.started_on,
            e.ended_on,
            e.evidence or "",
            e.work_exit_id,
            e.event_id,
            title or "",
        )
        for e, title in rows
    ]


def partner_history(session: Session, partner_id: uuid.UUID, limit: int = LIMIT) -> PartnerHistory:
    history = PartnerHistory()
    contacts = {
        cid: _name(first, last)
        for cid, first, last in session.execute(
            select(ContactPerson.id, ContactPerson.first_name, ContactPerson.last_name).where(
                ContactPerson.partner_id == partner_id
            )
        )
    }
    contact_ids = list(contacts)

    follows = or_(
        Dossier.responsible_partner_id == partner_id, Dossier.counsellor_id.in_(contact_ids)
    )
    history.followed_total = int(
        session.scalar(select(func.count()).select_from(Dossier).where(follows)) or 0
    )
    for did, num, first, last, status, opened, responsible, counsellor in session.execute(
        select(
            Dossier.id,
            Dossier.num,
            Person.first_name,
            Person.last_name,
            DossierStatus.label,
            Dossier.opened_on,
            Dossier.responsible_partner_id,
            Dossier.counsellor_id,
        )
        .join(Person, Person.id == Dossier.person_id)
        .join(DossierStatus, DossierStatus.code == Dossier.status_code)
        .where(follows)
        .order_by(Dossier.opened_on.desc(), Dossier.num.desc())
        .limit(limit)
    ):
        how = []
        if responsible == partner_id:
            how.append("verantwoordelijke partner")
        if counsellor in contacts:
            how.append(f"begeleider: {contacts[counsellor]}")
        history.followed.append(
            DossierLine(did, num, _name(first, last), status, opened, "; ".join(how))
        )

    employed = WorkExit.employer_partner_id == partner_id
    history.employed_total = int(
        session.scalar(select(func.count()).select_from(WorkExit).where(employed)) or 0
    )
    for did, num, first, last, status, opened, started in session.execute(
        select(
            Dossier.id,
            Dossier.num,
            Person.first_name,
            Person.last_name,
            DossierStatus.label,
            Dossier.opened_on,
            WorkExit.started_on,
        )
        .join(Dossier, Dossier.id == WorkExit.dossier_id)
        .join(Person, Person.id == Dossier.person_id)
        .join(DossierStatus, DossierStatus.code == Dossier.status_code)
        .where(employed)
        .order_by(WorkExit.started_on.desc())
        .limit(limit)
    ):
        history.employed.append(
            DossierLine(did, num, _name(first, last), status, opened, "werkgever", started)
        )

    takes_part = or_(
        MeetingParticipant.partner_id == partner_id,
        MeetingParticipant.contact_person_id.in_(contact_ids),
    )
    history.meetings_total = int(
        session.scalar(
            select(func.count(func.distinct(MeetingParticipant.meeting_id))).where(takes_part)
        )
        or 0
    )
    seen: dict[uuid.UUID, int] = {}
    for mid, starts, type_label, title, contact_id, name, attendance in session.execute(
        select(
            Meeting.id,
            Meeting.starts_at,
            MeetingType.label,
            Meeting.title,
            MeetingParticipant.contact_person_id,
            MeetingParticipant.name,
            MeetingParticipant.attendance,
        )
        .join(Meeting, Meeting.id == MeetingParticipant.meeting_id)
        .join(MeetingType, MeetingType.code == Meeting.meeting_type_code)
        .where(takes_part)
        .order_by(Meeting.starts_at.desc())
        .limit(limit * 3)
    ):
        who = contacts.get(contact_id, "") if contact_id else (name or "")
        if mid in seen:  # several people of one partner in one meeting: one line
            line = history.meetings[seen[mid]]
            names = ", ".join(n for n in (line.who, who) if n)
            history.meetings[seen[mid]] = MeetingLine(
                mid, starts, type_label, title, names, line.attendance
            )
            continue
        if len(history.meetings) >= limit:
            continue
        seen[mid] = len(history.meetings)
        history.meetings.append(MeetingLine(mid, starts, type_label, title, who, attendance))

    owns = or_(
        ActionPoint.owner_partner_id == partner_id, ActionPoint.owner_contact_id.in_(contact_ids)
    )
    history.actions_total = int(
        session.scalar(select(func.count()).select_from(ActionPoint).where(owns)) or 0
    )
    for aid, description, contact_id, deadline, status, meeting_title in session.execute(
        select(
            ActionPoint.id,
            ActionPoint.description,
            ActionPoint.owner_contact_id,
            ActionPoint.deadline,
            ActionPoint.status,
            Meeting.title,
        )
        .outerjoin(Meeting, Meeting.id == ActionPoint.meeting_id)
        .where(owns)
        .order_by(ActionPoint.status.in_(("afgerond", "vervallen")), ActionPoint.deadline.desc())
        .limit(limit)
    ):
        history.actions.append(
            ActionLine(
                aid,
                description,
                contacts.get(contact_id, "") if contact_id else "",
                deadline,
                status,
                meeting_title or "",
            )
        )

    for eid, held_on, kind, title, location in session.execute(
        select(Event.id, Event.held_on, Event.kind, Event.title, Event.location)
        .where(
            Event.id.in_(
                select(event_partner.c.event_id)
                .where(event_partner.c.partner_id == partner_id)
                .union(  # issue 16: events where the partner took part as employer
                    select(event_employer.c.event_id).where(
                        event_employer.c.partner_id == partner_id
                    )
                )
            )
        )
        .order_by(Event.held_on.desc())
    ):
        history.events.append(EventLine(eid, held_on, kind, title, location))

    history.engagements = engagements(session, partner_id)
    history.cooperation = [
        CooperationLine(on, kind, text)
        for on, kind, text in session.execute(
            select(
                CooperationEntry.occurred_on, CooperationEntry.kind, CooperationEntry.description
            )
            .where(CooperationEntry.partner_id == partner_id)
            .order_by(CooperationEntry.occurred_on.desc())
        )
    ]
    return history


@dataclass(frozen=True)
class EvidenceChoice:
    id: uuid.UUID
    label: str


def evidence_choices(
    session: Session, partner_id: uuid.UUID
) -> tuple[list[EvidenceChoice], list[EvidenceChoice]]:
    """What an engagement can point to: the partner's exits to work (no client names, the
    dossier number) and events, the ones it took part in first, then the rest by date."""
    exits = [
        EvidenceChoice(eid, f"Dossier {num} – aan het werk sinds {started:%d-%m-%Y}")
        for eid, num, started in session.execute(
            select(WorkExit.id, Dossier.num, WorkExit.started_on)
            .join(Dossier, Dossier.id == WorkExit.dossier_id)
            .where(WorkExit.employer_partner_id == partner_id)
            .order_by(WorkExit.started_on.desc())
        )
    ]
    joined = set(
        session.scalars(
            select(event_partner.c.event_id).where(event_partner.c.partner_id == partner_id)
        )
    )
    events = [
        (
            eid not in joined,
            -held_on.toordinal(),
            EvidenceChoice(eid, f"{held_on:%d-%m-%Y} – {title}"),
        )
        for eid, held_on, title in session.execute(select(Event.id, Event.held_on, Event.title))
    ]
    events.sort(key=lambda item: item[:2])
    return exits, [choice for _j, _d, choice in events]


@dataclass(frozen=True)
class ContactLine:
    id: uuid.UUID
    first_name: str
    last_name: str
    function: str
    email: str
    phone: str
    active: bool

    @property
    def name(self) -> str:
        return _name(self.first_name, self.last_name)


def contacts(session: Session, partner_id: uuid.UUID) -> list[ContactLine]:
    return [
        ContactLine(c.id, c.first_name, c.last_name, c.function, c.email, c.phone, c.active)
        for c in session.scalars(
            select(ContactPerson)
            .where(ContactPerson.partner_id == partner_id)
            .order_by(ContactPerson.last_name, ContactPerson.first_name)
        )
    ]
