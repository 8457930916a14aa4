"""Overlegmomenten: plan, edit, delete, plan a series, cancel, move, register attendance,
keep the discussion per agenda item, and close a meeting.

Meeting times are wall-clock times in Belgium (Europe/Brussels), as the regisseur types
them; timeline stamps are naive UTC like everywhere else. Every public method is one user
action in one transaction, recorded in the audit trail (ids only, never names or text).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import (
    AgendaItem,
    ContactPerson,
    Dossier,
    Meeting,
    MeetingParticipant,
    MeetingSeries,
    MeetingType,
    Partner,
    Person,
    TimelineEntry,
)
from kempen_desktop.db.models.meeting import ATTENDANCE
from kempen_desktop.domain.dates import add_months
from kempen_desktop.domain.text_limits import too_long
from kempen_desktop.services.common import audit
from kempen_desktop.services.common.database import Database

REGISSEUR = "Regisseur"
MAX_SERIES = 24


class MeetingError(ValueError):
    """A rule of planning or running meetings; the message is Dutch and for the user."""


@cache
def brussels() -> tzinfo:
    """The time zone of meeting times; the laptop's own zone if no tz database is present."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo("Europe/Brussels")
    except ZoneInfoNotFoundError:  # no tz database (Windows without tzdata)
        return datetime.now().astimezone().tzinfo or UTC


