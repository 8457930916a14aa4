"""Tabs that read the database only when the user looks at them.

The overview tabs count over the whole database; doing that for hidden tabs at start-up
or after every edit would slow both down. A tab loads on first show, and after
`invalidate()` reloads at once if visible, otherwise on its next show.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from kempen_desktop.app import Changes


class LazyTab(QWidget):
    _stale = True
    # The kinds of change (fields of `Changes`) this tab shows; any of them makes it stale.
    CONCERNS: tuple[str, ...] = ()

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

    def on_changes(self, changes: Changes) -> None:
        """Every change in the workspace arrives here (from the main window)."""
        if changes.touches(*self.CONCERNS):
            self.invalidate()

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_loaded()
        super().showEvent(event)
