"""The Acties dialogs use the app's one date field (issue 16): typed dates, '+N' counted from
the event's day, a refused text blocks Bewaren; a hire typed in the dialog moves the
dossier's status and plans its follow-ups, and says so when the status cannot follow."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import ActionPoint, Dossier
from kempen_desktop.services.actions.events import EventInput
from kempen_desktop.ui.actions.dialogs import ActionDialog, EventDialog, HireDialog
from kempen_desktop.ui.common.date_field import DateField
from tests.actions_helpers import known_data


def _type(qtbot, field: DateField, text: str) -> None:  # type: ignore[no-untyped-def]
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)
    field.commit()


def _save(dialog) -> QDialogButtonBox:  # type: ignore[no-untyped-def]
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


@pytest.fixture
def workspace_with_event(database):  # type: ignore[no-untyped-def]
    known = known_data(database)
    workspace = Workspace(database)
    event = workspace.actions.save_event(
        EventInput("jobdate", "Jobdate industrie", date(2024, 10, 25), location="Kontich")
    )
    participants = [workspace.actions.add_participant(event, d) for d in known.dossiers]
    return workspace, known, participants


def test_event_dialog_reads_typed_dates_relative_to_the_event(qtbot, database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    workspace = Workspace(database)
    dialog = EventDialog(workspace, None)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.held, DateField) and isinstance(dialog.ends, DateField)
    qtbot.keyClicks(dialog.title, "Jobevent anderstaligen")
    _type(qtbot, dialog.held, "17/1/23")
    assert dialog.held.value() == date(2023, 1, 17)
    _type(qtbot, dialog.ends, "+1")  # counted from the event's day, not from today
    assert dialog.ends.value() == date(2023, 1, 18)
    dialog.show()
    dialog.grab().save(str(tmp_path / "event_dialog.png"))
    _type(qtbot, dialog.held, "31-11-2023")  # no such day: refused, Bewaren blocked
    assert dialog.held.value() is None and not _save(dialog).isEnabled()
    _type(qtbot, dialog.held, "17-01-2023")
    assert _save(dialog).isEnabled()
    _save(dialog).click()
    (row,) = workspace.actions.events()
    assert (row.held_on, row.ends_on) == (date(2023, 1, 17), date(2023, 1, 18))


def test_action_dialog_end_date_counts_from_the_start(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    dialog = ActionDialog(Workspace(database), None)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog.starts, "01-01-2023")
    _type(qtbot, dialog.ends, "+1j")
    assert dialog.ends.value() == date(2024, 1, 1)


def test_hire_typed_in_the_dialog_moves_status_and_plans_follow_ups(  # type: ignore[no-untyped-def]
    qtbot, database, workspace_with_event, monkeypatch
) -> None:
    workspace, known, participants = workspace_with_event
    dialog = HireDialog(workspace, participants[1], date(2024, 10, 25))
    qtbot.addWidget(dialog)
    dialog.employer.setCurrentIndex(dialog.employer.findText("Industriebouw Kontich NV"))
    _type(qtbot, dialog.started, "+10")  # ten days after the jobdate
    assert dialog.started.value() == date(2024, 11, 4)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    _save(dialog).click()
    assert told == []  # in begeleiding -> aan het werk: nothing to explain
    detail = workspace.dossiers.get(known.dossiers[1])
    assert (detail.status_code, detail.status_since) == ("aan_het_werk", date(2024, 11, 4))
    assert detail.data.follow_up_on == date(2025, 2, 4)
    with database.session() as session:
        deadlines = session.scalars(
            select(ActionPoint.deadline).where(ActionPoint.dossier_id == known.dossiers[1])
        ).all()
        assert sorted(deadlines) == [date(2025, 2, 4), date(2025, 5, 4)]

    with database.transaction() as session:  # a dossier that is only 'intake'
        session.get(Dossier, known.dossiers[0]).status_code = "intake"
    dialog = HireDialog(workspace, participants[0], date(2024, 10, 25))
    qtbot.addWidget(dialog)
    dialog.employer.setCurrentIndex(dialog.employer.findText("Industriebouw Kontich NV"))
    _save(dialog).click()
    assert len(told) == 1 and "Intake" in told[0]
    assert workspace.dossiers.get(known.dossiers[0]).status_code == "intake"
