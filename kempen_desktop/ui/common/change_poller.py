"""Asks the façade every few seconds whether other users changed data, and if so hands it
to the lists as any change is (team mode, issue 19; app/changes_watch.py)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from kempen_desktop.app import Workspace
from kempen_desktop.app.changes_watch import ChangeWatch

INTERVAL_MS = 3000


class ChangePoller(QObject):
    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.watch = ChangeWatch(workspace)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.poll)
        if self.watch.start():  # nothing to watch on the local file
            self._timer.start()
        watch = self.watch
        self.destroyed.connect(lambda *_: watch.stop())

    def poll(self) -> None:
        changes = self.watch.poll()
        if changes:
            self._workspace.announce(changes)
        elif not self.watch.active:
            self._timer.stop()
