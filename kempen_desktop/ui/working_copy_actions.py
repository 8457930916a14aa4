"""Bestand → Werkkopie meenemen… / terugbrengen… and the title of a working copy (issue 20).

Meenemen (team mode, the app on the server) writes an encrypted copy of the chosen
dossiers for an offline meeting. Opened on the laptop, the title bar says *werkkopie* and
since when; Terugbrengen merges it back per field and shows the fields both sides
changed side by side (ui/common/conflict_dialog.py). A choice is written into the copy
and brought back at once; nothing is applied without one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox

from kempen_desktop import APP_NAME
from kempen_desktop.app import Workspace
from kempen_desktop.app import working_copy as copies
from kempen_desktop.domain.merge import FieldConflict
from kempen_desktop.ui.common.background import run_blocking
from kempen_desktop.ui.common.conflict_dialog import ConflictDialog

if TYPE_CHECKING:
    from kempen_desktop.ui.main_window import MainWindow


def title_suffix(workspace: Workspace) -> str:
    """ " — werkkopie sinds 01-12-2026 14:05" for a working copy, else ""."""
    mark = copies.copy_mark(workspace)
    if mark is None:
        return ""
    try:
        since = datetime.fromisoformat(mark.since).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        since = mark.since
    text = QCoreApplication.translate("WorkingCopyActions", "werkkopie sinds %1")
    return " — " + text.replace("%1", since)


class WorkingCopyActions(QObject):
    def __init__(self, window: MainWindow, file_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.take_action = QAction(self.tr("Werk&kopie meenemen…"), window)
        self.take_action.setStatusTip(
            self.tr("Dossiers in een versleutelde werkkopie meenemen om offline te werken")
        )
        self.take_action.triggered.connect(self.ask_take_along)
        self.take_action.setEnabled(copies.is_team_server(self.workspace))
        self.back_action = QAction(self.tr("Werkkopie terugb&rengen…"), window)
        self.back_action.setStatusTip(
            self.tr("De werkkopie per veld samenvoegen met de server")
        )  # fmt: skip
        self.back_action.triggered.connect(self.bring_back)
        self.back_action.setEnabled(copies.copy_mark(self.workspace) is not None)
        file_menu.addAction(self.take_action)
        file_menu.addAction(self.back_action)
        # Tests replace the dialog with one that chooses; None means "cancelled".
        self.decide_conflicts: Callable[[list[copies.Conflict]], dict[int, Any] | None] = (
            self._ask_choices
        )

    # --- meenemen -----------------------------------------------------------------------------
    def ask_take_along(self) -> None:
        nums_text, ok = QInputDialog.getText(
            self.window,
            self.tr("Werkkopie meenemen"),
            self.tr("Welke dossiers neemt u mee? Dossiernummers, gescheiden door komma's:"),
        )
        if not ok or not nums_text.strip():
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Werkkopie bewaren"), "werkkopie.db", "Kempen Desktop (*.db)"
        )
        if not path:
            return
        passphrase = self._ask_new_passphrase()
        if passphrase:
            self.take_along(nums_text, Path(path), passphrase)

    def _ask_new_passphrase(self) -> str:
        first, ok = QInputDialog.getText(
            self.window,
            self.tr("Werkkopie meenemen"),
            self.tr("Wachtwoord voor de werkkopie (ze wordt altijd versleuteld):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not first:
            return ""
        again, ok = QInputDialog.getText(
            self.window,
            self.tr("Werkkopie meenemen"),
            self.tr("Herhaal het wachtwoord:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return ""
        if again != first:
            QMessageBox.warning(self.window, APP_NAME, self.tr("De wachtwoorden verschillen."))
            return ""
        return first

    def take_along(self, nums_text: str, path: Path, passphrase: str) -> bool:
        try:
            nums = [int(part) for part in nums_text.replace(";", ",").split(",") if part.strip()]
        except ValueError:
            QMessageBox.warning(
                self.window, APP_NAME, self.tr("Geef dossiernummers, gescheiden door komma's.")
            )
            return False
        try:
            count = run_blocking(  # the server's work off the GUI thread
                self.window,
                self.tr("Werkkopie meenemen"),
                lambda _task: copies.take_along(
                    self.workspace, path, passphrase, dossier_nums=nums
                ),
            )
        except copies.WorkingCopyError as error:
            QMessageBox.warning(self.window, APP_NAME, str(error))
            return False
        self.window.statusBar().showMessage(
            self.tr("Werkkopie met %1 dossiers bewaard in %2.")
            .replace("%1", str(count))
            .replace("%2", str(path)),
            10000,
        )
        return True

    # --- terugbrengen -------------------------------------------------------------------------
    def bring_back(self) -> copies.CheckinResult | None:
        try:
            result = self._bring_back_in_background()
            decidable = [c for c in result.conflicts if c.field != "*"]
            if decidable:
                chosen = self.decide_conflicts(decidable)
                if chosen is not None:
                    copies.decide(
                        self.workspace,
                        [copies.Decision(c, chosen[i]) for i, c in enumerate(decidable)],
                    )
                    result = self._bring_back_in_background()
        except copies.WorkingCopyError as error:
            QMessageBox.warning(self.window, APP_NAME, str(error))
            return None
        self.window.statusBar().showMessage(self._summary(result), 15000)
        return result

    def _bring_back_in_background(self) -> copies.CheckinResult:
        result: copies.CheckinResult = run_blocking(
            self.window,
            self.tr("Werkkopie terugbrengen"),
            lambda _task: copies.bring_back(self.workspace),
        )
        return result

    def _summary(self, result: copies.CheckinResult) -> str:
        text = self.tr(
            "Werkkopie teruggebracht: %1 toegepast, %2 nieuw, %3 conflicten wachten op een keuze."
        )
        return (
            text.replace("%1", str(result.applied))
            .replace("%2", str(result.created))
            .replace("%3", str(len(result.conflicts)))
        )

    def _label(self, conflict: copies.Conflict) -> str:
        """ "Dossier 12 — Situatie": which record and field, in the user's words."""
        tables = {
            "dossier": self.tr("Dossier"),
            "person": self.tr("Persoon"),
            "partner": self.tr("Partner"),
            "contact_person": self.tr("Contactpersoon"),
            "meeting": self.tr("Overleg"),
            "agenda_item": self.tr("Agendapunt"),
            "action_point": self.tr("Actiepunt"),
            "consent": self.tr("Toestemming"),
            "timeline_entry": self.tr("Tijdlijn"),
        }
        fields = {
            "situation": self.tr("Situatie"),
            "status_code": self.tr("Status"),
            "follow_up_on": self.tr("Opvolging"),
            "responsible_partner_id": self.tr("Verantwoordelijke partner"),
            "counsellor_id": self.tr("Trajectbegeleider"),
            "kansengroepen": self.tr("Kansengroepen"),
            "phone": self.tr("Telefoon"),
            "email": self.tr("E-mail"),
            "street": self.tr("Straat"),
            "last_name": self.tr("Naam"),
            "first_name": self.tr("Voornaam"),
            "description": self.tr("Omschrijving"),
            "deadline": self.tr("Deadline"),
            "status": self.tr("Status"),
            "discussion": self.tr("Bespreking"),
            "agreements": self.tr("Afspraken"),
            "minutes": self.tr("Verslag"),
            "body": self.tr("Tekst"),
            "title": self.tr("Titel"),
        }
        record = tables.get(conflict.table, conflict.table)
        if conflict.table == "dossier":
            num = self.workspace.dossiers.num_for(uuid.UUID(conflict.record))
            record = f"{record} {num}" if num is not None else record
        return f"{record} — {fields.get(conflict.field, conflict.field)}"

    def _ask_choices(self, conflicts: list[copies.Conflict]) -> dict[int, Any] | None:
        fields = [FieldConflict(str(i), None, c.server, c.laptop) for i, c in enumerate(conflicts)]
        labels = {str(i): self._label(c) for i, c in enumerate(conflicts)}
        dialog = ConflictDialog(fields, labels, parent=self.window)
        if not dialog.exec():
            return None
        return {int(key): value for key, value in dialog.choices().items()}
