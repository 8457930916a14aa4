"""Charts for the PDFs, drawn with reportlab.graphics in the house colours.

Each function returns a Drawing (a flowable) sized in points: bars per quarter with a
legend, horizontal bars with percentages for shares, and a progress bar with a goal mark.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from kempen_desktop.documents.pdf import ACCENT, MUTED, RULE, fonts

SERIES_COLOURS = (
    ACCENT,
    colors.HexColor("#E07A2E"),
    colors.HexColor("#3C9D5D"),
    colors.HexColor("#8E6BB8"),
)
LIGHT = colors.HexColor("#DCE6F0")


def _nice_max(value: float) -> float:
    if value <= 5:
        return 5
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        top = step * magnitude
        if top >= value:
            return float(top)
    return value


def grouped_bars(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    width: float,
    height: float = 150,
) -> Drawing:
    """Vertical bars per category (e.g. quarter), one colour per series, legend on top."""
    regular, _bold = fonts()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 22
    chart.width, chart.height = width - 40, height - 50
    chart.data = [list(values) for _name, values in series]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.strokeColor = RULE
    top = max((v for _n, values in series for v in values), default=0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(top * 1.1)
    chart.valueAxis.valueStep = chart.valueAxis.valueMax / 5
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: f"{v:g}"
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E8EDF2")
    chart.barSpacing = 1
    chart.groupSpacing = 8
    for index in range(len(series)):
        chart.bars[index].fillColor = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        chart.bars[index].strokeColor = None
    chart.barLabelFormat = lambda v: f"{v:g}" if v else ""
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = MUTED
    chart.barLabels.nudge = 6
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = 30, height - 6
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 90
        legend.fontName = regular
        legend.fontSize = 7.5
        legend.boxAnchor = "nw"
        legend.dx = legend.dy = 7
        legend.colorNamePairs = [
            (SERIES_COLOURS[i % len(SERIES_COLOURS)], name) for i, (name, _v) in enumerate(series)
        ]
        drawing.add(legend)
    return drawing


def fit_label(label: str, font: str, size: float, room: float) -> str:
    """`label` as is when it fits in `room` points, else shortened with an ellipsis."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(label, font, size) <= room:
        return label
    while label and stringWidth(label.rstrip() + "…", font, size) > room:
        label = label[:-1]
    return label.rstrip() + "…"


def share_bars(
    items: Sequence[tuple[str, int]], total: int, width: float, *, bar_height: float = 11
) -> Drawing:
    """Horizontal bars: each item's count and share of `total`, largest first."""
    regular, _bold = fonts()
    rows = [item for item in items if item[1]] or list(items)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    # Room for the longest label, up to 40% of the width (longer ones end in an ellipsis).
    longest = max((stringWidth(label, regular, 7.5) for label, _c in rows), default=0)
    label_width = max(150.0, min(longest + 8, width * 0.4))
    height = max(1, len(rows)) * (bar_height + 5) + 4
    drawing = Drawing(width, height)
    top = max((count for _l, count in rows), default=0) or 1
    room = width - label_width - 70
    for index, (label, count) in enumerate(rows):
        y = height - (index + 1) * (bar_height + 5)
        drawing.add(
            String(
                0,
                y + 2.5,
                fit_label(label, regular, 7.5, label_width - 6),
                fontName=regular,
                fontSize=7.5,
                fillColor=colors.black,
            )
        )
        drawing.add(
            Rect(
                label_width,
                y,
                room,
                bar_height,
                fillColor=colors.HexColor("#F2F5F8"),
                strokeColor=None,
            )
        )
        drawing.add(
            Rect(label_width, y, room * count / top, bar_height, fillColor=ACCENT, strokeColor=None)
        )
        share = f"{count}  ({round(100 * count / total)}%)" if total else str(count)
        drawing.add(
            String(
                label_width + room + 6,
                y + 2.5,
                share,
                fontName=regular,
                fontSize=7.5,
                fillColor=MUTED,
            )
        )
    return drawing


def goal_bar(share: float | None, goal: float, width: float, label: str) -> Drawing:
    """A progress bar for a share against a goal (e.g. 1 in 2 employers inclusive)."""
    regular, bold = fonts()
    drawing = Drawing(width, 38)
    bar_width = width - 10
    drawing.add(Rect(0, 12, bar_width, 12, fillColor=LIGHT, strokeColor=None))
    value = max(0.0, min(1.0, share or 0.0))
    reached = share is not None and share >= goal
    drawing.add(
        Rect(
            0,
            12,
            bar_width * value,
            12,
            strokeColor=None,
            fillColor=colors.HexColor("#3C9D5D") if reached else ACCENT,
        )
    )
    x = bar_width * goal
    drawing.add(Line(x, 8, x, 28, strokeColor=colors.HexColor("#B3261E"), strokeWidth=1.5))
    drawing.add(
        String(
            x + 3,
            28,
            f"doel {round(goal * 100)}%",
            fontName=regular,
            fontSize=7,
            fillColor=colors.HexColor("#B3261E"),
        )
    )
    drawing.add(String(0, 0, label, fontName=bold, fontSize=8, fillColor=colors.black))
    return drawing
