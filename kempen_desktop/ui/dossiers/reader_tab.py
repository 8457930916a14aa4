"""The Dossiers tab of a lezer (team mode, issue 19): the list and the figures of the views
made for it, read only. No INSZ, birth date, address or notes exist here to show, and no
button edits, imports or deletes (app/capabilities.py, app/reader.py).

It stands in for DossiersTab in the main window and answers the few calls the window makes
on its Dossiers tab (focus_search, on_changes, layout); the others do nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Changes, Workspace
from kempen_desktop.app.reader import ReaderArea
from kempen_desktop.services.team.lezer_views import MAX_ROWS, LezerFigure, LezerRow
from kempen_desktop.ui.common.tables import configure_table

_Index = QModelIndex | QPersistentModelIndex


def _day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


class _Rows(QAbstractTableModel):
    """A read-only grid over plain rows: headers and a function per column."""

    def __init__(self, headers: list[str], cells: list[Any], parent: QWidget) -> None:
        super().__init__(parent)
        self._headers, self._cells = headers, cells
        self._rows: list[Any] = []

    # The lezer's list is read whole: its length is always known (the main window's
    # status bar asks, as of the dossier list's model).
    length_known = True

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return self._cells[index.column()](self._rows[index.row()])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class ReaderTab(QWidget):
    import_requested = Signal()  # never emitted: the window connects it on every Dossiers tab

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._reader = ReaderArea(workspace)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken op naam, dossiernummer of gemeente"))
        self.search.setClearButtonEnabled(True)
        # Read once the typing pauses: the view has no search index.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self.count_label = QLabel()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        note = QLabel(
            self.tr("Alleen lezen: u ziet de lijst en de cijfers zonder INSZ, adres en notities.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model = _Rows(
            [
                self.tr("Nr."),
                self.tr("Naam"),
                self.tr("Voornaam"),
                self.tr("Gemeente"),
                self.tr("Status"),
                self.tr("Sinds"),
                self.tr("Verantwoordelijke partner"),
                self.tr("Trajectbegeleider"),
                self.tr("Kansengroepen"),
                self.tr("Opvolging"),
            ],
            [
                lambda r: str(r.num),
                lambda r: r.last_name,
                lambda r: r.first_name,
                lambda r: r.municipality,
                lambda r: r.status,
                lambda r: _day(r.status_since),
                lambda r: r.responsible_partner,
                lambda r: r.counsellor,
                lambda r: r.target_groups,
                lambda r: _day(r.follow_up_on),
            ],
            self,
        )
        self.figures_model = _Rows(
            [self.tr("Status"), self.tr("Verantwoordelijke partner"), self.tr("Dossiers")],
            [lambda f: f.status, lambda f: f.responsible_partner, lambda f: str(f.dossiers)],
            self,
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = configure_table(
            QTableView(), self.model, (50, 140, 110, 110, 110, 85, 170, 150, 150, 85)
        )
        self.table.setSortingEnabled(False)  # sorted by name in SQL
        self.figures = configure_table(QTableView(), self.figures_model, (160, 220, 80))
        self.figures.setSortingEnabled(False)
        figures_box = QWidget()
        box = QVBoxLayout(figures_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("Cijfers: dossiers per status en verantwoordelijke partner")))
        box.addWidget(self.figures)
        splitter.addWidget(self.table)
        splitter.addWidget(figures_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.reload()

    def reload(self) -> None:
        rows: list[LezerRow]
        rows, more = self._reader.dossiers(self.search.text())
        self.model.set_rows(rows)
        figures: list[LezerFigure] = self._reader.figures()
        self.figures_model.set_rows(figures)
        text = self.tr("%n dossier(s)", "", len(rows))
        if more:
            text = self.tr("de eerste %1 dossiers: zoek om te verfijnen").replace(
                "%1", str(MAX_ROWS)
            )
        self.count_label.setText(text)

    # --- what the main window asks of its Dossiers tab ---------------------------------------
    def on_changes(self, changes: Changes) -> None:
        if changes.touches("dossiers", "imports", "reference_data", "partners"):
            self.reload()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def restore_layout(self) -> None:
        """Nothing remembered: the columns are the view's."""

    def save_layout(self) -> None:
        """Nothing to remember."""

    def new_dossier(self) -> None:
        """Not offered to a lezer."""

    def edit_dossier(self) -> None:
        """Not offered to a lezer."""

    def delete_dossier(self) -> None:
        """Not offered to a lezer."""

    def select_dossier(self, _dossier_id: object) -> None:
        """Nothing links here for a lezer."""

    def show_nums(self, _nums: frozenset[int], _label: str) -> None:
        """The reports, which would call this, are not shown to a lezer."""
