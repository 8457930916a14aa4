"""Partners tab: the organisations of the network, searchable and filterable, and per
organisation its contact persons, engagement history and what it has done with us
(dossiers, meetings, action points, events). Organisations, contacts and engagements
are edited here; the inclusive-employer indicator opens from the toolbar."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Changes, Workspace
from kempen_desktop.db.models import PartnerType
from kempen_desktop.domain.kbo import format_kbo, normalize_kbo
from kempen_desktop.services.common import lookups
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.common.lookups import Choice
from kempen_desktop.services.partners.partner_history import (
    ActionLine,
    ContactLine,
    DossierLine,
    EngagementLine,
    MeetingLine,
    PartnerHistory,
    contacts,
    evidence_choices,
    partner_history,
)
from kempen_desktop.services.partners.partners import (
    PartnerInUseError,
    PartnerNotFoundError,
    PartnerService,
    PartnerValidationError,
    with_current_inclusive,
)
from kempen_desktop.services.reports import overview
from kempen_desktop.services.reports.overview import PartnerRow
from kempen_desktop.ui.common.formatting import day_text
from kempen_desktop.ui.common.lazy_tab import LazyTab
from kempen_desktop.ui.common.record_table_model import Column, RecordTableModel
from kempen_desktop.ui.common.tables import configure_table
from kempen_desktop.ui.common.widgets import NO_CHOICE, combo_value
from kempen_desktop.ui.partners.engagement_dialog import forms_text

CONTEXT = "PartnersTab"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _day_key(value: date | None) -> tuple[bool, date]:
    return (value is None, value or date.min)


INCLUSIVE_AS = {"werkgever": QT_TRANSLATE_NOOP("PartnersTab", "als werkgever"),
                "opdrachtgever": QT_TRANSLATE_NOOP("PartnersTab", "als opdrachtgever"),
                "beide": QT_TRANSLATE_NOOP("PartnersTab", "als werkgever en opdrachtgever")}
ROLES = {"voortrekker": QT_TRANSLATE_NOOP("PartnersTab", "voortrekker"),
         "partner": QT_TRANSLATE_NOOP("PartnersTab", "partner")}
KINDS = {"inclusief": QT_TRANSLATE_NOOP("PartnersTab", "Inclusief"),
         "partnerschap": QT_TRANSLATE_NOOP("PartnersTab", "Partnerschap")}

COLUMNS: list[Column[PartnerRow]] = [
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Naam"),
        lambda p: (
            p.name
            if p.active
            else p.name + " " + _t(QT_TRANSLATE_NOOP("PartnersTab", "(inactief)"))
        ),
    ),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Soort"), lambda p: p.type_label),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Gemeente"), lambda p: p.municipality),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Contacten"),
        lambda p: str(p.contacts),
        lambda p: p.contacts,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Open dossiers"),
        lambda p: str(p.dossiers),
        lambda p: p.dossiers,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Inclusief sinds"),
        lambda p: day_text(p.inclusive_since),
        lambda p: _day_key(p.inclusive_since),
    ),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Engagement"),
        lambda p: _t(INCLUSIVE_AS[p.inclusive_as]) if p.inclusive_as in INCLUSIVE_AS else "",
    ),
]
CONTACT_COLUMNS: list[Column[ContactLine]] = [
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Naam"),
        lambda c: (
            c.name
            if c.active
            else c.name + " " + _t(QT_TRANSLATE_NOOP("PartnersTab", "(inactief)"))
        ),
    ),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Functie"), lambda c: c.function),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "E-mail"), lambda c: c.email),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Telefoon"), lambda c: c.phone),
]


def _engagement_what(e: EngagementLine) -> str:
    if e.kind == "partnerschap":
        return _t(ROLES[e.role]) if e.role in ROLES else ""
    return _t(INCLUSIVE_AS[e.engaged_as]) if e.engaged_as in INCLUSIVE_AS else ""


ENGAGEMENT_COLUMNS: list[Column[EngagementLine]] = [
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Soort"), lambda e: _t(KINDS.get(e.kind, e.kind))),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Rol / als"), _engagement_what),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Vormen"), lambda e: forms_text(e.forms)),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Sinds"),
        lambda e: day_text(e.started_on),
        lambda e: e.started_on,
    ),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Tot"),
        lambda e: day_text(e.ended_on) or _t(QT_TRANSLATE_NOOP("PartnersTab", "loopt")),
        lambda e: _day_key(e.ended_on),
    ),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Bewijs"),
        lambda e: " · ".join(
            x
            for x in (
                e.evidence.replace("\n", " "),
                _t(QT_TRANSLATE_NOOP("PartnersTab", "uitstroom gekoppeld"))
                if e.work_exit_id
                else "",
                e.event_title,
            )
            if x
        ),
    ),
]
DOSSIER_COLUMNS: list[Column[DossierLine]] = [
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Dossier"), lambda d: str(d.num), lambda d: d.num, True
    ),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Naam"), lambda d: d.name),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Status"), lambda d: d.status),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Relatie"),
        lambda d: (
            d.how
            if d.on is None
            else _t(QT_TRANSLATE_NOOP("PartnersTab", "werkgever sinds %1")).replace(
                "%1", day_text(d.on)
            )
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Geopend"),
        lambda d: day_text(d.opened_on),
        lambda d: d.opened_on,
    ),
]
MEETING_COLUMNS: list[Column[MeetingLine]] = [
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Datum"), lambda m: m.starts_at.strftime("%d-%m-%Y"),
           lambda m: m.starts_at),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Soort"), lambda m: m.type_label),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Titel"), lambda m: m.title),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Wie"), lambda m: m.who),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Aanwezigheid"), lambda m: m.attendance),
]
ACTION_COLUMNS: list[Column[ActionLine]] = [
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Actiepunt"), lambda a: a.description.replace("\n", " ")
    ),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Eigenaar"), lambda a: a.owner),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Deadline"),
        lambda a: day_text(a.deadline),
        lambda a: _day_key(a.deadline),
    ),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Status"), lambda a: a.status),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Overleg"), lambda a: a.meeting_title),
]
EVENT_COLUMNS: list[Column[Any]] = [
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Datum"), lambda e: day_text(e[0]), lambda e: e[0]),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Soort"), lambda e: e[1]),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Omschrijving"), lambda e: e[2]),
]


def _event_rows(history: PartnerHistory) -> list[tuple[date, str, str]]:
    """Events it joined and the cooperation log, as one dated list."""
    rows = [(e.held_on, e.kind, f"{e.title}" + (f" ({e.location})" if e.location else "")) for e in history.events]
    rows += [(c.occurred_on, c.kind, c.description) for c in history.cooperation]
    return sorted(rows, key=lambda r: r[0], reverse=True)


class _ListPanel(QWidget):
    """A table with an optional row of buttons under it."""

    def __init__(self, model: RecordTableModel[Any], widths: tuple[int, ...], sort_column: int = 0,
                 order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        super().__init__()
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.note = QLabel()
        self.note.setStyleSheet("color: #666;")
        self.note.hide()
        layout.addWidget(self.note)
        self.table = configure_table(QTableView(), model, widths, sort_column, order)
        layout.addWidget(self.table, 1)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)

    def add_button(self, text: str, slot: Callable[[], None], needs_selection: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        if needs_selection:
            button.setEnabled(False)
            self.table.selectionModel().selectionChanged.connect(
                lambda *_: button.setEnabled(self.table.selectionModel().hasSelection()))
        return button

    def current(self) -> Any:
        if not self.table.selectionModel().hasSelection():
            return None
        return self.model.record(self.table.currentIndex().row())

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


class PartnersTab(LazyTab):
    CONCERNS = ("partners", "dossiers", "meetings", "action_points", "reference_data")
    partners_changed = Signal()  # organisations or contacts changed: pickers elsewhere may reload
    open_dossier = Signal(object)  # dossier id, double-clicked in the partner's dossier list

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        database = workspace._database  # noqa: SLF001 - until this area talks to the façade only
        self._db = database
        self.service = PartnerService(database)
        self._rows: list[PartnerRow] = []
        self._current_id: uuid.UUID | None = None
        self._indicator: QWidget | None = None
        self.model: RecordTableModel[PartnerRow] = RecordTableModel(COLUMNS, CONTEXT, self)

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek op naam, ondernemingsnummer, sector, gemeente…"))
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
        self.indicator_button.setToolTip(self.tr("Hoeveel werkgevers engageren zich inclusief, per gemeente "
                                                 "(doel: 1 op 2)"))
        self.indicator_button.clicked.connect(self.show_indicator)
        more = QPushButton(self.tr("Meer"))  # a push button leaves room for the menu arrow
        menu = QMenu(more)
        menu.addAction(self.tr("Soorten organisaties beheren…"), self.manage_types)
        menu.addSeparator()
        menu.addAction(self.tr("Partnerlijst importeren…"), self.import_list)
        menu.addAction(self.tr("Getoonde partners exporteren naar Excel…"), self.export_list)
        more.setMenu(menu)
        for widget in (self.new_button, self.edit_button, self.delete_button, self.indicator_button, more):
            actions.addWidget(widget)
        layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = configure_table(QTableView(), self.model, (220, 150, 105, 75, 90, 100))
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_partner())
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([600, 800])
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 0, 0, 0)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.header)
        self.details = QTabWidget()
        layout.addWidget(self.details, 1)

        self.contacts = _ListPanel(RecordTableModel(CONTACT_COLUMNS, CONTEXT, self), (160, 150, 190))
        self.contacts.add_button(self.tr("Contactpersoon toevoegen…"), self.add_contact)
        self.contacts.add_button(self.tr("Bewerken…"), self.edit_contact, True)
        self.contacts.add_button(self.tr("Verwijderen"), self.delete_contact, True)
        self.contacts.buttons.addStretch()
        self.contacts.table.doubleClicked.connect(lambda _index: self.edit_contact())

        self.engagements = _ListPanel(RecordTableModel(ENGAGEMENT_COLUMNS, CONTEXT, self), (85, 130, 140, 80, 80),
                                      3, Qt.SortOrder.DescendingOrder)
        self.engagements.add_button(self.tr("Engagement toevoegen…"), self.add_engagement)
        self.engagements.add_button(self.tr("Bewerken…"), self.edit_engagement, True)
        self.engagements.add_button(self.tr("Beëindigen…"), self.end_engagement, True)
        self.engagements.add_button(self.tr("Verwijderen"), self.delete_engagement, True)
        self.engagements.buttons.addStretch()
        self.engagements.table.doubleClicked.connect(lambda _index: self.edit_engagement())

        self.dossiers = _ListPanel(RecordTableModel(DOSSIER_COLUMNS, CONTEXT, self), (60, 160, 130, 200),
                                   4, Qt.SortOrder.DescendingOrder)
        self.dossiers.table.doubleClicked.connect(self._dossier_chosen)
        self.dossiers.table.setToolTip(self.tr("Dubbelklik om het dossier te openen."))
        self.meetings = _ListPanel(RecordTableModel(MEETING_COLUMNS, CONTEXT, self), (80, 120, 200, 150),
                                   0, Qt.SortOrder.DescendingOrder)
        self.action_list = _ListPanel(RecordTableModel(ACTION_COLUMNS, CONTEXT, self), (240, 120, 80, 70),
                                  2, Qt.SortOrder.DescendingOrder)
        self.events = _ListPanel(RecordTableModel(EVENT_COLUMNS, CONTEXT, self), (80, 110),
                                 0, Qt.SortOrder.DescendingOrder)
        for panel_widget, title in ((self.contacts, self.tr("Contactpersonen")),
                                    (self.engagements, self.tr("Engagement")),
                                    (self.dossiers, self.tr("Dossiers")), (self.meetings, self.tr("Overleg")),
                                    (self.action_list, self.tr("Actiepunten")),
                                    (self.events, self.tr("Activiteiten"))):
            self.details.addTab(panel_widget, title)
        return panel

    def _dossier_chosen(self, index: QModelIndex) -> None:
        line = self.dossiers.model.record(index.row())
        if line is not None:
            self.open_dossier.emit(line.dossier_id)

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        with self._db.session() as session:
            self._rows = with_current_inclusive(session, overview.partners(session))
            types = [Choice(code, label) for code, label in session.execute(
                PartnerType.__table__.select().with_only_columns(PartnerType.code, PartnerType.label)
                .order_by(PartnerType.sort_order, PartnerType.label))]
        self._fill_filter(self.type_filter, self.tr("Alle soorten"),
                          [t for t in types if any(r.type_code == t.value for r in self._rows)])
        places = sorted({(r.municipality_nis, r.municipality) for r in self._rows if r.municipality_nis},
                        key=lambda p: p[1])
        self._fill_filter(self.place_filter, self.tr("Alle gemeenten"), [Choice(nis, name) for nis, name in places])
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
        text = self.search.text().strip().casefold()
        kbo = normalize_kbo(text) if text and sum(ch.isdigit() for ch in text) >= 4 else None
        type_code, nis = combo_value(self.type_filter), combo_value(self.place_filter)
        inactive = self.show_inactive.isChecked()
        rows = [r for r in self._rows
                if (inactive or r.active)
                and (not type_code or r.type_code == type_code)
                and (not nis or r.municipality_nis == nis)
                and (not text or text in r.name.casefold() or text in r.municipality.casefold()
                     or text in r.sector.casefold() or text in r.type_label.casefold()
                     or (kbo is not None and r.kbo_number is not None and kbo in r.kbo_number))]
        self.model.set_records(rows)
        employers = [r for r in self._rows if r.type_code == "werkgever" and r.active]
        inclusive = sum(1 for r in employers if r.inclusive_since)
        if not self._rows:
            self.summary.setText(self.tr("Nog geen partners. Voeg een organisatie toe of importeer een partnerlijst."))
        else:
            self.summary.setText(
                self.tr("%1 van %2 partners getoond; vandaag engageren %3 van %4 werkgevers zich inclusief "
                        "(doel: 1 op 2).")
                .replace("%1", str(len(rows))).replace("%2", str(len(self._rows)))
                .replace("%3", str(inclusive)).replace("%4", str(len(employers))))
        if not self.select_partner(self._current_id, clear_filters=False) and rows:
            self.table.selectRow(0)
        elif not rows:
            self._show_partner(None)

    def select_partner(self, partner_id: uuid.UUID | None, clear_filters: bool = True) -> bool:
        """Select a partner in the list (clearing filters that hide it); False if not found."""
        if partner_id is None:
            return False
        for attempt in range(2):
            for row in range(self.model.rowCount()):
                record = self.model.record(row)
                if record is not None and record.id == partner_id:
                    self.table.selectRow(row)
                    self.table.scrollTo(self.model.index(row, 0))
                    self._show_partner(record)
                    return True
            if attempt == 0 and clear_filters:
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
            break
        return False

    def _shown(self) -> list[PartnerRow]:
        return [r for r in (self.model.record(i) for i in range(self.model.rowCount())) if r is not None]

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
        self.details.setEnabled(chosen)

    def _show_partner(self, row: PartnerRow | None) -> None:
        self._current_id = row.id if row else None
        self._update_buttons()
        if row is None:
            self.header.setText("")
            for panel in (self.contacts, self.engagements, self.dossiers, self.meetings, self.action_list, self.events):
                panel.model.set_records([])
            return
        try:
            data = self.service.get(row.id)
        except PartnerNotFoundError:
            self.reload()
            return
        with self._db.session() as session:
            people = contacts(session, row.id)
            history = partner_history(session, row.id)
        self.header.setText(self._header_html(row, data))
        self.contacts.model.set_records(people)
        self.engagements.model.set_records(history.engagements)
        self.dossiers.model.set_records(history.followed + history.employed)
        self.meetings.model.set_records(history.meetings)
        self.action_list.model.set_records(history.actions)
        self.events.model.set_records(_event_rows(history))
        capped = self.tr("Alleen de meest recente %1 van %2 worden getoond.")
        dossier_total = history.followed_total + history.employed_total
        self.dossiers.set_note(
            self.tr("Volgt %1 dossiers op; werkgever in %2 uitstromen naar werk.")
            .replace("%1", str(history.followed_total)).replace("%2", str(history.employed_total))
            + ("" if len(history.followed) + len(history.employed) >= dossier_total
               else " " + capped.replace("%1", str(len(history.followed) + len(history.employed)))
               .replace("%2", str(dossier_total))))
        self.meetings.set_note("" if len(history.meetings) >= history.meetings_total
                               else capped.replace("%1", str(len(history.meetings)))
                               .replace("%2", str(history.meetings_total)))
        counts = ((self.contacts, len(people)), (self.engagements, len(history.engagements)),
                  (self.dossiers, dossier_total), (self.meetings, history.meetings_total),
                  (self.action_list, history.actions_total), (self.events, len(history.events) + len(history.cooperation)))
        titles = (self.tr("Contactpersonen"), self.tr("Engagement"), self.tr("Dossiers"), self.tr("Overleg"),
                  self.tr("Actiepunten"), self.tr("Activiteiten"))
        for (panel, count), title in zip(counts, titles, strict=True):
            self.details.setTabText(self.details.indexOf(panel), f"{title} ({count})")

    def _header_html(self, row: PartnerRow, data: Any) -> str:
        facts = [row.type_label]
        if data.kbo_number:
            facts.append(self.tr("KBO %1").replace("%1", format_kbo(data.kbo_number)))
        if data.sector:
            facts.append(data.sector)
        if not data.active:
            facts.append(self.tr("inactief"))
        address = ", ".join(x for x in (data.street, " ".join(y for y in (data.postcode, row.municipality) if y)) if x)
        reach = " · ".join(x for x in (data.phone, data.email, data.website) if x)
        if row.inclusive_since:
            inclusive = self.tr("Engageert zich inclusief %1 sinds %2.").replace(
                "%1", _t(INCLUSIVE_AS.get(row.inclusive_as, ""))).replace("%2", day_text(row.inclusive_since))
        elif row.type_code == "werkgever":
            inclusive = self.tr("Vandaag geen lopend inclusief engagement.")
        else:
            inclusive = ""
        lines = [f"<span style='font-size:16px; font-weight:bold'>{escape(row.name)}</span>",
                 f"<span style='color:#555'>{escape(' · '.join(facts))}</span>"]
        for text in (address, reach):
            if text:
                lines.append(escape(text))
        if data.role:
            lines.append(escape(self.tr("Rol: %1").replace("%1", data.role)))
        if inclusive:
            lines.append(f"<span style='color:#1f6f3f'>{escape(inclusive)}</span>")
        if data.notes:
            lines.append(f"<i>{escape(data.notes)}</i>")
        return "<br>".join(lines)

    def _changed(self, select: uuid.UUID | None = None) -> None:
        if select is not None:
            self._current_id = select
        self.reload()
        self.partners_changed.emit()

    # -- partners ---------------------------------------------------------------------------

    def _form_choices(self, keep_type: str = "") -> tuple[list[Choice], list[Choice], dict[str, str]]:
        """Active partner types (plus `keep_type`, the current type of an edited partner, even
        when it was deactivated since), municipalities and postcodes."""
        with self._db.session() as session:
            types = [Choice(code, label) for code, label in session.execute(
                PartnerType.__table__.select().with_only_columns(PartnerType.code, PartnerType.label)
                .where(PartnerType.active | (PartnerType.code == keep_type))
                .order_by(PartnerType.sort_order, PartnerType.label))]
            return types, lookups.municipalities(session), lookups.municipality_postcodes(session)

    def new_partner(self) -> None:
        from kempen_desktop.ui.partners.partner_dialog import PartnerDialog

        types, places, postcodes = self._form_choices()
        dialog = PartnerDialog(self.service, types, places, postcodes, parent=self)
        if dialog.exec():
            self._changed(dialog.partner_id)

    def edit_partner(self) -> None:
        from kempen_desktop.ui.partners.partner_dialog import PartnerDialog

        if self._current_id is None:
            return
        keep = next((r.type_code for r in self._rows if r.id == self._current_id), "")
        types, places, postcodes = self._form_choices(keep)
        try:
            dialog = PartnerDialog(self.service, types, places, postcodes, self._current_id, parent=self)
        except PartnerNotFoundError as error:
            QMessageBox.warning(self, self.tr("Partners"), str(error))
            self.reload()
            return
        if dialog.exec():
            self._changed(dialog.partner_id)

    def delete_partner(self) -> None:
        row = self.current()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Organisatie verwijderen"),
            self.tr("‘%1’ met haar contactpersonen en engagementen verwijderen?").replace("%1", row.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete(row.id)
        except (PartnerInUseError, PartnerNotFoundError) as error:
            QMessageBox.warning(self, self.tr("Organisatie verwijderen"), str(error))
            return
        self._current_id = None
        self._changed()

    def manage_types(self) -> None:
        from kempen_desktop.ui.partners.code_list_dialog import CodeListDialog

        dialog = CodeListDialog(self._db, PartnerType, self.tr("Soorten organisaties"), self)
        dialog.exec()
        if dialog.changed:
            self._changed()

    def show_indicator(self) -> None:
        from kempen_desktop.ui.partners.indicator_view import IndicatorDialog

        dialog = IndicatorDialog(self._db, self)
        dialog.view.partner_chosen.connect(lambda pid: self.select_partner(pid))
        self._indicator = dialog
        dialog.setModal(False)
        dialog.show()

    # -- contacts ---------------------------------------------------------------------------

    def _partner_name(self) -> str:
        row = self.current()
        return row.name if row else ""

    def add_contact(self) -> None:
        from kempen_desktop.ui.partners.contact_dialog import ContactDialog

        partner_id = self._current_id
        if partner_id is None:
            return
        dialog = ContactDialog(lambda data: self.service.add_contact(partner_id, data), self._partner_name(),
                               parent=self)
        if dialog.exec():
            self._changed(partner_id)
            self.details.setCurrentWidget(self.contacts)

    def edit_contact(self) -> None:
        from kempen_desktop.ui.partners.contact_dialog import ContactDialog

        contact: ContactLine | None = self.contacts.current()
        if contact is None:
            return
        try:
            data = self.service.get_contact(contact.id)
        except PartnerNotFoundError as error:
            QMessageBox.warning(self, self.tr("Contactpersoon"), str(error))
            return
        dialog = ContactDialog(lambda value: self.service.update_contact(contact.id, value), self._partner_name(),
                               data, parent=self)
        if dialog.exec():
            self._changed(self._current_id)

    def delete_contact(self) -> None:
        contact: ContactLine | None = self.contacts.current()
        if contact is None:
            return
        answer = QMessageBox.question(self, self.tr("Contactpersoon verwijderen"),
                                      self.tr("%1 verwijderen?").replace("%1", contact.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete_contact(contact.id)
        except (PartnerInUseError, PartnerNotFoundError) as error:
            QMessageBox.warning(self, self.tr("Contactpersoon verwijderen"), str(error))
            return
        self._changed(self._current_id)

    # -- engagements ------------------------------------------------------------------------

    def _engagement_dialog(self, save: Callable[[Any], object], data: Any = None) -> bool:
        from kempen_desktop.ui.partners.engagement_dialog import EngagementDialog

        partner_id = self._current_id
        assert partner_id is not None
        with self._db.session() as session:
            exits, events = evidence_choices(session, partner_id)
        dialog = EngagementDialog(save, self._partner_name(), [Choice(str(c.id), c.label) for c in exits],
                                  [Choice(str(c.id), c.label) for c in events], data, parent=self)
        return bool(dialog.exec())

    def add_engagement(self) -> None:
        partner_id = self._current_id
        if partner_id is not None and self._engagement_dialog(
                lambda data: self.service.add_engagement(partner_id, data)):
            self._changed(partner_id)
            self.details.setCurrentWidget(self.engagements)

    def edit_engagement(self) -> None:
        line: EngagementLine | None = self.engagements.current()
        if line is None:
            return
        try:
            _pid, data = self.service.get_engagement(line.id)
        except PartnerNotFoundError as error:
            QMessageBox.warning(self, self.tr("Engagement"), str(error))
            return
        if self._engagement_dialog(lambda value: self.service.update_engagement(line.id, value), data):
            self._changed(self._current_id)

    def end_engagement(self) -> None:
        line: EngagementLine | None = self.engagements.current()
        if line is None:
            return
        if line.ended_on is not None:
            QMessageBox.information(self, self.tr("Engagement beëindigen"),
                                    self.tr("Dit engagement is al beëindigd op %1.").replace("%1", day_text(line.ended_on)))
            return
        text, ok = QInputDialog.getText(self, self.tr("Engagement beëindigen"),
                                        self.tr("Einddatum (dd-mm-jjjj); vanaf die dag telt het niet meer mee:"),
                                        text=date.today().strftime("%d-%m-%Y"))
        if not ok:
            return
        try:
            day, month, year = (int(part) for part in text.strip().split("-"))
            ended = date(year, month, day)
        except ValueError:
            QMessageBox.warning(self, self.tr("Engagement beëindigen"),
                                self.tr("‘%1’ is geen geldige datum (dd-mm-jjjj).").replace("%1", text))
            return
        try:
            self.service.end_engagement(line.id, ended)
        except (PartnerValidationError, PartnerNotFoundError) as error:
            QMessageBox.warning(self, self.tr("Engagement beëindigen"), str(error))
            return
        self._changed(self._current_id)

    def delete_engagement(self) -> None:
        line: EngagementLine | None = self.engagements.current()
        if line is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Engagement verwijderen"),
            self.tr("Dit engagement verwijderen? Beëindig het liever als het echt gestopt is: zo blijft de "
                    "geschiedenis bewaard."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete_engagement(line.id)
        except PartnerNotFoundError as error:
            QMessageBox.warning(self, self.tr("Engagement verwijderen"), str(error))
            return
        self._changed(self._current_id)

    # -- lists ------------------------------------------------------------------------------

    def import_list(self) -> None:
        from kempen_desktop.services.partners.partner_lists import PartnerListError, import_partners

        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Partnerlijst kiezen"), "",
            self.tr("Lijsten (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle bestanden (*)"))
        if not chosen:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = import_partners(self._db, Path(chosen))
        except PartnerListError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Partnerlijst importeren"), str(error))
            return
        QGuiApplication.restoreOverrideCursor()
        lines = [self.tr("%1 rijen: %2 nieuw, %3 aangevuld, %4 ongewijzigd, %5 geweigerd.")
                 .replace("%1", str(result.rows)).replace("%2", str(result.created))
                 .replace("%3", str(result.updated)).replace("%4", str(result.unchanged))
                 .replace("%5", str(len(result.rejected)))]
        lines += [self.tr("Rij %1: %2").replace("%1", str(row)).replace("%2", reason)
                  for row, reason in result.rejected[:15]]
        if len(result.rejected) > 15:
            lines.append(self.tr("… en %1 andere.").replace("%1", str(len(result.rejected) - 15)))
        QMessageBox.information(self, self.tr("Partnerlijst importeren"), "\n".join(lines))
        self._changed()

    def export_list(self) -> None:
        from kempen_desktop.services.partners.partner_lists import export_partners

        target, _filter = QFileDialog.getSaveFileName(self, self.tr("Partners exporteren"), "partners.xlsx",
                                                      self.tr("Excel-werkmap (*.xlsx)"))
        if not target:
            return
        if not target.lower().endswith(".xlsx"):
            target += ".xlsx"
        ids = [r.id for r in self._shown()]  # what the user sees
        try:
            written = export_partners(self._db, Path(target), ids)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Partners exporteren"),
                                self.tr("Kan het bestand niet schrijven: %1").replace("%1", str(error.strerror)))
            return
        QMessageBox.information(self, self.tr("Partners exporteren"),
                                self.tr("%1 partners geëxporteerd.").replace("%1", str(written)))
