"""Create or edit a dossier: identity, contact, guidance, kansengroepen, with validation."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.domain.date_input import BIRTH
from kempen_desktop.domain.edits import apply_edits, edited_fields
from kempen_desktop.domain.insz import (
    birth_date_from_insz,
    format_insz,
    insz_problem,
    sex_from_insz,
)
from kempen_desktop.domain.merge import EditConflictError
from kempen_desktop.domain.target_groups import AGE_BASED, age_based_groups
from kempen_desktop.services.common.lookups import DossierFormChoices
from kempen_desktop.services.dossiers.dossiers import DossierInput, ValidationError
from kempen_desktop.ui.common.address import AddressFields
from kempen_desktop.ui.common.conflict_dialog import ConflictDialog, plain_value, stale_message
from kempen_desktop.ui.common.date_field import DateField, first_invalid
from kempen_desktop.ui.common.service_messages import translated
from kempen_desktop.ui.common.widgets import (
    NO_CHOICE,
    ErrorLabel,
    RememberingDialog,
    combo_value,
)

# save(data); an editor's save may pass the dialog's `base` on (the dossier as the form opened
# it): a change someone else saved since is merged, or EditConflictError names the fields.
SaveFunction = Callable[[DossierInput], object]
LANGUAGES = (
    "",
    "Nederlands",
    "Frans",
    "Engels",
    "Arabisch",
    "Turks",
    "Oekraïens",
    "Russisch",
    "Dari",
    "Pasjtoe",
    "Tigrinya",
    "Somali",
    "Berbers",
    "Pools",
    "Roemeens",
    "Spaans",
)


def _text(value: uuid.UUID | None) -> str | None:
    """Combo item data holds ids as text: findData cannot match Python UUID objects."""
    return str(value) if value is not None else None


def _uuid(value: str | None) -> uuid.UUID | None:
    return uuid.UUID(value) if value else None


class DossierDialog(RememberingDialog):
    """Form for one dossier. `save` performs the service call; errors keep the dialog open."""

    def __init__(
        self,
        choices: DossierFormChoices,
        save: SaveFunction,
        data: DossierInput | None = None,
        title_suffix: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self._save = save
        self.saved_result: object = None
        self.setWindowTitle(
            self.tr("Dossier bewerken") + title_suffix if data else self.tr("Nieuw dossier")
        )
        self.setMinimumWidth(980)
        self._errors: dict[str, ErrorLabel] = {}
        self._labels: dict[str, str] = {"target_groups": self.tr("Kansengroepen")}

        self.summary = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._identity_box())
        left.addWidget(self._contact_box())
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(self._guidance_box())
        right.addWidget(self._groups_box())
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Bewaren"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if data:
            self.set_data(data)
        self._update_age_groups()
        # Editing: only fields the user changes are saved; the rest stays as loaded (the
        # pickers do not offer inactive partners or groups, the editor turns CRLF into LF).
        self._original = data
        self._shown = self.data() if data else None
        self.last_name.setFocus()

    # --- building ----------------------------------------------------------------------
    def _field(self, form: QFormLayout, label: str, widget: QWidget, key: str) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        error = ErrorLabel()
        box.addWidget(error)
        self._errors[key] = error
        self._labels[key] = label.replace("&", "")
        caption = QLabel(label)
        caption.setBuddy(widget)  # makes the &-shortcut jump to the field (and hides the &)
        form.addRow(caption, box)

    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Identiteit"))
        form = QFormLayout(box)
        self.last_name = QLineEdit()
        self.first_name = QLineEdit()
        self.insz = QLineEdit()
        self.insz.setPlaceholderText(self.tr("jj.mm.dd-vvv.cc (niet verplicht)"))
        self.insz.editingFinished.connect(self._insz_finished)
        self.birth_date = DateField(rules=BIRTH)
        self.birth_date.dateChanged.connect(self._update_age_groups)
        self.sex = QComboBox()
        for value, label in (
            ("", ""),
            ("F", self.tr("Vrouw")),
            ("M", self.tr("Man")),
            ("X", self.tr("X")),
        ):
            self.sex.addItem(label, value)
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(LANGUAGES)
        self._field(form, self.tr("&Naam"), self.last_name, "last_name")
        self._field(form, self.tr("&Voornaam"), self.first_name, "first_name")
        self._field(form, self.tr("&INSZ"), self.insz, "insz")
        self._field(form, self.tr("&Geboortedatum"), self.birth_date, "birth_date")
        self._field(form, self.tr("Geslacht"), self.sex, "sex")
        self._field(form, self.tr("Taal"), self.language, "language")
        return box

    def _contact_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Adres en contact"))
        form = QFormLayout(box)
        self.street = QLineEdit()
        self.address = AddressFields(self._choices.address, self._choices.municipalities, self)
        self.postcode, self.municipality = self.address.postcode, self.address.municipality
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self._field(form, self.tr("Straat en nr."), self.street, "street")
        self._field(form, self.tr("Postcode"), self.postcode, "postcode")
        self._field(form, self.tr("Ge&meente"), self.municipality, "municipality_nis")
        form.addRow("", self.address.hint)
        self._field(form, self.tr("Telefoon"), self.phone, "phone")
        self._field(form, self.tr("E-mail"), self.email, "email")
        return box

    def _guidance_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Begeleiding"))
        form = QFormLayout(box)
        self.vdab_number = QLineEdit()
        self.partner = QComboBox()
        self.partner.addItem("", NO_CHOICE)
        for partner in self._choices.partners:
            self.partner.addItem(partner.name, str(partner.id))
        self.partner.currentIndexChanged.connect(self._partner_changed)
        self.counsellor = QComboBox()
        self.counsellor.addItem("", NO_CHOICE)
        self.job_seeker_since = DateField()
        self.follow_up_on = DateField()
        self.situation = QPlainTextEdit()
        self.situation.setPlaceholderText(self.tr("Korte schets van de situatie en de vraag"))
        self.situation.setMaximumHeight(90)
        self._field(form, self.tr("VDAB-klantnummer"), self.vdab_number, "vdab_number")
        self._field(
            form, self.tr("Verantwoordelijke partner"), self.partner, "responsible_partner_id"
        )
        self._field(form, self.tr("Begeleider"), self.counsellor, "counsellor_id")
        self._field(form, self.tr("Werkzoekend sinds"), self.job_seeker_since, "job_seeker_since")
        self._field(form, self.tr("Volgende &opvolging"), self.follow_up_on, "follow_up_on")
        self._field(form, self.tr("Situatie"), self.situation, "situation")
        return box

    def _groups_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kansengroepen"))
        grid = QGridLayout(box)
        self.group_boxes: dict[str, QCheckBox] = {}
        for position, choice in enumerate(self._choices.target_groups):
            check = QCheckBox(choice.label)
            if choice.value in AGE_BASED:
                check.setEnabled(False)
                check.setToolTip(self.tr("Volgt uit de geboortedatum"))
            self.group_boxes[choice.value] = check
            grid.addWidget(check, position // 2, position % 2)
        note = QLabel(self.tr("Jongere en 55-plusser volgen automatisch uit de geboortedatum."))
        note.setStyleSheet("color: palette(mid);")
        grid.addWidget(note, grid.rowCount(), 0, 1, 2)
        return box

    # --- behaviour -----------------------------------------------------------------------
    def _insz_finished(self) -> None:
        text = self.insz.text().strip()
        problem = insz_problem(text)
        self._errors["insz"].show_message(translated(problem) if problem else None)
        if text and not problem:
            self.insz.setText(format_insz(text))
            born = birth_date_from_insz(text)
            if born and self.birth_date.value() is None:
                self.birth_date.set_value(born)
            sex = sex_from_insz(text)
            if sex and not combo_value(self.sex):
                self.sex.setCurrentIndex(self.sex.findData(sex))

    def _partner_changed(self) -> None:
        partner_id = _uuid(combo_value(self.partner))
        current = combo_value(self.counsellor) or NO_CHOICE
        self.counsellor.clear()
        self.counsellor.addItem("", NO_CHOICE)
        for partner in self._choices.partners:
            if partner.id == partner_id:
                for contact_id, name in partner.contacts:
                    self.counsellor.addItem(name, str(contact_id))
        index = self.counsellor.findData(current)
        self.counsellor.setCurrentIndex(max(index, 0))

    def _update_age_groups(self) -> None:
        groups = age_based_groups(self.birth_date.value(), date.today())
        for code in AGE_BASED:
            if code in self.group_boxes:
                self.group_boxes[code].setChecked(code in groups)

    def set_data(self, data: DossierInput) -> None:
        self.last_name.setText(data.last_name)
        self.first_name.setText(data.first_name)
        self.insz.setText(format_insz(data.insz) if data.insz else "")
        self.birth_date.set_value(data.birth_date)
        self.sex.setCurrentIndex(max(self.sex.findData(data.sex or ""), 0))
        self.language.setCurrentText(data.language)
        self.street.setText(data.street)
        self.address.set_address(data.postcode, data.municipality_nis)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.vdab_number.setText(data.vdab_number)
        self.partner.setCurrentIndex(
            max(self.partner.findData(_text(data.responsible_partner_id) or NO_CHOICE), 0)
        )
        self.counsellor.setCurrentIndex(
            max(self.counsellor.findData(_text(data.counsellor_id) or NO_CHOICE), 0)
        )
        self.job_seeker_since.set_value(data.job_seeker_since)
        self.follow_up_on.set_value(data.follow_up_on)
        self.situation.setPlainText(data.situation)
        for code, check in self.group_boxes.items():
            if code not in AGE_BASED:
                check.setChecked(code in data.target_groups)

    def data(self) -> DossierInput:
        partner = _uuid(combo_value(self.partner))
        counsellor = _uuid(combo_value(self.counsellor))
        return DossierInput(
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            insz=self.insz.text(),
            birth_date=self.birth_date.value(),
            sex=combo_value(self.sex),
            street=self.street.text(),
            postcode=self.postcode.text(),
            municipality_nis=self.address.nis(),
            phone=self.phone.text(),
            email=self.email.text(),
            language=self.language.currentText(),
            vdab_number=self.vdab_number.text(),
            target_groups={
                c
                for c, check in self.group_boxes.items()
                if check.isChecked() and c not in AGE_BASED
            },
            responsible_partner_id=partner,
            counsellor_id=counsellor,
            follow_up_on=self.follow_up_on.value(),
            job_seeker_since=self.job_seeker_since.value(),
            situation=self.situation.toPlainText(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self._errors.items():
            label.show_message(translated(errors[key]) if key in errors else None)
        if errors:
            self.summary.show_message(
                self.tr("Het dossier is niet bewaard: verbeter de rood gemelde velden.")
            )
        else:
            self.summary.show_message(None)

    def try_save(self) -> None:
        unreadable = first_invalid(self)
        if unreadable is not None:  # never save a date that is not what was typed
            self.summary.show_message(
                self.tr("Het dossier is niet bewaard: %1").replace("%1", unreadable.problem() or "")
            )
            unreadable.setFocus()
            return
        data = self.data()
        if self._original is not None and self._shown is not None:
            if not edited_fields(self._shown, data):
                self.accept()  # nothing edited: nothing written
                return
            data = apply_edits(self._original, self._shown, data)
        while True:
            try:
                self.saved_result = self._save(data)
            except ValidationError as error:
                self.show_errors(error.errors)
                return
            except EditConflictError as conflict:
                resolved = self._resolve(conflict)
                if resolved is None:
                    return
                data = resolved  # saved over what is stored now (a third save asks again)
                continue
            break
        self.accept()

    @property
    def base(self) -> DossierInput | None:
        """The dossier as this form opened it, or as stored when a conflict was resolved."""
        return self._original

    def _resolve(self, conflict: EditConflictError[DossierInput]) -> DossierInput | None:
        """The user's choice per field both sides changed; None (dialog stays) when cancelled
        or when the change cannot be merged field by field."""
        if conflict.merged is None or conflict.theirs is None or not conflict.conflicts:
            self.summary.show_message(stale_message())
            return None
        dialog = ConflictDialog(conflict.conflicts, self._labels, self._describe, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.summary.show_message(
                self.tr("Het dossier is niet bewaard: iemand anders wijzigde het intussen.")
            )
            return None
        self._original = conflict.theirs
        return replace(conflict.merged, **dialog.choices())

    def _describe(self, field: str, value: object) -> str:
        """A conflicting value as the form shows it: names for ids, labels for codes."""
        names = {str(p.id): p.name for p in self._choices.partners}
        names.update((str(cid), name) for p in self._choices.partners for cid, name in p.contacts)
        labels = {c.value: c.label for c in self._choices.target_groups}
        labels.update((c.value, c.label) for c in self._choices.municipalities)
        if isinstance(value, (set, frozenset)):
            return plain_value({labels.get(str(v), str(v)) for v in value})
        if isinstance(value, (uuid.UUID, str)) and str(value) in names | labels:
            return (names | labels)[str(value)]
        return plain_value(value)
