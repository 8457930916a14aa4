"""Bewerken → Ongedaan maken / Opnieuw (issue 14): one undo stack over the façade's actions.

Each kind of action is done the way a user does it (the dialog, its button), then taken
back with Ctrl+Z in the main window and done again with Ctrl+Shift+Z; the database is read
back through the façade.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kempen_desktop.app import Workspace
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.partners.partners import PartnerInput
from kempen_desktop.ui.dossiers.dossier_dialog import DossierDialog
from kempen_desktop.ui.dossiers.note_dialog import NoteDialog
from kempen_desktop.ui.dossiers.status_dialog import StatusDialog
from kempen_desktop.ui.main_window import MainWindow
from kempen_desktop.ui.partners.partner_dialog import PartnerDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, workspace: Workspace):  # type: ignore[no-untyped-def]
    workspace.dossiers.create(
        DossierInput(last_name="Janssens", first_name="Mila", phone="014 11 22 33"),
        opened_on=date.today() - timedelta(days=30),
    )
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)  # shortcuts fire in the active window only
    main.dossiers.select_row(0)
    return main


def _dossier_id(window: MainWindow) -> uuid.UUID:
    selected = window.dossiers.selected_ids()
    assert selected
    return selected[0]


def _undo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)


def _redo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)


def _press(qtbot, dialog, which: QDialogButtonBox.StandardButton) -> None:  # type: ignore[no-untyped-def]
    button = dialog.findChild(QDialogButtonBox).button(which)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_status_change_is_undone_with_its_history_entry_and_redone(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dossier_id = _dossier_id(window)
    before = window.workspace.dossiers.get(dossier_id)
    assert not window.undo_action.isEnabled()
    qtbot.mouseClick(window.dossiers.detail.status_button, Qt.MouseButton.LeftButton)
    dialog = window.dossiers.current_dialog
    assert isinstance(dialog, StatusDialog)
    dialog.status.setCurrentIndex(dialog.status.findData("intake"))
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    changed = window.workspace.dossiers.get(dossier_id)
    assert changed.status_code == "intake"
    assert len(changed.status_history) == len(before.status_history) + 1
    assert window.undo_action.text().replace("&", "") == "Ongedaan maken: Status wijzigen"

    _undo(qtbot, window)
    undone = window.workspace.dossiers.get(dossier_id)
    assert undone.status_code == before.status_code == "aangemeld"
    assert undone.status_since == before.status_since
    assert undone.status_history == before.status_history
    assert [e.kind for e in undone.timeline] == [e.kind for e in before.timeline]
    assert "Aangemeld" in window.dossiers.detail.browser.toPlainText()
    assert window.redo_action.text().replace("&", "") == "Opnieuw: Status wijzigen"

    _redo(qtbot, window)
    redone = window.workspace.dossiers.get(dossier_id)
    assert redone.status_code == "intake"
    assert len(redone.status_history) == len(before.status_history) + 1


def test_closing_is_undone_with_reason_and_follow_up_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dossier_id = _dossier_id(window)
    area = window.workspace.dossiers
    data = area.get(dossier_id).data
    follow_up = date.today() + timedelta(days=14)
    area.update(dossier_id, DossierInput(**{**data.__dict__, "follow_up_on": follow_up}))
    qtbot.mouseClick(window.dossiers.detail.close_button, Qt.MouseButton.LeftButton)
    dialog = window.dossiers.current_dialog
    dialog.reason.setCurrentIndex(dialog.reason.findData("werk"))
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    closed = area.get(dossier_id)
    assert (closed.status_code, closed.closing_reason_code) == ("afgesloten", "werk")
    assert closed.data.follow_up_on is None
    _undo(qtbot, window)
    reopened = area.get(dossier_id)
    assert (reopened.status_code, reopened.closing_reason_code) == ("aangemeld", None)
    assert reopened.closed_on is None
    assert reopened.data.follow_up_on == follow_up  # closing cleared it; the undo puts it back


def test_edit_is_undone_field_by_field_and_redone(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dossier_id = _dossier_id(window)
    area = window.workspace.dossiers
    qtbot.mouseClick(window.dossiers.detail.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.dossiers.current_dialog
    assert isinstance(dialog, DossierDialog)
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "0470 99 88 77")
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert area.get(dossier_id).data.phone == "0470 99 88 77"
    assert window.undo_action.text().replace("&", "") == "Ongedaan maken: Dossier bewerken"
    # Someone edits another field afterwards: the undo must leave that edit alone.
    data = area.get(dossier_id).data
    area.update(dossier_id, DossierInput(**{**data.__dict__, "street": "Markt 1"}))

    _undo(qtbot, window)
    undone = area.get(dossier_id).data
    assert undone.phone == "014 11 22 33"
    assert undone.street == "Markt 1"
    assert "014 11 22 33" in window.dossiers.detail.browser.toPlainText()

    _redo(qtbot, window)
    assert area.get(dossier_id).data.phone == "0470 99 88 77"
    assert area.get(dossier_id).data.street == "Markt 1"


def test_follow_up_date_is_named_and_undone(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dossier_id = _dossier_id(window)
    area = window.workspace.dossiers
    window.dossiers.edit_dossier()
    dialog = window.dossiers.current_dialog
    day = date.today() + timedelta(days=7)
    dialog.follow_up_on.set_value(day)
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert area.get(dossier_id).data.follow_up_on == day
    assert window.undo_action.text().replace("&", "") == "Ongedaan maken: Opvolgdatum wijzigen"
    _undo(qtbot, window)
    assert area.get(dossier_id).data.follow_up_on is None
    _redo(qtbot, window)
    assert area.get(dossier_id).data.follow_up_on == day


def test_note_is_deleted_by_undo_and_added_again_by_redo(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dossier_id = _dossier_id(window)
    area = window.workspace.dossiers
    lines = len(area.get(dossier_id).timeline)
    qtbot.mouseClick(window.dossiers.detail.note_button, Qt.MouseButton.LeftButton)
    dialog = window.dossiers.current_dialog
    assert isinstance(dialog, NoteDialog)
    qtbot.keyClicks(dialog.body, "Belde over de opleiding heftruck")
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert len(area.get(dossier_id).timeline) == lines + 1
    assert window.undo_action.text().replace("&", "") == "Ongedaan maken: Notitie toevoegen"
    _undo(qtbot, window)
    timeline = area.get(dossier_id).timeline
    assert len(timeline) == lines
    assert all("heftruck" not in entry.body for entry in timeline)
    assert "heftruck" not in window.dossiers.detail.browser.toPlainText()
    _redo(qtbot, window)
    assert any("heftruck" in entry.body for entry in area.get(dossier_id).timeline)
    _undo(qtbot, window)  # the note added by the redo goes too
    assert len(area.get(dossier_id).timeline) == lines


def test_undo_of_a_deleted_dossier_is_refused_out_loud(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    dossier_id = _dossier_id(window)
    window.dossiers.add_note()
    dialog = window.dossiers.current_dialog
    qtbot.keyClicks(dialog.body, "Kort gesprek")
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    window.workspace.dossiers.delete(dossier_id)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    _undo(qtbot, window)
    assert warnings and "bestaat niet" in warnings[0]
    assert not window.undo_action.isEnabled()  # the refused step left the stack


def test_partner_edit_is_undone(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    area = window.workspace.partners
    partner_id = area.create(
        PartnerInput(name="Kringwinkel Geel", partner_type_code="maatwerkbedrijf")
    )
    window.tabs.setCurrentWidget(window.partners)
    window.partners.select_partner(partner_id)

    def fake_exec(dialog: PartnerDialog) -> int:
        dialog.website.setText("https://kringwinkel.example")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(PartnerDialog, "exec", fake_exec)
    window.partners.edit_partner()
    assert area.get(partner_id).website == "https://kringwinkel.example"
    assert window.undo_action.text().replace("&", "") == "Ongedaan maken: Organisatie bewerken"
    _undo(qtbot, window)
    assert area.get(partner_id).website == ""
    assert area.get(partner_id).name == "Kringwinkel Geel"
    _redo(qtbot, window)
    assert area.get(partner_id).website == "https://kringwinkel.example"
