"""Shared table view setup so every list in the app looks and behaves the same."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def configure_table(
    table: QTableView,
    model: QAbstractItemModel,
    widths: tuple[int, ...] = (),
    sort_column: int = 0,
    sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    columns_key: str | None = None,
) -> QTableView:
    """Column widths only stick once the model is set, so the model comes first; the sort
    indicator is set before sorting is enabled so the model sorts exactly once.

    With `columns_key` the list gets a column chooser (right-click a header: show, hide;
    drag: order), remembered across restarts under that key (issue 14)."""
    table.setModel(model)
    table.horizontalHeader().setSortIndicator(sort_column, sort_order)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    if columns_key is not None:
        from kempen_desktop.ui.common.column_chooser import install_column_chooser

        install_column_chooser(table, columns_key)
    return table
