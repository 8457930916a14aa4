"""Read-only overviews for the Overlegmomenten, Partners and Rapporten tabs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
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
    Municipality,
    Partner,
    PartnerType,
    Person,
    TargetGroup,
    dossier_target_group,
)
from kempen_desktop.domain import status as workflow
from kempen_desktop.domain.target_groups import AGE_BASED
from kempen_desktop.services.common.labels import label_column
from kempen_desktop.services.dossiers.dossier_list import target_group_condition

OPEN_ACTION = ("open", "bezig")


@dataclass(frozen=True)
class MeetingRow:
    id: uuid.UUID
    starts_at: datetime
    type_label: str
    title: str
    location: str
    status: str
    participants: int
    dossiers: int
    open_actions: int


@dataclass(frozen=True)
class AgendaLine:
    position: int
    title: str
    is_dossier: bool
    agreements: str


@dataclass(frozen=True)
class ActionLine:
    description: str
    owner: str
    deadline: date | None
    status: str


@dataclass(frozen=True)
class MeetingDetail:
    participants: list[tuple[str, str]]  # name, attendance
    agenda: list[AgendaLine]
    actions: list[ActionLine]
    cancel_reason: str


@dataclass(frozen=True)
class PartnerRow:
    id: uuid.UUID
    name: str
    type_code: str
    type_label: str
    municipality: str
    contacts: int
    inclusive_since: date | None
    inclusive_as: str
    dossiers: int
    kbo_number: str | None = None
    municipality_nis: str | None = None
    active: bool = True
    sector: str = ""


def _count_by(session: Session, column: Any, key: Any, *where: Any) -> dict[Any, int]:
    stmt = select(key, func.count(column)).group_by(key)
    for condition in where:
        stmt = stmt.where(condition)
    return {k: int(n) for k, n in session.execute(stmt)}


def meetings(session: Session) -> list[MeetingRow]:
    participants = _count_by(session, MeetingParticipant.id, MeetingParticipant.meeting_id)
    dossiers = _count_by(
        session, AgendaItem.id, AgendaItem.meeting_id, AgendaItem.dossier_id.is_not(None)
    )
    actions = _count_by(
        session, ActionPoint.id, ActionPoint.meeting_id, ActionPoint.status.in_(OPEN_ACTION)
    )
    rows = session.execute(
        select(
            Meeting.id,
            Meeting.starts_at,
            MeetingType.label,
            Meeting.title,
            Meeting.location,
            Meeting.status,
        )
        .join(MeetingType, MeetingType.code == Meeting.meeting_type_code)
        .order_by(Meeting.starts_at.desc())
    )
    return [
        MeetingRow(
            mid,
            starts,
            type_label,
            title,
            location,
            status,
            participants.get(mid, 0),
            dossiers.get(mid, 0),
            actions.get(mid, 0),
        )
        for mid, starts, type_label, title, location, status in rows
    ]


def _person_name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


def meeting_detail(session: Session, meeting_id: uuid.UUID) -> MeetingDetail:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return MeetingDetail([], [], [], "")
    participants = []
    for name, attendance, first, last, partner in session.execute(
        select(
            MeetingParticipant.name,
            MeetingParticipant.attendance,
            ContactPerson.first_name,
            ContactPerson.last_name,
            Partner.name,
        )
        .outerjoin(ContactPerson, ContactPerson.id == MeetingParticipant.contact_person_id)
        .outerjoin(Partner, Partner.id == MeetingParticipant.partner_id)
        .where(MeetingParticipant.meeting_id == meeting_id)
    ):
        who = name or _person_name(first, last)
        participants.append(
            (f"{who} ({partner})" if partner and who else who or partner or "", attendance)
        )
    agenda = []
    for position, title, dossier_id, agreements, first, last, num in session.execute(
        select(
            AgendaItem.position,
            AgendaItem.title,
            AgendaItem.dossier_id,
            AgendaItem.agreements,
            Person.first_name,
            Person.last_name,
            Dossier.num,
        )
        .outerjoin(Dossier, Dossier.id == AgendaItem.dossier_id)
        .outerjoin(Person, Person.id == Dossier.person_id)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(AgendaItem.position)
    ):
        label = title or ""
        if dossier_id is not None:
            label = f"Dossier {num}: {_person_name(first, last)}"
        agenda.append(AgendaLine(position, label, dossier_id is not None, agreements))
    actions = []
    for description, is_regisseur, first, last, partner, deadline, status in session.execute(
        select(
            ActionPoint.description,
            ActionPoint.owner_is_regisseur,
            ContactPerson.first_name,
            ContactPerson.last_name,
            Partner.name,
            ActionPoint.deadline,
            ActionPoint.status,
        )
        .outerjoin(ContactPerson, ContactPerson.id == ActionPoint.owner_contact_id)
        .outerjoin(Partner, Partner.id == ActionPoint.owner_partner_id)
        .where(ActionPoint.meeting_id == meeting_id)
        .order_by(ActionPoint.deadline)
    ):
        owner = "Regisseur" if is_regisseur else _person_name(first, last) or (partner or "")
        if partner and not is_regisseur and first:
            owner = f"{owner} ({partner})"
        actions.append(ActionLine(description, owner, deadline, status))
    return MeetingDetail(participants, agenda, actions, meeting.cancel_reason)


def partners(session: Session, *, screen_labels: bool = False) -> list[PartnerRow]:
    """Every partner; `screen_labels` gives the type in the UI's language (exports stay Dutch)."""
    contacts = _count_by(session, ContactPerson.id, ContactPerson.partner_id)
    dossiers = _count_by(
        session,
        Dossier.id,
        Dossier.responsible_partner_id,
        Dossier.status_code != workflow.AFGESLOTEN,
    )
    rows = session.execute(
        select(
            Partner.id,
            Partner.name,
            Partner.partner_type_code,
            label_column(PartnerType) if screen_labels else PartnerType.label,
            Municipality.name,
            Partner.inclusive_since,
            Partner.inclusive_as,
            Partner.kbo_number,
            Partner.municipality_nis,
            Partner.active,
            Partner.sector,
        )
        .join(PartnerType, PartnerType.code == Partner.partner_type_code)
        .outerjoin(Municipality, Municipality.nis_code == Partner.municipality_nis)
        .order_by(Partner.name)
    )
    return [
        PartnerRow(
            pid,
            name,
            type_code,
            type_label,
            place or "",
            contacts.get(pid, 0),
            since,
            inclusive_as or "",
            dossiers.get(pid, 0),
            kbo,
            nis,
            active,
            sector or "",
        )
        for (
            pid,
            name,
            type_code,
            type_label,
            place,
            since,
            inclusive_as,
            kbo,
            nis,
            active,
            sector,
        ) in rows
    ]


