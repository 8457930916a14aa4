"""Events (jobevents, jobdates, jobateliers, ...): the list, one event as a form edits it,
its participants and its results.

A hire is recorded on the participant: it adds the dossier's *uitstroom naar werk* (a
WorkExit with the employer, started on the event's date unless given), a line on the
dossier's timeline, a moment in the employer's cooperation history (and the event among the
employer's events), moves the dossier to *aan het werk* through the dossier status service
where the workflow allows it, and creates the regisseur's follow-ups at 3 and 6 months
(action points on the dossier, in the Actiepunten overview and the dossier fiche), bringing
the dossier's next follow-up date forward to the earliest. Taking a hire back removes the
exit and its open follow-ups and leaves the status; the rule is in domain/actions.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from kempen_desktop.db.models import (
    ActionPoint,
    CooperationEntry,
    Dossier,
    Event,
    EventParticipant,
    Partner,
    Person,
    PolicyAction,
    TimelineEntry,
    WorkExit,
    event_employer,
    event_partner,
)
from kempen_desktop.db.models.activity import EVENT_KINDS
from kempen_desktop.documents.period_report_data import EventLine
from kempen_desktop.domain import actions as rules
from kempen_desktop.domain.actions import kind_label
from kempen_desktop.domain.meetings import OPEN_ACTION_STATUSES
from kempen_desktop.domain.status import AFGESLOTEN, TransitionError
from kempen_desktop.domain.text_limits import too_long
from kempen_desktop.services.actions.actions import ActionError, merged_with_theirs
from kempen_desktop.services.common import audit
from kempen_desktop.services.dossiers.dossiers import change_status
from kempen_desktop.services.meetings.action_points import ActionInput as ActionPointInput
from kempen_desktop.services.meetings.action_points import Owner, create_action, delete_action


@dataclass(frozen=True)
class EventInput:
    kind: str
    title: str
    held_on: date
    ends_on: date | None = None
    location: str = ""
    policy_action_id: uuid.UUID | None = None
    organiser_ids: frozenset[uuid.UUID] = frozenset()
    employer_ids: frozenset[uuid.UUID] = frozenset()
    target_groups: frozenset[str] = frozenset()
    visitors: int | None = None  # anonymous visitors
    contacts: int | None = None
    interviews: int | None = None
    other_hires: int | None = None
    results: str = ""


@dataclass(frozen=True)
class EventRow:
    id: uuid.UUID
    kind: str
    kind_label: str
    title: str
    held_on: date
    ends_on: date | None
    location: str
    action_code: str
    registered: int  # dossiers that attended
    visitors: int  # anonymous
    hires: int  # registered hires plus other hires

    @property
    def participants(self) -> int:
        return self.registered + self.visitors


@dataclass(frozen=True)
class ParticipantLine:
    id: uuid.UUID
    dossier_id: uuid.UUID
    dossier_num: int
    name: str
    attended: bool
    hired: bool
    employer: str


def event_rows(
    session: Session,
    start: date | None = None,
    end: date | None = None,
    action_id: uuid.UUID | None = None,
    event_ids: Collection[uuid.UUID] | None = None,
) -> list[EventRow]:
    """Events (held or starting in [start, end] when given; among `event_ids` when given),
    newest first."""
    stmt = select(Event, PolicyAction.code).outerjoin(
        PolicyAction, PolicyAction.id == Event.policy_action_id
    )
    if event_ids is not None:
        stmt = stmt.where(Event.id.in_(list(event_ids)))
    if start is not None:
        stmt = stmt.where(func.coalesce(Event.ends_on, Event.held_on) >= start)
    if end is not None:
        stmt = stmt.where(Event.held_on <= end)
    if action_id is not None:
        stmt = stmt.where(Event.policy_action_id == action_id)
    found = session.execute(stmt.order_by(Event.held_on.desc(), Event.title)).all()
    counts: dict[uuid.UUID, tuple[int, int]] = {}
    counted = select(
        EventParticipant.event_id,
        func.sum(case((EventParticipant.attended, 1), else_=0)),
        func.sum(case((EventParticipant.hired, 1), else_=0)),
    ).group_by(EventParticipant.event_id)
    if event_ids is not None:
        counted = counted.where(EventParticipant.event_id.in_(list(event_ids)))
    for event_id, n_attended, n_hired in session.execute(counted):
        counts[event_id] = (int(n_attended or 0), int(n_hired or 0))
    rows = []
    for event, code in found:
        registered, hires = counts.get(event.id, (0, 0))
        rows.append(
            EventRow(
                event.id,
                event.kind,
                kind_label(event.kind),
                event.title,
                event.held_on,
                event.ends_on,
                event.location,
                code or "",
                registered,
                event.participant_count or 0,
                hires + (event.other_hires or 0),
            )
        )
    return rows


@dataclass(frozen=True)
class PartnerEventRow:
    """An event in a partner's detail, with the part the partner had in it."""

    event: EventRow
    organiser: bool
    employer: bool


