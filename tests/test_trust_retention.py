"""Retention: the due list, anonymising (statistics keep working) and deleting."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.dossiers import dossier_removal
from kempen_desktop.services.dossiers.dossier_list import DossierFilter, find_dossier_nums
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.trust import backups
from tests.import_helpers import make_insz

OLD_NAME = "Vergeetmijniet"
KEPT_NAME = "Blijfhier"


def _dossier(
    database: Database,
    name: str,
    born: date,
    *,
    opened: date,
    closed: date | None,
    seq: int = 31,
    note: str = "",
) -> uuid.UUID:
    service = Workspace(database).dossiers
    dossier_id = service.create(
        DossierInput(
            last_name=name,
            first_name="Anna",
            insz=make_insz(born, seq),
            birth_date=born,
            street="Geheimstraat 9",
            phone="0470123456",
            email="anna@example.org",
            postcode="2440",
            municipality_nis="13008",
            situation=f"situatie van {name}",
        ),
        opened_on=opened,
    )
    if note:
        service.add_timeline_entry(dossier_id, "note", f"Gesprek {name}", note)
    if closed is not None:
        service.close(dossier_id, "werk", on=closed, note=f"afgesloten {name}")
    return dossier_id


@pytest.fixture
def scenario(database: Database) -> dict[str, uuid.UUID]:
    old = _dossier(
        database,
        OLD_NAME,
        date(1980, 5, 17),
        opened=date(2015, 2, 10),
        closed=date(2019, 8, 20),
        note=f"{OLD_NAME} vertelde over haar schulden",
    )
    recent = _dossier(
        database,
        KEPT_NAME,
        date(1990, 11, 3),
        opened=date(2022, 1, 5),
        closed=date(2024, 3, 1),
        seq=41,
    )
    still_open = _dossier(
        database, "Openstaand", date(1975, 1, 30), opened=date(2016, 3, 3), closed=None, seq=51
    )
    return {"old": old, "recent": recent, "open": still_open}


def test_due_list_uses_the_configured_period(
    database: Database, scenario: dict[str, uuid.UUID]
) -> None:
    today = date(2026, 11, 22)
    due = Workspace(database).trust.due_dossiers(today)
    assert [d.id for d in due] == [scenario["old"]]
    assert due[0].last_name == OLD_NAME and due[0].other_dossiers_kept == 0
    Workspace(database).trust.set_retention_years("dossier_closed", 2)
    assert {d.id for d in Workspace(database).trust.due_dossiers(today)} == {
        scenario["old"],
        scenario["recent"],
    }
    with pytest.raises(ValueError):
        Workspace(database).trust.set_retention_years("dossier_closed", 0)
    with pytest.raises(ValueError):
        Workspace(database).trust.set_retention_years("onbekend", 3)


def test_anonymise_removes_identity_and_keeps_statistics(tmp_path: Path) -> None:
    database = open_database(tmp_path / "kempen.db")
    try:
        old = _dossier(
            database,
            OLD_NAME,
            date(1980, 5, 17),
            opened=date(2015, 2, 10),
            closed=date(2019, 8, 20),
            note=f"{OLD_NAME} vertelde over haar schulden",
        )
        dossier_removal.checkpoint(
            database
        )  # the name is in the main file now, not only in the WAL
        assert OLD_NAME.encode() in (tmp_path / "kempen.db").read_bytes()
        assert Workspace(database).trust.anonymise([old], today=date(2026, 11, 22)) == 1
        with database.session() as session:
            person = session.execute(
                text(
                    "SELECT last_name, first_name, insz, vdab_number, street, phone, email, "
                    "birth_date, "
                    "municipality_nis, postcode, anonymised_on FROM person"
                )
            ).one()
            dossier = session.execute(
                text(
                    "SELECT situation, opened_on, closed_on, anonymised_on, status_code FROM "
                    "dossier"
                )
            ).one()
            bodies = (
                session.execute(text("SELECT title || body FROM timeline_entry")).scalars().all()
            )
            notes = session.execute(text("SELECT note FROM status_change")).scalars().all()
            actions = session.execute(text("SELECT action FROM audit_entry")).scalars().all()
        assert person[:7] == ("Geanonimiseerd", "Geanonimiseerd", None, None, "", "", "")
        assert str(person[7]) == "1980-04-01"  # first day of the quarter: the age band stays
        assert person[8] == "13008" and person[9] == "2440" and person[10] is not None
        assert (
            dossier[0] == "" and str(dossier[1]) == "2015-01-01" and str(dossier[2]) == "2019-07-01"
        )
        assert dossier[4] == "afgesloten"
        assert all(body == "" for body in bodies) and all(note == "" for note in notes)
        assert "dossier.anonymise" in actions and "person.anonymise" in actions
        # Search finds nothing by the old name; the dossier still counts.
        with database.session() as session:
            assert find_dossier_nums(session, DossierFilter(text=OLD_NAME)) == []
            assert session.execute(text("SELECT count(*) FROM dossier")).scalar() == 1
        assert Workspace(database).trust.due_dossiers(date(2026, 11, 22)) == []
        # A backup was made first (it still holds the data until rotated out or purged).
        assert [b.reason for b in backups.list_backups(database)] == ["bewaartermijn"]
    finally:
        database.close()
    # secure_delete + FTS merge + checkpoint: the old text is not left in the file.
    raw = (tmp_path / "kempen.db").read_bytes()
    assert OLD_NAME.encode() not in raw and b"schulden" not in raw and b"Geheimstraat" not in raw


def test_person_with_a_kept_dossier_keeps_identity(database: Database) -> None:
    born = date(1985, 2, 2)
    service = Workspace(database).dossiers
    first = _dossier(database, "Tweemaal", born, opened=date(2012, 1, 1), closed=date(2014, 1, 1))
    with database.session() as session:
        person_id = session.execute(text("SELECT person_id FROM dossier")).scalar()
    # A second, open dossier of the same person.
    with database.transaction() as session:
        session.execute(
            text(
                "INSERT INTO dossier (id, num, person_id, status_code, status_since, opened_on, "
                "situation, discuss, "
                "created_at, updated_at) VALUES (:id, 999, :person, 'aangemeld', '2025-01-01', "
                "'2025-01-01', '', false, "
                "'2025-01-01', '2025-01-01')"
            ),
            {"id": uuid.uuid4().hex, "person": person_id},
        )
    due = Workspace(database).trust.due_dossiers(date(2026, 1, 1))
    assert due[0].other_dossiers_kept == 1
    Workspace(database).trust.anonymise([first], today=date(2026, 1, 1))
    with database.session() as session:
        assert session.execute(text("SELECT last_name FROM person")).scalar() == "Tweemaal"
    del service


def test_delete_removes_dossier_and_lonely_person(
    database: Database, scenario: dict[str, uuid.UUID]
) -> None:
    assert Workspace(database).trust.delete_dossiers([scenario["old"]]) == 1
    with database.session() as session:
        names = (
            session.execute(text("SELECT last_name FROM person ORDER BY last_name")).scalars().all()
        )
        actions = session.execute(text("SELECT action FROM audit_entry")).scalars().all()
    assert OLD_NAME not in names and KEPT_NAME in names
    assert "dossier.delete" in actions
    if database.url is None:  # local backups are SQLite's (the server's are IT's)
        assert [b.reason for b in backups.list_backups(database)] == ["verwijderen"]


def test_purge_backups_after_anonymising(
    database: Database, scenario: dict[str, uuid.UUID]
) -> None:
    backups.make_backup(database, "handmatig")
    Workspace(database).trust.anonymise([scenario["old"]])
    assert len(backups.list_backups(database)) == 2
    from datetime import datetime, timedelta

    removed = backups.purge_backups_before(database, datetime.now() + timedelta(seconds=1))
    assert len(removed) == 2 and backups.list_backups(database) == []


def test_audit_retention(database: Database) -> None:
    with database.transaction() as session:
        session.execute(
            text(
                'INSERT INTO audit_entry (id, at, "user", action, entity, entity_id, detail) '
                "VALUES (:id, '2010-01-01 10:00:00', 'x', 'dossier.update', 'dossier', '', '')"
            ),
            {"id": uuid.uuid4().hex},
        )
    assert Workspace(database).trust.purge_audit(date(2026, 1, 1)) == 1
    Workspace(database).trust.set_retention_years("audit", 0)
    assert Workspace(database).trust.purge_audit(date(2026, 1, 1)) == 0
