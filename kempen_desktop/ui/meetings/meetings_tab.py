"""Overlegmomenten tab: the list of meetings (upcoming first) with filters and a detail
view, the actions to plan, prepare, run, close, cancel and move a meeting and to send
its minutes, and an Actiepunten sub-tab."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
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
from kempen_desktop.services.common import lookups
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.common.disclosure import disclosure
from kempen_desktop.services.meetings.action_points import ActionFilter, ActionPointService
from kempen_desktop.services.meetings.meetings import (
    MeetingError,
    MeetingFilter,
    MeetingListRow,
    MeetingService,
    MeetingView,
    list_meetings,
    now_local,
)
from kempen_desktop.ui.common.lazy_tab import LazyTab
from kempen_desktop.ui.common.record_table_model import Column, RecordTableModel
from kempen_desktop.ui.common.tables import configure_table
from kempen_desktop.ui.common.widgets import NO_CHOICE, combo_value
from kempen_desktop.ui.meetings.action_points_view import ActionPointsView
from kempen_desktop.ui.meetings.meeting_dialog import MeetingDialog, MoveDialog, meeting_types

# Labels are marked for lupdate here and translated ("MeetingsTab" context) where shown.
STATUS_LABELS = {"gepland": QT_TRANSLATE_NOOP("MeetingsTab", "Gepland"),
                 "gehouden": QT_TRANSLATE_NOOP("MeetingsTab", "Gehouden"),
                 "geannuleerd": QT_TRANSLATE_NOOP("MeetingsTab", "Geannuleerd"),
                 "verplaatst": QT_TRANSLATE_NOOP("MeetingsTab", "Verplaatst")}
ATTENDANCE_LABELS = {"uitgenodigd": QT_TRANSLATE_NOOP("MeetingsTab", "uitgenodigd"),
                     "aanwezig": QT_TRANSLATE_NOOP("MeetingsTab", "aanwezig"),
                     "verontschuldigd": QT_TRANSLATE_NOOP("MeetingsTab", "verontschuldigd"),
                     "afwezig": QT_TRANSLATE_NOOP("MeetingsTab", "afwezig")}
ACTION_STATUS_LABELS = {"open": QT_TRANSLATE_NOOP("MeetingsTab", "open"),
                        "bezig": QT_TRANSLATE_NOOP("MeetingsTab", "bezig"),
                        "afgerond": QT_TRANSLATE_NOOP("MeetingsTab", "afgerond"),
                        "vervallen": QT_TRANSLATE_NOOP("MeetingsTab", "vervallen")}
PERIODS = (("", QT_TRANSLATE_NOOP("MeetingsTab", "Alle data")),
           ("upcoming", QT_TRANSLATE_NOOP("MeetingsTab", "Komend")),
           ("3m", QT_TRANSLATE_NOOP("MeetingsTab", "Afgelopen 3 maanden")),
           ("12m", QT_TRANSLATE_NOOP("MeetingsTab", "Afgelopen 12 maanden")),
           ("year", QT_TRANSLATE_NOOP("MeetingsTab", "Dit jaar")),
           ("last_year", QT_TRANSLATE_NOOP("MeetingsTab", "Vorig jaar")))


def _label(labels: dict[str, str], code: str) -> str:
    return QCoreApplication.translate("MeetingsTab", labels.get(code, code))


def _when(row: MeetingListRow) -> str:
    text = row.starts_at.strftime("%d-%m-%Y %H:%M")
    return text + (row.ends_at.strftime("–%H:%M") if row.ends_at else "")


def _agenda_order(row: MeetingListRow) -> tuple[int, float]:
    """Upcoming meetings first (soonest first), then the others (most recent first)."""
    if row.is_upcoming(now_local()):
        return 0, row.starts_at.timestamp()
    return 1, -row.starts_at.timestamp()


COLUMNS: list[Column[MeetingListRow]] = [
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Datum"), _when, _agenda_order),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Soort"), lambda m: m.type_label),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Titel"), lambda m: m.title),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Plaats"), lambda m: m.location),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Status"), lambda m: _label(STATUS_LABELS, m.status)),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Deelnemers"), lambda m: str(m.participants),
           lambda m: m.participants, True),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Dossiers"), lambda m: str(m.dossiers), lambda m: m.dossiers, True),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Open actiepunten"), lambda m: str(m.open_actions),
           lambda m: m.open_actions, True),
]


def period_range(code: str, today: date) -> tuple[date | None, date | None]:
    if code == "upcoming":
        return today, None
    if code == "3m":
        return today - timedelta(days=91), today
    if code == "12m":
        return today - timedelta(days=365), today
    if code == "year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if code == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None


class MeetingsTab(LazyTab):
    CONCERNS = ("meetings", "action_points", "partners", "dossiers", "reference_data")
    dossiers_changed = Signal()  # closing a meeting wrote to dossier timelines
    open_dossier = Signal(object)  # dossier id, from the action-point overview

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        database = workspace._database  # noqa: SLF001 - until this area talks to the façade only
        self._db = database
        self._service = MeetingService(database)
        self.meeting_mode: QWidget | None = None
        self._filling = False
        self.model: RecordTableModel[MeetingListRow] = RecordTableModel(COLUMNS, "MeetingsTab", self)
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
        for code, text in STATUS_LABELS.items():
            self.status_filter.addItem(QCoreApplication.translate("MeetingsTab", text), code)
        for code, text in PERIODS:
            self.period_filter.addItem(QCoreApplication.translate("MeetingsTab", text), code)
        for caption, widget in ((self.tr("&Soort"), self.type_filter), (self.tr("S&tatus"), self.status_filter),
                                (self.tr("Pe&riode"), self.period_filter), (self.tr("P&artner"), self.partner_filter)):
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
        self.series_button = self._button(plan_row, self.tr("&Reeks plannen…"), self.new_series)
        self.edit_button = self._button(plan_row, self.tr("&Bewerken…"), self.edit_meeting)
        self.cancel_button = self._button(plan_row, self.tr("Ann&uleren…"), self.cancel_meeting)
        self.move_button = self._button(plan_row, self.tr("&Verplaatsen…"), self.move_meeting)
        self.delete_button = self._button(plan_row, self.tr("Verwijderen"), self.delete_meeting)
        plan_row.addStretch(1)
        self.types_button = self._button(plan_row, self.tr("Soorten beheren…"), self.manage_types)
        self.agenda_button = self._button(run_row, self.tr("A&genda…"), self.edit_agenda)
        self.mode_button = self._button(run_row, self.tr("Vergader&modus"), self.start_meeting_mode)
        self.close_button = self._button(run_row, self.tr("A&fsluiten"), self.close_meeting)
        run_row.addSpacing(16)
        self.minutes_button = self._button(run_row, self.tr("Verslag (PDF)…"), self.export_minutes)
        self.actions_button = self._button(run_row, self.tr("Actielijst (.xlsx)…"), self.export_action_list)
        self.ics_button = self._button(run_row, self.tr("Agenda exporteren (.ics)…"), self.export_ics)
        run_row.addStretch(1)
        self.mode_button.setStyleSheet("font-weight: 600;")
        layout.addLayout(plan_row)
        layout.addLayout(run_row)
        self.summary = QLabel()
        layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = configure_table(QTableView(), self.model, (170, 130, 330, 170, 90, 85, 70))
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.table.doubleClicked.connect(lambda _index: self.edit_meeting())
        self.detail = QTextBrowser()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.inner_tabs.addTab(page, self.tr("Overlegmomenten"))

        self.actions_view = ActionPointsView(database)
        self.actions_view.open_dossier.connect(self.open_dossier)
        self.inner_tabs.addTab(self.actions_view, self.tr("Actiepunten"))
        self._update_buttons()

    @staticmethod
    def _button(row: QHBoxLayout, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- list ---------------------------------------------------------------------------------

    def reload(self) -> None:
        self._filling = True
        type_code, partner = combo_value(self.type_filter), combo_value(self.partner_filter)
        self.type_filter.clear()
        self.type_filter.addItem(self.tr("Alle soorten"), NO_CHOICE)
        for code, label in meeting_types(self._db):
            self.type_filter.addItem(label, code)
        with self._db.session() as session:
            partners = lookups.partners_with_contacts(session)
        self.partner_filter.clear()
        self.partner_filter.addItem(self.tr("Alle partners"), NO_CHOICE)
        for choice in partners:
            self.partner_filter.addItem(choice.name, str(choice.id))
        self.type_filter.setCurrentIndex(max(self.type_filter.findData(type_code), 0) if type_code else 0)
        self.partner_filter.setCurrentIndex(max(self.partner_filter.findData(partner), 0) if partner else 0)
        self._filling = False
        self.refresh()
        self.actions_view.invalidate()

    def current_filter(self) -> MeetingFilter:
        start, end = period_range(combo_value(self.period_filter) or "", date.today())
        partner = combo_value(self.partner_filter)
        return MeetingFilter(type_code=combo_value(self.type_filter), status=combo_value(self.status_filter),
                             date_from=start, date_to=end, partner_id=uuid.UUID(partner) if partner else None)

    def _filters_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def refresh(self, select_id: uuid.UUID | None = None) -> None:
        current = self.current_row()
        wanted = select_id or (current.id if current else None)
        with self._db.session() as session:
            rows = list_meetings(session, self.current_filter())
        self.model.set_records(rows)
        moment = now_local()
        upcoming = sum(1 for row in rows if row.is_upcoming(moment))
        self.summary.setText(
            self.tr("%1 overlegmomenten, waarvan %2 komend.").replace("%1", str(len(rows)))
            .replace("%2", str(upcoming))
            if rows else self.tr("Geen overlegmomenten voor deze filters.") if self.current_filter() != MeetingFilter()
            else self.tr("Nog geen overlegmomenten. Maak een demodatabase om te verkennen.")
        )
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
        planned = row is not None and row.status == "gepland"
        for button in (self.edit_button, self.agenda_button, self.minutes_button, self.actions_button,
                       self.ics_button):
            button.setEnabled(row is not None)
        for button in (self.cancel_button, self.move_button):
            button.setEnabled(planned)
        self.delete_button.setEnabled(row is not None and row.status != "gehouden")
        self.mode_button.setEnabled(row is not None and row.status in ("gepland", "gehouden"))
        self.close_button.setEnabled(row is not None and row.status in ("gepland", "gehouden")
                                     and row.starts_at.date() <= date.today())

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        row = self.model.record(current.row())
        if row is None:
            self.detail.clear()
            return
        try:
            view = self._service.get(row.id)
        except MeetingError:
            self.detail.clear()
            return
        self.detail.setHtml(self._detail_html(view))

    def _detail_html(self, view: MeetingView) -> str:
        actions = ActionPointService(self._db).list(ActionFilter(meeting_id=view.id, open_only=False))
        reason_label, participants_label = self.tr("Reden"), self.tr("Deelnemers")
        agenda_label, actions_label = self.tr("Agenda"), self.tr("Actiepunten")
        what_label, who_label = self.tr("Wat"), self.tr("Wie")
        deadline_label, status_label = self.tr("Deadline"), self.tr("Status")
        organiser_label, moved_label = self.tr("Organisator"), self.tr("Verplaatst van een eerder overleg.")
        when = f"{view.starts_at:%d-%m-%Y %H:%M}" + (f"–{view.ends_at:%H:%M}" if view.ends_at else "")
        parts = [f"<h3>{escape(view.title)}</h3><p>{escape(view.type_label)} · {when}"
                 + (f" · {escape(view.location)}" if view.location else "")
                 + f" · <b>{escape(_label(STATUS_LABELS, view.status))}</b></p>"]
        if view.organiser:
            parts.append(f"<p><b>{escape(organiser_label)}:</b> {escape(view.organiser)}</p>")
        if view.moved_from_id:
            parts.append(f"<p><i>{escape(moved_label)}</i></p>")
        if view.cancel_reason:
            parts.append(f"<p><b>{escape(reason_label)}:</b> {escape(view.cancel_reason)}</p>")
        if view.participants:
            people = ", ".join(
                f"{escape(p.label)} <span style='color:#555'>({escape(_label(ATTENDANCE_LABELS, p.attendance))})</span>"
                for p in view.participants)
            parts.append(f"<p><b>{escape(participants_label)}:</b> {people}</p>")
        if view.agenda:
            items = "".join(
                f"<li>{escape(item.label)}"
                + (f"<br><i>{escape(item.agreements)}</i>" if item.agreements else "") + "</li>"
                for item in view.agenda)
            parts.append(f"<p><b>{escape(agenda_label)}</b></p><ol>{items}</ol>")
        if actions:
            rows = "".join(
                f"<tr><td>{escape(a.description)}</td><td>{escape(a.owner)}</td>"
                f"<td>{a.deadline.strftime('%d-%m-%Y') if a.deadline else ''}</td>"
                f"<td>{escape(_label(ACTION_STATUS_LABELS, a.status))}</td></tr>" for a in actions)
            parts.append(
                f"<p><b>{escape(actions_label)}</b></p><table cellpadding='3'>"
                f"<tr><th align='left'>{escape(what_label)}</th><th align='left'>{escape(who_label)}</th>"
                f"<th align='left'>{escape(deadline_label)}</th><th align='left'>{escape(status_label)}</th></tr>"
                f"{rows}</table>")
        return "".join(parts)

    # -- planning -----------------------------------------------------------------------------

    def _planned(self, dialog: MeetingDialog) -> None:
        if dialog.exec() and dialog.created_ids:
            self.refresh(dialog.created_ids[0])

    def new_meeting(self) -> None:
        self._planned(MeetingDialog(self._db, parent=self))

    def new_series(self) -> None:
        self._planned(MeetingDialog(self._db, series=True, parent=self))

    def edit_meeting(self) -> None:
        row = self.current_row()
        if row is not None:
            self._planned(MeetingDialog(self._db, row.id, parent=self))

    def cancel_meeting(self) -> None:
        row = self.current_row()
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Overleg annuleren"),
                                          self.tr("Waarom wordt ‘%1’ geannuleerd?").replace("%1", row.title))
        if not ok:
            return
        self._run(lambda: self._service.cancel(row.id, reason), row.id)

    def move_meeting(self) -> None:
        row = self.current_row()
        if row is None:
            return
        dialog = MoveDialog(row.starts_at, row.ends_at, self)
        if not dialog.exec():
            return
        start, end, reason = dialog.values()
        try:
            new_id = self._service.move(row.id, start, end, reason)
        except MeetingError as error:
            QMessageBox.warning(self, self.tr("Overleg verplaatsen"), str(error))
            return
        self.refresh(new_id)

    def delete_meeting(self) -> None:
        row = self.current_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Overleg verwijderen"),
            self.tr("‘%1’ met agenda en actiepunten verwijderen? Dit kan niet ongedaan gemaakt worden.")
            .replace("%1", row.title))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self._service.delete(row.id), None)

    def manage_types(self) -> None:
        from kempen_desktop.db.models import MeetingType
        from kempen_desktop.ui.partners.code_list_dialog import CodeListDialog

        dialog = CodeListDialog(self._db, MeetingType, self.tr("Soorten overleg"), self)
        dialog.exec()
        self.reload()

    def _run(self, action: object, select_id: uuid.UUID | None) -> bool:
        try:
            action()  # type: ignore[operator]
        except MeetingError as error:
            QMessageBox.warning(self, self.tr("Overlegmomenten"), str(error))
            return False
        self.refresh(select_id)
        return True

    # -- running ------------------------------------------------------------------------------

    def edit_agenda(self) -> None:
        from kempen_desktop.ui.meetings.agenda_editor import AgendaEditor

        row = self.current_row()
        if row is None:
            return
        AgendaEditor(self._db, row.id, self).exec()
        self.refresh(row.id)

    def start_meeting_mode(self) -> QWidget | None:
        from kempen_desktop.ui.meetings.meeting_mode import MeetingModeWindow

        row = self.current_row()
        if row is None:
            return None
        window = MeetingModeWindow(self._db, row.id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.closed.connect(lambda: self.refresh(row.id))
        window.closed.connect(self.actions_view.invalidate)
        window.meeting_closed.connect(self._closed_in_meeting_mode)
        self.meeting_mode = window
        window.showMaximized()
        window.activateWindow()
        return window

    def _closed_in_meeting_mode(self, touched: int) -> None:
        self.summary.setText(self.tr("Overleg afgesloten; %n dossier(s) kregen de afspraken in hun tijdlijn.",
                                     "", touched))
        self.dossiers_changed.emit()

    def close_meeting(self) -> None:
        row = self.current_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Overleg afsluiten"),
            self.tr("‘%1’ afsluiten als gehouden? De besproken punten en afspraken komen in de tijdlijn "
                    "van elk besproken dossier.").replace("%1", row.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            touched = self._service.close(row.id)
        except MeetingError as error:
            QMessageBox.warning(self, self.tr("Overleg afsluiten"), str(error))
            return
        self.refresh(row.id)
        self.summary.setText(self.tr("Overleg afgesloten; %n dossier(s) kregen de afspraken in hun tijdlijn.",
                                     "", touched))
        self.actions_view.invalidate()
        self.dossiers_changed.emit()

    # -- exports ------------------------------------------------------------------------------

    def ask_save_path(self, caption: str, suggested: str, file_filter: str) -> Path | None:
        """Where to save; tests replace this to avoid the modal file dialog."""
        name, _selected = QFileDialog.getSaveFileName(self, caption, str(Path.home() / suggested), file_filter)
        return Path(name) if name else None

    def ask_partner(self, view: MeetingView) -> uuid.UUID | None | bool:
        """None for the full minutes, a partner id for a partner version, False when cancelled."""
        partners: dict[str, uuid.UUID] = {}
        for participant in view.participants:
            if participant.partner_id is not None:
                partners.setdefault(participant.partner_name, participant.partner_id)
        full = self.tr("Volledig verslag (alle dossiers)")
        names = [full] + [self.tr("Versie voor %1").replace("%1", name) for name in sorted(partners)]
        choice, ok = QInputDialog.getItem(self, self.tr("Verslag"), self.tr("Welke versie?"), names, 0, False)
        if not ok:
            return False
        if choice == full:
            return None
        return partners[sorted(partners)[names.index(choice) - 1]]

    @staticmethod
    def _file_stem(view: MeetingView) -> str:
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in view.title).strip()[:60]
        return f"{view.starts_at:%Y-%m-%d} {safe}"

    def export_minutes(self) -> None:
        from kempen_desktop.services.meetings.minutes import write_minutes_pdf

        row = self.current_row()
        if row is None:
            return
        view = self._service.get(row.id)
        partner_id = self.ask_partner(view)
        if partner_id is False:
            return
        path = self.ask_save_path(self.tr("Verslag bewaren"), f"Verslag {self._file_stem(view)}.pdf",
                                  self.tr("PDF (*.pdf)"))
        if path is None:
            return
        try:
            with disclosure(self._db) as session:  # audit committed before the file appears
                write_minutes_pdf(session, row.id, path, partner_id if isinstance(partner_id, uuid.UUID) else None)
        except (MeetingError, OSError) as error:
            QMessageBox.warning(self, self.tr("Verslag"), str(error))
            return
        self.summary.setText(self.tr("Verslag bewaard in %1.").replace("%1", str(path)))

    def export_action_list(self) -> None:
        from kempen_desktop.services.meetings.minutes import write_action_list_xlsx

        row = self.current_row()
        if row is None:
            return
        view = self._service.get(row.id)
        path = self.ask_save_path(self.tr("Actielijst bewaren"), f"Actiepunten {self._file_stem(view)}.xlsx",
                                  self.tr("Excel-werkmap (*.xlsx)"))
        if path is None:
            return
        try:
            with disclosure(self._db) as session:  # audit committed before the file appears
                write_action_list_xlsx(session, row.id, path)
        except (MeetingError, OSError) as error:
            QMessageBox.warning(self, self.tr("Actielijst"), str(error))
            return
        self.summary.setText(self.tr("Actielijst bewaard in %1.").replace("%1", str(path)))

    def export_ics(self) -> None:
        from kempen_desktop.services.common import audit
        from kempen_desktop.services.meetings.ics import export_ics, series_ids

        row = self.current_row()
        if row is None:
            return
        whole_series = False
        if row.series_id is not None:
            answer = QMessageBox.question(
                self, self.tr("Agenda exporteren"), self.tr("De hele reeks exporteren? (Nee: alleen dit overleg)"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            whole_series = answer == QMessageBox.StandardButton.Yes
        view = self._service.get(row.id)
        path = self.ask_save_path(self.tr("Agenda exporteren"), f"{self._file_stem(view)}.ics",
                                  self.tr("Agenda (*.ics)"))
        if path is None:
            return
        try:
            with self._db.transaction() as session:
                ids = series_ids(session, row.id) if whole_series else [row.id]
                count = export_ics(session, ids, path)
                audit.record(session, "export.ics", "meeting", row.id, f"{count} events")
        except (MeetingError, OSError) as error:
            QMessageBox.warning(self, self.tr("Agenda exporteren"), str(error))
            return
        self.summary.setText(self.tr("%n overlegmoment(en) bewaard in %1.", "", count).replace("%1", str(path)))
