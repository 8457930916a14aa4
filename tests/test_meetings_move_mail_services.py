"""Issue 13, second half, without screens: moving is an update (and its .ics), a cancelled
meeting's .ics, carry-over to the next meeting of the series, the e-mail drafts with each
partner's minutes, and the agenda dossierfiches with a cover page."""

from __future__ import annotations

import email
import uuid
from datetime import date, datetime, time, timedelta
from email import policy
from io import BytesIO
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from sqlalchemy import func, select

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.db.models import ActionPoint, AuditEntry, Consent, Meeting
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.meetings.action_points import ActionInput, Owner
from kempen_desktop.services.meetings.meetings import MeetingInput, ParticipantInput
from tests.meetings_helpers import World, make_world


def _consents(database: Database, world: World) -> None:
    """VDAB may see its two dossiers, OCMW its one (both the consent and the follow rule)."""
    with database.transaction() as session:
        start = date.today() - timedelta(days=100)
        for dossier_id, partner_id in (
            (world.vdab_due, world.vdab),
            (world.vdab_flagged, world.vdab),
            (world.ocmw_due, world.ocmw),
        ):
            session.add(
                Consent(
                    dossier_id=dossier_id, partner_id=partner_id, purpose="overleg", given_on=start
                )
            )


def _event(path: Path) -> tuple[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    [event] = calendar.walk("VEVENT")
    return str(calendar["METHOD"]), event


def test_moving_keeps_the_work_and_the_calendar_uid(database: Database, tmp_path: Path) -> None:
    world = make_world(database, date.today() + timedelta(days=10))
    meetings = Workspace(database).meetings
    [item] = meetings.add_dossiers(world.meeting, [(world.vdab_due, "")])
    meetings.save_item_text(item, "Voorbereid", "")
    Workspace(database).action_points.create(
        ActionInput("Cv nalezen", Owner.regisseur(), None, world.meeting, item, world.vdab_due)
    )
    before = tmp_path / "voor.ics"
    meetings.export_ics(world.meeting, before)
    _method, old_event = _event(before)

    new_start = datetime.combine(date.today() + timedelta(days=17), time(14, 0))
    moved = meetings.move(world.meeting, new_start, new_start + timedelta(hours=2), "ziekte")
    assert moved == world.meeting  # moving is an update: same meeting, same UID
    view = meetings.get(moved)
    assert view.starts_at == new_start and view.agenda[0].discussion == "Voorbereid"
    with database.session() as session:
        points = session.scalars(
            select(ActionPoint).where(ActionPoint.description == "Cv nalezen")
        ).all()
        assert [p.meeting_id for p in points] == [world.meeting]  # once, on the moved meeting
        history = session.get(Meeting, view.moved_from_id)
        assert history is not None and history.status == "verplaatst"
        assert history.starts_at.date() == date.today() + timedelta(days=10)
        assert history.agenda == [] and history.action_points == []

    after = tmp_path / "na.ics"
    meetings.export_ics(world.meeting, after)
    method, event = _event(after)
    assert method == "PUBLISH" and str(event["UID"]) == str(old_event["UID"])  # type: ignore[index]
    assert int(event["SEQUENCE"]) > int(old_event["SEQUENCE"])  # type: ignore[index]
    assert event.decoded("DTSTART").replace(tzinfo=None) == new_start  # type: ignore[attr-defined]
    assert str(event["STATUS"]) == "CONFIRMED"  # type: ignore[index]
    # The history row stands for the moved meeting in a calendar: never a second event.
    via_history = tmp_path / "oud.ics"
    meetings.export_ics(view.moved_from_id, via_history)  # type: ignore[arg-type]
    _m, same = _event(via_history)
    assert str(same["UID"]) == str(old_event["UID"])  # type: ignore[index]


def test_a_cancelled_meeting_is_a_cancel_for_its_uid(database: Database, tmp_path: Path) -> None:
    world = make_world(database, date.today() + timedelta(days=5))
    meetings = Workspace(database).meetings
    before = tmp_path / "voor.ics"
    meetings.export_ics(world.meeting, before)
    _method, old_event = _event(before)
    meetings.cancel(world.meeting, "Te weinig partners")
    path = tmp_path / "geannuleerd.ics"
    meetings.export_ics(world.meeting, path)
    method, event = _event(path)
    assert method == "CANCEL" and str(event["STATUS"]) == "CANCELLED"  # type: ignore[index]
    assert str(event["UID"]) == f"{world.meeting}@kempen-desktop.local"  # type: ignore[index]
    assert int(event["SEQUENCE"]) > int(old_event["SEQUENCE"])  # type: ignore[index]


def test_close_with_carry_over_to_the_next_meeting(database: Database) -> None:
    world = make_world(database)
    workspace = Workspace(database)
    meetings = workspace.meetings
    start = datetime.combine(date.today(), time(8, 0))
    _series, (first, second, _third) = meetings.plan_series(
        MeetingInput(
            "clientoverleg",
            "Kwartaaloverleg",
            start,
            start + timedelta(hours=1),
            participants=[ParticipantInput(contact_id=world.sofie)],
        ),
        count=3,
    )
    discussed, _undiscussed, with_action = meetings.add_dossiers(
        first, [(world.vdab_due, ""), (world.vdab_flagged, ""), (world.ocmw_due, "")]
    )
    meetings.save_item_text(discussed, "Loopt goed", "")
    meetings.save_item_text(with_action, "", "VDAB belt")
    actions = workspace.action_points
    actions.create(
        ActionInput("VDAB belt Elif", Owner.regisseur(), None, first, with_action, world.ocmw_due)
    )
    actions.create(ActionInput("Zaal reserveren", Owner.regisseur(), None, first))
    done = actions.create(ActionInput("Verslag nalezen", Owner.regisseur(), None, first))
    actions.mark_done(done)

    plan = meetings.carry_over_plan(first)
    assert plan.next_id == second and plan.undiscussed == 1 and plan.open_actions == 2
    touched, carried = meetings.close_and_carry_over(first)
    assert touched == 2 and carried.next_id == second
    agenda = meetings.get(second).agenda
    assert [a.dossier_id for a in agenda if a.dossier_id] == [world.vdab_flagged, world.ocmw_due]
    assert [a.title for a in agenda if a.dossier_id is None] == ["Actiepunt: Zaal reserveren"]
    assert meetings.get(first).status == "gehouden"
    # Carrying over again adds nothing twice.
    assert not meetings.carry_over_plan(first).anything
    assert meetings.carry_over(first).dossier_ids == ()
    assert len(meetings.get(second).agenda) == 3
    # The action points stay where they were agreed (the minutes of the first meeting).
    with database.session() as session:
        assert (
            session.scalar(
                select(func.count(ActionPoint.id)).where(ActionPoint.meeting_id == first)
            )
            == 3
        )


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def test_mail_drafts_per_partner(database: Database, tmp_path: Path) -> None:
    world = make_world(database)
    _consents(database, world)
    meetings = Workspace(database).meetings
    items = meetings.add_dossiers(
        world.meeting, [(world.vdab_due, ""), (world.ocmw_due, ""), (world.other, "")]
    )
    for item, text in zip(items, ("Afspraak An", "Afspraak Elif", "Afspraak Dirk")):
        meetings.save_item_text(item, "", text)

    paths = meetings.write_mail_drafts(world.meeting, tmp_path)
    assert sorted(p.name for p in paths) == ["OCMW Geel.eml", "VDAB Turnhout.eml"]
    message = email.message_from_bytes(
        (tmp_path / "VDAB Turnhout.eml").read_bytes(), policy=policy.default
    )
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "sofie.wouters@vdab.be"  # type: ignore[union-attr]
    assert "Verslag Cliëntoverleg Geel" in message["Subject"]
    assert "Beste Sofie" in message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    attachments = list(message.iter_attachments())  # type: ignore[attr-defined]
    assert len(attachments) == 1 and attachments[0].get_content_type() == "application/pdf"
    text = _pdf_text(attachments[0].get_content())
    assert "Afspraak An" in text and "Janssens" in text
    assert "Elif" not in text and "Dirk" not in text and "Smets" not in text
    ocmw = email.message_from_bytes(
        (tmp_path / "OCMW Geel.eml").read_bytes(), policy=policy.default
    )
    [attachment] = list(ocmw.iter_attachments())  # type: ignore[attr-defined]
    ocmw_text = _pdf_text(attachment.get_content())
    assert "Afspraak Elif" in ocmw_text and "Afspraak An" not in ocmw_text
    with database.session() as session:
        audited = session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "export.mail_draft")
        ).all()
    assert sorted(audited) == sorted(f"partner {p}" for p in (world.vdab, world.ocmw))