def partner_event_rows(session: Session, partner_id: uuid.UUID) -> list[PartnerEventRow]:
    """The events `partner_id` organised or took part in as employer, newest first."""
    organised = select(event_partner.c.event_id).where(event_partner.c.partner_id == partner_id)
    employed = select(event_employer.c.event_id).where(event_employer.c.partner_id == partner_id)
    as_organiser = set(session.scalars(organised))
    as_employer = set(session.scalars(employed))
    return [
        PartnerEventRow(row, row.id in as_organiser, row.id in as_employer)
        for row in event_rows(session, event_ids=as_organiser | as_employer)
    ]


def get_event(session: Session, event_id: uuid.UUID) -> EventInput:
    event = _load(session, event_id)
    return EventInput(
        event.kind,
        event.title,
        event.held_on,
        event.ends_on,
        event.location,
        event.policy_action_id,
        frozenset(p.id for p in event.partners),
        frozenset(p.id for p in event.employers),
        frozenset(c for c in (event.target_groups or "").split(",") if c),
        event.participant_count,
        event.contacts,
        event.interviews,
        event.other_hires,
        event.results or "",
    )


def _load(session: Session, event_id: uuid.UUID) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise ActionError("Deze activiteit bestaat niet (meer).")
    return event


def _check(data: EventInput) -> None:
    if data.kind not in EVENT_KINDS:
        raise ActionError(f"Onbekende soort activiteit ‘{data.kind}’.")
    if not data.title.strip():
        raise ActionError("Geef de activiteit een titel.")
    if len(data.title) > 200 or len(data.location) > 200:
        raise ActionError("De titel en de plaats mogen hoogstens 200 tekens hebben.")
    if data.ends_on is not None and data.ends_on < data.held_on:
        raise ActionError("De einddatum ligt voor de begindatum.")
    for value in (data.visitors, data.contacts, data.interviews, data.other_hires):
        if value is not None and not 0 <= value <= 1_000_000:
            raise ActionError("Aantallen moeten tussen 0 en 1.000.000 liggen.")
    if problem := too_long(data.results, "Het resultaat"):
        raise ActionError(problem)


def _partners(session: Session, ids: frozenset[uuid.UUID]) -> list[Partner]:
    return list(session.scalars(select(Partner).where(Partner.id.in_(list(ids)))))


def save_event(
    session: Session,
    data: EventInput,
    event_id: uuid.UUID | None = None,
    *,
    base: EventInput | None = None,
) -> uuid.UUID:
    """`base`: the event as the form opened it. What someone else changed since stays
    unless I changed it too: then EditConflictError, nothing written (issue 19)."""
    if base is not None and event_id is not None:
        data = merged_with_theirs(base, get_event(session, event_id), data)
    _check(data)
    if event_id is None:
        event = Event(kind=data.kind, title="", held_on=data.held_on)
        session.add(event)
    else:
        event = _load(session, event_id)
    event.kind = data.kind
    event.title = data.title.strip()
    event.held_on = data.held_on
    event.ends_on = data.ends_on
    event.location = data.location.strip()
    event.policy_action_id = data.policy_action_id
    if {p.id for p in event.partners} != set(data.organiser_ids):
        event.partners = _partners(session, data.organiser_ids)
    if {p.id for p in event.employers} != set(data.employer_ids):
        event.employers = _partners(session, data.employer_ids)
    event.target_groups = ",".join(sorted(data.target_groups))
    event.participant_count = data.visitors
    event.contacts = data.contacts
    event.interviews = data.interviews
    event.other_hires = data.other_hires
    event.results = data.results
    session.flush()
    return event.id


