"""Bestand → Beveiliging → Bewaartermijnen…: the periods, and the dossiers that are due,
to anonymise (statistics keep working) or delete. Backups made earlier still hold the
data until the rotation removes them; after forgetting, the user may purge them now."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop import APP_NAME
from kempen_desktop.app import Workspace
from kempen_desktop.services.trust.backups import BackupError
from kempen_desktop.services.trust.retention import MAX_YEARS, DueDossier
from kempen_desktop.ui.common import colours
from kempen_desktop.ui.common.record_table_model import Column, RecordTableModel
from kempen_desktop.ui.common.tables import configure_table
from kempen_desktop.ui.common.widgets import RememberingDialog

log = logging.getLogger(__name__)
CONTEXT = "RetentionDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


COLUMNS: list[Column[DueDossier]] = [
    Column(
        QT_TRANSLATE_NOOP("RetentionDialog", "Dossier"),
        lambda d: str(d.num),
        sort_key=lambda d: d.num,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("RetentionDialog", "Naam"), lambda d: f"{d.last_name}, {d.first_name}"
    ),
    Column(
        QT_TRANSLATE_NOOP("RetentionDialog", "Afgesloten op"),
        lambda d: f"{d.closed_on:%d-%m-%Y}",
        sort_key=lambda d: d.closed_on,
    ),
    Column(QT_TRANSLATE_NOOP("RetentionDialog", "Gemeente"), lambda d: d.municipality),
    Column(
        QT_TRANSLATE_NOOP("RetentionDialog", "Opmerking"),
        lambda d: (
            _tr(
                QT_TRANSLATE_NOOP(
                    "RetentionDialog", "persoon heeft nog een lopend of recent dossier: naam blijft"
                )
            )
            if d.other_dossiers_kept
            else ""
        ),
    ),
]


class RetentionDialog(RememberingDialog):
    changed = Signal()  # besides the Changes every tab receives from the workspace

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trust = workspace.trust
        self.setWindowTitle(self.tr("Bewaartermijnen"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        periods = QGroupBox(self.tr("Bewaartermijnen"), self)
        form = QFormLayout(periods)
        years = self.trust.retention_years()
        self.dossier_years = QSpinBox(self)
        self.dossier_years.setRange(1, MAX_YEARS)
        self.dossier_years.setValue(years["dossier_closed"])
        self.dossier_years.setSuffix(self.tr(" jaar na afsluiting"))
        self.audit_years = QSpinBox(self)
        self.audit_years.setRange(0, MAX_YEARS)
        self.audit_years.setSpecialValueText(self.tr("altijd bewaren"))
        self.audit_years.setValue(years["audit"])
        self.audit_years.setSuffix(self.tr(" jaar"))
        for spin in (self.dossier_years, self.audit_years):
            spin.setMinimumWidth(200)
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("Afgesloten dossiers:"), self.dossier_years)
        form.addRow(self.tr("Auditlog:"), self.audit_years)
        save = QPushButton(self.tr("Termijnen bewaren"), self)
        save.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        save.clicked.connect(self.save_periods)
        form.addRow("", save)
        layout.addWidget(periods)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model: RecordTableModel[DueDossier] = RecordTableModel(COLUMNS, CONTEXT, self)
        self.table = QTableView(self)
        configure_table(self.table, self.model, (70, 220, 100, 120, 300), 2)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.table, 1)
        note = QLabel(
            self.tr(
                "Anonimiseren wist naam, INSZ, klantnummer, contactgegevens, straat en alle vrije "
                "tekst "
                "(notities, situatie, tijdlijn). Leeftijdsgroep, gemeente, kansengroepen en data "
                "per kwartaal "
                "blijven, zodat de statistieken kloppen. Verwijderen wist het dossier helemaal."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {colours.css(colours.MUTED)};")
        layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.all_button = buttons.addButton(
            self.tr("Alles selecteren"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.all_button.clicked.connect(self.table.selectAll)
        self.anonymise_button = buttons.addButton(
            self.tr("Anonimiseren…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.anonymise_button.clicked.connect(lambda: self.forget(delete=False))
        self.delete_button = buttons.addButton(
            self.tr("Verwijderen…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.delete_button.clicked.connect(lambda: self.forget(delete=True))
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        due = self.trust.due_dossiers()
        self.model.set_records(due)
        self.summary.setText(
            self.tr("%n dossier(s) voorbij de bewaartermijn.", "", len(due))
            if due
            else self.tr("Geen dossiers voorbij de bewaartermijn.")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.anonymise_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.all_button.setEnabled(self.model.rowCount() > 0)

    def selected(self) -> list[DueDossier]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [record for row in rows if (record := self.model.record(row)) is not None]

    def save_periods(self) -> None:
        try:
            self.trust.set_retention_years("dossier_closed", self.dossier_years.value())
            self.trust.set_retention_years("audit", self.audit_years.value())
            removed = self.trust.purge_audit()
        except ValueError as error:
            QMessageBox.warning(self, APP_NAME, str(error))
            return
        if removed:
            QMessageBox.information(
                self, APP_NAME, self.tr("%n oude auditregel(s) gewist.", "", removed)
            )
        self.reload()

    def forget(self, *, delete: bool, confirm: bool = True) -> int:
        chosen = self.selected()
        if not chosen:
            return 0
        if confirm:
            question = (
                self.tr(
                    "%n dossier(s) definitief verwijderen? Dit kan niet ongedaan gemaakt worden "
                    "(er wordt eerst een back-up gemaakt).",
                    "",
                    len(chosen),
                )
                if delete
                else self.tr(
                    "%n dossier(s) anonimiseren? Namen en vrije tekst worden gewist; dit kan niet "
                    "ongedaan gemaakt worden (er wordt eerst een back-up gemaakt).",
                    "",
                    len(chosen),
                )
            )
            answer = QMessageBox.question(
                self,
                APP_NAME,
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        ids = [d.id for d in chosen]
        from kempen_desktop.ui.common.background import run_blocking

        trust = self.trust
        try:
            done = run_blocking(
                self,
                self.tr("Bewaartermijnen toepassen…"),
                lambda _task: trust.delete_dossiers(ids) if delete else trust.anonymise(ids),
            )
        except (BackupError, OSError) as error:
            log.warning("retention failed: %s", type(error).__name__)
            QMessageBox.warning(self, APP_NAME, str(error))
            return 0
        log.info("retention applied to %d dossiers (delete=%s)", done, delete)
        self.changed.emit()
        self.reload()
        if confirm:
            self.offer_backup_purge(datetime.now())
        return done

    def offer_backup_purge(self, before: datetime) -> int:
        older = [b for b in self.trust.list_backups() if b.made_at <= before]
        if not older:
            return 0
        answer = QMessageBox.question(
            self,
            APP_NAME,
            self.tr(
                "%n oudere back-up(s) bevatten deze gegevens nog. Ze verdwijnen vanzelf door de "
                "rotatie (uiterlijk na 12 maanden). Wilt u ze nu wissen? Dan kunt u ook niet meer "
                "terugkeren naar een toestand van vóór vandaag.",
                "",
                len(older),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        return len(self.trust.purge_backups_before(before))
