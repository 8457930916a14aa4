"""The main window as it first looks, painted while the data layer loads (issue 17).

A bare Qt window paints in 0.2 s; importing SQLAlchemy, the models and the tabs takes
0.6-0.7 s more. So the start paints this window first: the same title, menus, tabs and
remembered layout as the main window, with the top of the Dossiers list read by
app/first_look.py, and the main window takes its place when it is ready (ui/app.py). Only
the list scrolls meanwhile; the filters and buttons wait, greyed, for the main window.

The list's cells are the main window's (ui/dossiers/dossier_columns.py); the widgets above
it are placed as in the Dossiers tab (DossierFilterBar, DossiersTab._build_filters), with
the same translated texts, so the window does not jump when the main window takes over.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop import APP_NAME
from kempen_desktop.app.first_look import FirstLook, read_first_look
from kempen_desktop.ui.common import settings
from kempen_desktop.ui.common.icons import TAB_ICONS, icon
from kempen_desktop.ui.common.tables import configure_table
from kempen_desktop.ui.dossiers.dossier_columns import (
    COL_FOLLOW_UP,
    HEADERS,
    display,
    header,
    overdue_style,
)

# The Dossiers tab's column widths (DossiersTab._build_table) and splitter (its __init__).
COLUMN_WIDTHS = (150, 120, 120, 120, 200, 150, 120)
SPLITTER_SIZES = [820, 460]
ROWS = 60  # read for the first look: more than a screenful


def _tr(context: str, text: str) -> str:
    """A text of the main window, in the context where it is translated."""
    return QCoreApplication.translate(context, text)


def _combo(text: str) -> QComboBox:
    """A filter's combo box showing its first choice, sized as DossierFilterBar's."""
    combo = QComboBox()
    combo.addItem(text)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    return combo


def _wait_for_main_window(row: QHBoxLayout, keep: QWidget | None = None) -> None:
    """Grey the row's widgets: they work once the main window has taken over."""
    for position in range(row.count()):
        widget = row.itemAt(position).widget()
        if widget is not None and widget is not keep:
            widget.setEnabled(False)