def delete_event(session: Session, event_id: uuid.UUID) -> None:
    event = session.get(Event, event_id)
    if event is not None:
        for participant in list(event.participants):
            set_hired(session, participant.id, None)
        session.delete(event)


def participants(session: Session, event_id: uuid.UUID) -> list[ParticipantLine]:
    rows = session.execute(
        select(EventParticipant, Dossier.num, Person.first_name, Person.last_name, WorkExit)
        .join(Dossier, Dossier.id == EventParticipant.dossier_id)
        .join(Person, Person.id == Dossier.person_id)
        .outerjoin(WorkExit, WorkExit.id == EventParticipant.work_exit_id)
        .where(EventParticipant.event_id == event_id)
        .order_by(Person.last_name, Person.first_name)
    )
    return [
        ParticipantLine(
            p.id,
            p.dossier_id,
            num,
            f"{first} {last}".strip(),
            p.attended,
            p.hired,
            exit_.employer_name if exit_ is not None else "",
        )
        for p, num, first, last, exit_ in rows
    ]


def _timeline(session: Session, dossier_id: uuid.UUID, day: date, title: str, body: str) -> None:
    session.add(
        TimelineEntry(
            dossier_id=dossier_id,
            kind="event",
            occurred_at=datetime.combine(day, time(12)),
            title=title[:200],
            body=body,
        )
    )


def add_participant(
    session: Session, event_id: uuid.UUID, dossier_id: uuid.UUID, attended: bool = True
) -> uuid.UUID:
    event = _load(session, event_id)
    if session.get(Dossier, dossier_id) is None:
        raise ActionError("Dit dossier bestaat niet (meer).")
    known = session.scalar(
        select(EventParticipant.id).where(
            EventParticipant.event_id == event_id, EventParticipant.dossier_id == dossier_id
        )
    )
    if known is not None:
        raise ActionError("Dit dossier staat al bij de deelnemers.")
    participant = EventParticipant(event_id=event_id, dossier_id=dossier_id, attended=attended)
    session.add(participant)
    what = "Deelname aan" if attended else "Ingeschreven voor"
    _timeline(
        session,
        dossier_id,
        event.held_on,
        f"{what} {kind_label(event.kind).lower()} ‘{event.title}’",
        event.location,
    )
    session.flush()
    audit.record(session, "event.participant", "dossier", dossier_id, str(event_id))
    return participant.id


def set_attended(session: Session, participant_id: uuid.UUID, attended: bool) -> None:
    participant = session.get(EventParticipant, participant_id)
    if participant is None:
        raise ActionError("Deze deelnemer bestaat niet (meer).")
    participant.attended = attended


def remove_participant(session: Session, participant_id: uuid.UUID) -> None:
    participant = session.get(EventParticipant, participant_id)
    if participant is not None:
        set_hired(session, participant_id, None)
        session.delete(participant)


@dataclass(frozen=True)
class HireOutcome:
    """What recording a hire did to the dossier (see domain.actions for the rule)."""

    work_exit_id: uuid.UUID | None
    status_changed: bool = False
    status_kept: str = ""  # why the status stayed (Dutch), '' when it changed or needed not
    follow_ups: tuple[date, ...] = ()


