"""Change a dossier's status along the workflow; closing asks for a reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.domain import status as workflow
from kempen_desktop.services.common.lookups import Choice
from kempen_desktop.ui.common.date_field import DateField
from kempen_desktop.ui.common.service_messages import translated
from kempen_desktop.ui.common.widgets import (
    NO_CHOICE,
    ErrorLabel,
    RememberingDialog,
    combo_value,
)

# (new status, effective date, closing reason or None, note) -> raises ValueError with Dutch text
ApplyStatus = Callable[[str, date, str | None, str], None]


class StatusDialog(RememberingDialog):
    def __init__(
        self,
        current: str,
        statuses: list[Choice],
        reasons: list[Choice],
        apply: ApplyStatus,
        *,
        closing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._apply = apply
        labels = {choice.value: choice.label for choice in statuses}
        self.setWindowTitle(self.tr("Dossier afsluiten") if closing else self.tr("Status wijzigen"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Huidige status: %s") % labels.get(current, current)))
        form = QFormLayout()
        self.status = QComboBox()
        for code in workflow.allowed_next(current):
            if not closing or code == workflow.AFGESLOTEN:
                self.status.addItem(labels.get(code, code), code)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("— kies een reden —"), NO_CHOICE)
        for choice in reasons:
            self.reason.addItem(choice.label, choice.value)
        self.reason_label = QLabel(self.tr("&Reden van afsluiten"))
        self.reason_label.setBuddy(self.reason)
        self.effective_on = DateField()
        self.effective_on.set_value(date.today())
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Toelichting (niet verplicht)"))
        self.note.setMaximumHeight(80)
        form.addRow(self.tr("&Nieuwe status"), self.status)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.tr("&Datum"), self.effective_on)
        form.addRow(self.tr("Toelichting"), self.note)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Afsluiten") if closing else self.tr("Wijzigen")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.try_apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._status_changed()

    def _status_changed(self) -> None:
        closing = combo_value(self.status) == workflow.AFGESLOTEN
        self.reason.setVisible(closing)
        self.reason_label.setVisible(closing)

    def try_apply(self) -> None:
        new_status = combo_value(self.status)
        if new_status is None:
            self.error.show_message(self.tr("Vanuit deze status is geen wijziging mogelijk."))
            return
        reason = combo_value(self.reason) if new_status == workflow.AFGESLOTEN else None
        if new_status == workflow.AFGESLOTEN and not reason:
            self.error.show_message(self.tr("Kies een reden om het dossier af te sluiten."))
            return
        day = self.effective_on.value()
        if day is None:
            self.error.show_message(self.tr("Vul de datum in."))
            return
        try:
            self._apply(new_status, day, reason, self.note.toPlainText())
        except ValueError as error:
            self.error.show_message(translated(str(error)))
            return
        self.accept()
