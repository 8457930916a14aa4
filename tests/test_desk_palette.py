"""Issue 18, light and dark: our own colours (refused dates, error text, highlighted cells,
the Rapporten tiles and charts) follow the palette, so a dark system scheme gets light text
on dark backgrounds rather than white on cream."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from kempen_desktop.documents.period_report_data import Count
from kempen_desktop.ui.common import colours
from kempen_desktop.ui.common.date_field import DateField
from kempen_desktop.ui.common.widgets import ErrorLabel
from kempen_desktop.ui.reports.charts import ShareChart


def _dark() -> QPalette:
    palette = QPalette()
    for role, value in (
        (QPalette.ColorRole.Window, "#202020"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#181818"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Button, "#303030"),
        (QPalette.ColorRole.ButtonText, "#eeeeee"),
    ):
        palette.setColor(role, QColor(value))
    return palette


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    before = qapp.palette()
    qapp.setPalette(_dark())
    yield qapp.palette()
    qapp.setPalette(before)


def test_every_colour_has_a_readable_dark_variant() -> None:
    """Text colours are light on the dark scheme and dark on the light one; backgrounds the
    other way round."""
    for text in (colours.ERROR, colours.OVERDUE, colours.WARNING_TEXT, colours.INFO_TEXT):
        assert QColor(text[0]).lightness() < 110 and QColor(text[1]).lightness() > 150
    for back in (colours.ERROR_BACKGROUND, colours.WARNING_BACKGROUND, colours.INFO_BACKGROUND):
        assert QColor(back[0]).lightness() > 200 and QColor(back[1]).lightness() < 80
    assert colours.is_dark(_dark()) and not colours.is_dark(QPalette(QColor("#f0f0f0")))


def test_a_refused_date_is_marked_in_the_dark_variant(qtbot, dark: QPalette) -> None:  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "31-02-2026")
    assert field.problem()
    assert colours.ERROR[1] in field.hint.styleSheet()
    assert colours.ERROR_BACKGROUND[1] in field.edit.styleSheet()
    label = ErrorLabel()
    qtbot.addWidget(label)
    assert colours.ERROR[1] in label.styleSheet()


def test_a_refused_date_in_the_light_palette_keeps_the_house_red(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "31-02-2026")
    assert colours.ERROR[0] in field.hint.styleSheet()


def test_the_share_chart_paints_on_the_palette_background(qtbot, dark: QPalette) -> None:  # type: ignore[no-untyped-def]
    chart = ShareChart()
    qtbot.addWidget(chart)
    chart.set_counts([Count("Kortgeschoold", 4), Count("Jongere", 2)], 6)
    chart.resize(500, 120)
    image = chart.grab().toImage()
    assert image.pixelColor(3, image.height() - 3).lightness() < 60  # dark, not white


def test_meeting_mode_style_follows_the_scheme(dark: QPalette) -> None:
    from kempen_desktop.ui.meetings.meeting_mode_parts import style

    dark_sheet = style()
    assert "background: white" not in dark_sheet  # the text fields keep the dark base
    assert "#F4F6F9" not in dark_sheet
    QApplication.instance().setPalette(QPalette(QColor("#f0f0f0")))  # type: ignore[union-attr]
    assert "#F4F6F9" in style()


def test_chart_rows_grow_with_a_larger_text_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A user's larger text size (not only 200 % scaling) still fits one label per row."""
    chart = ShareChart()
    qtbot.addWidget(chart)
    normal = chart.row_height()
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    chart.setFont(font)
    assert chart.row_height() >= chart.fontMetrics().height() + 8 > normal
    chart.set_counts([Count("Kortgeschoold", 4), Count("Jongere", 2)], 6)
    assert chart.minimumHeight() >= 2 * chart.row_height()
