"""The one address helper: a postcode field and a gemeente picker that keep each other right.

Both ways, on every change (domain.address.AddressBook):

- typing a postcode picks its municipality (2400 → Mol); a postcode that belongs to no
  municipality empties the gemeente instead of leaving the old one (never a stale value);
- picking or typing a gemeente sets its postcode unless the postcode already belongs to it
  ("Herentals" → 2200; Antwerpen keeps 2660); a deelgemeente typed in the gemeente field
  ("Vremde", "Wilrijk") picks its municipality and its own postcode;
- a name that matches nothing exactly is not completed into the first similar one: the
  gemeente stays empty and a message says so.

`nis()` is the municipality to save: for a Belgian postcode it is always filled in.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QWidget

from kempen_desktop.domain.address import AddressBook, fold, is_belgian_postcode
from kempen_desktop.services.common.lookups import Choice
from kempen_desktop.ui.common.widgets import NO_CHOICE, combo_value


class AddressFields(QObject):
    """Creates `postcode` (QLineEdit), `municipality` (editable QComboBox, data = NIS code)
    and `hint` (a small label) for a form to lay out."""

    changed = Signal()

    def __init__(
        self, book: AddressBook, municipalities: list[Choice], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._syncing = False
        self.postcode = QLineEdit(parent)
        self.postcode.setMaxLength(4)
        self.municipality = QComboBox(parent)
        self.municipality.addItem("", NO_CHOICE)
        for choice in municipalities:
            self.municipality.addItem(choice.label, choice.value)
        self.municipality.setEditable(True)
        self.municipality.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.municipality.completer()
        if completer is not None:  # suggest while typing, but never fill in a guess
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.hint = QLabel(parent)
        self.hint.setStyleSheet("color: palette(mid);")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.postcode.textEdited.connect(self._postcode_edited)
        self.municipality.currentIndexChanged.connect(self._municipality_picked)
        line = self.municipality.lineEdit()
        if line is not None:  # in step on every key, and a verdict when leaving the field
            line.textEdited.connect(lambda _text: self._municipality_typed(finished=False))
            line.editingFinished.connect(self._municipality_typed)

    # --- for the form ------------------------------------------------------------------
    def set_address(self, postcode: str, nis: str | None) -> None:
        """Show a saved address as it is (no re-syncing while loading)."""
        self._syncing = True
        try:
            self.municipality.setCurrentIndex(max(self.municipality.findData(nis or NO_CHOICE), 0))
            self.postcode.setText(postcode)
        finally:
            self._syncing = False

    def nis(self) -> str | None:
        """The municipality to store; from the postcode when the picker shows none."""
        chosen = combo_value(self.municipality)
        if self.municipality.currentText() != self.municipality.itemText(
            self.municipality.currentIndex()
        ):
            chosen = None  # typed text that is not the picked item
        return self._book.nis_for(self.postcode.text(), chosen)

    # --- keeping them in step ------------------------------------------------------------
    def _say(self, message: str | None) -> None:
        self.hint.setText(message or "")
        self.hint.setVisible(bool(message))

    def _select(self, nis: str | None) -> None:
        self._syncing = True
        try:
            self.municipality.setCurrentIndex(max(self.municipality.findData(nis or NO_CHOICE), 0))
        finally:
            self._syncing = False

    def _set_postcode(self, postcode: str) -> None:
        self._syncing = True
        try:
            self.postcode.setText(postcode)
        finally:
            self._syncing = False

    def _postcode_edited(self, text: str) -> None:
        postcode = text.strip()
        places = self._book.for_postcode(postcode)
        current = combo_value(self.municipality)
        if places:
            if current not in {place.nis_code for place in places}:
                self._select(places[0].nis_code)
            names = ", ".join(place.municipality for place in places)
            self._say(
                self.tr("Postcode %1 hoort bij %2.").replace("%1", postcode).replace("%2", names)
                if len(places) > 1
                else None
            )
        else:
            if current:
                self._select(None)  # never keep the gemeente of another postcode
            if is_belgian_postcode(postcode):
                self._say(
                    self.tr("Postcode %1 is onbekend: kies de gemeente.").replace("%1", postcode)
                )
            else:
                self._say(None)
        self.changed.emit()

    def _municipality_picked(self) -> None:
        if self._syncing:
            return
        nis = combo_value(self.municipality)
        if nis:
            self._fit_postcode(nis, self._book.main_postcode(nis))
        self.changed.emit()

    def _municipality_typed(self, finished: bool = True) -> None:
        text = self.municipality.currentText()
        if not text.strip():
            self._select(None)
            self._say(None)
            self.changed.emit()
            return
        if fold(text) == fold(self.municipality.itemText(self.municipality.currentIndex())):
            return  # the picked item, already in step
        place = self._book.for_name(text)
        if not finished and place is None:
            return  # still typing: the picker's own suggestions help, nothing is chosen
        if place is None or self.municipality.findData(place.nis_code) < 0:
            self._select(None)
            self.municipality.setEditText(text)
            self._say(
                self.tr("'%1' is geen gemeente: kies er een uit de lijst.").replace(
                    "%1", text.strip()
                )
            )
            self.changed.emit()
            return
        self._select(place.nis_code)
        if place.name != place.municipality:  # a deelgemeente: its own postcode
            self._set_postcode(place.postcode)
            self._say(
                self.tr("%1 is een deelgemeente van %2.")
                .replace("%1", place.name)
                .replace("%2", place.municipality)
            )
        else:
            self._fit_postcode(place.nis_code, place.postcode)
        self.changed.emit()

    def _fit_postcode(self, nis: str, main: str) -> None:
        """Keep a postcode that belongs to the municipality, else put its main one."""
        if not self._book.belongs(self.postcode.text(), nis) and main:
            self._set_postcode(main)
        self._say(None)