def test_mail_and_agenda_fiches_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "k.db"
    database = open_database(path)
    try:
        world = make_world(database)
        _consents(database, world)
        Workspace(database).meetings.add_free_item(world.meeting, "Welkom")
        Workspace(database).meetings.add_dossiers(
            world.meeting, [(world.vdab_due, ""), (world.ocmw_due, ""), (world.vdab_flagged, "")]
        )
    finally:
        database.close()
    db = ("--db", str(path))
    out_dir = tmp_path / "drafts"
    out_dir.mkdir()
    code = main([*db, "meetings", "mail", world.meeting.hex[:8], str(out_dir), "--partner", "VDAB"])
    out, _err = capsys.readouterr()
    assert code == 0 and out.splitlines() == [str(out_dir / "VDAB Turnhout.eml")]
    assert [p.name for p in out_dir.iterdir()] == ["VDAB Turnhout.eml"]
    code = main([*db, "meetings", "mail", world.meeting.hex[:8], str(tmp_path / "nergens")])
    _out, err = capsys.readouterr()
    assert code == 2 and "bestaat niet" in err and len(err.strip().splitlines()) == 1

    pdf = tmp_path / "fiches.pdf"
    code = main([*db, "report", "dossier", "--meeting", str(world.meeting), str(pdf)])
    capsys.readouterr()
    assert code == 0
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    cover = pages[0]
    assert "Cliëntoverleg Geel" in cover and "Sofie Wouters" in cover and "Pagina" in cover
    # Each dossier's page number on the cover is the page its fiche starts on.
    lines = cover.splitlines()
    for name in ("Janssens", "Yilmaz", "Claes"):
        index = next(i for i, line in enumerate(lines) if line.endswith(name))
        page = int(lines[index + 1])  # the Pagina column
        assert page > 1 and name in pages[page - 1].splitlines()[0]
    assert "Welkom" in cover

    partner_pdf = tmp_path / "fiches-ocmw.pdf"
    code = main(
        [*db, "report", "dossier", "--meeting", str(world.meeting), str(partner_pdf)]
        + ["--partner", "OCMW Geel"]
    )
    capsys.readouterr()
    text = "\n".join(page.extract_text() for page in PdfReader(partner_pdf).pages)
    assert code == 0 and "Yilmaz" in text and "Janssens" not in text and "Claes" not in text


def test_unknown_partner_for_mail_is_refused(database: Database, tmp_path: Path) -> None:
    world = make_world(database)
    with pytest.raises(ValueError, match="niet uitgenodigd"):
        Workspace(database).meetings.write_mail_drafts(world.meeting, tmp_path, uuid.uuid4())
    assert list(tmp_path.iterdir()) == [] or all(p.suffix != ".eml" for p in tmp_path.iterdir())
