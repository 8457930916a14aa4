"""Issue 13, second half, on the screen: vergadermodus on a projector (banner on a dossier not
shareable with an invited partner, F9 hides kansengroepen, +14 from the meeting's day, a
future meeting read-only, zoom remembered), closing with carry-over, moving from the tab,
*Verslag versturen…* and the agenda's dossierfiches from the Overlegmomenten tab."""

from __future__ import annotations

import email
from datetime import date, datetime, time, timedelta
from email import policy
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import ActionPoint
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.meetings.action_points import ActionInput, Owner
from kempen_desktop.services.meetings.meetings import MeetingInput, ParticipantInput
from kempen_desktop.ui.meetings.meeting_mode import MeetingModeWindow
from kempen_desktop.ui.meetings.meetings_tab import MeetingsTab
from tests.meetings_helpers import give_consent, make_world


def _tab(database: Database) -> MeetingsTab:
    workspace = Workspace(database)
    tab = MeetingsTab(workspace)
    workspace.subscribe(tab.on_changes)
    return tab


def _mode(qtbot, database: Database, meeting_id) -> MeetingModeWindow:  # type: ignore[no-untyped-def]
    window = MeetingModeWindow(Workspace(database), meeting_id)
    qtbot.addWidget(window)
    window.show()
    return window


def test_banner_on_a_dossier_not_shareable_with_an_invited_partner(
    qtbot, database: Database
) -> None:  # type: ignore[no-untyped-def]
    world = make_world(database)
    # VDAB may see An, OCMW may not; both may see Bram.
    give_consent(
        database,
        [(world.vdab_due, world.vdab), (world.vdab_flagged, world.vdab)]
        + [(world.vdab_flagged, world.ocmw)],
    )
    Workspace(database).meetings.add_dossiers(
        world.meeting, [(world.vdab_due, ""), (world.vdab_flagged, "")]
    )
    window = _mode(qtbot, database, world.meeting)
    assert window.share_banner.isVisible()
    assert "OCMW Geel" in window.share_banner.text()
    qtbot.keyClick(window.discussion, Qt.Key.Key_PageDown)
    assert "Claes" in window.item_title.text()
    assert not window.share_banner.isVisible()


