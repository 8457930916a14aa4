"""Issue 16, the last gaps: the events in the partner detail (what the partner organised or
took part in as employer, with participants and hires; double-click opens the event dialog;
refreshed when events change) and a hire's follow-ups in the dossier detail."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from kempen_desktop.app import Workspace
from kempen_desktop.domain.dates import add_months
from kempen_desktop.services.actions.events import EventInput
from kempen_desktop.ui.actions.dialogs import EventDialog
from kempen_desktop.ui.common import colours
from kempen_desktop.ui.partners.partners_tab import PartnersTab
from tests.actions_helpers import known_data


@pytest.fixture
def known(database):  # type: ignore[no-untyped-def]
    return known_data(database)


def _record_event(workspace: Workspace, known, organiser):  # type: ignore[no-untyped-def]
    """A jobdate with three participants of whom one is hired by the employer."""
    event = workspace.actions.save_event(
        EventInput(
            kind="jobdate",
            title="Jobdate industrie",
            held_on=date(2024, 10, 24),
            ends_on=date(2024, 10, 25),
            location="Kontich",
            organiser_ids=frozenset({organiser}),
            visitors=5,
        )
    )
    people = [workspace.actions.add_participant(event, d) for d in known.dossiers]
    workspace.actions.set_hired(people[0], known.employer)
    return event, people


def _cells(pane, row: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    model = pane.events.model
    return {
        model.headerData(c, Qt.Orientation.Horizontal): model.index(row, c).data()
        for c in range(model.columnCount())
    }


def test_partner_detail_lists_its_events_and_opens_one(qtbot, database, known, monkeypatch):  # type: ignore[no-untyped-def]
    workspace = Workspace(database)
    tab = PartnersTab(workspace)
    workspace.subscribe(tab.on_changes)  # as the main window does
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    tab.show()
    tab.ensure_loaded()
    pane = tab.detail

    # Nothing yet: the empty state says where events come from.
    assert tab.select_partner(known.vdab)
    assert pane.events_empty.is_shown()
    assert pane.details.tabText(pane.details.indexOf(pane.events)) == "Activiteiten (0)"

    # Recorded in the Acties tab: the announcement brings it into the shown partner.
    _event, people = _record_event(workspace, known, known.vdab)
    assert not pane.events_empty.is_shown()
    assert pane.events.model.rowCount() == 1
    assert _cells(pane, 0) == {
        "Datum": "24-10-2024 – 25-10-2024",
        "Soort": "Jobdate",
        "Titel": "Jobdate industrie (Kontich)",
        "Als": "organisator",
        "Deelnemers": "8",  # three dossiers and five anonymous visitors
        "Aanwervingen": "1",
    }

    # The employer sees the same event, as werkgever, with its hire.
    assert tab.select_partner(known.employer)
    assert pane.details.tabText(pane.details.indexOf(pane.events)) == "Activiteiten (1)"
    cells = _cells(pane, 0)
    assert cells["Als"] == "werkgever" and cells["Aanwervingen"] == "1"

    # A participant who did not come after all: the count follows (only actions announced).
    workspace.actions.set_attended(people[2], False)
    assert _cells(pane, 0)["Deelnemers"] == "7"

    # Double-click opens the event in the Acties tab's dialog.
    opened: list[EventDialog] = []
    monkeypatch.setattr(EventDialog, "exec", lambda self: opened.append(self) or 0)
    pane.details.setCurrentWidget(pane.events)
    table = pane.events.table
    rect = table.visualRect(pane.events.model.index(0, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1
    assert opened[0].title.text() == "Jobdate industrie"


def test_dossier_detail_shows_the_follow_ups_of_a_hire(qtbot, database, known, inline_operations):  # type: ignore[no-untyped-def]
    from kempen_desktop.ui.main_window import MainWindow

    workspace = Workspace(database)
    _event, people = _record_event(workspace, known, known.vdab)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    detail = window.dossiers.detail
    html = detail.render(workspace.dossiers.get(known.dossiers[0]))
    assert "Opvolging en actiepunten" in html
    for months in (3, 6):
        assert f"Opvolging {months} maanden na aanwerving door Industriebouw Kontich NV" in html
        assert add_months(date(2024, 10, 24), months).strftime("%d-%m-%Y") in html
    # Both are long past due (2025): marked in the overdue colour.
    assert html.count("te laat") == 2 and colours.css(colours.OVERDUE) in html
    # The dossiers that were not hired have none.
    assert "Opvolging en actiepunten" not in detail.render(
        workspace.dossiers.get(known.dossiers[1])
    )

    # A hire that starts today: the follow-ups are not yet due.
    workspace.actions.set_hired(people[1], known.employer, date.today())
    html = detail.render(workspace.dossiers.get(known.dossiers[1]))
    assert html.count("Opvolging 3 maanden") == 1 and "te laat" not in html

    # Taken back: its open follow-ups go with it.
    workspace.actions.set_hired(people[0], None)
    html = detail.render(workspace.dossiers.get(known.dossiers[0]))
    assert "Opvolging en actiepunten" not in html


def test_demo_hires_have_their_follow_ups(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from kempen_desktop.db.models import ActionPoint, EventParticipant, WorkExit
    from kempen_desktop.services.common.database import open_database
    from kempen_desktop.services.demo import generate_demo

    today = date(2026, 3, 16)
    db = open_database(tmp_path / "demo.db", mark_demo=True)
    try:
        generate_demo(db, dossiers=300, seed=1, today=today)
        with db.session() as session:
            hires = session.execute(
                select(EventParticipant.dossier_id, WorkExit.started_on).join(
                    WorkExit, WorkExit.id == EventParticipant.work_exit_id
                )
            ).all()
            assert hires
            for dossier_id, started in hires:
                points = session.scalars(
                    select(ActionPoint)
                    .where(
                        ActionPoint.dossier_id == dossier_id,
                        ActionPoint.description.like("Opvolging % maanden na aanwerving%"),
                    )
                    .order_by(ActionPoint.deadline)
                ).all()
                assert [p.deadline for p in points] == [
                    add_months(started, 3),
                    add_months(started, 6),
                ]
                for point in points:
                    assert point.owner_is_regisseur and point.meeting_id is None
                    assert (point.status == "afgerond") == (point.completed_on is not None)
                    assert point.status in ("afgerond", "open")
                    if point.status == "open":  # not done yet: due in the last weeks or later
                        assert point.deadline > today - timedelta(days=13)
    finally:
        db.close()
