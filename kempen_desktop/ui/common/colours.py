"""Our own colours — error text, banners, highlighted cells — each with a light and a dark
variant, picked by the palette in use. Qt 6 follows the system's light or dark scheme; a
colour written into a widget must follow too, or a pale banner keeps white text on cream.

`colour(ERROR)` gives the QColor for the current palette, `css(ERROR)` its "#rrggbb" for a
style sheet. Chosen so text on its background reads at 4.5:1 or better in both schemes.

A colour painted (charts, table models) is asked for again at the next paint. A colour
written into a style sheet or a label's rich text stays as written, so when the system
switches between light and dark while the app runs, `follow_palette` rewrites every
widget's style sheet, rich-text label and table or list item brush: each of our colours
becomes its other variant.
That needs every value below to belong to one pair only (tests/test_desk_palette.py);
where two pairs would share a light value they differ in the last digit.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

Pair = tuple[str, str]  # (light palette, dark palette)

ERROR: Pair = ("#b3261e", "#f2b8b5")  # a refused value, a message that something failed
ERROR_BACKGROUND: Pair = ("#fdecea", "#4a1c1a")  # behind a field with a refused value
OVERDUE: Pair = ("#b3261f", "#ff8a80")  # an overdue follow-up or action point in a list
WARNING_TEXT: Pair = ("#7a4b00", "#f6d48b")
WARNING_BACKGROUND: Pair = ("#fff4d6", "#3d3012")  # a banner: pinned rows, read-only
INFO_TEXT: Pair = ("#1f4e79", "#a9c9ee")
INFO_BACKGROUND: Pair = ("#e3ebf3", "#1f3247")  # a banner: a filtered view
HIGHLIGHT_BACKGROUND: Pair = ("#fff3c4", "#5a4a12")  # a changed value in a preview
GOOD_TEXT: Pair = ("#1f6f3f", "#8fd4a8")
MUTED: Pair = ("#5a6470", "#a7b0ba")  # notes and explanations beside the main text
ACCENT: Pair = ("#1f4e7a", "#8db8e8")  # key figures, chart bars
SERIES: tuple[Pair, ...] = (("#1f4e78", "#6fa8dc"), ("#e07a2e", "#f0a064"), ("#3c9d5d", "#6cc48a"))
GRID: Pair = ("#e8edf2", "#3a4048")  # chart grid lines
TRACK: Pair = ("#f2f5f9", "#2e343b")  # the empty part of a bar
TILE: dict[str, Pair] = {  # a key-figure tile by its tone, and under the mouse
    "normal": ("#f2f5f8", "#2a3038"),
    "good": ("#e6f2ea", "#1f3a2a"),
    "warn": ("#fbeaea", "#45221f"),
    "hover": ("#e3ebf4", "#33404e"),
}


def _palette() -> QPalette:
    app = QGuiApplication.instance()
    return app.palette() if isinstance(app, QGuiApplication) else QPalette()


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (the system's dark scheme, or ours)."""
    window = (palette or _palette()).color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def colour(pair: Pair, palette: QPalette | None = None) -> QColor:
    return QColor(pair[1] if is_dark(palette) else pair[0])


def css(pair: Pair, palette: QPalette | None = None) -> str:
    """The "#rrggbb" for a style sheet; from then on such style sheets follow the palette."""
    follow_palette()
    return str(colour(pair, palette).name())


# Every pair above, for the rewriting when the palette changes.
ALL: tuple[Pair, ...] = (
    ERROR, ERROR_BACKGROUND, OVERDUE, WARNING_TEXT, WARNING_BACKGROUND, INFO_TEXT,
    INFO_BACKGROUND, HIGHLIGHT_BACKGROUND, GOOD_TEXT, MUTED, ACCENT, *SERIES, GRID, TRACK,
    *TILE.values(),
)  # fmt: skip
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def for_palette(text: str, palette: QPalette | None = None) -> str:
    """`text` (a style sheet, rich text) with each of our colours in its variant for
    `palette` (default: the application's); other colours stay as they are."""
    return _recoloured(text, _variants(palette))


def _variants(palette: QPalette | None = None) -> dict[str, str]:
    side = 1 if is_dark(palette) else 0
    return {value: pair[side] for pair in ALL for value in pair}


def _recoloured(text: str, variants: dict[str, str]) -> str:
    if "#" not in text:
        return text
    return _HEX.sub(lambda found: variants.get(found.group(0).lower(), found.group(0)), text)


_SHEETS: dict[str, tuple[str, str]] = {}  # a whole style sheet -> its (light, dark) pair


def sheet(light: str, dark: str, palette: QPalette | None = None) -> str:
    """The light or the dark one of two whole style sheets (vergadermodus); a widget that
    shows one gets the other when the palette changes."""
    follow_palette()
    _SHEETS[light] = _SHEETS[dark] = (light, dark)
    return dark if is_dark(palette) else light


def recolour_widgets() -> None:
    """Every widget's style sheet and rich-text label in our colours for the current palette."""
    side, variants = (1 if is_dark() else 0), _variants()
    for widget in QApplication.allWidgets():
        shown = widget.styleSheet()
        new = _SHEETS[shown][side] if shown in _SHEETS else _recoloured(shown, variants)
        if new != shown:
            widget.setStyleSheet(new)
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText:
            text = widget.text()
            if (new := _recoloured(text, variants)) != text:
                widget.setText(new)
        elif isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    _recolour_item(widget.item(row, column), variants)
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                _recolour_item(widget.item(row), variants)


def _recolour_item(
    item: QTableWidgetItem | QListWidgetItem | None, variants: dict[str, str]
) -> None:
    """An item's text and background brush, when one of our colours (e.g. a changed value
    in the import preview)."""
    if item is None:
        return
    for brush, setter in (
        (item.foreground(), item.setForeground),
        (item.background(), item.setBackground),
    ):
        if brush.style() == Qt.BrushStyle.NoBrush:
            continue
        name = brush.color().name()
        if variants.get(name, name) != name:
            setter(QBrush(QColor(variants[name])))


class _PaletteWatch(QWidget):
    """Never shown: Qt sends it PaletteChange when the application palette changes (the
    system switched light/dark). A widget, not an event filter on the application: that
    would run Python for every event of the app."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            recolour_widgets()
        super().changeEvent(event)


_watch: list[_PaletteWatch] = []


def follow_palette() -> None:
    """From now on, a palette change recolours style sheets and labels (once per app)."""
    app = QApplication.instance()
    if _watch or not isinstance(app, QApplication):
        return
    watch = _PaletteWatch()
    watch.setObjectName("kempenPaletteWatch")
    app.aboutToQuit.connect(watch.deleteLater)
    _watch.append(watch)


def error_field_style() -> str:
    """The style sheet of a line edit holding a refused value."""
    return f"QLineEdit {{ border: 1px solid {css(ERROR)}; background: {css(ERROR_BACKGROUND)}; }}"
