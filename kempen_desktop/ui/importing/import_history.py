"""Bestand → Importgeschiedenis: every applied import, and undo of a whole batch (or, when
later work touched some of its dossiers, of the rest)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.services.importing import BatchInfo, ImportFailed, ImportUndoError, UndoCheck
from kempen_desktop.ui.common.formatting import local_datetime
from kempen_desktop.ui.common.record_table_model import Column, RecordTableModel
from kempen_desktop.ui.common.tables import configure_table
from kempen_desktop.ui.common.widgets import RememberingDialog
from kempen_desktop.ui.importing.undo_conflict import UndoConflictDialog

STATUS_LABELS = {
    "toegepast": QT_TRANSLATE_NOOP("ImportHistoryDialog", "Toegepast"),
    "ongedaan": QT_TRANSLATE_NOOP("ImportHistoryDialog", "Ongedaan gemaakt"),
    "deels ongedaan": QT_TRANSLATE_NOOP("ImportHistoryDialog", "Deels ongedaan gemaakt"),
}

COLUMNS: list[Column[BatchInfo]] = [
    Column(
        QT_TRANSLATE_NOOP("ImportHistoryDialog", "Datum"),
        lambda b: local_datetime(b.imported_at),
        lambda b: b.imported_at,
    ),
    Column(QT_TRANSLATE_NOOP("ImportHistoryDialog", "Bestand"), lambda b: b.file_name),
    Column(QT_TRANSLATE_NOOP("ImportHistoryDialog", "Profiel"), lambda b: b.profile_name),
    Column(
        QT_TRANSLATE_NOOP("ImportHistoryDialog", "Nieuw"),
        lambda b: str(b.created),
        lambda b: b.created,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ImportHistoryDialog", "Gewijzigd"),
        lambda b: str(b.updated),
        lambda b: b.updated,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ImportHistoryDialog", "Geweigerd"),
        lambda b: str(b.rejected),
        lambda b: b.rejected,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ImportHistoryDialog", "Status"),
        lambda b: QCoreApplication.translate(
            "ImportHistoryDialog", STATUS_LABELS.get(b.status, b.status)
        ),
    ),
]


class ImportHistoryDialog(RememberingDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._importing = workspace.importing
        self.setWindowTitle(self.tr("Importgeschiedenis"))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        self.model: RecordTableModel[BatchInfo] = RecordTableModel(
            COLUMNS, "ImportHistoryDialog", self
        )
        self.table = configure_table(
            QTableView(),
            self.model,
            (130, 260, 160, 70, 80, 80),
            sort_order=Qt.SortOrder.DescendingOrder,
        )
        layout.addWidget(self.table)
        self.empty_label = QLabel(self.tr("Er is nog niets geïmporteerd."))
        layout.addWidget(self.empty_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        self.undo_button = QPushButton(self.tr("Import &ongedaan maken…"))
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.clicked.connect(self.undo_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_button())
        self.reload()

    def reload(self) -> None:
        batches = self._importing.batches()
        self.model.set_records(batches)
        self.empty_label.setVisible(not batches)
        if batches:
            self.table.selectRow(0)
        self._update_button()

    def selected(self) -> BatchInfo | None:
        return self.model.record(self.table.currentIndex().row())

    def _update_button(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.status != "ongedaan")

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        try:
            check = self._importing.undo_check(batch.id)
        except ImportFailed as error:
            QMessageBox.warning(self, self.tr("Import ongedaan maken"), str(error))
            return
        if check.blocked:
            self._offer_the_rest(batch, check)
            return
        if batch.status == "deels ongedaan":  # the counts of the batch no longer apply
            question = (
                self.tr(
                    "Wat nog overblijft van de import van %1 ongedaan maken? %2 dossier(s) "
                    "krijgen hun vorige toestand terug (nieuwe dossiers worden verwijderd)."
                )
                .replace("%1", batch.file_name)
                .replace("%2", str(check.undoable))
            )
        else:
            question = (
                self.tr(
                    "De import van %1 ongedaan maken? De %2 nieuwe dossiers worden verwijderd en "
                    "de %3 gewijzigde dossiers krijgen hun vorige waarden terug."
                )
                .replace("%1", batch.file_name)
                .replace("%2", str(batch.created))
                .replace("%3", str(batch.updated))
            )
        answer = QMessageBox.question(self, self.tr("Import ongedaan maken"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._importing.undo(batch.id)  # announced: every tab follows through on_changes
        except ImportUndoError as error:  # edited in the meantime: offer the rest after all
            self._offer_the_rest(batch, UndoCheck(error.dossiers, check.undoable))
            return
        except ImportFailed as error:
            QMessageBox.warning(self, self.tr("Import ongedaan maken"), str(error))
            return
        self.reload()

    def _offer_the_rest(self, batch: BatchInfo, check: UndoCheck) -> None:
        """Every dossier in the way, and the offer to undo everything else."""
        dialog = UndoConflictDialog(batch.file_name, check, self)
        if dialog.exec() != UndoConflictDialog.DialogCode.Accepted:
            return
        try:
            result = self._importing.undo_rest(batch.id)
        except ImportFailed as error:
            QMessageBox.warning(self, self.tr("Import ongedaan maken"), str(error))
            self.reload()
            return
        self.reload()
        QMessageBox.information(
            self,
            self.tr("Import ongedaan maken"),
            self.tr(
                "De rest van de import is ongedaan gemaakt: %1 nieuwe dossier(s) verwijderd, "
                "%2 dossier(s) hersteld. Behouden zoals ze nu zijn: dossier(s) %3."
            )
            .replace("%1", str(result.removed))
            .replace("%2", str(result.restored))
            .replace("%3", ", ".join(str(num) for num in result.kept)),
        )
