"""Dialogs of the Acties tab: an action, an indicator, a measurement, an event."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.domain.actions import (
    COMPUTABLE,
    EVENT_KIND_LABELS,
    LEVEL_LABELS,
    LONG_MAX,
    SHORT_MAX,
)
from kempen_desktop.domain.edits import apply_edits
from kempen_desktop.domain.merge import EditConflictError
from kempen_desktop.domain.wse import WSE_CODES
from kempen_desktop.services.actions.actions import ActionInput, IndicatorInput
from kempen_desktop.services.actions.events import EventInput
from kempen_desktop.ui.common.conflict_dialog import ConflictDialog, plain_value, stale_message
from kempen_desktop.ui.common.date_field import DateField

T = TypeVar("T")
R = TypeVar("R")


def date_edit(
    value: date | None, optional: bool = True, reference: date | None = None
) -> DateField:
    """The app's one date field (typed, relative to `reference` — e.g. the event's day —
    or to today), showing `value`."""
    field = DateField(optional=optional)
    field.set_reference(reference)
    field.set_value(value)
    return field


def date_of(field: DateField) -> date | None:
    return field.value()


def follow_reference(source: DateField, *targets: DateField) -> None:
    """Let '+14' and 't' in `targets` count from the day in `source` (e.g. the event date)."""

    def update(*_: object) -> None:
        for target in targets:
            target.set_reference(source.value())

    source.dateChanged.connect(update)
    update()


def check_list(items: list[tuple[object, str]], checked: set[object]) -> QListWidget:
    widget = QListWidget()
    for value, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(110)
    return widget


def checked_values(widget: QListWidget) -> set[object]:
    return {
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    }


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def field_names(**labels: str) -> dict[str, str]:
    """Field -> the form's label without its mnemonic."""
    return {name: text.replace("&", "") for name, text in labels.items()}


