"""The main window offers only what the server accepts from this user (team mode, issue 19).

The capabilities come from the server's grants (app/capabilities.py). A begeleider edits its
partner's dossiers but creates, deletes and imports none, and edits no partners, meetings,
policy actions or code lists; a lezer has its own read-only Dossiers tab
(ui/dossiers/reader_tab.py) and none of the tabs that read the tables it may not. What is
refused is hidden, not greyed out: the user will never be able to use it. On the local file
everything stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMenu, QPushButton, QWidget

from kempen_desktop.app.capabilities import Capabilities

if TYPE_CHECKING:
    from kempen_desktop.ui.main_window import MainWindow


def refused_tabs(allowed: Capabilities) -> set[str]:
    """The tabs (main_window.TAB_NAMES) whose lists this user may not read at all."""
    refused = set()
    if not allowed.read_meetings:
        refused.add("meetings")
    if not allowed.read_partners:
        refused |= {"partners", "actions"}  # the actions tab names partners everywhere
    if not allowed.read_reports:
        refused.add("reports")
    return refused


def restrict_window(window: MainWindow) -> None:
    """The File menu and the other menus: what this user may not do is not offered."""
    allowed = window.workspace.capabilities
    for action, shown in (
        (window.new_action, allowed.create_dossiers),
        (window.import_action, allowed.import_lists),
        (window.history_action, allowed.import_lists),  # its undo writes
        (window.working_copy.take_action, allowed.read_dossiers and allowed.read_notes),
        (window.trust.retention_action, allowed.delete_dossiers),
        (window.trust.subject_access_action, allowed.read_notes),
        # On a server the backups and encryption at rest are IT's (README, Team mode).
        (window.trust.backup_action, allowed.local_file),
        (window.trust.restore_action, allowed.local_file),
        (window.trust.passphrase_action, allowed.local_file),
    ):
        action.setVisible(shown)
        action.setEnabled(action.isEnabled() and shown)


def _hide(buttons: list[QAbstractButton]) -> None:
    for button in buttons:
        button.hide()


def _menu_actions_hidden(tab: QWidget, context: str, texts: tuple[str, ...]) -> None:
    """Menu entries of `tab` by their (translated) text: those menus keep no handle."""
    wanted = {QCoreApplication.translate(context, text) for text in texts}
    for menu in tab.findChildren(QMenu):
        for action in menu.actions():
            if action.text() in wanted:
                action.setVisible(False)


def restrict_tab(name: str, tab: QWidget, allowed: Capabilities) -> None:
    """Hide the buttons of a tab just built that change what this user may only read."""
    if name == "partners" and not allowed.edit_partners:
        t = tab
        _hide([t.new_button, t.edit_button, t.delete_button])  # type: ignore[attr-defined]
        for panel in (t.detail.contacts, t.detail.engagements):  # type: ignore[attr-defined]
            _hide(list(panel.findChildren(QPushButton)))
            panel.table.doubleClicked.disconnect()
        _hide(list(t.empty.buttons))  # type: ignore[attr-defined]
        t.table.doubleClicked.disconnect()  # type: ignore[attr-defined]
        _menu_actions_hidden(
            tab,
            "PartnersTab",
            ("Soorten organisaties beheren…", "Partnerlijst importeren…"),
        )
    elif name == "meetings" and not allowed.edit_meetings:
        t = tab
        _hide(
            [
                t.new_button,  # type: ignore[attr-defined]
                t.series_button,  # type: ignore[attr-defined]
                t.edit_button,  # type: ignore[attr-defined]
                t.cancel_button,  # type: ignore[attr-defined]
                t.move_button,  # type: ignore[attr-defined]
                t.delete_button,  # type: ignore[attr-defined]
                t.types_button,  # type: ignore[attr-defined]
                t.agenda_button,  # type: ignore[attr-defined]
                t.mode_button,  # type: ignore[attr-defined]
                t.close_button,  # type: ignore[attr-defined]
                *t.empty.buttons,  # type: ignore[attr-defined]
            ]
        )
        t.table.doubleClicked.disconnect()  # type: ignore[attr-defined]
    elif name == "actions" and not allowed.edit_actions:
        # Every button there adds, changes or removes (actions, indicators, activities).
        _hide(list(tab.findChildren(QPushButton)))
        tab.report.setReadOnly(True)  # type: ignore[attr-defined]
        tab.tree.itemActivated.disconnect()  # type: ignore[attr-defined]
