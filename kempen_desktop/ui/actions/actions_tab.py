"""The Acties tab: the BBC action tree with its indicators and inhoudelijke rapportering, and
the events (jobevents, jobdates, ...) with their participants and hires."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.domain.actions import format_value, level_label
from kempen_desktop.ui.actions.dialogs import (
    ActionDialog,
    EventDialog,
    HireDialog,
    IndicatorDialog,
    MeasurementDialog,
    MeetingLinkDialog,
    date_edit,
    date_of,
    follow_reference,
)
from kempen_desktop.ui.common.empty_state import EmptyState
from kempen_desktop.ui.common.lazy_tab import LazyTab
from kempen_desktop.ui.partners.code_list_dialog import CodeListDialog

ID = Qt.ItemDataRole.UserRole


def _half_year(today: date) -> tuple[date, date]:
    if today.month <= 6:
        return date(today.year, 1, 1), date(today.year, 6, 30)
    return date(today.year, 7, 1), date(today.year, 12, 31)


def _button(text: str, slot: object, layout: QHBoxLayout) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    layout.addWidget(button)
    return button


class ActionsTab(LazyTab):
    CONCERNS = ("actions", "partners", "dossiers", "meetings", "reference_data")

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.pages = QTabWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.pages.addTab(self._actions_page(), self.tr("Beleidsacties"))
        self.pages.addTab(self._events_page(), self.tr("Activiteiten"))

    # --- actions ------------------------------------------------------------------------------
    def _actions_page(self) -> QWidget:
        page = QWidget()
        buttons = QHBoxLayout()
        _button(self.tr("&Nieuwe actie"), self.new_action, buttons)
        self.edit_button = _button(self.tr("&Actie bewerken"), self.edit_action, buttons)
        _button(self.tr("&Indicator toevoegen"), self.add_indicator, buttons)
        _button(self.tr("&Meting toevoegen"), self.add_measurement, buttons)
        self.link_button = _button(
            self.tr("Overlegmomenten &koppelen…"), self.link_meetings, buttons
        )
        self.delete_action_button = _button(
            self.tr("Actie verwijder&en"), self.delete_action, buttons
        )
        buttons.addStretch()
        self.statuses_button = _button(self.tr("S&tatussen…"), self.edit_statuses, buttons)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Code"), self.tr("Omschrijving"), self.tr("WSE"), self.tr("Status")]
        )
        for column, width in enumerate((130, 330, 80)):
            self.tree.setColumnWidth(column, width)
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(lambda *_: self._show_action())
        self.tree.itemActivated.connect(lambda *_: self.edit_action())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.indicators = QTreeWidget()
        self.indicators.setHeaderLabels(
            [self.tr("Indicator"), self.tr("Laatste waarde"), self.tr("Op"), self.tr("Doel")]
        )
        self.indicators.setColumnWidth(0, 300)
        report = QGroupBox(self.tr("Inhoudelijke rapportering"))
        start, end = _half_year(date.today())
        self.period_start, self.period_end = date_edit(start, False), date_edit(end, False)
        follow_reference(self.period_start, self.period_end)
        self.period_start.dateChanged.connect(lambda *_: self._show_report())
        self.period_end.dateChanged.connect(lambda *_: self._show_report())
        self.report_state = QLabel()
        self.report = QPlainTextEdit()
        self.report.setAccessibleName(self.tr("Rapporteringstekst"))
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Periode van")))
        period.addWidget(self.period_start)
        period.addWidget(QLabel(self.tr("tot")))
        period.addWidget(self.period_end)
        period.addStretch(1)
        self.draft_button = _button(self.tr("Concept opnie&uw"), self.redraft, period)
        self.save_report_button = _button(self.tr("Tek&st bewaren"), self.save_report, period)
        report_layout = QVBoxLayout(report)
        report_layout.addLayout(period)
        report_layout.addWidget(self.report_state)  # own line: the date fields show weekdays
        report_layout.addWidget(self.report)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.detail)
        right_layout.addWidget(self.indicators, 1)
        right_layout.addWidget(report, 2)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setSizes([620, 660])
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(split)
        self.empty = EmptyState(
            self.tr("Nog geen beleidsacties"),
            self.tr(
                "Neem de acties van uw meerjarenplan (BBC) over: een doelstelling, de acties "
                "eronder, hun indicatoren. De beleidsrapportage vraagt per actie een tekst."
            ),
            "actions",
        )
        self.empty.add_button(
            self.tr("Nieuwe actie…"), lambda: self.new_action(), icon_name="new", primary=True
        )
        self.empty.mount(split)
        return page

    def current_action(self) -> uuid.UUID | None:
        item = self.tree.currentItem()
        return item.data(0, ID) if item is not None else None

    def reload(self) -> None:
        chosen = self.current_action()
        self.rows = {r.id: r for r in self.workspace.actions.rows()}
        self.tree.clear()
        items: dict[uuid.UUID, QTreeWidgetItem] = {}
        for row in self.rows.values():
            item = QTreeWidgetItem(
                [row.code, row.short_description, row.wse_code or "", row.status_label]
            )
            item.setData(0, ID, row.id)
            item.setToolTip(1, level_label(row.level))
            if row.level != "actie":
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                item.setFont(1, font)
            items[row.id] = item
        for row in self.rows.values():
            parent = items.get(row.parent_id) if row.parent_id else None
            (parent.addChild if parent else self.tree.addTopLevelItem)(items[row.id])
        self.tree.expandAll()
        self.empty.set_shown(not items)
        if chosen in items:
            self.tree.setCurrentItem(items[chosen])
        elif self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._show_action()
        self._load_events()

    def _show_action(self) -> None:
        action_id = self.current_action()
        row = self.rows.get(action_id) if action_id else None
        self.indicators.clear()
        self.report.setEnabled(row is not None)
        if row is None:
            self.detail.setText(self.tr("Kies een actie links, of maak een nieuwe."))
            self.report.clear()
            return
        when = " – ".join(f"{d:%d-%m-%Y}" if d else "…" for d in (row.starts_on, row.ends_on))
        prio = self.tr(" · prioritair") if row.priority else ""
        self.detail.setText(
            f"<h3>{row.code} {row.short_description}</h3>"
            f"<p>{level_label(row.level)} · {row.status_label} · {row.wse_code or '—'}{prio}"
            f"<br>{when}{' · ' + row.responsible if row.responsible else ''}</p>"
        )
        for line in row.indicators:
            item = QTreeWidgetItem(
                [
                    line.name + (self.tr(" (berekend)") if line.computed else ""),
                    format_value(line.latest, line.unit),
                    f"{line.latest_on:%d-%m-%Y}" if line.latest_on else "",
                    format_value(line.target, line.unit) if line.target is not None else "",
                ]
            )
            item.setData(0, ID, line.id)
            item.setData(1, ID, bool(line.computed))
            for mid, on, value, note in reversed(line.measurements):
                child = QTreeWidgetItem(
                    ["", format_value(value, line.unit), f"{on:%d-%m-%Y}", note]
                )
                child.setData(0, ID, mid)
                item.addChild(child)
            self.indicators.addTopLevelItem(item)
        self._show_report()

    def _period(self) -> tuple[date, date]:
        return date_of(self.period_start) or date.today(), date_of(self.period_end) or date.today()

    def _show_report(self) -> None:
        action_id = self.current_action()
        if action_id is None:
            return
        start, end = self._period()
        text, saved = self.workspace.actions.report_text(action_id, start, end)
        self.report.setPlainText(text)
        self.report_state.setText(
            self.tr("bewaarde tekst") if saved else self.tr("concept, nog niet bewaard")
        )

    def redraft(self) -> None:
        action_id = self.current_action()
        if action_id is not None:
            start, end = self._period()
            self.report.setPlainText(self.workspace.actions.draft(action_id, start, end))
            self.report_state.setText(self.tr("nieuw concept, nog niet bewaard"))

    def save_report(self) -> None:
        action_id = self.current_action()
        if action_id is None:
            return
        start, end = self._period()
        try:
            self.workspace.actions.save_report(action_id, start, end, self.report.toPlainText())
        except ValueError as error:
            QMessageBox.warning(self, self.tr("Rapportering"), str(error))

    def new_action(self) -> None:
        ActionDialog(self.workspace, None, self).exec()

    def edit_action(self) -> None:
        action_id = self.current_action()
        if action_id is not None:
            ActionDialog(self.workspace, action_id, self).exec()

    def delete_action(self) -> None:
        action_id = self.current_action()
        row = self.rows.get(action_id) if action_id else None
        if row is None:
            return
        question = (
            self.tr(
                "Actie %1 ‘%2’ verwijderen, met haar indicatoren, metingen en rapporteringen? "
                "Gekoppelde activiteiten blijven bestaan, zonder actie."
            )
            .replace("%1", row.code)
            .replace("%2", row.short_description)
        )
        if any(other.parent_id == row.id for other in self.rows.values()):
            question += " " + self.tr("De onderliggende acties komen dan los te staan.")
        if self._confirm(self.tr("Actie verwijderen"), question):
            self.workspace.actions.delete(row.id)

    def link_meetings(self) -> None:
        action_id = self.current_action()
        if action_id is not None and MeetingLinkDialog(self.workspace, action_id, self).exec():
            self._show_report()

    def edit_statuses(self) -> None:
        dialog = CodeListDialog(
            self.workspace, "action_statuses", self.tr("Statussen van acties"), self
        )
        dialog.exec()
        if dialog.changed:
            self.reload()

    def add_indicator(self) -> None:
        action_id = self.current_action()
        if action_id is not None:
            IndicatorDialog(self.workspace, action_id, self).exec()

    def add_measurement(self) -> None:
        item = self.indicators.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None:
            QMessageBox.information(self, self.tr("Meting"), self.tr("Kies eerst een indicator."))
            return
        MeasurementDialog(self.workspace, item.data(0, ID), bool(item.data(1, ID)), self).exec()

    # --- events -------------------------------------------------------------------------------
    def _events_page(self) -> QWidget:
        page = QWidget()
        buttons = QHBoxLayout()
        self.new_event_button = _button(self.tr("Nieuwe &activiteit"), self.new_event, buttons)
        _button(self.tr("Activiteit b&ewerken"), self.edit_event, buttons)
        _button(self.tr("&Deelnemer toevoegen"), self.add_participant, buttons)
        _button(self.tr("&Aangeworven door…"), self.hire, buttons)
        self.attended_button = _button(self.tr("Aanwe&zig ja/nee"), self.toggle_attended, buttons)
        self.remove_participant_button = _button(
            self.tr("Deelnemer we&ghalen"), self.remove_participant, buttons
        )
        buttons.addStretch()
        self.delete_event_button = _button(
            self.tr("Activiteit &verwijderen"), self.delete_event, buttons
        )
        self.events = QTreeWidget()
        self.events.setRootIsDecorated(False)
        self.events.setAlternatingRowColors(True)
        self.events.setHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Soort"),
                self.tr("Titel"),
                self.tr("Plaats"),
                self.tr("Actie"),
                self.tr("Deelnemers"),
                self.tr("Aanwervingen"),
            ]
        )
        for column, width in enumerate((165, 110, 380, 160, 90, 90, 100)):
            self.events.setColumnWidth(column, width)
        self.events.currentItemChanged.connect(lambda *_: self._load_participants())
        self.events.itemActivated.connect(lambda *_: self.edit_event())
        self.participants = QTreeWidget()
        self.participants.setRootIsDecorated(False)
        self.participants.setHeaderLabels(
            [self.tr("Dossier"), self.tr("Naam"), self.tr("Aanwezig"), self.tr("Aangeworven door")]
        )
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.events)
        split.addWidget(self.participants)
        split.setSizes([480, 240])
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(split)
        return page

    def current_event(self) -> uuid.UUID | None:
        item = self.events.currentItem()
        return item.data(0, ID) if item is not None else None

    def _load_events(self) -> None:
        chosen = self.current_event()
        self.events.clear()
        self.event_days: dict[uuid.UUID, date] = {}
        for row in self.workspace.actions.events():
            self.event_days[row.id] = row.held_on
            when = f"{row.held_on:%d-%m-%Y}" + (f" – {row.ends_on:%d-%m}" if row.ends_on else "")
            item = QTreeWidgetItem(
                [
                    when,
                    row.kind_label,
                    row.title,
                    row.location,
                    row.action_code,
                    str(row.participants),
                    str(row.hires),
                ]
            )
            item.setData(0, ID, row.id)
            for column in (5, 6):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.events.addTopLevelItem(item)
            if row.id == chosen:
                self.events.setCurrentItem(item)
        if self.events.currentItem() is None and self.events.topLevelItemCount():
            self.events.setCurrentItem(self.events.topLevelItem(0))
        self._load_participants()

    def _load_participants(self) -> None:
        self.participants.clear()
        event_id = self.current_event()
        if event_id is None:
            return
        for line in self.workspace.actions.participants(event_id):
            item = QTreeWidgetItem(
                [
                    str(line.dossier_num),
                    line.name,
                    self.tr("ja") if line.attended else self.tr("nee"),
                    line.employer,
                ]
            )
            item.setData(0, ID, line.id)
            item.setData(2, ID, line.attended)
            self.participants.addTopLevelItem(item)

    def new_event(self) -> None:
        EventDialog(self.workspace, None, self).exec()

    def edit_event(self) -> None:
        event_id = self.current_event()
        if event_id is not None:
            EventDialog(self.workspace, event_id, self).exec()

    def add_participant(self) -> None:
        event_id = self.current_event()
        if event_id is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Deelnemer"), self.tr("Dossiernummer of naam:")
        )
        if not ok:
            return
        found = self.workspace.actions.dossier_choices(text)
        if not found:
            QMessageBox.information(self, self.tr("Deelnemer"), self.tr("Geen dossier gevonden."))
            return
        if len(found) > 1:
            labels = [label for _id, label in found]
            label, ok = QInputDialog.getItem(
                self, self.tr("Deelnemer"), self.tr("Welk dossier?"), labels, 0, False
            )
            if not ok:
                return
            found = [f for f in found if f[1] == label]
        try:
            self.workspace.actions.add_participant(event_id, found[0][0])
        except ValueError as error:
            QMessageBox.warning(self, self.tr("Deelnemer"), str(error))

    def _participant(self, title: str) -> QTreeWidgetItem | None:
        item = self.participants.currentItem()
        if item is None:
            QMessageBox.information(self, title, self.tr("Kies eerst een deelnemer."))
        return item

    def hire(self) -> None:
        item = self._participant(self.tr("Aanwerving"))
        event_id = self.current_event()
        if item is None or event_id is None:
            return
        day = self.event_days.get(event_id, date.today())
        HireDialog(self.workspace, item.data(0, ID), day, self).exec()

    def toggle_attended(self) -> None:
        item = self._participant(self.tr("Aanwezigheid"))
        if item is not None:
            attended = bool(item.data(2, ID))
            self.workspace.actions.set_attended(item.data(0, ID), not attended)

    def remove_participant(self) -> None:
        item = self._participant(self.tr("Deelnemer weghalen"))
        if item is None:
            return
        question = (
            self.tr("Dossier %1 (%2) weghalen bij deze activiteit?")
            .replace("%1", item.text(0))
            .replace("%2", item.text(1))
        )
        if item.text(3):
            question += " " + self.tr(
                "De aanwerving (uitstroom naar werk) wordt dan ook verwijderd."
            )
        if self._confirm(self.tr("Deelnemer weghalen"), question):
            self.workspace.actions.remove_participant(item.data(0, ID))

    def delete_event(self) -> None:
        item = self.events.currentItem()
        if item is None:
            return
        question = (
            self.tr(
                "Activiteit ‘%1’ van %2 verwijderen? Ook de deelnemers en hun aanwervingen "
                "(uitstroom naar werk) worden verwijderd."
            )
            .replace("%1", item.text(2))
            .replace("%2", item.text(0))
        )
        if self._confirm(self.tr("Activiteit verwijderen"), question):
            self.workspace.actions.delete_event(item.data(0, ID))

    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
