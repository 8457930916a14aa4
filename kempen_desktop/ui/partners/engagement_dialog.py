"""Add or edit one engagement of a partner: a partnership role, or inclusive employership
(as employer or as client of social economy, in which forms) with dated evidence.

Editing saves only the fields the user changed (domain/edits.py): a stored value the
pickers cannot show (an unknown role, a work exit or event that is not offered) stays as
it was, and the evidence keeps its line ends unless it is edited."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.domain.edits import apply_edits, edited_fields
from kempen_desktop.domain.merge import EditConflictError
from kempen_desktop.domain.partners import INCLUSIVE_FORMS
from kempen_desktop.services.common.lookups import Choice
from kempen_desktop.services.partners.engagements import EngagementInput
from kempen_desktop.services.partners.partners import PartnerNotFoundError, PartnerValidationError
from kempen_desktop.ui.common.conflict_dialog import stale_message
from kempen_desktop.ui.common.date_field import DateField
from kempen_desktop.ui.common.text_boxes import TextBox
from kempen_desktop.ui.common.widgets import (
    NO_CHOICE,
    ErrorLabel,
    RememberingDialog,
    combo_value,
)

SaveEngagement = Callable[[EngagementInput], object]

ROLE_LABELS = {
    "voortrekker": QT_TRANSLATE_NOOP("EngagementDialog", "Voortrekker"),
    "partner": QT_TRANSLATE_NOOP("EngagementDialog", "Partner"),
}
ENGAGED_AS_LABELS = {
    "werkgever": QT_TRANSLATE_NOOP("EngagementDialog", "Als werkgever (aanwerven, stages, …)"),
    "opdrachtgever": QT_TRANSLATE_NOOP(
        "EngagementDialog", "Als opdrachtgever van de sociale economie"
    ),
}
FORM_LABELS = {
    "aanwerving": QT_TRANSLATE_NOOP("EngagementDialog", "Aanwerving uit de kansengroepen"),
    "stage": QT_TRANSLATE_NOOP("EngagementDialog", "Stages"),
    "werkplekleren": QT_TRANSLATE_NOOP("EngagementDialog", "Werkplekleren"),
    "art60": QT_TRANSLATE_NOOP("EngagementDialog", "Art. 60"),
    "wijk-werken": QT_TRANSLATE_NOOP("EngagementDialog", "Wijk-werken"),
}
# Short forms for table cells (the stored value is a comma list of codes).
SHORT_FORM_LABELS = {
    "aanwerving": QT_TRANSLATE_NOOP("EngagementDialog", "aanwerving"),
    "stage": QT_TRANSLATE_NOOP("EngagementDialog", "stages"),
    "werkplekleren": QT_TRANSLATE_NOOP("EngagementDialog", "werkplekleren"),
    "art60": QT_TRANSLATE_NOOP("EngagementDialog", "art. 60"),
    "wijk-werken": QT_TRANSLATE_NOOP("EngagementDialog", "wijk-werken"),
}


def forms_text(forms: str) -> str:
    """'art60,stage' -> 'art. 60, stages' (translated); unknown codes as they are."""
    return ", ".join(
        _t(SHORT_FORM_LABELS[code]) if code in SHORT_FORM_LABELS else code
        for code in forms.split(",")
        if code
    )


def _t(text: str) -> str:
    return QCoreApplication.translate("EngagementDialog", text)


class EngagementDialog(RememberingDialog):
    """`exits` and `events` are (id, label) choices for the evidence links."""

    def __init__(
        self,
        save: SaveEngagement,
        partner_name: str,
        exits: list[Choice],
        events: list[Choice],
        data: EngagementInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save_call = save
        self.setWindowTitle(
            (self.tr("Engagement bewerken") if data else self.tr("Nieuw engagement"))
            + " – "
            + partner_name
        )
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.summary = ErrorLabel()
        layout.addWidget(self.summary)
        form = QFormLayout()
        self._errors: dict[str, ErrorLabel] = {}

        kinds = QHBoxLayout()
        self.inclusive = QRadioButton(self.tr("Inclusief ondernemen"))
        self.partnership = QRadioButton(self.tr("Rol in het partnerschap"))
        group = QButtonGroup(self)
        group.addButton(self.inclusive)
        group.addButton(self.partnership)
        self.inclusive.setChecked(True)
        kinds.addWidget(self.inclusive)
        kinds.addWidget(self.partnership)
        kinds.addStretch()
        self.inclusive.toggled.connect(self._kind_changed)
        self._row(form, self.tr("Soort engagement"), kinds, "kind")

        self.engaged_as = QComboBox()
        self.engaged_as.addItem("", NO_CHOICE)
        for code, label in ENGAGED_AS_LABELS.items():
            self.engaged_as.addItem(_t(label), code)
        self.engaged_as.currentIndexChanged.connect(self._kind_changed)
        self._row(form, self.tr("Engageert zich"), self.engaged_as, "engaged_as")
        forms_box = QVBoxLayout()
        forms_box.setSpacing(2)
        self.forms: dict[str, QCheckBox] = {}
        for code in INCLUSIVE_FORMS:
            box = QCheckBox(_t(FORM_LABELS[code]))
            self.forms[code] = box
            forms_box.addWidget(box)
        self.forms_widget = QWidget()
        self.forms_widget.setLayout(forms_box)
        forms_box.setContentsMargins(0, 0, 0, 0)
        self._row(form, self.tr("Vormen"), self.forms_widget, "forms")
        self.role = QComboBox()
        self.role.addItem("", NO_CHOICE)
        for code, label in ROLE_LABELS.items():
            self.role.addItem(_t(label), code)
        self._row(form, self.tr("Rol"), self.role, "role")

        self.started_on = DateField()
        self.started_on.set_value(date.today())
        self.ended_on = DateField()
        self.ended_on.setToolTip(
            self.tr("Leeg: loopt nog. Het engagement telt niet meer mee vanaf deze datum.")
        )
        self._row(form, self.tr("Sinds"), self.started_on, "started_on")
        self._row(form, self.tr("Tot (leeg: loopt nog)"), self.ended_on, "ended_on")
        self.evidence = TextBox(lines=3)
        self.evidence.setPlaceholderText(
            self.tr(
                "Waaruit blijkt het engagement? bv. charter ondertekend, stageplaatsen aangeboden"
            )
        )
        self._row(form, self.tr("Bewijs"), self.evidence, "evidence")
        self.work_exit = QComboBox()
        self.work_exit.addItem(self.tr("(geen)"), NO_CHOICE)
        for choice in exits:
            self.work_exit.addItem(choice.label, choice.value)
        self._row(form, self.tr("Uitstroom naar werk"), self.work_exit, "work_exit_id")
        self.event = QComboBox()
        self.event.addItem(self.tr("(geen)"), NO_CHOICE)
        for choice in events:
            self.event.addItem(choice.label, choice.value)
        self._row(form, self.tr("Activiteit"), self.event, "event_id")
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._original = data
        if data is not None:
            self._load(data)
        else:
            self.engaged_as.setCurrentIndex(self.engaged_as.findData("werkgever"))
        self._kind_changed()
        self._shown = self.value()  # what the fields showed right after loading

    def _row(self, form: QFormLayout, label: str, widget: object, key: str) -> None:
        error = ErrorLabel()
        self._errors[key] = error
        box = QVBoxLayout()
        box.setSpacing(1)
        if isinstance(widget, QHBoxLayout):
            box.addLayout(widget)
        else:
            box.addWidget(widget)  # type: ignore[arg-type]
        box.addWidget(error)
        form.addRow(label, box)
        self._labels = getattr(self, "_labels", {})
        self._labels[key] = form.labelForField(box)

    def _kind_changed(self) -> None:
        inclusive = self.inclusive.isChecked()
        for key, widget in (
            ("engaged_as", self.engaged_as),
            ("forms", self.forms_widget),
            ("work_exit_id", self.work_exit),
        ):
            widget.setVisible(inclusive)
            label = self._labels.get(key)
            if label is not None:
                label.setVisible(inclusive)
        self.role.setVisible(not inclusive)
        if self._labels.get("role") is not None:
            self._labels["role"].setVisible(not inclusive)
        self.forms_widget.setEnabled(combo_value(self.engaged_as) != "opdrachtgever")

    def _load(self, data: EngagementInput) -> None:
        (self.inclusive if data.kind == "inclusief" else self.partnership).setChecked(True)
        self.engaged_as.setCurrentIndex(
            max(self.engaged_as.findData(data.engaged_as or NO_CHOICE), 0)
        )
        self.role.setCurrentIndex(max(self.role.findData(data.role or NO_CHOICE), 0))
        for code, box in self.forms.items():
            box.setChecked(code in data.forms)
        self.started_on.set_value(data.started_on)
        self.ended_on.set_value(data.ended_on)
        self.evidence.setPlainText(data.evidence)
        self.work_exit.setCurrentIndex(
            max(
                self.work_exit.findData(str(data.work_exit_id) if data.work_exit_id else NO_CHOICE),
                0,
            )
        )
        self.event.setCurrentIndex(
            max(self.event.findData(str(data.event_id) if data.event_id else NO_CHOICE), 0)
        )

    def value(self) -> EngagementInput:
        inclusive = self.inclusive.isChecked()
        engaged_as = combo_value(self.engaged_as) if inclusive else None
        exit_id, event_id = combo_value(self.work_exit), combo_value(self.event)
        return EngagementInput(
            kind="inclusief" if inclusive else "partnerschap",
            role=None if inclusive else combo_value(self.role),
            engaged_as=engaged_as,
            forms=tuple(code for code, box in self.forms.items() if box.isChecked())
            if inclusive and engaged_as != "opdrachtgever"
            else (),
            started_on=self.started_on.value(),
            ended_on=self.ended_on.value(),
            evidence=self.evidence.toPlainText(),
            work_exit_id=uuid.UUID(exit_id) if exit_id and inclusive else None,
            event_id=uuid.UUID(event_id) if event_id else None,
        )

    def _save(self) -> None:
        for error in self._errors.values():
            error.show_message(None)
        data = self.value()
        if self._original is not None:
            if not edited_fields(self._shown, data):
                self.accept()  # nothing edited: nothing written
                return
            data = apply_edits(self._original, self._shown, data)
        try:
            self._save_call(data)
        except PartnerValidationError as error:
            for key, message in error.errors.items():
                (self._errors.get(key) or self.summary).show_message(message)
            if any(key not in self._errors for key in error.errors):
                return
            self.summary.show_message(self.tr("Niet opgeslagen: verbeter de aangeduide velden."))
            return
        except PartnerNotFoundError as error:
            self.summary.show_message(str(error))
            return
        except EditConflictError:  # someone else changed the same fields: nothing saved
            self.summary.show_message(stale_message())
            return
        self.accept()