class FirstLookModel(QAbstractTableModel):
    """The list as long as it is, its top rows filled in."""

    def __init__(self, look: FirstLook, today: date) -> None:
        super().__init__()
        self._look = look
        self._today = today
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._look.total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header(section)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        rows = self._look.rows
        if not index.isValid() or index.row() >= len(rows):
            return None
        row = rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            look = self._look
            return display(row, index.column(), look.status_labels, look.group_labels)
        if index.column() == COL_FOLLOW_UP and row.is_overdue(self._today):
            return overdue_style(role, self._bold)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted as read: another sort waits for the main window."""


class FirstLookWindow(QMainWindow):
    """Shown until the main window replaces it (`retire`); closed by the user, it ends the
    start (`closed_by_user`)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.closed_by_user = False
        self._retiring = False
        self._path = path
        self.setWindowTitle(f"{APP_NAME} — {path.name}")
        self.resize(1280, 800)
        for context, text in (
            ("MainWindow", "&Bestand"),
            ("MainMenus", "Be&werken"),
            ("MainWindow", "Bee&ld"),
            ("MainMenus", "&Help"),
        ):
            self.menuBar().addMenu(_tr(context, text)).setEnabled(False)
        self.tabs = QTabWidget()
        self.page = self._build_dossiers_page()
        self.tabs.addTab(self.page, _tr("MainWindow", "&Dossiers"))
        for text in ("&Overlegmomenten", "&Partners", "&Rapporten", "A&cties"):
            self.tabs.addTab(QWidget(), _tr("MainWindow", text))
        for index, name in enumerate(TAB_ICONS[: self.tabs.count()]):
            self.tabs.setTabIcon(index, icon(name))
        self.setCentralWidget(self.tabs)
        self.db_label = QLabel(str(path))
        self.statusBar().addPermanentWidget(self.db_label)
        self._restore_layout()

    def _build_dossiers_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._build_filters())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._build_detail())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes(SPLITTER_SIZES)
        layout.addWidget(self.splitter)
        return page

    def _build_filters(self) -> QWidget:
        """The two rows above the list (DossierFilterBar and DossiersTab._build_filters)."""
        bar = QWidget()
        bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        rows = QVBoxLayout(bar)
        rows.setContentsMargins(0, 0, 0, 0)
        first_row, second_row = QHBoxLayout(), QHBoxLayout()
        search = QLineEdit()
        search.setPlaceholderText(
            _tr("DossierFilterBar", "Zoek op naam, INSZ, klantnummer, gemeente of notitie…")
        )
        search.setClearButtonEnabled(True)
        first_row.addWidget(search, 2)
        for text in ("Open dossiers", "Alle kansengroepen", "Alle gemeenten"):
            first_row.addWidget(_combo(_tr("DossierFilterBar", text)), 1)
        first_row.addWidget(QCheckBox(_tr("DossierFilterBar", "Opvolging verlopen")))
        self.count_label = QLabel()
        first_row.addWidget(self.count_label)
        for text in ("Mijn opvolgingen", "Filters wissen"):
            second_row.addWidget(QPushButton(_tr("DossierFilterBar", text)))
        saved = QComboBox()
        saved.addItem(_tr("DossierFilterBar", "Bewaarde filters…"))
        saved.setMinimumContentsLength(10)
        second_row.addWidget(saved)
        for text in ("Bewaren…", "Verwijderen"):
            second_row.addWidget(QPushButton(_tr("DossierFilterBar", text)))
        second_row.addStretch(1)
        for text in ("Nieuw dossier", "Exporteren…", "Dossierfiche…"):
            second_row.addWidget(QPushButton(_tr("DossiersTab", text)))
        for row in (first_row, second_row):
            _wait_for_main_window(row, keep=self.count_label)
            rows.addLayout(row)
        return bar

    def _build_detail(self) -> QWidget:
        """The empty detail pane (DossierDetailPane.show_empty), its buttons greyed."""
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        browser = QTextBrowser()
        text = _tr("DossierDetailPane", "Kies een dossier in de lijst om het hier te zien.")
        browser.setHtml(f"<p style='color:gray; margin-top:40px' align='center'>{escape(text)}</p>")
        layout.addWidget(browser)
        buttons = QHBoxLayout()
        for text in (
            "Bewerk&en…",
            "&Status…",
            "&Notitie…",
            "&Te bespreken",
            "&Afsluiten…",
            "Verwijderen",
        ):
            buttons.addWidget(QPushButton(_tr("DossierDetailPane", text)))
        _wait_for_main_window(buttons)
        layout.addLayout(buttons)
        return pane

    def _restore_layout(self) -> None:
        """As MainWindow.restore_layout and DossiersTab.restore_layout do."""
        store = settings.open_settings()
        remembered = settings.CURRENT_TAB.get(store)
        if 0 <= remembered < self.tabs.count():
            self.tabs.setCurrentIndex(remembered)
        geometry = settings.MAIN_GEOMETRY.get(store)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        splitter = settings.DOSSIER_SPLITTER.get(store)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def show_list(self, look: FirstLook, today: date) -> None:
        """Fill the list (its remembered columns and sort) and say how long it is."""
        configure_table(self.table, FirstLookModel(look, today), COLUMN_WIDTHS)
        state = settings.DOSSIER_HEADER.get(settings.open_settings())
        if not state.isEmpty():
            self.table.horizontalHeader().restoreState(state)
        self.table.horizontalHeader().setSectionsClickable(False)  # sorting waits too
        if look.is_demo:
            self.setWindowTitle(f"{self.windowTitle()} — DEMO")
            self.db_label.setText(_tr("MainWindow", "DEMO — ") + str(self._path))
        self.count_label.setText(_tr_n("DossiersTab", "%n dossier(s)", look.total))
        hint = "%n dossier(s) in de lijst — Enter opent, Delete verwijdert"
        self.statusBar().showMessage(_tr_n("MainWindow", hint, look.total))

    def sort_order(self) -> tuple[int, bool]:
        """The remembered sort of the list: (column, descending)."""
        probe = QTableView()
        configure_table(probe, _EmptyColumns(), COLUMN_WIDTHS)
        state = settings.DOSSIER_HEADER.get(settings.open_settings())
        if not state.isEmpty():
            probe.horizontalHeader().restoreState(state)
        bar = probe.horizontalHeader()
        return bar.sortIndicatorSection(), bar.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def retire(self) -> None:
        """The main window has taken its place."""
        self._retiring = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed_by_user = not self._retiring
        super().closeEvent(event)


class _EmptyColumns(QAbstractTableModel):
    """The list's columns without rows: to read the remembered sort from its header."""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return None


def _tr_n(context: str, text: str, count: int) -> str:
    return QCoreApplication.translate(context, text, "", count)


def show_first_look(path: Path, passphrase: str | None, language: str) -> FirstLookWindow | None:
    """The window painted with the top of the list; None when the file gives no first look
    (the start then goes on without one)."""
    window = FirstLookWindow(path)
    column, descending = window.sort_order()
    today = date.today()
    look = read_first_look(
        path,
        passphrase,
        sort_column=column,
        descending=descending,
        count=ROWS,
        language=language,
        today=today,
    )
    if look is None:
        window.deleteLater()
        return None
    window.show_list(look, today)
    window.show()
    return window
