"""Indicators the app computes from its own data as of a date (domain.actions.COMPUTABLE).

* counts over a *kalenderjaar* run from 1 January of the date's year up to the date;
* a dossier's status on a day is the last status change effective on or before it;
* *jongeren in begeleiding*: status in begeleiding, in opleiding or werkervaring on the day,
  younger than 25 on the day;
* *deelnemers aan jobevents*: registered dossiers that attended plus anonymous visitors, of
  jobevents, jobdates and jobateliers;
* *aandeel inclusieve werkgevers*: the partner indicator on the day, in percent;
* *lokale besturen in werkplekleren*: partners of the kind lokaal bestuur with an inclusive
  engagement in the form werkplekleren running on the day.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import (
    Dossier,
    Event,
    EventParticipant,
    Meeting,
    Partner,
    PartnerEngagement,
    Person,
    StatusChange,
    WorkExit,
)
from kempen_desktop.domain.actions import COMPUTABLE
from kempen_desktop.domain.meetings import HELD
from kempen_desktop.domain.partners import INCLUSIVE

JOB_EVENT_KINDS = ("jobevent", "jobdate", "jobatelier")
GUIDED = frozenset({"in_begeleiding", "in_opleiding", "werkervaring"})


def _year_start(day: date) -> date:
    return date(day.year, 1, 1)


def client_meetings_held(session: Session, day: date) -> int:
    start = datetime.combine(_year_start(day), time.min)
    end = datetime.combine(day, time.max)
    return int(
        session.scalar(
            select(func.count())
            .select_from(Meeting)
            .where(
                Meeting.meeting_type_code == "clientoverleg",
                Meeting.status == HELD,
                Meeting.starts_at >= start,
                Meeting.starts_at <= end,
            )
        )
        or 0
    )


def young_in_guidance(session: Session, day: date) -> int:
    """One count in SQL: the dossiers of persons younger than 25 on the day whose last
    status change on or before it (latest effective date, then latest change) is guided.
    Reading every status change into Python took 4-7 s of a period report at 100,000
    dossiers (issue 17); only the young persons' dossiers look up their last change."""
    latest = (
        select(StatusChange.to_code)
        .where(StatusChange.dossier_id == Dossier.id, StatusChange.effective_on <= day)
        .order_by(StatusChange.effective_on.desc(), StatusChange.changed_at.desc())
        .limit(1)
        .correlate(Dossier)
        .scalar_subquery()
    )
    young = (
        select(func.count())
        .select_from(Dossier)
        .join(Person, Person.id == Dossier.person_id)
        .where(Person.birth_date > years_before(day, 25), latest.in_(sorted(GUIDED)))
    )
    return int(session.scalar(young) or 0)


def years_before(day: date, years: int) -> date:
    """The day `years` years before: who was born after it is younger than `years` on
    `day`. 29 February in a year without one is the 28th (born 29 February 2000, one turns
    25 on 1 March 2025)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return date(day.year - years, 2, 28)


def exits_to_work(session: Session, day: date) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(WorkExit)
            .where(WorkExit.started_on >= _year_start(day), WorkExit.started_on <= day)
        )
        or 0
    )


def inclusive_share(session: Session, day: date) -> float | None:
    from kempen_desktop.services.partners.partner_indicator import indicator

    share = indicator(session, day).total.share
    return round(share * 100, 1) if share is not None else None


def job_event_participants(session: Session, day: date) -> int:
    window = (
        Event.kind.in_(JOB_EVENT_KINDS),
        Event.held_on >= _year_start(day),
        Event.held_on <= day,
    )
    visitors = session.scalar(
        select(func.coalesce(func.sum(Event.participant_count), 0)).where(*window)
    )
    registered = session.scalar(
        select(func.count())
        .select_from(EventParticipant)
        .join(Event, Event.id == EventParticipant.event_id)
        .where(EventParticipant.attended.is_(True), *window)
    )
    return int(visitors or 0) + int(registered or 0)


def governments_in_workplace_learning(session: Session, day: date) -> int:
    partners = {
        pid
        for forms, pid in session.execute(
            select(PartnerEngagement.forms, PartnerEngagement.partner_id)
            .join(Partner, Partner.id == PartnerEngagement.partner_id)
            .where(
                Partner.partner_type_code == "lokaal_bestuur",
                PartnerEngagement.kind == INCLUSIVE,
                PartnerEngagement.started_on <= day,
                (PartnerEngagement.ended_on.is_(None)) | (PartnerEngagement.ended_on >= day),
            )
        )
        if "werkplekleren" in (forms or "").split(",")
    }
    return len(partners)


def compute(session: Session, key: str, day: date) -> float | None:
    """The value of computable indicator `key` on `day`; ValueError for an unknown key."""
    if key not in COMPUTABLE:
        raise ValueError(f"Onbekende berekende indicator ‘{key}’.")
    if key == "clientoverleg_gehouden":
        return client_meetings_held(session, day)
    if key == "jongeren_in_begeleiding":
        return young_in_guidance(session, day)
    if key == "uitstroom_werk":
        return exits_to_work(session, day)
    if key == "inclusieve_werkgevers":
        return inclusive_share(session, day)
    if key == "deelnemers_jobevents":
        return job_event_participants(session, day)
    return governments_in_workplace_learning(session, day)
