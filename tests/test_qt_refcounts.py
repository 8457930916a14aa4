"""Guard against a Qt binding that leaks references to None.

PySide6 6.12.0 took a reference from None on every call of a method that returns nothing
and on currentData() of an item without data: a normal working day of clicks then ends
with the interpreter aborting ("deallocating None"). pyproject.toml excludes that
version; this test fails if a future upgrade brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QLabel


def _none_refs_lost(action, times: int = 500) -> int:  # type: ignore[no-untyped-def]
    before = sys.getrefcount(None)
    for _ in range(times):
        action()
    return before - sys.getrefcount(None)


def test_void_methods_do_not_steal_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    assert _none_refs_lost(lambda: label.setText("x")) < 50


def test_combo_data_does_not_steal_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("leeg", None)
    assert _none_refs_lost(combo.currentData) < 50
