"""Our own colours — error text, banners, highlighted cells — each with a light and a dark
variant, picked by the palette in use. Qt 6 follows the system's light or dark scheme; a
colour written into a widget must follow too, or a pale banner keeps white text on cream.

`colour(ERROR)` gives the QColor for the current palette, `css(ERROR)` its "#rrggbb" for a
style sheet. Chosen so text on its background reads at 4.5:1 or better in both schemes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

Pair = tuple[str, str]  # (light palette, dark palette)

ERROR: Pair = ("#b3261e", "#f2b8b5")  # a refused value, a message that something failed
ERROR_BACKGROUND: Pair = ("#fdecea", "#4a1c1a")  # behind a field with a refused value
OVERDUE: Pair = ("#b3261e", "#ff8a80")  # an overdue follow-up or action point in a list
WARNING_TEXT: Pair = ("#7a4b00", "#f6d48b")
WARNING_BACKGROUND: Pair = ("#fff4d6", "#3d3012")  # a banner: pinned rows, read-only
INFO_TEXT: Pair = ("#1f4e79", "#a9c9ee")
INFO_BACKGROUND: Pair = ("#e3ebf3", "#1f3247")  # a banner: a filtered view
HIGHLIGHT_BACKGROUND: Pair = ("#fff3c4", "#5a4a12")  # a changed value in a preview
GOOD_TEXT: Pair = ("#1f6f3f", "#8fd4a8")
MUTED: Pair = ("#5a6470", "#a7b0ba")  # notes and explanations beside the main text
ACCENT: Pair = ("#1f4e79", "#8db8e8")  # key figures, chart bars
SERIES: tuple[Pair, ...] = (("#1f4e79", "#6fa8dc"), ("#e07a2e", "#f0a064"), ("#3c9d5d", "#6cc48a"))
GRID: Pair = ("#e8edf2", "#3a4048")  # chart grid lines
TRACK: Pair = ("#f2f5f8", "#2e343b")  # the empty part of a bar
TILE: dict[str, Pair] = {  # a key-figure tile by its tone, and under the mouse
    "normal": ("#f2f5f8", "#2a3038"),
    "good": ("#e6f2ea", "#1f3a2a"),
    "warn": ("#fbeaea", "#45221f"),
    "hover": ("#e3ebf3", "#33404e"),
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
    return str(colour(pair, palette).name())


def error_field_style() -> str:
    """The style sheet of a line edit holding a refused value."""
    return f"QLineEdit {{ border: 1px solid {css(ERROR)}; background: {css(ERROR_BACKGROUND)}; }}"
