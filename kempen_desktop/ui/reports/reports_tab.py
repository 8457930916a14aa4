"""Rapporten tab: a dashboard for a period (a semester by default) and a choice of
municipalities — key-figure tiles and two charts drawn with QPainter, each clickable
through to the dossiers behind it — and the "Beleidsrapportage…" dialog (PDF / .xlsx
with the four editable WSE texts).

Figures are counted as of the period's end date from the status history
(services/reports/period_report.py); the history is loaded once, in the background, and
kept by `workspace.reports` until a change to what is counted is announced.
The tiles and charts are in ui/reports/charts.py.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.documents.period_report_data import Count
from kempen_desktop.domain.periods import period_for, period_label, semester_of
from kempen_desktop.services.reports.dashboard import Dashboard, Tile
from kempen_desktop.ui.common import colours
from kempen_desktop.ui.common.date_field import DateField
from kempen_desktop.ui.common.lazy_tab import LazyTab
from kempen_desktop.ui.common.operations import Operation
from kempen_desktop.ui.common.sender import region_municipalities
from kempen_desktop.ui.reports.charts import TILE_LABELS, ShareChart, TileWidget, TrendChart

__all__ = ["ReportsTab", "period_for"]

log = logging.getLogger(__name__)

PERIODS = (
    ("semester", QT_TRANSLATE_NOOP("ReportsTab", "Dit semester")),
    ("prev_semester", QT_TRANSLATE_NOOP("ReportsTab", "Vorig semester")),
    ("quarter", QT_TRANSLATE_NOOP("ReportsTab", "Dit kwartaal")),
    ("prev_quarter", QT_TRANSLATE_NOOP("ReportsTab", "Vorig kwartaal")),
    ("year", QT_TRANSLATE_NOOP("ReportsTab", "Dit jaar")),
    ("prev_year", QT_TRANSLATE_NOOP("ReportsTab", "Vorig jaar")),
    ("custom", QT_TRANSLATE_NOOP("ReportsTab", "Zelf kiezen")),
)


# A recount from the kept history takes a few milliseconds for this many dossiers and is
# shown at once; for more it runs in the background like the first count (at 100,000
# dossiers a new period took 0.25-0.7 s, at 10,000 it froze the window 55-65 ms:
# benchmarks/bench_frames.py).
RECOUNT_NOW_UP_TO = 5_000

# Between the slices of the first show (the tab, its tiles and charts, the count): a timer,
# not a posted call, so the window paints in between.
SLICE_MS = 15


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsTab", text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportsTab(LazyTab):
    CONCERNS = ("dossiers", "meetings", "partners", "action_points", "imports", "reference_data")
    # (dossier numbers, a Dutch description) for the Dossiers tab; or the name of a tab.
    show_dossiers = Signal(object, str)
    show_tab = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.reports = workspace.reports
        self.reports.prepare_counting()  # a large file's counting child starts meanwhile
        self.dashboard: Dashboard | None = None
        self._operation: Operation | None = None
        self._operation_waits = False  # made, started once the window has painted
        # Data changed since the municipalities were read: the next count reads them too.
        self._places_stale = True
        # The region chosen at first run or in Instellingen is the default scope.
        self._nis: list[str] = list(region_municipalities())
        self.current_dialog: QWidget | None = None
        self._building = True

        outer = QVBoxLayout(self)
        outer.addLayout(self._build_bar())
        self.title = QLabel()
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.title.setFont(font)
        outer.addWidget(self.title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self._body = QVBoxLayout(body)
        self._body.setContentsMargins(0, 0, 0, 0)
        # The tiles and charts are built a moment after the tab (`_build_body`): tab, body
        # and the first count each in a frame of their own (benchmarks/bench_frames.py).
        self.tiles: list[TileWidget] = []
        QTimer.singleShot(SLICE_MS, self, self._build_body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._building = False

    def _build_body(self) -> None:
        """The tiles, the charts and the explanation below them (once)."""
        if self.tiles:
            return
        layout = self._body
        grid = QGridLayout()
        grid.setSpacing(8)
        for index in range(8):
            tile = TileWidget()
            tile.clicked.connect(self._tile_clicked)
            grid.addWidget(tile, index // 4, index % 4)
            self.tiles.append(tile)
        layout.addLayout(grid)
        charts = QHBoxLayout()
        self.trend_chart = TrendChart()
        self.share_chart = ShareChart()
        self.share_chart.clicked.connect(self._group_clicked)
        charts.addWidget(self.trend_chart, 1)
        charts.addWidget(self.share_chart, 1)
        layout.addLayout(charts)
        self.explanation = QLabel(
            self.tr(
                "Geteld op de einddatum van de periode uit de statusgeschiedenis: een rapport over "
                "een vorige "
                "periode verandert niet als een dossier vandaag wijzigt. Klik op een tegel of een "
                "balk om de "
                "dossiers te zien."
            )
        )
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(f"color: {colours.css(colours.MUTED)};")
        layout.addWidget(self.explanation)
        layout.addStretch(1)
        if self._operation_waits:  # the first count, in a frame after this one
            QTimer.singleShot(SLICE_MS, self, self._start_count)

    # --- the bar ------------------------------------------------------------------------
    def _build_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.period_combo = QComboBox()
        for key, label in PERIODS:
            self.period_combo.addItem(_tr(label), key)
        self.from_edit = DateField(optional=False)
        self.to_edit = DateField(optional=False)
        start, end = semester_of(date.today())
        self.from_edit.setDate(_qdate(start))
        self.to_edit.setDate(_qdate(end))
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.from_edit.dateChanged.connect(self._dates_edited)
        self.to_edit.dateChanged.connect(self._dates_edited)
        self.place_button = QPushButton()  # a push button leaves room for the menu arrow
        self.place_menu = QMenu(self.place_button)
        self.place_menu.triggered.connect(self._place_triggered)
        self.place_button.setMenu(self.place_menu)
        self.place_button.setText(self.tr("Alle gemeenten"))
        self.report_button = QPushButton(self.tr("Bel&eidsrapportage…"))
        self.report_button.clicked.connect(self.open_period_report)
        row.addWidget(QLabel(self.tr("Periode:")))
        row.addWidget(self.period_combo)
        row.addWidget(self.from_edit)
        row.addWidget(QLabel("–"))
        row.addWidget(self.to_edit)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Gemeenten:")))
        row.addWidget(self.place_button)
        row.addStretch(1)
        row.addWidget(self.report_button)
        return row

    def period(self) -> tuple[date, date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def set_period(self, start: date, end: date) -> None:
        self._building = True
        self.period_combo.setCurrentIndex(self.period_combo.findData("custom"))
        self.from_edit.setDate(_qdate(start))
        self.to_edit.setDate(_qdate(end))
        self._building = False
        self.refresh()

    def _period_chosen(self) -> None:
        found = period_for(self.period_combo.currentData(), date.today())
        if found is None:
            return
        self._building = True
        self.from_edit.setDate(_qdate(found[0]))
        self.to_edit.setDate(_qdate(found[1]))
        self._building = False
        self.refresh()

    def _dates_edited(self) -> None:
        if self._building:
            return
        self._building = True
        self.period_combo.setCurrentIndex(self.period_combo.findData("custom"))
        self._building = False
        self.refresh()

    def municipalities(self) -> list[str]:
        return list(self._nis)

    def set_municipalities(self, nis_codes: list[str]) -> None:
        for action in self.place_menu.actions():
            if action.data():
                action.setChecked(action.data() in nis_codes)
        self._places_changed()

    def _fill_places(self, places: list[tuple[str, str]]) -> None:
        """The menu: every municipality with dossiers (`places`: (nis, name), read with the
        count), the chosen ones checked."""
        chosen = set(self._nis)
        self.place_menu.clear()
        every = self.place_menu.addAction(self.tr("Alle gemeenten"))
        every.setData("")
        self.place_menu.addSeparator()
        for nis, name in places:
            action = self.place_menu.addAction(name)
            action.setCheckable(True)
            action.setData(nis)
            action.setChecked(nis in chosen)
        self._show_places()

    def _place_triggered(self, action: object) -> None:
        if getattr(action, "data", lambda: None)() == "":
            for other in self.place_menu.actions():
                if other.data():
                    other.setChecked(False)
        self._places_changed()

    def _places_changed(self) -> None:
        self._nis = [a.data() for a in self.place_menu.actions() if a.isChecked() and a.data()]
        self._show_places()
        self.refresh()

    def _show_places(self) -> None:
        names = [a.text() for a in self.place_menu.actions() if a.isChecked() and a.data()]
        if not self._nis:
            self.place_button.setText(self.tr("Alle gemeenten"))
        elif len(self._nis) <= 2 and len(names) == len(self._nis):
            self.place_button.setText(", ".join(names))
        else:  # the region may name municipalities that have no dossiers yet
            self.place_button.setText(self.tr("%1 gemeenten").replace("%1", str(len(self._nis))))

    # --- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        """Data changed (or first show): reload the history, then recount."""
        self.reports.invalidate()
        self._places_stale = True
        if not self.place_menu.actions():  # until the count brings the municipalities
            self._fill_places([])
        self.refresh()

    def refresh(self) -> None:
        if self._building:
            return
        start, end = self.period()
        if end < start:
            self.title.setText(self.tr("De einddatum ligt vóór de begindatum."))
            return
        nis = list(self._nis)
        if (
            not self._places_stale
            and self.reports.loaded
            and self.reports.kept_dossiers <= RECOUNT_NOW_UP_TO
        ):
            self._show(self.reports.dashboard(start, end, nis))
            return
        if self._operation is not None and (self._operation_waits or self._operation.is_running()):
            return  # the running load shows the latest choice when it finishes
        self.title.setText(self.tr("Cijfers worden berekend…"))
        read_places, self._places_stale = self._places_stale, False
        reports = self.reports

        def count(_task: object) -> tuple[list[tuple[str, str]] | None, Dashboard]:
            # The municipalities too: a scan of every person, off the GUI thread.
            places = reports.municipalities() if read_places else None
            return places, reports.dashboard(start, end, nis)

        self._operation = (
            Operation(self, self.tr("Cijfers berekenen"), count)
            .success(self._loaded)
            .failure(self._failed)
        )
        if Operation.inline:
            self._operation.run()
            return
        # Started after this event's work and the paint it set off (the tab's first show):
        # a count holding the GIL beside them made every step of that paint wait for it.
        self._operation_waits = True
        if self.tiles:  # else the body starts it when built
            QTimer.singleShot(SLICE_MS, self, self._start_count)

    def _start_count(self) -> None:
        if self._operation_waits and self._operation is not None:
            self._operation_waits = False
            self._operation.run()

    def wait(self) -> None:
        """Tests: block until a background load is done and shown."""
        self._build_body()
        self._start_count()
        if self._operation is not None:
            self._operation.wait()
            QCoreApplication.processEvents()  # deliver the queued result

    def _loaded(self, result: tuple[list[tuple[str, str]] | None, Dashboard]) -> None:
        places, dashboard = result
        if places is not None:
            self._fill_places(places)
        if (
            dashboard.start,
            dashboard.end,
        ) != self.period() or dashboard.report.nis_codes != self._nis:
            self.refresh()  # the choice changed while loading; the history is there now
            return
        self._show(dashboard)

    def _failed(self, error: Exception) -> None:
        log.warning("dashboard failed: %s", type(error).__name__)
        self._places_stale = True  # read again with the next count
        self.title.setText(self.tr("De cijfers konden niet berekend worden."))

    def _show(self, dashboard: Dashboard) -> None:
        self._build_body()
        self.dashboard = dashboard
        self.title.setText(
            self.tr("%1 · %2 · %3 – %4")
            .replace("%1", period_label(dashboard.start, dashboard.end).capitalize())
            .replace("%2", dashboard.scope_label)
            .replace("%3", f"{dashboard.start:%d-%m-%Y}")
            .replace("%4", f"{dashboard.end:%d-%m-%Y}")
        )
        for widget, tile in zip(self.tiles, dashboard.tiles, strict=False):
            widget.set_tile(tile)
        self.trend_chart.set_trends(dashboard.trends)
        self.share_chart.set_counts(dashboard.by_group, dashboard.report.active.count)

    # --- click-through -------------------------------------------------------------------
    def _tile_clicked(self, tile: Tile) -> None:
        if tile.nums is not None and tile.target == "dossiers":
            label = _tr(TILE_LABELS.get(tile.key, tile.label))
            self.show_dossiers.emit(frozenset(tile.nums), f"{label} ({self.title.text()})")
        elif tile.nums:
            self.show_dossiers.emit(
                frozenset(tile.nums), _tr(TILE_LABELS.get(tile.key, tile.label))
            )
        else:
            self.show_tab.emit(tile.target)

    def _group_clicked(self, count: Count) -> None:
        self.show_dossiers.emit(
            frozenset(count.nums), f"{count.label.split(' (')[0]} ({self.title.text()})"
        )

    # --- the period report ----------------------------------------------------------------
    def open_period_report(self) -> QWidget:
        from kempen_desktop.ui.reports.period_report_dialog import PeriodReportDialog

        start, end = self.period()
        dialog = PeriodReportDialog(self.workspace, start, end, self._nis, parent=self)
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def export_list(self) -> None:
        """Bestand → Lijst exporteren on this tab: the figures of the period as a workbook."""
        from kempen_desktop.ui.common.list_export import ask_save_path, show_write_error

        start, end = self.period()
        path = ask_save_path(
            self, self.tr("Cijfers exporteren"), f"Cijfers {start:%Y-%m-%d} tot {end:%Y-%m-%d}.xlsx"
        )
        if path is None:
            return
        report = self.reports.period_report(start, end, self._nis)
        try:  # audited: the entry commits before the file appears (a disclosure)
            self.reports.write_period_report(path, report, "xlsx")
        except OSError as error:
            show_write_error(self, path, error)
