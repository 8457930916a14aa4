"""Dossier use cases against a real database file: what is stored, searched and refused."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.domain.status import TransitionError
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossier_list import DossierFilter, find_dossier_nums
from kempen_desktop.services.dossiers.dossiers import DossierInput, ValidationError


def _search(database: Database, words: str) -> list[int]:
    with database.session() as session:
        return find_dossier_nums(session, DossierFilter(text=words))


def test_create_stores_person_dossier_groups_and_history(
    database: Database, partner_ids: tuple
) -> None:
    partner_id, contact_id = partner_ids
    service = Workspace(database).dossiers
    dossier_id = service.create(
        DossierInput(
            last_name=" Peeters ",
            first_name="Jan",
            insz="85.07.30-033.28",
            municipality_nis="13040",
            target_groups={"kortgeschoold", "jongere"},
            responsible_partner_id=partner_id,
            counsellor_id=contact_id,
            follow_up_on=date(2030, 1, 1),
            vdab_number="1234567",
        )
    )
    detail = service.get(dossier_id)
    assert detail.num == 1
    assert detail.status_code == "aangemeld"
    assert detail.data.last_name == "Peeters"
    assert detail.data.insz == "85073003328"
    assert detail.data.birth_date == date(1985, 7, 30)  # taken from the INSZ
    assert detail.data.target_groups == {"kortgeschoold"}  # age groups are computed, not stored
    assert [s.to_code for s in detail.status_history] == ["aangemeld"]
    with database.session() as session:
        assert session.execute(text("SELECT action FROM audit_entry")).scalars().all() == [
            "dossier.create"
        ]


def test_validation_messages_are_dutch_and_nothing_is_written(database: Database) -> None:
    service = Workspace(database).dossiers
    with pytest.raises(ValidationError) as caught:
        service.create(
            DossierInput(
                last_name="",
                first_name="Jan",
                insz="85.07.30-033.29",
                email="geen-adres",
                postcode="23",
            )
        )
    errors = caught.value.errors
    assert errors["last_name"] == "Vul de naam in."
    assert "controlecijfer" in errors["insz"]
    assert "e-mailadres" in errors["email"]
    assert "4 cijfers" in errors["postcode"]
    with database.session() as session:
        assert session.execute(text("SELECT count(*) FROM person")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM audit_entry")).scalar() == 0


def test_birth_date_must_match_insz(database: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        Workspace(database).dossiers.create(
            DossierInput(
                last_name="A", first_name="B", insz="85073003328", birth_date=date(1985, 7, 31)
            )
        )
    assert "30-07-1985" in caught.value.errors["birth_date"]


def test_duplicate_insz_points_to_existing_dossier(database: Database) -> None:
    service = Workspace(database).dossiers
    service.create(DossierInput(last_name="Peeters", first_name="Jan", insz="85073003328"))
    with pytest.raises(ValidationError) as caught:
        service.create(DossierInput(last_name="Peeters", first_name="J.", insz="85.07.30-033.28"))
    assert caught.value.errors["insz"] == "Er bestaat al een dossier met dit INSZ (dossier 1)."


def test_counsellor_must_belong_to_partner(database: Database, partner_ids: tuple) -> None:
    _partner, contact_id = partner_ids
    with pytest.raises(ValidationError) as caught:
        Workspace(database).dossiers.create(
            DossierInput(
                last_name="A",
                first_name="B",
                responsible_partner_id=uuid.uuid4(),
                counsellor_id=contact_id,
            )
        )
    assert "counsellor_id" in caught.value.errors


def test_update_changes_fields_and_search_index(database: Database) -> None:
    service = Workspace(database).dossiers
    dossier_id = service.create(DossierInput(last_name="Peeters", first_name="Jan"))
    assert _search(database, "peet") == [1]
    data = service.get(dossier_id).data
    data.last_name = "Verhoeven"
    data.municipality_nis = "13025"  # Mol
    data.target_groups = {"leefloon", "anderstalig"}
    service.update(dossier_id, data)
    detail = service.get(dossier_id)
    assert detail.data.last_name == "Verhoeven"
    assert detail.data.target_groups == {"leefloon", "anderstalig"}
    assert _search(database, "peet") == []
    assert _search(database, "verh") == [1]
    assert _search(database, "mol") == [1]


def test_notes_are_searchable_and_timeline_is_newest_first(database: Database) -> None:
    service = Workspace(database).dossiers
    dossier_id = service.create(DossierInput(last_name="Maes", first_name="Ella"))
    service.add_timeline_entry(dossier_id, "note", "Intake", "Interesse in logistiek en heftruck.")
    service.add_timeline_entry(dossier_id, "contact", "Telefoon", "Afspraak bij GTB gemaakt.")
    assert _search(database, "heftruck") == [1]
    assert _search(database, "gtb afspraak") == [1]
    assert [e.title for e in service.get(dossier_id).timeline] == ["Telefoon", "Intake"]
    with pytest.raises(ValidationError):
        service.add_timeline_entry(dossier_id, "note", " ", "  ")


def test_close_needs_reason_and_records_history(database: Database) -> None:
    service = Workspace(database).dossiers
    dossier_id = service.create(
        DossierInput(last_name="Claes", first_name="Tom", follow_up_on=date(2030, 1, 1)),
        opened_on=date(2026, 1, 10),
    )
    with pytest.raises(TransitionError, match="reden"):
        service.change_status(dossier_id, "afgesloten")
    service.close(dossier_id, "werk", on=date(2026, 3, 1), note="Vast contract bij Logistiek Geel.")
    detail = service.get(dossier_id)
    assert detail.status_code == "afgesloten"
    assert detail.closing_reason_code == "werk"
    assert detail.closed_on == date(2026, 3, 1)
    assert detail.data.follow_up_on is None
    assert [s.to_code for s in detail.status_history] == ["aangemeld", "afgesloten"]
    assert "Uitstroom naar werk" in detail.timeline[0].title
    # Reopening starts again and clears the closing reason.
    service.change_status(dossier_id, "intake")
    reopened = service.get(dossier_id)
    assert reopened.closing_reason_code is None and reopened.closed_on is None


def test_status_dates_must_follow_each_other(database: Database) -> None:
    service = Workspace(database).dossiers
    dossier_id = service.create(
        DossierInput(last_name="Goossens", first_name="Eva"), opened_on=date(2026, 5, 1)
    )
    with pytest.raises(TransitionError, match="vorige statuswijziging"):
        service.change_status(dossier_id, "intake", effective_on=date(2026, 4, 30))
    with pytest.raises(TransitionError, match="toekomst"):
        service.change_status(dossier_id, "intake", effective_on=date.today() + timedelta(days=1))
    service.change_status(dossier_id, "intake", effective_on=date(2026, 5, 1))
    assert service.get(dossier_id).status_code == "intake"


def test_invalid_transition_is_refused_without_changes(database: Database) -> None:
    service = Workspace(database).dossiers
    dossier_id = service.create(DossierInput(last_name="Jacobs", first_name="Lien"))
    with pytest.raises(TransitionError):
        service.change_status(dossier_id, "aan_het_werk")
    assert service.get(dossier_id).status_code == "aangemeld"
    assert len(service.get(dossier_id).status_history) == 1


def test_delete_removes_dossier_person_and_index(database: Database) -> None:
    service = Workspace(database).dossiers
    dossier_id = service.create(
        DossierInput(last_name="Wouters", first_name="Bram", insz="85073003328")
    )
    service.add_timeline_entry(dossier_id, "note", "x", "geheime notitie")
    service.delete(dossier_id)
    with database.session() as session:
        for table in ("dossier", "person", "timeline_entry", "status_change", "dossier_fts"):
            assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []


def test_audit_entries_carry_no_personal_data(database: Database) -> None:
    service = Workspace(database).dossiers
    dossier_id = service.create(
        DossierInput(last_name="Uniekenaam", first_name="Zoë", insz="85073003328")
    )
    service.add_timeline_entry(dossier_id, "note", "Titel", "Vertrouwelijke inhoud")
    service.close(dossier_id, "verhuisd")
    with database.session() as session:
        dump = " ".join(
            " ".join(str(v) for v in row)
            for row in session.execute(
                text("SELECT user, action, entity, entity_id, detail FROM audit_entry")
            )
        )
    for secret in ("Uniekenaam", "Zoë", "85073003328", "Vertrouwelijke"):
        assert secret not in dump
