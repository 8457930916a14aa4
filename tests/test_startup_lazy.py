"""Start-up does less before the first paint (issue 17): only the Dossiers tab is built with
the window; the other tabs are built when first shown or used, with the same header; the
other tabs' modules are preloaded in the background once the window is up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from kempen_desktop.app import Changes, Workspace
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.ui.common.background import Preloader
from kempen_desktop.ui.main_window import MainWindow

LABELS = ["&Dossiers", "&Overlegmomenten", "&Partners", "&Rapporten", "A&cties"]


def test_tabs_are_built_when_first_shown(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Workspace(database))
    qtbot.addWidget(window)
    window.show()
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == LABELS
    assert [type(tab).__name__ for tab in window.built_tabs()] == ["DossiersTab"]
    had_icon = not window.tabs.tabIcon(2).isNull()

    window.tabs.setCurrentIndex(2)  # the user clicks Partners
    assert window.tabs.currentWidget() is window.partners
    assert type(window.partners).__name__ == "PartnersTab"
    assert window.partners.isVisible()
    assert window.tabs.tabText(2) == "&Partners" and window.tabs.currentIndex() == 2
    assert (not window.tabs.tabIcon(2).isNull()) == had_icon  # the header keeps its icon
    assert window.tabs.count() == len(LABELS)

    # Used from code (a click-through to a tab) builds it without switching to it.
    meetings = window.meetings
    assert window.tabs.indexOf(meetings) == 1 and window.tabs.currentIndex() == 2
    assert [type(tab).__name__ for tab in window.built_tabs()] == [
        "DossiersTab",
        "MeetingsTab",
        "PartnersTab",
    ]


def test_a_change_reaches_only_the_tabs_built(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Workspace(database))
    qtbot.addWidget(window)
    window.show()
    window.apply_changes(Changes.everything())  # e.g. F5
    assert [type(tab).__name__ for tab in window.built_tabs()] == ["DossiersTab"]
    window.tabs.setCurrentIndex(3)  # Rapporten, built now, reads what is there
    assert window.tabs.currentWidget() is window.reports


def test_the_remembered_tab_opens_built(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Workspace(database))
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(4)
    window.close()
    again = MainWindow(Workspace(database))
    qtbot.addWidget(again)
    again.show()
    assert again.tabs.currentIndex() == 4
    assert type(again.tabs.currentWidget()).__name__ == "ActionsTab"
    assert again.tabs.currentWidget().isVisible()


def test_the_other_tabs_are_built_once_the_app_is_idle(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    """After the preloader (`ready`), the tabs not built yet are built one by one, without
    reading anything until shown and without leaving the tab the user is on."""
    window = MainWindow(Workspace(database))
    qtbot.addWidget(window)
    window.show()
    ready: list[bool] = []
    window.build_tabs_when_idle(lambda: bool(ready))
    qtbot.wait(350)
    assert [type(tab).__name__ for tab in window.built_tabs()] == ["DossiersTab"]
    ready.append(True)
    qtbot.waitUntil(lambda: len(window.built_tabs()) == len(LABELS), timeout=10_000)
    assert [type(tab).__name__ for tab in window.built_tabs()] == [
        "DossiersTab",
        "MeetingsTab",
        "PartnersTab",
        "ReportsTab",
        "ActionsTab",
    ]
    assert window.tabs.currentIndex() == 0
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == LABELS
    assert all(tab._stale for tab in window.built_tabs()[1:])  # nothing read yet
    window.tabs.setCurrentIndex(1)
    assert window.tabs.currentWidget() is window.meetings and not window.meetings._stale


def test_a_tab_built_while_idle_and_asked_for_before_placed(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    """Building and placing are two steps while idle; a tab asked for in between is placed at
    once, the one built."""
    window = MainWindow(Workspace(database))
    qtbot.addWidget(window)
    window.show()
    window.build_tabs_when_idle(lambda: True)
    qtbot.waitUntil(lambda: bool(window._unplaced), timeout=5_000)
    built = window._unplaced["meetings"]
    assert "meetings" not in window._built
    assert window.meetings is built and window.tabs.indexOf(built) == 1
    assert not window._unplaced and window.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: len(window.built_tabs()) == len(LABELS), timeout=10_000)


def test_preloader_imports_in_the_background_and_stops() -> None:
    preloader = Preloader(("json", "kempen_desktop.domain.kpi")).start()
    preloader.stop()  # waits for the module being imported, skips the rest
    assert not preloader.running()
    idle = Preloader(("json",))
    idle.stop()
    idle.start()  # stopped before it started (quit during start-up): no thread
    assert not idle.running() and not idle.finished()
    done = Preloader(("json",)).start()
    done.stop()
    assert done.finished()


def test_start_shows_the_window_and_preloads(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.ui import app as ui_app

    path = tmp_path / "kempen.db"
    open_database(path).close()  # an existing (empty) database: no first-run questions
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No
    )  # the demo offer on an empty database
    started = ui_app.start(["--db", str(path)])
    assert not isinstance(started, int)
    _app, controller = started
    try:
        assert controller.window is not None and controller.window.isVisible()
        assert controller._preloader is not None  # starts 0.3 s after the paint
    finally:
        if controller._preloader is not None:
            controller._preloader.stop()
        controller.window.close()
        controller.workspace.close()