def set_hired(
    session: Session,
    participant_id: uuid.UUID,
    employer_id: uuid.UUID | None,
    started_on: date | None = None,
    contract_type: str | None = None,
    *,
    today: date | None = None,
) -> HireOutcome:
    """Record a hire by `employer_id` (None takes a hire back): the dossier's uitstroom naar
    werk, its status, the employer's history and the follow-ups at 3 and 6 months."""
    participant = session.get(EventParticipant, participant_id)
    if participant is None:
        raise ActionError("Deze deelnemer bestaat niet (meer).")
    if employer_id is None:
        _take_back(session, participant)
        return HireOutcome(None)
    employer = session.get(Partner, employer_id)
    if employer is None:
        raise ActionError("Deze werkgever bestaat niet (meer).")
    if participant.hired:
        _take_back(session, participant, replaced=True)
    event = participant.event
    day = started_on or event.held_on
    what = f"{kind_label(event.kind).lower()} ‘{event.title}’"
    exit_ = WorkExit(
        dossier_id=participant.dossier_id,
        employer_partner_id=employer.id,
        employer_name=employer.name,
        sector=employer.sector or "",
        contract_type_code=contract_type,
        started_on=day,
        note=f"Aanwerving na {what} ({event.held_on:%d/%m/%Y}).",
    )
    session.add(exit_)
    session.flush()
    participant.work_exit_id = exit_.id
    participant.hired = True
    participant.attended = True
    if employer not in event.employers:
        event.employers.append(employer)
    dossier = session.get(Dossier, participant.dossier_id)
    if dossier is None:  # the foreign key keeps this from happening
        raise ActionError("Dit dossier bestaat niet (meer).")
    _timeline(session, dossier.id, day, f"Aangeworven door {employer.name}", f"Na {what}.")
    session.add(
        CooperationEntry(
            partner_id=employer.id,
            occurred_on=day,
            kind="aanwerving",
            description=f"Aanwerving van dossier {dossier.num} na {what}.",
        )
    )
    kept = _hire_status(session, dossier, day, employer.name, what, event.held_on, today)
    follow_ups = _follow_ups(session, dossier, day, employer.name, what)
    audit.record(session, "event.hire", "dossier", dossier.id, str(event.id))
    return HireOutcome(exit_.id, kept is None, kept or "", follow_ups)


def _hire_status(
    session: Session,
    dossier: Dossier,
    day: date,
    employer: str,
    what: str,
    held_on: date,
    today: date | None,
) -> str | None:
    """Move the dossier to aan het werk through the dossier status service, if the rule says
    so; None when it moved, else why the status stayed ('' when it needed not move)."""
    target = rules.hire_status(dossier.status_code)
    if target is None:
        return rules.hire_status_kept(dossier.status_code)
    effective = rules.hire_status_day(day, dossier.status_since, today or date.today())
    note = f"Aangeworven door {employer} na {what} ({held_on:%d/%m/%Y}); start {day:%d/%m/%Y}."
    try:  # the service checks before it changes anything: a refusal leaves the dossier as is
        change_status(session, dossier.id, target, effective_on=effective, note=note)
    except TransitionError as refused:
        return f"De status blijft zoals hij is: {refused}"
    return None


def _follow_ups(
    session: Session, dossier: Dossier, day: date, employer: str, what: str
) -> tuple[date, ...]:
    """The regisseur's follow-ups at 3 and 6 months (action points on the dossier), and the
    dossier's next follow-up date brought forward to the earliest (never pushed later)."""
    days = rules.hire_follow_up_days(day)
    for months, deadline in zip(rules.HIRE_FOLLOW_UP_MONTHS, days, strict=True):
        create_action(
            session,
            ActionPointInput(
                rules.hire_follow_up_text(months, employer, what),
                Owner.regisseur(),
                deadline,
                dossier_id=dossier.id,
            ),
        )
    if dossier.status_code != AFGESLOTEN:
        dossier.follow_up_on = rules.next_follow_up(dossier.follow_up_on, days)
    return days


def _take_back(session: Session, participant: EventParticipant, replaced: bool = False) -> None:
    """Undo a hire: the work exit and its still-open follow-ups go, the status stays, and
    (unless another employer replaces it) a timeline note says the hire was removed."""
    exit_ = session.get(WorkExit, participant.work_exit_id) if participant.work_exit_id else None
    participant.work_exit_id = None
    participant.hired = False
    if exit_ is None:
        return
    event = participant.event
    what = f"{kind_label(event.kind).lower()} ‘{event.title}’"
    texts = {
        rules.hire_follow_up_text(months, exit_.employer_name, what): deadline
        for months, deadline in zip(
            rules.HIRE_FOLLOW_UP_MONTHS, rules.hire_follow_up_days(exit_.started_on), strict=True
        )
    }
    for point in list(
        session.scalars(
            select(ActionPoint).where(
                ActionPoint.dossier_id == participant.dossier_id,
                ActionPoint.description.in_(list(texts)),
                ActionPoint.status.in_(list(OPEN_ACTION_STATUSES)),
            )
        )
    ):
        if texts[point.description] == point.deadline:
            delete_action(session, point.id)
    if not replaced:
        _timeline(
            session,
            participant.dossier_id,
            date.today(),
            f"Aanwerving door {exit_.employer_name} verwijderd",
            f"Na {what}. De status van het dossier blijft zoals hij is; pas hem zo nodig aan.",
        )
        audit.record(
            session, "event.hire_removed", "dossier", participant.dossier_id, str(event.id)
        )
    session.delete(exit_)
    session.flush()


