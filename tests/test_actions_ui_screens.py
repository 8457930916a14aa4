"""The Acties tab's remaining screens (issue 16): meetings linked to an action, the editable
status list, deleting an action and an event (confirmed), unticking and removing a
participant, a hire date other than the event's, and the events in the dossier detail."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import EventParticipant, PolicyAction, WorkExit
from kempen_desktop.services.actions.actions import ActionInput
from kempen_desktop.services.actions.events import EventInput
from kempen_desktop.ui.actions.actions_tab import ActionsTab
from kempen_desktop.ui.actions.dialogs import HireDialog, MeetingLinkDialog
from kempen_desktop.ui.partners.code_list_dialog import CodeListDialog
from tests.actions_helpers import known_data


def _drive(monkeypatch, cls, fill, button=QDialogButtonBox.StandardButton.Save):  # type: ignore[no-untyped-def]
    seen = []

    def fake_exec(self):  # type: ignore[no-untyped-def]
        seen.append(self)
        fill(self)
        self.findChild(QDialogButtonBox).button(button).click()
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


def _answer(monkeypatch, answer, asked):  # type: ignore[no-untyped-def]
    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)


@pytest.fixture
def setup(qtbot, database):  # type: ignore[no-untyped-def]
    known = known_data(database)
    workspace = Workspace(database)
    action = workspace.actions.save(
        ActionInput(
            "5.2.4.11",
            "We hebben extra aandacht voor kansengroepen",
            status="in_uitvoering",
            wse_code="WSE-LR2",
            starts_on=date(2023, 1, 1),
        )
    )
    event = workspace.actions.save_event(
        EventInput(
            kind="jobdate",
            title="Jobdate industrie",
            held_on=date(2024, 10, 25),
            location="Kontich",
            policy_action_id=action,
        )
    )
    for dossier in known.dossiers:
        workspace.actions.add_participant(event, dossier)
    widget = ActionsTab(workspace)
    workspace.subscribe(widget.on_changes)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    widget.ensure_loaded()
    return widget, workspace, known, action, event


def test_link_meetings_to_an_action_puts_the_cancelled_one_in_the_draft(setup, monkeypatch, qtbot):  # type: ignore[no-untyped-def]
    tab, workspace, _known, action, _event = setup
    tab.period_start.setDate(QDate(2024, 7, 1))
    tab.period_end.setDate(QDate(2024, 12, 31))
    assert "geannuleerd" not in tab.report.toPlainText()

    def fill(dialog: MeetingLinkDialog) -> None:
        qtbot.keyClicks(dialog.filter, "10/10/2024")
        visible = [
            dialog.meetings.item(i)
            for i in range(dialog.meetings.count())
            if not dialog.meetings.item(i).isHidden()
        ]
        assert len(visible) == 1
        visible[0].setCheckState(Qt.CheckState.Checked)

    _drive(monkeypatch, MeetingLinkDialog, fill)
    qtbot.mouseClick(tab.link_button, Qt.MouseButton.LeftButton)
    assert len(workspace.actions.linked_meetings(action)) == 1
    text = tab.report.toPlainText()
    assert "Het geplande overlegmoment ‘Cliëntoverleg’ van 10/10/2024 (VDAB Mortsel)" in text
    assert "WSE Lokaal Partnerschap" in text


def test_status_list_opens_the_code_list_of_action_statuses(setup, monkeypatch, qtbot):  # type: ignore[no-untyped-def]
    tab, *_ = setup
    opened = []

    def fake_exec(self):  # type: ignore[no-untyped-def]
        opened.append((self._name, self.windowTitle()))
        return 0

    monkeypatch.setattr(CodeListDialog, "exec", fake_exec)
    qtbot.mouseClick(tab.statuses_button, Qt.MouseButton.LeftButton)
    assert opened == [("action_statuses", "Statussen van acties")]


def test_delete_an_action_only_after_confirmation(setup, database, monkeypatch):  # type: ignore[no-untyped-def]
    tab, *_ = setup
    asked: list[str] = []
    _answer(monkeypatch, QMessageBox.StandardButton.No, asked)
    tab.delete_action()
    assert "5.2.4.11" in asked[0] and tab.tree.topLevelItemCount() == 1
    _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    tab.delete_action()
    assert tab.tree.topLevelItemCount() == 0
    with database.session() as session:
        assert session.scalars(select(PolicyAction)).all() == []
    assert tab.events.topLevelItem(0).text(4) == ""  # the event stays, without action


def test_participants_untick_hire_on_another_day_remove_and_delete_event(  # type: ignore[no-untyped-def]
    setup, database, monkeypatch, qtbot
):
    tab, _workspace, known, _action, _event = setup
    tab.pages.setCurrentIndex(1)
    assert tab.participants.topLevelItemCount() == 3
    tab.participants.setCurrentItem(tab.participants.topLevelItem(0))
    qtbot.mouseClick(tab.attended_button, Qt.MouseButton.LeftButton)
    assert tab.participants.topLevelItem(0).text(2) == "nee"
    assert tab.events.topLevelItem(0).text(5) == "2"

    def fill(dialog: HireDialog) -> None:
        assert dialog.started.date() == QDate(2024, 10, 25)  # the event's day by default
        dialog.employer.setCurrentIndex(dialog.employer.findText("Industriebouw Kontich NV"))
        dialog.started.setDate(QDate(2024, 11, 4))

    tab.participants.setCurrentItem(tab.participants.topLevelItem(1))
    _drive(monkeypatch, HireDialog, fill)
    tab.hire()
    with database.session() as session:
        (hire,) = session.scalars(
            select(WorkExit).where(WorkExit.employer_partner_id == known.employer)
        ).all()
        assert hire.started_on == date(2024, 11, 4)
    assert tab.participants.topLevelItem(1).text(3) == "Industriebouw Kontich NV"

    asked: list[str] = []
    _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    tab.participants.setCurrentItem(tab.participants.topLevelItem(1))
    qtbot.mouseClick(tab.remove_participant_button, Qt.MouseButton.LeftButton)
    assert "aanwerving" in asked[-1]
    assert tab.participants.topLevelItemCount() == 2
    with database.session() as session:
        assert (
            session.scalars(
                select(WorkExit).where(WorkExit.employer_partner_id == known.employer)
            ).all()
            == []
        )

    _answer(monkeypatch, QMessageBox.StandardButton.No, asked)
    qtbot.mouseClick(tab.delete_event_button, Qt.MouseButton.LeftButton)
    assert "Jobdate industrie" in asked[-1] and tab.events.topLevelItemCount() == 1
    _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    qtbot.mouseClick(tab.delete_event_button, Qt.MouseButton.LeftButton)
    assert tab.events.topLevelItemCount() == 0
    with database.session() as session:
        assert session.scalars(select(EventParticipant)).all() == []


def test_dossier_detail_shows_its_events(qtbot, database, inline_operations):  # type: ignore[no-untyped-def]
    from kempen_desktop.ui.main_window import MainWindow

    known = known_data(database)
    workspace = Workspace(database)
    event = workspace.actions.save_event(
        EventInput(kind="jobatelier", title="Jongeren en Werk", held_on=date(2024, 5, 3))
    )
    participant = workspace.actions.add_participant(event, known.dossiers[0])
    workspace.actions.set_hired(participant, known.employer, date(2024, 6, 1))
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    detail = window.dossiers.detail
    html = detail.render(workspace.dossiers.get(known.dossiers[0]))
    assert "Activiteiten" in html and "Jongeren en Werk" in html and "aangeworven" in html
    assert "03-05-2024" in html
    other = detail.render(workspace.dossiers.get(known.dossiers[1]))
    assert "Jongeren en Werk" not in other
