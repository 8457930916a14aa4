"""Partners tab: the organisations of the network, searchable and filterable, with the
detail pane of the chosen one (partner_detail.py). Organisations are created, edited and
deleted here; partner lists are imported and exported; the inclusive-employer indicator
opens from the toolbar. Every change goes through `workspace.partners` and comes back
through `on_changes`: the tab does not reload itself after its own edits."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.lookups import Choice
from kempen_desktop.services.partners.partners import PartnerInUseError, PartnerNotFoundError
from kempen_desktop.services.reports.overview import PartnerRow
from kempen_desktop.ui.common.empty_state import EmptyState
from kempen_desktop.ui.common.lazy_tab import LazyTab
from kempen_desktop.ui.common.row_menu import buttons_filler, install_row_menu
from kempen_desktop.ui.common.tables import configure_table
from kempen_desktop.ui.common.undo import record_edit
from kempen_desktop.ui.common.widgets import NO_CHOICE, combo_value
from kempen_desktop.ui.partners.partner_detail import PartnerDetailPane
from kempen_desktop.ui.partners.partner_list_model import (
    PartnerFilter,
    inclusive_today,
    partner_model,
)


class PartnersTab(LazyTab):
    # actions: the events in the detail (attendance, hires) — issue 16
    CONCERNS = ("partners", "dossiers", "meetings", "action_points", "actions", "reference_data")
    open_dossier = Signal(object)  # dossier id, double-clicked in the partner's dossier list

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._rows: list[PartnerRow] = []
        self._current_id: uuid.UUID | None = None
        self._indicator: QWidget | None = None
        self.model = partner_model(self)

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Zoek op naam, ondernemingsnummer, sector, gemeente…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.type_filter = QComboBox()
        self.type_filter.setMinimumWidth(150)
        self.type_filter.currentIndexChanged.connect(self._apply_filter)
        self.place_filter = QComboBox()
        self.place_filter.setMinimumWidth(130)
        self.place_filter.currentIndexChanged.connect(self._apply_filter)
        self.show_inactive = QCheckBox(self.tr("Inactieve tonen"))
        self.show_inactive.toggled.connect(self._apply_filter)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.type_filter)
        bar.addWidget(self.place_filter)
        bar.addWidget(self.show_inactive)
        layout.addLayout(bar)
        actions = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        actions.addWidget(self.summary, 1)
        self.new_button = QPushButton(self.tr("Nieuwe organisatie…"))
        self.new_button.clicked.connect(self.new_partner)
        self.edit_button = QPushButton(self.tr("Bewerken…"))
        self.edit_button.clicked.connect(self.edit_partner)
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.delete_button.clicked.connect(self.delete_partner)
        self.indicator_button = QPushButton(self.tr("Inclusieve werkgevers…"))
        self.indicator_button.setToolTip(
            self.tr("Hoeveel werkgevers engageren zich inclusief, per gemeente (doel: 1 op 2)")
        )
        self.indicator_button.clicked.connect(self.show_indicator)
        more = QPushButton(self.tr("Meer"))  # a push button leaves room for the menu arrow
        menu = QMenu(more)
        menu.addAction(self.tr("Soorten organisaties beheren…"), self.manage_types)
        menu.addSeparator()
        menu.addAction(self.tr("Partnerlijst importeren…"), self.import_list)
        menu.addAction(self.tr("Getoonde partners exporteren naar Excel…"), self.export_list)
        more.setMenu(menu)
        for widget in (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.indicator_button,
            more,
        ):
            actions.addWidget(widget)
        layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = configure_table(
            QTableView(), self.model, (220, 150, 105, 75, 90, 100), columns_key="partners"
        )
        # Right-click: the row's actions, enabled like the buttons (issue 14).
        install_row_menu(
            self.table,
            buttons_filler([self.edit_button, self.delete_button, None, self.indicator_button]),
        )
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_partner())
        splitter.addWidget(self.table)
        self.detail = PartnerDetailPane(workspace)
        self.detail.open_dossier.connect(self.open_dossier)
        self.detail.partner_missing.connect(self.reload)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([600, 800])
        layout.addWidget(splitter, 1)
        self.empty = EmptyState(
            self.tr("Nog geen partners"),
            self.tr(
                "Voeg de organisaties van uw netwerk toe (VDAB, OCMW, GTB, maatwerkbedrijven, "
                "werkgevers), één voor één of uit een partnerlijst in Excel."
            ),
            "partners",
        )
        self.empty.add_button(
            self.tr("Nieuwe organisatie…"),
            lambda: self.new_partner(),
            icon_name="new",
            primary=True,
        )
        self.empty.add_button(
            self.tr("Partnerlijst importeren…"), lambda: self.import_list(), icon_name="import"
        )
        self.empty.mount(splitter)
        # The pane's parts, as the tab showed them before the pane was its own module.
        pane = self.detail
        self.header, self.details = pane.header, pane.details
        self.contacts, self.engagements = pane.contacts, pane.engagements
        self.add_contact, self.add_engagement = pane.add_contact, pane.add_engagement
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        self._rows = self.workspace.partners.rows()
        types = self.workspace.partners.types()
        self._fill_filter(
            self.type_filter,
            self.tr("Alle soorten"),
            [t for t in types if any(r.type_code == t.value for r in self._rows)],
        )
        places = sorted(
            {(r.municipality_nis, r.municipality) for r in self._rows if r.municipality_nis},
            key=lambda p: p[1],
        )
        self._fill_filter(
            self.place_filter,
            self.tr("Alle gemeenten"),
            [Choice(nis, name) for nis, name in places],
        )
        self._apply_filter()

    @staticmethod
    def _fill_filter(combo: QComboBox, everything: str, choices: list[Choice]) -> None:
        current = combo_value(combo)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, NO_CHOICE)
        for choice in choices:
            combo.addItem(choice.label, choice.value)
        combo.setCurrentIndex(max(combo.findData(current or NO_CHOICE), 0))
        combo.blockSignals(False)

    def _apply_filter(self) -> None:
        flt = PartnerFilter(
            self.search.text(),
            combo_value(self.type_filter),
            combo_value(self.place_filter),
            self.show_inactive.isChecked(),
        )
        rows = [r for r in self._rows if flt.matches(r)]
        self.model.set_records(rows)
        count = inclusive_today(self._rows)
        self.empty.set_shown(not self._rows)
        if not self._rows:
            self.summary.setText(
                self.tr(
                    "Nog geen partners. Voeg een organisatie toe of importeer een partnerlijst."
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "%1 van %2 partners getoond; vandaag engageren %3 van %4 werkgevers zich "
                    "inclusief "
                    "(doel: 1 op 2)."
                )
                .replace("%1", str(len(rows)))
                .replace("%2", str(len(self._rows)))
                .replace("%3", str(count.engaged))
                .replace("%4", str(count.employers))
            )
        if not self.select_partner(self._current_id, clear_filters=False) and rows:
            self.table.selectRow(0)
        elif not rows:
            self._show_partner(None)

    def select_partner(self, partner_id: uuid.UUID | None, clear_filters: bool = True) -> bool:
        """Select a partner in the list (clearing filters that hide it); False if not found."""
        if partner_id is None:
            return False
        for row in range(self.model.rowCount()):
            record = self.model.record(row)
            if record is not None and record.id == partner_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                self._show_partner(record)
                return True
        if not clear_filters:
            return False
        for combo in (self.type_filter, self.place_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.show_inactive.blockSignals(True)
        self.show_inactive.setChecked(True)
        self.show_inactive.blockSignals(False)
        self._current_id = partner_id
        self._apply_filter()
        return any(r.id == partner_id for r in self._shown())

    def _shown(self) -> list[PartnerRow]:
        return [
            r for r in (self.model.record(i) for i in range(self.model.rowCount())) if r is not None
        ]

    def current(self) -> PartnerRow | None:
        if not self.table.selectionModel().hasSelection():
            return None
        return self.model.record(self.table.currentIndex().row())

    def _selection_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_partner(self.model.record(current.row()))

    def _update_buttons(self) -> None:
        chosen = self._current_id is not None
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(chosen)
        self.detail.setEnabled(chosen)

    def _show_partner(self, row: PartnerRow | None) -> None:
        self._current_id = row.id if row else None
        self._update_buttons()
        self.detail.show_partner(row)

    # -- partners ---------------------------------------------------------------------------

    def new_partner(self) -> None:
        from kempen_desktop.ui.partners.partner_dialog import PartnerDialog

        choices = self.workspace.partners.form_choices()
        dialog = PartnerDialog(
            self.workspace, choices.types, choices.municipalities, choices.postcodes, parent=self
        )
        if dialog.exec() and dialog.partner_id is not None:
            self._current_id = dialog.partner_id  # the list came back through on_changes
            self.select_partner(dialog.partner_id)

    def edit_partner(self) -> None:
        from kempen_desktop.ui.partners.partner_dialog import PartnerDialog

        if self._current_id is None:
            return
        keep = next((r.type_code for r in self._rows if r.id == self._current_id), "")
        choices = self.workspace.partners.form_choices(keep)
        try:
            dialog = PartnerDialog(
                self.workspace,
                choices.types,
                choices.municipalities,
                choices.postcodes,
                self._current_id,
                parent=self,
            )
        except PartnerNotFoundError as error:
            QMessageBox.warning(self, self.tr("Partners"), str(error))
            self.reload()
            return
        partner_id, area = self._current_id, self.workspace.partners
        before = area.get(partner_id)
        if dialog.exec():  # Bewerken → Ongedaan maken puts back the fields this edit changed
            record_edit(
                self.workspace,
                self.tr("Organisatie bewerken"),
                before,
                area.get(partner_id),
                lambda: area.get(partner_id),
                lambda value: area.update(partner_id, value, confirm_duplicates=True),
            )

    def delete_partner(self) -> None:
        row = self.current()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Organisatie verwijderen"),
            self.tr("‘%1’ met haar contactpersonen en engagementen verwijderen?").replace(
                "%1", row.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._current_id = None
        try:
            self.workspace.partners.delete(row.id)
        except (PartnerInUseError, PartnerNotFoundError) as error:
            self._current_id = row.id
            QMessageBox.warning(self, self.tr("Organisatie verwijderen"), str(error))

    def manage_types(self) -> None:
        from kempen_desktop.ui.partners.code_list_dialog import CodeListDialog

        CodeListDialog(
            self.workspace, "partner_types", self.tr("Soorten organisaties"), self
        ).exec()

    def show_indicator(self) -> None:
        from kempen_desktop.ui.partners.indicator_view import IndicatorDialog

        dialog = IndicatorDialog(self.workspace, self)
        dialog.view.partner_chosen.connect(lambda pid: self.select_partner(pid))
        self._indicator = dialog
        dialog.setModal(False)
        dialog.show()

    # -- lists ------------------------------------------------------------------------------

    def import_list(self) -> None:
        from kempen_desktop.services.partners.partner_lists import PartnerListError

        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Partnerlijst kiezen"),
            "",
            self.tr("Lijsten (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle bestanden (*)"),
        )
        if not chosen:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.workspace.partners.import_list(Path(chosen))
        except PartnerListError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Partnerlijst importeren"), str(error))
            return
        QGuiApplication.restoreOverrideCursor()
        lines = [
            self.tr("%1 rijen: %2 nieuw, %3 aangevuld, %4 ongewijzigd, %5 geweigerd.")
            .replace("%1", str(result.rows))
            .replace("%2", str(result.created))
            .replace("%3", str(result.updated))
            .replace("%4", str(result.unchanged))
            .replace("%5", str(len(result.rejected)))
        ]
        lines += [
            self.tr("Rij %1: %2").replace("%1", str(row)).replace("%2", reason)
            for row, reason in result.rejected[:15]
        ]
        if len(result.rejected) > 15:
            lines.append(self.tr("… en %1 andere.").replace("%1", str(len(result.rejected) - 15)))
        QMessageBox.information(self, self.tr("Partnerlijst importeren"), "\n".join(lines))

    def export_list(self) -> None:
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Partners exporteren"), "partners.xlsx", self.tr("Excel-werkmap (*.xlsx)")
        )
        if not target:
            return
        if not target.lower().endswith(".xlsx"):
            target += ".xlsx"
        ids = [r.id for r in self._shown()]  # what the user sees
        try:
            written = self.workspace.partners.export_list(Path(target), ids)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Partners exporteren"),
                self.tr("Kan het bestand niet schrijven: %1").replace("%1", str(error.strerror)),
            )
            return
        QMessageBox.information(
            self,
            self.tr("Partners exporteren"),
            self.tr("%1 partners geëxporteerd.").replace("%1", str(written)),
        )
