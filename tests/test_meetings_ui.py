"""The whole overlegmoment as a regisseur does it: plan it, build the agenda from the
rules, run it in vergadermodus with the keyboard only, close it, and send the minutes."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsBlurEffect, QMessageBox
from sqlalchemy import select

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import (
    ActionPoint,
    AgendaItem,
    Meeting,
    MeetingParticipant,
    TimelineEntry,
)
from kempen_desktop.services.common.database import Database
from kempen_desktop.ui.meetings.agenda_editor import AgendaEditor
from kempen_desktop.ui.meetings.meeting_dialog import ID_ROLE, MeetingDialog, to_qdate
from kempen_desktop.ui.meetings.meeting_mode import MeetingModeWindow
from kempen_desktop.ui.meetings.meetings_tab import MeetingsTab
from tests.meetings_helpers import World, give_consent, make_world


def _meetings_tab(database: Database) -> MeetingsTab:
    """The tab as the main window holds it: every change of the workspace reaches on_changes."""
    workspace = Workspace(database)
    tab = MeetingsTab(workspace)
    workspace.subscribe(tab.on_changes)
    return tab


def _tick(dialog: MeetingDialog, contact_ids: set[str]) -> None:
    tree = dialog.picker.tree
    for index in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(index)
        for child in (top.child(i) for i in range(top.childCount())):
            if child.data(0, ID_ROLE) in contact_ids:
                child.setCheckState(0, Qt.CheckState.Checked)


def _plan_with_dialog(qtbot, database: Database, world: World) -> object:  # type: ignore[no-untyped-def]
    dialog = MeetingDialog(Workspace(database))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Clientoverleg Kempen november")
    dialog.day.setDate(to_qdate(date.today()))
    qtbot.keyClicks(dialog.location, "Sociaal Huis Geel")
    dialog.organiser.clear()
    qtbot.keyClicks(dialog.organiser, "Regisseur Kempen")
    _tick(dialog, {str(world.sofie), str(world.jan)})
    assert "2 deelnemer" in dialog.picker.count.text()
    dialog._save()
    assert dialog.result() == MeetingDialog.DialogCode.Accepted
    [meeting_id] = dialog.created_ids
    return meeting_id


def test_dialog_refuses_a_meeting_without_title(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    make_world(database)
    dialog = MeetingDialog(Workspace(database))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._save()
    assert "titel" in dialog.error.text()
    assert dialog.result() != MeetingDialog.DialogCode.Accepted


def test_plan_agenda_run_close_and_send(
    qtbot,
    database: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    world = make_world(database)
    meeting_id = _plan_with_dialog(qtbot, database, world)
    give_consent(  # each partner may see its own clients only
        database,
        [(world.vdab_due, world.vdab), (world.vdab_flagged, world.vdab)]
        + [(world.ocmw_due, world.ocmw)],
    )

    # -- agenda from the rules, a free item, reorder with the keyboard -------------------------
    editor = AgendaEditor(Workspace(database), meeting_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.free_title, "Welkom en verslag vorig overleg")
    qtbot.keyClick(editor.free_title, Qt.Key.Key_Return)
    for code, box in editor.rule_boxes.items():
        box.setChecked(code in ("follow_up", "flagged"))
    qtbot.mouseClick(editor.suggest_button, Qt.MouseButton.LeftButton)
    suggested = {item.text(1): item.text(3) for item in editor.suggestions.items()}
    assert set(suggested) == {
        "An Janssens",
        "Bram Claes",
        "Elif Yilmaz",
    }  # not Dirk Smets: partner not invited
    assert "gemarkeerd" in suggested["Bram Claes"] and "opvolging" in suggested["An Janssens"]
    # None is shareable with both partners: listed apart, unticked; the regisseur ticks them
    # anyway (the partner versions of the minutes still leave out what one may not see).
    assert "niet deelbaar met VDAB Turnhout" in suggested["Elif Yilmaz"]
    for item in editor.suggestions.items():
        assert item.checkState(0) == Qt.CheckState.Unchecked
        item.setCheckState(0, Qt.CheckState.Checked)
    qtbot.mouseClick(editor.add_suggested, Qt.MouseButton.LeftButton)
    assert editor.agenda.count() == 4
    qtbot.keyClicks(editor.free_title, "Varia")
    qtbot.keyClick(editor.free_title, Qt.Key.Key_Return)
    # Move "Varia" (last) one up with Ctrl+Up, then back down.
    editor.agenda.setCurrentRow(4)
    qtbot.keyClick(editor.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert Workspace(database).meetings.get(meeting_id).agenda[3].title == "Varia"
    qtbot.keyClick(editor.agenda, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    agenda = Workspace(database).meetings.get(meeting_id).agenda
    assert agenda[0].title == "Welkom en verslag vorig overleg" and agenda[-1].title == "Varia"
    # Drag and drop moves a row in the list's model: the new order is saved.
    from PySide6.QtCore import QModelIndex

    editor.agenda.model().moveRow(QModelIndex(), 0, QModelIndex(), 2)
    qtbot.waitUntil(
        lambda: Workspace(database).meetings.get(meeting_id).agenda[1].title.startswith("Welkom")
    )
    editor.agenda.model().moveRow(QModelIndex(), 1, QModelIndex(), 0)
    qtbot.waitUntil(
        lambda: Workspace(database).meetings.get(meeting_id).agenda[0].title.startswith("Welkom")
    )
    agenda = Workspace(database).meetings.get(meeting_id).agenda
    dossier_order = [item.dossier_id for item in agenda[1:4]]
    editor.close()

    # -- vergadermodus, keyboard only --------------------------------------------------------------
    window = MeetingModeWindow(Workspace(database), meeting_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.discussion.setFocus()
    first_focus = window.focusWidget()
    # Attendance: F3, Space = present (first), Down + V = excused (second).
    qtbot.keyClick(first_focus, Qt.Key.Key_F3)
    assert window.focusWidget() is window.participants
    qtbot.keyClick(window.participants, Qt.Key.Key_Space)
    qtbot.keyClick(window.participants, Qt.Key.Key_Down)
    qtbot.keyClick(window.participants, Qt.Key.Key_V)
    # To the first dossier: PgDown from inside the participant list.
    qtbot.keyClick(window.participants, Qt.Key.Key_PageDown)
    assert window.position_label.text() == "Punt 2 van 5"
    qtbot.keyClick(window.participants, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.discussion
    first_item = window.current_item()
    assert first_item is not None and first_item.dossier_id == dossier_order[0]
    qtbot.keyClicks(window.discussion, "Besproken punt een.")
    # Saved as typed, without leaving the item.
    qtbot.waitUntil(
        lambda: _item_text(database, first_item.id)[0] == "Besproken punt een.", timeout=3000
    )
    qtbot.keyClick(window.discussion, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.agreement, "Afspraak punt een.")
    # A quick action point: Ctrl+N, what, Enter, who, Enter, by when, Enter.
    qtbot.keyClick(window.agreement, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.action_what
    qtbot.keyClicks(window.action_what, "Cv bijwerken")
    qtbot.keyClick(window.action_what, Qt.Key.Key_Return)
    qtbot.keyClicks(window.action_who.lineEdit(), "sofie")
    qtbot.keyClick(window.action_who.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClicks(window.action_when, "+14")
    qtbot.keyClick(window.action_when, Qt.Key.Key_Return)
    assert window.action_list.count() == 1 and "Cv bijwerken" in window.action_list.item(0).text()
    # A mistyped one is removed again: Tab to the list, End, Delete.
    qtbot.keyClicks(window.action_what, "Verkeerd actiepunt")
    qtbot.keyClick(window.action_what, Qt.Key.Key_Return)
    qtbot.keyClicks(window.action_who.lineEdit(), "regisseur")
    qtbot.keyClick(window.action_who.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClick(window.action_when, Qt.Key.Key_Return)
    assert window.action_list.count() == 2
    qtbot.keyClick(window.action_what, Qt.Key.Key_Tab)
    qtbot.keyClick(window.action_who, Qt.Key.Key_Tab)
    qtbot.keyClick(window.action_when, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.action_list
    qtbot.keyClick(window.action_list, Qt.Key.Key_End)
    qtbot.keyClick(window.action_list, Qt.Key.Key_Delete)
    assert window.action_list.count() == 1 and "Cv bijwerken" in window.action_list.item(0).text()
    # A bad date is refused with a message, nothing is added.
    qtbot.keyClicks(window.action_what, "Iets anders")
    qtbot.keyClick(window.action_what, Qt.Key.Key_Return)
    qtbot.keyClicks(window.action_who.lineEdit(), "regisseur")
    qtbot.keyClick(window.action_who.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClicks(window.action_when, "morgen")
    qtbot.keyClick(window.action_when, Qt.Key.Key_Return)
    assert "geen datum" in window.action_error.text() and window.action_list.count() == 1
    window.action_what.clear()
    window.action_when.clear()
    # Next dossier with Ctrl+Right from the agreement field; type its agreement.
    qtbot.keyClick(window.action_when, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.agreement, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.position_label.text() == "Punt 3 van 5"
    second_item = window.current_item()
    assert second_item is not None
    qtbot.keyClick(window.agreement, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.agreement, "Afspraak punt twee.")
    # Privacy: F9 hides client names from the title, the agenda and the summary.
    name = second_item.person_name
    assert name and name in window.item_title.text()
    qtbot.keyClick(window.agreement, Qt.Key.Key_F9)
    assert window.private and name not in window.item_title.text()
    assert name not in window.summary.toPlainText()
    assert all(
        name not in window.agenda_list.item(i).text() for i in range(window.agenda_list.count())
    )
    # What was typed is blurred on the projector, yet typing goes on.
    typed = (window.discussion, window.agreement, window.action_list)
    assert all(isinstance(w.graphicsEffect(), QGraphicsBlurEffect) for w in typed)
    qtbot.keyClicks(window.agreement, " En nog dit.")
    qtbot.keyClick(window.agreement, Qt.Key.Key_F9)
    assert not window.private
    assert all(w.graphicsEffect() is None for w in typed)
    assert window.agreement.toPlainText().endswith("En nog dit.")
    # Back with PgUp: the first item's text is still there.
    qtbot.keyClick(window.agreement, Qt.Key.Key_PageUp)
    assert window.discussion.toPlainText() == "Besproken punt een."
    qtbot.keyClick(window.agreement, Qt.Key.Key_PageDown)
    qtbot.keyClick(window.agreement, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert _item_text(database, second_item.id) == ("", "Afspraak punt twee. En nog dit.")
    with database.session() as session:
        attendance = {
            p.contact_person_id: p.attendance
            for p in session.scalars(
                select(MeetingParticipant).where(MeetingParticipant.meeting_id == meeting_id)
            )
        }
        point = session.scalars(
            select(ActionPoint).where(ActionPoint.meeting_id == meeting_id)
        ).one()
    assert sorted(attendance.values()) == ["aanwezig", "verontschuldigd"]
    assert point.owner_contact_id == world.sofie and point.owner_partner_id == world.vdab
    assert (
        point.deadline == date.today() + timedelta(days=14) and point.dossier_id == dossier_order[0]
    )

    # -- close it from the tab ---------------------------------------------------------------------
    tab = _meetings_tab(database)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    tab.select_meeting(meeting_id)
    assert tab.current_row().id == meeting_id  # type: ignore[union-attr]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    assert "2 dossier" in tab.summary.text()
    with database.session() as session:
        assert session.get(Meeting, meeting_id).status == "gehouden"  # type: ignore[union-attr]
        decisions = {
            e.dossier_id: e.body
            for e in session.scalars(
                select(TimelineEntry).where(
                    TimelineEntry.kind == "decision", TimelineEntry.meeting_id == meeting_id
                )
            )
        }
    assert set(decisions) == {first_item.dossier_id, second_item.dossier_id}
    assert "Afspraak punt een." in decisions[first_item.dossier_id]
    assert "Besproken punt een." in decisions[first_item.dossier_id]

    # -- the Actiepunten overview: filter on Sofie, mark done --------------------------------------
    tab.inner_tabs.setCurrentWidget(tab.actions_view)
    view = tab.actions_view
    assert [
        r.description for r in (view.model.record(i) for i in range(view.model.rowCount()))
    ] == ["Cv bijwerken"]
    view.owner.setCurrentIndex(view.owner.findData(f"contact:{world.jan}"))
    assert view.model.rowCount() == 0
    view.owner.setCurrentIndex(view.owner.findData(f"contact:{world.sofie}"))
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 0  # open only
    view.open_only.setChecked(False)
    assert view.model.record(0).status == "afgerond"  # type: ignore[union-attr]

    # -- minutes per partner, action list, .ics ----------------------------------------------------
    tab.inner_tabs.setCurrentIndex(0)
    tab.select_meeting(meeting_id)
    pdf = tmp_path / "verslag-vdab.pdf"
    monkeypatch.setattr(tab, "ask_partner", lambda _view: world.vdab)
    monkeypatch.setattr(tab, "ask_save_path", lambda *_a: pdf)
    qtbot.mouseClick(tab.minutes_button, Qt.MouseButton.LeftButton)
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert (
        "Versie voor VDAB Turnhout" in text
        and "Afspraak punt een." in text
        and "Cv bijwerken" in text
    )
    assert [first_item.dossier_id, second_item.dossier_id] == [world.vdab_due, world.vdab_flagged]
    assert "Afspraak punt twee." in text and "Janssens" in text and "Claes" in text
    assert "Yilmaz" not in text and "Elif" not in text  # an OCMW dossier: left out, not blacked out
    ocmw_pdf = tmp_path / "verslag-ocmw.pdf"
    monkeypatch.setattr(tab, "ask_partner", lambda _view: world.ocmw)
    monkeypatch.setattr(tab, "ask_save_path", lambda *_a: ocmw_pdf)
    qtbot.mouseClick(tab.minutes_button, Qt.MouseButton.LeftButton)
    ocmw_text = "\n".join(page.extract_text() for page in PdfReader(ocmw_pdf).pages)
    assert "Yilmaz" in ocmw_text and "Welkom en verslag vorig overleg" in ocmw_text
    for left_out in ("Janssens", "Claes", "Afspraak punt een.", "Cv bijwerken"):
        assert left_out not in ocmw_text
    ics = tmp_path / "overleg.ics"
    suggested: list[str] = []
    monkeypatch.setattr(tab, "ask_save_path", lambda *a: suggested.append(a[1]) or ics)
    qtbot.mouseClick(tab.ics_button, Qt.MouseButton.LeftButton)
    day = tab.current_row().starts_at  # type: ignore[union-attr]
    assert suggested == [f"{day:%Y-%m-%d} Clientoverleg Kempen november.ics"]
    [event] = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Clientoverleg Kempen november"
    assert str(event["UID"]) == f"{meeting_id}@kempen-desktop.local"
    assert str(event["LOCATION"]) == "Sociaal Huis Geel"
    xlsx = tmp_path / "acties.xlsx"
    monkeypatch.setattr(tab, "ask_save_path", lambda *a: suggested.append(a[1]) or xlsx)
    qtbot.mouseClick(tab.actions_button, Qt.MouseButton.LeftButton)
    assert suggested[-1] == f"Actiepunten {day:%Y-%m-%d} Clientoverleg Kempen november.xlsx"
    assert xlsx.exists() and "Actielijst bewaard" in tab.summary.text()


def _item_text(database: Database, item_id: object) -> tuple[str, str]:
    with database.session() as session:
        item = session.get(AgendaItem, item_id)
        assert item is not None
        return item.discussion, item.agreements


def test_cancel_and_move_from_the_tab(
    qtbot,
    database: Database,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    world = make_world(database)
    tab = _meetings_tab(database)
    qtbot.addWidget(tab)
    tab.show()
    tab.select_meeting(world.meeting)
    monkeypatch.setattr(
        "kempen_desktop.ui.meetings.meetings_tab.QInputDialog.getText",
        lambda *_a, **_k: ("Partners afwezig", True),
    )
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        meeting = session.get(Meeting, world.meeting)
        assert meeting.status == "geannuleerd" and meeting.cancel_reason == "Partners afwezig"  # type: ignore[union-attr]
    assert not tab.cancel_button.isEnabled() and not tab.move_button.isEnabled()
    assert "Partners afwezig" in tab.detail.toPlainText()


def test_discuss_flag_from_the_dossier_reaches_the_agenda(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.db.models import Dossier
    from kempen_desktop.services.meetings.agenda import FLAGGED
    from kempen_desktop.ui.dossiers.dossiers_tab import DossiersTab

    world = make_world(database)
    workspace = Workspace(database)
    tab = DossiersTab(workspace)
    workspace.subscribe(tab.on_changes)  # as the main window does
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    tab.select_dossier(world.vdab_due)
    assert not tab.detail.discuss_button.isChecked()
    qtbot.mouseClick(tab.detail.discuss_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        assert session.get(Dossier, world.vdab_due).discuss  # type: ignore[union-attr]
    assert "ja, op het volgende overleg" in tab.detail.browser.toPlainText()
    flagged = {s.dossier_id for s in Workspace(database).meetings.suggest(world.meeting, [FLAGGED])}
    assert flagged == {world.vdab_due, world.vdab_flagged}
    qtbot.mouseClick(tab.detail.discuss_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        assert not session.get(Dossier, world.vdab_due).discuss  # type: ignore[union-attr]


def test_close_from_meeting_mode_with_ctrl_e(
    qtbot,
    database: Database,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:

    world = make_world(database)
    Workspace(database).meetings.add_dossiers(world.meeting, [(world.ocmw_due, "")])
    window = MeetingModeWindow(Workspace(database), world.meeting)
    qtbot.addWidget(window)
    window.show()
    closed: list[int] = []
    window.meeting_closed.connect(closed.append)
    qtbot.keyClick(window.agreement, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.agreement, "OCMW zoekt een woning.")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(window.agreement, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert closed == [1] and not window.isVisible()
    with database.session() as session:
        assert session.get(Meeting, world.meeting).status == "gehouden"  # type: ignore[union-attr]
        [entry] = session.scalars(
            select(TimelineEntry).where(
                TimelineEntry.dossier_id == world.ocmw_due, TimelineEntry.kind == "decision"
            )
        ).all()
    assert "OCMW zoekt een woning." in entry.body


def test_edit_dialog_keeps_general_notes(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    world = make_world(database)
    dialog = MeetingDialog(Workspace(database), world.meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (
        dialog.title.text() == "Cliëntoverleg Geel" and "3 deelnemer" in dialog.picker.count.text()
    )
    qtbot.keyClicks(dialog.minutes, "Volgende keer bij VDAB.")
    dialog._save()
    assert Workspace(database).meetings.get(world.meeting).minutes == "Volgende keer bij VDAB."


def test_edit_an_action_point_from_the_overview(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.services.meetings.action_points import (
        ActionInput,
        Owner,
    )
    from kempen_desktop.ui.meetings.action_points_view import ActionPointDialog, ActionPointsView

    world = make_world(database)
    Workspace(database).action_points.create(
        ActionInput("Cv nakijken", Owner.regisseur(), None, world.meeting)
    )
    view = ActionPointsView(Workspace(database))
    qtbot.addWidget(view)
    view.show()
    view.table.selectRow(0)
    record = view.model.record(0)
    assert record is not None and record.owner == "Regisseur"
    dialog = ActionPointDialog(Workspace(database), record, view)
    qtbot.addWidget(dialog)
    dialog.description.clear()
    qtbot.keyClicks(dialog.description, "Cv nakijken met Jan")
    dialog.owner.setCurrentIndex(dialog.owner.findData(f"contact:{world.jan}"))
    dialog.deadline.set_value(date.today() + timedelta(days=3))
    dialog._save()
    view.refresh()
    edited = view.model.record(0)
    assert edited is not None and edited.description == "Cv nakijken met Jan"
    assert (
        edited.owner == "Jan Peeters (OCMW Geel)"
        and edited.deadline == date.today() + timedelta(days=3)
    )
    dialog = ActionPointDialog(Workspace(database), edited, view)
    qtbot.addWidget(dialog)
    dialog.description.clear()
    dialog._save()
    assert "Beschrijf" in dialog.error.text()


def test_edit_dialog_keeps_a_meeting_type_that_was_deactivated(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.db.models import MeetingType

    world = make_world(database)
    type_code = "rondetafel"  # not the first in the list, so a silent fallback would show
    with database.transaction() as session:
        session.get(Meeting, world.meeting).meeting_type_code = type_code
        session.get(MeetingType, type_code).active = False
    dialog = MeetingDialog(Workspace(database), world.meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.type_combo.currentData() == type_code
    dialog._save()
    assert Workspace(database).meetings.get(world.meeting).type_code == type_code


def test_editing_keeps_participants_and_owners_that_were_made_inactive(
    qtbot, database: Database
) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.db.models import ContactPerson, Partner
    from kempen_desktop.services.meetings.action_points import (
        ActionInput,
        Owner,
    )
    from kempen_desktop.ui.meetings.action_points_view import ActionPointDialog, ActionPointsView

    world = make_world(database)
    Workspace(database).action_points.create(
        ActionInput("Cv nakijken", Owner(contact_id=world.jan), None, world.meeting)
    )
    with database.transaction() as session:  # Jan left; OCMW Geel was set inactive too
        session.get(ContactPerson, world.jan).active = False
        session.get(Partner, world.ocmw).active = False

    dialog = MeetingDialog(Workspace(database), world.meeting)
    qtbot.addWidget(dialog)
    assert "3 deelnemer" in dialog.picker.count.text()
    dialog._save()
    contacts = {p.contact_id for p in Workspace(database).meetings.get(world.meeting).participants}
    assert world.jan in contacts

    view = ActionPointsView(Workspace(database))
    qtbot.addWidget(view)
    view.show()
    record = view.model.record(0)
    action_dialog = ActionPointDialog(Workspace(database), record, view)
    qtbot.addWidget(action_dialog)
    action_dialog.deadline.set_value(date.today() + timedelta(days=3))
    action_dialog._save()
    view.refresh()
    assert view.model.record(0).owner_contact_id == world.jan
