"""The main window's Bewerken and Help menus (issue 14), kept out of the thin host.

Bewerken holds Ongedaan maken / Opnieuw over the workspace's one undo stack
(ui/common/undo.py), each named after the action it takes back ("Ongedaan maken: Status
wijzigen"), and Instellingen… (Ctrl+,, ui/settings_dialog.py). Help holds Sneltoetsen,
Handleiding, Logmap openen and Over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from kempen_desktop.ui.common import help_dialogs, settings
from kempen_desktop.ui.common.sender import apply_sender
from kempen_desktop.ui.common.undo import history_for

if TYPE_CHECKING:
    from kempen_desktop.ui.main_window import MainWindow
    from kempen_desktop.ui.settings_dialog import SettingsDialog


def build_edit_menu(window: MainWindow) -> QMenu:
    """Be&werken, second in the menu bar (Alt+B stays with Bestand)."""
    menu = QMenu(QCoreApplication.translate("MainMenus", "Be&werken"), window)
    bar = window.menuBar()
    after_file = bar.actions()[1] if len(bar.actions()) > 1 else None
    if after_file is not None:
        bar.insertMenu(after_file, menu)
    else:
        bar.addMenu(menu)
    history = history_for(window.workspace)
    stack = history.stack
    window.undo_stack = stack  # type: ignore[attr-defined]
    undo = QAction(QCoreApplication.translate("MainMenus", "&Ongedaan maken"), window)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = QAction(
        QCoreApplication.translate("MainMenus", "Opn&ieuw"), window
    )  # Alt+I: Alt+O is Ongedaan maken
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    undo.triggered.connect(stack.undo)
    redo.triggered.connect(stack.redo)
    # Slots on a QObject of the window: the connections end with the window, and nothing
    # calls back into a stack that is being destroyed.
    state = _EditActions(undo, redo, window)
    stack.canUndoChanged.connect(state.can_undo)
    stack.canRedoChanged.connect(state.can_redo)
    stack.undoTextChanged.connect(state.undo_text)
    stack.redoTextChanged.connect(state.redo_text)
    history.failed.connect(state.refused)
    state.can_undo(stack.canUndo())
    state.can_redo(stack.canRedo())
    state.undo_text(stack.undoText())
    state.redo_text(stack.redoText())
    menu.addAction(undo)
    menu.addAction(redo)
    window.undo_action, window.redo_action = undo, redo  # type: ignore[attr-defined]
    menu.addSeparator()
    preferences = QAction(QCoreApplication.translate("MainMenus", "In&stellingen…"), window)
    preferences.setShortcut(QKeySequence("Ctrl+,"))
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    preferences.triggered.connect(lambda: show_settings(window))
    menu.addAction(preferences)
    window.settings_action = preferences  # type: ignore[attr-defined]
    return menu


def show_settings(window: MainWindow) -> SettingsDialog:
    """Bewerken → Instellingen…; a changed language asks for a restart."""
    from kempen_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.workspace, window)
    dialog.language_changed.connect(window.language_set)
    dialog.accepted.connect(lambda: apply_sender(window.workspace))  # a new letterhead
    window.current_dialog = dialog
    dialog.open()
    return dialog


class _EditActions(QObject):
    """Keeps Ongedaan maken / Opnieuw named after the action they take back or redo."""

    def __init__(self, undo: QAction, redo: QAction, window: MainWindow) -> None:
        super().__init__(window)
        self._undo, self._redo, self._window = undo, redo, window

    def can_undo(self, enabled: bool) -> None:
        self._undo.setEnabled(enabled)

    def can_redo(self, enabled: bool) -> None:
        self._redo.setEnabled(enabled)

    def undo_text(self, text: str) -> None:
        self._undo.setText(
            QCoreApplication.translate("MainMenus", "&Ongedaan maken: %1").replace("%1", text)
            if text
            else QCoreApplication.translate("MainMenus", "&Ongedaan maken")
        )

    def redo_text(self, text: str) -> None:
        self._redo.setText(
            QCoreApplication.translate("MainMenus", "Opn&ieuw: %1").replace("%1", text)
            if text
            else QCoreApplication.translate("MainMenus", "Opn&ieuw")
        )

    def refused(self, message: str) -> None:
        QMessageBox.warning(
            self._window, QCoreApplication.translate("MainMenus", "Ongedaan maken"), message
        )


def build_help_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainMenus", "&Help"))
    entries = (
        (
            QCoreApplication.translate("MainMenus", "&Sneltoetsen"),
            "F1",
            lambda: show_shortcuts(window),
        ),
        (QCoreApplication.translate("MainMenus", "&Handleiding"), "", lambda: show_guide(window)),
        (
            QCoreApplication.translate("MainMenus", "&Logmap openen"),
            "",
            help_dialogs.open_log_folder,
        ),
        (
            QCoreApplication.translate("MainMenus", "&Over Kempen Desktop"),
            "",
            lambda: show_about(window),
        ),
    )
    for text, key, slot in entries:
        action = QAction(text, window)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        menu.addAction(action)
    return menu


def _show(window: MainWindow, dialog: help_dialogs.QDialog) -> help_dialogs.QDialog:
    window.current_dialog = dialog
    dialog.open()
    return dialog


def show_shortcuts(window: MainWindow) -> help_dialogs.ShortcutsDialog:
    extra = [
        (QCoreApplication.translate("MainMenus", "Lijst: het gekozen item openen"), "Enter"),
        (
            QCoreApplication.translate(
                "MainMenus", "Lijst: het gekozen item verwijderen (met bevestiging)"
            ),
            "Delete",
        ),
        (
            QCoreApplication.translate("MainMenus", "Tabblad kiezen"),
            "Alt+D / Alt+O / Alt+P / Alt+R / Alt+C",
        ),
    ]
    dialog = help_dialogs.ShortcutsDialog(window, extra, window)
    _show(window, dialog)
    return dialog


def show_guide(window: MainWindow) -> help_dialogs.GuideDialog:
    language = settings.LANGUAGE.get(settings.open_settings()) or QLocale.system().name()[:2]
    dialog = help_dialogs.GuideDialog(language, window)
    _show(window, dialog)
    return dialog


def show_about(window: MainWindow) -> help_dialogs.AboutDialog:
    dialog = help_dialogs.AboutDialog(str(window.workspace.path), window)
    _show(window, dialog)
    return dialog
