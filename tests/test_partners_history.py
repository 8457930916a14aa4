"""Per partner: dossiers it follows or employed, meetings, action points, events, engagements."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import insert

from kempen_desktop.db.models import (
    ActionPoint,
    ContactPerson,
    Dossier,
    Event,
    Meeting,
    MeetingParticipant,
    Partner,
    PartnerEngagement,
    Person,
    WorkExit,
    event_partner,
)
from kempen_desktop.services.partners.partner_history import evidence_choices, partner_history


def test_history_collects_everything_the_partner_did(database):
    with database.transaction() as s:
        partner = Partner(name="Nethechem", partner_type_code="werkgever", municipality_nis="13008")
        other = Partner(name="VDAB", partner_type_code="vdab")
        s.add_all([partner, other])
        s.flush()
        an = ContactPerson(partner_id=partner.id, first_name="An", last_name="Peeters")
        s.add(an)
        people = [Person(last_name=f"Klant{i}", first_name="Test") for i in range(4)]
        s.add_all(people)
        s.flush()
        d1 = Dossier(
            num=1,
            person_id=people[0].id,
            status_code="aangemeld",
            status_since=date(2025, 1, 1),
            opened_on=date(2025, 1, 1),
            responsible_partner_id=partner.id,
        )
        d2 = Dossier(
            num=2,
            person_id=people[1].id,
            status_code="aangemeld",
            status_since=date(2025, 2, 1),
            opened_on=date(2025, 2, 1),
            responsible_partner_id=other.id,
            counsellor_id=an.id,
        )
        d3 = Dossier(
            num=3,
            person_id=people[2].id,
            status_code="aangemeld",
            status_since=date(2025, 3, 1),
            opened_on=date(2025, 3, 1),
            responsible_partner_id=other.id,
        )
        d4 = Dossier(
            num=4,
            person_id=people[3].id,
            status_code="aangemeld",
            status_since=date(2025, 3, 1),
            opened_on=date(2025, 3, 1),
            responsible_partner_id=other.id,
        )  # nothing to do with it
        s.add_all([d1, d2, d3, d4])
        s.flush()
        exit_ = WorkExit(
            dossier_id=d3.id, employer_partner_id=partner.id, started_on=date(2025, 5, 1)
        )
        s.add(exit_)
        m1 = Meeting(
            meeting_type_code="clientoverleg",
            title="Cliëntoverleg Geel",
            starts_at=datetime(2025, 4, 1, 10),
        )
        m2 = Meeting(
            meeting_type_code="stuurgroep", title="Stuurgroep", starts_at=datetime(2025, 6, 1, 14)
        )
        m3 = Meeting(
            meeting_type_code="stuurgroep", title="Zonder ons", starts_at=datetime(2025, 7, 1, 14)
        )
        s.add_all([m1, m2, m3])
        s.flush()
        s.add_all(
            [
                MeetingParticipant(
                    meeting_id=m1.id,
                    contact_person_id=an.id,
                    partner_id=partner.id,
                    attendance="aanwezig",
                ),
                MeetingParticipant(
                    meeting_id=m2.id, partner_id=partner.id, attendance="verontschuldigd"
                ),
                MeetingParticipant(meeting_id=m3.id, partner_id=other.id),
                ActionPoint(
                    meeting_id=m1.id,
                    description="Stageplaats zoeken",
                    owner_contact_id=an.id,
                    deadline=date(2025, 5, 1),
                ),
                ActionPoint(
                    meeting_id=m2.id,
                    description="Vacatures doorsturen",
                    owner_partner_id=partner.id,
                ),
                ActionPoint(
                    meeting_id=m2.id, description="Niet van ons", owner_partner_id=other.id
                ),
            ]
        )
        event = Event(kind="jobdate", title="Jobdate Geel", held_on=date(2025, 3, 20))
        s.add(event)
        s.flush()
        s.execute(insert(event_partner).values(event_id=event.id, partner_id=partner.id))
        s.add(
            PartnerEngagement(
                partner_id=partner.id,
                kind="inclusief",
                engaged_as="werkgever",
                started_on=date(2025, 5, 1),
                work_exit_id=exit_.id,
                event_id=event.id,
            )
        )
        pid, exit_id, event_id = partner.id, exit_.id, event.id

    with database.session() as session:
        history = partner_history(session, pid)
        exits, events = evidence_choices(session, pid)
    assert history.followed_total == 2
    assert {(d.num, d.how) for d in history.followed} == {
        (1, "verantwoordelijke partner"),
        (2, "begeleider: An Peeters"),
    }
    assert [(d.num, d.on) for d in history.employed] == [(3, date(2025, 5, 1))]
    assert [(m.title, m.attendance) for m in history.meetings] == [
        ("Stuurgroep", "verontschuldigd"),
        ("Cliëntoverleg Geel", "aanwezig"),
    ]
    assert history.meetings[1].who == "An Peeters"
    assert {a.description for a in history.actions} == {
        "Stageplaats zoeken",
        "Vacatures doorsturen",
    }
    assert [e.title for e in history.events] == ["Jobdate Geel"]
    assert len(history.engagements) == 1
    engagement = history.engagements[0]
    assert engagement.work_exit_id == exit_id and engagement.event_title == "Jobdate Geel"
    assert engagement.counts_on(date(2025, 5, 1)) and not engagement.counts_on(date(2025, 4, 30))
    # Evidence pickers: the partner's own exit (dossier number, no client name), its event first.
    assert (
        [c.id for c in exits] == [exit_id]
        and "Dossier 3" in exits[0].label
        and "Klant" not in exits[0].label
    )
    assert events[0].id == event_id


def test_history_of_a_new_partner_is_empty(database, partner_ids):
    with database.session() as session:
        history = partner_history(session, partner_ids[0])
    assert (
        history.followed_total,
        history.employed_total,
        history.meetings_total,
        history.actions_total,
    ) == (0, 0, 0, 0)
    assert history.engagements == [] and history.events == []
