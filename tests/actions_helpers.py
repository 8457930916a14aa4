"""A known data set for the actions and events tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from kempen_desktop.db.models import (
    Dossier,
    Meeting,
    Partner,
    PartnerEngagement,
    Person,
    StatusChange,
    WorkExit,
)


@dataclass
class Known:
    employer: uuid.UUID
    vdab: uuid.UUID
    dossiers: list[uuid.UUID]


def known_data(database) -> Known:  # type: ignore[no-untyped-def]
    with database.transaction() as s:
        employer = Partner(
            name="Industriebouw Kontich NV",
            partner_type_code="werkgever",
            municipality_nis="13008",
            created_at=datetime(2020, 1, 1),
        )
        other = Partner(
            name="Bakkerij Mortsel",
            partner_type_code="werkgever",
            municipality_nis="13008",
            created_at=datetime(2020, 1, 1),
        )
        vdab = Partner(name="VDAB", partner_type_code="vdab")
        town = Partner(name="Gemeente Geel", partner_type_code="lokaal_bestuur")
        town2 = Partner(name="Gemeente Mol", partner_type_code="lokaal_bestuur")
        s.add_all([employer, other, vdab, town, town2])
        s.flush()
        s.add_all(
            [
                PartnerEngagement(
                    partner_id=employer.id,
                    kind="inclusief",
                    engaged_as="werkgever",
                    started_on=date(2024, 1, 1),
                ),
                PartnerEngagement(
                    partner_id=town.id,
                    kind="inclusief",
                    engaged_as="werkgever",
                    forms="stage,werkplekleren",
                    started_on=date(2024, 3, 1),
                ),
                PartnerEngagement(
                    partner_id=town2.id,
                    kind="inclusief",
                    engaged_as="werkgever",
                    forms="werkplekleren",
                    started_on=date(2025, 3, 1),
                ),
            ]
        )
        births = [date(2004, 5, 1), date(2003, 1, 1), date(1970, 1, 1)]
        ids = []
        for num, birth in enumerate(births, start=1):
            person = Person(last_name=f"Klant{num}", first_name="Test", birth_date=birth)
            s.add(person)
            s.flush()
            dossier = Dossier(
                num=num,
                person_id=person.id,
                status_code="in_begeleiding",
                status_since=date(2024, 2, 1),
                opened_on=date(2024, 1, 15),
            )
            s.add(dossier)
            s.flush()
            s.add(
                StatusChange(
                    dossier_id=dossier.id, to_code="aangemeld", effective_on=date(2024, 1, 15)
                )
            )
            s.add(
                StatusChange(
                    dossier_id=dossier.id,
                    from_code="aangemeld",
                    to_code="in_begeleiding",
                    effective_on=date(2024, 2, 1),
                )
            )
            ids.append(dossier.id)
        s.add(WorkExit(dossier_id=ids[2], employer_name="X", started_on=date(2024, 4, 1)))
        s.add(WorkExit(dossier_id=ids[2], employer_name="Y", started_on=date(2023, 4, 1)))
        for day, status in (
            (datetime(2024, 2, 10, 10), "gehouden"),
            (datetime(2024, 5, 10, 10), "gehouden"),
            (datetime(2024, 10, 10, 10), "geannuleerd"),
            (datetime(2023, 10, 10, 10), "gehouden"),
        ):
            s.add(
                Meeting(
                    meeting_type_code="clientoverleg",
                    title="Cliëntoverleg",
                    starts_at=day,
                    status=status,
                    location="VDAB Mortsel",
                    cancel_reason="Voorbereiding projectaanvraag WSE Lokaal Partnerschap."
                    if status == "geannuleerd"
                    else "",
                )
            )
        return Known(employer.id, vdab.id, ids)
