"""Multi-line text boxes that grow with their dialog.

A fixed pixel height (the old `setFixedHeight(64)`) cut the text off under a larger font
or a high-DPI scale, and left the room a user gives by enlarging the dialog to the empty
margins. A TextBox asks for a number of text lines in its own font, and grows in height
with the dialog (its layout row gets the stretch).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget


class TextBox(QPlainTextEdit):
    """A QPlainTextEdit that opens `lines` text lines high and grows with its layout."""

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def lines_height(self) -> int:
        """The height of `lines` lines of text in the current font, frame and margins in."""
        text = self.fontMetrics().lineSpacing() * self._lines
        margins = 2 * self.document().documentMargin() + 2 * self.frameWidth()
        return int(text + margins) + 1

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.lines_height())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.lines_height())
