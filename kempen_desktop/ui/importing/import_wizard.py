"""Bestand → Lijst importeren: choose file and profile, check the mapping, preview, apply.

Nothing is written before the user presses Importeren on the preview. Reading, planning
and applying run as cancellable operations, so the window stays responsive. Applying goes
through `workspace.importing.apply`, which announces the change: every tab follows.

Longer than ~400 lines on purpose: the four pages (source, mapping, preview, done) share
one state (the sheet read, the layout, the plan) and one button row; split apart, each
page would need that state handed back and forth.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.services import importing
from kempen_desktop.services.importing import (
    FIELD_KEYS,
    FIELD_LABELS,
    ImportPlan,
    Layout,
    Profile,
    SheetData,
)
from kempen_desktop.services.importing.status_values import (
    NOT_TAKEN,
    StatusValue,
    column_values,
    merge_status_map,
)
from kempen_desktop.ui.common import settings
from kempen_desktop.ui.common.operations import Operation, Task
from kempen_desktop.ui.common.widgets import NO_CHOICE, ErrorLabel, RememberingDialog, combo_value
from kempen_desktop.ui.importing.import_preview import PreviewPage

log = logging.getLogger(__name__)

FILE_FILTER = "Lijsten (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt);;Alle bestanden (*)"
PAGE_SOURCE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_DONE = range(4)
PAGE_PAUSE_MS = 30  # between the dialog's first paint and each later page built


class ImportWizard(RememberingDialog):
    imported = Signal(object)  # batch id

    def __init__(
        self, workspace: Workspace, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._importing = workspace.importing
        self._sheet_data: SheetData | None = None
        self._layout: Layout | None = None
        self.plan: ImportPlan | None = None
        self.batch_id: object = None
        self._operation: Operation | None = None
        self._filling_mapping = False
        self.setWindowTitle(self.tr("Lijst importeren"))
        self.resize(980, 640)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_source_page())
        # The later pages are built after the dialog's first paint, one every PAGE_PAUSE_MS:
        # built with the dialog they froze the window 70-160 ms when it opened (issue 17),
        # and the first of them built in the turn of that paint made a frame of 40-60 ms. Their
        # placeholders are never shown: a page is shown, or its widgets used, only after
        # `_build_later_pages` (or `__getattr__`, for a widget asked for at once).
        self._later_pages = [
            (PAGE_MAPPING, self._build_mapping_page),
            (PAGE_PREVIEW, self._build_preview_page),
            (PAGE_DONE, self._build_done_page),
        ]
        for _page, _build in self._later_pages:
            self.pages.addWidget(QWidget())
        QTimer.singleShot(PAGE_PAUSE_MS, self, self._build_next_page)
        self.error = ErrorLabel()
        # V&orige: Alt+V is Volgende, on the same steps.
        self.back_button = QPushButton(self.tr("< V&orige"))
        self.next_button = QPushButton(self.tr("&Volgende >"))
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        if path is not None:
            self.set_path(path)
        self._update_buttons()

    def _build_next_page(self) -> None:
        if self._later_pages:
            self._build_page(*self._later_pages.pop(0))
        if self._later_pages:
            QTimer.singleShot(PAGE_PAUSE_MS, self, self._build_next_page)

    def _build_later_pages(self) -> None:
        while self._later_pages:
            self._build_page(*self._later_pages.pop(0))

    def _build_page(self, index: int, build: Callable[[], QWidget]) -> None:
        placeholder = self.pages.widget(index)
        self.pages.insertWidget(index, build())
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()

    def __getattr__(self, name: str) -> object:
        """A widget of a page not built yet: all of them are built now."""
        if self.__dict__.get("_later_pages"):
            self._build_later_pages()
            return object.__getattribute__(self, name)
        raise AttributeError(name)

    # --- page 1: file, profile, sheet, mode -------------------------------------------------
    def _build_source_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Kies een .xlsx-, .xls-, .ods- of .csv-bestand"))
        self.path_edit.editingFinished.connect(lambda: self.set_path(Path(self.path_edit.text())))
        browse = QPushButton(self.tr("Bla&deren…"))  # Alt+B is Bestand
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("&Bestand"), row)
        self._buddy(form, row, self.path_edit)  # a row of widgets: the label needs its field
        self.profile_combo = QComboBox()
        self._fill_profiles()
        load = QPushButton(self.tr("Profiel &laden…"))
        load.clicked.connect(self.load_profile)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_combo, 1)
        profile_row.addWidget(load)
        form.addRow(self.tr("&Profiel"), profile_row)
        self._buddy(form, profile_row, self.profile_combo)
        self.sheet_combo = QComboBox()
        form.addRow(self.tr("&Werkblad"), self.sheet_combo)
        self.mode_fill = QRadioButton(self.tr("Alleen lege velden aanvullen (aanbevolen)"))
        self.mode_overwrite = QRadioButton(
            self.tr("Bewaarde gegevens overschrijven met de waarden uit het bestand")
        )
        # The default of Instellingen → Standaardwaarden; fill unless overwrite was chosen.
        overwrite = settings.IMPORT_DEFAULT_MODE.get(settings.open_settings()) == "overwrite"
        (self.mode_overwrite if overwrite else self.mode_fill).setChecked(True)
        group = QButtonGroup(page)
        group.addButton(self.mode_fill)
        group.addButton(self.mode_overwrite)
        mode_box = QVBoxLayout()
        mode_box.addWidget(self.mode_fill)
        mode_box.addWidget(self.mode_overwrite)
        form.addRow(self.tr("Bestaande dossiers"), mode_box)
        note = QLabel(
            self.tr(
                "Er wordt niets bewaard voor u het voorbeeld gezien hebt. "
                "Een lege cel wist nooit gegevens."
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)
        return page

    @staticmethod
    def _buddy(form: QFormLayout, row: QHBoxLayout, field: QWidget) -> None:
        """Without a buddy the row's label showed its '&' and its Alt-letter did nothing."""
        label = form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(field)

    def _fill_profiles(self) -> None:
        self.profile_combo.clear()
        for profile in self._importing.profiles():
            self.profile_combo.addItem(profile.name, profile.name)

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Lijst kiezen"), "", FILE_FILTER
        )
        if chosen:
            self.set_path(Path(chosen))

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.sheet_combo.clear()
        self.error.show_message(None)
        if not str(path).strip():
            return
        try:
            sheets = importing.list_sheets(path)
        except importing.SpreadsheetError as error:
            self.error.show_message(str(error))
            return
        for sheet in sheets:
            label = (
                sheet.name if sheet.visible else self.tr("%1 (verborgen)").replace("%1", sheet.name)
            )
            self.sheet_combo.addItem(label, sheet.name)
        first_visible = next((i for i, s in enumerate(sheets) if s.visible), 0)
        self.sheet_combo.setCurrentIndex(first_visible)
        self._update_buttons()

    def profile(self) -> Profile:
        return self._importing.profile(combo_value(self.profile_combo))

    def mode(self) -> str:
        return "overwrite" if self.mode_overwrite.isChecked() else "fill"

    # --- page 2: mapping --------------------------------------------------------------------------
    def _build_mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Kopregel staat op rij")))
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1000)
        self.header_row.valueChanged.connect(self._header_row_changed)
        top.itemAt(0).widget().setBuddy(self.header_row)  # type: ignore[union-attr]
        top.addWidget(self.header_row)
        top.addStretch()
        self.save_profile_button = QPushButton(self.tr("Bewaren als &profiel…"))
        self.save_profile_button.clicked.connect(self.save_profile)
        top.addWidget(self.save_profile_button)
        self.export_profile_button = QPushButton(self.tr("&Exporteren als TOML…"))
        self.export_profile_button.clicked.connect(self.export_profile)
        top.addWidget(self.export_profile_button)
        layout.addLayout(top)
        self.mapping_table = QTableWidget(len(FIELD_KEYS), 2)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Gegeven"), self.tr("Kolom in het bestand")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.mapping_table.setColumnWidth(0, 220)
        self.mapping_combos: dict[str, QComboBox] = {}
        for position, key in enumerate(FIELD_KEYS):
            item = QTableWidgetItem(FIELD_LABELS.get(key, key))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping_table.setItem(position, 0, item)
            combo = QComboBox()
            self.mapping_combos[key] = combo
            self.mapping_table.setCellWidget(position, 1, combo)
        layout.addWidget(self.mapping_table, 3)
        hint = QLabel(
            self.tr(
                "Herkende kolommen zijn al gekozen. Pas aan waar nodig; "
                "velden zonder kolom worden niet ingelezen."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self._build_status_box(), 2)
        self.mapping_combos["status"].currentIndexChanged.connect(self._show_status_values)
        return page

    def _build_status_box(self) -> QWidget:
        """The value-mapping step of the status column: each value of the list → our status."""
        self.status_box = QWidget()
        box = QVBoxLayout(self.status_box)
        box.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(
            self.tr("&Statuswaarden in het bestand: welke status betekent elke waarde?")
        )
        self.status_table = QTableWidget(0, 3)
        self.status_table.setHorizontalHeaderLabels(
            [self.tr("Waarde in het bestand"), self.tr("Rijen"), self.tr("Onze status")]
        )
        self.status_table.verticalHeader().hide()
        self.status_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.status_table.setColumnWidth(0, 220)
        caption.setBuddy(self.status_table)
        note = QLabel(
            self.tr(
                "Nieuwe dossiers starten in de gekoppelde status (Afgesloten: als Aangemeld, want "
                "afsluiten vraagt een reden). Een waarde die niet overgenomen wordt, verandert "
                "niets: de tekst komt in de tijdlijn. Bestaande dossiers houden hun status. "
                "Bewaar het profiel om deze koppeling te onthouden."
            )
        )
        note.setWordWrap(True)
        box.addWidget(caption)
        box.addWidget(self.status_table, 1)
        box.addWidget(note)
        self.status_combos: dict[str, QComboBox] = {}
        self.status_box.setVisible(False)
        return self.status_box

    def _show_status_values(self) -> None:
        """Fill the value-mapping table from the chosen status column (choices kept)."""
        if self._filling_mapping:
            return
        kept = self.chosen_status_map()
        column = combo_value(self.mapping_combos["status"])
        data = self._sheet_data
        values = (
            column_values(data, self.header_row.value(), column)
            if data is not None and column is not None
            else []
        )
        self.status_combos.clear()
        self.status_table.setRowCount(len(values))
        self.status_box.setVisible(bool(values))
        if not values:
            return
        base = {**self.profile().status_map, **kept}
        resolved = self._importing.status_values(values, base)
        choices = self._importing.status_choices()
        for position, value in enumerate(resolved):
            for column_index, text in enumerate((value.text, str(value.rows))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.status_table.setItem(position, column_index, item)
            combo = QComboBox()
            combo.addItem(self.tr("— niet overnemen —"), NOT_TAKEN)
            for choice in choices:
                combo.addItem(choice.label, choice.value)
            combo.setCurrentIndex(max(combo.findData(value.code), 0) if value.code else 0)
            self.status_combos[value.text] = combo
            self.status_table.setCellWidget(position, 2, combo)

    def chosen_status_map(self) -> dict[str, str]:
        """The list's status values -> our status code (or NOT_TAKEN) as the table shows them."""
        return {text: combo_value(combo) or NOT_TAKEN for text, combo in self.status_combos.items()}

    def status_map(self) -> dict[str, str]:
        """The profile's status map with the choices of the value-mapping step on top."""
        return merge_status_map(self.profile().status_map, self.chosen_status_map())

    def _show_layout(self, layout: Layout) -> None:
        self._layout = layout
        self._filling_mapping = True  # the status values are shown once, at the end
        self.header_row.blockSignals(True)
        self.header_row.setValue(layout.header_row)
        self.header_row.blockSignals(False)
        for key, combo in self.mapping_combos.items():
            combo.clear()
            combo.addItem(self.tr("— niet inlezen —"), NO_CHOICE)
            for index, header in enumerate(layout.headers):
                combo.addItem(
                    f"{_column_letter(index)}: {header}" if header else _column_letter(index), index
                )
            chosen = layout.columns.get(key)
            combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else 0)
        self._filling_mapping = False
        self._show_status_values()

    def _header_row_changed(self, value: int) -> None:
        if self._sheet_data is None:
            return
        profile = self.profile()
        profile.header_row = value
        try:
            self._show_layout(importing.detect_layout(self._sheet_data, profile))
        except importing.ImportFailed as error:
            self.error.show_message(str(error))

    def chosen_columns(self) -> dict[str, int]:
        chosen = {key: combo_value(combo) for key, combo in self.mapping_combos.items()}
        return {key: column for key, column in chosen.items() if column is not None}

    def current_mapping_profile(self, name: str) -> Profile | None:
        """The profile as the mapping page shows it now (chosen headers, sheet, header row)."""
        if self._layout is None:
            return None
        base = self.profile()
        columns = {key: self._layout.headers[index] for key, index in self.chosen_columns().items()}
        return Profile(
            name=name,
            source=base.source,
            columns=columns,
            sheet=combo_value(self.sheet_combo),
            header_row=self.header_row.value(),
            target_groups=list(base.target_groups),
            vdab_number_width=base.vdab_number_width,
            status_map=self.status_map(),
        )

    def save_profile(self) -> None:
        if self._layout is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Profiel bewaren"),
            self.tr("Naam van het profiel:"),
            text=self.profile().name if not self.profile().builtin else "",
        )
        if not ok or not name.strip():
            return
        profile = self.current_mapping_profile(name.strip())
        assert profile is not None
        self._importing.save_profile(profile)
        self._fill_profiles()
        self.profile_combo.setCurrentIndex(self.profile_combo.findData(profile.name))
        self.error.show_message(None)

    def export_profile(self) -> None:
        """Write the current mapping as a TOML profile, to share with a colleague."""
        profile = self.current_mapping_profile(self.profile().name)
        if profile is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Profiel exporteren"), f"{profile.name}.toml", "TOML (*.toml)"
        )
        if not target:
            return
        try:
            Path(target).write_text(importing.profile_to_toml(profile), encoding="utf-8")
        except OSError as error:
            self.error.show_message(
                self.tr("Kan het profiel niet bewaren: %1").replace("%1", error.strerror or "")
            )

    def load_profile(self) -> None:
        """Add a profile from a TOML file (e.g. exported on another laptop)."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Profiel laden"), "", "TOML (*.toml)"
        )
        if not chosen:
            return
        try:
            profile = importing.load_profile_toml(Path(chosen))
            self._importing.save_profile(profile)
        except (OSError, importing.ImportFailed) as error:
            self.error.show_message(str(error))
            return
        self._fill_profiles()
        self.profile_combo.setCurrentIndex(self.profile_combo.findData(profile.name))
        self.error.show_message(None)

    # --- page 3: preview ------------------------------------------------------------------------
    def _build_preview_page(self) -> QWidget:
        self.preview = PreviewPage()
        self.summary = self.preview.summary
        self.preview_tabs = self.preview.tabs
        self.new_model = self.preview.models["new"]
        self.changed_model = self.preview.models["update"]
        self.differs_model = self.preview.models["differs"]
        self.unchanged_model = self.preview.models["unchanged"]
        self.rejected_model = self.preview.models["rejected"]
        self.review_table = self.preview.review_table
        self.save_rejects_button = self.preview.save_rejects_button
        self.save_rejects_button.clicked.connect(self.save_rejects)
        return self.preview

    def show_plan(self, plan: ImportPlan, values: list[StatusValue] | None = None) -> None:
        """`values`: the plan's status values when read with the plan, off the GUI thread."""
        self.plan = plan
        self.preview.show_plan(plan)
        labels = {choice.value: choice.label for choice in self._importing.status_choices()}
        if values is None:
            values = self._importing.plan_status_values(plan)
        self.preview.show_status_values(values, labels)

    def decisions(self) -> dict[int, str]:
        return self.preview.decisions()

    def save_rejects(self) -> None:
        if self.plan is None:
            return
        suggested = str(self.plan.path.with_name(f"{self.plan.path.stem}-geweigerd.xlsx"))
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Geweigerde rijen bewaren"), suggested, "Excel (*.xlsx)"
        )
        if not target:
            return
        try:
            count = importing.write_rejects(self.plan, Path(target))
        except (OSError, importing.ImportFailed) as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.error.show_message(None)
        self.summary.setText(
            self.summary.text()
            + " "
            + self.tr("%1 geweigerde rijen bewaard in %2.")
            .replace("%1", str(count))
            .replace("%2", Path(target).name)
        )

    # --- page 4: done ---------------------------------------------------------------------------
    def _build_done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        layout.addWidget(self.done_label)
        layout.addStretch()
        return page

    # --- navigation -------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        self.back_button.setVisible(page in (PAGE_MAPPING, PAGE_PREVIEW))
        self.next_button.setVisible(page != PAGE_DONE)
        self.next_button.setText(
            self.tr("&Importeren") if page == PAGE_PREVIEW else self.tr("&Volgende >")
        )
        self.next_button.setEnabled(page != PAGE_SOURCE or self.sheet_combo.count() > 0)
        self.cancel_button.setText(
            self.tr("Sluiten") if page == PAGE_DONE else self.tr("Annuleren")
        )

    def _show_page(self, page: int) -> None:
        self._build_later_pages()
        self.pages.setCurrentIndex(page)
        self.error.show_message(None)
        self._update_buttons()

    def go_back(self) -> None:
        self._show_page(max(PAGE_SOURCE, self.pages.currentIndex() - 1))

    def go_next(self) -> None:
        page = self.pages.currentIndex()
        if page == PAGE_SOURCE:
            self.read_file()
        elif page == PAGE_MAPPING:
            self.make_plan()
        elif page == PAGE_PREVIEW:
            self.apply()

    def _run(self, title: str, work: object, on_success: object) -> None:
        def failed(error: Exception) -> None:
            if isinstance(error, importing.ImportCancelled):
                self.error.show_message(self.tr("Geannuleerd: er is niets bewaard."))
            elif isinstance(error, (importing.SpreadsheetError, importing.ImportFailed, OSError)):
                self.error.show_message(str(error))
            else:
                raise error

        self._operation = Operation(self, title, work, cancellable=True)  # type: ignore[arg-type]
        self._operation.success(on_success).failure(failed).run()  # type: ignore[arg-type]

    def read_file(self) -> None:
        path = Path(self.path_edit.text())
        sheet = combo_value(self.sheet_combo)
        profile = self.profile()
        reading = self.tr("Bestand lezen…")

        def work(task: Task) -> tuple[SheetData, Layout]:
            task.progress(reading, 10)
            # In a child process when large: parsing holds the GIL and would freeze the window.
            data = importing.read_sheet(path, sheet, should_cancel=task.cancelled, isolated=True)
            return data, importing.detect_layout(data, profile)

        def done(result: tuple[SheetData, Layout]) -> None:
            self._sheet_data, layout = result
            self._show_layout(layout)
            self._show_page(PAGE_MAPPING)

        self._run(self.tr("Bestand lezen"), work, done)

    def make_plan(self) -> None:
        path = Path(self.path_edit.text())
        profile = self.profile()
        profile.status_map = self.status_map()  # the value-mapping step's choices
        mode = self.mode()
        sheet = combo_value(self.sheet_combo)
        header_row = self.header_row.value()
        columns = self.chosen_columns()

        already_read = self._sheet_data  # the mapping page read it: no second read

        def work(task: Task) -> tuple[ImportPlan, list[StatusValue]]:
            plan = self._importing.plan(
                path,
                profile,
                mode=mode,
                sheet=sheet,
                header_row=header_row,
                columns=columns,
                progress=task.progress,
                should_cancel=task.cancelled,
                isolated=True,
                data=already_read,
            )
            # Read here too: on the GUI thread the statuses of 10,000 matched dossiers froze
            # the window ~190 ms as the preview appeared (issue 17, bench_frames.py).
            return plan, self._importing.plan_status_values(plan)

        def done(result: tuple[ImportPlan, list[StatusValue]]) -> None:
            self.show_plan(*result)
            self._show_page(PAGE_PREVIEW)

        self._run(self.tr("Voorbeeld maken"), work, done)

    def apply(self) -> None:
        plan = self.plan
        if plan is None:
            return
        decisions = self.decisions()

        def work(task: Task) -> object:
            # Announces Changes(dossiers, imports): every tab follows through on_changes.
            return self._importing.apply(
                plan, decisions, progress=task.progress, should_cancel=task.cancelled
            )

        def done(batch_id: object) -> None:
            self.batch_id = batch_id
            # What was written, as the batch records it: the same numbers as the history.
            assert isinstance(batch_id, uuid.UUID)
            counts = self._importing.batch(batch_id).counts()
            self.done_label.setText(
                self.tr(
                    "Import klaar: %1 nieuwe dossiers, %2 gewijzigde dossiers, %3 ongewijzigd, "
                    "%4 verschilt (niet overgenomen), %5 niet beslist of overgeslagen, "
                    "%6 geweigerd. U kunt deze import ongedaan maken via "
                    "Bestand → Importgeschiedenis."
                )
                .replace("%1", str(counts["created"]))
                .replace("%2", str(counts["updated"]))
                .replace("%3", str(counts["unchanged"]))
                .replace("%4", str(counts["differs"]))
                .replace("%5", str(counts["review"]))
                .replace("%6", str(counts["rejected"]))
            )
            log.info("import applied")
            self._show_page(PAGE_DONE)
            self.imported.emit(batch_id)

        self._run(self.tr("Importeren"), work, done)


def _column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters
