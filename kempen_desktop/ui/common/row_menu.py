"""Right-click menus on lists (issue 14): the row under the mouse is selected first, then a
menu with that row's actions opens.

A tab passes either a function that fills the menu, or its row buttons: the menu then shows
each button's text and enabled state and clicks it, so menu and buttons cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QMenu, QTableView

MenuFiller = Callable[[QMenu], None]


def plain_text(text: str) -> str:
    """A button text without its mnemonic ampersand ('Bewerk&en…' -> 'Bewerken…')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def buttons_filler(buttons: Sequence[QAbstractButton | None]) -> MenuFiller:
    """A menu of these buttons (None = a separator), enabled like the buttons are."""

    def fill(menu: QMenu) -> None:
        for button in buttons:
            if button is None:
                menu.addSeparator()
                continue
            if button.isHidden():
                continue  # not offered to this user (team mode: ui/access_view.py)
            action = menu.addAction(plain_text(button.text()))
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)

    return fill


class RowMenu(QObject):
    def __init__(self, table: QTableView, fill: MenuFiller) -> None:
        super().__init__(table)
        self.table = table
        self.fill = fill
        self.menu: QMenu | None = None
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._requested)

    def build(self) -> QMenu:
        menu = QMenu(self.table)
        self.fill(menu)
        return menu

    def _requested(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        selection = self.table.selectionModel()
        if not selection.isRowSelected(index.row(), index.parent()):
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.menu = self.build()
        self.menu.popup(self.table.viewport().mapToGlobal(position))


def install_row_menu(table: QTableView, fill: MenuFiller) -> RowMenu:
    return RowMenu(table, fill)
