"""The Dossiers tab's "Exporteren…" and "Dossierfiche…" dialogs.

Exporteren: the dossiers of the current filter, in the current sort, as shown (the visible
columns), with every field (so that the list can be read in again), *voor partner X*
(consent and allowed fields; audited) or *statistisch* (pseudonymised). Runs in the
background with a progress bar: 100,000 dossiers take a few seconds.

Dossierfiche: the selected dossier(s) as one PDF, with a choice of sections and
optionally the version for one partner; shown in the preview, printed from there.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.services.dossiers.dossier_list import SORT_KEYS, DossierFilter
from kempen_desktop.services.reports import exports
from kempen_desktop.ui.common import colours
from kempen_desktop.ui.common.operations import Operation
from kempen_desktop.ui.common.widgets import NO_CHOICE, RememberingDialog, combo_value

log = logging.getLogger(__name__)

# The Dossiers table's columns (dossier_columns.HEADERS order) as export fields.
COLUMN_FIELDS = (
    "last_name",
    "first_name",
    "municipality",
    "status",
    "target_groups",
    "counsellor",
    "follow_up",
)
SECTION_TITLES = {
    "identiteit": QT_TRANSLATE_NOOP("DossierExports", "Identiteit"),
    "status": QT_TRANSLATE_NOOP("DossierExports", "Status en geschiedenis"),
    "kansengroepen": QT_TRANSLATE_NOOP("DossierExports", "Kansengroepen"),
    "partner": QT_TRANSLATE_NOOP("DossierExports", "Verantwoordelijke partner"),
    "toestemming": QT_TRANSLATE_NOOP("DossierExports", "Toestemming"),
    "tijdlijn": QT_TRANSLATE_NOOP("DossierExports", "Tijdlijn"),
    "actiepunten": QT_TRANSLATE_NOOP("DossierExports", "Open actiepunten"),
    "werk": QT_TRANSLATE_NOOP("DossierExports", "Uitstroom naar werk"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DossierExports", text)


def shown_fields(table: QTableView) -> tuple[str, ...]:
    header = table.horizontalHeader()
    columns = [c for c in range(len(COLUMN_FIELDS)) if not table.isColumnHidden(c)]
    return tuple(COLUMN_FIELDS[c] for c in sorted(columns, key=header.visualIndex))


def current_sort(table: QTableView) -> tuple[str, bool]:
    header = table.horizontalHeader()
    section = header.sortIndicatorSection()
    key = SORT_KEYS[section] if 0 <= section < len(SORT_KEYS) else "naam"
    return key, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def _partner_combo(workspace: Workspace) -> QComboBox:
    combo = QComboBox()
    combo.addItem(_tr(QT_TRANSLATE_NOOP("DossierExports", "Kies een partner…")), NO_CHOICE)
    for partner in workspace.dossiers.partner_choices():
        combo.addItem(partner.name, str(partner.id))
    return combo


class DossierExportDialog(RememberingDialog):
    def __init__(
        self,
        workspace: Workspace,
        table: QTableView,
        flt: DossierFilter,
        count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._table = table
        self._filter = flt
        self.result_path: Path | None = None
        self._operation: Operation | None = None
        self.setWindowTitle(self.tr("Dossiers exporteren"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "%n dossier(s) in de huidige lijst (filter en sortering zoals getoond).",
                    "",
                    count,
                )
            )
        )
        self.shown = QRadioButton(self.tr("Zoals getoond: de zichtbare kolommen"))
        self.full = QRadioButton(
            self.tr("Alle velden, met INSZ en adres (kan opnieuw ingelezen worden)")
        )
        self.for_partner = QRadioButton(
            self.tr(
                "Voor een partner: enkel dossiers met geldige toestemming en "
                "enkel de velden die de partner mag ontvangen"
            )
        )
        self.statistical = QRadioButton(
            self.tr(
                "Statistisch: zonder namen, INSZ en geboortedata, met "
                "pseudoniemen; aantallen onder 5 verborgen"
            )
        )
        self.partner = _partner_combo(workspace)
        self.partner.setEnabled(False)
        self.group = QButtonGroup(self)
        for index, button in enumerate((self.shown, self.full, self.for_partner, self.statistical)):
            self.group.addButton(button, index)
            layout.addWidget(button)
            if button is self.for_partner:
                layout.addWidget(self.partner)
        self.shown.setChecked(True)
        self.for_partner.toggled.connect(self.partner.setEnabled)
        self.note = QLabel(
            self.tr("Een export voor een partner wordt in het auditlogboek bijgehouden.")
        )
        self.note.setStyleSheet(f"color: {colours.css(colours.MUTED)};")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {colours.css(colours.ERROR)};")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("&Exporteren…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run_export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def spec(self) -> exports.DossierExport | None:
        sort_key, descending = current_sort(self._table)
        base = exports.DossierExport(filter=self._filter, sort_key=sort_key, descending=descending)
        if self.shown.isChecked():
            return exports.DossierExport(
                filter=self._filter,
                sort_key=sort_key,
                descending=descending,
                fields=shown_fields(self._table),
            )
        if self.full.isChecked():
            return base
        if self.for_partner.isChecked():
            partner = combo_value(self.partner)
            if partner is None:
                self.error.setText(self.tr("Kies de partner voor wie de lijst is."))
                return None
            return exports.DossierExport(
                filter=self._filter, sort_key=sort_key, descending=descending, partner=partner
            )
        return exports.DossierExport(
            filter=self._filter, sort_key=sort_key, descending=descending, statistical=True
        )

    def _stem(self, spec: exports.DossierExport) -> str:
        if spec.partner:
            return self.tr("Dossiers voor %1").replace("%1", self.partner.currentText())
        if spec.statistical:
            return self.tr("Dossiers statistisch")
        return self.tr("Dossiers")

    def run_export(self, path: Path | None = None) -> None:
        from kempen_desktop.ui.common.list_export import ask_save_path, suggested_name

        spec = self.spec()
        if spec is None:
            return
        path = path or ask_save_path(
            self, self.tr("Dossiers exporteren"), suggested_name(self._stem(spec))
        )
        if path is None:
            return
        self.ok.setEnabled(False)

        def work(task):  # type: ignore[no-untyped-def]
            return self._workspace.dossiers.export_dossiers(
                path,
                spec,
                progress=lambda done, total: task.progress(
                    _tr(QT_TRANSLATE_NOOP("DossierExports", "Dossiers wegschrijven…")),
                    int(100 * done / max(1, total)),
                ),
            )

        self._operation = (
            Operation(self, self.tr("Dossiers exporteren"), work)
            .success(self._done)
            .failure(self._failed)
            .run()
        )

    def wait(self) -> None:
        if self._operation is not None:
            self._operation.wait()

    def _done(self, result: exports.ExportResult) -> None:
        self.result_path = result.path
        log.info("dossiers exported: %d rows", result.rows)
        message = (
            self.tr("%1 dossier(s) bewaard in %2.")
            .replace("%1", str(result.rows))
            .replace("%2", str(result.path))
        )
        if result.partner_name:
            message += " " + self.tr(
                "%1 dossier(s) zonder geldige toestemming werden weggelaten."
            ).replace("%1", str(result.skipped_without_consent))
        self.message = message
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.ok.setEnabled(True)
        if isinstance(error, exports.ExportError):
            self.error.setText(str(error))
        elif isinstance(error, OSError):
            from kempen_desktop.ui.common.list_export import show_write_error

            show_write_error(self, Path(getattr(error, "filename", "") or "export.xlsx"), error)
        else:
            log.warning("export failed: %s", type(error).__name__)
            self.error.setText(
                self.tr("De export is mislukt (%1).").replace("%1", type(error).__name__)
            )


class DossierSummaryDialog(RememberingDialog):
    """Choose sections and audience, then show the PDF in the preview."""

    def __init__(
        self,
        workspace: Workspace,
        dossier_ids: list[uuid.UUID],
        parent: QWidget | None = None,
        *,
        meeting_title: str = "",
    ) -> None:
        from kempen_desktop.documents.dossier_fiche import SECTIONS

        super().__init__(parent)
        self._workspace = workspace
        self._ids = list(dossier_ids)
        self._meeting_title = meeting_title
        self.preview: QWidget | None = None
        self.setWindowTitle(self.tr("Dossierfiche"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Dossierfiche van %n dossier(s); elk dossier begint op een nieuwe pagina.",
                    "",
                    len(self._ids),
                )
            )
        )
        box = QGroupBox(self.tr("Onderdelen"))
        grid = QGridLayout(box)
        self.sections: dict[str, QCheckBox] = {}
        for index, key in enumerate(SECTIONS):
            check = QCheckBox(_tr(SECTION_TITLES[key]))
            check.setChecked(True)
            grid.addWidget(check, index // 2, index % 2)
            self.sections[key] = check
        layout.addWidget(box)
        self.partner_check = QCheckBox(
            self.tr(
                "Versie voor een partner (zonder INSZ en interne notities; "
                "enkel dossiers met toestemming)"
            )
        )
        self.partner = _partner_combo(workspace)
        self.partner.setEnabled(False)
        self.partner_check.toggled.connect(self.partner.setEnabled)
        layout.addWidget(self.partner_check)
        layout.addWidget(self.partner)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {colours.css(colours.ERROR)};")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(
            self.tr("&Voorbeeld en afdrukken…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def make(self) -> bytes | None:
        """Write the fiche(s), show the preview; returns the PDF (in memory only)."""
        from kempen_desktop.documents.dossier_fiche import SummaryError, SummaryOptions
        from kempen_desktop.ui.common.pdf_preview import open_preview, pdf_bytes

        sections = tuple(key for key, check in self.sections.items() if check.isChecked())
        if not sections:
            self.error.setText(self.tr("Kies minstens één onderdeel."))
            return None
        partner = combo_value(self.partner) if self.partner_check.isChecked() else None
        if self.partner_check.isChecked() and partner is None:
            self.error.setText(self.tr("Kies de partner voor wie de fiche is."))
            return None
        name = "Dossierfiches.pdf" if len(self._ids) > 1 else "Dossierfiche.pdf"
        options = SummaryOptions(sections=sections, partner=partner)
        try:
            data, result = pdf_bytes(
                name,
                lambda path: self._workspace.dossiers.write_summaries(
                    self._ids, path, options, meeting_title=self._meeting_title
                ),
            )
        except SummaryError as error:
            self.error.setText(str(error))
            return None
        if result.dossiers == 0:
            self.error.setText(
                self.tr(
                    "Geen enkel gekozen dossier heeft een geldige toestemming voor deze partner."
                )
            )
            return None
        preview = open_preview(
            self.parentWidget(), data, self.tr("Dossierfiche — voorbeeld"), suggested_name=name
        )
        if result.skipped:
            preview.info.setText(
                preview.info.text()
                + " — "
                + self.tr(
                    "%1 dossier(s) zonder geldige toestemming voor deze partner werden weggelaten."
                ).replace("%1", str(result.skipped))
            )
        self.preview = preview
        self.accept()
        return data


def agenda_summaries(
    parent: QWidget | None, workspace: Workspace, meeting_id: uuid.UUID, meeting_title: str = ""
) -> DossierSummaryDialog | None:
    """ "Dossierfiches van de agenda…": every dossier on a meeting's agenda in one PDF.

    Opens the same dialog (sections, partner version); None when no dossier is on the agenda.
    """
    ids = workspace.dossiers.on_agenda(meeting_id)
    if not ids:
        return None
    dialog = DossierSummaryDialog(workspace, ids, parent, meeting_title=meeting_title)
    dialog.open()
    return dialog
