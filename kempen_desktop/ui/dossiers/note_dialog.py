"""Add a note, contact, referral or decision to a dossier's timeline."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.services.dossiers.dossiers import ValidationError
from kempen_desktop.ui.common.service_messages import translated
from kempen_desktop.ui.common.text_limit import limit_length
from kempen_desktop.ui.common.widgets import ErrorLabel, RememberingDialog, combo_value

AddEntry = Callable[[str, str, str], None]  # kind, title, body


class NoteDialog(RememberingDialog):
    def __init__(self, add: AddEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._add = add
        self.setWindowTitle(self.tr("Toevoegen aan tijdlijn"))
        self.resize(520, 320)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        for kind, label in (
            ("note", self.tr("Notitie")),
            ("contact", self.tr("Contact")),
            ("referral", self.tr("Doorverwijzing")),
            ("decision", self.tr("Beslissing")),
        ):
            self.kind.addItem(label, kind)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Bv. Telefonisch contact met begeleider"))
        self.body = QPlainTextEdit()
        form.addRow(self.tr("&Soort"), self.kind)
        form.addRow(self.tr("&Titel"), self.title)
        form.addRow(self.tr("Te&kst"), self.body)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        limit_length(self.body, self.error.show_message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Bewaren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_save(self) -> None:
        try:
            self._add(combo_value(self.kind), self.title.text(), self.body.toPlainText())
        except ValidationError as error:
            self.error.show_message(translated(str(error)))
            return
        self.accept()
