"""Small reusable widgets: an optional date field and a dialog that remembers its size."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QLabel, QWidget

from kempen_desktop.ui.common.settings import dialog_geometry_key, open_settings

_EMPTY = QDate(1900, 1, 1)
NO_CHOICE = ""  # item data for "nothing chosen": never None, see combo_value()


def combo_value(combo: QComboBox) -> Any:
    """The current item's data, or None for no choice.

    PySide6 6.12 returns None from currentData() without taking a reference when the
    data is None or the combo is empty; each call then steals one from None and the
    interpreter aborts later ("deallocating None"). So items never carry None (they carry
    NO_CHOICE) and an empty combo is checked before asking.
    """
    if combo.currentIndex() < 0:
        return None
    value = combo.currentData()
    return None if value == NO_CHOICE else value


class OptionalDateEdit(QDateEdit):
    """A date field that can be empty: the minimum date stands for 'no date'.

    Delete or Backspace with the whole field selected empties it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText(" ")
        self.setDate(_EMPTY)

    def value(self) -> date | None:
        qdate = self.date()
        if qdate == _EMPTY:
            return None
        return date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _EMPTY)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.setDate(_EMPTY)
            return
        if self.date() == _EMPTY and event.text().isdigit():
            # Start typing a date in an empty field from today's date, not 1900.
            self.setDate(QDate.currentDate())
            self.lineEdit().selectAll()
        super().keyPressEvent(event)


class ErrorLabel(QLabel):
    """A red validation message under a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b3261e;")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


class RememberingDialog(QDialog):
    """A dialog that restores its size and position, keyed by its class name."""

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        geometry = open_settings().value(dialog_geometry_key(type(self)))
        if geometry is not None:
            self.restoreGeometry(geometry)
        super().showEvent(event)  # type: ignore[arg-type]

    def done(self, result: int) -> None:
        open_settings().setValue(dialog_geometry_key(type(self)), self.saveGeometry())
        super().done(result)
