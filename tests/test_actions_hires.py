"""A hire at an event changes the dossier (issue 16): its status through the dossier status
service, its follow-ups at 3 and 6 months, and what taking the hire back leaves."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from kempen_desktop.db.models import (
    ActionPoint,
    AuditEntry,
    Dossier,
    StatusChange,
    TimelineEntry,
    WorkExit,
)
from kempen_desktop.domain import actions as rules
from kempen_desktop.services.actions.events import EventInput
from kempen_desktop.services.dossiers.dossier_list import DossierFilter
from kempen_desktop.services.meetings.action_points import ActionFilter
from tests.actions_helpers import known_data


def _event(workspace, known):  # type: ignore[no-untyped-def]
    event_id = workspace.actions.save_event(
        EventInput("jobdate", "Jobdate industrie", date(2024, 10, 25), location="Kontich")
    )
    return [workspace.actions.add_participant(event_id, d) for d in known.dossiers]


def test_rules_of_a_hire() -> None:
    assert rules.hire_status("in_begeleiding") == "aan_het_werk"
    assert rules.hire_status("werkervaring") == "aan_het_werk"
    for kept in ("aangemeld", "intake", "aan_het_werk", "afgesloten"):
        assert rules.hire_status(kept) is None
    assert "Aangemeld" in rules.hire_status_kept("aangemeld")
    assert rules.hire_status_kept("aan_het_werk") == ""
    # the status never goes back before the last change, nor into the future
    assert rules.hire_status_day(date(2024, 1, 5), date(2024, 2, 1), date(2024, 6, 1)) == date(
        2024, 2, 1
    )
    assert rules.hire_status_day(date(2024, 9, 1), date(2024, 2, 1), date(2024, 6, 1)) == date(
        2024, 6, 1
    )
    assert rules.hire_follow_up_days(date(2024, 8, 31)) == (date(2024, 11, 30), date(2025, 2, 28))
    assert rules.next_follow_up(None, (date(2025, 1, 1), date(2025, 4, 1))) == date(2025, 1, 1)
    assert rules.next_follow_up(date(2024, 12, 1), (date(2025, 1, 1),)) == date(2024, 12, 1)
    assert [rules.masked_count(n) for n in (0, 1, 4, 5, 12)] == [0, "< 5", "< 5", 5, 12]


def test_hire_moves_the_status_and_creates_follow_ups(workspace, database) -> None:
    known = known_data(database)
    participants = _event(workspace, known)
    outcome = workspace.actions.set_hired(participants[1], known.employer)
    assert outcome.status_changed and outcome.status_kept == ""
    assert outcome.follow_ups == (date(2025, 1, 25), date(2025, 4, 25))
    detail = workspace.dossiers.get(known.dossiers[1])
    assert detail.status_code == "aan_het_werk"
    assert detail.status_since == date(2024, 10, 25)
    assert detail.data.follow_up_on == date(2025, 1, 25)
    with database.session() as s:
        change = s.scalars(
            select(StatusChange).where(
                StatusChange.dossier_id == known.dossiers[1],
                StatusChange.to_code == "aan_het_werk",
            )
        ).one()
        assert change.from_code == "in_begeleiding"
        assert "Industriebouw Kontich NV" in change.note and "Jobdate industrie" in change.note
        titles = s.scalars(
            select(TimelineEntry.title).where(TimelineEntry.dossier_id == known.dossiers[1])
        ).all()
        assert "Status: In begeleiding → Aan het werk" in titles
        assert s.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "dossier.status")
        ).all() == ["in_begeleiding->aan_het_werk"]
        points = s.scalars(
            select(ActionPoint)
            .where(ActionPoint.dossier_id == known.dossiers[1])
            .order_by(ActionPoint.deadline)
        ).all()
        assert [(p.deadline, p.owner_is_regisseur, p.meeting_id) for p in points] == [
            (date(2025, 1, 25), True, None),
            (date(2025, 4, 25), True, None),
        ]
        assert points[0].description.startswith("Opvolging 3 maanden na aanwerving door Indus")
    # the follow-ups are the regisseur's open action points about this dossier
    rows = workspace.action_points.rows(
        ActionFilter(owner_regisseur=True, dossier_id=known.dossiers[1])
    )
    assert sorted(r.deadline for r in rows) == [date(2025, 1, 25), date(2025, 4, 25)]
    # "Mijn opvolgingen" and the overdue filter read the next follow-up date
    due = workspace.dossiers.order(DossierFilter(follow_up_until=date(2025, 1, 31)))
    assert list(due) == [2]
    assert 2 in workspace.dossiers.order(DossierFilter(overdue_only=True))


def test_a_sooner_follow_up_date_stays_and_an_aangemeld_dossier_keeps_its_status(
    workspace, database
) -> None:
    known = known_data(database)
    participants = _event(workspace, known)
    with database.transaction() as s:
        s.get(Dossier, known.dossiers[0]).follow_up_on = date(2024, 11, 15)
        later = s.get(Dossier, known.dossiers[2])
        later.follow_up_on = date(2025, 6, 1)
    workspace.actions.set_hired(participants[0], known.employer)
    workspace.actions.set_hired(participants[2], known.employer)
    assert workspace.dossiers.get(known.dossiers[0]).data.follow_up_on == date(2024, 11, 15)
    assert workspace.dossiers.get(known.dossiers[2]).data.follow_up_on == date(2025, 1, 25)

    with database.transaction() as s:  # a dossier still 'aangemeld'
        dossier = s.get(Dossier, known.dossiers[1])
        dossier.status_code = "aangemeld"
    outcome = workspace.actions.set_hired(participants[1], known.employer)
    assert not outcome.status_changed and "Aangemeld" in outcome.status_kept
    assert workspace.dossiers.get(known.dossiers[1]).status_code == "aangemeld"
    with database.session() as s:  # the hire itself is recorded all the same
        assert (
            s.scalars(select(WorkExit).where(WorkExit.dossier_id == known.dossiers[1]))
            .one()
            .employer_partner_id
            == known.employer
        )


def test_a_hire_that_starts_later_moves_the_status_today(workspace, database) -> None:
    known = known_data(database)
    participants = _event(workspace, known)
    today = date.today()
    start = date(today.year + 1, 1, 10)
    workspace.actions.set_hired(participants[0], known.employer, start)
    detail = workspace.dossiers.get(known.dossiers[0])
    assert (detail.status_code, detail.status_since) == ("aan_het_werk", today)


def test_taking_a_hire_back_keeps_the_status_and_removes_its_open_follow_ups(
    workspace, database
) -> None:
    known = known_data(database)
    participants = _event(workspace, known)
    workspace.actions.set_hired(participants[1], known.employer)
    with database.transaction() as s:  # the regisseur already did the 3-month follow-up
        done = s.scalars(select(ActionPoint).where(ActionPoint.deadline == date(2025, 1, 25))).one()
        done.status, done.completed_on = "afgerond", date(2025, 1, 20)
    workspace.actions.set_hired(participants[1], None)
    detail = workspace.dossiers.get(known.dossiers[1])
    assert detail.status_code == "aan_het_werk"  # the status history is what happened
    with database.session() as s:
        assert (
            s.scalars(select(WorkExit).where(WorkExit.dossier_id == known.dossiers[1])).all() == []
        )
        left = s.scalars(select(ActionPoint.deadline)).all()
        assert left == [date(2025, 1, 25)]  # the done one stays, the open 6-month one went
        titles = s.scalars(
            select(TimelineEntry.title).where(TimelineEntry.dossier_id == known.dossiers[1])
        ).all()
        assert "Aanwerving door Industriebouw Kontich NV verwijderd" in titles


def test_another_employer_replaces_the_hire_and_its_follow_ups(workspace, database) -> None:
    known = known_data(database)
    participants = _event(workspace, known)
    workspace.actions.set_hired(participants[1], known.employer)
    workspace.actions.set_hired(participants[1], known.vdab, date(2024, 11, 4))
    with database.session() as s:
        exits = s.scalars(select(WorkExit).where(WorkExit.dossier_id == known.dossiers[1])).all()
        assert [(e.employer_name, e.started_on) for e in exits] == [("VDAB", date(2024, 11, 4))]
        points = s.scalars(select(ActionPoint).order_by(ActionPoint.deadline)).all()
        assert [p.deadline for p in points] == [date(2025, 2, 4), date(2025, 5, 4)]
        assert all("VDAB" in p.description for p in points)
        statuses = s.scalars(
            select(StatusChange.to_code).where(StatusChange.dossier_id == known.dossiers[1])
        ).all()
        assert statuses.count("aan_het_werk") == 1  # already at work: no second change


def test_a_column_beside_its_total_gives_no_small_cell_away() -> None:
    assert rules.masked_column([126, 24, 0]) == [126, 24, 0]
    assert rules.masked_column([1, 0, 2, 9]) == ["< 5", 0, "< 5", 9]  # 1+2 or 2+1: unclear
    assert rules.masked_column([1, 0, 9]) == ["< 5", 0, "≥ 5"]  # 10 - 9 would say 1
    assert rules.masked_column([1, 1, 9]) == ["< 5", "< 5", "≥ 5"]  # 2 over two: both 1
    assert rules.masked_column([1, 5, 9]) == ["< 5", "≥ 5", "≥ 5"]  # 6 = 1 + 5 only
    assert rules.masked_column([2, 1]) == ["< 5", "< 5"]  # the total is '< 5' itself
    assert rules.people_text(3) == "minder dan 5" and rules.people_text(0) == "0"


def test_a_refused_status_change_still_records_the_hire(workspace, database) -> None:
    known = known_data(database)
    participants = _event(workspace, known)
    later = date(date.today().year + 1, 1, 1)
    with database.transaction() as s:  # a status dated ahead (odd data): the service refuses
        s.get(Dossier, known.dossiers[0]).status_since = later
    outcome = workspace.actions.set_hired(participants[0], known.employer)
    assert not outcome.status_changed and "toekomst" in outcome.status_kept
    assert workspace.dossiers.get(known.dossiers[0]).status_code == "in_begeleiding"
    with database.session() as s:
        assert s.scalars(select(WorkExit).where(WorkExit.dossier_id == known.dossiers[0])).one()
