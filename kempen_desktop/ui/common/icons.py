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

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QRect, QSize
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImageReader,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QStyleOption

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
    return QIcon(_SvgEngine(name, colour))


class _SvgEngine(QIconEngine):
    """Draws the icon from its SVG at the size and pixel ratio asked, when first asked, and
    keeps each size drawn. (Drawing all of SIZES at once for the menus and tabs made 216
    pixmaps before the first paint, ~230 ms of start-up; a menu's icons are now drawn when
    the menu first opens.)"""

    def __init__(self, name: str, colour: str) -> None:
        super().__init__()
        self._name, self._colour = name, colour
        self._drawn: dict[tuple[int, bool], QPixmap] = {}

    def _side(self, size: QSize, scale: float) -> int:
        return max(1, round(min(size.width(), size.height()) * scale))

    def _drawn_at(self, side: int, mode: QIcon.Mode) -> QPixmap:
        disabled = mode == QIcon.Mode.Disabled
        found = self._drawn.get((side, disabled))
        if found is None:
            found = render(self._name, side, self._colour)
            if disabled and isinstance(QApplication.instance(), QApplication):
                style = QApplication.style()  # greyed as Qt greys any icon
                found = style.generatedIconPixmap(mode, found, QStyleOption())
            self._drawn[(side, disabled)] = found
        return found

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(self._drawn_at(self._side(size, scale), mode))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(self, mode: QIcon.Mode, state: QIcon.State) -> list[QSize]:
        return [QSize(side, side) for side in SIZES]

    def clone(self) -> QIconEngine:
        return _SvgEngine(self._name, self._colour)


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
