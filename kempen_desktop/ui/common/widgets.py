"""Small reusable widgets: combo values, an error label and a dialog that remembers its size.

The date field is ui.common.date_field.DateField."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWidget

from kempen_desktop.ui.common import colours
from kempen_desktop.ui.common.settings import dialog_geometry_key, open_settings

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


class ErrorLabel(QLabel):
    """A red validation message under a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(f"color: {colours.css(colours.ERROR)};")  # light or dark variant
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
