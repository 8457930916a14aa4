"""A column chooser for every list (issue 14): right-click a column header to show or hide
columns; drag a header to reorder. Shown columns, order and widths are remembered across
restarts (QHeaderView.saveState under one settings key per list)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from kempen_desktop.ui.common import settings
from kempen_desktop.ui.common.settings import Setting


class ColumnChooser(QObject):
    def __init__(self, table: QTableView, setting: Setting) -> None:  # type: ignore[type-arg]
        super().__init__(table)
        self.table = table
        self.setting = setting
        self.header = table.horizontalHeader()
        self.header.setSectionsMovable(True)
        self._default = self.header.saveState()
        self.restore()
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self._show_menu)
        self.header.sectionMoved.connect(lambda *_args: self.save())
        self.header.sectionResized.connect(lambda *_args: self.save())
        self.menu: QMenu | None = None

    def restore(self) -> None:
        state = self.setting.get(settings.open_settings())
        if not state.isEmpty():
            self.header.restoreState(state)
        if self.header.hiddenSectionCount() >= self.header.count():  # never hide them all
            self.header.showSection(self.header.logicalIndex(0))

    def save(self) -> None:
        self.setting.set(settings.open_settings(), self.header.saveState())

    def set_visible(self, logical: int, visible: bool) -> None:
        shown = self.header.count() - self.header.hiddenSectionCount()
        if not visible and shown <= 1:
            return  # the last shown column stays
        self.header.setSectionHidden(logical, not visible)
        self.save()

    def reset(self) -> None:
        self.header.restoreState(self._default)
        self.save()

    def build_menu(self) -> QMenu:
        menu = QMenu(self.table)
        model = self.table.model()
        for visual in range(self.header.count()):
            logical = self.header.logicalIndex(visual)
            label = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(logical))
            action.toggled.connect(lambda on, column=logical: self.set_visible(column, on))
        menu.addSeparator()
        reset = menu.addAction(self.tr("Standaardkolommen herstellen"))
        reset.triggered.connect(self.reset)
        return menu

    def _show_menu(self, position: QPoint) -> None:
        self.menu = self.build_menu()
        self.menu.popup(self.header.mapToGlobal(position))


def install_column_chooser(table: QTableView, name: str) -> ColumnChooser:
    """Call after configure_table (the model must be set)."""
    return ColumnChooser(table, settings.list_header_setting(name))


__all__ = ["ColumnChooser", "QHeaderView", "install_column_chooser"]
