"""Issue 18, light and dark: our own colours (refused dates, error text, highlighted cells,
the Rapporten tiles and charts) follow the palette, so a dark system scheme gets light text
on dark backgrounds rather than white on cream."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QTableWidgetItem, QWidget

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


# --- A live switch between light and dark (the system changes scheme while the app runs) --


def _light() -> QPalette:
    return QPalette(QColor("#f0f0f0"))


def test_every_colour_value_belongs_to_one_pair() -> None:
    """Style sheets are recoloured by value: a value shared by two pairs would be ambiguous."""
    pairs = [
        value
        for name, value in vars(colours).items()
        if name.isupper() and isinstance(value, tuple) and len(value) == 2
        if all(isinstance(part, str) and part.startswith("#") for part in value)
    ]
    pairs += [*colours.SERIES, *colours.TILE.values()]
    assert set(pairs) == set(colours.ALL)  # a new pair is in ALL too
    values = [value.lower() for pair in colours.ALL for value in pair]
    assert len(values) == len(set(values))


def test_style_sheets_and_labels_follow_a_live_palette_change(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.ui.meetings.meeting_mode_parts import _DARK_STYLE, _LIGHT_STYLE, style
    from kempen_desktop.ui.reports.charts import TileWidget

    before = qapp.palette()
    qapp.setPalette(_light())
    try:
        error = ErrorLabel()
        field = DateField()
        tile = TileWidget()
        banner = QLabel(f"<b style='color:{colours.css(colours.GOOD_TEXT)}'>Inclusief</b>")
        banner.setStyleSheet(f"background: {colours.css(colours.WARNING_BACKGROUND)};")
        meeting_mode = QWidget()
        meeting_mode.setStyleSheet(style())
        preview = QTableWidget(1, 1)  # the import preview marks a changed value
        changed = QTableWidgetItem("Geel")
        changed.setBackground(QBrush(colours.colour(colours.HIGHLIGHT_BACKGROUND)))
        preview.setItem(0, 0, changed)
        for widget in (error, field, tile, banner, meeting_mode, preview):
            qtbot.addWidget(widget)
        banner.resize(300, 40)
        banner.show()
        shown = {
            "error": lambda: error.styleSheet(),
            "date hint": lambda: field.hint.styleSheet(),
            "tile value": lambda: tile.value.styleSheet(),
            "banner": lambda: banner.styleSheet() + banner.text(),
        }
        expected = {
            "error": colours.ERROR,
            "date hint": colours.MUTED,
            "tile value": colours.ACCENT,
            "banner": colours.WARNING_BACKGROUND + colours.GOOD_TEXT,
        }

        def assert_side(side: int) -> None:
            qapp.processEvents()  # Qt posts the palette change to hidden widgets
            for key, read in shown.items():
                text = read()
                pairs = expected[key]
                for index in range(0, len(pairs), 2):
                    assert pairs[index + side] in text, (key, text)
                    assert pairs[index + 1 - side] not in text, (key, text)
            assert meeting_mode.styleSheet() == (_DARK_STYLE if side else _LIGHT_STYLE)
            background = preview.item(0, 0).background().color().name()
            assert background == colours.HIGHLIGHT_BACKGROUND[side]
            pixel = banner.grab().toImage().pixelColor(295, 35)  # beside the text
            assert pixel.name() == colours.WARNING_BACKGROUND[side]  # what the user sees

        assert_side(0)
        qapp.setPalette(_dark())  # the system switched to dark while the app runs
        assert_side(1)
        qapp.setPalette(_light())  # and back
        assert_side(0)
    finally:
        qapp.setPalette(before)


def test_other_colours_in_a_style_sheet_are_left_alone() -> None:
    sheet = "QLabel { color: #123456; background: #b3261e; border: 1px solid #AABBCCDD; }"
    dark = colours.for_palette(sheet, _dark())
    assert dark == "QLabel { color: #123456; background: #f2b8b5; border: 1px solid #AABBCCDD; }"
    assert colours.for_palette(dark, _light()) == sheet
