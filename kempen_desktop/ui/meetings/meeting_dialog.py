"""Plan or edit an overlegmoment (optionally as a recurring series), and the small dialogs
to cancel or move one."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.domain.edits import apply_edits, edited_fields
from kempen_desktop.domain.merge import EditConflictError
from kempen_desktop.services.meetings.meetings import (
    MeetingError,
    MeetingInput,
    ParticipantInput,
    ParticipantView,
)
from kempen_desktop.ui.common.conflict_dialog import stale_message
from kempen_desktop.ui.common.date_field import DateField
from kempen_desktop.ui.common.settings import (
    MEETING_DEFAULT_MINUTES,
    MEETING_DEFAULT_PLACE,
    open_settings,
)
from kempen_desktop.ui.common.text_boxes import TextBox
from kempen_desktop.ui.common.text_limit import limit_length
from kempen_desktop.ui.common.widgets import ErrorLabel, RememberingDialog, combo_value

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
ORGANISER_KEY = "meetings/organiser"


def default_duration() -> timedelta:
    """A new meeting's length (Instellingen → Standaardwaarden), 2 hours unless chosen."""
    minutes = MEETING_DEFAULT_MINUTES.get(open_settings())
    return timedelta(minutes=minutes if 5 <= minutes <= 24 * 60 else 120)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())


