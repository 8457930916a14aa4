"""Extra → Auditlog…: who did what, when, to which record; filterable, exportable.

The log never holds names or note text, so neither does this view.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop import APP_NAME
from kempen_desktop.app import Workspace
from kempen_desktop.services.common.audit_log import DEFAULT_LIMIT, AuditFilter, AuditRow
from kempen_desktop.ui.common.date_field import DateField
from kempen_desktop.ui.common.formatting import local_datetime
from kempen_desktop.ui.common.record_table_model import Column, RecordTableModel
from kempen_desktop.ui.common.tables import configure_table
from kempen_desktop.ui.common.widgets import (
    NO_CHOICE,
    RememberingDialog,
    combo_value,
)

log = logging.getLogger(__name__)
CONTEXT = "AuditView"

# Readable names for the actions; unknown actions are shown as they are stored.
ACTION_LABELS = {
    "dossier.create": QT_TRANSLATE_NOOP("AuditView", "Dossier aangemaakt"),
    "dossier.update": QT_TRANSLATE_NOOP("AuditView", "Dossier gewijzigd"),
    "dossier.delete": QT_TRANSLATE_NOOP("AuditView", "Dossier verwijderd"),
    "dossier.status": QT_TRANSLATE_NOOP("AuditView", "Status gewijzigd"),
    "dossier.timeline": QT_TRANSLATE_NOOP("AuditView", "Tijdlijn aangevuld"),
    "dossier.anonymise": QT_TRANSLATE_NOOP("AuditView", "Dossier geanonimiseerd"),
    "dossier.discuss": QT_TRANSLATE_NOOP("AuditView", "Te bespreken aangepast"),
    "import.apply": QT_TRANSLATE_NOOP("AuditView", "Lijst ingelezen"),
    "import.undo": QT_TRANSLATE_NOOP("AuditView", "Import ongedaan gemaakt"),
    "backup.create": QT_TRANSLATE_NOOP("AuditView", "Back-up gemaakt"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditView", "Back-up teruggezet"),
    "backup.rotate": QT_TRANSLATE_NOOP("AuditView", "Oude back-ups opgeruimd"),
    "backup.purge": QT_TRANSLATE_NOOP("AuditView", "Back-ups gewist"),
    "backup.folder": QT_TRANSLATE_NOOP("AuditView", "Back-upmap gewijzigd"),
    "database.passphrase": QT_TRANSLATE_NOOP("AuditView", "Wachtwoord gewijzigd"),
    "retention.settings": QT_TRANSLATE_NOOP("AuditView", "Bewaartermijnen gewijzigd"),
    "demo.generate": QT_TRANSLATE_NOOP("AuditView", "Demogegevens gemaakt"),
    "export.xlsx": QT_TRANSLATE_NOOP("AuditView", "Excel-export"),
    "export.pdf": QT_TRANSLATE_NOOP("AuditView", "PDF gemaakt"),
    "export.ics": QT_TRANSLATE_NOOP("AuditView", "Agenda-export"),
    "export.subject_access": QT_TRANSLATE_NOOP("AuditView", "Inzage-export"),
    "export.minutes_pdf": QT_TRANSLATE_NOOP("AuditView", "Verslag als PDF"),
    "print.dossier": QT_TRANSLATE_NOOP("AuditView", "Dossierfiche afgedrukt"),
    "person.anonymise": QT_TRANSLATE_NOOP("AuditView", "Persoon geanonimiseerd"),
    "retention.delete": QT_TRANSLATE_NOOP("AuditView", "Verwijderd na bewaartermijn"),
    "retention.audit": QT_TRANSLATE_NOOP("AuditView", "Oude auditregels gewist"),
}
GROUPS = (
    ("dossier.", QT_TRANSLATE_NOOP("AuditView", "Alle dossierhandelingen")),
    ("export.", QT_TRANSLATE_NOOP("AuditView", "Alle exports")),
    ("print.", QT_TRANSLATE_NOOP("AuditView", "Alle afdrukken")),
    ("import.", QT_TRANSLATE_NOOP("AuditView", "Alle imports")),
    ("meeting.", QT_TRANSLATE_NOOP("AuditView", "Alle overleghandelingen")),
    ("backup.", QT_TRANSLATE_NOOP("AuditView", "Alle back-uphandelingen")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_label(action: str) -> str:
    return _tr(ACTION_LABELS[action]) if action in ACTION_LABELS else action


COLUMNS: list[Column[AuditRow]] = [
    Column(
        QT_TRANSLATE_NOOP("AuditView", "Tijdstip"),
        lambda r: local_datetime(r.at),
        sort_key=lambda r: r.at,
    ),
    Column(QT_TRANSLATE_NOOP("AuditView", "Gebruiker"), lambda r: r.user),
    Column(QT_TRANSLATE_NOOP("AuditView", "Handeling"), lambda r: action_label(r.action)),
    Column(QT_TRANSLATE_NOOP("AuditView", "Record"), lambda r: r.record_label),
    Column(QT_TRANSLATE_NOOP("AuditView", "Details"), lambda r: r.detail),
]


class AuditView(RememberingDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        entity: str = "",
        entity_id: str = "",
    ) -> None:
        super().__init__(parent)
        self.trust = workspace.trust
        self.setWindowTitle(self.tr("Auditlog"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.start = DateField(self)
        self.start.set_value(date.today() - timedelta(days=30))
        self.end = DateField(self)
        self.user = QComboBox(self)
        self.action = QComboBox(self)
        self.record = QLineEdit(self)
        self.record.setPlaceholderText(self.tr("dossiernummer"))
        self.record.setClearButtonEnabled(True)
        self._entity, self._entity_id = entity, entity_id
        for label, widget in (
            (self.tr("Van"), self.start),
            (self.tr("Tot en met"), self.end),
            (self.tr("Gebruiker"), self.user),
            (self.tr("Handeling"), self.action),
            (self.tr("Dossier"), self.record),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.model: RecordTableModel[AuditRow] = RecordTableModel(COLUMNS, CONTEXT, self)
        self.table = QTableView(self)
        configure_table(
            self.table, self.model, (130, 110, 200, 130, 300), 0, Qt.SortOrder.DescendingOrder
        )
        layout.addWidget(self.table, 1)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(
            self.tr("Exporteren naar Excel…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(self._export)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._fill_combos()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        for signal in (
            self.start.dateChanged,
            self.end.dateChanged,
            self.user.currentIndexChanged,
            self.action.currentIndexChanged,
            self.record.textChanged,
        ):
            signal.connect(self._debounce.start)
        if entity_id:
            self.start.set_value(None)
        self.reload()

    def _fill_combos(self) -> None:
        self.user.addItem(self.tr("Iedereen"), NO_CHOICE)
        for name in self.trust.audit_users():
            self.user.addItem(name or self.tr("(onbekend)"), name or "?")
        self.action.addItem(self.tr("Alle handelingen"), NO_CHOICE)
        for prefix, label in GROUPS:
            self.action.addItem(_tr(label), prefix)
        for action in self.trust.audit_actions():
            self.action.addItem(action_label(action), action)

    def current_filter(self) -> AuditFilter:
        entity, entity_id = self._entity, self._entity_id
        wanted = self.record.text().strip()
        if wanted:
            entity, entity_id = "dossier", self._dossier_id(wanted)
        user = combo_value(self.user) or ""
        return AuditFilter(
            start=self.start.value(),
            end=self.end.value(),
            user="" if user == "?" else user,
            action=combo_value(self.action) or "",
            entity=entity,
            entity_id=entity_id,
        )

    def _dossier_id(self, text: str) -> str:
        if not text.isdigit():
            return text
        found = self.trust.dossier_id_of_num(int(text))
        return str(found) if found else f"#{text}"

    def reload(self) -> None:
        rows = self.trust.audit_entries(self.current_filter())
        self.model.set_records(rows)
        text = self.tr("%n handeling(en)", "", len(rows))
        if len(rows) >= DEFAULT_LIMIT:
            text += " — " + self.tr("alleen de nieuwste worden getoond; verfijn de filter")
        self.count_label.setText(text)
        self.export_button.setEnabled(bool(rows))

    def _export(self) -> None:
        from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet

        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Auditlog exporteren"),
            str(Path.home() / f"auditlog-{date.today():%Y%m%d}.xlsx"),
            self.tr("Excel-werkmap (*.xlsx)"),
        )
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
        rows = [self.model.record(i) for i in range(self.model.rowCount())]
        columns = [
            XlsxColumn(self.tr("Tijdstip"), "text", 18),
            XlsxColumn(self.tr("Gebruiker"), "text", 14),
            XlsxColumn(self.tr("Handeling"), "text", 28),
            XlsxColumn(self.tr("Code"), "text", 20),
            XlsxColumn(self.tr("Record"), "text", 18),
            XlsxColumn(self.tr("Details"), "text", 40),
        ]
        data = [
            [
                local_datetime(r.at),
                r.user,
                action_label(r.action),
                r.action,
                r.record_label,
                r.detail,
            ]
            for r in rows
            if r is not None
        ]
        sheet = XlsxSheet(
            self.tr("Auditlog"), columns, data, self.tr("Auditlog"), self.count_label.text()
        )
        try:  # a disclosure: the audit entry commits before the file appears
            self.trust.export_workbook(
                path, [sheet], entity="audit_entry", detail=f"{len(data)} rijen"
            )
        except OSError as error:
            log.warning("audit export failed: %s", type(error).__name__)
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr("Het bestand kon niet bewaard worden: %1").replace(
                    "%1", error.strerror or str(error)
                ),
            )
            return
        self.reload()
