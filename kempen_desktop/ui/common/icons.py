"""The one icon set of the app: line icons shipped as SVG in resources/icons/actions, drawn
in the palette's text colour (so they read on the light and the dark palette) and rendered
at every size and device-pixel ratio a QIcon is asked for (crisp at 200 %).

`icon("new")` returns the icon; `apply_main_icons(window)` puts them on the main window's
menus and tab headers, found by what each action is (its attribute on the window or its
standard shortcut), not by its translated text.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QSize
from PySide6.QtGui import QGuiApplication, QIcon, QImageReader, QPalette, QPixmap

from kempen_desktop.resources_location import resource_root

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

PLACEHOLDER = "#1F2933"  # the stroke colour in the files, replaced when loaded
# Logical sizes an icon is drawn at (menus 16, buttons 16-24, empty states 48), each also
# at twice the pixels for a 200 % screen.
SIZES = (16, 20, 24, 32, 48, 64)


def names() -> list[str]:
    return sorted(p.stem for p in (resource_root() / "icons" / "actions").glob("*.svg"))


@cache
def _svg(name: str) -> str:
    return (resource_root() / "icons" / "actions" / f"{name}.svg").read_text(encoding="utf-8")


def render(name: str, size: int, colour: str) -> QPixmap:
    """The icon as a square pixmap of `size` device pixels, stroked in `colour`."""
    data = QByteArray(_svg(name).replace(PLACEHOLDER, colour).encode("utf-8"))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(size, size))  # drawn from the vector at this size
    return QPixmap.fromImage(reader.read())


def _text_colour() -> str:
    app = QGuiApplication.instance()
    palette = app.palette() if isinstance(app, QGuiApplication) else QPalette()
    return str(palette.color(QPalette.ColorRole.WindowText).name())


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon called `name` (a file in resources/icons/actions) in the palette's text
    colour, or `colour`; disabled buttons grey it out themselves."""
    return _icon(name, colour or _text_colour())


@cache
def _icon(name: str, colour: str) -> QIcon:
    result = QIcon()
    for size in SIZES:
        result.addPixmap(render(name, size, colour))
        doubled = render(name, size * 2, colour)
        doubled.setDevicePixelRatio(2.0)
        result.addPixmap(doubled)
    return result


# Which icon each main-window action gets: by its attribute name on the window.
_WINDOW_ACTIONS = {
    "new_action": "new",
    "search_action": "search",
    "refresh_action": "refresh",
    "import_action": "import",
    "export_action": "export",
    "history_action": "history",
    "demo_action": "demo",
    "quit_action": "quit",
    "settings_action": "settings",
}
# Actions made elsewhere (the Bewerken and Help menus), by their standard shortcut.
_SHORTCUT_ICONS = {
    "Ctrl+Z": "undo",
    "Ctrl+Shift+Z": "redo",
    "F1": "help",
}
# The tab headers, in the order the main window adds them.
TAB_ICONS = ("dossiers", "calendar", "partners", "reports", "actions")


class _IconKeeper(QObject):
    """Draws the icons again when the system switches between light and dark, and gives a
    tab built on first use (it replaces a placeholder tab) its header icon."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.PaletteChange:
            _apply(self._window)
        elif event.type() == QEvent.Type.Paint:
            _tab_icons(self._window, only_missing=True)
        return False


def apply_main_icons(window: QMainWindow) -> None:
    """Icons on the main window's menu actions and tab headers, redrawn when the palette
    changes (menus keep showing them; macOS hides menu icons by its own rule)."""
    _apply(window)
    keeper = _IconKeeper(window)
    window.installEventFilter(keeper)
    tabs = getattr(window, "tabs", None)
    if tabs is not None:
        tabs.tabBar().installEventFilter(keeper)


def _tab_icons(window: QMainWindow, *, only_missing: bool = False) -> None:
    tabs = getattr(window, "tabs", None)
    if tabs is None:
        return
    for index, name in enumerate(TAB_ICONS[: tabs.count()]):
        if not only_missing or tabs.tabIcon(index).isNull():
            tabs.setTabIcon(index, icon(name))


def _apply(window: QMainWindow) -> None:
    for attribute, name in _WINDOW_ACTIONS.items():
        action = getattr(window, attribute, None)
        if action is not None:
            action.setIcon(icon(name))
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():  # type: ignore[attr-defined]
            if action.icon().isNull():
                key = action.shortcut().toString()
                if key in _SHORTCUT_ICONS:
                    action.setIcon(icon(_SHORTCUT_ICONS[key]))
    _tab_icons(window)
