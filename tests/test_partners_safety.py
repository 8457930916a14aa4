"""The engagement form writes only what the user edited (issue 11, left open for partners):
a stored value its pickers cannot show (an unknown role, an event that is not offered)
and evidence with Windows line ends survive opening and cancelling, and saving unchanged,
byte for byte; changing one field changes only that field."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import Event, Partner, PartnerEngagement
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.common.lookups import Choice
from kempen_desktop.ui.partners.engagement_dialog import EngagementDialog
from tests.test_safety_editors import Snapshot, dump, only_change

EVIDENCE = (
    "Charter ondertekend.\r\nTwee stageplaatsen."  # CRLF as an import or the CLI may store it
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kempen.db"


def _engagements(path: Path) -> tuple[uuid.UUID, uuid.UUID]:
    """An inclusive engagement linked to an event the form does not offer, with CRLF
    evidence; and a partnership whose role is not one of the picker's."""
    database = open_database(path)
    try:
        with database.transaction() as session:
            partner = Partner(
                name="Logistiek Geel",
                partner_type_code="werkgever",
                municipality_nis="13008",
                inclusive_since=date(2024, 1, 1),
                inclusive_as="werkgever",
                inclusive_evidence=EVIDENCE,
            )  # the cache, as the engagement keeps it
            event = Event(title="Jobbeurs", held_on=date(2023, 5, 4), kind="jobbeurs")
            session.add_all([partner, event])
            session.flush()
            inclusive = PartnerEngagement(
                partner_id=partner.id,
                kind="inclusief",
                engaged_as="werkgever",
                forms="stage",
                started_on=date(2024, 1, 1),
                evidence=EVIDENCE,
                event_id=event.id,
            )
            partnership = PartnerEngagement(
                partner_id=partner.id,
                kind="partnerschap",
                role="trekker",
                forms="",
                started_on=date(2023, 1, 1),
                evidence="",
            )
            session.add_all([inclusive, partnership])
            session.flush()
            return inclusive.id, partnership.id
    finally:
        database.close()


def _dialog(qtbot, database: Database, engagement_id: uuid.UUID) -> EngagementDialog:  # type: ignore[no-untyped-def]
    partners = Workspace(database).partners
    _partner_id, data = partners.get_engagement(engagement_id)
    dialog = EngagementDialog(
        lambda value: partners.update_engagement(engagement_id, value),
        "Logistiek Geel",
        [],
        [Choice(str(uuid.uuid4()), "Een andere activiteit")],
        data,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_engagement_form_cancel_and_unchanged_save_write_nothing(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    engagement_ids = _engagements(db_path)
    snapshot = Snapshot(db_path)
    database = open_database(db_path)
    for engagement_id in engagement_ids:
        _dialog(qtbot, database, engagement_id).reject()
        dialog = _dialog(qtbot, database, engagement_id)
        dialog._save()
        assert dialog.result() == dialog.DialogCode.Accepted
    database.close()
    snapshot.assert_unchanged()


def test_engagement_form_changes_only_the_edited_field(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    inclusive_id, _partnership_id = _engagements(db_path)
    snapshot = Snapshot(db_path)
    database = open_database(db_path)
    dialog = _dialog(qtbot, database, inclusive_id)
    dialog.forms["werkplekleren"].setChecked(True)
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    database.close()
    assert only_change(snapshot.dump, dump(db_path), "'stage'", "'stage,werkplekleren'")
