"""Dossiers tab: search as you type, quick filters, a sortable list and the detail pane."""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Changes, Workspace
from kempen_desktop.services.common.lookups import DossierFormChoices, label_map
from kempen_desktop.services.dossiers.dossier_list import DossierFilter
from kempen_desktop.services.dossiers.dossiers import DossierInput, DossierNotFoundError
from kempen_desktop.services.dossiers.search import fts_query
from kempen_desktop.ui.common import colours, settings
from kempen_desktop.ui.common.column_chooser import ColumnChooser
from kempen_desktop.ui.common.empty_state import EmptyState
from kempen_desktop.ui.common.operations import Operation
from kempen_desktop.ui.common.row_menu import install_row_menu
from kempen_desktop.ui.common.tables import configure_table
from kempen_desktop.ui.dossiers import undoable
from kempen_desktop.ui.dossiers.dossier_detail import DossierDetailPane
from kempen_desktop.ui.dossiers.dossier_dialog import DossierDialog
from kempen_desktop.ui.dossiers.dossier_filters import DossierFilterBar
from kempen_desktop.ui.dossiers.dossier_pinning import PinnedDossier, fill_row_menu
from kempen_desktop.ui.dossiers.dossier_table_model import (
    BACKGROUND_FROM,
    ID_ROLE,
    DossierTableModel,
)
from kempen_desktop.ui.dossiers.note_dialog import NoteDialog
from kempen_desktop.ui.dossiers.status_dialog import StatusDialog

log = logging.getLogger(__name__)

# From this many dossiers (the highest number) the form's pickers are read again off the GUI
# thread after a change, as the list is: at 100,000 dossiers reading them (address book,
# partners with their contacts) was nearly all of F5's time on the GUI thread.
CHOICES_IN_BACKGROUND_FROM = BACKGROUND_FROM


