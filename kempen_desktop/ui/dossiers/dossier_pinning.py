"""The dossier just edited or created stays selected and in view (issue 14), and the dossier
list's right-click menu.

Decision: after *Bewerken* or *Nieuw dossier* the dossier stays in the list **even when the
active filters would now hide it** (a new dossier under "In begeleiding", a follow-up moved
out of "Mijn opvolgingen"), and a banner says so. Letting it vanish is what users reported as
"my dossier is gone": they just worked on it and want to check the result or go on with it.
Silently dropping the filters instead would lose the worklist they were working through. The
kept dossier follows the filters again on the next filter change, or with the banner's
button.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QSizePolicy, QWidget

from kempen_desktop.domain import status as dossier_status
from kempen_desktop.ui.common import colours

if TYPE_CHECKING:
    from kempen_desktop.ui.dossiers.dossiers_tab import DossiersTab


class PinnedDossier:
    def __init__(self, tab: DossiersTab) -> None:
        self.tab = tab
        self.nums: frozenset[int] = frozenset()
        self.banner = QWidget()
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet(f"color: {colours.css(colours.WARNING_TEXT)};")
        self.release_button = QPushButton(QCoreApplication.translate("PinnedDossier", "Verbergen"))
        self.release_button.clicked.connect(self.release)
        row.addWidget(self.label, 1)
        row.addWidget(self.release_button)
        self.banner.setStyleSheet(f"background: {colours.css(colours.WARNING_BACKGROUND)};")
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.banner.hide()

    def keep(self, dossier_id: uuid.UUID) -> None:
        """Select the dossier and keep it listed; say so if the filters would hide it."""
        tab = self.tab
        num = tab.workspace.dossiers.num_for(dossier_id)
        if num is None:
            return
        flt = replace(tab.current_filter(), pinned=frozenset())
        only = frozenset({num}) if flt.nums is None else flt.nums & {num}
        hidden = not tab.workspace.dossiers.find(replace(flt, nums=only))
        self.nums = frozenset({num}) if hidden else frozenset()
        if hidden:
            self.label.setText(
                QCoreApplication.translate(
                    "PinnedDossier",
                    "Dossier %1 past niet meer in de filters en blijft zichtbaar tot u een "
                    "andere filter kiest.",
                ).replace("%1", str(num))
            )
        self.banner.setVisible(hidden)
        tab._selected = dossier_id
        tab.model.set_filter(tab.current_filter())
        tab._after_reload()

    def drop(self) -> None:
        self.nums = frozenset()
        self.banner.hide()

    def release(self) -> None:
        """The banner's button: the filters apply to the kept dossier again."""
        self.drop()
        self.tab.model.set_filter(self.tab.current_filter())
        self.tab._after_reload()


def fill_row_menu(tab: DossiersTab, menu: QMenu) -> None:
    """The dossier list's right-click menu: the row's actions, as in the detail pane (in
    team mode only those the server accepts from this user)."""
    dossier_id = tab._selected
    status_code = None
    if dossier_id is not None:
        status_code = tab.workspace.dossiers.get(dossier_id).status_code
    allowed = tab.workspace.capabilities
    edit, delete = allowed.edit_dossiers, allowed.delete_dossiers
    entries = (
        (QCoreApplication.translate("PinnedDossier", "Bewerken…"), tab.edit_dossier, True, edit),
        (
            QCoreApplication.translate("PinnedDossier", "Status wijzigen…"),
            lambda: tab.change_status(closing=False),
            True,
            edit,
        ),
        (
            QCoreApplication.translate("PinnedDossier", "Notitie toevoegen…"),
            tab.add_note,
            True,
            edit,
        ),
        (
            QCoreApplication.translate("PinnedDossier", "Afsluiten…"),
            lambda: tab.change_status(closing=True),
            status_code is not None and dossier_status.is_open(status_code),
            edit,
        ),
        None,
        (
            QCoreApplication.translate("PinnedDossier", "Dossierfiche…"),
            tab.print_summary,
            True,
            True,
        ),
        None,
        (
            QCoreApplication.translate("PinnedDossier", "Verwijderen…"),
            tab.delete_dossier,
            True,
            delete,
        ),
    )
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        text, slot, enabled, offered = entry
        if not offered:
            continue
        action = menu.addAction(text)
        action.setEnabled(enabled and dossier_id is not None)
        action.triggered.connect(lambda _checked=False, run=slot: run())
