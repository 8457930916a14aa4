"""Overlegmomenten tab: the list of meetings (upcoming first) with filters and a detail
view, the actions to plan, prepare, run, close, cancel and move a meeting, and an
Actiepunten sub-tab. Its columns and detail are in `meeting_detail`, what it sends out
(minutes, action list, .ics) in `meeting_exports`.

Every change goes through `workspace.meetings`; the list follows through `on_changes`
(after its own edits too), so an edit here never reloads the list a second time."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Changes, Workspace
from kempen_desktop.domain import meetings as rules
from kempen_desktop.services.common.lookups import PartnerChoice
from kempen_desktop.services.meetings.action_points import ActionFilter, ActionRow
from kempen_desktop.services.meetings.meeting_list import MeetingFilter, MeetingListRow
from kempen_desktop.services.meetings.meetings import MeetingError, MeetingView, now_local
from kempen_desktop.ui.common.empty_state import EmptyState
from kempen_desktop.ui.common.lazy_tab import LazyTab
from kempen_desktop.ui.common.operations import Operation
from kempen_desktop.ui.common.record_table_model import RecordTableModel
from kempen_desktop.ui.common.row_menu import buttons_filler, install_row_menu
from kempen_desktop.ui.common.tables import configure_table
from kempen_desktop.ui.common.widgets import NO_CHOICE, combo_value
from kempen_desktop.ui.meetings import labels
from kempen_desktop.ui.meetings.action_points_view import ActionPointsView
from kempen_desktop.ui.meetings.meeting_detail import COLUMNS, PERIODS, detail_html, period_range
from kempen_desktop.ui.meetings.meeting_dialog import MeetingDialog, MoveDialog
from kempen_desktop.ui.meetings.meeting_exports import MeetingExports

__all__ = ["MeetingsTab", "period_range"]

# From this many dossiers (the highest number) a reload reads off the GUI thread: the
# first Overlegmomenten tab froze the window 70-220 ms on its first reads at 100,000
# dossiers, 59-67 ms at 10,000 (benchmarks/bench_frames.py; the meetings, agendas and
# partners that are read do not grow with the dossiers); a small database is read at once.
READ_IN_BACKGROUND_FROM = 5_000
_ACTIONS_PAGE = 1  # the Actiepunten sub-tab's index


@dataclass(frozen=True)
class _ListRead:
    """What a reload reads, off the GUI thread for a large database; widgets are filled
    from it on the GUI thread."""

    types: list[tuple[str, str]]
    partners: list[PartnerChoice]
    filter: MeetingFilter  # the chosen filters, less a type or partner that is gone
    rows: list[MeetingListRow]
    # The row that will be selected, with its detail (None when there is no row).
    detail: tuple[uuid.UUID, MeetingView, list[ActionRow]] | None


class MeetingsTab(LazyTab, MeetingExports):
    CONCERNS = ("meetings", "action_points", "partners", "dossiers", "reference_data")
    open_dossier = Signal(object)  # dossier id, from the action-point overview

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.meeting_mode: QWidget | None = None
        self._filling = False
        self._operation: Operation | None = None  # the latest background reload
        self._reads = 0  # bumped by every reload: an older background read is dropped
        self._prefetched: tuple[uuid.UUID, MeetingView, list[ActionRow]] | None = None
        self.model: RecordTableModel[MeetingListRow] = RecordTableModel(
            COLUMNS, "MeetingsTab", self
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.inner_tabs = QTabWidget()
        outer.addWidget(self.inner_tabs)

        page = QWidget()
        layout = QVBoxLayout(page)
        filters = QHBoxLayout()
        self.type_filter = QComboBox()
        self.status_filter = QComboBox()
        self.period_filter = QComboBox()
        self.partner_filter = QComboBox()
        self.status_filter.addItem(self.tr("Alle statussen"), NO_CHOICE)
        for code, text in labels.MEETING_STATUS.items():
            self.status_filter.addItem(_translated(text), code)
        for code, text in PERIODS:
            self.period_filter.addItem(_translated(text), code)
        for caption, widget in (
            (self.tr("&Soort"), self.type_filter),
            (self.tr("S&tatus"), self.status_filter),
            (self.tr("Per&iode"), self.period_filter),
            (self.tr("P&artner"), self.partner_filter),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            widget.setMinimumContentsLength(14)
            widget.currentIndexChanged.connect(self._filters_changed)
        filters.addStretch(1)
        layout.addLayout(filters)

        plan_row = QHBoxLayout()
        run_row = QHBoxLayout()
        self.new_button = self._button(plan_row, self.tr("&Nieuw overleg…"), self.new_meeting)
        self.series_button = self._button(plan_row, self.tr("Ree&ks plannen…"), self.new_series)
        self.edit_button = self._button(plan_row, self.tr("Bewerk&en…"), self.edit_meeting)
        self.cancel_button = self._button(plan_row, self.tr("Ann&uleren…"), self.cancel_meeting)
        self.move_button = self._button(plan_row, self.tr("&Verplaatsen…"), self.move_meeting)
        self.delete_button = self._button(plan_row, self.tr("Verwijderen"), self.delete_meeting)
        plan_row.addStretch(1)
        self.types_button = self._button(plan_row, self.tr("Soorten beheren…"), self.manage_types)
        self.agenda_button = self._button(run_row, self.tr("A&genda…"), self.edit_agenda)
        self.mode_button = self._button(run_row, self.tr("Vergader&modus"), self.start_meeting_mode)
        self.close_button = self._button(run_row, self.tr("A&fsluiten"), self.close_meeting)
        # Documents on a row of their own: with the run buttons they made the tab wider
        # than a 1024-pixel screen.
        docs_row = QHBoxLayout()
        self.minutes_button = self._button(docs_row, self.tr("Verslag (PDF)…"), self.export_minutes)
        self.actions_button = self._button(
            docs_row, self.tr("Actielijst (.xlsx)…"), self.export_action_list
        )
        self.ics_button = self._button(
            docs_row, self.tr("Agenda exporteren (.ics)…"), self.export_ics
        )
        self.mail_button = self._button(docs_row, self.tr("Verslag versturen…"), self.send_minutes)
        self.fiches_button = self._button(
            docs_row, self.tr("Dossierfiches agenda…"), self.export_agenda_fiches
        )
        run_row.addStretch(1)
        docs_row.addStretch(1)
        self.mode_button.setStyleSheet("font-weight: 600;")
        layout.addLayout(plan_row)
        layout.addLayout(run_row)
        layout.addLayout(docs_row)
        self.summary = QLabel()
        layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = configure_table(
            QTableView(), self.model, (170, 130, 330, 170, 90, 85, 70), columns_key="meetings"
        )
        # Right-click: the row's actions, enabled like the buttons (issue 14).
        install_row_menu(
            self.table,
            buttons_filler(
                [
                    self.edit_button,
                    self.agenda_button,
                    self.mode_button,
                    self.close_button,
                    None,
                    self.move_button,
                    self.cancel_button,
                    None,
                    self.minutes_button,
                    self.mail_button,
                    self.fiches_button,
                    None,
                    self.delete_button,
                ]
            ),
        )
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.table.doubleClicked.connect(lambda _index: self.edit_meeting())
        self.detail = QTextBrowser()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.empty = EmptyState(
            self.tr("Nog geen overlegmomenten"),
            self.tr(
                "Plan een overleg met uw partners, of een reeks (bijvoorbeeld elk kwartaal met "
                "dezelfde deelnemers). De agenda stelt u daarna samen uit de dossiers."
            ),
            "calendar",
        )
        self.empty.add_button(
            self.tr("Nieuw overleg…"), lambda: self.new_meeting(), icon_name="new", primary=True
        )
        self.empty.add_button(
            self.tr("Reeks plannen…"), lambda: self.new_series(), icon_name="calendar"
        )
        self.empty.mount(splitter)
        self.inner_tabs.addTab(page, self.tr("Overlegmomenten"))

        # The Actiepunten sub-tab is built when first shown (or asked for): building it with
        # the tab took ~20-60 ms of the first Overlegmomenten tab's frozen frame (issue 17).
        self._actions_view: ActionPointsView | None = None
        self.inner_tabs.addTab(QWidget(), self.tr("Actiepunten"))
        self.inner_tabs.currentChanged.connect(self._inner_tab_chosen)
        self._update_buttons()

    @property
    def actions_view(self) -> ActionPointsView:
        return self._built_actions_view()

    def _built_actions_view(self) -> ActionPointsView:
        """The Actiepunten sub-tab, built now if it was not yet (in its placeholder's place)."""
        if self._actions_view is None:
            view = ActionPointsView(self.workspace)
            view.open_dossier.connect(self.open_dossier)
            self._actions_view = view
            placeholder = self.inner_tabs.widget(_ACTIONS_PAGE)
            label = self.inner_tabs.tabText(_ACTIONS_PAGE)
            current = self.inner_tabs.currentIndex()
            self.inner_tabs.blockSignals(True)  # the swap is no change of sub-tab
            try:
                self.inner_tabs.removeTab(_ACTIONS_PAGE)
                self.inner_tabs.insertTab(_ACTIONS_PAGE, view, label)
                self.inner_tabs.setCurrentIndex(current)
            finally:
                self.inner_tabs.blockSignals(False)
            placeholder.deleteLater()
        return self._actions_view

    def _inner_tab_chosen(self, index: int) -> None:
        if index == _ACTIONS_PAGE:
            self._built_actions_view()

    @staticmethod
    def _button(row: QHBoxLayout, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- list ---------------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        super().on_changes(changes)
        if self._actions_view is not None:  # else it reads everything when first shown
            self._actions_view.on_changes(changes)

    def reload(self) -> None:
        self._reads += 1
        reads, chosen = self._reads, self.current_filter()
        current = self.current_row()
        wanted = current.id if current else None
        if self.workspace.dossiers.largest_num() < READ_IN_BACKGROUND_FROM:
            self._fill(self._read(chosen, wanted), wanted)
            return

        def shown(read: _ListRead) -> None:
            if reads == self._reads:  # else a newer reload is under way
                self._fill(read, wanted)

        def failed(_error: Exception) -> None:
            if reads == self._reads:  # read again here: an error shows as it always did
                self._fill(self._read(chosen, wanted), wanted)

        self._operation = (
            Operation(self, self.tr("Overlegmomenten"), lambda _task: self._read(chosen, wanted))
            .success(shown)
            .failure(failed)
            .run()
        )

    def wait(self) -> None:
        """Tests and benchmarks: block until a background reload is read and shown."""
        if self._operation is not None:
            self._operation.wait()
            QCoreApplication.processEvents()  # deliver the queued result

    def _read(self, chosen: MeetingFilter, wanted: uuid.UUID | None) -> _ListRead:
        """Everything a reload shows; plain data, safe off the GUI thread."""
        meetings = self.workspace.meetings
        types, partners = meetings.types(), meetings.partners_with_contacts()
        flt = replace(
            chosen,
            type_code=chosen.type_code if chosen.type_code in {c for c, _ in types} else None,
            partner_id=chosen.partner_id
            if chosen.partner_id in {choice.id for choice in partners}
            else None,
        )
        rows = meetings.rows(flt)
        target = next((row for row in rows if row.id == wanted), rows[0] if rows else None)
        return _ListRead(types, partners, flt, rows, self._read_detail(target))

    def _read_detail(
        self, row: MeetingListRow | None
    ) -> tuple[uuid.UUID, MeetingView, list[ActionRow]] | None:
        if row is None:
            return None
        try:
            view = self.workspace.meetings.get(row.id)
        except MeetingError:
            return None
        actions = self.workspace.action_points.rows(
            ActionFilter(meeting_id=view.id, open_only=False)
        )
        return row.id, view, actions

    def _fill(self, read: _ListRead, wanted: uuid.UUID | None) -> None:
        self._filling = True
        type_code, partner = read.filter.type_code, read.filter.partner_id
        self.type_filter.clear()
        self.type_filter.addItem(self.tr("Alle soorten"), NO_CHOICE)
        for code, label in read.types:
            self.type_filter.addItem(label, code)
        self.partner_filter.clear()
        self.partner_filter.addItem(self.tr("Alle partners"), NO_CHOICE)
        for choice in read.partners:
            self.partner_filter.addItem(choice.name, str(choice.id))
        self.type_filter.setCurrentIndex(
            max(self.type_filter.findData(type_code), 0) if type_code else 0
        )
        self.partner_filter.setCurrentIndex(
            max(self.partner_filter.findData(str(partner)), 0) if partner else 0
        )
        self._filling = False
        if self.current_filter() != read.filter:  # a filter changed while reading
            self.refresh(wanted)
            return
        self._prefetched = read.detail
        try:
            self._show_rows(read.rows, wanted)
        finally:
            self._prefetched = None

    def current_filter(self) -> MeetingFilter:
        start, end = period_range(combo_value(self.period_filter) or "", date.today())
        partner = combo_value(self.partner_filter)
        return MeetingFilter(
            type_code=combo_value(self.type_filter),
            status=combo_value(self.status_filter),
            date_from=start,
            date_to=end,
            partner_id=uuid.UUID(partner) if partner else None,
        )

    def _filters_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def refresh(self, select_id: uuid.UUID | None = None) -> None:
        current = self.current_row()
        wanted = select_id or (current.id if current else None)
        self._show_rows(self.workspace.meetings.rows(self.current_filter()), wanted)

    def _show_rows(self, rows: list[MeetingListRow], wanted: uuid.UUID | None) -> None:
        self.model.set_records(rows)
        moment = now_local()
        upcoming = sum(1 for row in rows if row.is_upcoming(moment))
        if rows:
            summary = (
                self.tr("%1 overlegmomenten, waarvan %2 komend.")
                .replace("%1", str(len(rows)))
                .replace("%2", str(upcoming))
            )
        elif self.current_filter() != MeetingFilter():
            summary = self.tr("Geen overlegmomenten voor deze filters.")
        else:
            summary = self.tr("Nog geen overlegmomenten. Maak een demodatabase om te verkennen.")
        self.summary.setText(summary)
        self.empty.set_shown(not rows and self.current_filter() == MeetingFilter())
        target = 0
        for index, row in enumerate(rows):
            if row.id == wanted:
                target = index
                break
        if rows:
            self.table.selectRow(target)
        else:
            self.detail.clear()
        self._update_buttons()

    def current_row(self) -> MeetingListRow | None:
        return self.model.record(self.table.currentIndex().row())

    def select_meeting(self, meeting_id: uuid.UUID) -> None:
        for index in range(self.model.rowCount()):
            if self.model.record(index).id == meeting_id:  # type: ignore[union-attr]
                self.table.selectRow(index)
                return

    def _update_buttons(self) -> None:
        row = self.current_row()
        status = row.status if row is not None else None
        for button in (
            self.edit_button,
            self.agenda_button,
            self.minutes_button,
            self.mail_button,
            self.fiches_button,
            self.actions_button,
            self.ics_button,
        ):
            button.setEnabled(row is not None)
        self.cancel_button.setEnabled(status in rules.CAN_CANCEL)
        self.move_button.setEnabled(status in rules.CAN_MOVE)
        self.delete_button.setEnabled(status in rules.CAN_DELETE)
        self.mode_button.setEnabled(status in rules.CAN_RUN)
        self.close_button.setEnabled(
            row is not None
            and row.status in rules.CAN_CLOSE
            and row.starts_at.date() <= date.today()
        )

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        row = self.model.record(current.row())
        if row is None:
            self.detail.clear()
            return
        prefetched = self._prefetched
        self._prefetched = None
        read = prefetched if prefetched and prefetched[0] == row.id else self._read_detail(row)
        if read is None:
            self.detail.clear()
            return
        _id, view, actions = read
        self.detail.setHtml(detail_html(view, actions))

    # -- planning -----------------------------------------------------------------------------

    def _planned(self, dialog: MeetingDialog) -> None:
        if dialog.exec() and dialog.created_ids:
            self.select_meeting(dialog.created_ids[0])  # the list followed the change already

    def new_meeting(self) -> None:
        self._planned(MeetingDialog(self.workspace, parent=self))

    def new_series(self) -> None:
        self._planned(MeetingDialog(self.workspace, series=True, parent=self))

    def edit_meeting(self) -> None:
        row = self.current_row()
        if row is not None:
            self._planned(MeetingDialog(self.workspace, row.id, parent=self))

    def cancel_meeting(self) -> None:
        row = self.current_row()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Overleg annuleren"),
            self.tr("Waarom wordt ‘%1’ geannuleerd?").replace("%1", row.title),
        )
        if ok:
            self._run(lambda: self.workspace.meetings.cancel(row.id, reason))

    def move_meeting(self) -> None:
        row = self.current_row()
        if row is None:
            return
        dialog = MoveDialog(row.starts_at, row.ends_at, self)
        if not dialog.exec():
            return
        start, end, reason = dialog.values()
        try:
            new_id = self.workspace.meetings.move(row.id, start, end, reason)
        except MeetingError as error:
            QMessageBox.warning(self, self.tr("Overleg verplaatsen"), str(error))
            return
        self.select_meeting(new_id)

    def delete_meeting(self) -> None:
        row = self.current_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Overleg verwijderen"),
            self.tr(
                "‘%1’ met agenda en actiepunten verwijderen? Dit kan niet ongedaan gemaakt worden."
            ).replace("%1", row.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self.workspace.meetings.delete(row.id))

    def manage_types(self) -> None:
        from kempen_desktop.ui.partners.code_list_dialog import CodeListDialog

        # Its changes are announced as reference data: the type filter follows in on_changes.
        CodeListDialog(self.workspace, "meeting_types", self.tr("Soorten overleg"), self).exec()

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except MeetingError as error:
            QMessageBox.warning(self, self.tr("Overlegmomenten"), str(error))
            return False
        return True

    # -- running ------------------------------------------------------------------------------

    def edit_agenda(self) -> None:
        from kempen_desktop.ui.meetings.agenda_editor import AgendaEditor

        row = self.current_row()
        if row is not None:
            AgendaEditor(self.workspace, row.id, self).exec()

    def start_meeting_mode(self) -> QWidget | None:
        from kempen_desktop.ui.meetings.meeting_mode import MeetingModeWindow
        from kempen_desktop.ui.meetings.meeting_mode_parts import show_full_screen

        row = self.current_row()
        if row is None:
            return None
        window = MeetingModeWindow(self.workspace, row.id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.meeting_closed.connect(self._show_closed)
        self.meeting_mode = window
        show_full_screen(window, self.window())
        window.activateWindow()
        return window

    def _show_closed(self, touched: int) -> None:
        self.summary.setText(
            self.tr(
                "Overleg afgesloten; %n dossier(s) kregen de afspraken in hun tijdlijn.",
                "",
                touched,
            )
        )

    def close_meeting(self) -> None:
        row = self.current_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Overleg afsluiten"),
            self.tr(
                "‘%1’ afsluiten als gehouden? De besproken punten en afspraken komen in de "
                "tijdlijn "
                "van elk besproken dossier."
            ).replace("%1", row.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        carry = self.ask_carry_over(row.id)
        if carry is None:
            return
        try:
            if carry:
                touched, carried = self.workspace.meetings.close_and_carry_over(row.id)
            else:
                touched = self.workspace.meetings.close(row.id)
        except MeetingError as error:
            QMessageBox.warning(self, self.tr("Overleg afsluiten"), str(error))
            return
        self._show_closed(touched)
        if carry:
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr(
                    "%n punt(en) staan op de agenda van het volgende overleg.", "", carried.added
                )
            )

    def ask_carry_over(self, meeting_id: uuid.UUID) -> bool | None:
        """Closing a meeting of a series: put what is left on the next one? True/False, or
        None when the user cancels closing."""
        plan = self.workspace.meetings.carry_over_plan(meeting_id)
        if not plan.anything or plan.next_starts_at is None:
            return False
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Overdragen naar het volgende overleg"),
            self.tr(
                "%1 niet besproken dossier(s) en %2 open actiepunt(en) op de agenda zetten van het "
                "volgende overleg van de reeks (%3)?"
            )
            .replace("%1", str(plan.undiscussed))
            .replace("%2", str(plan.open_actions))
            .replace("%3", f"{plan.next_starts_at:%d-%m-%Y}"),
            buttons.Yes | buttons.No | buttons.Cancel,
        )
        if answer == buttons.Cancel:
            return None
        return answer == buttons.Yes


def _translated(text: str) -> str:
    return QCoreApplication.translate("MeetingsTab", text)
