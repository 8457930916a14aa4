"""Action points: what someone will do, by when — made in a meeting (or on their own),
followed up in the Actiepunten overview."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from kempen_desktop.db.models import (
    ActionPoint,
    AgendaItem,
    ContactPerson,
    Dossier,
    Meeting,
    Partner,
)
from kempen_desktop.domain import meetings as rules
from kempen_desktop.domain.merge import EditConflictError, three_way
from kempen_desktop.services.common import audit
from kempen_desktop.services.meetings.meetings import REGISSEUR, MeetingError

OPEN = rules.OPEN_ACTION_STATUSES


@dataclass(frozen=True)
class Owner:
    """Who does it: the regisseur, a contact person (and so its partner), or a partner."""

    is_regisseur: bool = False
    contact_id: uuid.UUID | None = None
    partner_id: uuid.UUID | None = None

    @staticmethod
    def regisseur() -> Owner:
        return Owner(True)


@dataclass
class ActionInput:
    description: str
    owner: Owner
    deadline: date | None = None
    meeting_id: uuid.UUID | None = None
    agenda_item_id: uuid.UUID | None = None
    dossier_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ActionRow:
    id: uuid.UUID
    description: str
    owner: str
    owner_partner_id: uuid.UUID | None
    owner_is_regisseur: bool
    deadline: date | None
    status: str
    completed_on: date | None
    meeting_id: uuid.UUID | None
    meeting_title: str
    meeting_date: date | None
    dossier_id: uuid.UUID | None
    dossier_num: int | None
    owner_contact_id: uuid.UUID | None = None

    def is_overdue(self, today: date) -> bool:
        return self.status in OPEN and self.deadline is not None and self.deadline < today


@dataclass(frozen=True)
class ActionFilter:
    owner_regisseur: bool = False
    owner_contact_id: uuid.UUID | None = None
    owner_partner_id: uuid.UUID | None = None
    partner_id: uuid.UUID | None = None  # owned by this partner or about a dossier it follows
    due_before: date | None = None
    overdue: bool = False
    open_only: bool = True
    meeting_id: uuid.UUID | None = None
    dossier_id: uuid.UUID | None = None


def _apply_owner(session: Session, point: ActionPoint, owner: Owner) -> None:
    if owner.is_regisseur:
        point.owner_is_regisseur, point.owner_contact_id, point.owner_partner_id = True, None, None
        return
    partner_id = owner.partner_id
    if owner.contact_id is not None:
        contact = session.get(ContactPerson, owner.contact_id)
        if contact is None:
            raise MeetingError("De gekozen contactpersoon bestaat niet meer.")
        partner_id = contact.partner_id
    if partner_id is None:
        raise MeetingError(
            "Kies wie het actiepunt opneemt: de regisseur, een contactpersoon of een partner."
        )
    point.owner_is_regisseur, point.owner_contact_id, point.owner_partner_id = (
        False,
        owner.contact_id,
        partner_id,
    )


def _check(data: ActionInput) -> None:
    if not data.description.strip():
        raise MeetingError("Beschrijf wat er moet gebeuren.")


def query(
    session: Session, flt: ActionFilter, today: date | None = None, limit: int = 5000
) -> list[ActionRow]:
    day = today or date.today()
    contact = aliased(ContactPerson)
    stmt = (
        select(
            ActionPoint.id,
            ActionPoint.description,
            ActionPoint.owner_is_regisseur,
            contact.first_name,
            contact.last_name,
            Partner.name,
            ActionPoint.owner_partner_id,
            ActionPoint.deadline,
            ActionPoint.status,
            ActionPoint.completed_on,
            ActionPoint.meeting_id,
            Meeting.title,
            Meeting.starts_at,
            ActionPoint.dossier_id,
            Dossier.num,
            ActionPoint.owner_contact_id,
        )
        .outerjoin(contact, contact.id == ActionPoint.owner_contact_id)
        .outerjoin(Partner, Partner.id == ActionPoint.owner_partner_id)
        .outerjoin(Meeting, Meeting.id == ActionPoint.meeting_id)
        .outerjoin(Dossier, Dossier.id == ActionPoint.dossier_id)
    )
    if flt.open_only or flt.overdue:
        stmt = stmt.where(ActionPoint.status.in_(OPEN))
    if flt.owner_regisseur:
        stmt = stmt.where(ActionPoint.owner_is_regisseur)
    if flt.owner_contact_id is not None:
        stmt = stmt.where(ActionPoint.owner_contact_id == flt.owner_contact_id)
    if flt.owner_partner_id is not None:
        stmt = stmt.where(ActionPoint.owner_partner_id == flt.owner_partner_id)
    if flt.partner_id is not None:
        counsellors = select(ContactPerson.id).where(ContactPerson.partner_id == flt.partner_id)
        stmt = stmt.where(
            or_(
                ActionPoint.owner_partner_id == flt.partner_id,
                Dossier.responsible_partner_id == flt.partner_id,
                Dossier.counsellor_id.in_(counsellors),
            )
        )
    if flt.due_before is not None:
        stmt = stmt.where(ActionPoint.deadline.is_not(None), ActionPoint.deadline <= flt.due_before)
    if flt.overdue:
        stmt = stmt.where(ActionPoint.deadline.is_not(None), ActionPoint.deadline < day)
    if flt.meeting_id is not None:
        stmt = stmt.where(ActionPoint.meeting_id == flt.meeting_id)
    if flt.dossier_id is not None:
        stmt = stmt.where(ActionPoint.dossier_id == flt.dossier_id)
    stmt = stmt.order_by(
        ActionPoint.deadline.is_(None), ActionPoint.deadline, ActionPoint.created_at
    ).limit(limit)
    rows = []
    for (
        aid,
        description,
        is_regisseur,
        first,
        last,
        partner,
        partner_id,
        deadline,
        status,
        completed,
        meeting_id,
        meeting_title,
        starts_at,
        dossier_id,
        num,
        contact_id,
    ) in session.execute(stmt):
        if is_regisseur:
            owner = REGISSEUR
        elif first is not None:
            owner = f"{first} {last}".strip() + (f" ({partner})" if partner else "")
        else:
            owner = partner or ""
        rows.append(
            ActionRow(
                aid,
                description,
                owner,
                partner_id,
                bool(is_regisseur),
                deadline,
                status,
                completed,
                meeting_id,
                meeting_title or "",
                starts_at.date() if starts_at else None,
                dossier_id,
                num,
                contact_id,
            )
        )
    return rows


def _load(session: Session, action_id: uuid.UUID) -> ActionPoint:
    point = session.get(ActionPoint, action_id)
    if point is None:
        raise MeetingError("Dit actiepunt bestaat niet meer.")
    return point


def create_action(session: Session, data: ActionInput) -> ActionPoint:
    """The new action point (flushed, so its id and dossier are known)."""
    _check(data)
    point = ActionPoint(
        description=data.description.strip(),
        deadline=data.deadline,
        meeting_id=data.meeting_id,
        agenda_item_id=data.agenda_item_id,
        dossier_id=data.dossier_id,
        status=rules.OPEN,
    )
    if data.agenda_item_id is not None and data.dossier_id is None:
        item = session.get(AgendaItem, data.agenda_item_id)
        if item is None:
            raise MeetingError("Dit agendapunt bestaat niet meer.")
        point.dossier_id = item.dossier_id
        point.meeting_id = point.meeting_id or item.meeting_id
    _apply_owner(session, point, data.owner)
    session.add(point)
    session.flush()
    audit.record(session, "action.create", "action_point", point.id)
    return point


@dataclass(frozen=True)
class ActionEdit:
    """What the action point editor changes: what, who and by when."""

    description: str
    owner: Owner
    deadline: date | None


def edit_of(point: ActionPoint) -> ActionEdit:
    """The stored action point as its editor sees it (the owner as the editor picks it)."""
    if point.owner_is_regisseur:
        owner = Owner.regisseur()
    elif point.owner_contact_id is not None:
        owner = Owner(contact_id=point.owner_contact_id)
    else:
        owner = Owner(partner_id=point.owner_partner_id)
    return ActionEdit(point.description, owner, point.deadline)


def update_action(
    session: Session,
    action_id: uuid.UUID,
    description: str,
    owner: Owner,
    deadline: date | None,
    *,
    base: ActionEdit | None = None,
) -> ActionPoint:
    """`base`: the action point as the editor opened it. What someone else changed since
    stays unless I changed it too: then EditConflictError, nothing written (issue 19)."""
    if not description.strip():
        raise MeetingError("Beschrijf wat er moet gebeuren.")
    point = _load(session, action_id)
    if base is not None:
        mine = ActionEdit(description.strip(), owner, deadline)
        theirs = edit_of(point)
        merge = three_way(replace(base, description=base.description.strip()), theirs, mine)
        if merge.conflicts:
            raise EditConflictError(
                merge.conflicts, merged=merge.merged, theirs=theirs, version=point.version
            )
        description, owner, deadline = (
            merge.merged.description,
            merge.merged.owner,
            merge.merged.deadline,
        )
    point.description = description.strip()
    point.deadline = deadline
    _apply_owner(session, point, owner)
    audit.record(session, "action.update", "action_point", point.id)
    return point


def set_action_status(
    session: Session, action_id: uuid.UUID, status: str, on: date | None = None
) -> ActionPoint:
    if status not in rules.ACTION_STATUSES:
        raise MeetingError("Onbekende status van een actiepunt.")
    point = _load(session, action_id)
    point.status = status
    point.completed_on = (on or date.today()) if status == rules.DONE else None
    audit.record(session, "action.status", "action_point", point.id, status)
    return point


def delete_action(session: Session, action_id: uuid.UUID) -> uuid.UUID | None:
    """Returns the dossier the action point was about, if any."""
    point = _load(session, action_id)
    dossier_id = point.dossier_id
    session.delete(point)
    audit.record(session, "action.delete", "action_point", action_id)
    return dossier_id


def parse_deadline(text: str, today: date | None = None) -> date | None:
    """A deadline as typed in a hurry: '15/12' (the next 15 December), '15-12-2026',
    '15122026', '2026-12-15', 't', '+14' (days), '3w' (weeks), '2m' (months); '' for none.
    The app's one date rule (domain.date_input); raises MeetingError for anything else."""
    from kempen_desktop.domain.date_input import DEADLINE, read_date

    reading = read_date(text, today or date.today(), DEADLINE)
    if reading.problem is None:
        return reading.day
    raise MeetingError(f"'{text.strip()}' is geen datum. Typ bv. 15/12, +14 of 3w.")
