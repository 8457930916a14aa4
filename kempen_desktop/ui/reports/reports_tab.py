"""Rapporten tab: a dashboard for a period (a semester by default) and a choice of
municipalities — key-figure tiles and two charts drawn with QPainter, each clickable
through to the dossiers behind it — and the "Beleidsrapportage…" dialog (PDF / .xlsx
with the four editable WSE texts).

Figures are counted as of the period's end date from the status history
(services/period_report.py); the history is loaded once, in the background, and kept
until the data changes (`invalidate()`).
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Changes, Workspace
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.reports import period_report
from kempen_desktop.services.reports.dashboard import Dashboard, DashboardService, Tile
from kempen_desktop.services.reports.period_report import Count, Trend
from kempen_desktop.ui.common.lazy_tab import LazyTab
from kempen_desktop.ui.common.operations import Operation

log = logging.getLogger(__name__)
ACCENT = QColor("#1F4E79")
SERIES = (QColor("#1F4E79"), QColor("#E07A2E"), QColor("#3C9D5D"))
MUTED = QColor("#5A6470")
TONES = {"normal": "#F2F5F8", "good": "#E6F2EA", "warn": "#FBEAEA"}

# Tile labels come from services/dashboard.py (Dutch); marked here for lupdate.
TILE_LABELS = {
    "active": QT_TRANSLATE_NOOP("ReportsTab", "Actieve dossiers"),
    "new": QT_TRANSLATE_NOOP("ReportsTab", "Nieuwe dossiers"),
    "closed": QT_TRANSLATE_NOOP("ReportsTab", "Afgesloten"),
    "exits": QT_TRANSLATE_NOOP("ReportsTab", "Uitstroom naar werk"),
    "overdue": QT_TRANSLATE_NOOP("ReportsTab", "Opvolging verlopen"),
    "actions": QT_TRANSLATE_NOOP("ReportsTab", "Actiepunten over de deadline"),
    "meetings": QT_TRANSLATE_NOOP("ReportsTab", "Overlegmomenten"),
    "inclusive": QT_TRANSLATE_NOOP("ReportsTab", "Inclusieve werkgevers"),
}
PERIODS = (
    ("semester", QT_TRANSLATE_NOOP("ReportsTab", "Dit semester")),
    ("prev_semester", QT_TRANSLATE_NOOP("ReportsTab", "Vorig semester")),
    ("quarter", QT_TRANSLATE_NOOP("ReportsTab", "Dit kwartaal")),
    ("prev_quarter", QT_TRANSLATE_NOOP("ReportsTab", "Vorig kwartaal")),
    ("year", QT_TRANSLATE_NOOP("ReportsTab", "Dit jaar")),
    ("prev_year", QT_TRANSLATE_NOOP("ReportsTab", "Vorig jaar")),
    ("custom", QT_TRANSLATE_NOOP("ReportsTab", "Zelf kiezen")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsTab", text)


def period_for(key: str, today: date) -> tuple[date, date] | None:
    if key == "semester":
        return period_report.semester_of(today)
    if key == "prev_semester":
        return period_report.previous_semester(today)
    if key == "quarter":
        return period_report.quarter_of(today)
    if key == "prev_quarter":
        return period_report.quarter_of(period_report.quarter_of(today)[0] - timedelta(days=1))
    if key == "year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if key == "prev_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None


def _nice_max(value: float) -> float:
    """A round top for a chart axis divided in four: 4, 8, 20, 40, 100, 200, ..."""
    if value <= 4:
        return 4
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1.2, 2, 4, 6, 8, 10):
        if step * magnitude >= value:
            return float(step * magnitude)
    return float(value)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TileWidget(QFrame):
    """One key figure; clicking it asks for the dossiers (or the tab) behind it."""

    clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tile: Tile | None = None
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumSize(QSize(180, 104))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.value = QLabel()
        font = QFont()
        font.setPointSize(20)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet(f"color: {ACCENT.name()}; background: transparent;")
        self.label = QLabel()
        bold = QFont()
        bold.setBold(True)
        self.label.setFont(bold)
        self.label.setStyleSheet("background: transparent;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MUTED.name()}; background: transparent;")
        for widget in (self.value, self.label, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)  # the same top line in every tile, whether the note wraps or not

    def set_tile(self, tile: Tile) -> None:
        self.tile = tile
        self.value.setText(tile.value)
        self.label.setText(_tr(TILE_LABELS.get(tile.key, tile.label)))
        self.note.setText(tile.note)
        clickable = tile.nums is not None or tile.target != "dossiers"
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        if tile.nums is not None:
            self.setToolTip(
                _tr(QT_TRANSLATE_NOOP("ReportsTab", "Klik om deze %1 dossier(s) te tonen")).replace(
                    "%1", str(len(tile.nums))
                )
            )
        elif tile.target == "partners":
            self.setToolTip(_tr(QT_TRANSLATE_NOOP("ReportsTab", "Klik voor de partners")))
        else:
            self.setToolTip(_tr(QT_TRANSLATE_NOOP("ReportsTab", "Klik voor de overlegmomenten")))
        self.setStyleSheet(f"TileWidget {{ background: {TONES.get(tile.tone, TONES['normal'])}; "
                           f"border-radius: 6px; }} TileWidget:hover {{ background: #E3EBF3; }}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.tile is not None:
            self.clicked.emit(self.tile)
        super().mouseReleaseEvent(event)


class TrendChart(QWidget):
    """Grouped bars per quarter: new, closed, exits to work; a click picks a quarter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trends: list[Trend] = []
        self.setMinimumSize(QSize(420, 230))
        self.names = (
            _tr(QT_TRANSLATE_NOOP("ReportsTab", "Nieuw")),
            _tr("Afgesloten"),
            _tr("Uitstroom naar werk"),
        )

    def set_trends(self, trends: list[Trend]) -> None:
        self.trends = trends
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(36, 30, -10, -26)
        painter.fillRect(self.rect(), QColor("white"))
        title = QFont()
        title.setBold(True)
        painter.setFont(title)
        painter.setPen(QColor("black"))
        painter.drawText(8, 18, _tr(QT_TRANSLATE_NOOP("ReportsTab", "Per kwartaal")))
        painter.setFont(QFont())
        # legend
        x = 130
        for colour, name in zip(SERIES, self.names, strict=True):
            painter.fillRect(QRectF(x, 8, 10, 10), colour)
            painter.setPen(QColor("black"))
            painter.drawText(x + 14, 18, name)
            x += 24 + painter.fontMetrics().horizontalAdvance(name)
        if not self.trends:
            return
        top = _nice_max(max((max(t.new, t.closed, t.exits) for t in self.trends), default=0))
        painter.setPen(QPen(QColor("#E8EDF2")))
        for step in range(5):
            y = rect.bottom() - rect.height() * step / 4
            painter.drawLine(rect.left(), int(y), rect.right(), int(y))
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, y - 8, 32, 16), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             f"{top * step / 4:g}")
            painter.setPen(QPen(QColor("#E8EDF2")))
        group = rect.width() / len(self.trends)
        bar = group * 0.8 / 3
        for index, trend in enumerate(self.trends):
            left = rect.left() + index * group + group * 0.1
            for series, value in enumerate((trend.new, trend.closed, trend.exits)):
                height = rect.height() * value / top
                painter.fillRect(QRectF(left + series * bar, rect.bottom() - height, bar - 2, height), SERIES[series])
            painter.setPen(QColor("black"))
            painter.drawText(QRectF(rect.left() + index * group, rect.bottom() + 4, group, 18),
                             int(Qt.AlignmentFlag.AlignHCenter), trend.label)
        painter.end()


