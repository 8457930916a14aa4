"""The dashboard's quarter chart shows its axis values whole, as Dutch writes them.

At 100,000 dossiers a quarter counts ~25,000 new dossiers: the axis's top label '20000'
was drawn in a fixed 32 px and showed as '0000' (seen in a window grab, 2026-12-02).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QFontMetrics, QImage

from kempen_desktop.documents.period_report_data import Trend
from kempen_desktop.ui.common import colours
from kempen_desktop.ui.reports.charts import TrendChart, _axis_label


def test_axis_values_read_as_dutch_numbers() -> None:
    assert [_axis_label(v) for v in (0, 5000, 20000, 1.5, 1_000_000)] == [
        "0", "5.000", "20.000", "1,5", "1.000.000",
    ]  # fmt: skip


def _inked_columns(image: QImage, ink: QColor, top: int, bottom: int, right: int) -> list[int]:
    """Columns left of `right` holding a pixel of the axis labels' colour in rows top..bottom."""
    found = []
    for x in range(right):
        for y in range(top, bottom):
            pixel = image.pixelColor(x, y)
            if abs(pixel.red() - ink.red()) + abs(pixel.green() - ink.green()) < 60 and (
                abs(pixel.blue() - ink.blue()) < 30
            ):
                found.append(x)
                break
    return found


def test_the_top_label_is_drawn_whole(qapp: Any) -> None:
    chart = TrendChart()
    chart.resize(500, 260)
    chart.set_trends([Trend(f"K{q} 2026", 80_000, 16_000 + q, 2_000, 1_500) for q in range(1, 5)])
    image = chart.grab().toImage()
    widest = QFontMetrics(chart.font()).horizontalAdvance("20.000")
    # The top grid line lies 30 px below the chart's top; its label is centred on it.
    columns = _inked_columns(image, colours.colour(colours.MUTED), 22, 38, widest + 12)
    assert columns, "no axis label drawn"
    assert max(columns) - min(columns) + 1 >= widest - 2  # the whole '20.000', not '0.000'
