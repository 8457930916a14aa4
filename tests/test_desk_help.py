"""Help, status bar, title and language (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from kempen_desktop import APP_NAME
from kempen_desktop.app import Workspace
from kempen_desktop.paths import log_dir
from kempen_desktop.ui import main_menus
from kempen_desktop.ui.common import settings
from kempen_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, workspace: Workspace):  # type: ignore[no-untyped-def]
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    return main


def _help_action(window: MainWindow, label: str):  # type: ignore[no-untyped-def]
    for action in window.help_menu.actions():
        if action.text().replace("&", "") == label:
            return action
    raise AssertionError(f"no Help → {label}")


def test_shortcuts_are_read_from_the_real_actions(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _help_action(window, "Sneltoetsen").trigger()
    dialog = window.current_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.rows())  # type: ignore[attr-defined]
    assert rows["Nieuw dossier"] == "Ctrl+N"
    assert rows["Ongedaan maken"] == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in rows["Opnieuw"]
    assert rows["Lijst importeren"] == "Ctrl+I"
    # Generated, so a changed shortcut shows up changed.
    window.new_action.setShortcut("Ctrl+Alt+N")
    again = main_menus.show_shortcuts(window)
    assert dict(again.rows())["Nieuw dossier"] == "Ctrl+Alt+N"


def test_guide_is_shown_in_the_app(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _help_action(window, "Handleiding").trigger()
    text = window.current_dialog.browser.toPlainText()  # type: ignore[union-attr]
    for part in ("De eerste dag", "Een lijst importeren", "Een overleg voeren", "semesterrapport"):
        assert part in text
    assert "Back-ups" in text


def test_log_folder_is_opened(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    _help_action(window, "Logmap openen").trigger()
    assert [Path(url.toLocalFile()) for url in opened] == [log_dir()]


def test_about_lists_library_versions_and_licences(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    import sqlalchemy

    _help_action(window, "Over Kempen Desktop").trigger()
    text = window.current_dialog.browser.toPlainText()  # type: ignore[union-attr]
    assert "SQLAlchemy" in text and sqlalchemy.__version__ in text
    assert "MIT" in text  # SQLAlchemy's licence
    assert "EUPL-1.2" in text


def test_status_bar_describes_the_current_tab(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    messages = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        messages.append(window.statusBar().currentMessage())
    assert "dossier" in messages[0]
    assert len(set(messages)) == 5  # not the dossier count on every tab
    assert "Partners" in messages[2]


def test_title_names_the_app_once(qtbot, workspace: Workspace, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.ui.app import configure_application

    names = (qapp.organizationName(), qapp.applicationName(), qapp.applicationVersion())
    before = set(qapp.findChildren(QTranslator))
    try:
        configure_application(qapp)
        # No display name of its own: the platform would append it to every title.
        assert qapp.applicationDisplayName() == qapp.applicationName() != APP_NAME
    finally:
        from kempen_desktop.ui.common.keyboard import uninstall_keyboard

        uninstall_keyboard(qapp)
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])
        qapp.setApplicationVersion(names[2])
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    assert window.windowTitle() == f"{APP_NAME} — {workspace.path.name}"
    assert window.windowTitle().count(APP_NAME) == 1


def test_language_change_offers_a_restart(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    english = next(a for a in window.language_group.actions() if a.data() == "en")
    with qtbot.waitSignal(window.restart_requested, timeout=1000):
        english.trigger()
    assert "Nu herstarten?" in asked[0]
    assert settings.LANGUAGE.get(settings.open_settings()) == "en"


def test_restart_command_reopens_the_same_database(tmp_path: Path) -> None:
    from kempen_desktop.ui.app import restart_command

    program, args = restart_command(tmp_path / "kempen.db", demo=True)
    assert args[-3:] == ["--db", str(tmp_path / "kempen.db"), "--demo"]
    assert "kempen_desktop" in args or program.endswith("kempen-desktop")


def test_qt_own_dialogs_speak_dutch(qapp: QApplication) -> None:
    from kempen_desktop.ui.app import install_translator

    settings.LANGUAGE.set(settings.open_settings(), "nl")
    before = set(qapp.findChildren(QTranslator))
    install_translator(qapp)
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == (
            "Bestanden van type:"
        )
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