def to_utc(local: datetime) -> datetime:
    """A Brussels wall-clock time as naive UTC (how timeline stamps are stored)."""
    return local.replace(tzinfo=brussels()).astimezone(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class ParticipantInput:
    """A contact person (with its partner), a whole partner organisation, or a free name."""

    partner_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    name: str = ""


@dataclass
class MeetingInput:
    type_code: str = "clientoverleg"
    title: str = ""
    starts_at: datetime = field(default_factory=lambda: datetime.now().replace(second=0, microsecond=0))
    ends_at: datetime | None = None
    location: str = ""
    organiser: str = ""
    participants: list[ParticipantInput] = field(default_factory=list)


@dataclass(frozen=True)
class ParticipantView:
    id: uuid.UUID
    partner_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    name: str  # the person (or the free name); empty for a whole partner
    partner_name: str
    email: str
    attendance: str

    @property
    def label(self) -> str:
        if self.name and self.partner_name:
            return f"{self.name} ({self.partner_name})"
        return self.name or self.partner_name


@dataclass(frozen=True)
class AgendaView:
    id: uuid.UUID
    position: int
    title: str
    dossier_id: uuid.UUID | None
    dossier_num: int | None
    person_name: str
    discussion: str
    agreements: str
    suggested_by: str

    @property
    def label(self) -> str:
        if self.dossier_id is not None:
            return f"Dossier {self.dossier_num}: {self.person_name}".rstrip(": ")
        return self.title


@dataclass(frozen=True)
class MeetingView:
    id: uuid.UUID
    type_code: str
    type_label: str
    series_id: uuid.UUID | None
    title: str
    starts_at: datetime
    ends_at: datetime | None
    location: str
    organiser: str
    status: str
    cancel_reason: str
    minutes: str
    moved_from_id: uuid.UUID | None
    participants: tuple[ParticipantView, ...]
    agenda: tuple[AgendaView, ...]

    def as_input(self) -> MeetingInput:
        return MeetingInput(
            self.type_code, self.title, self.starts_at, self.ends_at, self.location, self.organiser,
            [ParticipantInput(p.partner_id, p.contact_id, p.name if p.contact_id is None else "")
             for p in self.participants],
        )


def validate(session: Session, data: MeetingInput) -> None:
    if not data.title.strip():
        raise MeetingError("Geef het overleg een titel.")
    if session.get(MeetingType, data.type_code) is None:
        raise MeetingError("Kies een soort overleg.")
    if data.ends_at is not None and data.ends_at <= data.starts_at:
        raise MeetingError("Het einduur moet na het beginuur liggen.")
    for participant in data.participants:
        if participant.contact_id is None and participant.partner_id is None and not participant.name.strip():
            raise MeetingError("Een deelnemer zonder naam of organisatie kan niet uitgenodigd worden.")


def _load(session: Session, meeting_id: uuid.UUID) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingError("Dit overleg bestaat niet (meer).")
    return meeting


def _participants(session: Session, data: MeetingInput) -> list[MeetingParticipant]:
    """Participant rows, each contact once; a contact's partner is filled in."""
    seen: set[tuple[object, ...]] = set()
    rows: list[MeetingParticipant] = []
    for participant in data.participants:
        partner_id = participant.partner_id
        if participant.contact_id is not None:
            contact = session.get(ContactPerson, participant.contact_id)
            if contact is None:
                raise MeetingError("Een gekozen contactpersoon bestaat niet meer.")
            partner_id = contact.partner_id
        key = (participant.contact_id, partner_id if participant.contact_id is None else None,
               participant.name.strip().casefold())
        if key in seen:
            continue
        seen.add(key)
        rows.append(MeetingParticipant(partner_id=partner_id, contact_person_id=participant.contact_id,
                                       name=participant.name.strip() if participant.contact_id is None else ""))
    return rows


def _apply(meeting: Meeting, data: MeetingInput) -> None:
    meeting.meeting_type_code = data.type_code
    meeting.title = data.title.strip()
    meeting.starts_at = data.starts_at.replace(second=0, microsecond=0)
    meeting.ends_at = data.ends_at.replace(second=0, microsecond=0) if data.ends_at else None
    meeting.location = data.location.strip()
    meeting.organiser = data.organiser.strip()


def _sync_participants(session: Session, meeting: Meeting, data: MeetingInput) -> None:
    """Keep attendance of people that stay invited; add the new ones, drop the removed."""
    wanted = _participants(session, data)

    def key(p: MeetingParticipant) -> tuple[object, ...]:
        return (p.contact_person_id, p.partner_id if p.contact_person_id is None else None, p.name.casefold())

    existing = {key(p): p for p in meeting.participants}
    kept: list[MeetingParticipant] = []
    for row in wanted:
        kept.append(existing.pop(key(row), row))
    meeting.participants = kept


def load_view(session: Session, meeting_id: uuid.UUID) -> MeetingView:
    meeting = _load(session, meeting_id)
    type_label = session.scalar(select(MeetingType.label).where(MeetingType.code == meeting.meeting_type_code))
    participants = []
    for pid, partner_id, contact_id, name, attendance, first, last, c_email, p_name in session.execute(
        select(MeetingParticipant.id, MeetingParticipant.partner_id, MeetingParticipant.contact_person_id,
               MeetingParticipant.name, MeetingParticipant.attendance, ContactPerson.first_name,
               ContactPerson.last_name, ContactPerson.email, Partner.name)
        .outerjoin(ContactPerson, ContactPerson.id == MeetingParticipant.contact_person_id)
        .outerjoin(Partner, Partner.id == MeetingParticipant.partner_id)
        .where(MeetingParticipant.meeting_id == meeting_id)
        .order_by(Partner.name, ContactPerson.last_name, MeetingParticipant.name)
    ):
        person = f"{first} {last}".strip() if contact_id is not None else name
        participants.append(ParticipantView(pid, partner_id, contact_id, person, p_name or "", c_email or "",
                                            attendance))
    agenda = []
    for aid, position, title, dossier_id, discussion, agreements, suggested, num, first, last in session.execute(
        select(AgendaItem.id, AgendaItem.position, AgendaItem.title, AgendaItem.dossier_id,
               AgendaItem.discussion, AgendaItem.agreements, AgendaItem.suggested_by, Dossier.num,
               Person.first_name, Person.last_name)
        .outerjoin(Dossier, Dossier.id == AgendaItem.dossier_id)
        .outerjoin(Person, Person.id == Dossier.person_id)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(AgendaItem.position)
    ):
        agenda.append(AgendaView(aid, position, title, dossier_id, num, f"{first or ''} {last or ''}".strip(),
                                 discussion, agreements, suggested))
    return MeetingView(
        meeting.id, meeting.meeting_type_code, type_label or meeting.meeting_type_code, meeting.series_id,
        meeting.title, meeting.starts_at, meeting.ends_at, meeting.location, meeting.organiser, meeting.status,
        meeting.cancel_reason, meeting.minutes, meeting.moved_from_id, tuple(participants), tuple(agenda),
    )


def resolve_meeting_id(session: Session, text: str) -> uuid.UUID:
    """A meeting by its UUID or a unique prefix of it (for the command line)."""
    needle = text.strip().lower().replace("-", "")
    if len(needle) < 4:
        raise MeetingError("Geef minstens de eerste 4 tekens van het overleg-ID.")
    matches = [mid for mid in session.scalars(select(Meeting.id)) if mid.hex.startswith(needle)]
    if not matches:
        raise MeetingError(f"Geen overleg met ID {text}.")
    if len(matches) > 1:
        raise MeetingError(f"ID {text} past op {len(matches)} overlegmomenten; geef meer tekens.")
    return matches[0]


class MeetingService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading ---------------------------------------------------------------------------

    def get(self, meeting_id: uuid.UUID) -> MeetingView:
        with self._db.session() as session:
            return load_view(session, meeting_id)

    # -- planning --------------------------------------------------------------------------

    def plan(self, data: MeetingInput) -> uuid.UUID:
        with self._db.transaction() as session:
            validate(session, data)
            meeting = Meeting()
            _apply(meeting, data)
            meeting.participants = _participants(session, data)
            session.add(meeting)
            session.flush()
            audit.record(session, "meeting.create", "meeting", meeting.id)
            return meeting.id

    def update(self, meeting_id: uuid.UUID, data: MeetingInput, minutes: str | None = None) -> None:
        """Change the facts and the invitations; `minutes` (general notes) when given."""
        if problem := too_long(minutes, "De algemene notities"):
            raise MeetingError(problem)
        with self._db.transaction() as session:
            validate(session, data)
            meeting = _load(session, meeting_id)
            _apply(meeting, data)
            _sync_participants(session, meeting, data)
            if minutes is not None:
                meeting.minutes = minutes.strip()
            audit.record(session, "meeting.update", "meeting", meeting.id)

    def delete(self, meeting_id: uuid.UUID) -> None:
        with self._db.transaction() as session:
            meeting = _load(session, meeting_id)
            if meeting.status == "gehouden":
                raise MeetingError("Een gehouden overleg wordt niet verwijderd: het verslag hoort bij de dossiers.")
            session.delete(meeting)
            audit.record(session, "meeting.delete", "meeting", meeting_id)

    def plan_series(self, data: MeetingInput, count: int, interval_months: int = 3) -> tuple[uuid.UUID, list[uuid.UUID]]:
        """`count` meetings, `interval_months` apart, with the same participants."""
        if not 2 <= count <= MAX_SERIES:
            raise MeetingError(f"Een reeks telt 2 tot {MAX_SERIES} overlegmomenten.")
        if not 1 <= interval_months <= 12:
            raise MeetingError("Kies een interval van 1 tot 12 maanden.")
        with self._db.transaction() as session:
            validate(session, data)
            series = MeetingSeries(title=data.title.strip(), meeting_type_code=data.type_code,
                                   interval_months=interval_months)
            session.add(series)
            session.flush()
            ids = []
            duration = data.ends_at - data.starts_at if data.ends_at else None
            for index in range(count):
                day = add_months(data.starts_at.date(), index * interval_months)
                start = datetime.combine(day, data.starts_at.time())
                meeting = Meeting(series_id=series.id)
                _apply(meeting, MeetingInput(data.type_code, data.title, start,
                                             start + duration if duration else None, data.location,
                                             data.organiser, data.participants))
                meeting.participants = _participants(session, data)
                session.add(meeting)
                session.flush()
                ids.append(meeting.id)
            audit.record(session, "meeting.series", "meeting_series", series.id, f"{count}x{interval_months}m")
            return series.id, ids

    def series_meetings(self, series_id: uuid.UUID) -> list[uuid.UUID]:
        with self._db.session() as session:
            return list(session.scalars(
                select(Meeting.id).where(Meeting.series_id == series_id).order_by(Meeting.starts_at)))

    def cancel(self, meeting_id: uuid.UUID, reason: str) -> None:
        if not reason.strip():
            raise MeetingError("Geef een reden voor de annulering.")
        with self._db.transaction() as session:
            meeting = _load(session, meeting_id)
            if meeting.status != "gepland":
                raise MeetingError("Alleen een gepland overleg kan geannuleerd worden.")
            meeting.status = "geannuleerd"
            meeting.cancel_reason = reason.strip()
            audit.record(session, "meeting.cancel", "meeting", meeting.id)

    def move(self, meeting_id: uuid.UUID, starts_at: datetime, ends_at: datetime | None,
             reason: str = "") -> uuid.UUID:
        """The old meeting stays as 'verplaatst'; a new one on the new date takes over its
        participants and agenda (not yet discussed)."""
        with self._db.transaction() as session:
            old = _load(session, meeting_id)
            if old.status != "gepland":
                raise MeetingError("Alleen een gepland overleg kan verplaatst worden.")
            if ends_at is not None and ends_at <= starts_at:
                raise MeetingError("Het einduur moet na het beginuur liggen.")
            if starts_at.replace(second=0, microsecond=0) == old.starts_at:
                raise MeetingError("Kies een ander moment dan het huidige.")
            new = Meeting(meeting_type_code=old.meeting_type_code, series_id=old.series_id, title=old.title,
                          starts_at=starts_at.replace(second=0, microsecond=0),
                          ends_at=ends_at.replace(second=0, microsecond=0) if ends_at else None,
                          location=old.location, organiser=old.organiser, moved_from_id=old.id)
            new.participants = [MeetingParticipant(partner_id=p.partner_id, contact_person_id=p.contact_person_id,
                                                   name=p.name) for p in old.participants]
            new.agenda = [AgendaItem(position=a.position, title=a.title, dossier_id=a.dossier_id,
                                     suggested_by=a.suggested_by) for a in old.agenda]
            old.status = "verplaatst"
            old.cancel_reason = reason.strip()
            session.add(new)
            session.flush()
            audit.record(session, "meeting.move", "meeting", old.id, str(new.id))
            return new.id

    # -- running ---------------------------------------------------------------------------

    def set_attendance(self, participant_id: uuid.UUID, attendance: str) -> None:
        if attendance not in ATTENDANCE:
            raise MeetingError("Onbekende aanwezigheid.")
        with self._db.transaction() as session:
            participant = session.get(MeetingParticipant, participant_id)
            if participant is None:
                raise MeetingError("Deze deelnemer staat niet meer op het overleg.")
            if participant.attendance != attendance:
                participant.attendance = attendance
                audit.record(session, "meeting.attendance", "meeting", participant.meeting_id, attendance)

    def save_item_text(self, item_id: uuid.UUID, discussion: str | None, agreements: str | None) -> None:
        """Autosave of one agenda item. None leaves that field as it is in the database (the
        user did not touch it, and someone else may have changed it since); no-op when unchanged."""
        for text, what in ((discussion, "Wat besproken werd"), (agreements, "De afspraak")):
            if problem := too_long(text, what):
                raise MeetingError(problem)
        with self._db.transaction() as session:
            item = session.get(AgendaItem, item_id)
            if item is None:
                raise MeetingError("Dit agendapunt bestaat niet meer.")
            changed = False
            if discussion is not None and item.discussion != discussion:
                item.discussion, changed = discussion, True
            if agreements is not None and item.agreements != agreements:
                item.agreements, changed = agreements, True
            if changed:
                audit.record(session, "meeting.agenda_text", "agenda_item", item.id)

    def save_minutes(self, meeting_id: uuid.UUID, minutes: str) -> None:
        if problem := too_long(minutes, "De algemene notities"):
            raise MeetingError(problem)
        with self._db.transaction() as session:
            meeting = _load(session, meeting_id)
            if meeting.minutes != minutes:
                meeting.minutes = minutes
                audit.record(session, "meeting.minutes", "meeting", meeting.id)

    def close(self, meeting_id: uuid.UUID) -> int:
        """Status 'gehouden'; each discussed dossier gets one 'decision' timeline entry for this
        meeting (updated, not duplicated, when the meeting is closed again). Returns how many
        dossiers received or updated an entry."""
        with self._db.transaction() as session:
            meeting = _load(session, meeting_id)
            if meeting.status in ("geannuleerd", "verplaatst"):
                raise MeetingError("Een geannuleerd of verplaatst overleg kan niet afgesloten worden.")
            if meeting.starts_at.date() > date.today():
                raise MeetingError("Een overleg dat nog moet plaatsvinden kan niet afgesloten worden.")
            meeting.status = "gehouden"
            for participant in meeting.participants:
                if participant.attendance == "uitgenodigd":
                    participant.attendance = "afwezig"
            existing = {
                entry.dossier_id: entry for entry in session.scalars(
                    select(TimelineEntry).where(TimelineEntry.meeting_id == meeting.id,
                                                TimelineEntry.kind == "decision"))
            }
            stamp = to_utc(meeting.starts_at)
            touched = 0
            for item in meeting.agenda:
                if item.dossier_id is None:
                    continue
                body = decision_text(meeting, item)
                entry = existing.get(item.dossier_id)
                if not (item.discussion.strip() or item.agreements.strip()):
                    continue
                title = f"Afspraak {meeting.title}"[:200]
                if entry is None:
                    entry = TimelineEntry(dossier_id=item.dossier_id, kind="decision", occurred_at=stamp,
                                          title=title, body=body, author=REGISSEUR, meeting_id=meeting.id)
                    session.add(entry)
                    existing[item.dossier_id] = entry
                    touched += 1
                elif entry.body != body:
                    entry.body = body
                    entry.title = title
                    touched += 1
            audit.record(session, "meeting.close", "meeting", meeting.id, f"{touched} dossiers")
            return touched


def decision_text(meeting: Meeting, item: AgendaItem) -> str:
    parts = [f"Overleg van {meeting.starts_at:%d/%m/%Y}."]
    if item.discussion.strip():
        parts.append(f"Besproken: {item.discussion.strip()}")
    if item.agreements.strip():
        parts.append(f"Afspraak: {item.agreements.strip()}")
    return "\n".join(parts)


def now_local() -> datetime:
    return datetime.now(brussels()).replace(tzinfo=None, second=0, microsecond=0)


def default_times(day: date | None = None) -> tuple[datetime, datetime]:
    start = datetime.combine(day or date.today() + timedelta(days=7), datetime.min.time()).replace(hour=9)
    return start, start + timedelta(hours=2)



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
        return self.status == "gepland" and self.starts_at >= now.replace(hour=0, minute=0)


def list_meetings(session: Session, flt: MeetingFilter | None = None, now: datetime | None = None) -> list[MeetingListRow]:
    """Meetings matching the filter: upcoming planned ones first (soonest first), then the
    rest (most recent first)."""
    from sqlalchemy import func

    from kempen_desktop.db.models import ActionPoint

    flt = flt or MeetingFilter()
    moment = now or now_local()

    def counts(column: Any, key: Any, *where: Any) -> dict[uuid.UUID, int]:
        stmt = select(key, func.count(column)).group_by(key)
        for condition in where:
            stmt = stmt.where(condition)
        return {k: int(n) for k, n in session.execute(stmt)}

    participants = counts(MeetingParticipant.id, MeetingParticipant.meeting_id)
    dossiers = counts(AgendaItem.id, AgendaItem.meeting_id, AgendaItem.dossier_id.is_not(None))
    actions = counts(ActionPoint.id, ActionPoint.meeting_id, ActionPoint.status.in_(("open", "bezig")))
    stmt = (select(Meeting.id, Meeting.starts_at, Meeting.ends_at, Meeting.meeting_type_code, MeetingType.label,
                   Meeting.title, Meeting.location, Meeting.status, Meeting.series_id)
            .join(MeetingType, MeetingType.code == Meeting.meeting_type_code))
    if flt.type_code:
        stmt = stmt.where(Meeting.meeting_type_code == flt.type_code)
    if flt.status:
        stmt = stmt.where(Meeting.status == flt.status)
    if flt.date_from:
        stmt = stmt.where(Meeting.starts_at >= datetime.combine(flt.date_from, datetime.min.time()))
    if flt.date_to:
        stmt = stmt.where(Meeting.starts_at < datetime.combine(flt.date_to + timedelta(days=1), datetime.min.time()))
    if flt.partner_id:
        stmt = stmt.where(Meeting.id.in_(select(MeetingParticipant.meeting_id)
                                         .where(MeetingParticipant.partner_id == flt.partner_id)))
    rows = [MeetingListRow(mid, starts, ends, code, label, title, location, status, series,
                           participants.get(mid, 0), dossiers.get(mid, 0), actions.get(mid, 0))
            for mid, starts, ends, code, label, title, location, status, series in session.execute(stmt)]
    upcoming = sorted((r for r in rows if r.is_upcoming(moment)), key=lambda r: r.starts_at)
    rest = sorted((r for r in rows if not r.is_upcoming(moment)), key=lambda r: r.starts_at, reverse=True)
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


def dossier_summary(session: Session, dossier_id: uuid.UUID, notes: int = 3) -> DossierSummary | None:
    from kempen_desktop.db.models import ActionPoint
    from kempen_desktop.domain.status import status_label
    from kempen_desktop.services.dossiers.dossier_list import fetch_rows

    dossier = session.get(Dossier, dossier_id)
    if dossier is None:
        return None
    from kempen_desktop.domain.target_groups import target_group_label

    row = fetch_rows(session, [dossier.num]).get(dossier.num)
    groups = []
    for code in row.target_group_codes if row else ():
        try:
            groups.append(target_group_label(code))
        except ValueError:
            groups.append(code)
    partner = session.get(Partner, dossier.responsible_partner_id) if dossier.responsible_partner_id else None
    follows = ", ".join(part for part in (partner.name if partner else "", row.counsellor if row else "") if part)
    recent = session.execute(
        select(TimelineEntry.occurred_at, TimelineEntry.title, TimelineEntry.body)
        .where(TimelineEntry.dossier_id == dossier_id, TimelineEntry.kind.in_(NOTE_KINDS))
        .order_by(TimelineEntry.occurred_at.desc()).limit(notes)).all()
    actions = []
    for description, is_regisseur, first, last, p_name, deadline in session.execute(
        select(ActionPoint.description, ActionPoint.owner_is_regisseur, ContactPerson.first_name,
               ContactPerson.last_name, Partner.name, ActionPoint.deadline)
        .outerjoin(ContactPerson, ContactPerson.id == ActionPoint.owner_contact_id)
        .outerjoin(Partner, Partner.id == ActionPoint.owner_partner_id)
        .where(ActionPoint.dossier_id == dossier_id, ActionPoint.status.in_(("open", "bezig")))
        .order_by(ActionPoint.deadline)
    ):
        owner = REGISSEUR if is_regisseur else (f"{first} {last}".strip() if first else p_name or "")
        actions.append((description, owner, deadline))
    return DossierSummary(
        dossier.num, f"{dossier.person.first_name} {dossier.person.last_name}".strip(),
        status_label(dossier.status_code), dossier.status_since, tuple(groups), follows, dossier.follow_up_on,
        tuple((at, title, body) for at, title, body in recent), tuple(actions))