def dossier_events(session: Session, dossier_id: uuid.UUID) -> list[tuple[date, str, str, bool]]:
    """(date, kind label, title, hired) of every event the dossier took part in."""
    return [
        (held_on, kind_label(kind), title, hired)
        for held_on, kind, title, hired in session.execute(
            select(Event.held_on, Event.kind, Event.title, EventParticipant.hired)
            .join(EventParticipant, EventParticipant.event_id == Event.id)
            .where(EventParticipant.dossier_id == dossier_id)
            .order_by(Event.held_on.desc())
        )
    ]


def totals(session: Session, start: date, end: date) -> tuple[int, int]:
    """(participants, hires) of the events held in [start, end] — the dashboard's figures."""
    rows = event_rows(session, start, end)
    rows = [r for r in rows if start <= r.held_on <= end]
    return sum(r.participants for r in rows), sum(r.hires for r in rows)


def period_event_lines(
    session: Session, start: date, end: date, scope: set[int] | None = None
) -> list[EventLine]:
    """The events held (started) in [start, end] with their figures for the period report;
    participants and hires with a dossier only from `scope` (dossier numbers; None: all)."""
    found = list(
        session.scalars(
            select(Event)
            .options(selectinload(Event.partners))  # one query for all organisers
            .where(Event.held_on >= start, Event.held_on <= end)
            .order_by(Event.held_on, Event.title)
        )
    )
    people: dict[uuid.UUID, list[int]] = {e.id: [0, 0] for e in found}
    if found:
        for event_id, num, attended, hired in session.execute(
            select(
                EventParticipant.event_id,
                Dossier.num,
                EventParticipant.attended,
                EventParticipant.hired,
            )
            .join(Dossier, Dossier.id == EventParticipant.dossier_id)
            .where(EventParticipant.event_id.in_([e.id for e in found]))
        ):
            if scope is not None and num not in scope:
                continue
            people[event_id][0] += 1 if attended else 0
            people[event_id][1] += 1 if hired else 0
    return [
        EventLine(
            e.held_on,
            e.ends_on,
            kind_label(e.kind),
            e.title,
            e.location,
            ", ".join(sorted(p.name for p in e.partners)),
            people[e.id][0],
            e.participant_count or 0,
            e.contacts or 0,
            e.interviews or 0,
            people[e.id][1],
            e.other_hires or 0,
        )
        for e in found
    ]


def dossier_choices(
    session: Session, text: str = "", limit: int = 50
) -> list[tuple[uuid.UUID, str]]:
    """Dossiers to add as participants: (id, "num — first last"), by name, matching `text`."""
    stmt = (
        select(Dossier.id, Dossier.num, Person.first_name, Person.last_name)
        .join(Person, Person.id == Dossier.person_id)
        .where(Dossier.anonymised_on.is_(None))
        .order_by(Person.last_name, Person.first_name)
    )
    query = text.strip()
    if query.isdigit():
        stmt = stmt.where(Dossier.num == int(query))
    elif query:
        like = f"%{query}%"
        stmt = stmt.where(Person.last_name.ilike(like) | Person.first_name.ilike(like))
    return [
        (did, f"{num} — {first} {last}".strip())
        for did, num, first, last in session.execute(stmt.limit(limit))
    ]


def partner_choices(session: Session) -> list[tuple[uuid.UUID, str]]:
    return [
        (pid, name)
        for pid, name in session.execute(
            select(Partner.id, Partner.name).where(Partner.active).order_by(Partner.name)
        )
    ]
