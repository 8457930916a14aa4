"""Bestand → Werkkopie meenemen… / terugbrengen… and the title of a working copy (issue 20).

Meenemen (team mode, the app on the server) writes an encrypted copy of the chosen
dossiers for an offline meeting. Opened on the laptop, the title bar says *werkkopie* and
since when; Terugbrengen merges it back per field and shows what both sides changed
(a field, or a record deleted on one side and edited on the other) side by side
(ui/working_copy_conflicts.py). The choices are applied and the copy brought back again
at once; nothing is applied without a choice, and a summary says what happened
(ui/working_copy_summary.py). Meenemen asks in ui/working_copy_take_dialog.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from kempen_desktop import APP_NAME
from kempen_desktop.app import Workspace
from kempen_desktop.app import working_copy as copies
from kempen_desktop.domain.insz import format_insz
from kempen_desktop.ui.common.background import run_blocking
from kempen_desktop.ui.common.conflict_dialog import plain_value
from kempen_desktop.ui.working_copy_conflicts import WorkingCopyConflictDialog, is_record
from kempen_desktop.ui.working_copy_summary import BroughtBack, BroughtBackDialog
from kempen_desktop.ui.working_copy_take_dialog import TakeAlong, TakeAlongDialog, parse_nums

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
        # Tests replace the dialogs: one that chooses ({row: value}, rows left for later
        # missing; None: cancelled) and one that keeps the summary.
        self.decide_conflicts: Callable[[list[copies.Conflict]], dict[int, Any] | None] = (
            self._ask_choices
        )
        self.show_summary: Callable[[BroughtBack], None] = self._show_summary

    # --- meenemen -----------------------------------------------------------------------------
    def ask_take_along(self) -> None:
        dialog = TakeAlongDialog(self.workspace, self.window)
        if dialog.exec():
            self.take(dialog.result_value())

    def take_along(self, nums_text: str, path: Path, passphrase: str) -> bool:
        """Take the dossiers with these numbers along (what the dialog does for numbers)."""
        nums = parse_nums(nums_text)
        if not nums:
            QMessageBox.warning(
                self.window, APP_NAME, self.tr("Geef dossiernummers, gescheiden door komma's.")
            )
            return False
        return self.take(TakeAlong(path, passphrase, dossier_nums=nums))

    def take(self, choice: TakeAlong) -> bool:
        try:
            count = run_blocking(  # the server's work off the GUI thread
                self.window,
                self.tr("Werkkopie meenemen"),
                lambda _task: copies.take_along(
                    self.workspace, choice.path, choice.passphrase,
                    dossier_nums=choice.dossier_nums, meeting_id=choice.meeting_id,
                    partner_id=choice.partner_id,
                ),
            )  # fmt: skip
        except copies.WorkingCopyError as error:
            QMessageBox.warning(self.window, APP_NAME, str(error))
            return False
        self.window.statusBar().showMessage(
            self.tr("Werkkopie met %1 dossiers bewaard in %2.")
            .replace("%1", str(count))
            .replace("%2", str(choice.path)),
            10000,
        )
        return True

    # --- terugbrengen -------------------------------------------------------------------------
    def bring_back(self) -> copies.CheckinResult | None:
        """Check in; let the user decide what waits; apply that and check in again; summary."""
        try:
            first = self._in_background(lambda: copies.bring_back(self.workspace))
        except copies.WorkingCopyError as error:
            QMessageBox.warning(self.window, APP_NAME, str(error))
            return None
        last, decided, made = first, 0, None
        chosen = self.decide_conflicts(first.conflicts) if first.conflicts else None
        if chosen:
            decisions = [
                copies.Decision(first.conflicts[i], value) for i, value in sorted(chosen.items())
            ]
            try:
                made = self._in_background(lambda: copies.decide(self.workspace, decisions))
                decided = len(decisions)
                last = self._in_background(lambda: copies.bring_back(self.workspace))
            except copies.WorkingCopyError as error:
                QMessageBox.warning(self.window, APP_NAME, str(error))
        summary = BroughtBack.of(first, decided, made, last if last is not first else None)
        self.window.statusBar().showMessage(self._summary(last), 15000)
        self.show_summary(summary)
        return last

    def _in_background(self, work: Callable[[], Any]) -> Any:
        return run_blocking(self.window, self.tr("Werkkopie terugbrengen"), lambda _task: work())

    def _show_summary(self, summary: BroughtBack) -> None:
        dialog = BroughtBackDialog(summary, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # not blocking: the refreshed lists stay in view behind it

    def _summary(self, result: copies.CheckinResult) -> str:
        text = self.tr(
            "Werkkopie teruggebracht: %1 toegepast, %2 nieuw, %3 conflicten wachten op een keuze."
        )
        return (
            text.replace("%1", str(result.applied))
            .replace("%2", str(result.created))
            .replace("%3", str(len(result.conflicts)))
        )

    def _field_label(self, name: str) -> str:
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
            "name": self.tr("Naam"),
            "insz": self.tr("INSZ"),
        }
        return fields.get(name, name)

    def _label(self, conflict: copies.Conflict) -> str:
        """ "Dossier 12 — Situatie", "Tijdlijn (dossier 12)": which record and field."""
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
        record = tables.get(conflict.table, conflict.table)
        values = conflict.server if conflict.server is not None else conflict.laptop
        dossier_id = values.get("dossier_id") if isinstance(values, dict) else None
        if conflict.table == "dossier":
            num = self.workspace.dossiers.num_for(uuid.UUID(conflict.record))
            record = f"{record} {num}" if num is not None else record
        elif dossier_id:
            num = self.workspace.dossiers.num_for(uuid.UUID(str(dossier_id)))
            if num is not None:
                record += " (" + self.tr("dossier %1").replace("%1", str(num)) + ")"
        if is_record(conflict):
            return record
        return f"{record} — {self._field_label(conflict.field)}"

    def _describe(self, conflict: copies.Conflict, value: Any) -> str:
        """A field's value, or for a whole record its main fields (a few, shortened)."""
        if not isinstance(value, dict):
            return plain_value(value)
        if copies.is_insz_clash(conflict):  # a person: the name and the INSZ
            name = f"{value.get('last_name') or ''} {value.get('first_name') or ''}".strip()
            return f"{name}\n{self.tr('INSZ')}: {format_insz(value.get('insz') or '')}"
        shown = []
        for name in _MAIN_FIELDS:
            if value.get(name) not in (None, "", []):
                text = plain_value(value[name])
                text = text if len(text) <= 60 else text[:57] + "…"
                shown.append(f"{self._field_label(name)}: {text}")
            if len(shown) == 3:
                break
        return "\n".join(shown)

    def _ask_choices(self, conflicts: list[copies.Conflict]) -> dict[int, Any] | None:
        dialog = WorkingCopyConflictDialog(conflicts, self._label, self._describe, self.window)
        if not dialog.exec():
            return None
        return dialog.choices()


# What shows a whole record in the conflict dialog, most telling first.
_MAIN_FIELDS = (
    "title", "body", "situation", "description", "discussion", "agreements", "name",
    "last_name", "first_name", "status_code", "status", "phone", "email",
)  # fmt: skip
