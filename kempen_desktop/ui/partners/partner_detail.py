"""The detail pane of the Partners tab: one organisation's header and, in tabs, its contact
persons and engagements (edited here) and what it has done with us (dossiers, meetings,
action points, the events it organised or took part in as employer — double-click opens
one in the event dialog of the Acties tab — and the cooperation log). Every edit goes
through the workspace; the pane is shown again when the change comes back to the tab
(on_changes)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.domain.kbo import format_kbo
from kempen_desktop.services.actions.actions import ActionError
from kempen_desktop.services.actions.events import PartnerEventRow
from kempen_desktop.services.common.lookups import Choice
from kempen_desktop.services.partners.partner_history import (
    ActionLine,
    ContactLine,
    CooperationLine,
    DossierLine,
    EngagementLine,
    MeetingLine,
)
from kempen_desktop.services.partners.partners import (
    PartnerInput,
    PartnerInUseError,
    PartnerNotFoundError,
    PartnerValidationError,
)
from kempen_desktop.services.reports.overview import PartnerRow
from kempen_desktop.ui.common import colours
from kempen_desktop.ui.common.empty_state import EmptyState
from kempen_desktop.ui.common.formatting import day_text
from kempen_desktop.ui.common.record_table_model import Column, RecordTableModel
from kempen_desktop.ui.common.tables import configure_table
from kempen_desktop.ui.partners.engagement_dialog import forms_text
from kempen_desktop.ui.partners.partner_list_model import CONTEXT, INCLUSIVE_AS, day_key, name_text


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


ROLES = {
    "voortrekker": QT_TRANSLATE_NOOP("PartnersTab", "voortrekker"),
    "partner": QT_TRANSLATE_NOOP("PartnersTab", "partner"),
}
KINDS = {
    "inclusief": QT_TRANSLATE_NOOP("PartnersTab", "Inclusief"),
    "partnerschap": QT_TRANSLATE_NOOP("PartnersTab", "Partnerschap"),
}


def _engagement_what(e: EngagementLine) -> str:
    if e.kind == "partnerschap":
        return _t(ROLES[e.role]) if e.role in ROLES else ""
    return _t(INCLUSIVE_AS[e.engaged_as]) if e.engaged_as in INCLUSIVE_AS else ""


def _evidence(e: EngagementLine) -> str:
    linked = _t(QT_TRANSLATE_NOOP("PartnersTab", "uitstroom gekoppeld")) if e.work_exit_id else ""
    return " · ".join(x for x in (e.evidence.replace("\n", " "), linked, e.event_title) if x)


def _relation(d: DossierLine) -> str:
    if d.on is None:
        return d.how
    return _t(QT_TRANSLATE_NOOP("PartnersTab", "werkgever sinds %1")).replace("%1", day_text(d.on))


CONTACT_COLUMNS: list[Column[ContactLine]] = [
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Naam"), lambda c: name_text(c.name, c.active)),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Functie"), lambda c: c.function),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "E-mail"), lambda c: c.email),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Telefoon"), lambda c: c.phone),
]
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
        lambda e: day_key(e.ended_on),
    ),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Bewijs"), _evidence),
]
DOSSIER_COLUMNS: list[Column[DossierLine]] = [
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Dossier"), lambda d: str(d.num), lambda d: d.num, True
    ),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Naam"), lambda d: d.name),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Status"), lambda d: d.status),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Relatie"), _relation),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Geopend"),
        lambda d: day_text(d.opened_on),
        lambda d: d.opened_on,
    ),
]
MEETING_COLUMNS: list[Column[MeetingLine]] = [
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Datum"),
        lambda m: m.starts_at.strftime("%d-%m-%Y"),
        lambda m: m.starts_at,
    ),
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
        lambda a: day_key(a.deadline),
    ),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Status"), lambda a: a.status),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Overleg"), lambda a: a.meeting_title),
]
PART_IN_EVENT = {  # what the partner was at the event
    (True, False): QT_TRANSLATE_NOOP("PartnersTab", "organisator"),
    (False, True): QT_TRANSLATE_NOOP("PartnersTab", "werkgever"),
    (True, True): QT_TRANSLATE_NOOP("PartnersTab", "organisator, werkgever"),
}


def _event_day(e: PartnerEventRow) -> str:
    ends = e.event.ends_on
    if ends is None or ends == e.event.held_on:
        return day_text(e.event.held_on)
    return f"{day_text(e.event.held_on)} – {day_text(ends)}"


EVENT_COLUMNS: list[Column[PartnerEventRow]] = [
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Datum"), _event_day, lambda e: e.event.held_on),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Soort"), lambda e: e.event.kind_label),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Titel"),
        lambda e: e.event.title + (f" ({e.event.location})" if e.event.location else ""),
    ),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Als"),
        lambda e: _t(PART_IN_EVENT.get((e.organiser, e.employer), "")),
    ),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Deelnemers"),
        lambda e: str(e.event.participants),
        lambda e: e.event.participants,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Aanwervingen"),
        lambda e: str(e.event.hires),
        lambda e: e.event.hires,
        True,
    ),
]
COOPERATION_COLUMNS: list[Column[CooperationLine]] = [
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Datum"),
        lambda c: day_text(c.occurred_on),
        lambda c: c.occurred_on,
    ),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Soort"), lambda c: c.kind),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Omschrijving"), lambda c: c.description.replace("\n", " ")
    ),
]


class ListPanel(QWidget):
    """A table with an optional row of buttons under it."""

    def __init__(
        self,
        model: RecordTableModel[Any],
        widths: tuple[int, ...],
        sort_column: int = 0,
        order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    ) -> None:
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

    def add_button(
        self, text: str, slot: Callable[[], None], needs_selection: bool = False
    ) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        if needs_selection:
            button.setEnabled(False)
            self.table.selectionModel().selectionChanged.connect(
                lambda *_: button.setEnabled(self.table.selectionModel().hasSelection())
            )
        return button

    def current(self) -> Any:
        if not self.table.selectionModel().hasSelection():
            return None
        return self.model.record(self.table.currentIndex().row())

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


class PartnerDetailPane(QWidget):
    """Shows one partner (`show_partner`); `partner_missing` when it was deleted meanwhile."""

    open_dossier = Signal(object)  # dossier id, double-clicked in the partner's dossier list
    partner_missing = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.partner: PartnerRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.header)
        self.details = QTabWidget()
        layout.addWidget(self.details, 1)

        self.contacts = ListPanel(RecordTableModel(CONTACT_COLUMNS, CONTEXT, self), (160, 150, 190))
        self.contacts.add_button(self.tr("Contactpersoon toevoegen…"), self.add_contact)
        self.contacts.add_button(self.tr("Bewerken…"), self.edit_contact, True)
        self.contacts.add_button(self.tr("Verwijderen"), self.delete_contact, True)
        self.contacts.buttons.addStretch()
        self.contacts.table.doubleClicked.connect(lambda _index: self.edit_contact())

        self.engagements = ListPanel(
            RecordTableModel(ENGAGEMENT_COLUMNS, CONTEXT, self),
            (85, 130, 140, 80, 80),
            3,
            Qt.SortOrder.DescendingOrder,
        )
        self.engagements.add_button(self.tr("Engagement toevoegen…"), self.add_engagement)
        self.engagements.add_button(self.tr("Bewerken…"), self.edit_engagement, True)
        self.engagements.add_button(self.tr("Beëindigen…"), self.end_engagement, True)
        self.engagements.add_button(self.tr("Verwijderen"), self.delete_engagement, True)
        self.engagements.buttons.addStretch()
        self.engagements.table.doubleClicked.connect(lambda _index: self.edit_engagement())

        self.dossiers = ListPanel(
            RecordTableModel(DOSSIER_COLUMNS, CONTEXT, self),
            (60, 160, 130, 200),
            4,
            Qt.SortOrder.DescendingOrder,
        )
        self.dossiers.table.doubleClicked.connect(self._dossier_chosen)
        self.dossiers.table.setToolTip(self.tr("Dubbelklik om het dossier te openen."))
        self.meetings = ListPanel(
            RecordTableModel(MEETING_COLUMNS, CONTEXT, self),
            (80, 120, 200, 150),
            0,
            Qt.SortOrder.DescendingOrder,
        )
        self.action_list = ListPanel(
            RecordTableModel(ACTION_COLUMNS, CONTEXT, self),
            (240, 120, 80, 70),
            2,
            Qt.SortOrder.DescendingOrder,
        )
        self.events = ListPanel(
            RecordTableModel(EVENT_COLUMNS, CONTEXT, self),
            (160, 90, 220, 90, 80),
            0,
            Qt.SortOrder.DescendingOrder,
        )
        self.events.table.doubleClicked.connect(lambda _index: self.open_event())
        self.events.table.setToolTip(self.tr("Dubbelklik om de activiteit te openen."))
        self.events_empty = EmptyState(
            self.tr("Nog geen activiteiten"),
            self.tr(
                "Jobevents, jobdates en andere activiteiten die deze partner organiseerde of "
                "waaraan hij als werkgever deelnam, verschijnen hier. Registreer ze in het "
                "tabblad Acties."
            ),
            "actions",
        )
        self.events_empty.mount(self.events.table)
        self.cooperation = ListPanel(
            RecordTableModel(COOPERATION_COLUMNS, CONTEXT, self),
            (90, 110),
            0,
            Qt.SortOrder.DescendingOrder,
        )
        for panel_widget, title in self._titled():
            self.details.addTab(panel_widget, title)

    def _titled(self) -> tuple[tuple[ListPanel, str], ...]:
        return (
            (self.contacts, self.tr("Contactpersonen")),
            (self.engagements, self.tr("Engagement")),
            (self.dossiers, self.tr("Dossiers")),
            (self.meetings, self.tr("Overleg")),
            (self.action_list, self.tr("Actiepunten")),
            (self.events, self.tr("Activiteiten")),
            (self.cooperation, self.tr("Samenwerking")),
        )

    def open_event(self) -> None:
        """The chosen event in the event dialog of the Acties tab; what it saves comes back
        through the announcement (on_changes) and shows the pane again."""
        from kempen_desktop.ui.actions.dialogs import EventDialog

        line: PartnerEventRow | None = self.events.current()
        if line is None:
            return
        try:
            dialog = EventDialog(self.workspace, line.event.id, self)
        except ActionError as error:  # deleted meanwhile
            QMessageBox.warning(self, self.tr("Activiteit"), str(error))
            return
        dialog.exec()

    def _dossier_chosen(self, index: QModelIndex) -> None:
        line = self.dossiers.model.record(index.row())
        if line is not None:
            self.open_dossier.emit(line.dossier_id)

    # -- showing ----------------------------------------------------------------------------

    def show_partner(self, row: PartnerRow | None) -> None:
        self.partner = row
        self.details.setEnabled(row is not None)
        if row is None:
            self.header.setText("")
            for panel, _title in self._titled():
                panel.model.set_records([])
            return
        try:
            detail = self.workspace.partners.detail(row.id)
        except PartnerNotFoundError:
            self.partner_missing.emit()
            return
        history, people = detail.history, detail.contacts
        self.header.setText(self._header_html(row, detail.data))
        self.contacts.model.set_records(people)
        self.engagements.model.set_records(history.engagements)
        self.dossiers.model.set_records(history.followed + history.employed)
        self.meetings.model.set_records(history.meetings)
        self.action_list.model.set_records(history.actions)
        events = self.workspace.actions.partner_events(row.id)
        self.events.model.set_records(events)
        self.events_empty.set_shown(not events)
        self.cooperation.model.set_records(history.cooperation)
        capped = self.tr("Alleen de meest recente %1 van %2 worden getoond.")
        dossier_total = history.followed_total + history.employed_total
        shown = len(history.followed) + len(history.employed)
        self.dossiers.set_note(
            self.tr("Volgt %1 dossiers op; werkgever in %2 uitstromen naar werk.")
            .replace("%1", str(history.followed_total))
            .replace("%2", str(history.employed_total))
            + (
                ""
                if shown >= dossier_total
                else " " + capped.replace("%1", str(shown)).replace("%2", str(dossier_total))
            )
        )
        self.meetings.set_note(
            ""
            if len(history.meetings) >= history.meetings_total
            else capped.replace("%1", str(len(history.meetings))).replace(
                "%2", str(history.meetings_total)
            )
        )
        counts = (
            len(people),
            len(history.engagements),
            dossier_total,
            history.meetings_total,
            history.actions_total,
            len(events),
            len(history.cooperation),
        )
        for (panel, title), count in zip(self._titled(), counts, strict=True):
            self.details.setTabText(self.details.indexOf(panel), f"{title} ({count})")

    def _header_html(self, row: PartnerRow, data: PartnerInput) -> str:
        facts = [row.type_label]
        if data.kbo_number:
            facts.append(self.tr("KBO %1").replace("%1", format_kbo(data.kbo_number)))
        if data.sector:
            facts.append(data.sector)
        if not data.active:
            facts.append(self.tr("inactief"))
        address = ", ".join(
            x
            for x in (data.street, " ".join(y for y in (data.postcode, row.municipality) if y))
            if x
        )
        reach = " · ".join(x for x in (data.phone, data.email, data.website) if x)
        if row.inclusive_since:
            inclusive = (
                self.tr("Engageert zich inclusief %1 sinds %2.")
                .replace("%1", _t(INCLUSIVE_AS.get(row.inclusive_as, "")))
                .replace("%2", day_text(row.inclusive_since))
            )
        elif row.type_code == "werkgever":
            inclusive = self.tr("Vandaag geen lopend inclusief engagement.")
        else:
            inclusive = ""
        lines = [
            f"<span style='font-size:large; font-weight:bold'>{escape(row.name)}</span>",
            f"<span style='color:#555'>{escape(' · '.join(facts))}</span>",
        ]
        lines += [escape(text) for text in (address, reach) if text]
        if data.role:
            lines.append(escape(self.tr("Rol: %1").replace("%1", data.role)))
        if inclusive:
            good = colours.css(colours.GOOD_TEXT)
            lines.append(f"<span style='color:{good}'>{escape(inclusive)}</span>")
        if data.notes:
            lines.append(f"<i>{escape(data.notes)}</i>")
        return "<br>".join(lines)

    # -- contacts ---------------------------------------------------------------------------

    def add_contact(self) -> None:
        from kempen_desktop.ui.partners.contact_dialog import ContactDialog

        if self.partner is None:
            return
        partner_id = self.partner.id
        dialog = ContactDialog(
            lambda data: self.workspace.partners.add_contact(partner_id, data),
            self.partner.name,
            parent=self,
        )
        if dialog.exec():
            self.details.setCurrentWidget(self.contacts)

    def edit_contact(self) -> None:
        from kempen_desktop.ui.partners.contact_dialog import ContactDialog

        contact: ContactLine | None = self.contacts.current()
        if contact is None or self.partner is None:
            return
        try:
            data = self.workspace.partners.get_contact(contact.id)
        except PartnerNotFoundError as error:
            QMessageBox.warning(self, self.tr("Contactpersoon"), str(error))
            return
        ContactDialog(
            # merged with what someone else saved since it was opened (issue 19)
            lambda value: self.workspace.partners.update_contact(contact.id, value, base=data),
            self.partner.name,
            data,
            parent=self,
        ).exec()

    def delete_contact(self) -> None:
        contact: ContactLine | None = self.contacts.current()
        if contact is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Contactpersoon verwijderen"),
            self.tr("%1 verwijderen?").replace("%1", contact.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.workspace.partners.delete_contact(contact.id)
        except (PartnerInUseError, PartnerNotFoundError) as error:
            QMessageBox.warning(self, self.tr("Contactpersoon verwijderen"), str(error))

    # -- engagements ------------------------------------------------------------------------

    def _engagement_dialog(self, save: Callable[[Any], object], data: Any = None) -> bool:
        from kempen_desktop.ui.partners.engagement_dialog import EngagementDialog

        assert self.partner is not None
        exits, events = self.workspace.partners.evidence_choices(self.partner.id)
        dialog = EngagementDialog(
            save,
            self.partner.name,
            [Choice(str(c.id), c.label) for c in exits],
            [Choice(str(c.id), c.label) for c in events],
            data,
            parent=self,
        )
        return bool(dialog.exec())

    def add_engagement(self) -> None:
        if self.partner is None:
            return
        partner_id = self.partner.id
        if self._engagement_dialog(
            lambda data: self.workspace.partners.add_engagement(partner_id, data)
        ):
            self.details.setCurrentWidget(self.engagements)

    def edit_engagement(self) -> None:
        line: EngagementLine | None = self.engagements.current()
        if line is None or self.partner is None:
            return
        try:
            _pid, data = self.workspace.partners.get_engagement(line.id)
        except PartnerNotFoundError as error:
            QMessageBox.warning(self, self.tr("Engagement"), str(error))
            return
        self._engagement_dialog(
            lambda value: self.workspace.partners.update_engagement(line.id, value, base=data),
            data,
        )

    def end_engagement(self) -> None:
        line: EngagementLine | None = self.engagements.current()
        if line is None:
            return
        if line.ended_on is not None:
            QMessageBox.information(
                self,
                self.tr("Engagement beëindigen"),
                self.tr("Dit engagement is al beëindigd op %1.").replace(
                    "%1", day_text(line.ended_on)
                ),
            )
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Engagement beëindigen"),
            self.tr("Einddatum (dd-mm-jjjj); vanaf die dag telt het niet meer mee:"),
            text=date.today().strftime("%d-%m-%Y"),
        )
        if not ok:
            return
        try:
            day, month, year = (int(part) for part in text.strip().split("-"))
            ended = date(year, month, day)
        except ValueError:
            QMessageBox.warning(
                self,
                self.tr("Engagement beëindigen"),
                self.tr("‘%1’ is geen geldige datum (dd-mm-jjjj).").replace("%1", text),
            )
            return
        try:
            self.workspace.partners.end_engagement(line.id, ended)
        except (PartnerValidationError, PartnerNotFoundError) as error:
            QMessageBox.warning(self, self.tr("Engagement beëindigen"), str(error))

    def delete_engagement(self) -> None:
        line: EngagementLine | None = self.engagements.current()
        if line is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Engagement verwijderen"),
            self.tr(
                "Dit engagement verwijderen? Beëindig het liever als het echt gestopt is: zo "
                "blijft de "
                "geschiedenis bewaard."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.workspace.partners.delete_engagement(line.id)
        except PartnerNotFoundError as error:
            QMessageBox.warning(self, self.tr("Engagement verwijderen"), str(error))