def test_f9_hides_kansengroepen_and_action_texts(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    world = make_world(database)
    dossier = Workspace(database).dossiers.create(
        DossierInput(
            last_name="Maes",
            first_name="Lotte",
            responsible_partner_id=world.vdab,
            target_groups={"arbeidsbeperking"},
        )
    )
    Workspace(database).meetings.add_dossiers(world.meeting, [(dossier, "")])
    Workspace(database).action_points.create(
        ActionInput("Lotte begeleiden naar GTB", Owner.regisseur(), None, dossier_id=dossier)
    )
    window = _mode(qtbot, database, world.meeting)
    assert "Persoon met arbeidsbeperking" in window.summary.toPlainText()
    assert "Lotte begeleiden" in window.summary.toPlainText()
    qtbot.keyClick(window.discussion, Qt.Key.Key_F9)
    shown = window.summary.toPlainText() + window.item_title.text()
    assert "arbeidsbeperking" not in shown and "Lotte" not in shown and "Maes" not in shown
    for row in range(window.agenda_list.count()):
        assert "Maes" not in window.agenda_list.item(row).text()
    qtbot.keyClick(window.discussion, Qt.Key.Key_F9)
    assert "Persoon met arbeidsbeperking" in window.summary.toPlainText()


def test_plus_14_counts_from_the_meeting_day(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    day = date.today() - timedelta(days=10)
    world = make_world(database, day)
    Workspace(database).meetings.add_dossiers(world.meeting, [(world.vdab_due, "")])
    window = _mode(qtbot, database, world.meeting)
    qtbot.keyClick(window.discussion, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.action_what, "Cv nalezen")
    qtbot.keyClick(window.action_what, Qt.Key.Key_Return)
    qtbot.keyClicks(window.action_who.lineEdit(), "Regisseur")
    qtbot.keyClick(window.action_who.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClicks(window.action_when, "+14")
    qtbot.keyClick(window.action_when, Qt.Key.Key_Return)
    with database.session() as session:
        point = session.scalars(
            select(ActionPoint).where(ActionPoint.description == "Cv nalezen")
        ).one()
        assert point.deadline == day + timedelta(days=14)
    assert (day + timedelta(days=14)).strftime("%d-%m-%Y") in window.action_list.item(0).text()


def test_a_future_meeting_opens_read_only(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    day = date.today() + timedelta(days=7)
    world = make_world(database, day)
    Workspace(database).meetings.add_dossiers(world.meeting, [(world.vdab_due, "")])
    window = _mode(qtbot, database, world.meeting)
    assert window.read_only_label.isVisible()
    assert day.strftime("%d-%m-%Y") in window.read_only_label.text()
    qtbot.keyClicks(window.discussion, "te vroeg")
    assert window.discussion.toPlainText() == ""
    assert not window.action_what.isEnabled()
    window.close()
    assert Workspace(database).meetings.get(world.meeting).agenda[0].discussion == ""


def test_zoom_for_a_projector_is_remembered(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    world = make_world(database)
    window = _mode(qtbot, database, world.meeting)
    before = window.font().pointSizeF()
    qtbot.keyClick(window.discussion, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.discussion, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 120 and window.font().pointSizeF() > before
    window.close()
    again = _mode(qtbot, database, world.meeting)
    assert again.zoom == 120 and again.font().pointSizeF() == pytest.approx(before * 1.2)
    qtbot.keyClick(again.discussion, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.zoom == 100


def test_meeting_mode_fills_the_screen(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    world = make_world(database)
    tab = _tab(database)
    qtbot.addWidget(tab)
    tab.show()
    tab.select_meeting(world.meeting)
    qtbot.mouseClick(tab.mode_button, Qt.MouseButton.LeftButton)
    window = tab.meeting_mode
    assert window is not None  # deletes itself on close
    qtbot.waitUntil(window.isFullScreen, timeout=2000)  # not a window over the main window
    window.close()


def test_close_with_carry_over_from_the_tab(qtbot, database: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    world = make_world(database)
    workspace = Workspace(database)
    start = datetime.combine(date.today(), time(8, 0))
    _series, (first, second) = workspace.meetings.plan_series(
        MeetingInput(
            "clientoverleg",
            "Kwartaaloverleg",
            start,
            participants=[ParticipantInput(contact_id=world.sofie)],
        ),
        count=2,
    )
    done, _left = workspace.meetings.add_dossiers(first, [(world.vdab_due, ""), (world.other, "")])
    workspace.meetings.save_item_text(done, "", "Afgesproken")
    workspace.action_points.create(ActionInput("Zaal boeken", Owner.regisseur(), None, first))
    tab = _tab(database)
    qtbot.addWidget(tab)
    tab.show()
    tab.select_meeting(first)
    asked: list[str] = []

    def yes(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    assert "1 niet besproken dossier(s) en 1 open actiepunt(en)" in asked[-1]
    agenda = workspace.meetings.get(second).agenda
    assert [a.dossier_id for a in agenda if a.dossier_id] == [world.other]
    assert [a.title for a in agenda if a.dossier_id is None] == ["Actiepunt: Zaal boeken"]
    assert "2 punt(en)" in tab.summary.text()


def test_move_from_the_tab_keeps_the_action_points_once(
    qtbot, database: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    world = make_world(database, date.today() + timedelta(days=3))
    Workspace(database).action_points.create(
        ActionInput("Agenda rondsturen", Owner.regisseur(), None, world.meeting)
    )
    tab = _tab(database)
    qtbot.addWidget(tab)
    tab.show()
    tab.select_meeting(world.meeting)
    new_start = datetime.combine(date.today() + timedelta(days=9), time(13, 0))
    from kempen_desktop.ui.meetings import meeting_dialog

    monkeypatch.setattr(meeting_dialog.MoveDialog, "exec", lambda _self: 1)
    monkeypatch.setattr(
        meeting_dialog.MoveDialog,
        "values",
        lambda _self: (new_start, new_start + timedelta(hours=1), "Zaal bezet"),
    )
    qtbot.mouseClick(tab.move_button, Qt.MouseButton.LeftButton)
    row = tab.current_row()
    assert row is not None and row.id == world.meeting and row.starts_at == new_start
    assert "Agenda rondsturen" in tab.detail.toPlainText()
    statuses = sorted(tab.model.record(i).status for i in range(tab.model.rowCount()))  # type: ignore[union-attr]
    assert statuses == ["gepland", "verplaatst"]
    with database.session() as session:
        points = session.scalars(
            select(ActionPoint).where(ActionPoint.description == "Agenda rondsturen")
        ).all()
        assert [p.meeting_id for p in points] == [world.meeting]


def test_send_minutes_and_agenda_fiches_from_the_tab(  # type: ignore[no-untyped-def]
    qtbot, database: Database, tmp_path: Path
) -> None:
    world = make_world(database)
    give_consent(database, [(world.vdab_due, world.vdab), (world.ocmw_due, world.ocmw)])
    items = Workspace(database).meetings.add_dossiers(
        world.meeting, [(world.vdab_due, ""), (world.ocmw_due, "")]
    )
    Workspace(database).meetings.save_item_text(items[0], "", "Afspraak An")
    Workspace(database).meetings.save_item_text(items[1], "", "Afspraak Elif")
    tab = _tab(database)
    qtbot.addWidget(tab)
    tab.show()
    tab.select_meeting(world.meeting)
    opened: list[Path] = []
    tab.ask_folder = lambda _caption: tmp_path  # type: ignore[method-assign]
    tab.open_folder = opened.append  # type: ignore[method-assign]
    qtbot.mouseClick(tab.mail_button, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path]
    assert sorted(p.name for p in tmp_path.glob("*.eml")) == ["OCMW Geel.eml", "VDAB Turnhout.eml"]
    message = email.message_from_bytes(
        (tmp_path / "OCMW Geel.eml").read_bytes(), policy=policy.default
    )
    assert message["X-Unsent"] == "1" and "jan.peeters@ocmwgeel.be" in message["To"]
    assert "2 e-maildraft" in tab.summary.text()

    target = tmp_path / "fiches.pdf"
    tab.ask_partner = lambda _view: world.ocmw  # type: ignore[method-assign]
    tab.ask_save_path = lambda *_a: target  # type: ignore[method-assign]
    qtbot.mouseClick(tab.fiches_button, Qt.MouseButton.LeftButton)
    pages = [page.extract_text() for page in PdfReader(target).pages]
    assert "Agenda" in pages[0] and "Pagina" in pages[0] and "Yilmaz" in pages[0]
    assert "Janssens" not in "".join(pages)
    assert "1 dossierfiche" in tab.summary.text()
