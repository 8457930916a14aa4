"""Issue 14: one date rule (domain.date_input) and one date field (ui.common.date_field).

The rule as table tests; the field through real key presses in the dossier dialog, reading
the stored date back through the façade."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from kempen_desktop.domain.date_input import (
    BIRTH,
    DEADLINE,
    IMPORT_CELL,
    TYPED,
    DateProblem,
    DateRules,
    read_date,
)
from kempen_desktop.domain.dates import add_months

TODAY = date(2026, 3, 10)  # a Tuesday

TABLE: list[tuple[str, DateRules, date | None, DateProblem | None]] = [
    # day first, every separator, never swapped
    ("28-11-2026", TYPED, date(2026, 11, 28), None),
    ("28/11/26", TYPED, date(2026, 11, 28), None),
    ("28.11.2026", TYPED, date(2026, 11, 28), None),
    ("28112026", TYPED, date(2026, 11, 28), None),
    ("281126", TYPED, date(2026, 11, 28), None),
    ("2026-11-28", TYPED, date(2026, 11, 28), None),
    ("3-5-2023", TYPED, date(2023, 5, 3), None),
    (" 03 / 05 / 2023 ", TYPED, date(2023, 5, 3), None),
    ("05-03-2026", TYPED, date(2026, 3, 5), None),  # 5 March, never 3 May
    ("12-01-2026", TYPED, date(2026, 1, 12), None),
    # relative to the reference day
    ("t", TYPED, TODAY, None),
    ("T", TYPED, TODAY, None),
    ("vandaag", TYPED, TODAY, None),
    ("morgen", TYPED, None, DateProblem.UNREADABLE),  # only t / vandaag are words
    ("+14", TYPED, date(2026, 3, 24), None),
    ("-3", TYPED, date(2026, 3, 7), None),
    ("-3w", TYPED, date(2026, 2, 17), None),
    ("3w", TYPED, date(2026, 3, 31), None),
    ("+2m", TYPED, date(2026, 5, 10), None),
    ("+1j", TYPED, date(2027, 3, 10), None),
    ("+ 14", TYPED, date(2026, 3, 24), None),
    # two-digit years: 80 back and 19 ahead in a dialog, the past for birth dates
    ("28/11/45", TYPED, date(2045, 11, 28), None),
    ("28/11/46", TYPED, date(1946, 11, 28), None),
    ("28/11/27", BIRTH, date(1927, 11, 28), None),
    ("28/11/85", BIRTH, date(1985, 11, 28), None),
    ("01/01/25", BIRTH, date(2025, 1, 1), None),
    # empty is no date and no problem
    ("", TYPED, None, None),
    ("   ", TYPED, None, None),
    # refused, never guessed
    ("31-11-2026", TYPED, None, DateProblem.NO_SUCH_DAY),
    ("29-02-2026", TYPED, None, DateProblem.NO_SUCH_DAY),
    ("11-28-2026", TYPED, None, DateProblem.NO_SUCH_DAY),  # month 28: not swapped
    ("20261128", TYPED, None, DateProblem.NO_SUCH_DAY),  # eight digits are ddmmyyyy
    ("28-11", TYPED, None, DateProblem.UNREADABLE),  # no year in a dialog
    ("14", TYPED, None, DateProblem.UNREADABLE),  # a bare number is not a date
    ("2811202", TYPED, None, DateProblem.UNREADABLE),
    ("28-11-2026x", TYPED, None, DateProblem.UNREADABLE),
    ("volgende week", TYPED, None, DateProblem.UNREADABLE),
    ("28-11-1850", TYPED, None, DateProblem.OUT_OF_RANGE),
    ("+99999", TYPED, None, DateProblem.UNREADABLE),
    ("+9999j", TYPED, None, DateProblem.OUT_OF_RANGE),
    # deadlines in a meeting: a day without a year is the next such day
    ("15/12", DEADLINE, date(2026, 12, 15), None),
    ("01/02", DEADLINE, date(2027, 2, 1), None),
    ("10/03", DEADLINE, TODAY, None),
    ("+14", DEADLINE, date(2026, 3, 24), None),
    # an imported cell: stricter on purpose
    ("03/05/2023 00:00", IMPORT_CELL, date(2023, 5, 3), None),
    ("2023-05-03T10:15:00", IMPORT_CELL, date(2023, 5, 3), None),
    ("03/05/85", IMPORT_CELL, date(1985, 5, 3), None),
    ("t", IMPORT_CELL, None, DateProblem.UNREADABLE),
    ("+14", IMPORT_CELL, None, DateProblem.UNREADABLE),
    ("28112026", IMPORT_CELL, None, DateProblem.UNREADABLE),
    ("28-11-2026 10:00", TYPED, None, DateProblem.UNREADABLE),
]


@pytest.mark.parametrize(("text", "rules", "expected", "problem"), TABLE)
def test_the_date_rule(
    text: str, rules: DateRules, expected: date | None, problem: DateProblem | None
) -> None:
    reading = read_date(text, TODAY, rules)
    assert (reading.day, reading.problem) == (expected, problem)


def test_a_refusal_says_why_in_dutch() -> None:
    assert read_date("31-11-2026", TODAY).message("31-11-2026") == (
        "'31-11-2026' bestaat niet als datum."
    )
    assert read_date("28-11-2026", TODAY).message("28-11-2026") is None


def test_the_import_and_the_meeting_use_the_same_rule() -> None:
    from kempen_desktop.services.importing.parsing import parse_date
    from kempen_desktop.services.meetings.action_points import parse_deadline

    assert parse_date("28.11.2026", TODAY) == (date(2026, 11, 28), None)
    assert parse_date("31/11/2026", TODAY)[1] == "'31/11/2026' is geen geldige datum."
    assert parse_deadline("28112026", TODAY) == date(2026, 11, 28)
    assert parse_deadline("-3w", TODAY) == date(2026, 2, 17)


# -- the field, in the dossier dialog ------------------------------------------------------

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kempen_desktop.app import Workspace
from kempen_desktop.services.dossiers.dossier_list import DossierFilter
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.ui.common.date_field import DateField
from kempen_desktop.ui.dossiers.dossier_dialog import DossierDialog


def _new_dossier_dialog(qtbot, workspace: Workspace) -> DossierDialog:  # type: ignore[no-untyped-def]
    dialog = DossierDialog(workspace.dossiers.form_choices(), workspace.dossiers.create)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.last_name, "Peeters")
    qtbot.keyClicks(dialog.first_name, "Jan")
    return dialog


def _type_over(qtbot, field: DateField, text: str) -> None:  # type: ignore[no-untyped-def]
    """As a user does: into the field, select everything, type over it."""
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, text)


def _save_button(dialog: DossierDialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


# The day each text means, from the day the test runs (not the day the tests were
# collected: a run that crosses midnight failed on the relative ones).
TYPED_FORMATS: list[tuple[str, Callable[[date], date]]] = [
    ("28-11-2026", lambda _today: date(2026, 11, 28)),
    ("28/11/26", lambda _today: date(2026, 11, 28)),
    ("28.11.2026", lambda _today: date(2026, 11, 28)),
    ("28112026", lambda _today: date(2026, 11, 28)),
    ("2026-11-28", lambda _today: date(2026, 11, 28)),
    ("t", lambda today: today),
    ("vandaag", lambda today: today),
    ("+14", lambda today: today + timedelta(days=14)),
    ("-3w", lambda today: today - timedelta(weeks=3)),
    ("+2m", lambda today: add_months(today, 2)),
]


@pytest.mark.parametrize(("typed", "meaning"), TYPED_FORMATS)
def test_each_format_typed_into_the_dossier_dialog_is_stored(
    qtbot, workspace: Workspace, typed: str, meaning: Callable[[date], date]
) -> None:  # type: ignore[no-untyped-def]
    stored = meaning(date.today())
    dialog = _new_dossier_dialog(qtbot, workspace)
    dialog.follow_up_on.set_value(date(2030, 1, 1))  # something to type over
    _type_over(qtbot, dialog.follow_up_on, typed)
    shown = stored.strftime("%d-%m-%Y")  # the day is shown while typing, with its weekday
    hint = dialog.follow_up_on.hint.text()
    assert shown in hint or (dialog.follow_up_on.edit.text() == shown and len(hint) == 2)
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    dossier_id = dialog.saved_result
    assert isinstance(dossier_id, uuid.UUID)
    assert workspace.dossiers.get(dossier_id).data.follow_up_on == stored


def test_a_bad_date_is_refused_out_loud_and_nothing_is_saved(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = _new_dossier_dialog(qtbot, workspace)
    _type_over(qtbot, dialog.follow_up_on, "31-11-2026")
    assert dialog.follow_up_on.hint.text() == "Deze dag bestaat niet."
    assert "b3261e" in dialog.follow_up_on.edit.styleSheet()  # red
    assert not _save_button(dialog).isEnabled()
    dialog.try_save()  # Ctrl+Enter or any other way to save: still refused
    assert dialog.isVisible()
    assert "Deze dag bestaat niet." in dialog.summary.text()
    assert workspace.dossiers.find(DossierFilter()) == []
    # fixing it gives the save back; the corrected day is stored
    _type_over(qtbot, dialog.follow_up_on, "30-11-2026")
    assert _save_button(dialog).isEnabled()
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert workspace.dossiers.get(dialog.saved_result).data.follow_up_on == date(2026, 11, 30)


def test_empty_stays_empty_and_a_birth_date_lies_in_the_past(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = _new_dossier_dialog(qtbot, workspace)
    _type_over(qtbot, dialog.birth_date, "30/07/85")
    qtbot.keyClick(dialog.follow_up_on.edit, Qt.Key.Key_Tab)
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    data = workspace.dossiers.get(dialog.saved_result).data
    assert (data.birth_date, data.follow_up_on, data.job_seeker_since) == (
        date(1985, 7, 30),
        None,
        None,
    )


def test_editing_another_field_keeps_the_dates(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dossier_id = workspace.dossiers.create(
        DossierInput(last_name="Peeters", first_name="Jan", follow_up_on=date(2026, 11, 28))
    )
    detail = workspace.dossiers.get(dossier_id)
    dialog = DossierDialog(
        workspace.dossiers.form_choices(),
        lambda data: workspace.dossiers.update(dossier_id, data),
        detail.data,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.follow_up_on.edit.text() == "28-11-2026"
    qtbot.keyClicks(dialog.phone, "014 12 34 56")
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert workspace.dossiers.get(dossier_id).data.follow_up_on == date(2026, 11, 28)


def test_relative_to_the_reference_day_and_arrows(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    field.set_reference(date(2026, 12, 1))  # e.g. the meeting date
    qtbot.keyClicks(field.edit, "+14")
    assert field.value() == date(2026, 12, 15)
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.edit.text() == "16-12-2026"
    seen: list[object] = []
    field.dateChanged.connect(seen.append)
    field.set_value(None)
    assert field.value() is None and field.is_valid() and len(seen) == 1
