"""An empty list that says what to do next: an icon, a title, one line of explanation and
the buttons that start (e.g. *Lijst importeren* and *Nieuw dossier* on an empty Dossiers
tab). One widget for every tab.

`mount(widget)` puts the empty state in the place of `widget` (in its layout or splitter)
inside a stack; `set_shown(True)` then shows the empty state instead of the list, and
`set_shown(False)` the list again. Colours come from the palette (light and dark), sizes
from the font, so it reads the same at 100 % and at 200 %.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.ui.common.icons import icon

ICON_EM = 3.5  # the picture's size, in line heights of the font


def muted(palette: QPalette) -> str:
    """Between the text and the background colour: quiet on the light and the dark palette."""
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mix = [round(0.55 * a + 0.45 * b) for a, b in zip(text.getRgb()[:3], back.getRgb()[:3])]
    return "#{:02x}{:02x}{:02x}".format(*mix)


class EmptyState(QWidget):
    def __init__(
        self, title: str, text: str, icon_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self._icon_name = icon_name
        self.buttons: list[QPushButton] = []
        self._stack: QStackedWidget | None = None
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.picture)
        self.title = QLabel(title, self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        outer.addWidget(self.title)
        self.text = QLabel(text, self)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # A readable line length: about 60 characters, whatever the font size.
        self.text.setMaximumWidth(self.fontMetrics().horizontalAdvance("m") * 42)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text, 4)
        row.addStretch(1)
        outer.addLayout(row)
        self._button_row = QHBoxLayout()
        self._button_row.addStretch(1)
        self._button_row.addStretch(1)
        outer.addSpacing(self.fontMetrics().height())
        outer.addLayout(self._button_row)
        outer.addStretch(3)
        self._paint_icon()

    # --- content --------------------------------------------------------------------------
    def add_button(
        self, text: str, slot: Callable[[], object], *, icon_name: str = "", primary: bool = False
    ) -> QPushButton:
        """A button that starts the next step; the first `primary` one is the default."""
        button = QPushButton(text, self)
        if icon_name:
            button.setIcon(icon(icon_name))
        button.setDefault(primary)
        button.setAutoDefault(primary)
        button.clicked.connect(lambda _checked=False: slot())
        self._button_row.insertWidget(self._button_row.count() - 1, button)
        self.buttons.append(button)
        return button

    def set_texts(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)

    def _paint_icon(self) -> None:
        if not self._icon_name:
            self.picture.hide()
            return
        side = round(self.fontMetrics().height() * ICON_EM)
        colour = muted(self.palette())
        self.picture.setPixmap(icon(self._icon_name, colour).pixmap(side, side))

    def changeEvent(self, event: QEvent) -> None:
        # The system switched between light and dark, or the font changed: redraw the icon.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._paint_icon()
        super().changeEvent(event)

    # --- in place of a list ---------------------------------------------------------------
    def mount(self, widget: QWidget) -> QStackedWidget:
        """Take the place of `widget` in its layout or splitter: a stack of the widget and
        this empty state, showing the widget."""
        parent = widget.parentWidget()
        stack = QStackedWidget()
        if isinstance(parent, QSplitter):
            parent.replaceWidget(parent.indexOf(widget), stack)
        elif parent is not None and parent.layout() is not None:
            item = parent.layout().replaceWidget(widget, stack)
            if item is None:
                raise ValueError("the widget is not in its parent's layout")
        stack.addWidget(widget)
        stack.addWidget(self)
        stack.setCurrentWidget(widget)
        self._stack = stack
        return stack

    def set_shown(self, shown: bool) -> None:
        """Show the empty state (True) or the list it stands for (False)."""
        if self._stack is None:
            self.setVisible(shown)
            return
        self._stack.setCurrentIndex(1 if shown else 0)

    def is_shown(self) -> bool:
        if self._stack is None:
            return self.isVisible()
        return self._stack.currentWidget() is self