class DossiersTab(QWidget):
    import_requested = Signal()  # the empty tab's Lijst importeren (the window's import)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._dossiers = workspace.dossiers
        # A click-through from the Rapporten tab: only these dossiers (numbers), and why.
        self._nums_filter: tuple[frozenset[int], str] | None = None
        self.choices: DossierFormChoices = self._dossiers.form_choices()
        self.current_dialog: QWidget | None = None
        self._selected: uuid.UUID | None = None
        self._choices_read: Operation | None = None  # the latest background read of them
        self._choices_reads = 0  # bumped by every read: an older one is dropped
        self._choices_stale = False  # to be read again once the list is read

        self.model = DossierTableModel(
            self._dossiers,
            label_map(self.choices.statuses),
            label_map(self.choices.target_groups),
            self,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_nums_banner())
        self.pinned = PinnedDossier(self)
        layout.addWidget(self.pinned.banner)
        self.model.set_filter(self.current_filter(), reload=False)  # Open dossiers
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = self._build_table()
        self.detail = DossierDetailPane()
        self.detail.set_choices(self.choices)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 460])
        layout.addWidget(self.splitter)
        self.empty = EmptyState(
            self.tr("Nog geen dossiers"),
            self.tr(
                "Importeer de lijst die u van VDAB of het OCMW kreeg (Excel of CSV), of maak "
                "een dossier aan voor wie u zelf aanmeldt."
            ),
            "dossiers",
        )
        self.empty_import = self.empty.add_button(
            self.tr("Lijst importeren…"),
            self.import_requested.emit,
            icon_name="import",
            primary=True,
        )
        self.empty_new = self.empty.add_button(
            self.tr("Nieuw dossier…"), lambda: self.new_dossier(), icon_name="new"
        )
        self.empty.mount(self.splitter)
        self._offer_only_what_is_allowed()
        self._connect_detail()
        self._after_reload()  # enabling sorting on the table has loaded the list once
        self.model.reloaded.connect(self._after_reload)

    def _offer_only_what_is_allowed(self) -> None:
        """Team mode: no button for what the server refuses this user (a begeleider creates,
        deletes and imports no dossiers; app/capabilities.py)."""
        allowed = self.workspace.capabilities
        for widget, shown in (
            (self.new_button, allowed.create_dossiers),
            (self.empty_new, allowed.create_dossiers),
            (self.empty_import, allowed.import_lists),
        ):
            widget.setVisible(shown)
        self.detail.set_allowed(allowed.edit_dossiers, allowed.delete_dossiers)
        if not allowed.create_dossiers and not allowed.import_lists:
            self.empty.set_texts(
                self.tr("Geen dossiers voor u"),
                self.tr(
                    "U ziet hier de dossiers die uw organisatie volgt met een geldige "
                    "toestemming. Nieuwe dossiers maakt de regisseur aan."
                ),
            )

    # --- building ----------------------------------------------------------------------
    def _build_filters(self) -> QVBoxLayout:
        self.filters = DossierFilterBar(self.choices)
        self.filters.changed.connect(self.apply_filter)
        bar = self.filters
        self.search, self.status_filter = bar.search, bar.status_filter
        self.group_filter, self.place_filter = bar.group_filter, bar.place_filter
        self.overdue_filter = bar.overdue_filter
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("Nieuw dossier"))
        self.new_button.clicked.connect(self.new_dossier)
        self.export_button = QPushButton(self.tr("Exporteren…"))
        self.export_button.setToolTip(
            self.tr("De lijst zoals getoond, voor een partner of statistisch naar Excel")
        )
        self.export_button.clicked.connect(self.export_list)
        self.summary_button = QPushButton(self.tr("Dossierfiche…"))
        self.summary_button.setToolTip(
            self.tr("PDF van de geselecteerde dossier(s): voorbeeld en afdrukken")
        )
        self.summary_button.clicked.connect(self.print_summary)
        bar.first_row.addWidget(self.count_label)  # the first row's search field gives way
        # A search that finds nothing offers the names spelt alike ("Jansens": Janssens).
        self.similar_button = QPushButton()
        self.similar_button.setToolTip(
            self.tr(
                "Dossiers met een naam die lijkt op wat u zocht (een tikfout, een andere spelling)"
            )
        )
        self.similar_button.clicked.connect(self.show_similar)
        self.similar_button.hide()
        bar.first_row.addWidget(self.similar_button)
        for widget in (self.new_button, self.export_button, self.summary_button):
            bar.second_row.addWidget(widget)
        column = QVBoxLayout()
        column.addWidget(bar)
        return column

    def _build_table(self) -> QTableView:
        table = QTableView()
        configure_table(table, self.model, (150, 120, 120, 120, 200, 150, 120))
        # Right-click a header: show, hide (drag: order) columns, remembered (issue 14).
        self.columns = ColumnChooser(table, settings.DOSSIER_HEADER)
        self.row_menu = install_row_menu(table, lambda menu: fill_row_menu(self, menu))
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.doubleClicked.connect(lambda _index: self.edit_dossier())
        # Several dossiers can be selected for one Dossierfiche PDF.
        table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        return table

    def _connect_detail(self) -> None:
        self.detail.edit_requested.connect(self.edit_dossier)
        self.detail.status_requested.connect(lambda: self.change_status(closing=False))
        self.detail.close_requested.connect(lambda: self.change_status(closing=True))
        self.detail.note_requested.connect(self.add_note)
        self.detail.delete_requested.connect(self.delete_dossier)
        self.detail.discuss_toggled.connect(self.set_discuss)

    # --- layout persistence ------------------------------------------------------------
    def restore_layout(self) -> None:
        store = settings.open_settings()
        splitter = settings.DOSSIER_SPLITTER.get(store)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.columns.restore()

    def save_layout(self) -> None:
        store = settings.open_settings()
        settings.DOSSIER_SPLITTER.set(store, self.splitter.saveState())
        settings.DOSSIER_HEADER.set(store, self.table.horizontalHeader().saveState())

    # --- list ----------------------------------------------------------------------------
    def current_filter(self) -> DossierFilter:
        flt = self.filters.current_filter(self._nums_filter[0] if self._nums_filter else None)
        return replace(flt, pinned=self.pinned.nums)

    def apply_filter(self) -> None:
        self.pinned.drop()  # a new filter: the kept dossier follows the filters again
        new = self.current_filter()
        old = self.model.current_filter
        if replace(new, text="") == replace(old, text="") and fts_query(new.text) == fts_query(
            old.text
        ):
            return  # e.g. a first letter or a trailing space: the result cannot change
        self.model.set_filter(new)
        self._after_reload()

    def reload(self) -> None:
        # The model's `reloaded` re-selects and counts: at once, or when a long list has
        # been read in the background (issue 17: no frozen frame after an import).
        self.model.reload()

    def _after_reload(self) -> None:
        count = self.model.rowCount()
        # An empty database (not a filter that finds nothing) says how to start.
        self.empty.set_shown(
            not count and not self._dossiers.first(DossierFilter(), "naam", False, 1)
        )
        if self.model.length_known:
            self.count_label.setText(self.tr("%n dossier(s)", "", count))
        else:  # a search finding a large share of a long list: its first page (the model)
            self.count_label.setText(
                self.tr("%n of meer dossiers; typ verder om te verfijnen", "", count)
            )
        if self._selected is not None:
            num = self._dossiers.num_for(self._selected)
            row = self.model.row_of_num(num) if num is not None else None
            if row is not None:
                self.select_row(row)
                return
        self._selected = None
        self.detail.show_empty(None if count else self.tr("Geen dossiers gevonden."))
        self._offer_similar(count)

    def _offer_similar(self, count: int) -> None:
        # Looked up on a click, not per keystroke: on SQLite it reads every name (~0.1 s
        # at 100,000 dossiers).
        shown = not count and fts_query(self.search.text()) is not None
        self.similar_button.setText(self.tr("Gelijkaardige namen zoeken"))
        self.similar_button.setEnabled(True)
        self.similar_button.setVisible(shown)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_dossier(self, dossier_id: uuid.UUID) -> None:
        num = self._dossiers.num_for(dossier_id)
        row = self.model.row_of_num(num) if num is not None else None
        if row is not None:
            self.select_row(row)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        dossier_id = self.model.data(current, ID_ROLE) if current.isValid() else None
        self._selected = dossier_id
        self.show_detail()

    def show_detail(self) -> None:
        if self._selected is None:
            self.detail.show_empty()
            return
        try:
            self.detail.show_dossier(self._dossiers.get(self._selected))
        except DossierNotFoundError:
            self._selected = None
            self.detail.show_empty()

    def on_changes(self, changes: Changes) -> None:
        """Every change in the workspace arrives here (from the main window), this tab's own
        edits included: an edit here does not reload the list itself."""
        if changes.touches("partners", "reference_data"):  # the form's pickers follow
            self._choices_stale = True
        if changes.touches("dossiers", "imports", "reference_data", "partners"):
            self.reload()  # re-selects the selected dossier while it is still listed
            self.show_detail()
        elif changes.touches("meetings", "action_points"):
            self.show_detail()  # closing a meeting writes into dossier timelines
        self._read_choices_after_list()

    def _read_choices_after_list(self) -> None:
        """The form's pickers, read once the list is: two reads in the background at once
        left the window between them fewer turns of the GIL (F5 froze it 60-70 ms at
        100,000 dossiers, issue 17)."""
        if not self._choices_stale:
            return
        if self.model.reloading:  # whatever becomes of that read: look again soon
            QTimer.singleShot(30, self, self._read_choices_after_list)
            return
        self._read_choices()

    def _read_choices(self) -> None:
        self._choices_stale = False
        self._choices_reads += 1
        if self._dossiers.largest_num() < CHOICES_IN_BACKGROUND_FROM:
            self._set_choices(self._dossiers.form_choices())
            return
        reads = self._choices_reads

        def read(choices: DossierFormChoices) -> None:
            if reads == self._choices_reads:  # else a newer read is under way
                self._set_choices(choices)
                self.show_detail()  # its labels (partners, places) follow

        def failed(_error: Exception) -> None:
            if reads == self._choices_reads:  # read again here: an error shows as usual
                read(self._dossiers.form_choices())

        # The dialog (only if reading takes over 0.3 s) is titled as the export's list.
        title = QCoreApplication.translate("DossierExportDialog", "Dossiers")
        self._choices_read = (
            Operation(self, title, lambda _task: self._dossiers.form_choices())
            .success(read)
            .failure(failed)
            .run()
        )

    @property
    def reading_choices(self) -> bool:
        """The form's pickers are being read in the background, or will be once the list is
        (benchmarks wait for it)."""
        return self._choices_stale or (
            self._choices_read is not None and self._choices_read.is_running()
        )

    def _set_choices(self, choices: DossierFormChoices) -> None:
        self.choices = choices
        self.detail.set_choices(choices)

    def wait(self) -> None:
        """Tests and benchmarks: block until a background read of the pickers is shown."""
        if self._choices_read is not None:
            self._choices_read.wait()
            QCoreApplication.processEvents()  # deliver the queued result

    # --- actions -----------------------------------------------------------------------------
    # --- reports: click-through, export, dossierfiche --------------------------------------
    def _build_nums_banner(self) -> QWidget:
        self.nums_banner = QWidget()
        row = QHBoxLayout(self.nums_banner)
        row.setContentsMargins(6, 2, 6, 2)
        self.nums_label = QLabel()
        self.nums_label.setStyleSheet(
            f"color: {colours.css(colours.INFO_TEXT)}; font-weight: bold;"
        )
        clear = QPushButton(self.tr("Filter wissen"))
        clear.clicked.connect(self.clear_nums_filter)
        row.addWidget(self.nums_label, 1)
        row.addWidget(clear)
        self.nums_banner.setStyleSheet(f"background: {colours.css(colours.INFO_BACKGROUND)};")
        self.nums_banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.nums_banner.hide()
        return self.nums_banner

    def show_nums(self, nums: frozenset[int], label: str) -> None:
        """Show exactly these dossiers (from a report tile): the other filters are cleared
        first, the Open dossiers default included (a tile counts closed dossiers too)."""
        self._show_only(nums, label, self.tr("Uit de rapporten: %1").replace("%1", label))

    def show_similar(self) -> None:
        """The dossiers whose name is like the search that found nothing ("Jansens":
        Janssens), closed ones too."""
        typed = self.search.text().strip()
        nums = self._dossiers.similar(typed)
        if not nums:
            self.similar_button.setText(self.tr("Geen gelijkaardige namen"))
            self.similar_button.setEnabled(False)
            return
        banner = self.tr("Namen die lijken op “%1”").replace("%1", typed)
        self._show_only(frozenset(nums), typed, banner)

    def _show_only(self, nums: frozenset[int], label: str, banner: str) -> None:
        self.filters.clear()
        self._nums_filter = (frozenset(nums), label)
        self.nums_label.setText(banner)
        self.nums_banner.show()
        self.model.set_filter(self.current_filter())
        self._after_reload()

    def clear_nums_filter(self) -> None:
        self._nums_filter = None
        self.nums_banner.hide()
        self.model.set_filter(self.current_filter())
        self._after_reload()

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.dossier_id(row) for row in rows]
        found = [i for i in ids if i is not None]
        return found or ([self._selected] if self._selected is not None else [])

    def export_list(self) -> QWidget:
        from kempen_desktop.ui.dossiers.dossier_exports import DossierExportDialog

        dialog = DossierExportDialog(
            self.workspace, self.table, self.current_filter(), self.model.rowCount(), self
        )
        self._open(dialog)
        return dialog

    def print_summary(self) -> QWidget | None:
        from kempen_desktop.ui.dossiers.dossier_exports import DossierSummaryDialog

        ids = self.selected_ids()
        if not ids:
            return None
        dialog = DossierSummaryDialog(self.workspace, ids, self)
        self._open(dialog)
        return dialog

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_dossier(self) -> None:
        if not self.workspace.capabilities.create_dossiers:
            return  # Ctrl+N, the menu: not offered to this user
        dialog = DossierDialog(self.choices, self._dossiers.create, parent=self)
        dialog.accepted.connect(lambda: self._created(dialog))
        self._open(dialog)

    def _created(self, dialog: DossierDialog) -> None:
        new_id = dialog.saved_result
        log.info("dossier created")
        # The announcement has reloaded the list (on_changes); select the new dossier, kept
        # in view even when the filters would hide it.
        if isinstance(new_id, uuid.UUID):
            self._selected = new_id
            self.pinned.keep(new_id)

    def edit_dossier(self) -> None:
        dossier_id = self._selected
        if dossier_id is None or not self.workspace.capabilities.edit_dossiers:
            return
        detail = self._dossiers.get(dossier_id)

        def save(data: DossierInput) -> None:
            # Bewerken → Ongedaan maken; merged with what others saved since the dialog
            # opened the dossier (issue 19)
            undoable.update(self.workspace, dossier_id, data, base=dialog.base)

        dialog = DossierDialog(
            self.choices, save, detail.data, title_suffix=f" — {detail.num}", parent=self
        )
        dialog.accepted.connect(lambda: self.pinned.keep(dossier_id))
        self._open(dialog)

    def change_status(self, closing: bool) -> None:
        dossier_id = self._selected
        if dossier_id is None:
            return
        detail = self._dossiers.get(dossier_id)

        def apply(new_status: str, day: date, reason: str | None, note: str) -> None:
            undoable.change_status(self.workspace, dossier_id, new_status, day, reason, note)

        dialog = StatusDialog(
            detail.status_code,
            self.choices.statuses,
            self.choices.closing_reasons,
            apply,
            closing=closing,
            parent=self,
        )
        dialog.accepted.connect(lambda: self.pinned.keep(dossier_id))  # e.g. just closed
        self._open(dialog)

    def set_discuss(self, discuss: bool) -> None:
        """The "bespreken" flag: the agenda editor suggests flagged dossiers."""
        if self._selected is not None:
            self._dossiers.set_discuss(self._selected, discuss)

    def add_note(self) -> None:
        dossier_id = self._selected
        if dossier_id is None:
            return

        def add(kind: str, title: str, body: str) -> None:
            undoable.add_note(self.workspace, dossier_id, kind, title, body)

        dialog = NoteDialog(add, parent=self)
        self._open(dialog)

    def delete_dossier(self) -> None:
        dossier_id = self._selected
        if dossier_id is None or not self.workspace.capabilities.delete_dossiers:
            return  # the Delete key too
        detail = self._dossiers.get(dossier_id)
        answer = QMessageBox.question(
            self,
            self.tr("Dossier verwijderen"),
            self.tr(
                "Dossier %1 van %2 %3 definitief verwijderen, met de tijdlijn, de "
                "toestemmingen en de bespreking in overlegmomenten? Dit kan niet ongedaan "
                "gemaakt worden. Sluit het dossier liever af als de begeleiding stopt."
            )
            .replace("%1", str(detail.num))
            .replace("%2", detail.data.first_name)
            .replace("%3", detail.data.last_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._selected = None
        self._dossiers.delete(dossier_id)  # the announcement reloads the list
        log.info("dossier deleted")

    def _open(self, dialog: QWidget) -> None:
        """Window-modal, non-blocking: keeps tests and the event loop simple."""
        self.current_dialog = dialog
        dialog.open()  # type: ignore[attr-defined]