class ShareChart(QWidget):
    """Horizontal bars per kansengroep with count and share; clicking a bar shows its dossiers."""

    clicked = Signal(object)
    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Count] = []
        self.total = 0
        self.setMouseTracking(True)
        self.setMinimumWidth(380)

    def set_counts(self, items: list[Count], total: int) -> None:
        self.items = sorted((c for c in items if c.count), key=lambda c: -c.count)
        self.total = total
        self.setMinimumHeight(30 + self.ROW * max(1, len(self.items)))
        self.updateGeometry()
        self.update()

    def _row_at(self, y: float) -> int | None:
        index = int((y - 28) // self.ROW)
        return index if 0 <= index < len(self.items) else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position().y())
        self.setCursor(Qt.CursorShape.PointingHandCursor if row is not None else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position().y())
        if row is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.items[row])

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        title = QFont()
        title.setBold(True)
        painter.setFont(title)
        painter.drawText(
            8, 18, _tr(QT_TRANSLATE_NOOP("ReportsTab", "Kansengroepen (actieve dossiers)"))
        )
        painter.setFont(QFont())
        if not self.items:
            painter.setPen(MUTED)
            painter.drawText(
                8,
                44,
                _tr(QT_TRANSLATE_NOOP("ReportsTab", "Geen actieve dossiers in deze periode.")),
            )
            return
        label_width = 230
        room = max(40, self.width() - label_width - 100)
        top = max(c.count for c in self.items)
        for index, item in enumerate(self.items):
            y = 28 + index * self.ROW
            painter.setPen(QColor("black"))
            label = painter.fontMetrics().elidedText(item.label.split(" (")[0], Qt.TextElideMode.ElideRight,
                                                     label_width - 14)
            painter.drawText(QRectF(8, y, label_width - 12, self.ROW), int(Qt.AlignmentFlag.AlignVCenter), label)
            painter.fillRect(QRectF(label_width, y + 4, room, self.ROW - 8), QColor("#F2F5F8"))
            painter.fillRect(QRectF(label_width, y + 4, room * item.count / top, self.ROW - 8), ACCENT)
            painter.setPen(MUTED)
            share = f"{item.count}  ({round(100 * item.count / self.total)}%)" if self.total else str(item.count)
            painter.drawText(QRectF(label_width + room + 6, y, 100, self.ROW), int(Qt.AlignmentFlag.AlignVCenter), share)
        painter.end()


