"""The pieces of the Rapporten dashboard: a key-figure tile and the two charts, drawn
with QPainter; each click asks for the dossiers (or the tab) behind it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kempen_desktop.documents.period_report_data import Count, Trend
from kempen_desktop.domain.kpi import dutch_number
from kempen_desktop.services.reports.dashboard import Tile
from kempen_desktop.ui.common import colours

# Light and dark variants (ui/common/colours.py): the charts follow the system's scheme.
MUTED = QColor(colours.MUTED[0])  # the light variant, for callers that style text once

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


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsTab", text)


def _nice_max(value: float) -> float:
    """A round top for a chart axis divided in four: 4, 8, 20, 40, 100, 200, ..."""
    if value <= 4:
        return 4
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1.2, 2, 4, 6, 8, 10):
        if step * magnitude >= value:
            return float(step * magnitude)
    return float(value)


def _axis_label(value: float) -> str:
    """A value on the chart's axis as Dutch writes it: 20.000, 1,5."""
    if value == int(value):
        return dutch_number(int(value))
    return f"{value:g}".replace(".", ",")


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
        self.value.setStyleSheet(f"color: {colours.css(colours.ACCENT)}; background: transparent;")
        self.label = QLabel()
        bold = QFont()
        bold.setBold(True)
        self.label.setFont(bold)
        self.label.setStyleSheet("background: transparent;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {colours.css(colours.MUTED)}; background: transparent;")
        for widget in (self.value, self.label, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)  # the same top line in every tile, whether the note wraps or not

    def set_tile(self, tile: Tile) -> None:
        self.tile = tile
        self.value.setText(tile.value)
        self.label.setText(_tr(TILE_LABELS.get(tile.key, tile.label)))
        self.note.setText(tile.note)
        clickable = tile.nums is not None or tile.target != "dossiers"
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
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
        tone = colours.TILE.get(tile.tone, colours.TILE["normal"])
        style = (
            f"TileWidget {{ background: {colours.css(tone)}; "
            f"border-radius: 6px; }} TileWidget:hover {{ background: "
            f"{colours.css(colours.TILE['hover'])}; }}"
        )
        if style != self.styleSheet():  # restyling repolishes the tile: only on a change
            self.setStyleSheet(style)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.tile is not None:
            self.clicked.emit(self.tile)
        super().mouseReleaseEvent(event)


class TrendChart(QWidget):
    """Grouped bars per quarter: new, closed, exits to work."""

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
        ink = self.palette().color(QPalette.ColorRole.Text)
        series = [colours.colour(pair) for pair in colours.SERIES]
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        title = QFont()
        title.setBold(True)
        painter.setFont(title)
        painter.setPen(ink)
        painter.drawText(8, 18, _tr(QT_TRANSLATE_NOOP("ReportsTab", "Per kwartaal")))
        painter.setFont(QFont())
        # legend
        x = 130
        for colour, name in zip(series, self.names, strict=True):
            painter.fillRect(QRectF(x, 8, 10, 10), colour)
            painter.setPen(ink)
            painter.drawText(x + 14, 18, name)
            x += 24 + painter.fontMetrics().horizontalAdvance(name)
        if not self.trends:
            return
        top = _nice_max(max((max(t.new, t.closed, t.exits) for t in self.trends), default=0))
        # The axis as wide as its widest label: a fixed 32 px cut '20000' to '0000'.
        labels = [_axis_label(top * step / 4) for step in range(5)]
        label_width = max(painter.fontMetrics().horizontalAdvance(text) for text in labels)
        rect = self.rect().adjusted(label_width + 10, 30, -10, -26)
        grid, muted = colours.colour(colours.GRID), colours.colour(colours.MUTED)
        painter.setPen(QPen(grid))
        for step, label in enumerate(labels):
            y = rect.bottom() - rect.height() * step / 4
            painter.drawLine(rect.left(), int(y), rect.right(), int(y))
            painter.setPen(muted)
            painter.drawText(
                QRectF(0, y - 8, label_width + 4, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            painter.setPen(QPen(grid))
        group = rect.width() / len(self.trends)
        bar = group * 0.8 / 3
        series_colours = series
        for index, trend in enumerate(self.trends):
            left = rect.left() + index * group + group * 0.1
            for series, value in enumerate((trend.new, trend.closed, trend.exits)):
                height = rect.height() * value / top
                painter.fillRect(
                    QRectF(left + series * bar, rect.bottom() - height, bar - 2, height),
                    series_colours[series],
                )
            painter.setPen(ink)
            painter.drawText(
                QRectF(rect.left() + index * group, rect.bottom() + 4, group, 18),
                int(Qt.AlignmentFlag.AlignHCenter),
                trend.label,
            )
        painter.end()


class ShareChart(QWidget):
    """Horizontal bars per kansengroep with count and share; clicking a bar shows its dossiers."""

    clicked = Signal(object)
    ROW = 22  # at the default font; taller with a larger text size (row_height)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Count] = []
        self.total = 0
        self.setMouseTracking(True)
        self.setMinimumWidth(380)

    def row_height(self) -> int:
        return max(self.ROW, self.fontMetrics().height() + 8)

    def set_counts(self, items: list[Count], total: int) -> None:
        self.items = sorted((c for c in items if c.count), key=lambda c: -c.count)
        self.total = total
        self.setMinimumHeight(30 + self.row_height() * max(1, len(self.items)))
        self.updateGeometry()
        self.update()

    def _row_at(self, y: float) -> int | None:
        index = int((y - 28) // self.row_height())
        return index if 0 <= index < len(self.items) else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position().y())
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if row is not None else Qt.CursorShape.ArrowCursor
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position().y())
        if row is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.items[row])

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        row = self.row_height()
        ink = self.palette().color(QPalette.ColorRole.Text)
        muted = colours.colour(colours.MUTED)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        painter.setPen(ink)
        title = QFont()
        title.setBold(True)
        painter.setFont(title)
        painter.drawText(
            8, 18, _tr(QT_TRANSLATE_NOOP("ReportsTab", "Kansengroepen (actieve dossiers)"))
        )
        painter.setFont(QFont())
        if not self.items:
            painter.setPen(muted)
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
            y = 28 + index * row
            painter.setPen(ink)
            label = painter.fontMetrics().elidedText(
                item.label.split(" (")[0], Qt.TextElideMode.ElideRight, label_width - 14
            )
            painter.drawText(
                QRectF(8, y, label_width - 12, row), int(Qt.AlignmentFlag.AlignVCenter), label
            )
            painter.fillRect(
                QRectF(label_width, y + 4, room, row - 8), colours.colour(colours.TRACK)
            )
            painter.fillRect(
                QRectF(label_width, y + 4, room * item.count / top, row - 8),
                colours.colour(colours.ACCENT),
            )
            painter.setPen(muted)
            share = (
                f"{item.count}  ({round(100 * item.count / self.total)}%)"
                if self.total
                else str(item.count)
            )
            painter.drawText(
                QRectF(label_width + room + 6, y, 100, row),
                int(Qt.AlignmentFlag.AlignVCenter),
                share,
            )
        painter.end()
