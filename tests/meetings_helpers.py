"""A small world for the meeting tests: two partners with a contact each, dossiers they
follow, and a planned meeting with both partners invited."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import ContactPerson, Dossier, Partner
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.meetings.meetings import MeetingInput, ParticipantInput


@dataclass
class World:
    vdab: uuid.UUID
    ocmw: uuid.UUID
    sofie: uuid.UUID  # VDAB contact
    jan: uuid.UUID  # OCMW contact
    vdab_due: uuid.UUID  # VDAB dossier with a follow-up date before the meeting
    vdab_flagged: uuid.UUID  # VDAB dossier flagged "bespreken"
    ocmw_due: uuid.UUID  # OCMW dossier (through its counsellor) with a follow-up date due
    other: uuid.UUID  # followed by nobody invited, due too
    meeting: uuid.UUID


def make_world(database: Database, meeting_day: date | None = None) -> World:
    with database.transaction() as session:
        vdab = Partner(name="VDAB Turnhout", partner_type_code="vdab")
        sofie = ContactPerson(
            first_name="Sofie", last_name="Wouters", email="sofie.wouters@vdab.be"
        )
        vdab.contacts.append(sofie)
        ocmw = Partner(name="OCMW Geel", partner_type_code="ocmw")
        jan = ContactPerson(first_name="Jan", last_name="Peeters", email="jan.peeters@ocmwgeel.be")
        ocmw.contacts.append(jan)
        elsewhere = Partner(name="Groep Maatwerk", partner_type_code="ocmw")
        session.add_all([vdab, ocmw, elsewhere])
        session.flush()
        ids = (vdab.id, ocmw.id, sofie.id, jan.id, elsewhere.id)
    vdab_id, ocmw_id, sofie_id, jan_id, elsewhere_id = ids
    day = meeting_day or date.today()
    service = Workspace(database).dossiers
    opened = day - timedelta(days=200)

    def dossier(last: str, first: str, **fields: object) -> uuid.UUID:
        return service.create(
            DossierInput(last_name=last, first_name=first, **fields), opened_on=opened
        )  # type: ignore[arg-type]

    vdab_due = dossier(
        "Janssens", "An", responsible_partner_id=vdab_id, follow_up_on=day - timedelta(days=3)
    )
    vdab_flagged = dossier("Claes", "Bram", responsible_partner_id=vdab_id)
    ocmw_due = dossier("Yilmaz", "Elif", counsellor_id=jan_id, follow_up_on=day - timedelta(days=1))
    other = dossier(
        "Smets", "Dirk", responsible_partner_id=elsewhere_id, follow_up_on=day - timedelta(days=5)
    )
    with database.transaction() as session:
        session.get(Dossier, vdab_flagged).discuss = True  # type: ignore[union-attr]
    start = datetime.combine(day, time(9, 30))
    meeting = Workspace(database).meetings.plan(
        MeetingInput(
            "clientoverleg",
            "Cliëntoverleg Geel",
            start,
            start + timedelta(hours=2),
            "Sociaal Huis Geel",
            "Regisseur Kempen",
            [
                ParticipantInput(contact_id=sofie_id),
                ParticipantInput(contact_id=jan_id),
                ParticipantInput(name="Griet (werkgever)"),
            ],
        )
    )
    return World(
        vdab_id, ocmw_id, sofie_id, jan_id, vdab_due, vdab_flagged, ocmw_due, other, meeting
    )


def give_consent(
    database: Database,
    pairs: list[tuple[uuid.UUID, uuid.UUID]],
    given_on: date | None = None,
    valid_until: date | None = None,
) -> None:
    """Record a consent for each (dossier, partner): the dossier becomes shareable with it."""
    from kempen_desktop.db.models import Consent

    with database.transaction() as session:
        for dossier_id, partner_id in pairs:
            session.add(
                Consent(
                    dossier_id=dossier_id,
                    partner_id=partner_id,
                    purpose="Bespreking in het cliëntoverleg",
                    given_on=given_on or date.today() - timedelta(days=100),
                    valid_until=valid_until,
                )
            )
