"""Keyboard behaviour for the whole app, in one place (issue 14).

- `KeyboardFilter`, installed once per QApplication (through `app_events`): Tab leaves a
  text box (Ctrl+Tab inserts a tab), Ctrl+Enter saves the dialog it is typed in (its
  accept button: Bewaren, OK, Wijzigen..., or a wizard's Volgende / Voltooien).
- `bind_list_keys`: Delete and Enter on a list call the row's delete and open actions.
- `mnemonics` / `mnemonic_clashes`: the Alt-letters of one window, for the test that walks
  every window and dialog.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from kempen_desktop.ui.common import app_events

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ACCEPT_ROLES = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)


def accept_button(dialog: QDialog) -> QAbstractButton | None:
    """The button Ctrl+Enter presses in `dialog`, or None."""
    if isinstance(dialog, QWizard):
        for which in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.NextButton,
        ):
            button = dialog.button(which)
            if button is not None and button.isVisible() and button.isEnabled():
                return button
        return None
    for box in dialog.findChildren(QDialogButtonBox):
        if box.window() is not dialog or not box.isVisible():
            continue
        for button in box.buttons():
            if box.buttonRole(button) in _ACCEPT_ROLES and button.isEnabled():
                return button
    for push in dialog.findChildren(QPushButton):
        if push.isDefault() and push.isVisible() and push.isEnabled():
            return push
    return None


class KeyboardFilter:
    """App-wide keys; see the module text. Install with `install_keyboard(app)`: it listens
    through the app's one event filter (app_events), not a filter of its own."""

    def key_event(self, watched: QObject, event: QInputEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            return self._key(watched, event)
        return False

    @staticmethod
    def text_box_polished(widget: QWidget) -> None:
        assert isinstance(widget, (QPlainTextEdit, QTextEdit))
        widget.setTabChangesFocus(True)

    def _key(self, widget: QWidget, event: QKeyEvent) -> bool:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if not control:
            return False
        if event.key() == Qt.Key.Key_Tab and isinstance(widget, (QPlainTextEdit, QTextEdit)):
            if widget.isReadOnly():
                return False
            widget.insertPlainText("\t")
            return True
        if event.key() in _ENTER_KEYS:
            dialog = widget.window()
            if isinstance(dialog, QDialog):
                button = accept_button(dialog)
                if button is not None:
                    button.click()
                    return True
        return False


_installed: list[KeyboardFilter] = []


def install_keyboard(app: QApplication) -> None:
    """Once per application (the tests build many windows on one QApplication)."""
    if not _installed:
        keys = KeyboardFilter()
        _installed.append(keys)
        app_events.watch_input(app, keys.key_event)
        app_events.watch_polish(app, (QPlainTextEdit, QTextEdit), keys.text_box_polished)


def uninstall_keyboard(app: QApplication) -> None:
    """For tests: the app-wide keys off again."""
    while _installed:
        keys = _installed.pop()
        app_events.unwatch(app, keys.key_event)
        app_events.unwatch(app, keys.text_box_polished)


def bind_list_keys(
    view: QAbstractItemView,
    delete: Callable[[], object] | None = None,
    open_row: Callable[[], object] | None = None,
) -> None:
    """Delete on the list runs the row's delete action (with its confirmation); Enter opens."""
    keys: list[tuple[Qt.Key, Callable[[], object] | None]] = [(Qt.Key.Key_Delete, delete)]
    keys += [(key, open_row) for key in _ENTER_KEYS]
    for key, action in keys:
        if action is None:
            continue
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(action)


# --- mnemonics --------------------------------------------------------------------------------
def mnemonic(text: str) -> str | None:
    """The Alt-letter of a label ('&Bewaren' -> 'b'; '&&' is a literal ampersand)."""
    index = 0
    while (index := text.find("&", index)) != -1:
        following = text[index + 1 : index + 2]
        if following == "&":
            index += 2
            continue
        return following.lower() or None
    return None


def _window_texts(window: QWidget) -> Iterable[str]:
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if (
            isinstance(widget, QAbstractButton)
            or isinstance(widget, QLabel)
            and widget.buddy() is not None
        ):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QMenuBar):
            yield from (action.text() for action in widget.actions() if action.isVisible())


def _clashes(scope: str, texts: Iterable[str]) -> list[str]:
    seen: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter:
            seen[letter].append(text)
    return [
        f"{scope}: Alt+{letter.upper()} on {' / '.join(labels)}"
        for letter, labels in sorted(seen.items())
        if len(labels) > 1
    ]


def _menus(menu: QMenu, scope: str) -> list[str]:
    actions = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    found = _clashes(scope, (a.text() for a in actions))
    for action in actions:
        if action.menu() is not None:
            found += _menus(action.menu(), f"{scope} → {action.text()}")  # type: ignore[arg-type]
    return found


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Every Alt-letter used twice in `window` (and within each of its menus)."""
    scope = window.windowTitle() or type(window).__name__
    found = _clashes(scope, _window_texts(window))
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            if action.menu() is not None:
                found += _menus(action.menu(), f"{scope} → {action.text()}")  # type: ignore[arg-type]
    return found