class ParticipantPicker(QWidget):
    """Partners with their contact persons, to tick; a filter line; free names below."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Zoek een partner of contactpersoon…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.only_checked = QCheckBox(self.tr("Alleen uitgenodigden tonen"))
        self.only_checked.toggled.connect(lambda _on: self._apply_filter(self.filter.text()))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumHeight(220)
        self.count = QLabel()
        self.count.setStyleSheet("color: palette(mid);")
        self.free = TextBox(lines=2)
        self.free.setPlaceholderText(
            self.tr("Andere deelnemers, één per regel (bv. een werkgever of een gast)")
        )
        search_row = QHBoxLayout()
        search_row.addWidget(self.filter, 1)
        search_row.addWidget(self.only_checked)
        layout.addLayout(search_row)
        layout.addWidget(self.tree, 3)  # the room a larger dialog gives: mostly the list
        layout.addWidget(self.count)
        free_label = QLabel(self.tr("Andere deelnemers (één per regel)"))
        free_label.setBuddy(self.free)
        layout.addWidget(free_label)
        layout.addWidget(self.free, 1)
        partners = workspace.meetings.partners_with_contacts()
        self.tree.blockSignals(True)
        for partner in partners:
            top = QTreeWidgetItem([partner.name])
            top.setData(0, ID_ROLE, str(partner.id))
            top.setData(0, KIND_ROLE, "partner")
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            top.setCheckState(0, Qt.CheckState.Unchecked)
            top.setToolTip(
                0, self.tr("Aangevinkt zonder contactpersoon: de organisatie is uitgenodigd.")
            )
            for contact_id, name in partner.contacts:
                child = QTreeWidgetItem([name])
                child.setData(0, ID_ROLE, str(contact_id))
                child.setData(0, KIND_ROLE, "contact")
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.blockSignals(False)
        self.tree.itemChanged.connect(self._changed)
        self._update_count()

    def _changed(self, item: QTreeWidgetItem, _column: int) -> None:
        # Ticking a contact ticks its organisation too; unticking the organisation unticks its
        # people.
        self.tree.blockSignals(True)
        if item.data(0, KIND_ROLE) == "contact" and item.checkState(0) == Qt.CheckState.Checked:
            item.parent().setCheckState(0, Qt.CheckState.Checked)
        elif item.data(0, KIND_ROLE) == "partner" and item.checkState(0) == Qt.CheckState.Unchecked:
            for index in range(item.childCount()):
                item.child(index).setCheckState(0, Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)
        self._update_count()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        only_checked = self.only_checked.isChecked()
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            children = [top.child(i) for i in range(top.childCount())]
            match_top = needle in top.text(0).casefold()
            match_child = [needle in child.text(0).casefold() for child in children]
            hidden = bool(needle) and not (match_top or any(match_child))
            top.setHidden(hidden or (only_checked and top.checkState(0) != Qt.CheckState.Checked))
            for child, match in zip(children, match_child, strict=True):
                child.setHidden(bool(needle) and not (match_top or match))
            top.setExpanded(
                bool(needle) and any(match_child) or top.checkState(0) == Qt.CheckState.Checked
            )

    def _update_count(self) -> None:
        people = len(self.participants())
        self.count.setText(self.tr("%n deelnemer(s) gekozen", "", people))

    def ensure_present(self, participants: Sequence[ParticipantView]) -> None:
        """Add invited partners and contacts the tree leaves out (made inactive since), so that
        saving an edited meeting does not silently drop them."""
        tops = {
            self.tree.topLevelItem(i).data(0, ID_ROLE): self.tree.topLevelItem(i)
            for i in range(self.tree.topLevelItemCount())
        }
        contacts = {
            item.data(0, ID_ROLE)
            for top in tops.values()
            for item in (top.child(i) for i in range(top.childCount()))
        }
        self.tree.blockSignals(True)
        for participant in participants:
            if participant.partner_id is None:
                continue
            top = tops.get(str(participant.partner_id))
            if top is None:
                top = QTreeWidgetItem([participant.partner_name])
                top.setData(0, ID_ROLE, str(participant.partner_id))
                top.setData(0, KIND_ROLE, "partner")
                top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                top.setCheckState(0, Qt.CheckState.Unchecked)
                self.tree.addTopLevelItem(top)
                tops[str(participant.partner_id)] = top
            if participant.contact_id is not None and str(participant.contact_id) not in contacts:
                child = QTreeWidgetItem([participant.name])
                child.setData(0, ID_ROLE, str(participant.contact_id))
                child.setData(0, KIND_ROLE, "contact")
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                top.addChild(child)
                contacts.add(str(participant.contact_id))
        self.tree.blockSignals(False)

    def set_participants(self, participants: list[ParticipantInput]) -> None:
        contacts = {str(p.contact_id) for p in participants if p.contact_id}
        partners = {str(p.partner_id) for p in participants if p.partner_id}
        self.tree.blockSignals(True)
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            item = iterator.value()
            wanted = contacts if item.data(0, KIND_ROLE) == "contact" else partners
            checked = item.data(0, ID_ROLE) in wanted
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if checked and item.parent() is not None:
                item.parent().setCheckState(0, Qt.CheckState.Checked)
                item.parent().setExpanded(True)
            iterator += 1
        self.tree.blockSignals(False)
        self.free.setPlainText(
            "\n".join(p.name for p in participants if not p.contact_id and not p.partner_id)
        )
        self._update_count()

    def participants(self) -> list[ParticipantInput]:
        result: list[ParticipantInput] = []
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            partner_id = uuid.UUID(top.data(0, ID_ROLE))
            contacts = [
                uuid.UUID(top.child(i).data(0, ID_ROLE))
                for i in range(top.childCount())
                if top.child(i).checkState(0) == Qt.CheckState.Checked
            ]
            if contacts:
                result += [ParticipantInput(partner_id, contact_id) for contact_id in contacts]
            elif top.checkState(0) == Qt.CheckState.Checked:
                result.append(ParticipantInput(partner_id))
        result += [
            ParticipantInput(name=line.strip())
            for line in self.free.toPlainText().splitlines()
            if line.strip()
        ]
        return result


class MeetingDialog(RememberingDialog):
    """New meeting, new series (`series=True`), or edit (`meeting_id`)."""

    def __init__(
        self,
        workspace: Workspace,
        meeting_id: uuid.UUID | None = None,
        *,
        series: bool = False,
        template: MeetingInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings = workspace.meetings
        self._meeting_id = meeting_id
        self.created_ids: list[uuid.UUID] = []
        self.setWindowTitle(
            self.tr("Overleg bewerken")
            if meeting_id
            else self.tr("Reeks overlegmomenten plannen")
            if series
            else self.tr("Nieuw overleg")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.type_combo = QComboBox()
        for code, label in self._meetings.types():
            self.type_combo.addItem(label, code)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("bv. Cliëntoverleg VDAB - OCMW"))
        self.day = DateField(optional=False)
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        times = QHBoxLayout()
        times.addWidget(self.day)
        times.addWidget(QLabel(self.tr("van")))
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("tot")))
        times.addWidget(self.end)
        times.addStretch(1)
        self.location = QLineEdit()
        self.organiser = QLineEdit()
        form.addRow(self.tr("&Soort"), self.type_combo)
        form.addRow(self.tr("&Titel"), self.title)
        day_label = QLabel(self.tr("&Datum"))
        day_label.setBuddy(self.day)
        form.addRow(day_label, times)
        form.addRow(self.tr("&Plaats"), self.location)
        form.addRow(self.tr("&Organisator"), self.organiser)
        self.minutes = TextBox(lines=3)
        self.minutes.setPlaceholderText(
            self.tr(
                "Algemene notities: staan in elke versie van het verslag, dus geen cliëntgegevens"
            )
        )
        if meeting_id is not None:
            form.addRow(self.tr("&Notities"), self.minutes)
        self.series_box = QCheckBox(self.tr("Terugkerende reeks"))
        self.count = QSpinBox()
        self.count.setRange(2, 24)
        self.count.setValue(4)
        self.count.setSuffix(self.tr(" keer"))
        self.interval = QSpinBox()
        self.interval.setRange(1, 12)
        self.interval.setValue(3)
        self.interval.setSuffix(self.tr(" maand(en)"))
        series_row = QHBoxLayout()
        series_row.addWidget(self.series_box)
        series_row.addWidget(self.count)
        series_row.addWidget(QLabel(self.tr("om de")))
        series_row.addWidget(self.interval)
        series_row.addStretch(1)
        if meeting_id is None:
            form.addRow("", series_row)
        self.series_box.toggled.connect(self.count.setEnabled)
        self.series_box.toggled.connect(self.interval.setEnabled)
        self.series_box.setChecked(series)
        self.count.setEnabled(series)
        self.interval.setEnabled(series)
        layout.addLayout(form, 1 if meeting_id is not None else 0)  # the notes grow too
        layout.addWidget(QLabel(self.tr("<b>Uitgenodigd</b>")))
        self.picker = ParticipantPicker(workspace)
        layout.addWidget(self.picker, 2)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        limit_length(self.minutes, self.error.show_message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 720)
        if meeting_id is not None:
            view = self._meetings.get(meeting_id)
            if self.type_combo.findData(view.type_code) < 0:  # a type deactivated since: keep it
                self.type_combo.addItem(view.type_label, view.type_code)
            self.picker.ensure_present(view.participants)
            self._fill(view.as_input())
            self.minutes.setPlainText(view.minutes)
            # Only what the user edits is saved: the form adds an end time where none was set
            # and turns CRLF into LF, neither of which is an edit.
            self._original: MeetingInput | None = view.as_input()
            self._shown = (self.data(), self.minutes.toPlainText())
        else:
            self._original = None
            start = datetime.combine(date.today() + timedelta(days=7), time(9, 30))
            data = template or MeetingInput(
                starts_at=start,
                ends_at=start + default_duration(),
                location=MEETING_DEFAULT_PLACE.get(open_settings()),
                organiser=str(open_settings().value(ORGANISER_KEY, "") or ""),
            )
            self._fill(data)

    def _fill(self, data: MeetingInput) -> None:
        index = self.type_combo.findData(data.type_code)
        self.type_combo.setCurrentIndex(max(index, 0))
        self.title.setText(data.title)
        self.day.setDate(to_qdate(data.starts_at.date()))
        self.start.setTime(to_qtime(data.starts_at.time()))
        end = data.ends_at or data.starts_at + default_duration()
        self.end.setTime(to_qtime(end.time()))
        self.location.setText(data.location)
        self.organiser.setText(data.organiser)
        self.picker.set_participants(data.participants)

    def data(self) -> MeetingInput:
        day = from_qdate(self.day.date())
        start = datetime.combine(day, from_qtime(self.start.time()))
        end = datetime.combine(day, from_qtime(self.end.time()))
        return MeetingInput(
            combo_value(self.type_combo) or "",
            self.title.text(),
            start,
            end,
            self.location.text(),
            self.organiser.text(),
            self.picker.participants(),
        )

    def _save(self) -> None:
        data = self.data()
        try:
            if self._meeting_id is not None and self._original is not None:
                shown, shown_minutes = self._shown
                minutes = self.minutes.toPlainText()
                edited_minutes = minutes if minutes != shown_minutes else None
                self.created_ids = [self._meeting_id]
                if not edited_fields(shown, data) and edited_minutes is None:
                    self.accept()  # nothing edited: nothing written
                    return
                data = apply_edits(self._original, shown, data)
                self._meetings.update(self._meeting_id, data, edited_minutes, base=self._original)
            elif self.series_box.isChecked():
                _series, self.created_ids = self._meetings.plan_series(
                    data, self.count.value(), self.interval.value()
                )
            else:
                self.created_ids = [self._meetings.plan(data)]
        except MeetingError as error:
            self.error.show_message(str(error))
            return
        except EditConflictError:  # someone else changed the same fields: nothing saved
            self.error.show_message(stale_message())
            return
        if data.organiser.strip():
            open_settings().setValue(ORGANISER_KEY, data.organiser.strip())
        self.accept()


class MoveDialog(QDialog):
    """A new date and time for a planned meeting, and why."""

    def __init__(
        self, starts_at: datetime, ends_at: datetime | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overleg verplaatsen"))
        form = QFormLayout(self)
        self.when = QDateTimeEdit(QDateTime(to_qdate(starts_at.date()), to_qtime(starts_at.time())))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        self.end.setTime(to_qtime((ends_at or starts_at + default_duration()).time()))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("bv. te weinig partners beschikbaar"))
        self.error = ErrorLabel()
        form.addRow(self.tr("&Nieuwe datum en beginuur"), self.when)
        form.addRow(self.tr("&Einduur"), self.end)
        form.addRow(self.tr("&Reden"), self.reason)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Verplaatsen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[datetime, datetime, str]:
        value = self.when.dateTime()
        start = datetime(
            value.date().year(),
            value.date().month(),
            value.date().day(),
            value.time().hour(),
            value.time().minute(),
        )
        end = datetime.combine(start.date(), from_qtime(self.end.time()))
        return start, end, self.reason.text()
