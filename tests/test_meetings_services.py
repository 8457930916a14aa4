"""Planning, series, cancel and move, the agenda rules, closing, action points, .ics and
the minutes, through the services (no Qt)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import (
    AgendaItem,
    AuditEntry,
    Dossier,
    Meeting,
    MeetingParticipant,
    StatusChange,
    TimelineEntry,
)
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.meetings import agenda
from kempen_desktop.services.meetings.action_points import (
    ActionFilter,
    ActionInput,
    Owner,
    parse_deadline,
)
from kempen_desktop.services.meetings.ics import calendar_bytes, export_ics
from kempen_desktop.services.meetings.meeting_list import MeetingFilter, list_meetings
from kempen_desktop.services.meetings.meetings import (
    MeetingError,
    MeetingInput,
    ParticipantInput,
    load_view,
    resolve_meeting_id,
)
from kempen_desktop.services.meetings.minutes import (
    partner_by_name,
    write_action_list_xlsx,
    write_minutes_pdf,
)
from tests.meetings_helpers import give_consent, make_world


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_plan_validates_and_keeps_participants(database: Database) -> None:
    world = make_world(database)
    service = Workspace(database).meetings
    view = service.get(world.meeting)
    assert {p.label for p in view.participants} == {
        "Sofie Wouters (VDAB Turnhout)",
        "Jan Peeters (OCMW Geel)",
        "Griet (werkgever)",
    }
    start = datetime.combine(date.today(), time(10))
    with pytest.raises(MeetingError, match="titel"):
        service.plan(MeetingInput("clientoverleg", "  ", start))
    with pytest.raises(MeetingError, match="einduur"):
        service.plan(MeetingInput("clientoverleg", "X", start, start - timedelta(hours=1)))
    with pytest.raises(MeetingError, match="soort"):
        service.plan(MeetingInput("bestaat_niet", "X", start))
    # Editing keeps the attendance of people who stay invited.
    participant = next(p for p in view.participants if p.contact_id == world.sofie)
    service.set_attendance(participant.id, "aanwezig")
    data = view.as_input()
    data.participants = [p for p in data.participants if p.contact_id != world.jan]
    service.update(world.meeting, data)
    after = service.get(world.meeting)
    assert [(p.name, p.attendance) for p in after.participants if p.contact_id] == [
        ("Sofie Wouters", "aanwezig")
    ]


def test_series_cancel_and_move(database: Database) -> None:
    world = make_world(database)
    service = Workspace(database).meetings
    start = datetime(2027, 1, 31, 9, 30)
    series_id, ids = service.plan_series(
        MeetingInput(
            "clientoverleg",
            "Kwartaaloverleg",
            start,
            start + timedelta(hours=2),
            "Geel",
            "",
            [ParticipantInput(contact_id=world.sofie)],
        ),
        count=4,
        interval_months=3,
    )
    with database.session() as session:
        starts = [session.get(Meeting, mid).starts_at for mid in ids]  # type: ignore[union-attr]
        assert starts == [
            datetime(2027, 1, 31, 9, 30),
            datetime(2027, 4, 30, 9, 30),
            datetime(2027, 7, 31, 9, 30),
            datetime(2027, 10, 31, 9, 30),
        ]
        assert all(session.get(Meeting, mid).series_id == series_id for mid in ids)  # type: ignore[union-attr]
        assert (
            session.scalar(
                select(func.count(MeetingParticipant.id)).where(
                    MeetingParticipant.meeting_id.in_(ids)
                )
            )
            == 4
        )
    with pytest.raises(MeetingError):
        service.plan_series(MeetingInput("clientoverleg", "X", start), count=1)

    with pytest.raises(MeetingError, match="reden"):
        service.cancel(ids[0], "  ")
    service.cancel(ids[0], "Te weinig partners")
    with pytest.raises(MeetingError):
        service.cancel(ids[0], "nogmaals")

    Workspace(database).meetings.add_free_item(ids[1], "Varia")
    new_id = service.move(
        ids[1], datetime(2027, 5, 7, 14, 0), datetime(2027, 5, 7, 16, 0), "ziekte"
    )
    with database.session() as session:
        # Moving is an update: same meeting, new date; the old date stays as history.
        assert new_id == ids[1]
        new = session.get(Meeting, new_id)
        old = session.get(Meeting, new.moved_from_id)  # type: ignore[union-attr]
        assert old.status == "verplaatst" and new.status == "gepland"  # type: ignore[union-attr]
        assert new.starts_at == datetime(2027, 5, 7, 14, 0)  # type: ignore[union-attr]
        assert old.series_id == series_id and old.agenda == []  # type: ignore[union-attr]
        assert old.cancel_reason == "ziekte"  # type: ignore[union-attr]
        assert [a.title for a in new.agenda] == ["Varia"]  # type: ignore[union-attr]
        statuses = {
            status: count
            for status, count in session.execute(
                select(Meeting.status, func.count()).group_by(Meeting.status)
            )
        }
        assert statuses == {"geannuleerd": 1, "verplaatst": 1, "gepland": 4}
        assert (
            session.scalar(
                select(func.count(AuditEntry.id)).where(AuditEntry.action == "meeting.move")
            )
            == 1
        )
    # Upcoming first in the list, filters work; seen from the world's day at 8:00 (from
    # 23:00 UTC Brussels is a day ahead and today's meeting no longer upcoming).
    with database.session() as session:
        rows = list_meetings(session, now=datetime.combine(date.today(), time(8)))
        assert rows[0].id == world.meeting
        assert [r.id for r in list_meetings(session, MeetingFilter(status="geannuleerd"))] == [
            ids[0]
        ]
        assert {r.id for r in list_meetings(session, MeetingFilter(partner_id=world.ocmw))} == {
            world.meeting
        }


def test_agenda_rules_give_reasons_and_respect_scope(database: Database) -> None:
    world = make_world(database)
    service = Workspace(database).meetings
    found = {
        s.dossier_id: s for s in service.suggest(world.meeting, [agenda.FOLLOW_UP, agenda.FLAGGED])
    }
    # The dossier followed by a partner that is not invited is left out.
    assert set(found) == {world.vdab_due, world.vdab_flagged, world.ocmw_due}
    assert "opvolging" in found[world.vdab_due].reason_text
    assert found[world.vdab_flagged].rules == [agenda.FLAGGED]
    only_flagged = service.suggest(world.meeting, [agenda.FLAGGED])
    assert [s.dossier_id for s in only_flagged] == [world.vdab_flagged]
    with pytest.raises(MeetingError):
        service.suggest(world.meeting, ["onbekend"])
    # Once on the agenda, a dossier is no longer suggested, and is not added twice.
    added = service.add_dossiers(
        world.meeting, [(world.vdab_due, agenda.FOLLOW_UP), (world.vdab_due, "")]
    )
    assert len(added) == 1
    assert world.vdab_due not in {
        s.dossier_id for s in service.suggest(world.meeting, agenda.RULES)
    }


def test_new_and_status_changed_since_previous_meeting(database: Database) -> None:
    world = make_world(database)
    meetings = Workspace(database).meetings
    today = date.today()
    # A held meeting of the same title and type 30 days ago.
    start = datetime.combine(today - timedelta(days=30), time(9, 30))
    previous = meetings.plan(
        MeetingInput(
            "clientoverleg",
            "Cliëntoverleg Geel",
            start,
            None,
            "",
            "",
            [ParticipantInput(contact_id=world.sofie)],
        )
    )
    meetings.close(previous)
    with database.transaction() as session:
        changed = session.get(Dossier, world.vdab_flagged)
        changed.status_history.append(
            StatusChange(
                from_code="aangemeld",
                to_code="intake",  # type: ignore[union-attr]
                effective_on=today - timedelta(days=10),
            )
        )
        session.get(Dossier, world.ocmw_due).opened_on = today - timedelta(days=5)  # type: ignore[union-attr]
    found = {
        s.dossier_id: s
        for s in Workspace(database).meetings.suggest(
            world.meeting, [agenda.NEW, agenda.STATUS_CHANGED]
        )
    }
    assert set(found) == {world.vdab_flagged, world.ocmw_due}
    assert found[world.vdab_flagged].rules == [agenda.STATUS_CHANGED]
    assert found[world.ocmw_due].rules == [agenda.NEW]
    assert f"{start:%d-%m-%Y}" in found[world.ocmw_due].reason_text


def test_action_due_rule_and_overview_filters(database: Database) -> None:
    world = make_world(database)
    actions = Workspace(database).action_points
    today = date.today()
    late = actions.create(
        ActionInput(
            "Cv nakijken",
            Owner(contact_id=world.sofie),
            today - timedelta(days=2),
            dossier_id=world.vdab_flagged,
        )
    )
    actions.create(
        ActionInput(
            "Attest opvragen", Owner.regisseur(), today + timedelta(days=30), dossier_id=world.other
        )
    )
    actions.create(
        ActionInput("Stageplaats zoeken", Owner(partner_id=world.ocmw), today + timedelta(days=3))
    )
    with pytest.raises(MeetingError):
        actions.create(ActionInput("  ", Owner.regisseur()))
    with pytest.raises(MeetingError, match="opneemt"):
        actions.create(ActionInput("Iets", Owner()))
    due = Workspace(database).meetings.suggest(world.meeting, [agenda.ACTION_DUE])
    assert [s.dossier_id for s in due] == [world.vdab_flagged]

    def descriptions(**kwargs: object) -> list[str]:
        return [row.description for row in actions.rows(ActionFilter(**kwargs))]  # type: ignore[arg-type]

    assert descriptions() == ["Cv nakijken", "Stageplaats zoeken", "Attest opvragen"]
    assert descriptions(overdue=True) == ["Cv nakijken"]
    assert descriptions(owner_regisseur=True) == ["Attest opvragen"]
    assert descriptions(owner_contact_id=world.sofie) == ["Cv nakijken"]
    assert descriptions(owner_partner_id=world.ocmw) == ["Stageplaats zoeken"]
    assert descriptions(partner_id=world.vdab) == ["Cv nakijken"]
    assert descriptions(due_before=today + timedelta(days=7)) == [
        "Cv nakijken",
        "Stageplaats zoeken",
    ]
    actions.mark_done(late)
    assert descriptions(overdue=True) == []
    done = next(r for r in actions.rows(ActionFilter(open_only=False)) if r.id == late)
    assert done.status == "afgerond" and done.completed_on == today


def test_parse_deadline() -> None:
    today = date(2026, 11, 22)
    assert parse_deadline("15/12", today) == date(2026, 12, 15)
    assert parse_deadline("3/1", today) == date(2027, 1, 3)  # past day this year: next year
    assert parse_deadline("+14", today) == date(2026, 12, 6)
    assert parse_deadline("2w", today) == date(2026, 12, 6)
    assert parse_deadline("1m", today) == date(2026, 12, 22)
    assert parse_deadline("2027-02-01", today) == date(2027, 2, 1)
    assert parse_deadline("", today) is None
    for bad in ("31/2", "morgen", "14"):
        with pytest.raises(MeetingError):
            parse_deadline(bad, today)


def test_close_writes_one_decision_per_dossier_even_when_closed_again(database: Database) -> None:
    world = make_world(database)
    agenda_service, meetings = Workspace(database).meetings, Workspace(database).meetings
    items = agenda_service.add_dossiers(world.meeting, [(world.vdab_due, ""), (world.ocmw_due, "")])
    agenda_service.add_free_item(world.meeting, "Varia")
    meetings.save_item_text(
        items[0], "An is gestart met de opleiding.", "VDAB volgt op tot de stage."
    )
    assert meetings.close(world.meeting) == 1
    assert meetings.close(world.meeting) == 0  # nothing changed: no second entry
    meetings.save_item_text(items[0], "An is gestart met de opleiding.", "VDAB volgt op tot juni.")
    assert meetings.close(world.meeting) == 1
    with database.session() as session:
        entries = session.scalars(
            select(TimelineEntry).where(TimelineEntry.kind == "decision")
        ).all()
        assert len(entries) == 1
        assert entries[0].dossier_id == world.vdab_due and entries[0].meeting_id == world.meeting
        assert "VDAB volgt op tot juni." in entries[0].body and "gestart" in entries[0].body
        meeting = session.get(Meeting, world.meeting)
        assert meeting.status == "gehouden"  # type: ignore[union-attr]
        # Nobody marked present or excused counts as absent.
        assert {p.attendance for p in meeting.participants} == {"afwezig"}  # type: ignore[union-attr]
    future = meetings.plan(
        MeetingInput(
            "clientoverleg", "Later", datetime.combine(date.today() + timedelta(days=10), time(9))
        )
    )
    with pytest.raises(MeetingError, match="nog moet"):
        meetings.close(future)


def test_ics_round_trip(database: Database, tmp_path: Path) -> None:
    world = make_world(database)
    meetings = Workspace(database).meetings
    start = datetime(2027, 7, 1, 9, 30)
    _series, ids = meetings.plan_series(
        MeetingInput(
            "clientoverleg",
            "Kwartaaloverleg",
            start,
            start + timedelta(hours=2),
            "Sociaal Huis Geel",
            "Regisseur Kempen",
            [ParticipantInput(contact_id=world.sofie), ParticipantInput(name="Griet")],
        ),
        3,
    )
    meetings.cancel(ids[2], "Zomerverlof")
    target = tmp_path / "reeks.ics"
    with database.session() as session:
        assert export_ics(session, ids, target) == 3
        again = Calendar.from_ical(calendar_bytes([load_view(session, ids[0])]))
    calendar = Calendar.from_ical(target.read_bytes())
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Brussels"
    events = calendar.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [f"{mid}@kempen-desktop.local" for mid in ids]
    assert str(again.walk("VEVENT")[0]["UID"]) == str(events[0]["UID"])  # stable
    first = events[0]
    assert first.decoded("DTSTART") == start.replace(tzinfo=first.decoded("DTSTART").tzinfo)
    assert first.decoded("DTSTART").utcoffset() == timedelta(hours=2)  # summer time in Brussels
    assert first["DTSTART"].params["TZID"] == "Europe/Brussels"
    assert str(first["LOCATION"]) == "Sociaal Huis Geel"
    attendees = first["ATTENDEE"] if isinstance(first["ATTENDEE"], list) else [first["ATTENDEE"]]
    assert [str(a) for a in attendees] == ["mailto:sofie.wouters@vdab.be"]
    assert str(first["ORGANIZER"].params["CN"]) == "Regisseur Kempen"
    assert [str(e["STATUS"]) for e in events] == ["CONFIRMED", "CONFIRMED", "CANCELLED"]


def test_minutes_pdf_partner_version_leaves_other_dossiers_out(
    database: Database, tmp_path: Path
) -> None:
    world = make_world(database)
    agenda_service, meetings, actions = (
        Workspace(database).meetings,
        Workspace(database).meetings,
        Workspace(database).action_points,
    )
    give_consent(database, [(world.vdab_due, world.vdab), (world.ocmw_due, world.ocmw)])
    agenda_service.add_free_item(database and world.meeting, "Welkom")
    items = agenda_service.add_dossiers(world.meeting, [(world.vdab_due, ""), (world.ocmw_due, "")])
    meetings.save_item_text(
        items[0], "Stand van zaken VDAB-traject.", "Sollicitatietraining starten."
    )
    meetings.save_item_text(
        items[1], "Huisvesting loopt via het OCMW.", "Budgetbegeleiding aanvragen."
    )
    actions.create(
        ActionInput(
            "Training inplannen",
            Owner(contact_id=world.sofie),
            date.today() + timedelta(days=14),
            world.meeting,
            items[0],
        )
    )
    actions.create(
        ActionInput(
            "Aanvraag budgetbegeleiding", Owner(contact_id=world.jan), None, world.meeting, items[1]
        )
    )
    actions.create(ActionInput("Datum volgend overleg", Owner.regisseur(), None, world.meeting))
    meetings.close(world.meeting)
    full, vdab_only = tmp_path / "verslag.pdf", tmp_path / "verslag-vdab.pdf"
    with database.transaction() as session:
        write_minutes_pdf(session, world.meeting, full)
        partner_id, name = partner_by_name(session, "vdab")
        assert name == "VDAB Turnhout"
        write_minutes_pdf(session, world.meeting, vdab_only, partner_id)
        with pytest.raises(MeetingError):
            partner_by_name(session, "bestaat niet")
    text = _pdf_text(full)
    for expected in (
        "Verslag Cliëntoverleg Geel",
        "Janssens",
        "Yilmaz",
        "Sollicitatietraining starten.",
        "Budgetbegeleiding aanvragen.",
        "Aanvraag budgetbegeleiding",
        "Datum volgend overleg",
        "Welkom",
    ):
        assert expected in text
    partner_text = _pdf_text(vdab_only)
    assert "Versie voor VDAB Turnhout" in partner_text
    assert "Janssens" in partner_text and "Sollicitatietraining starten." in partner_text
    assert "Datum volgend overleg" in partner_text and "Welkom" in partner_text
    for left_out in ("Yilmaz", "Elif", "Huisvesting", "Budgetbegeleiding", "budgetbegeleiding"):
        assert left_out not in partner_text
    with database.session() as session:
        assert (
            session.scalar(
                select(func.count(AuditEntry.id)).where(AuditEntry.action == "export.minutes_pdf")
            )
            == 2
        )
        assert session.scalar(select(func.count(AgendaItem.id))) == 3


def test_action_list_xlsx(database: Database, tmp_path: Path) -> None:
    world = make_world(database)
    item = Workspace(database).meetings.add_dossiers(world.meeting, [(world.vdab_due, "")])[0]
    deadline = date.today() + timedelta(days=7)
    Workspace(database).action_points.create(
        ActionInput("=cmd|' /C calc'!A0", Owner.regisseur(), deadline, world.meeting, item)
    )
    target = tmp_path / "acties.xlsx"
    with database.transaction() as session:
        assert write_action_list_xlsx(session, world.meeting, target) == 1
    sheet = load_workbook(target).active
    rows = [row for row in sheet.iter_rows(values_only=True) if any(v is not None for v in row)]
    header = rows.index(next(r for r in rows if r[0] == "Actiepunt"))
    data = rows[header + 1]
    assert data[0] == "=cmd|' /C calc'!A0" and data[1] == "Regisseur"
    assert data[2] is not None and data[3].date() == deadline


def test_resolve_meeting_id(database: Database) -> None:
    world = make_world(database)
    with database.session() as session:
        assert resolve_meeting_id(session, str(world.meeting)) == world.meeting
        assert resolve_meeting_id(session, world.meeting.hex[:8]) == world.meeting
        with pytest.raises(MeetingError):
            resolve_meeting_id(session, "ab")
        with pytest.raises(MeetingError):
            resolve_meeting_id(session, "ffffffff-0000")


def test_ics_sequence_grows_when_a_meeting_is_changed(database: Database, tmp_path: Path) -> None:
    from kempen_desktop.db.models import Meeting

    meetings = Workspace(database).meetings
    start = datetime(2027, 7, 1, 9, 30)
    meeting_id = meetings.plan(
        MeetingInput("clientoverleg", "Kwartaaloverleg", start, start + timedelta(hours=2))
    )
    with database.transaction() as session:  # as if planned a while ago
        session.get(Meeting, meeting_id).updated_at = datetime(2026, 1, 1)  # type: ignore[union-attr]
    target = tmp_path / "overleg.ics"
    with database.session() as session:
        export_ics(session, [meeting_id], target)
    before = int(Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]["SEQUENCE"])
    later = start + timedelta(days=1)
    meetings.update(
        meeting_id,
        MeetingInput("clientoverleg", "Kwartaaloverleg", later, later + timedelta(hours=2)),
    )
    with database.session() as session:
        export_ics(session, [meeting_id], target)
    after = int(Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]["SEQUENCE"])
    assert after > before > 0


def test_a_meeting_held_today_in_brussels_closes_while_the_machine_is_a_day_behind(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From 23:00 UTC (22:00 in summer) Brussels is a day ahead of a machine on UTC: a
    meeting held that Brussels day must close, and it must head the meetings list."""
    from kempen_desktop.services.meetings import running

    tomorrow = date.today() + timedelta(days=1)
    brussels_now = datetime.combine(tomorrow, time(0, 30))
    monkeypatch.setattr(running, "now_local", lambda: brussels_now)
    world = make_world(database, meeting_day=tomorrow)
    meetings = Workspace(database).meetings
    with database.session() as session:
        assert list_meetings(session, now=brussels_now)[0].id == world.meeting
    meetings.close(world.meeting)
    with database.session() as session:
        assert session.get(Meeting, world.meeting).status == "gehouden"  # type: ignore[union-attr]
