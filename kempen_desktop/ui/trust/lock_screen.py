"""Auto-lock: after an idle time (default 10 minutes, Instellingen → Beveiliging) and on
Ctrl+L every window of the app hides its data behind an opaque cover, and a prompt asks the
passphrase.

Nothing is closed: the windows and open dialogs stay alive underneath the covers, so
nothing typed is lost. Every action (menu shortcuts too) is disabled while locked.

With an unencrypted database there is no passphrase to ask: the lock still hides the
data, the prompt says so and offers to set a passphrase; unlocking is one click. (The OS
password cannot be checked portably, and a lock that pretends to protect would mislead.)
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QInputEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.ui.common import app_events, settings
from kempen_desktop.ui.common.widgets import ErrorLabel

log = logging.getLogger(__name__)

AUTO_LOCK_MINUTES = settings.IDLE_LOCK_MINUTES  # 0 = never; set in Instellingen → Beveiliging
CHECK_INTERVAL_MS = 5_000
ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class Cover(QWidget):
    """An opaque sheet over one window, following its size."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCover { background: #1f2a36; } QLabel { color: #e8edf2; }")
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Vergrendeld"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        label.setFont(font)
        layout.addWidget(label)
        host.installEventFilter(self)
        self.setGeometry(host.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        return False


class UnlockPrompt(QDialog):
    """Application-modal over everything (even over open modal dialogs); cannot be dismissed."""

    unlocked = Signal()
    set_passphrase_requested = Signal()

    def __init__(self, check: Callable[[str], bool] | None, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Dialog
            | Qt.WindowType.CustomizeWindowHint
            | Qt.WindowType.WindowTitleHint,
        )
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("Kempen Desktop is vergrendeld"))
        self._check = check
        layout = QVBoxLayout(self)
        self.field = None
        if check is not None:
            label = QLabel(
                self.tr("Geef het wachtwoord van de database om verder te werken."), self
            )
            label.setWordWrap(True)
            layout.addWidget(label)
            from kempen_desktop.ui.trust.passphrase_dialog import _password_field

            self.field = _password_field(self)
            self.field.returnPressed.connect(self._try)
            layout.addWidget(self.field)
        else:
            label = QLabel(
                self.tr(
                    "Het scherm is vergrendeld, maar de database is niet versleuteld: wie de "
                    "computer "
                    "gebruikt, kan ontgrendelen. Stel een wachtwoord in om de gegevens echt te "
                    "beschermen."
                ),
                self,
            )
            label.setWordWrap(True)
            layout.addWidget(label)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.unlock_button = QPushButton(self.tr("Ontgrendelen"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._try)
        layout.addWidget(self.unlock_button)
        if check is None:
            set_button = QPushButton(self.tr("Wachtwoord instellen…"), self)
            set_button.clicked.connect(self._set_passphrase)
            layout.addWidget(set_button)
        self.setMinimumWidth(380)

    def _try(self) -> None:
        if self._check is not None and self.field is not None:
            if not self._check(self.field.text()):
                self.field.clear()
                self.error.show_message(self.tr("Het wachtwoord is onjuist."))
                log.info("unlock refused")
                return
            self.field.clear()
        self.unlocked.emit()

    def _set_passphrase(self) -> None:
        self.unlocked.emit()
        self.set_passphrase_requested.emit()

    def reject(self) -> None:  # Esc does not unlock
        pass

    def closeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        event.ignore()


class AppLock(QObject):
    """Watches activity app-wide and locks the main window and its dialogs."""

    locked_changed = Signal(bool)
    set_passphrase_requested = Signal()

    def __init__(self, window: QMainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.locked = False
        self._covers: list[Cover] = []
        self._disabled: list[QAction] = []
        self._prompt: UnlockPrompt | None = None
        self._mark_activity()
        self.lock_action = QAction(self.tr("&Vergrendelen"), window)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        window.addAction(self.lock_action)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self._check_idle)
        self._timer.start()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            listener = self._input
            app_events.watch_input(app, listener)
            # With the window (the demo opened, a test's window closed), not kept alive by
            # the app's filter: a filter object of its own used to go with it by itself.
            window.destroyed.connect(lambda *_: app_events.unwatch(app, listener))

    @property
    def idle_minutes(self) -> int:
        return max(0, AUTO_LOCK_MINUTES.get(settings.open_settings()))

    def set_idle_minutes(self, minutes: int) -> None:
        AUTO_LOCK_MINUTES.set(settings.open_settings(), max(0, minutes))

    def _input(self, _watched: QObject, event: QInputEvent) -> bool:
        if not self.locked and event.type() in ACTIVITY_EVENTS:
            self._mark_activity()
        return False

    def _mark_activity(self) -> None:
        # Two clocks: the monotonic one stops while the laptop sleeps (lid closed after a
        # meeting), the wall clock does not, but can be set back. Idle is the larger of both.
        self._last_activity = time.monotonic()
        self._last_activity_wall = time.time()

    def _check_idle(self, now: float | None = None, wall_now: float | None = None) -> None:
        minutes = self.idle_minutes
        if self.locked or minutes <= 0:
            return
        idle = max(
            (now if now is not None else time.monotonic()) - self._last_activity,
            (wall_now if wall_now is not None else time.time()) - self._last_activity_wall,
        )
        if idle >= minutes * 60:
            log.info("auto-lock after %d idle minutes", minutes)
            self.lock()

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        hosts: list[QWidget] = [self.window]
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible() and isinstance(widget, QWidget):
                hosts.append(widget)
        self._covers = [Cover(host) for host in hosts]
        self._disabled = [
            action
            for action in self.window.findChildren(QAction)
            if action.isEnabled() and action is not self.lock_action
        ]
        for action in self._disabled:
            action.setEnabled(False)
        self.lock_action.setEnabled(False)
        # Asked each time: after a passphrase change the new one unlocks.
        check = self.workspace.trust.passphrase_matches if self.workspace.encrypted else None
        self._prompt = UnlockPrompt(check, self.window)
        self._prompt.unlocked.connect(self.unlock)
        self._prompt.set_passphrase_requested.connect(self.set_passphrase_requested)
        self._prompt.show()
        self._prompt.raise_()
        self._prompt.activateWindow()
        self.locked_changed.emit(True)
        log.info("locked")

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        for cover in self._covers:
            host = cover.parentWidget()
            if host is not None:
                host.removeEventFilter(cover)
            cover.hide()
            cover.deleteLater()
        self._covers = []
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self.lock_action.setEnabled(True)
        if self._prompt is not None:
            self._prompt.hide()
            self._prompt.deleteLater()
            self._prompt = None
        self._mark_activity()
        self.locked_changed.emit(False)
        log.info("unlocked")

    def shutdown(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app_events.unwatch(app, self._input)
