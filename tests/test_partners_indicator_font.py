"""The partner indicator's headline is sized in points against the view's own text, not in
pixels (issue 18, high-DPI): a larger text size or a high-DPI screen enlarges it too."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontInfo

from kempen_desktop.app import Workspace
from kempen_desktop.ui.partners.indicator_view import HEADLINE_SCALE, IndicatorView


def test_the_headline_is_in_points_and_follows_the_text_size(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    view = IndicatorView(workspace)
    qtbot.addWidget(view)
    view.show()
    assert "px" not in view.headline.styleSheet()
    normal = QFontInfo(view.font()).pointSizeF()
    assert view.headline.font().pointSizeF() == normal * HEADLINE_SCALE
    assert view.headline.font().pixelSize() == -1  # a point size, scaled by the screen's DPI
    larger = QFont(view.font())
    larger.setPointSizeF(normal * 2)
    view.setFont(larger)  # the user's larger text size
    assert view.headline.font().pointSizeF() == normal * 2 * HEADLINE_SCALE
    assert view.headline.fontMetrics().height() > view.fontMetrics().height()
