"""The Actiepunten overview: every action point, filtered by owner, partner, due date or
overdue; mark done, change status, or open the dossier it is about."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.domain import meetings as rules
from kempen_desktop.domain.merge import EditConflictError
from kempen_desktop.services.common.lookups import PartnerChoice
from kempen_desktop.services.meetings.action_points import (
    ActionEdit,
    ActionFilter,
    ActionRow,
    Owner,
)
from kempen_desktop.services.meetings.meetings import MeetingError
from kempen_desktop.ui.common import colours
from kempen_desktop.ui.common.conflict_dialog import ConflictDialog, plain_value, stale_message
from kempen_desktop.ui.common.date_field import DateField
from kempen_desktop.ui.common.empty_state import EmptyState
from kempen_desktop.ui.common.formatting import day_text
from kempen_desktop.ui.common.lazy_tab import LazyTab
from kempen_desktop.ui.common.record_table_model import Column, RecordTableModel
from kempen_desktop.ui.common.tables import configure_table
from kempen_desktop.ui.common.widgets import (
    NO_CHOICE,
    ErrorLabel,
    RememberingDialog,
    combo_value,
)
from kempen_desktop.ui.meetings import labels

COLUMNS: list[Column[ActionRow]] = [
    Column(
        QT_TRANSLATE_NOOP("ActionPointsView", "Deadline"),
        lambda a: day_text(a.deadline),
        lambda a: a.deadline or date.max,
    ),
    Column(QT_TRANSLATE_NOOP("ActionPointsView", "Actiepunt"), lambda a: a.description),
    Column(QT_TRANSLATE_NOOP("ActionPointsView", "Wie"), lambda a: a.owner),
    Column(
        QT_TRANSLATE_NOOP("ActionPointsView", "Dossier"),
        lambda a: str(a.dossier_num or ""),
        lambda a: a.dossier_num or 0,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionPointsView", "Overleg"),
        lambda a: f"{day_text(a.meeting_date)} {a.meeting_title}".strip(),
        lambda a: a.meeting_date or date.min,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionPointsView", "Status"), lambda a: labels.action_status(a.status)
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionPointsView", "Afgerond op"),
        lambda a: day_text(a.completed_on),
        lambda a: a.completed_on or date.min,
    ),
]


class ActionTableModel(RecordTableModel[ActionRow]):
    """Overdue deadlines in red."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def, override]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            record = self.record(index.row())
            if record is not None and record.is_overdue(date.today()):
                return QBrush(colours.colour(colours.OVERDUE))
        return super().data(index, role)


