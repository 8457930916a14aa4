"""Passphrase dialogs: choose one on first start (or explicitly none), unlock, change."""

from __future__ import annotations

import hmac

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop import APP_NAME
from kempen_desktop.ui.common.widgets import ErrorLabel

MIN_LENGTH = 8


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    # Never offered to input methods' prediction or history.
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhHiddenText
    )
    return field


class NewPassphraseDialog(QDialog):
    """Choose a passphrase twice. On first start also: explicitly no encryption.

    Afterwards `passphrase` holds the choice: a string, or None for no encryption.
    With `current` (changing an existing passphrase) the old one is asked first.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        first_start: bool = True,
        current: str | None = None,
        allow_plain: bool = True,
    ) -> None:
        super().__init__(parent)
        self.passphrase: str | None = None
        self._current = current
        self.setWindowTitle(
            self.tr("Database versleutelen") if first_start else self.tr("Wachtwoord wijzigen")
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Kies een wachtwoord voor uw database. Alle dossiers, ook back-ups, worden ermee "
                "versleuteld: wie de laptop of een USB-stick vindt, kan niets lezen.\n\n"
                "Onthoud het goed: zonder wachtwoord zijn de gegevens niet meer te openen, ook "
                "niet "
                "door de leverancier."
            )
            if first_start
            else self.tr(
                "Kies een nieuw wachtwoord. Oudere back-ups blijven met het vorige wachtwoord "
                "openen."
            )
        )
        intro.setWordWrap(True)
        intro.setMinimumWidth(460)
        layout.addWidget(intro)
        layout.setSizeConstraint(
            QVBoxLayout.SizeConstraint.SetFixedSize
        )  # wrapped text never clipped
        form = QFormLayout()
        self.current_field: QLineEdit | None = None
        if current:
            self.current_field = _password_field(self)
            form.addRow(self.tr("Huidig wachtwoord:"), self.current_field)
        self.first = _password_field(self)
        self.second = _password_field(self)
        form.addRow(self.tr("Wachtwoord:"), self.first)
        form.addRow(self.tr("Herhaal:"), self.second)
        layout.addLayout(form)
        self.show_box = QCheckBox(self.tr("Wachtwoord tonen"), self)
        self.show_box.toggled.connect(self._toggle_visible)
        layout.addWidget(self.show_box)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Versleutelen") if first_start else self.tr("Wachtwoord wijzigen"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.plain_button: QPushButton | None = None
        if allow_plain:
            self.plain_button = buttons.addButton(
                self.tr("Zonder versleuteling…")
                if first_start
                else self.tr("Versleuteling uitzetten…"),
                QDialogButtonBox.ButtonRole.ActionRole,
            )
            self.plain_button.clicked.connect(self._choose_plain)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_passphrase)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.current_field or self.first).setFocus()

    def _toggle_visible(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        for field in (self.first, self.second):
            field.setEchoMode(mode)

    def _current_ok(self) -> bool:
        if self.current_field is None or self._current is None:
            return True
        if hmac.compare_digest(self.current_field.text().encode(), self._current.encode()):
            return True
        self.error.show_message(self.tr("Het huidige wachtwoord is onjuist."))
        self.current_field.selectAll()
        self.current_field.setFocus()
        return False

    def _accept_passphrase(self) -> None:
        if not self._current_ok():
            return
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_LENGTH:
            self.error.show_message(
                self.tr(
                    "Kies minstens %1 tekens; een zin van enkele woorden is het sterkst."
                ).replace("%1", str(MIN_LENGTH))
            )
            self.first.setFocus()
            return
        if "\x00" in first:
            self.error.show_message(self.tr("Het wachtwoord bevat een ongeldig teken."))
            return
        if first != second:
            self.error.show_message(self.tr("De twee wachtwoorden verschillen."))
            self.second.selectAll()
            self.second.setFocus()
            return
        self.passphrase = first
        self.accept()

    def _choose_plain(self) -> None:
        if not self._current_ok():
            return
        answer = QMessageBox.warning(
            self,
            APP_NAME,
            self.tr(
                "Zonder versleuteling kan iedereen die het bestand of een back-up in handen "
                "krijgt, "
                "de namen, INSZ-nummers en notities lezen. Dat is alleen verantwoord op een "
                "toestel dat zelf volledig versleuteld is (BitLocker, FileVault).\n\n"
                "Toch zonder versleuteling verdergaan?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.passphrase = None
            self.accept()


class UnlockDialog(QDialog):
    """Ask the passphrase of an encrypted database; `check(text)` says whether it fits."""

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database openen"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("%1 is versleuteld. Geef het wachtwoord.").replace("%1", file_name))
        label.setWordWrap(True)
        label.setMinimumWidth(340)
        layout.addWidget(label)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)
        self.field = _password_field(self)
        layout.addWidget(self.field)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Openen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(
            self.tr("Afsluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()

    def show_wrong(self, message: str | None = None) -> None:
        self.error.show_message(message or self.tr("Het wachtwoord is onjuist. Probeer opnieuw."))
        self.field.selectAll()
        self.field.setFocus()

    @property
    def passphrase(self) -> str:
        return self.field.text()