class _Dialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.field_labels: dict[str, str] = {}  # for the conflict dialog (`merging`)
        self.pickers: dict[str, QComboBox] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _finish(self) -> None:
        self.form.addRow(self.buttons)

    def _save(self) -> None:
        try:
            self.save()
        except EditConflictError:  # not saved: someone else changed the same fields
            QMessageBox.warning(self, self.windowTitle(), stale_message())
            return
        except ValueError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.accept()

    def save(self) -> None:
        raise NotImplementedError

    def merging(self, save: Callable[[T, T], R], data: T, original: T) -> R:
        """`save(data, base)` of `data` edited from `original`, merged with what someone else
        saved since (issue 19): fields both changed are chosen in the conflict dialog.
        Cancelled: EditConflictError, nothing saved."""
        while True:
            try:
                return save(data, original)
            except EditConflictError as conflict:
                if conflict.merged is None or conflict.theirs is None or not conflict.conflicts:
                    raise
                dialog = ConflictDialog(conflict.conflicts, self.field_labels, self.describe, self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    raise
                original = conflict.theirs
                data = replace(conflict.merged, **dialog.choices())  # type: ignore[type-var]

    def describe(self, field: str, value: object) -> str:
        """A value as the form shows it: a picker's text, else plainly."""
        combo = self.pickers.get(field)
        if combo is not None and combo.findData(value) >= 0:
            return str(combo.itemText(combo.findData(value)))
        return plain_value(value)


class ActionDialog(_Dialog):
    """A new action, or an existing one: only the edited fields are written."""

    def __init__(
        self, workspace: Workspace, action_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Actie"), parent)
        self.workspace, self.action_id = workspace, action_id
        self.original = (
            workspace.actions.get(action_id)
            if action_id
            else ActionInput(code="", short_description="")
        )
        data = self.original
        self.code = QLineEdit(data.code)
        self.code.setMaxLength(30)
        self.level = QComboBox()
        for value, label in LEVEL_LABELS.items():
            self.level.addItem(label, value)
        select_data(self.level, data.level)
        self.parent_box = QComboBox()
        self.parent_box.addItem(self.tr("(geen)"), None)
        for choice_id, label in workspace.actions.action_choices():
            if choice_id != action_id:
                self.parent_box.addItem(label, choice_id)
        select_data(self.parent_box, data.parent_id)
        self.short = QLineEdit(data.short_description)
        self.short.setMaxLength(SHORT_MAX)
        self.short_count = QLabel()
        self.short.textChanged.connect(self._count)
        self.long = QPlainTextEdit(data.long_description)
        self.long_count = QLabel()
        self.long.textChanged.connect(self._count)
        self.status = QComboBox()
        for choice in workspace.actions.statuses(keep=data.status):
            self.status.addItem(choice.label, choice.value)
        select_data(self.status, data.status)
        self.wse = QComboBox()
        self.wse.addItem(self.tr("(geen)"), None)
        for code in WSE_CODES:
            self.wse.addItem(code, code)
        select_data(self.wse, data.wse_code)
        self.priority = QCheckBox(self.tr("Prioritaire actie"))
        self.priority.setChecked(data.priority)
        self.starts = date_edit(data.starts_on)
        self.ends = date_edit(data.ends_on)
        follow_reference(self.starts, self.ends)
        self.responsible = QLineEdit(data.responsible)
        self.responsible.setMaxLength(200)
        self.partners = check_list(list(workspace.actions.partner_choices()), set(data.partner_ids))
        for label, widget in (
            (self.tr("&Code"), self.code),
            (self.tr("&Niveau"), self.level),
            (self.tr("&Hangt onder"), self.parent_box),
            (self.tr("&Korte omschrijving"), self.short),
            ("", self.short_count),
            (self.tr("&Lange omschrijving"), self.long),
            ("", self.long_count),
            (self.tr("&Status"), self.status),
            (self.tr("&WSE-prioriteit"), self.wse),
            ("", self.priority),
            (self.tr("Start&datum"), self.starts),
            (self.tr("&Einddatum"), self.ends),
            (self.tr("&Verantwoordelijke"), self.responsible),
            (self.tr("&Partners"), self.partners),
        ):
            self.form.addRow(label, widget)
        # For the conflict dialog (issue 19): the form's labels, the pickers' texts.
        self.field_labels = field_names(
            code=self.tr("&Code"),
            level=self.tr("&Niveau"),
            parent_id=self.tr("&Hangt onder"),
            short_description=self.tr("&Korte omschrijving"),
            long_description=self.tr("&Lange omschrijving"),
            status=self.tr("&Status"),
            wse_code=self.tr("&WSE-prioriteit"),
            priority=self.tr("Prioritaire actie"),
            starts_on=self.tr("Start&datum"),
            ends_on=self.tr("&Einddatum"),
            responsible=self.tr("&Verantwoordelijke"),
        )
        self.pickers = {
            "level": self.level,
            "parent_id": self.parent_box,
            "status": self.status,
            "wse_code": self.wse,
        }
        self._finish()
        self._count()
        self.shown = self.current()
        self.resize(640, 640)

    def _count(self) -> None:
        self.short_count.setText(
            self.tr("%1 van %2 tekens")
            .replace("%1", str(len(self.short.text())))
            .replace("%2", str(SHORT_MAX))
        )
        n = len(self.long.toPlainText())
        self.long_count.setText(
            self.tr("%1 van %2 tekens")
            .replace("%1", f"{n:,}".replace(",", "."))
            .replace("%2", f"{LONG_MAX:,}".replace(",", "."))
        )

    def current(self) -> ActionInput:
        return ActionInput(
            code=self.code.text().strip(),
            short_description=self.short.text(),
            long_description=self.long.toPlainText(),
            level=str(self.level.currentData()),
            parent_id=self.parent_box.currentData(),
            status=str(self.status.currentData()),
            starts_on=date_of(self.starts),
            ends_on=date_of(self.ends),
            priority=self.priority.isChecked(),
            wse_code=self.wse.currentData(),
            responsible=self.responsible.text(),
            partner_ids=frozenset(checked_values(self.partners)),  # type: ignore[arg-type]
        )

    def save(self) -> None:
        data = apply_edits(self.original, self.shown, self.current())
        action_id, actions = self.action_id, self.workspace.actions
        if action_id is None:
            self.action_id = actions.save(data)
            return
        self.merging(
            lambda value, base: actions.save(value, action_id, base=base), data, self.original
        )


class IndicatorDialog(_Dialog):
    def __init__(self, workspace: Workspace, action_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(self.tr("Indicator"), parent)
        self.workspace, self.action_id = workspace, action_id
        self.computed = QComboBox()
        self.computed.addItem(self.tr("Met de hand ingevuld"), None)
        for key, (name, _unit) in COMPUTABLE.items():
            self.computed.addItem(name, key)
        self.name = QLineEdit()
        self.computed.currentIndexChanged.connect(self._computed_chosen)
        self.unit = QLineEdit()
        self.target = QDoubleSpinBox()
        self.target.setRange(-1, 1_000_000)
        self.target.setSpecialValueText(self.tr("geen doel"))
        self.target.setValue(-1)
        for label, widget in (
            (self.tr("&Berekening"), self.computed),
            (self.tr("&Naam"), self.name),
            (self.tr("&Eenheid"), self.unit),
            (self.tr("&Doel"), self.target),
        ):
            self.form.addRow(label, widget)
        self._finish()

    def _computed_chosen(self) -> None:
        key = self.computed.currentData()
        if key:
            self.name.setText(COMPUTABLE[key][0])
            self.unit.setText(COMPUTABLE[key][1])

    def save(self) -> None:
        target = self.target.value()
        self.workspace.actions.save_indicator(
            self.action_id,
            IndicatorInput(
                self.name.text(),
                self.unit.text(),
                None if target < 0 else target,
                self.computed.currentData(),
            ),
        )


class MeasurementDialog(_Dialog):
    def __init__(
        self,
        workspace: Workspace,
        indicator_id: uuid.UUID,
        computed: bool,
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Meting"), parent)
        self.workspace, self.indicator_id, self.is_computed = workspace, indicator_id, computed
        self.on = date_edit(date.today(), optional=False)
        self.value = QDoubleSpinBox()
        self.value.setRange(0, 1_000_000_000)
        self.value.setDecimals(1)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.form.addRow(self.tr("&Datum"), self.on)
        if computed:
            self.form.addRow(QLabel(self.tr("De waarde wordt berekend op deze datum.")))
        else:
            self.form.addRow(self.tr("&Waarde"), self.value)
        self.form.addRow(self.tr("&Opmerking"), self.note)
        self._finish()

    def save(self) -> None:
        on = date_of(self.on) or date.today()
        value = None if self.is_computed else self.value.value()
        self.workspace.actions.add_measurement(self.indicator_id, on, value, self.note.text())


def _count_box(value: int | None) -> QSpinBox:
    box = QSpinBox()
    box.setRange(-1, 1_000_000)
    box.setSpecialValueText("—")
    box.setValue(-1 if value is None else value)
    return box


def _count_of(box: QSpinBox) -> int | None:
    return None if box.value() < 0 else box.value()


class EventDialog(_Dialog):
    """A new event, or an existing one: only the edited fields are written."""

    def __init__(
        self, workspace: Workspace, event_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Activiteit"), parent)
        self.workspace, self.event_id = workspace, event_id
        self.original = (
            workspace.actions.event(event_id)
            if event_id
            else EventInput("jobevent", "", date.today())
        )
        data = self.original
        self.kind = QComboBox()
        for value, label in EVENT_KIND_LABELS.items():
            self.kind.addItem(label, value)
        select_data(self.kind, data.kind)
        self.title = QLineEdit(data.title)
        self.title.setMaxLength(200)
        self.held = date_edit(data.held_on, optional=False)
        self.ends = date_edit(data.ends_on)
        follow_reference(self.held, self.ends)  # 'tot en met +1' = the day after the event
        self.location = QLineEdit(data.location)
        self.location.setMaxLength(200)
        self.action = QComboBox()
        self.action.addItem(self.tr("(geen)"), None)
        for action_id, label in workspace.actions.action_choices():
            self.action.addItem(label, action_id)
        select_data(self.action, data.policy_action_id)
        partners = list(workspace.actions.partner_choices())
        self.organisers = check_list(partners, set(data.organiser_ids))
        self.employers = check_list(partners, set(data.employer_ids))
        groups = [(c.value, c.label) for c in workspace.actions.target_groups()]
        self.groups = check_list(groups, set(data.target_groups))
        self.visitors = _count_box(data.visitors)
        self.contacts = _count_box(data.contacts)
        self.interviews = _count_box(data.interviews)
        self.other_hires = _count_box(data.other_hires)
        self.results = QPlainTextEdit(data.results)
        self.results.setMaximumHeight(80)
        for label, widget in (
            (self.tr("&Soort"), self.kind),
            (self.tr("&Titel"), self.title),
            (self.tr("&Datum"), self.held),
            (self.tr("Tot en &met"), self.ends),
            (self.tr("&Plaats"), self.location),
            (self.tr("&Actie"), self.action),
            (self.tr("&Organiserende partners"), self.organisers),
            (self.tr("Deelnemende &werkgevers"), self.employers),
            (self.tr("Doelgroep&en"), self.groups),
            (self.tr("Anonieme &bezoekers"), self.visitors),
            (self.tr("&Contacten"), self.contacts),
            (self.tr("Sollicitatie&gesprekken"), self.interviews),
            (self.tr("Aanwervingen &zonder dossier"), self.other_hires),
            (self.tr("&Resultaten"), self.results),
        ):
            self.form.addRow(label, widget)
        # For the conflict dialog (issue 19): the form's labels, the pickers' texts.
        self.field_labels = field_names(
            kind=self.tr("&Soort"),
            title=self.tr("&Titel"),
            held_on=self.tr("&Datum"),
            ends_on=self.tr("Tot en &met"),
            location=self.tr("&Plaats"),
            policy_action_id=self.tr("&Actie"),
            visitors=self.tr("Anonieme &bezoekers"),
            contacts=self.tr("&Contacten"),
            interviews=self.tr("Sollicitatie&gesprekken"),
            other_hires=self.tr("Aanwervingen &zonder dossier"),
            results=self.tr("&Resultaten"),
        )
        self.pickers = {"kind": self.kind, "policy_action_id": self.action}
        self._finish()
        self.shown = self.current()
        self.resize(620, 760)

    def current(self) -> EventInput:
        return EventInput(
            kind=str(self.kind.currentData()),
            title=self.title.text(),
            held_on=date_of(self.held) or date.today(),
            ends_on=date_of(self.ends),
            location=self.location.text(),
            policy_action_id=self.action.currentData(),
            organiser_ids=frozenset(checked_values(self.organisers)),  # type: ignore[arg-type]
            employer_ids=frozenset(checked_values(self.employers)),  # type: ignore[arg-type]
            target_groups=frozenset(checked_values(self.groups)),  # type: ignore[arg-type]
            visitors=_count_of(self.visitors),
            contacts=_count_of(self.contacts),
            interviews=_count_of(self.interviews),
            other_hires=_count_of(self.other_hires),
            results=self.results.toPlainText(),
        )

    def save(self) -> None:
        data = apply_edits(self.original, self.shown, self.current())
        event_id, actions = self.event_id, self.workspace.actions
        if event_id is None:
            self.event_id = actions.save_event(data)
            return
        self.merging(
            lambda value, base: actions.save_event(value, event_id, base=base), data, self.original
        )


class MeetingLinkDialog(_Dialog):
    """The overlegmomenten reported on under an action (cancelled ones with their reason)."""

    def __init__(self, workspace: Workspace, action_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(self.tr("Overlegmomenten koppelen"), parent)
        self.workspace, self.action_id = workspace, action_id
        self.resize(620, 480)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Zoek op datum of titel"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        linked: set[object] = set(workspace.actions.linked_meetings(action_id))
        self.meetings = check_list(list(workspace.actions.meeting_choices()), linked)
        self.meetings.setAccessibleName(self.tr("Overlegmomenten"))
        self.form.addRow(
            QLabel(
                self.tr(
                    "Aangevinkte overlegmomenten komen in het concept van de rapportering "
                    "(geannuleerde met hun reden)."
                )
            )
        )
        self.form.addRow(self.tr("&Zoeken"), self.filter)
        self.form.addRow(self.meetings)
        self._finish()

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.meetings.count()):
            item = self.meetings.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def save(self) -> None:
        chosen = {value for value in checked_values(self.meetings) if isinstance(value, uuid.UUID)}
        self.workspace.actions.set_linked_meetings(self.action_id, chosen)


class HireDialog(_Dialog):
    """A participant's hire: the employer and the first working day (the event's day unless
    changed); '(geen aanwerving)' takes a hire back."""

    def __init__(
        self,
        workspace: Workspace,
        participant_id: uuid.UUID,
        event_day: date,
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Aanwerving"), parent)
        self.workspace, self.participant_id = workspace, participant_id
        self.employer = QComboBox()
        self.employer.addItem(self.tr("(geen aanwerving)"), None)
        for partner_id, name in workspace.actions.partner_choices():
            self.employer.addItem(name, partner_id)
        if self.employer.count() > 1:
            self.employer.setCurrentIndex(1)
        self.employer.currentIndexChanged.connect(self._enable)
        self.started = date_edit(event_day, optional=False, reference=event_day)
        self.form.addRow(self.tr("Aangeworven &door"), self.employer)
        self.form.addRow(self.tr("&Start op"), self.started)
        self._finish()
        self._enable()

    def _enable(self) -> None:
        self.started.setEnabled(self.employer.currentData() is not None)

    def save(self) -> None:
        employer = self.employer.currentData()
        started = date_of(self.started) if employer is not None else None
        outcome = self.workspace.actions.set_hired(self.participant_id, employer, started)
        if outcome.status_kept:  # the hire is recorded; the status could not follow
            QMessageBox.information(self, self.windowTitle(), outcome.status_kept)
