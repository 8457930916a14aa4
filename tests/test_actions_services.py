"""Policy actions, indicators, reports and events through the façade (issue 16)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import select

from kempen_desktop.db.models import CooperationEntry, Dossier, TimelineEntry, WorkExit
from kempen_desktop.services.actions.actions import ActionError, ActionInput, IndicatorInput
from kempen_desktop.services.actions.events import EventInput
from tests.actions_helpers import known_data


def _action(code: str = "5.2.4.11", **kw) -> ActionInput:  # type: ignore[no-untyped-def]
    base = ActionInput(
        code=code,
        short_description="We hebben extra aandacht voor kansengroepen",
        status="in_uitvoering",
        wse_code="WSE-LR2",
        starts_on=date(2023, 1, 1),
    )
    return dataclasses.replace(base, **kw)


def test_short_description_100_and_long_4000_are_enforced(workspace):
    workspace.actions.save(_action(short_description="x" * 100, long_description="y" * 4000))
    with pytest.raises(ActionError, match="korte omschrijving is 101 tekens"):
        workspace.actions.save(_action("5.2.4.12", short_description="x" * 101))
    with pytest.raises(ActionError, match="4.001 tekens"):
        workspace.actions.save(_action("5.2.4.13", long_description="y" * 4001))
    with pytest.raises(ActionError, match="WSE-code"):
        workspace.actions.save(_action("5.2.4.14", wse_code="WSE-LR9"))
    with pytest.raises(ActionError, match="al een actie"):
        workspace.actions.save(_action())
    assert [r.code for r in workspace.actions.rows()] == ["5.2.4.11"]


def test_each_computed_indicator_on_a_known_data_set(workspace, database):
    known = known_data(database)
    day = date(2024, 6, 30)
    action_id = workspace.actions.save(_action())
    expected = {
        "clientoverleg_gehouden": 2,  # 2024 held; the cancelled one and 2023 do not count
        "jongeren_in_begeleiding": 2,  # 20 and 21 years old, the third is 54
        "uitstroom_werk": 1,  # April 2024; the 2023 exit is another year
        "inclusieve_werkgevers": 50.0,  # 1 of 2 employers
        "deelnemers_jobevents": 0,
        "werkplekleren_besturen": 1,  # Mol only from 2025
    }
    ids = {
        key: workspace.actions.save_indicator(action_id, IndicatorInput(key, computed=key))
        for key in expected
    }
    for key, value in expected.items():
        assert workspace.actions.add_measurement(ids[key], day) == value, key
    event_id = workspace.actions.save_event(
        EventInput("jobevent", "Jobevent industrie", date(2024, 5, 2), visitors=40)
    )
    workspace.actions.add_participant(event_id, known.dossiers[0])
    workspace.actions.add_participant(event_id, known.dossiers[1], attended=False)
    assert workspace.actions.add_measurement(ids["deelnemers_jobevents"], day) == 41
    assert workspace.actions.add_measurement(ids["werkplekleren_besturen"], date(2025, 6, 1)) == 2


def test_manual_indicator_latest_value_in_the_list(workspace):
    action_id = workspace.actions.save(_action())
    ind = workspace.actions.save_indicator(action_id, IndicatorInput("Pop-up winkels", "", 2))
    with pytest.raises(ActionError):
        workspace.actions.add_measurement(ind, date(2024, 1, 1))
    workspace.actions.add_measurement(ind, date(2024, 6, 30), 1)
    workspace.actions.add_measurement(ind, date(2024, 12, 31), 2)
    (row,) = workspace.actions.rows()
    assert row.indicators[0].latest == 2 and row.indicators[0].latest_on == date(2024, 12, 31)


def test_a_hire_at_an_event_shows_in_dossier_employer_and_dashboard(workspace, database):
    known = known_data(database)
    event_id = workspace.actions.save_event(
        EventInput(
            "jobdate",
            "Jobdate industrie",
            date(2024, 10, 25),
            location="Kontich",
            organiser_ids=frozenset({known.vdab}),
            visitors=10,
        )
    )
    participants = [workspace.actions.add_participant(event_id, d) for d in known.dossiers]
    workspace.actions.set_hired(participants[1], known.employer)
    (row,) = workspace.actions.events()
    assert (row.participants, row.hires) == (13, 1)
    with database.session() as s:
        exit_ = s.scalars(select(WorkExit).where(WorkExit.dossier_id == known.dossiers[1])).one()
        assert exit_.employer_partner_id == known.employer
        assert exit_.started_on == date(2024, 10, 25)
        titles = s.scalars(
            select(TimelineEntry.title).where(TimelineEntry.dossier_id == known.dossiers[1])
        ).all()
        assert any("Industriebouw" in t for t in titles)
        assert s.get(Dossier, known.dossiers[1]).follow_up_on == date(2025, 1, 25)
        coop = s.scalars(
            select(CooperationEntry).where(CooperationEntry.partner_id == known.employer)
        ).one()
        assert "Jobdate industrie" in coop.description
    history = workspace.partners.detail(known.employer).history
    assert [e.title for e in history.events] == ["Jobdate industrie"]
    assert [d.num for d in history.employed] == [2]
    assert workspace.actions.dossier_events(known.dossiers[1])[0][3] is True
    board = workspace.reports.dashboard(date(2024, 7, 1), date(2024, 12, 31))
    assert board.tile("event_participants").value == "13"
    assert board.tile("event_hires").value == "1"
    workspace.actions.set_hired(participants[1], None)
    with database.session() as s:
        assert (
            s.scalars(select(WorkExit).where(WorkExit.dossier_id == known.dossiers[1])).all() == []
        )


def test_draft_report_names_events_cancelled_meetings_and_figures(workspace, database):
    known = known_data(database)
    action_id = workspace.actions.save(_action())
    workspace.actions.save_indicator(
        action_id, IndicatorInput("Uitstroom", computed="uitstroom_werk", target=5)
    )
    workspace.actions.save_event(
        EventInput(
            "jobevent",
            "Jobevent voor Oekraïners en anderstaligen",
            date(2024, 1, 17),
            location="Mortsel",
            policy_action_id=action_id,
            organiser_ids=frozenset({known.vdab}),
            visitors=64,
        )
    )
    meetings = [mid for mid, _label in workspace.actions.meeting_choices()]
    workspace.actions.set_linked_meetings(action_id, set(meetings))
    text, saved = workspace.actions.report_text(action_id, date(2024, 1, 1), date(2024, 12, 31))
    assert not saved
    assert "Jobevent ‘Jobevent voor Oekraïners en anderstaligen’ op 17/1/2024 te Mortsel" in text
    assert "samen met VDAB (64 deelnemers)" in text
    assert "van 10/10/2024 (VDAB Mortsel) werd geannuleerd. Voorbereiding projectaanvraag" in text
    assert "Uitstroom: 1 personen (doel 5 personen)" in text
    workspace.actions.save_report(action_id, date(2024, 1, 1), date(2024, 12, 31), "Eigen tekst")
    lines = workspace.actions.report_lines(date(2024, 1, 1), date(2024, 12, 31))
    assert [(line.code, line.text, line.saved) for line in lines["WSE-LR2"]] == [
        ("5.2.4.11", "Eigen tekst", True)
    ]
