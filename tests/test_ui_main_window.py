"""The main window: title, tabs with content, shortcuts, remembered layout, first-run offer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database, open_database, recreate_demo_database
from kempen_desktop.services.demo import generate_demo
from kempen_desktop.ui.app import Application
from kempen_desktop.ui.common import settings
from kempen_desktop.ui.dossiers.dossier_dialog import DossierDialog
from kempen_desktop.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = recreate_demo_database(path)
    generate_demo(db, dossiers=120, seed=7)
    db.close()
    return path


@pytest.fixture
def demo_window(qtbot, demo_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(demo_path)
    window = MainWindow(Workspace(db))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    db.close()


def test_demo_is_marked_in_title_and_tabs_show_data(demo_window: MainWindow) -> None:
    assert demo_window.windowTitle().endswith("DEMO")
    assert [demo_window.tabs.tabText(i).replace("&", "") for i in range(5)] == [
        "Dossiers",
        "Overlegmomenten",
        "Partners",
        "Rapporten",
        "Acties",
    ]
    # The list opens on the open dossiers (issue 14); the demo has 120 in all.
    shown = demo_window.dossiers.model.rowCount()
    assert 0 < shown < 120
    assert shown == len(demo_window.workspace.dossiers.find(demo_window.dossiers.current_filter()))
    for index in (1, 2, 3):  # overview tabs load when the user opens them
        demo_window.tabs.setCurrentIndex(index)
    assert demo_window.meetings.model.rowCount() > 0
    assert demo_window.partners.model.rowCount() > 10
    assert "overlegmomenten" in demo_window.meetings.summary.text()
    assert "Deelnemers" in demo_window.meetings.detail.toPlainText()
    assert "werkgevers" in demo_window.partners.summary.text()
    demo_window.reports.wait()  # the dashboard counts in the background the first time
    assert demo_window.reports.dashboard is not None
    assert demo_window.reports.tiles[0].label.text() == "Actieve dossiers"
    assert any(count.label.startswith("Jongere") for count in demo_window.reports.share_chart.items)


def test_status_bar_follows_the_search(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    shown = demo_window.dossiers.model.rowCount()  # open dossiers by default (issue 14)
    assert f"{shown} dossier(s)" in demo_window.statusBar().currentMessage()
    demo_window.dossiers.search.setText("zzzzqqq")
    assert "0 dossier(s)" in demo_window.statusBar().currentMessage()
    assert "DEMO" in demo_window.db_label.text()


def test_real_database_title_has_no_demo_mark(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Workspace(database))
    qtbot.addWidget(window)
    assert "DEMO" not in window.windowTitle()
    window.show()
    window.tabs.setCurrentIndex(1)
    assert "Nog geen overlegmomenten" in window.meetings.summary.text()


def test_shortcuts(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Workspace(database))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts fire in the active window only
    window.tabs.setCurrentIndex(2)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    assert window.dossiers.search.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.dossiers.current_dialog, DossierDialog)
    assert window.dossiers.current_dialog.isVisible()
    window.dossiers.current_dialog.reject()
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_layout_is_remembered(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Workspace(database))
    qtbot.addWidget(window)
    window.show()
    window.resize(1000, 640)
    window.tabs.setCurrentIndex(3)
    window.dossiers.table.setColumnWidth(0, 333)
    window.dossiers.splitter.setSizes([300, 600])
    window.close()
    again = MainWindow(Workspace(database))
    qtbot.addWidget(again)
    again.show()
    assert again.tabs.currentIndex() == 3
    # Not the default 1280×800 (frames vary per platform). The height: the offscreen screen
    # is 800 wide, so a restored width is clamped to it and then widened to the shown tab's
    # minimum; only the Dossiers tab and the remembered one are built at start.
    assert abs(again.size().height() - 640) <= 20
    assert again.dossiers.table.columnWidth(0) == 333
    assert again.dossiers.splitter.sizes()[0] < again.dossiers.splitter.sizes()[1]


def test_first_start_offers_demo_once(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def answer_yes(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    real = tmp_path / "kempen.db"
    controller = Application(real)
    controller.show(Workspace(open_database(real)))
    controller.offer_demo()
    assert len(asked) == 1 and "demodatabase" in asked[0]
    qtbot.waitUntil(
        lambda: controller.window is not None and controller.window.is_demo, timeout=60_000
    )
    assert controller.window.dossiers.model.rowCount() > 0
    assert (tmp_path / "kempen-demo.db").exists()
    # The real database stayed empty, and the offer is not repeated.
    real_db = open_database(real)
    with real_db.session() as session:
        from sqlalchemy import text

        assert session.execute(text("SELECT count(*) FROM dossier")).scalar() == 0
    controller.show(Workspace(real_db))
    controller.offer_demo()
    assert len(asked) == 1
    assert settings.DEMO_OFFERED.get(settings.open_settings()) is True
    controller.window.close()
    controller.workspace.close()


def test_qt_standard_buttons_are_dutch(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QApplication

    from kempen_desktop.ui.app import install_translator

    settings.LANGUAGE.set(settings.open_settings(), "nl")
    app = QApplication.instance()
    install_translator(app)
    installed = app.findChildren(QTranslator)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
