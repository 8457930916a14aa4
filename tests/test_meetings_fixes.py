"""Meetings fixes: renaming keeps the stored title, no silent cuts at 200 characters,
the .ics export is an audited disclosure, mail attachments are built in memory."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kempen_desktop.app import Workspace
from kempen_desktop.app import meetings as app_meetings
from kempen_desktop.db.models import AgendaItem, AuditEntry, Consent
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.meetings.action_points import ActionInput, Owner
from kempen_desktop.services.meetings.meetings import MeetingError, MeetingInput, ParticipantInput
from tests.meetings_helpers import make_world


def _audits(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count(AuditEntry.id))) or 0)


def test_rename_prefills_and_undoes_the_stored_title(
    qtbot, database: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from kempen_desktop.ui.meetings.agenda_editor import AgendaEditor

    world = make_world(database)
    workspace = Workspace(database)
    item_id = workspace.meetings.add_free_item(world.meeting, "Actiepunt: Zaal reserveren")
    with database.transaction() as session:
        item = session.get(AgendaItem, item_id)
        assert item is not None
        item.suggested_by = "carry_over"
    editor = AgendaEditor(workspace, world.meeting)
    qtbot.addWidget(editor)
    editor.agenda.setCurrentRow(0)
    assert "carry" in editor.agenda.item(0).text() or "·" in editor.agenda.item(0).text()

    prefilled: list[str] = []

    def ok_unchanged(*_args: Any, text: str = "", **_kw: Any) -> tuple[str, bool]:
        prefilled.append(text)
        return text, True

    monkeypatch.setattr(QInputDialog, "getText", ok_unchanged)
    audits = _audits(database)
    editor.rename_current()
    assert prefilled == ["Actiepunt: Zaal reserveren"]
    assert workspace.meetings.get(world.meeting).agenda[0].title == "Actiepunt: Zaal reserveren"
    assert _audits(database) == audits and editor.undo_stack.count() == 0

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Zaal", True))
    editor.agenda.setCurrentRow(0)
    editor.rename_current()
    assert workspace.meetings.get(world.meeting).agenda[0].title == "Zaal"
    editor.undo_stack.undo()
    assert workspace.meetings.get(world.meeting).agenda[0].title == "Actiepunt: Zaal reserveren"
    assert editor.free_title.maxLength() == 200


def test_long_titles_are_refused_not_cut(database: Database) -> None:
    world = make_world(database)
    meetings = Workspace(database).meetings
    with pytest.raises(MeetingError, match="hoogstens 200"):
        meetings.add_free_item(world.meeting, "x" * 201)
    item_id = meetings.add_free_item(world.meeting, "y" * 200)
    with pytest.raises(MeetingError, match="hoogstens 200"):
        meetings.rename_item(item_id, "z" * 201)
    assert meetings.get(world.meeting).agenda[0].title == "y" * 200
    with pytest.raises(MeetingError, match="hoogstens 200"):
        meetings.set_template_items("clientoverleg", ["Varia", "t" * 201])


def test_carry_over_of_a_long_action_point_loses_nothing(database: Database) -> None:
    world = make_world(database)
    workspace = Workspace(database)
    start = datetime.combine(date.today(), time(8, 0))
    _series, (first, second) = workspace.meetings.plan_series(
        MeetingInput(
            "clientoverleg",
            "Kwartaaloverleg",
            start,
            start + timedelta(hours=1),
            participants=[ParticipantInput(contact_id=world.sofie)],
        ),
        count=2,
    )
    long_text = "Zaal reserveren " + "en nog veel meer " * 20 + "EINDE"
    workspace.action_points.create(ActionInput(long_text, Owner.regisseur(), None, first))
    workspace.meetings.close_and_carry_over(first)
    [item] = workspace.meetings.get(second).agenda
    assert len(item.title) <= 200 and item.title.endswith("…")
    assert item.title.startswith("Actiepunt: Zaal reserveren")
    assert "EINDE" in item.discussion
    assert not workspace.meetings.carry_over_plan(first).anything  # not added twice


def test_ics_export_is_an_audited_disclosure(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = make_world(database)
    meetings = Workspace(database).meetings
    path = tmp_path / "overleg.ics"

    def failing(*_args: Any, **_kw: Any) -> None:
        raise RuntimeError("audit mislukt")

    monkeypatch.setattr(app_meetings.audit, "record", failing)
    with pytest.raises(RuntimeError):
        meetings.export_ics(world.meeting, path)
    assert not path.exists()  # no record, no file
    monkeypatch.undo()
    assert meetings.export_ics(world.meeting, path) == 1 and path.exists()
    with database.session() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.action == "export.ics")) == 1


def test_mail_attachments_never_touch_the_system_temp_folder(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = make_world(database)
    with database.transaction() as session:
        session.add(
            Consent(
                dossier_id=world.vdab_due,
                partner_id=world.vdab,
                purpose="overleg",
                given_on=date.today() - timedelta(days=10),
            )
        )
    meetings = Workspace(database).meetings
    meetings.add_dossiers(world.meeting, [(world.vdab_due, "")])

    def refused(*_args: Any, **_kw: Any) -> str:
        raise AssertionError("scratch folder in the system temp")

    monkeypatch.setattr(tempfile, "mkdtemp", refused)
    folder = tmp_path / "mail"
    folder.mkdir()
    paths = meetings.write_mail_drafts(world.meeting, folder)
    assert paths and all(p.exists() for p in paths)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in paths)
