"""workspace.partners: KBO validation on entry, duplicate detection, contacts, engagements,
deleting what is in use, the inclusive_* cache and the audit trail."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import (
    AuditEntry,
    ContactPerson,
    Dossier,
    Partner,
    PartnerEngagement,
    Person,
)
from kempen_desktop.services.partners.contacts import ContactInput
from kempen_desktop.services.partners.engagements import EngagementInput
from kempen_desktop.services.partners.partners import (
    PartnerInput,
    PartnerInUseError,
    PartnerValidationError,
    PossibleDuplicateError,
    names_similar,
)

GEEL, MOL = "13008", "13025"
VALID_KBO = "0203.201.340"  # check digits 97 - (02032013 mod 97)


def _employer(name: str, kbo: str = "", nis: str | None = GEEL) -> PartnerInput:
    return PartnerInput(
        name=name, partner_type_code="werkgever", kbo_number=kbo, municipality_nis=nis
    )


@pytest.fixture
def service(database):
    return Workspace(database).partners


def test_valid_kbo_is_stored_as_digits(service, database):
    pid = service.create(_employer("Bakkerij Peeters", "BE 0203 201 340"))
    with database.session() as session:
        assert session.get(Partner, pid).kbo_number == "0203201340"
    assert service.get(pid).kbo_number == VALID_KBO


@pytest.mark.parametrize(
    ("kbo", "fragment"),
    [
        ("0203.201.341", "Controlegetal"),
        ("0203.201", "10 cijfers"),
        ("2203.201.340", "met 0 of 1 beginnen"),
        ("02O3.201.340", "alleen cijfers"),
    ],
)
def test_invalid_kbo_is_refused_in_dutch(service, database, kbo, fragment):
    with pytest.raises(PartnerValidationError) as caught:
        service.create(_employer("Bakkerij Peeters", kbo))
    assert fragment in caught.value.errors["kbo_number"]
    with database.session() as session:
        assert session.scalar(select(Partner).where(Partner.name == "Bakkerij Peeters")) is None


def test_required_fields_and_bad_email(service):
    with pytest.raises(PartnerValidationError) as caught:
        service.create(PartnerInput(name="  ", partner_type_code="", email="geen-adres"))
    assert set(caught.value.errors) >= {"name", "partner_type_code", "email"}
    with pytest.raises(PartnerValidationError) as caught:
        service.create(PartnerInput(name="X", partner_type_code="bestaat_niet"))
    assert "soort" in caught.value.errors["partner_type_code"]


def test_same_kbo_is_a_duplicate_candidate_anywhere(service, database):
    first = service.create(_employer("Janssens Bouw", VALID_KBO, GEEL))
    with pytest.raises(PossibleDuplicateError) as caught:
        service.create(_employer("Totaal andere naam", "0203201340", MOL))
    assert [c.id for c in caught.value.candidates] == [first]
    assert caught.value.candidates[0].reason == "zelfde ondernemingsnummer"
    # The user may still save (e.g. a second site of the same enterprise).
    second = service.create(
        _employer("Totaal andere naam", VALID_KBO, MOL), confirm_duplicates=True
    )
    assert second != first
    with database.session() as session:
        assert (
            session.scalar(select(Partner.name).where(Partner.id == second)) == "Totaal andere naam"
        )


def test_similar_name_in_same_municipality_is_a_duplicate_candidate(service):
    first = service.create(_employer("Janssens & Zonen NV"))
    with pytest.raises(PossibleDuplicateError) as caught:
        service.create(_employer("janssens en zonen bv"))
    assert caught.value.candidates[0].id == first
    assert "gelijkaardige naam" in caught.value.candidates[0].reason
    # Same name elsewhere, or a clearly different name here: no candidates.
    service.create(_employer("Janssens & Zonen NV", nis=MOL))
    service.create(_employer("Peeters Logistiek"))
    assert names_similar("Bouwbedrijf Hendrickx", "Bouwbedrijf Hendrikx")
    assert not names_similar("Bakkerij Peeters", "Bakkerij Verlinden")


def test_update_checks_duplicates_only_when_identity_changes(service):
    service.create(_employer("Logistiek Geel"))
    other = service.create(_employer("Nethechem"))
    data = service.get(other)
    data.sector = "Chemie"
    service.update(other, data)  # no identity change: no question asked
    data.name = "Logistiek Geel NV"
    with pytest.raises(PossibleDuplicateError):
        service.update(other, data)
    service.update(other, data, confirm_duplicates=True)
    assert service.get(other).name == "Logistiek Geel NV"


def test_contacts_and_delete_rules(service, database):
    pid = service.create(_employer("Nethechem"))
    cid = service.add_contact(
        pid, ContactInput("An", "Peeters", "HR", "an@nethechem.be", "014 00 00 00")
    )
    service.add_contact(pid, ContactInput("Bart", "Claes"))
    with pytest.raises(PartnerValidationError) as caught:
        service.add_contact(pid, ContactInput("", "", email="fout"))
    assert set(caught.value.errors) == {"last_name", "email"}
    with database.transaction() as session:
        person = Person(last_name="Test", first_name="Tina")
        session.add(person)
        session.flush()
        session.add(
            Dossier(
                num=1,
                person_id=person.id,
                status_code="aangemeld",
                status_since=date.today(),
                opened_on=date.today(),
                counsellor_id=cid,
            )
        )
    with pytest.raises(PartnerInUseError, match="begeleider"):
        service.delete_contact(cid)
    with pytest.raises(PartnerInUseError, match="inactief"):
        service.delete(pid)
    free = service.create(_employer("Leeg bedrijf"))
    service.add_contact(free, ContactInput("Cas", "Smet"))
    service.add_engagement(
        free, EngagementInput("inclusief", engaged_as="werkgever", started_on=date(2024, 1, 1))
    )
    service.delete(free)
    with database.session() as session:
        assert session.get(Partner, free) is None
        assert session.scalar(select(ContactPerson).where(ContactPerson.partner_id == free)) is None
        assert (
            session.scalar(select(PartnerEngagement).where(PartnerEngagement.partner_id == free))
            is None
        )
        actions = set(session.scalars(select(AuditEntry.action)))
        details = " ".join(session.scalars(select(AuditEntry.detail)))
    assert {"partner.create", "contact.create", "engagement.create", "partner.delete"} <= actions
    assert "Peeters" not in details and "Nethechem" not in details


def test_engagements_validate_and_keep_inclusive_since_in_sync(service, database):
    pid = service.create(_employer("Nethechem"))
    with pytest.raises(PartnerValidationError) as caught:
        service.add_engagement(pid, EngagementInput("inclusief", started_on=None))
    assert set(caught.value.errors) == {"engaged_as", "started_on"}
    with pytest.raises(PartnerValidationError) as caught:
        service.add_engagement(pid, EngagementInput("partnerschap", started_on=date(2024, 1, 1)))
    assert "voortrekker" in caught.value.errors["role"]
    with pytest.raises(PartnerValidationError) as caught:
        service.add_engagement(
            pid,
            EngagementInput(
                "inclusief",
                engaged_as="werkgever",
                forms=("vrijwilliger",),
                started_on=date(2024, 1, 1),
            ),
        )
    assert "vrijwilliger" in caught.value.errors["forms"]
    with pytest.raises(PartnerValidationError) as caught:
        service.add_engagement(
            pid,
            EngagementInput(
                "inclusief",
                engaged_as="werkgever",
                started_on=date(2024, 5, 1),
                ended_on=date(2024, 4, 1),
            ),
        )
    assert "vóór de startdatum" in caught.value.errors["ended_on"]

    since = date.today() - timedelta(days=100)
    eid = service.add_engagement(
        pid,
        EngagementInput(
            "inclusief",
            engaged_as="werkgever",
            forms=("stage", "art60"),
            started_on=since,
            evidence="Charter ondertekend",
        ),
    )
    with database.session() as session:
        partner = session.get(Partner, pid)
        assert (partner.inclusive_since, partner.inclusive_as) == (since, "werkgever")
        assert session.get(PartnerEngagement, eid).forms == "stage,art60"
    # Overlapping period of the same kind is refused; as client it is allowed ("beide").
    with pytest.raises(PartnerValidationError, match="Overlapt"):
        service.add_engagement(
            pid,
            EngagementInput(
                "inclusief", engaged_as="werkgever", started_on=since + timedelta(days=10)
            ),
        )
    service.add_engagement(
        pid, EngagementInput("inclusief", engaged_as="opdrachtgever", started_on=since)
    )
    with database.session() as session:
        assert session.get(Partner, pid).inclusive_as == "beide"
    service.end_engagement(eid, date.today())
    _pid, data = service.get_engagement(eid)
    assert data.ended_on == date.today()
    with database.session() as session:
        assert session.get(Partner, pid).inclusive_as == "opdrachtgever"
    for engagement in list(service_engagements(database, pid)):
        service.delete_engagement(engagement)
    with database.session() as session:
        partner = session.get(Partner, pid)
        assert partner.inclusive_since is None and partner.inclusive_as is None


def service_engagements(database, pid):
    with database.session() as session:
        return list(
            session.scalars(select(PartnerEngagement.id).where(PartnerEngagement.partner_id == pid))
        )
