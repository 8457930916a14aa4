"""Add or edit a contact person of a partner organisation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.domain.merge import EditConflictError
from kempen_desktop.services.partners.contacts import ContactInput
from kempen_desktop.services.partners.partners import PartnerNotFoundError, PartnerValidationError
from kempen_desktop.ui.common.conflict_dialog import stale_message
from kempen_desktop.ui.common.widgets import ErrorLabel, RememberingDialog

SaveContact = Callable[[ContactInput], object]


class ContactDialog(RememberingDialog):
    """`save` performs the service call; validation errors keep the dialog open."""

    def __init__(
        self,
        save: SaveContact,
        partner_name: str,
        data: ContactInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save_call = save
        self.setWindowTitle(
            (self.tr("Contactpersoon bewerken") if data else self.tr("Nieuwe contactpersoon"))
            + " – "
            + partner_name
        )
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.summary = ErrorLabel()
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.function = QLineEdit()
        self.function.setPlaceholderText(self.tr("bv. trajectbegeleider, HR-verantwoordelijke"))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.active = QCheckBox(self.tr("Actief (wordt aangeboden bij het kiezen van personen)"))
        self.active.setChecked(True)
        self._errors: dict[str, ErrorLabel] = {}
        for label, widget, key in (
            (self.tr("Voornaam"), self.first_name, "first_name"),
            (self.tr("Familienaam"), self.last_name, "last_name"),
            (self.tr("Functie"), self.function, "function"),
            (self.tr("E-mail"), self.email, "email"),
            (self.tr("Telefoon"), self.phone, "phone"),
        ):
            error = ErrorLabel()
            self._errors[key] = error
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
        form.addRow("", self.active)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if data is not None:
            self.first_name.setText(data.first_name)
            self.last_name.setText(data.last_name)
            self.function.setText(data.function)
            self.email.setText(data.email)
            self.phone.setText(data.phone)
            self.active.setChecked(data.active)

    def value(self) -> ContactInput:
        return ContactInput(
            self.first_name.text(),
            self.last_name.text(),
            self.function.text(),
            self.email.text(),
            self.phone.text(),
            self.active.isChecked(),
        )

    def _save(self) -> None:
        for error in self._errors.values():
            error.show_message(None)
        try:
            self._save_call(self.value())
        except PartnerValidationError as error:
            for key, message in error.errors.items():
                if key in self._errors:
                    self._errors[key].show_message(message)
            self.summary.show_message(self.tr("Niet opgeslagen: verbeter de aangeduide velden."))
            return
        except PartnerNotFoundError as error:
            self.summary.show_message(str(error))
            return
        except EditConflictError:  # someone else changed the same fields: nothing saved
            self.summary.show_message(stale_message())
            return
        self.accept()
