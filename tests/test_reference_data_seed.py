"""Issue 17: the shipped reference data is checked at every open in one statement; what is
missing is still added, and what the user changed is still left alone."""

from __future__ import annotations

from sqlalchemy import delete, func, select, update

from kempen_desktop.db.models import DossierStatus, MeetingType, Municipality
from kempen_desktop.db.seed import ensure_reference_data
from kempen_desktop.services.common.database import Database


def test_nothing_is_added_when_nothing_is_missing(database: Database) -> None:
    with database.transaction() as session:
        assert ensure_reference_data(session) == 0


def test_missing_codes_and_municipalities_come_back_and_edits_stay(database: Database) -> None:
    with database.transaction() as session:
        municipalities = session.scalar(select(func.count()).select_from(Municipality))
        session.execute(delete(Municipality).where(Municipality.nis_code == "13011"))
        session.execute(delete(MeetingType).where(MeetingType.code == MeetingType.code))
        session.execute(
            update(DossierStatus)
            .where(DossierStatus.code == "intake")
            .values(label="Eerste gesprek")
        )
    with database.transaction() as session:
        assert ensure_reference_data(session) > 1
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Municipality)) == municipalities
        assert (
            session.scalar(select(Municipality.name).where(Municipality.nis_code == "13011"))
            == "Herentals"
        )
        assert session.scalar(select(func.count()).select_from(MeetingType)) > 0
        label = session.scalar(select(DossierStatus.label).where(DossierStatus.code == "intake"))
        assert label == "Eerste gesprek"