class ActionPointsView(LazyTab):
    # Meetings and dossiers: their titles and numbers are shown; deleting one takes its points.
    CONCERNS = ("action_points", "meetings", "dossiers", "partners")
    open_dossier = Signal(object)  # dossier id

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._service = workspace.action_points
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.owner = QComboBox()
        self.partner = QComboBox()
        self.due = DateField(optional=False)
        self.due_box = QCheckBox(self.tr("Tegen"))
        self.overdue = QCheckBox(self.tr("Alleen &verlopen"))
        self.open_only = QCheckBox(self.tr("Alleen &open"))
        self.open_only.setChecked(True)
        for label, widget in ((self.tr("&Wie"), self.owner), (self.tr("&Partner"), self.partner)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(22)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.due_box)
        filters.addWidget(self.due)
        filters.addWidget(self.overdue)
        filters.addWidget(self.open_only)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.model = ActionTableModel(COLUMNS, "ActionPointsView", self)
        self.table = configure_table(QTableView(), self.model, (90, 380, 220, 70, 260, 80))
        self.table.doubleClicked.connect(self._open_dossier)
        layout.addWidget(self.table, 1)
        self.empty = EmptyState(
            self.tr("Geen open actiepunten"),
            self.tr(
                "Actiepunten ontstaan in een overleg: bij een agendapunt legt u vast wie wat "
                "doet en tegen wanneer. Ze verschijnen hier tot ze afgerond zijn."
            ),
            "actions",
        )
        self.show_closed = self.empty.add_button(
            self.tr("Afgeronde actiepunten tonen"), lambda: self.open_only.setChecked(False)
        )
        self.empty.mount(self.table)
        buttons = QHBoxLayout()
        self.done_button = QPushButton(self.tr("&Afgerond"))
        self.done_button.setToolTip(
            self.tr("Markeer het gekozen actiepunt als afgerond (Ctrl+Enter)")
        )
        self.busy_button = QPushButton(self.tr("&Bezig"))
        self.lapse_button = QPushButton(self.tr("Ver&vallen"))
        self.reopen_button = QPushButton(self.tr("&Heropenen"))
        self.dossier_button = QPushButton(self.tr("&Dossier openen"))
        self.edit_button = QPushButton(self.tr("Be&werken…"))
        self.edit_button.clicked.connect(self.edit_current)
        buttons.addWidget(self.edit_button)
        for button, status in (
            (self.done_button, rules.DONE),
            (self.busy_button, rules.BUSY),
            (self.lapse_button, rules.LAPSED),
            (self.reopen_button, rules.OPEN),
        ):
            button.clicked.connect(lambda _checked=False, s=status: self.set_status(s))
            buttons.addWidget(button)
        self.dossier_button.clicked.connect(lambda: self._open_dossier(self.table.currentIndex()))
        buttons.addWidget(self.dossier_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        QShortcut(
            QKeySequence("Ctrl+Return"), self.table, activated=lambda: self.set_status(rules.DONE)
        )
        for widget in (self.owner, self.partner):
            widget.currentIndexChanged.connect(self.refresh)
        for box in (self.due_box, self.overdue, self.open_only):
            box.toggled.connect(self.refresh)
        self.due.dateChanged.connect(lambda _d: self.due_box.isChecked() and self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self._filling = False

    def reload(self) -> None:
        """Fill the pickers (partners may have changed) and the list."""
        self._filling = True
        owner, partner = combo_value(self.owner), combo_value(self.partner)
        partners = self._workspace.meetings.partners_with_contacts()
        self.owner.clear()
        self.owner.addItem(self.tr("Iedereen"), NO_CHOICE)
        self.owner.addItem(self.tr("De regisseur"), "regisseur")
        for choice in partners:
            self.owner.addItem(choice.name, f"partner:{choice.id}")
            for contact_id, name in choice.contacts:
                self.owner.addItem(f"    {name}", f"contact:{contact_id}")
        self.partner.clear()
        self.partner.addItem(self.tr("Alle partners"), NO_CHOICE)
        for choice in partners:
            self.partner.addItem(choice.name, str(choice.id))
        self.owner.setCurrentIndex(max(self.owner.findData(owner), 0) if owner is not None else 0)
        self.partner.setCurrentIndex(
            max(self.partner.findData(partner), 0) if partner is not None else 0
        )
        if not self.due_box.isChecked():
            week = date.today() + timedelta(days=14)
            self.due.setDate(QDate(week.year, week.month, week.day))
        self._filling = False
        self.refresh()

    def current_filter(self) -> ActionFilter:
        owner = combo_value(self.owner) or ""
        partner = combo_value(self.partner)
        due = self.due.date()
        return ActionFilter(
            owner_regisseur=owner == "regisseur",
            owner_partner_id=uuid.UUID(owner.split(":", 1)[1])
            if owner.startswith("partner:")
            else None,
            owner_contact_id=uuid.UUID(owner.split(":", 1)[1])
            if owner.startswith("contact:")
            else None,
            partner_id=uuid.UUID(partner) if partner else None,
            due_before=date(due.year(), due.month(), due.day())
            if self.due_box.isChecked()
            else None,
            overdue=self.overdue.isChecked(),
            open_only=self.open_only.isChecked(),
        )

    def refresh(self) -> None:
        if self._filling:
            return
        current = self.model.record(self.table.currentIndex().row())
        rows = self._service.rows(self.current_filter())
        self.model.set_records(rows)
        today = date.today()
        overdue = sum(1 for row in rows if row.is_overdue(today))
        self._show_empty(not rows)
        self.summary.setText(
            self.tr("%1 actiepunten, waarvan %2 verlopen.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(overdue))
        )
        if current is not None:
            for row in range(self.model.rowCount()):
                if self.model.record(row).id == current.id:  # type: ignore[union-attr]
                    self.table.selectRow(row)
                    break
        self._update_buttons()

    def _show_empty(self, nothing: bool) -> None:
        """The empty state when no filter but 'alleen open' hides anything."""
        narrowed = (
            self.owner.currentIndex() > 0
            or self.partner.currentIndex() > 0
            or self.due_box.isChecked()
            or self.overdue.isChecked()
        )
        self.empty.set_shown(nothing and not narrowed)
        if self.open_only.isChecked():
            self.empty.title.setText(self.tr("Geen open actiepunten"))
        else:
            self.empty.title.setText(self.tr("Nog geen actiepunten"))
        self.show_closed.setVisible(self.open_only.isChecked())

    def _update_buttons(self) -> None:
        record = self.model.record(self.table.currentIndex().row())
        for button in (
            self.done_button,
            self.busy_button,
            self.lapse_button,
            self.reopen_button,
            self.edit_button,
        ):
            button.setEnabled(record is not None)
        self.dossier_button.setEnabled(record is not None and record.dossier_id is not None)

    def set_status(self, status: str) -> None:
        record = self.model.record(self.table.currentIndex().row())
        if record is None:
            return
        row = self.table.currentIndex().row()
        try:
            self._service.set_status(record.id, status)
        except MeetingError as error:
            QMessageBox.warning(self, self.tr("Actiepunt"), str(error))
            return
        self.ensure_loaded()  # the list followed the change (on_changes) if it was shown
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def edit_current(self) -> None:
        record = self.model.record(self.table.currentIndex().row())
        if record is None:
            return
        ActionPointDialog(self._workspace, record, self).exec()  # the list follows in on_changes

    def _open_dossier(self, index) -> None:  # type: ignore[no-untyped-def]
        record = self.model.record(index.row()) if index.isValid() else None
        if record is not None and record.dossier_id is not None:
            self.open_dossier.emit(record.dossier_id)


def owner_choices(partners: list[PartnerChoice]) -> list[tuple[str, str]]:
    """(label, value) for an owner picker: the regisseur, each partner and its contacts."""
    choices = [(QCoreApplication.translate("ActionPointsView", "De regisseur"), "regisseur")]
    for choice in partners:
        choices.append((choice.name, f"partner:{choice.id}"))
        choices += [
            (f"    {name}", f"contact:{contact_id}") for contact_id, name in choice.contacts
        ]
    return choices


def owner_value(owner: Owner) -> str:
    """The picker's value of an owner (the reverse of owner_from_value)."""
    if owner.is_regisseur:
        return "regisseur"
    if owner.contact_id is not None:
        return f"contact:{owner.contact_id}"
    return f"partner:{owner.partner_id}"


def owner_from_value(value: str) -> Owner:
    kind, _sep, ident = value.partition(":")
    if kind == "regisseur":
        return Owner.regisseur()
    if kind == "contact":
        return Owner(contact_id=uuid.UUID(ident))
    return Owner(partner_id=uuid.UUID(ident)) if kind == "partner" else Owner()


class ActionPointDialog(RememberingDialog):
    """Change what, who and by when of one action point."""

    def __init__(
        self, workspace: Workspace, record: ActionRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = workspace.action_points
        self._record = record
        self.setWindowTitle(self.tr("Actiepunt bewerken"))
        form = QFormLayout(self)
        self.description = QLineEdit(record.description)
        self.owner = QComboBox()
        for label, value in owner_choices(workspace.meetings.partners_with_contacts()):
            self.owner.addItem(label, value)
        current = (
            "regisseur"
            if record.owner_is_regisseur
            else f"contact:{record.owner_contact_id}"
            if record.owner_contact_id
            else f"partner:{record.owner_partner_id}"
            if record.owner_partner_id
            else "regisseur"
        )
        if (
            self.owner.findData(current) < 0
        ):  # an owner made inactive since: keep it, do not fall back
            self.owner.addItem(record.owner, current)
        self.owner.setCurrentIndex(max(self.owner.findData(current), 0))
        self.deadline = DateField()
        self.deadline.set_value(record.deadline)
        # As opened: a save merges with what someone else saved since (issue 19).
        self._base = ActionEdit(record.description, owner_from_value(current), record.deadline)
        self.error = ErrorLabel()
        form.addRow(self.tr("&Wat"), self.description)
        form.addRow(self.tr("W&ie"), self.owner)
        form.addRow(self.tr("&Tegen"), self.deadline)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, 180)

    def _save(self) -> None:
        mine = ActionEdit(
            self.description.text(),
            owner_from_value(combo_value(self.owner) or "regisseur"),
            self.deadline.value(),
        )
        while True:
            try:
                self._service.update(
                    self._record.id, mine.description, mine.owner, mine.deadline, base=self._base
                )
            except MeetingError as error:
                self.error.show_message(str(error))
                return
            except EditConflictError as conflict:
                resolved = self._resolve(conflict)
                if resolved is None:
                    return
                mine = resolved
                continue
            self.accept()
            return

    def _resolve(self, conflict: EditConflictError[ActionEdit]) -> ActionEdit | None:
        """The user's choice per field both changed, over what is stored now; None (nothing
        saved, the dialog stays open) when cancelled."""
        if conflict.merged is None or conflict.theirs is None or not conflict.conflicts:
            self.error.show_message(stale_message())
            return None
        names = {  # the form's own labels, without their mnemonics
            "description": self.tr("&Wat"),
            "owner": self.tr("W&ie"),
            "deadline": self.tr("&Tegen"),
        }
        names = {key: text.replace("&", "") for key, text in names.items()}
        dialog = ConflictDialog(conflict.conflicts, names, self._describe, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.error.show_message(stale_message())
            return None
        self._base = conflict.theirs
        return replace(conflict.merged, **dialog.choices())

    def _describe(self, field: str, value: object) -> str:
        if field == "owner" and isinstance(value, Owner):
            index = self.owner.findData(owner_value(value))
            if index >= 0:
                return self.owner.itemText(index).strip()
        return plain_value(value)
