"""The Acties tab (issue 16): record an event with three participants of whom one is hired,
edit an action's report text, the 100-character short description in the dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog
from sqlalchemy import select

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import ActionReport, WorkExit
from kempen_desktop.services.actions.actions import ActionInput
from kempen_desktop.ui.actions.actions_tab import ActionsTab
from kempen_desktop.ui.actions.dialogs import ActionDialog, EventDialog, HireDialog
from tests.actions_helpers import known_data


def _drive(monkeypatch, cls, fill):
    seen = []

    def fake_exec(self):
        seen.append(self)
        fill(self)
        self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


@pytest.fixture
def tab(qtbot, database):
    workspace = Workspace(database)
    workspace.actions.save(
        ActionInput(
            "5.2.4.11",
            "We hebben extra aandacht voor kansengroepen",
            status="in_uitvoering",
            wse_code="WSE-LR2",
            starts_on=date(2023, 1, 1),
        )
    )
    widget = ActionsTab(workspace)
    workspace.subscribe(widget.on_changes)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    widget.ensure_loaded()
    return widget


def test_record_an_event_hire_one_of_three_and_edit_the_report(tab, database, qtbot, monkeypatch):
    known = known_data(database)

    def fill(dialog: EventDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("jobdate"))
        qtbot.keyClicks(dialog.title, "Jobdate industrie")
        dialog.held.edit.clear()
        qtbot.keyClicks(dialog.held.edit, "25102024")  # the app's date field: typed
        dialog.held.commit()
        qtbot.keyClicks(dialog.location, "Kontich")
        dialog.action.setCurrentIndex(1)
        dialog.visitors.setValue(30)

    _drive(monkeypatch, EventDialog, fill)
    tab.pages.setCurrentIndex(1)
    qtbot.mouseClick(tab.new_event_button, Qt.MouseButton.LeftButton)
    assert tab.events.topLevelItemCount() == 1
    assert tab.events.topLevelItem(0).text(2) == "Jobdate industrie"
    for num in ("1", "2", "3"):
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, n=num, **k: (n, True))
        tab.add_participant()
    assert tab.participants.topLevelItemCount() == 3
    tab.participants.setCurrentItem(tab.participants.topLevelItem(1))
    _drive(
        monkeypatch,
        HireDialog,
        lambda d: d.employer.setCurrentIndex(d.employer.findText("Industriebouw Kontich NV")),
    )
    tab.hire()
    row = tab.events.topLevelItem(0)
    assert (row.text(5), row.text(6)) == ("33", "1")
    assert tab.participants.topLevelItem(1).text(3) == "Industriebouw Kontich NV"
    with database.session() as session:
        exits = session.scalars(
            select(WorkExit).where(WorkExit.employer_partner_id == known.employer)
        ).all()
        assert [e.started_on for e in exits] == [date(2024, 10, 25)]
    hired = tab.workspace.dossiers.get(exits[0].dossier_id)  # the dossier followed the hire
    assert (hired.status_code, hired.data.follow_up_on) == ("aan_het_werk", date(2025, 1, 25))
    board = tab.workspace.reports.dashboard(date(2024, 7, 1), date(2024, 12, 31))
    assert (board.tile("event_participants").value, board.tile("event_hires").value) == (
        "33",
        "1",
    )

    tab.pages.setCurrentIndex(0)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    tab.period_start.setDate(QDate(2024, 7, 1))
    tab.period_end.setDate(QDate(2024, 12, 31))
    assert "Jobdate ‘Jobdate industrie’ op 25/10/2024 te Kontich" in tab.report.toPlainText()
    assert "minder dan 5 aanwervingen" in tab.report.toPlainText()  # small counts masked
    tab.report.setFocus()
    qtbot.keyClick(tab.report, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.report, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.report, "Extra zin van de regisseur.")
    qtbot.mouseClick(tab.save_report_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        saved = session.scalars(select(ActionReport)).one()
        assert saved.text.endswith("Extra zin van de regisseur.")
        assert (saved.period_start, saved.period_end) == (date(2024, 7, 1), date(2024, 12, 31))
    assert tab.report_state.text() == "bewaarde tekst"


def test_action_dialog_keeps_to_100_characters_and_writes_only_edits(tab, monkeypatch, qtbot):
    def fill(dialog: ActionDialog) -> None:
        dialog.short.clear()
        qtbot.keyClicks(dialog.short, "x" * 120)
        assert len(dialog.short.text()) == 100
        assert dialog.short_count.text() == "100 van 100 tekens"

    _drive(monkeypatch, ActionDialog, fill)
    tab.edit_action()
    (row,) = tab.workspace.actions.rows()
    assert row.short_description == "x" * 100 and row.wse_code == "WSE-LR2"