def partner_contacts(session: Session, partner_id: uuid.UUID) -> list[tuple[str, str, str, str]]:
    """Name, function, e-mail, phone of a partner's contact persons."""
    return [
        (_person_name(first, last), function, email, phone)
        for first, last, function, email, phone in session.execute(
            select(
                ContactPerson.first_name,
                ContactPerson.last_name,
                ContactPerson.function,
                ContactPerson.email,
                ContactPerson.phone,
            )
            .where(ContactPerson.partner_id == partner_id)
            .order_by(ContactPerson.last_name)
        )
    ]


def open_dossiers_per_target_group(
    session: Session, today: date | None = None
) -> list[tuple[str, int]]:
    """Label and number of open dossiers per kansengroep (age groups as of today)."""
    day = today or date.today()
    is_open = Dossier.status_code != workflow.AFGESLOTEN
    stored = dict(
        session.execute(
            select(dossier_target_group.c.target_group_code, func.count())
            .join(Dossier, Dossier.id == dossier_target_group.c.dossier_id)
            .where(is_open)
            .group_by(dossier_target_group.c.target_group_code)
        ).all()
    )
    for code in AGE_BASED:  # computed from the birth date, the same rule as the list filter
        stored[code] = (
            session.scalar(
                select(func.count(Dossier.id)).where(is_open, target_group_condition(code, day))
            )
            or 0
        )
    return [
        (label, int(stored.get(code, 0)))
        for code, label in session.execute(
            select(TargetGroup.code, TargetGroup.label).order_by(TargetGroup.sort_order)
        )
    ]


def overdue_action_points(
    session: Session, today: date | None = None, limit: int = 200
) -> list[tuple[str, str, date | None]]:
    """Meeting title, description and deadline of open action points past their deadline."""
    day = today or date.today()
    return [
        (title or "", description, deadline)
        for title, description, deadline in session.execute(
            select(Meeting.title, ActionPoint.description, ActionPoint.deadline)
            .outerjoin(Meeting, Meeting.id == ActionPoint.meeting_id)
            .where(ActionPoint.status.in_(OPEN_ACTION), ActionPoint.deadline < day)
            .order_by(ActionPoint.deadline)
            .limit(limit)
        )
    ]
