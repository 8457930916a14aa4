"""The demo records consents that fit its overleg series: most dossiers a series follows are
shareable with every invited partner, a few are not (with the reason), and the agendas of
held meetings hold only dossiers that were shareable on their day."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import Meeting, MeetingSeries
from kempen_desktop.domain import meetings as meeting_rules
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.demo import generate_demo
from kempen_desktop.services.meetings import agenda, sharing
from kempen_desktop.services.meetings.minutes import collect

TODAY = date(2026, 3, 16)
N = 600
SERIES = ("Cliëntoverleg ZORA Werkt", "Dossierbespreking Kempen")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.db", mark_demo=True)
    generate_demo(database, dossiers=N, seed=1, today=TODAY)
    yield database
    database.close()


def _series_meetings(db: Database, prefix: str, status: str) -> list[uuid.UUID]:
    with db.session() as session:
        return list(
            session.scalars(
                select(Meeting.id)
                .join(MeetingSeries, MeetingSeries.id == Meeting.series_id)
                .where(MeetingSeries.title.startswith(prefix), Meeting.status == status)
                .order_by(Meeting.starts_at)
            )
        )


@pytest.mark.parametrize("prefix", SERIES)
def test_suggestions_for_a_planned_meeting_are_mostly_shareable(db: Database, prefix: str) -> None:
    planned = _series_meetings(db, prefix, meeting_rules.PLANNED)
    assert planned
    found = Workspace(db).meetings.suggest(planned[0], list(agenda.RULES))
    shareable = [s for s in found if s.shareable]
    refused = [s for s in found if not s.shareable]
    assert len(shareable) > 20
    assert refused and all(s.share_reason.startswith("niet deelbaar met ") for s in refused)
    assert all(s.preselected for s in shareable) and not any(s.preselected for s in refused)
    reasons = " ".join(s.share_reason for s in refused)
    assert "geen toestemming" in reasons


def test_some_dossiers_have_an_expired_consent(db: Database) -> None:
    found = [
        s
        for prefix in SERIES
        for meeting_id in _series_meetings(db, prefix, meeting_rules.PLANNED)
        for s in Workspace(db).meetings.suggest(meeting_id, list(agenda.RULES))
    ]
    assert any("toestemming verlopen op" in s.share_reason for s in found)


@pytest.mark.parametrize("prefix", SERIES)
def test_held_agendas_hold_only_shareable_dossiers_and_partner_minutes_show_them(
    db: Database, prefix: str
) -> None:
    held = _series_meetings(db, prefix, meeting_rules.HELD)
    assert len(held) >= 5
    workspace = Workspace(db)
    with db.session() as session:
        for meeting_id in held:
            assert workspace.meetings.not_shareable(meeting_id) == {}
            full = [i.dossier_id for i in collect(session, meeting_id).agenda if i.dossier_id]
            assert full
            for partner_id, _name in sharing.invited_partners(session, meeting_id):
                minutes = collect(session, meeting_id, partner_id)
                mine = [i.dossier_id for i in minutes.agenda if i.dossier_id]
                assert mine == full and minutes.left_out == 0
