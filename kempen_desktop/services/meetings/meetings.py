"""Overlegmomenten: what a meeting is (input and view), reading one, and planning: plan,
edit, delete, plan a series, cancel, move. Running a meeting is in `running`, the list
of meetings in `meeting_list`.

Meeting times are wall-clock times in Belgium (Europe/Brussels), as the regisseur types
them; timeline stamps are naive UTC like everywhere else. Each public function is one
user action in the caller's transaction (the façade owns it), recorded in the audit
trail (ids only, never names or text).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import cache

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
)
from kempen_desktop.domain import meetings as rules
from kempen_desktop.domain.dates import add_months
from kempen_desktop.domain.merge import EditConflictError, three_way
from kempen_desktop.domain.text_limits import too_long
from kempen_desktop.services.common import audit, labels

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
    starts_at: datetime = field(
        default_factory=lambda: datetime.now().replace(second=0, microsecond=0)
    )
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
            self.type_code,
            self.title,
            self.starts_at,
            self.ends_at,
            self.location,
            self.organiser,
            [
                ParticipantInput(p.partner_id, p.contact_id, p.name if p.contact_id is None else "")
                for p in self.participants
            ],
        )


def validate(session: Session, data: MeetingInput) -> None:
    if not data.title.strip():
        raise MeetingError("Geef het overleg een titel.")
    if session.get(MeetingType, data.type_code) is None:
        raise MeetingError("Kies een soort overleg.")
    if data.ends_at is not None and data.ends_at <= data.starts_at:
        raise MeetingError("Het einduur moet na het beginuur liggen.")
    for participant in data.participants:
        if (
            participant.contact_id is None
            and participant.partner_id is None
            and not participant.name.strip()
        ):
            raise MeetingError(
                "Een deelnemer zonder naam of organisatie kan niet uitgenodigd worden."
            )


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
        key = (
            participant.contact_id,
            partner_id if participant.contact_id is None else None,
            participant.name.strip().casefold(),
        )
        if key in seen:
            continue
        seen.add(key)
        rows.append(
            MeetingParticipant(
                partner_id=partner_id,
                contact_person_id=participant.contact_id,
                name=participant.name.strip() if participant.contact_id is None else "",
            )
        )
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
        return (
            p.contact_person_id,
            p.partner_id if p.contact_person_id is None else None,
            p.name.casefold(),
        )

    existing = {key(p): p for p in meeting.participants}
    kept: list[MeetingParticipant] = []
    for row in wanted:
        kept.append(existing.pop(key(row), row))
    meeting.participants = kept


def load_view(session: Session, meeting_id: uuid.UUID) -> MeetingView:
    meeting = _load(session, meeting_id)
    type_label = session.scalar(
        select(MeetingType.label).where(MeetingType.code == meeting.meeting_type_code)
    )
    participants = []
    for (
        pid,
        partner_id,
        contact_id,
        name,
        attendance,
        first,
        last,
        c_email,
        p_name,
    ) in session.execute(
        select(
            MeetingParticipant.id,
            MeetingParticipant.partner_id,
            MeetingParticipant.contact_person_id,
            MeetingParticipant.name,
            MeetingParticipant.attendance,
            ContactPerson.first_name,
            ContactPerson.last_name,
            ContactPerson.email,
            Partner.name,
        )
        .outerjoin(ContactPerson, ContactPerson.id == MeetingParticipant.contact_person_id)
        .outerjoin(Partner, Partner.id == MeetingParticipant.partner_id)
        .where(MeetingParticipant.meeting_id == meeting_id)
        .order_by(Partner.name, ContactPerson.last_name, MeetingParticipant.name)
    ):
        person = f"{first} {last}".strip() if contact_id is not None else name
        participants.append(
            ParticipantView(
                pid, partner_id, contact_id, person, p_name or "", c_email or "", attendance
            )
        )
    agenda = []
    for (
        aid,
        position,
        title,
        dossier_id,
        discussion,
        agreements,
        suggested,
        num,
        first,
        last,
    ) in session.execute(
        select(
            AgendaItem.id,
            AgendaItem.position,
            AgendaItem.title,
            AgendaItem.dossier_id,
            AgendaItem.discussion,
            AgendaItem.agreements,
            AgendaItem.suggested_by,
            Dossier.num,
            Person.first_name,
            Person.last_name,
        )
        .outerjoin(Dossier, Dossier.id == AgendaItem.dossier_id)
        .outerjoin(Person, Person.id == Dossier.person_id)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(AgendaItem.position)
    ):
        agenda.append(
            AgendaView(
                aid,
                position,
                title,
                dossier_id,
                num,
                f"{first or ''} {last or ''}".strip(),
                discussion,
                agreements,
                suggested,
            )
        )
    return MeetingView(
        meeting.id,
        meeting.meeting_type_code,
        type_label or meeting.meeting_type_code,
        meeting.series_id,
        meeting.title,
        meeting.starts_at,
        meeting.ends_at,
        meeting.location,
        meeting.organiser,
        meeting.status,
        meeting.cancel_reason,
        meeting.minutes,
        meeting.moved_from_id,
        tuple(participants),
        tuple(agenda),
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


def get_meeting(session: Session, meeting_id: uuid.UUID) -> MeetingView:
    return load_view(session, meeting_id)


def meeting_types(session: Session) -> list[tuple[str, str]]:
    """(code, label) of the active kinds of meeting, in their order."""
    return [
        (code, label)
        for code, label in session.execute(
            select(MeetingType.code, labels.label_column(MeetingType))  # the UI's language
            .where(MeetingType.active)
            .order_by(MeetingType.sort_order, MeetingType.label)
        )
    ]


# -- planning ----------------------------------------------------------------------------------


def plan_meeting(session: Session, data: MeetingInput) -> uuid.UUID:
    validate(session, data)
    meeting = Meeting()
    _apply(meeting, data)
    meeting.participants = _participants(session, data)
    session.add(meeting)
    session.flush()
    audit.record(session, "meeting.create", "meeting", meeting.id)
    return meeting.id


def check_minutes(minutes: str | None) -> None:
    if problem := too_long(minutes, "De algemene notities"):
        raise MeetingError(problem)


def update_meeting(
    session: Session,
    meeting_id: uuid.UUID,
    data: MeetingInput,
    minutes: str | None = None,
    *,
    base: MeetingInput | None = None,
) -> None:
    """Change the facts and the invitations; `minutes` (general notes) when given.

    `base`: the meeting as the form opened it. What someone else saved since stays where
    only they changed it; a field both changed raises EditConflictError (issue 19)."""
    check_minutes(minutes)
    meeting = _load(session, meeting_id)
    if base is not None:
        merge = three_way(base, load_view(session, meeting_id).as_input(), data)
        if merge.conflicts:
            raise EditConflictError(merge.conflicts, version=meeting.version)
        data = merge.merged
    validate(session, data)
    _apply(meeting, data)
    _sync_participants(session, meeting, data)
    if minutes is not None:
        meeting.minutes = minutes.strip()
    audit.record(session, "meeting.update", "meeting", meeting.id)


def delete_meeting(session: Session, meeting_id: uuid.UUID) -> None:
    meeting = _load(session, meeting_id)
    if meeting.status not in rules.CAN_DELETE:
        raise MeetingError(
            "Een gehouden overleg wordt niet verwijderd: het verslag hoort bij de dossiers."
        )
    session.delete(meeting)
    audit.record(session, "meeting.delete", "meeting", meeting_id)


def check_series(count: int, interval_months: int) -> None:
    if not 2 <= count <= MAX_SERIES:
        raise MeetingError(f"Een reeks telt 2 tot {MAX_SERIES} overlegmomenten.")
    if not 1 <= interval_months <= 12:
        raise MeetingError("Kies een interval van 1 tot 12 maanden.")


def plan_series(
    session: Session, data: MeetingInput, count: int, interval_months: int = 3
) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """`count` meetings, `interval_months` apart, with the same participants."""
    check_series(count, interval_months)
    validate(session, data)
    series = MeetingSeries(
        title=data.title.strip(), meeting_type_code=data.type_code, interval_months=interval_months
    )
    session.add(series)
    session.flush()
    ids = []
    duration = data.ends_at - data.starts_at if data.ends_at else None
    for index in range(count):
        day = add_months(data.starts_at.date(), index * interval_months)
        start = datetime.combine(day, data.starts_at.time())
        meeting = Meeting(series_id=series.id)
        _apply(
            meeting,
            MeetingInput(
                data.type_code,
                data.title,
                start,
                start + duration if duration else None,
                data.location,
                data.organiser,
                data.participants,
            ),
        )
        meeting.participants = _participants(session, data)
        session.add(meeting)
        session.flush()
        ids.append(meeting.id)
    audit.record(
        session, "meeting.series", "meeting_series", series.id, f"{count}x{interval_months}m"
    )
    return series.id, ids


def series_meetings(session: Session, series_id: uuid.UUID) -> list[uuid.UUID]:
    return list(
        session.scalars(
            select(Meeting.id).where(Meeting.series_id == series_id).order_by(Meeting.starts_at)
        )
    )


def cancel_meeting(session: Session, meeting_id: uuid.UUID, reason: str) -> None:
    if not reason.strip():
        raise MeetingError("Geef een reden voor de annulering.")
    meeting = _load(session, meeting_id)
    if meeting.status not in rules.CAN_CANCEL:
        raise MeetingError("Alleen een gepland overleg kan geannuleerd worden.")
    meeting.status = rules.CANCELLED
    meeting.cancel_reason = reason.strip()
    audit.record(session, "meeting.cancel", "meeting", meeting.id)


def move_meeting(
    session: Session,
    meeting_id: uuid.UUID,
    starts_at: datetime,
    ends_at: datetime | None,
    reason: str = "",
) -> uuid.UUID:
    """Moving is an update: the meeting keeps its row, id (so its calendar UID), agenda,
    texts, attendance and action points, and gets the new date. The history is a new row
    at the old date with status 'verplaatst' and the reason, without any work of its own
    (so no action point exists twice); the moved meeting points back to it
    (`moved_from_id`, a chain when moved again). Returns the id of the moved meeting."""
    meeting = _load(session, meeting_id)
    if meeting.status not in rules.CAN_MOVE:
        raise MeetingError("Alleen een gepland overleg kan verplaatst worden.")
    if ends_at is not None and ends_at <= starts_at:
        raise MeetingError("Het einduur moet na het beginuur liggen.")
    if starts_at.replace(second=0, microsecond=0) == meeting.starts_at:
        raise MeetingError("Kies een ander moment dan het huidige.")
    history = Meeting(
        meeting_type_code=meeting.meeting_type_code,
        series_id=meeting.series_id,
        title=meeting.title,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        location=meeting.location,
        organiser=meeting.organiser,
        status=rules.MOVED,
        cancel_reason=reason.strip(),
        moved_from_id=meeting.moved_from_id,
    )
    session.add(history)
    session.flush()
    meeting.moved_from_id = history.id
    meeting.starts_at = starts_at.replace(second=0, microsecond=0)
    meeting.ends_at = ends_at.replace(second=0, microsecond=0) if ends_at else None
    audit.record(session, "meeting.move", "meeting", meeting.id, str(history.id))
    return meeting.id


def now_local() -> datetime:
    return datetime.now(brussels()).replace(tzinfo=None, second=0, microsecond=0)


def default_times(day: date | None = None) -> tuple[datetime, datetime]:
    start = datetime.combine(day or date.today() + timedelta(days=7), datetime.min.time()).replace(
        hour=9
    )
    return start, start + timedelta(hours=2)