class ReportsTab(LazyTab):
    CONCERNS = ("dossiers", "meetings", "partners", "action_points", "imports", "reference_data")
    # (dossier numbers, a Dutch description) for the Dossiers tab; or the name of a tab.
    show_dossiers = Signal(object, str)
    show_tab = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        database = workspace._database  # noqa: SLF001 - until this area talks to the façade only
        self._db = database
        self.service = DashboardService(database)
        self.dashboard: Dashboard | None = None
        self._operation: Operation | None = None
        self._nis: list[str] = []
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
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.tiles: list[TileWidget] = []
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
        self.explanation = QLabel(self.tr(
            "Geteld op de einddatum van de periode uit de statusgeschiedenis: een rapport over een vorige "
            "periode verandert niet als een dossier vandaag wijzigt. Klik op een tegel of een balk om de "
            "dossiers te zien."))
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(f"color: {MUTED.name()};")
        layout.addWidget(self.explanation)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._building = False

    # --- the bar ------------------------------------------------------------------------
    def _build_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.period_combo = QComboBox()
        for key, label in PERIODS:
            self.period_combo.addItem(_tr(label), key)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        start, end = period_report.semester_of(date.today())
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
        self.report_button = QPushButton(self.tr("&Beleidsrapportage…"))
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

    def _fill_places(self) -> None:
        chosen = set(self._nis)
        self.place_menu.clear()
        every = self.place_menu.addAction(self.tr("Alle gemeenten"))
        every.setData("")
        self.place_menu.addSeparator()
        for nis, name in self.service.municipalities():
            action = self.place_menu.addAction(name)
            action.setCheckable(True)
            action.setData(nis)
            action.setChecked(nis in chosen)

    def _place_triggered(self, action: object) -> None:
        if getattr(action, "data", lambda: None)() == "":
            for other in self.place_menu.actions():
                if other.data():
                    other.setChecked(False)
        self._places_changed()

    def _places_changed(self) -> None:
        self._nis = [a.data() for a in self.place_menu.actions() if a.isChecked() and a.data()]
        names = [a.text() for a in self.place_menu.actions() if a.isChecked() and a.data()]
        if not names:
            self.place_button.setText(self.tr("Alle gemeenten"))
        elif len(names) <= 2:
            self.place_button.setText(", ".join(names))
        else:
            self.place_button.setText(self.tr("%1 gemeenten").replace("%1", str(len(names))))
        self.refresh()

    # --- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        """Data changed (or first show): reload the history, then recount."""
        self.service.invalidate()
        self._fill_places()
        self.refresh()

    def refresh(self) -> None:
        if self._building:
            return
        start, end = self.period()
        if end < start:
            self.title.setText(self.tr("De einddatum ligt vóór de begindatum."))
            return
        nis = list(self._nis)
        if self.service.loaded:
            self._show(self.service.compute(start, end, nis))
            return
        if self._operation is not None and self._operation.is_running():
            return  # the running load shows the latest choice when it finishes
        self.title.setText(self.tr("Cijfers worden berekend…"))
        self._operation = (Operation(self, self.tr("Cijfers berekenen"),
                                     lambda task: self.service.compute(start, end, nis))
                           .success(self._loaded).failure(self._failed).run())

    def wait(self) -> None:
        """Tests: block until a background load is done and shown."""
        if self._operation is not None:
            self._operation.wait()
            QCoreApplication.processEvents()  # deliver the queued result

    def _loaded(self, dashboard: Dashboard) -> None:
        if (dashboard.start, dashboard.end) != self.period() or dashboard.report.nis_codes != self._nis:
            self.refresh()  # the choice changed while loading; the history is there now
            return
        self._show(dashboard)

    def _failed(self, error: Exception) -> None:
        log.warning("dashboard failed: %s", type(error).__name__)
        self.title.setText(self.tr("De cijfers konden niet berekend worden."))

    def _show(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        self.title.setText(self.tr("%1 · %2 · %3 – %4")
                           .replace("%1", period_report.period_label(dashboard.start, dashboard.end).capitalize())
                           .replace("%2", dashboard.scope_label)
                           .replace("%3", f"{dashboard.start:%d-%m-%Y}").replace("%4", f"{dashboard.end:%d-%m-%Y}"))
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
            self.show_dossiers.emit(frozenset(tile.nums), _tr(TILE_LABELS.get(tile.key, tile.label)))
        else:
            self.show_tab.emit(tile.target)

    def _group_clicked(self, count: Count) -> None:
        self.show_dossiers.emit(frozenset(count.nums), f"{count.label.split(' (')[0]} ({self.title.text()})")

    # --- the period report ----------------------------------------------------------------
    def open_period_report(self) -> QWidget:
        from kempen_desktop.ui.reports.period_report_dialog import PeriodReportDialog

        start, end = self.period()
        dialog = PeriodReportDialog(self._db, self.service, start, end, self._nis, parent=self)
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def export_list(self) -> None:
        """Bestand → Lijst exporteren on this tab: the figures of the period as a workbook."""
        from kempen_desktop.documents.period_report_xlsx import write_period_xlsx
        from kempen_desktop.ui.common.list_export import ask_save_path, show_write_error

        start, end = self.period()
        path = ask_save_path(self, self.tr("Cijfers exporteren"),
                             f"Cijfers {start:%Y-%m-%d} tot {end:%Y-%m-%d}.xlsx")
        if path is None:
            return
        report = self.service.report(start, end, self._nis)
        try:
            write_period_xlsx(path, report)
        except OSError as error:
            show_write_error(self, path, error)
            return
        period_report.record_output(self._db, report, "xlsx")
