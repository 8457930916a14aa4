"""The agenda editor on the demo, as a regisseur uses it: all five rules with their counts,
nothing without consent ticked beforehand, a confirmation before more than 30 dossiers,
several items deleted at once, Agenda leegmaken, and Ctrl+Z."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kempen_desktop.app import Workspace
from kempen_desktop.domain import meetings as rules
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.demo import generate_demo
from kempen_desktop.ui.meetings.agenda_editor import AgendaEditor


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("agenda") / "demo.db", mark_demo=True)
    generate_demo(db, dossiers=1200, seed=7, today=date(2025, 5, 14))
    yield db
    db.close()


def _answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the confirmation that the click is about to open."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


def test_agenda_with_all_rules_on_the_demo(qtbot, demo: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    workspace = Workspace(demo)
    planned = [r for r in workspace.meetings.rows() if r.status == rules.PLANNED]
    meeting = max(planned, key=lambda r: r.participants)
    before = len(workspace.meetings.get(meeting.id).agenda)
    editor = AgendaEditor(workspace, meeting.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    for box in editor.rule_boxes.values():
        box.setChecked(True)
    qtbot.mouseClick(editor.suggest_button, Qt.MouseButton.LeftButton)
    editor.grab().save(str(tmp_path / "agenda.png"))

    items = editor.suggestions.items()
    assert len(items) > 30
    # Every rule shows its count next to its name.
    expected = workspace.meetings.suggest(meeting.id, rules.AGENDA_RULES)
    for code, box in editor.rule_boxes.items():
        count = sum(1 for s in expected if code in s.rules)
        assert box.text().endswith(f"({count})"), box.text()
    # Only what every invited partner may see is ticked; the rest is listed apart.
    ticked = {item.text(0) for item in items if item.checkState(0) == Qt.CheckState.Checked}
    assert ticked == {str(s.num) for s in expected if s.shareable}
    refused = editor.suggestions.refused_group
    assert refused is not None and refused.childCount() == sum(
        1 for s in expected if not s.shareable
    )
    assert "niet deelbaar met" in refused.child(0).text(3)

    # Ticking 35 by hand and adding: the editor asks first; "Nee" adds nothing.
    for item in items[:35]:
        item.setCheckState(0, Qt.CheckState.Checked)
    assert "35 voorgesteld" not in editor.suggestions.summary.text()
    assert "aangevinkt" in editor.suggestions.summary.text()
    seen: list[str] = []
    _answer(QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(editor.add_suggested, Qt.MouseButton.LeftButton)
    assert seen and "35" in seen[0]
    assert editor.agenda.count() == before
    _answer(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(editor.add_suggested, Qt.MouseButton.LeftButton)
    assert editor.agenda.count() == before + 35
    assert len(workspace.meetings.get(meeting.id).agenda) == before + 35

    # Several at once: select three rows, Delete.
    titles = [editor.agenda.item(i).text() for i in range(editor.agenda.count())]
    editor.agenda.clearSelection()
    for row in (0, 2, 4):
        editor.agenda.item(row).setSelected(True)
    qtbot.keyClick(editor.agenda, Qt.Key.Key_Delete)
    assert editor.agenda.count() == before + 32
    assert len(workspace.meetings.get(meeting.id).agenda) == before + 32
    # Ctrl+Z puts the three back, in their places.
    qtbot.keyClick(editor.agenda, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [editor.agenda.item(i).text() for i in range(editor.agenda.count())] == titles
    assert "schrappen" in editor.undo_stack.redoText()

    # Agenda leegmaken, then undo it.
    qtbot.mouseClick(editor.clear_button, Qt.MouseButton.LeftButton)
    assert editor.agenda.count() == 0 and workspace.meetings.get(meeting.id).agenda == ()
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert editor.agenda.count() == before + 35
    # Undo the addition itself: back to how it was.
    qtbot.keyClick(editor.agenda, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(workspace.meetings.get(meeting.id).agenda) == before
    editor.close()
