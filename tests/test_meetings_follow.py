"""One path for meeting and action-point changes: the other tabs follow without F5.

Each test builds the real main window over a Workspace, acts through the Overlegmomenten
tab or vergadermodus, and looks at what the user sees elsewhere. No test calls
`reload_all` (F5): the change reaches every tab through the workspace's announcement and
`MainWindow.apply_changes` -> each tab's `on_changes`.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database
from kempen_desktop.ui.main_window import MainWindow
from kempen_desktop.ui.meetings.meeting_mode import MeetingModeWindow
from tests.meetings_helpers import World, make_world


@pytest.fixture
def world(database: Database) -> World:
    world = make_world(database)  # a planned meeting today, VDAB and OCMW invited
    meetings = Workspace(database).meetings
    [item] = meetings.add_dossiers(world.meeting, [(world.vdab_due, "")])
    meetings.save_item_text(item, "An start met de opleiding.", "VDAB volgt op tot de stage.")
    return world


@pytest.fixture
def window(qtbot, database: Database, world: World, inline_operations: None) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(Workspace(database))
    qtbot.addWidget(win)
    win.show()
    return win


def _held_meetings_tile(window: MainWindow) -> str:
    window.tabs.setCurrentWidget(window.reports)
    window.reports.wait()
    return window.reports.dashboard.tile("meetings").value


def _dossier_detail(window: MainWindow, world: World) -> str:
    window.tabs.setCurrentWidget(window.dossiers)
    window.dossiers.select_dossier(world.vdab_due)
    return window.dossiers.detail.browser.toPlainText()


def _select_meeting(window: MainWindow, world: World) -> None:
    window.tabs.setCurrentWidget(window.meetings)
    window.meetings.inner_tabs.setCurrentIndex(0)
    window.meetings.select_meeting(world.meeting)
    assert window.meetings.current_row().id == world.meeting  # type: ignore[union-attr]


def test_closing_a_meeting_reaches_the_reports_tile_and_the_dossier_timeline(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    held_before = _held_meetings_tile(window)
    assert "VDAB volgt op tot de stage." not in _dossier_detail(window, world)

    _select_meeting(window, world)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.meetings.close_button, Qt.MouseButton.LeftButton)
    assert "1 dossier" in window.meetings.summary.text()
    assert window.meetings.current_row().status == "gehouden"  # type: ignore[union-attr]

    assert int(_held_meetings_tile(window)) == int(held_before) + 1
    assert "VDAB volgt op tot de stage." in _dossier_detail(window, world)


def test_an_action_point_from_vergadermodus_reaches_the_overview_and_the_list(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, world: World
) -> None:
    tab = window.meetings
    tab.inner_tabs.setCurrentWidget(tab.actions_view)  # seen once: loaded before the change
    assert tab.actions_view.model.rowCount() == 0
    _select_meeting(window, world)
    assert tab.current_row().open_actions == 0  # type: ignore[union-attr]

    mode = tab.start_meeting_mode()
    assert isinstance(mode, MeetingModeWindow)  # deletes itself on close: not given to qtbot
    qtbot.keyClicks(mode.action_what, "Stageplaats zoeken")
    qtbot.keyClick(mode.action_what, Qt.Key.Key_Return)
    qtbot.keyClicks(mode.action_who.lineEdit(), "sofie")
    qtbot.keyClick(mode.action_who.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClicks(mode.action_when, "+14")
    qtbot.keyClick(mode.action_when, Qt.Key.Key_Return)
    assert mode.action_list.count() == 1

    # Without closing vergadermodus: the tab's list and detail already follow.
    assert tab.current_row().open_actions == 1  # type: ignore[union-attr]
    assert "Stageplaats zoeken" in tab.detail.toPlainText()
    tab.inner_tabs.setCurrentWidget(tab.actions_view)
    rows = [tab.actions_view.model.record(i) for i in range(tab.actions_view.model.rowCount())]
    assert [(r.description, r.dossier_id) for r in rows] == [("Stageplaats zoeken", world.vdab_due)]
    mode.close()
