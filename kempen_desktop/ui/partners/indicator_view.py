"""The inclusive-employer indicator: per municipality how many known employers engage
inclusively on a date, against the goal of one in two; pick a municipality to see which
employers (engaged first). Double-clicking an employer shows it in the Partners tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.services.partners.partner_indicator import (
    TOTAL,
    EmployerLine,
    IndicatorRow,
)
from kempen_desktop.ui.common import colours
from kempen_desktop.ui.common.date_field import DateField
from kempen_desktop.ui.common.record_table_model import Column, RecordTableModel
from kempen_desktop.ui.common.tables import configure_table
from kempen_desktop.ui.common.widgets import RememberingDialog
from kempen_desktop.ui.partners.engagement_dialog import forms_text

CONTEXT = "IndicatorView"
HEADLINE_SCALE = 1.2  # the headline's text size against the view's
ENGAGED_AS = {
    "werkgever": QT_TRANSLATE_NOOP("IndicatorView", "werkgever"),
    "opdrachtgever": QT_TRANSLATE_NOOP("IndicatorView", "opdrachtgever"),
    "beide": QT_TRANSLATE_NOOP("IndicatorView", "werkgever en opdrachtgever"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _pct(value: float | None) -> str:
    return f"{value * 100:.0f} %" if value is not None else "–"


def _place(row: IndicatorRow) -> str:
    return (
        _t(QT_TRANSLATE_NOOP("IndicatorView", "Alle gemeenten"))
        if row.municipality == TOTAL
        else row.municipality
    )


ROW_COLUMNS: list[Column[IndicatorRow]] = [
    Column(QT_TRANSLATE_NOOP("IndicatorView", "Gemeente"), _place),
    Column(
        QT_TRANSLATE_NOOP("IndicatorView", "Werkgevers"),
        lambda r: str(r.employers),
        lambda r: r.employers,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("IndicatorView", "Inclusief"),
        lambda r: str(r.engaged),
        lambda r: r.engaged,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("IndicatorView", "Aandeel"),
        lambda r: _pct(r.share),
        lambda r: -1 if r.share is None else r.share,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("IndicatorView", "Doel 1 op 2"),
        lambda r: (
            _t(QT_TRANSLATE_NOOP("IndicatorView", "gehaald"))
            if r.meets_goal
            else _t(QT_TRANSLATE_NOOP("IndicatorView", "nog niet"))
        ),
    ),
]
EMPLOYER_COLUMNS: list[Column[EmployerLine]] = [
    Column(QT_TRANSLATE_NOOP("IndicatorView", "Werkgever"), lambda e: e.name),
    Column(QT_TRANSLATE_NOOP("IndicatorView", "Gemeente"), lambda e: e.municipality),
    Column(
        QT_TRANSLATE_NOOP("IndicatorView", "Inclusief"),
        lambda e: (
            _t(QT_TRANSLATE_NOOP("IndicatorView", "ja"))
            if e.engaged
            else _t(QT_TRANSLATE_NOOP("IndicatorView", "nee"))
        ),
        lambda e: (not e.engaged, e.name.lower()),
    ),
    Column(
        QT_TRANSLATE_NOOP("IndicatorView", "Als"),
        lambda e: _t(ENGAGED_AS[e.engaged_as]) if e.engaged_as else "",
    ),
    Column(
        QT_TRANSLATE_NOOP("IndicatorView", "Sinds"),
        lambda e: e.since.strftime("%d-%m-%Y") if e.since else "",
        lambda e: (e.since is None, e.since),
    ),
    Column(QT_TRANSLATE_NOOP("IndicatorView", "Vormen"), lambda e: forms_text(e.forms)),
]


class IndicatorView(QWidget):
    partner_chosen = Signal(object)  # uuid.UUID of a double-clicked employer

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._lines: list[EmployerLine] = []
        self._total: IndicatorRow | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Peildatum")))
        self.as_of = DateField(optional=False)
        self.as_of.set_value(date.today())
        self.as_of.dateChanged.connect(self.reload)
        top.addWidget(self.as_of)
        top.addStretch()
        layout.addLayout(top)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setContentsMargins(0, 4, 0, 4)
        self._size_headline()
        layout.addWidget(self.headline)
        explanation = QLabel(
            self.tr(
                "Werkgevers: actieve partners van de soort ‘Werkgever’. Inclusief: met een lopend "
                "engagement "
                "als werkgever of als opdrachtgever van de sociale economie op de peildatum."
            )
        )
        explanation.setWordWrap(True)
        explanation.setStyleSheet(f"color: {colours.css(colours.MUTED)};")  # light or dark
        layout.addWidget(explanation)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.rows_model: RecordTableModel[IndicatorRow] = RecordTableModel(
            ROW_COLUMNS, CONTEXT, self
        )
        self.rows_table = configure_table(QTableView(), self.rows_model, (125, 90, 70, 65))
        self.rows_table.setSortingEnabled(False)
        self.rows_table.selectionModel().currentRowChanged.connect(self._row_changed)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        self.employers_title = QLabel()
        self.employers_title.setStyleSheet("font-weight: bold;")
        heading.addWidget(self.employers_title, 1)
        self.only_engaged = QCheckBox(self.tr("Alleen inclusieve"))
        self.only_engaged.toggled.connect(self._show_employers)
        heading.addWidget(self.only_engaged)
        right_layout.addLayout(heading)
        self.employer_model: RecordTableModel[EmployerLine] = RecordTableModel(
            EMPLOYER_COLUMNS, CONTEXT, self
        )
        self.employer_table = configure_table(
            QTableView(), self.employer_model, (200, 90, 60, 120, 80), 2
        )
        self.employer_table.doubleClicked.connect(self._employer_chosen)
        self.employer_table.setToolTip(
            self.tr("Dubbelklik om de werkgever te tonen in de partnerlijst.")
        )
        right_layout.addWidget(self.employer_table)
        splitter.addWidget(self.rows_table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 660])
        layout.addWidget(splitter, 1)

    def day(self) -> date:
        q = self.as_of.date()
        return date(q.year(), q.month(), q.day())

    def _size_headline(self) -> None:
        """The headline a fifth larger than the view's text, in points: it follows the
        user's text size and the screen's DPI (a pixel size in a style sheet did neither)."""
        font = QFont(self.font())
        font.setPointSizeF(QFontInfo(self.font()).pointSizeF() * HEADLINE_SCALE)
        self.headline.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "headline"):
            self._size_headline()
        super().changeEvent(event)

    def reload(self) -> None:
        day = self.day()
        result = self.workspace.partners.indicator(day)
        self._lines = self.workspace.partners.employers(day)
        current = self.rows_model.record(self.rows_table.currentIndex().row())
        self._total = result.total
        self.rows_model.set_records([result.total, *result.rows])
        total = result.total
        goal = self.tr("doel gehaald") if total.meets_goal else self.tr("doel nog niet gehaald")
        self.headline.setText(
            self.tr(
                "Op %1 engageren <b>%2 van de %3</b> werkgevers zich inclusief: <b>%4</b> (doel: 1 "
                "op 2, %5)."
            )
            .replace("%1", day.strftime("%d-%m-%Y"))
            .replace("%2", str(total.engaged))
            .replace("%3", str(total.employers))
            .replace("%4", _pct(total.share))
            .replace("%5", goal)
        )
        row = 0
        if current is not None:
            for index in range(self.rows_model.rowCount()):
                record = self.rows_model.record(index)
                if (
                    record is not None
                    and record.municipality_nis == current.municipality_nis
                    and record.municipality == current.municipality
                ):
                    row = index
                    break
        self.rows_table.selectRow(row)
        self._show_employers()

    def select_municipality(self, name: str) -> bool:
        for index in range(self.rows_model.rowCount()):
            record = self.rows_model.record(index)
            if record is not None and record.municipality.lower() == name.lower():
                self.rows_table.selectRow(index)
                return True
        return False

    def _row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_employers()

    def _show_employers(self) -> None:
        record = self.rows_model.record(self.rows_table.currentIndex().row())
        lines = self._lines
        if record is not None and record is not self._total:
            lines = [line for line in lines if line.municipality_nis == record.municipality_nis]
            title = self.tr("Werkgevers in %1").replace("%1", record.municipality)
        else:
            title = self.tr("Alle werkgevers")
        engaged = sum(1 for line in lines if line.engaged)
        self.employers_title.setText(
            title
            + " – "
            + self.tr("%1 van %2 inclusief")
            .replace("%1", str(engaged))
            .replace("%2", str(len(lines)))
        )
        if self.only_engaged.isChecked():
            lines = [line for line in lines if line.engaged]
        self.employer_model.set_records(lines)

    def _employer_chosen(self, index: QModelIndex) -> None:
        line = self.employer_model.record(index.row())
        if line is not None:
            self.partner_chosen.emit(line.id)


class IndicatorDialog(RememberingDialog):
    """The indicator view in its own window, opened from the Partners tab."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inclusieve werkgevers (doel: 1 op 2)"))
        self.resize(1200, 640)
        layout = QVBoxLayout(self)
        self.view = IndicatorView(workspace, self)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.view.reload()
