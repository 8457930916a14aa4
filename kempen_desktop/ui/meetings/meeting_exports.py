"""What the Overlegmomenten tab sends out: the minutes (PDF, full or per partner), the
e-mail drafts with each partner's minutes (*Verslag versturen…*), the dossierfiches of the
agenda, the action list (.xlsx) and the calendar (.ics). A mixin of MeetingsTab."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from kempen_desktop.services.meetings.meeting_list import MeetingListRow
from kempen_desktop.services.meetings.meetings import MeetingError, MeetingView

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from kempen_desktop.app import Workspace
    from kempen_desktop.services.meetings.meeting_list import MeetingListRow


class MeetingExports:
    workspace: Workspace
    summary: QLabel

    def current_row(self) -> MeetingListRow | None:  # provided by the tab
        raise NotImplementedError

    def ask_save_path(self, caption: str, suggested: str, file_filter: str) -> Path | None:
        """Where to save; tests replace this to avoid the modal file dialog."""
        name, _selected = QFileDialog.getSaveFileName(
            self, caption, str(Path.home() / suggested), file_filter
        )
        return Path(name) if name else None

    def ask_folder(self, caption: str) -> Path | None:
        """A folder to write into; tests replace this to avoid the modal dialog."""
        name = QFileDialog.getExistingDirectory(self, caption, str(Path.home()))
        return Path(name) if name else None

    def open_folder(self, folder: Path) -> None:
        """Show the folder in the file manager; tests replace this."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def send_minutes(self) -> None:
        """*Verslag versturen…*: per invited partner an unsent e-mail (.eml) with its own
        minutes PDF, in a folder that opens afterwards; nothing is sent."""
        row = self.current_row()
        if row is None:
            return
        folder = self.ask_folder(self.tr("Map voor de e-maildrafts"))
        if folder is None:
            return
        try:
            paths = self.workspace.meetings.write_mail_drafts(row.id, folder)
        except (MeetingError, OSError) as error:
            QMessageBox.warning(self, self.tr("Verslag versturen"), str(error))
            return
        self.summary.setText(
            self.tr(
                "%n e-maildraft(s) met het verslag per partner bewaard in %1; open ze in uw "
                "mailprogramma om ze na te lezen en te versturen.",
                "",
                len(paths),
            ).replace("%1", str(folder))
        )
        self.open_folder(folder)

    def export_agenda_fiches(self) -> None:
        """The dossierfiches of the agenda with a cover page, in full or for one partner."""
        from kempen_desktop.documents.dossier_fiche import SummaryError

        row = self.current_row()
        if row is None:
            return
        view = self.workspace.meetings.get(row.id)
        partner_id = self.ask_partner(view)
        if partner_id is False:
            return
        partner = next(
            (p.partner_name for p in view.participants if p.partner_id == partner_id), None
        )
        path = self.ask_save_path(
            self.tr("Dossierfiches bewaren"),
            f"Dossierfiches {self._file_stem(view)}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path is None:
            return
        try:
            result = self.workspace.meetings.write_agenda_fiches(row.id, path, partner)
        except (MeetingError, SummaryError, OSError) as error:
            QMessageBox.warning(self, self.tr("Dossierfiches"), str(error))
            return
        if result.dossiers == 0:
            self.summary.setText(
                self.tr("Geen dossier op de agenda mag met deze partner gedeeld worden.")
            )
            return
        self.summary.setText(
            self.tr("%n dossierfiche(s) met voorblad bewaard in %1.", "", result.dossiers).replace(
                "%1", str(path)
            )
        )

    def ask_partner(self, view: MeetingView) -> uuid.UUID | None | bool:
        """None for the full minutes, a partner id for a partner version, False when cancelled."""
        partners: dict[str, uuid.UUID] = {}
        for participant in view.participants:
            if participant.partner_id is not None:
                partners.setdefault(participant.partner_name, participant.partner_id)
        full = self.tr("Volledig verslag (alle dossiers)")
        names = [full] + [
            self.tr("Versie voor %1").replace("%1", name) for name in sorted(partners)
        ]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Verslag"), self.tr("Welke versie?"), names, 0, False
        )
        if not ok:
            return False
        if choice == full:
            return None
        return partners[sorted(partners)[names.index(choice) - 1]]

    @staticmethod
    def _file_stem(view: MeetingView | MeetingListRow) -> str:
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in view.title).strip()[:60]
        return f"{view.starts_at:%Y-%m-%d} {safe}"

    def export_minutes(self) -> None:
        row = self.current_row()
        if row is None:
            return
        view = self.workspace.meetings.get(row.id)
        partner_id = self.ask_partner(view)
        if partner_id is False:
            return
        path = self.ask_save_path(
            self.tr("Verslag bewaren"),
            f"Verslag {self._file_stem(view)}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path is None:
            return
        try:
            self.workspace.meetings.write_minutes(
                row.id, path, partner_id if isinstance(partner_id, uuid.UUID) else None
            )
        except (MeetingError, OSError) as error:
            QMessageBox.warning(self, self.tr("Verslag"), str(error))
            return
        self.summary.setText(self.tr("Verslag bewaard in %1.").replace("%1", str(path)))

    def export_action_list(self) -> None:
        row = self.current_row()
        if row is None:
            return
        path = self.ask_save_path(  # the list's row names the file: no meeting read here
            self.tr("Actielijst bewaren"),
            f"Actiepunten {self._file_stem(row)}.xlsx",
            self.tr("Excel-werkmap (*.xlsx)"),
        )
        if path is None:
            return
        try:
            self.workspace.meetings.write_action_list(row.id, path)
        except (MeetingError, OSError) as error:
            QMessageBox.warning(self, self.tr("Actielijst"), str(error))
            return
        self.summary.setText(self.tr("Actielijst bewaard in %1.").replace("%1", str(path)))

    def export_ics(self) -> None:
        row = self.current_row()
        if row is None:
            return
        whole_series = False
        if row.series_id is not None:
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self,
                self.tr("Agenda exporteren"),
                self.tr("De hele reeks exporteren? (Nee: alleen dit overleg)"),
                buttons.Yes | buttons.No | buttons.Cancel,
            )
            if answer == buttons.Cancel:
                return
            whole_series = answer == buttons.Yes
        path = self.ask_save_path(  # the list's row names the file: no meeting read here
            self.tr("Agenda exporteren"), f"{self._file_stem(row)}.ics", self.tr("Agenda (*.ics)")
        )
        if path is None:
            return
        from kempen_desktop.ui.common.background import run_blocking

        try:  # off the GUI thread (issue 17: the window keeps painting)
            count = run_blocking(
                self,  # type: ignore[arg-type]
                self.tr("Agenda exporteren"),
                lambda _task: self.workspace.meetings.export_ics(row.id, path, whole_series),
            )
        except (MeetingError, OSError) as error:
            QMessageBox.warning(self, self.tr("Agenda exporteren"), str(error))
            return
        self.summary.setText(
            self.tr("%n overlegmoment(en) bewaard in %1.", "", count).replace("%1", str(path))
        )
