"""Create or edit a partner organisation, with KBO validation while typing and a
duplicate check on save (the user sees the candidates and may still save)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.domain.edits import apply_edits, edited_fields
from kempen_desktop.domain.kbo import format_kbo, kbo_problem
from kempen_desktop.domain.merge import EditConflictError
from kempen_desktop.services.common.lookups import Choice
from kempen_desktop.services.partners.partners import (
    PartnerInput,
    PartnerNotFoundError,
    PartnerValidationError,
    PossibleDuplicateError,
)
from kempen_desktop.ui.common.address import AddressFields
from kempen_desktop.ui.common.conflict_dialog import ConflictDialog, plain_value, stale_message
from kempen_desktop.ui.common.date_field import DateField
from kempen_desktop.ui.common.text_boxes import TextBox
from kempen_desktop.ui.common.widgets import NO_CHOICE, ErrorLabel, RememberingDialog, combo_value


class PartnerDialog(RememberingDialog):
    """`partner_id` None: a new partner. After accept, `partner_id` holds the saved id."""

    def __init__(
        self,
        workspace: Workspace,
        types: list[Choice],
        municipalities: list[Choice],
        postcodes: dict[str, str] | None = None,
        partner_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._partners = workspace.partners
        self._postcodes = postcodes or {}
        self.partner_id = partner_id
        self.setWindowTitle(
            self.tr("Organisatie bewerken") if partner_id else self.tr("Nieuwe organisatie")
        )
        self.setMinimumWidth(560)
        self._errors: dict[str, ErrorLabel] = {}

        layout = QVBoxLayout(self)
        self.summary = ErrorLabel()
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.type = QComboBox()
        self.type.addItem("", NO_CHOICE)
        for choice in types:
            self.type.addItem(choice.label, choice.value)
        self.kbo = QLineEdit()
        self.kbo.setPlaceholderText(self.tr("bv. 0123.456.749"))
        self.kbo.textChanged.connect(self._check_kbo)
        self.kbo.editingFinished.connect(self._format_kbo)
        # postcode ↔ gemeente both ways, deelgemeenten included (ui.common.address)
        self.address = AddressFields(workspace.code_lists.address_book(), municipalities, self)
        self.postcode, self.municipality = self.address.postcode, self.address.municipality
        self.street = QLineEdit()
        self.sector = QLineEdit()
        self.website = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("bv. trajectbegeleiding, werkervaring, vacatures"))
        self.notes = TextBox(lines=4)
        self.active = QCheckBox(self.tr("Actief in het netwerk"))
        self.active.setChecked(True)
        # Empty on a new partner: the service then takes the first engagement or today.
        self.network_since = DateField(self)
        self.network_since.setToolTip(
            self.tr(
                "Sinds wanneer deze organisatie in het netwerk zit. Leeg: de eerste samenwerking "
                "of de dag van aanmaken. Telt mee voor de indicator op een datum."
            )
        )
        self._labels = {"active": self.active.text()}  # field names in a conflict dialog
        self._value_labels = {c.value: c.label for c in [*types, *municipalities]}
        for label, widget, key in (
            (self.tr("Naam"), self.name, "name"),
            (self.tr("Soort"), self.type, "partner_type_code"),
            (self.tr("Ondernemingsnummer"), self.kbo, "kbo_number"),
            (self.tr("Gemeente"), self.municipality, "municipality_nis"),
            (self.tr("Postcode"), self.postcode, "postcode"),
            (self.tr("Adres"), self.street, "street"),
            (self.tr("Sector"), self.sector, "sector"),
            (self.tr("Website"), self.website, "website"),
            (self.tr("Telefoon"), self.phone, "phone"),
            (self.tr("E-mail"), self.email, "email"),
            (self.tr("Rol in het partnerschap"), self.role, "role"),
            (self.tr("Notities"), self.notes, "notes"),
            (self.tr("In &netwerk sinds"), self.network_since, "network_since"),
        ):
            error = ErrorLabel()
            self._errors[key] = error
            self._labels[key] = label.replace("&", "")
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            if widget is self.postcode:
                box.addWidget(self.address.hint)
            if widget is self.network_since:  # the Alt-letter moves to the date text
                caption = QLabel(label)
                caption.setBuddy(self.network_since.edit)
                form.addRow(caption, box)
            else:
                form.addRow(label, box)
        form.addRow("", self.active)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Editing: only fields the user changes are saved; the rest stays as loaded (a merged
        # municipality is not in the picker, the notes editor turns CRLF into LF).
        self._original: PartnerInput | None = None
        if partner_id is not None:
            self._original = self._partners.get(partner_id)
            self._load(self._original)
            self._shown = self.value()

    def _load(self, data: PartnerInput) -> None:
        self.name.setText(data.name)
        self.type.setCurrentIndex(max(self.type.findData(data.partner_type_code), 0))
        if (
            self.type.currentIndex() <= 0 and data.partner_type_code
        ):  # a deactivated type stays shown
            self.type.addItem(data.partner_type_code, data.partner_type_code)
            self.type.setCurrentIndex(self.type.count() - 1)
        self.kbo.setText(data.kbo_number)
        self.address.set_address(data.postcode, data.municipality_nis)
        for widget, value in (
            (self.street, data.street),
            (self.sector, data.sector),
            (self.website, data.website),
            (self.phone, data.phone),
            (self.email, data.email),
            (self.role, data.role),
        ):
            widget.setText(value)
        self.notes.setPlainText(data.notes)
        self.active.setChecked(data.active)
        self.network_since.set_value(data.network_since)

    def value(self) -> PartnerInput:
        return PartnerInput(
            name=self.name.text(),
            partner_type_code=combo_value(self.type) or "",
            kbo_number=self.kbo.text(),
            municipality_nis=self.address.nis(),
            sector=self.sector.text(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            website=self.website.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            role=self.role.text(),
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
            network_since=self.network_since.value(),
        )

    def _check_kbo(self) -> None:
        text = self.kbo.text()
        # Only complain while typing once enough digits are there to judge.
        digits = sum(ch.isdigit() for ch in text)
        self._errors["kbo_number"].show_message(
            kbo_problem(text) if digits >= 9 or not text.strip() else None
        )

    def _format_kbo(self) -> None:
        if self.kbo.text().strip() and not kbo_problem(self.kbo.text()):
            self.kbo.setText(format_kbo(self.kbo.text()))
        self._errors["kbo_number"].show_message(kbo_problem(self.kbo.text()))

    def _save(self) -> None:
        for error in self._errors.values():
            error.show_message(None)
        self.summary.show_message(None)
        data = self.value()
        self._changed: list[str] | None = None
        if self._original is not None:
            self._changed = edited_fields(self._shown, data)
            if not self._changed:
                self.accept()  # nothing edited: nothing written
                return
            # Only these are written; an emptied 'In netwerk sinds' is cleared explicitly.
            data = apply_edits(self._original, self._shown, data)
        try:
            self._call(data, confirm=False)
        except PossibleDuplicateError as duplicates:
            if not self._confirm_duplicates(duplicates):
                return
            try:
                self._call(data, confirm=True)
            except PartnerValidationError as error:
                self._show_errors(error)
                return
        except PartnerValidationError as error:
            self._show_errors(error)
            return
        except PartnerNotFoundError as error:
            self.summary.show_message(str(error))
            return
        except EditConflictError:
            return  # not saved; the dialog said why (`_resolve`)
        self.accept()

    def _call(self, data: PartnerInput, confirm: bool) -> None:
        if self.partner_id is None:
            self.partner_id = self._partners.create(data, confirm_duplicates=confirm)
        else:
            while True:  # merged with what someone else saved since it was opened (issue 19)
                try:
                    self._partners.update(
                        self.partner_id,
                        data,
                        confirm_duplicates=confirm,
                        changed=self._changed,
                        base=self._original,
                    )
                    return
                except EditConflictError as conflict:
                    data = self._resolve(conflict)

    def _resolve(self, conflict: EditConflictError[PartnerInput]) -> PartnerInput:
        """The user's choice per field both changed, over what is stored now; re-raises
        (nothing saved, the dialog stays open) when cancelled or not mergeable."""
        if conflict.merged is None or conflict.theirs is None or not conflict.conflicts:
            self.summary.show_message(stale_message())
            raise conflict
        labels = self._value_labels
        dialog = ConflictDialog(
            conflict.conflicts,
            self._labels,
            lambda _field, value: labels.get(str(value), plain_value(value)),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.summary.show_message(
                self.tr("Niet opgeslagen: iemand anders wijzigde deze organisatie intussen.")
            )
            raise conflict
        self._original = conflict.theirs
        return replace(conflict.merged, **dialog.choices())

    def _show_errors(self, error: PartnerValidationError) -> None:
        for key, message in error.errors.items():
            label = self._errors.get(key)
            if label is not None:
                label.show_message(message)
        self.summary.show_message(self.tr("Niet opgeslagen: verbeter de aangeduide velden."))

    def _confirm_duplicates(self, duplicates: PossibleDuplicateError) -> bool:
        items = "".join(
            f"<li><b>{escape(c.name)}</b>{escape(' – ' + c.municipality if c.municipality else '')}"
            f"{escape(' – ' + c.kbo_number if c.kbo_number else '')}"
            f"<br><i>{escape(c.reason)}</i></li>"
            for c in duplicates.candidates
        )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Bestaat deze organisatie al?"))
        box.setText(
            self.tr("Er bestaan al gelijkaardige organisaties:")
            + f"<ul>{items}</ul>"
            + self.tr("Toch opslaan als aparte organisatie?")
        )
        save = box.addButton(self.tr("Toch opslaan"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Terug"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(box.buttons()[-1])
        box.exec()
        return box.clickedButton() is save
