"""Tabs that read the database only when the user looks at them.

The overview tabs count over the whole database; doing that for hidden tabs at start-up
or after every edit would slow both down. A tab loads on first show, and after
`invalidate()` reloads at once if visible, otherwise on its next show.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class LazyTab(QWidget):
    _stale = True

    def reload(self) -> None:  # overridden by each tab
        raise NotImplementedError

    def ensure_loaded(self) -> None:
        if self._stale:
            self._stale = False
            self.reload()

    def invalidate(self) -> None:
        self._stale = True
        if self.isVisible():
            self.ensure_loaded()

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_loaded()
        super().showEvent(event)
