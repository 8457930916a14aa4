"""Multi-line text boxes in the meeting, partner and engagement dialogs grow with the dialog
(issue 18): no fixed pixel height that cuts text off at a larger font or leaves the room of
an enlarged dialog empty."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog

from kempen_desktop.app import Workspace
from kempen_desktop.services.meetings.meetings import MeetingInput
from kempen_desktop.ui.common.text_boxes import TextBox
from kempen_desktop.ui.meetings.meeting_dialog import MeetingDialog
from kempen_desktop.ui.partners.engagement_dialog import EngagementDialog
from kempen_desktop.ui.partners.partner_dialog import PartnerDialog

SMALL, LARGE = (640, 720), (900, 1100)
GRABS = os.environ.get("KEMPEN_GRAB_DIR")  # set to look at the dialogs as PNG files


def _dialogs(workspace: Workspace) -> dict[str, tuple[Callable[[], QDialog], list[str]]]:
    """Each dialog and the names of its multi-line text boxes."""
    choices = workspace.partners.form_choices()
    meeting = workspace.meetings.plan(MeetingInput(title="Netwerkoverleg"))
    return {
        "meeting edit": (lambda: MeetingDialog(workspace, meeting), ["minutes"]),
        "new meeting": (lambda: MeetingDialog(workspace), []),
        "partner": (
            lambda: PartnerDialog(workspace, choices.types, choices.municipalities),
            ["notes"],
        ),
        "engagement": (lambda: EngagementDialog(lambda _d: None, "VDAB", [], []), ["evidence"]),
    }


def _shown_at(qtbot, dialog: QDialog, size: tuple[int, int], name: str) -> None:  # type: ignore[no-untyped-def]
    dialog.resize(*size)
    QApplication.processEvents()
    if GRABS:
        dialog.grab().save(str(Path(GRABS) / f"{name}-{size[0]}x{size[1]}.png"))


@pytest.mark.parametrize("kind", ["meeting edit", "new meeting", "partner", "engagement"])
def test_text_boxes_grow_with_the_dialog(qtbot, workspace: Workspace, kind: str) -> None:  # type: ignore[no-untyped-def]
    make, names = _dialogs(workspace)[kind]
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    boxes = [getattr(dialog, name) for name in names]
    if isinstance(dialog, MeetingDialog):
        boxes.append(dialog.picker.free)  # the other participants, one per line
    assert boxes and all(isinstance(box, TextBox) for box in boxes)
    slug = kind.replace(" ", "-")
    _shown_at(qtbot, dialog, SMALL, slug)
    small = [box.height() for box in boxes]
    _shown_at(qtbot, dialog, LARGE, slug)
    large = [box.height() for box in boxes]
    for box, before, after in zip(boxes, small, large, strict=True):
        assert before >= box.lines_height()  # the lines it asks for are shown
        assert after >= before + 40, (box.objectName(), before, after)
    if isinstance(dialog, MeetingDialog):  # the invited list still gets most of the room
        assert dialog.picker.tree.height() > max(large)


def test_a_text_box_asks_for_lines_in_its_own_font(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = TextBox(lines=4)
    qtbot.addWidget(box)
    normal = box.sizeHint().height()
    font = QFont(box.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    box.setFont(font)
    assert box.sizeHint().height() > normal * 1.6  # a larger font: taller, nothing cut off
    assert box.minimumSizeHint().height() == box.sizeHint().height()
