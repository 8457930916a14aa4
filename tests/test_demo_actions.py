"""The demo's action tree and events (issue 16): the seed items, through the Workspace."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.demo import generate_demo

TODAY = date(2026, 3, 16)
YEAR = TODAY.year - 1  # the seed-001 events of 2023 take place last year in the demo


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    db: Database = open_database(tmp_path_factory.mktemp("demo") / "demo.db", mark_demo=True)
    generate_demo(db, dossiers=300, seed=1, today=TODAY)
    yield Workspace(db)
    db.close()


def _rows(workspace: Workspace, sql: str) -> list[tuple]:  # type: ignore[type-arg]
    with workspace._database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]


def test_tree_holds_the_five_clusters_and_action_5_2_4_11(workspace: Workspace) -> None:
    rows = {row.code: row for row in workspace.actions.rows(TODAY)}
    by_id = {row.id: row for row in rows.values()}
    assert rows["5.3"].level == "beleidsdoelstelling"
    clusters = [r for r in rows.values() if r.parent_id == rows["5.3"].id]
    assert [c.short_description for c in sorted(clusters, key=lambda r: r.code)] == [
        "Aansluiting school-werk",
        "(G)Oud brengt op",
        "Arbeidsmarktintegratie van vluchtelingen",
        "Inclusieve economie en een sterke regionale arbeidsmarkt",
        "Monitoring en kennisdeling",
    ]
    assert all(c.level == "actieplan" for c in clusters)
    assert all(any(r.parent_id == c.id for r in rows.values()) for c in clusters)
    action = rows["5.2.4.11"]
    assert action.short_description == "We hebben extra aandacht voor kansengroepen"
    assert (action.level, action.status, action.starts_on) == (
        "actie",
        "in_uitvoering",
        date(2023, 1, 1),
    )
    assert by_id[action.parent_id].code == "5.2.4"  # type: ignore[index]
    assert by_id[by_id[action.parent_id].parent_id].code == "5.2"  # type: ignore[index,arg-type]
    names = {i.name: i for i in action.indicators}
    assert {i.computed for i in action.indicators} >= {
        "clientoverleg_gehouden",
        "deelnemers_jobevents",
    }
    measured = names["Jobevents en jobateliers georganiseerd"]
    assert [(d, v) for _, d, v, _ in measured.measurements] == [
        (date(YEAR, 6, 30), 2),
        (date(YEAR, 12, 31), 5),
    ]
    werkplek = next(i for i in rows["5.2.4.16"].indicators if "werkplekleren" in i.name)
    assert werkplek.latest == 11 and werkplek.target == 11


def test_seed_events_with_participants_and_hires(workspace: Workspace) -> None:
    events = workspace.actions.events(date(YEAR, 1, 1), date(YEAR, 12, 31))
    seen = {(e.held_on, e.kind, e.title, e.location, e.action_code) for e in events}
    assert (
        date(YEAR, 1, 17),
        "jobevent",
        "Jobevent voor Oekraïners en anderstaligen",
        "Mortsel",
        "5.2.4.11",
    ) in seen
    ateliers = [e for e in events if e.title == "Jobatelier 'Jongeren en Werk'"]
    assert sorted(e.held_on for e in ateliers) == [date(YEAR, 5, 3), date(YEAR, 11, 29)]
    assert all(e.registered > 0 for e in ateliers)  # young dossiers (by age) took part
    industrie = next(e for e in events if "'industrie'" in e.title)
    assert (industrie.held_on, industrie.ends_on) == (date(YEAR, 10, 24), date(YEAR, 10, 25))
    jobdate = next(e for e in events if e.kind == "jobdate" and e.held_on == date(YEAR, 10, 25))
    assert jobdate.hires == 9 and jobdate.registered > 0
    assert len([e for e in events if e.kind == "popupwinkel"]) == 2  # two a year (seed 004)
    assert any("werkplekleren" in e.title for e in events)
    participants = [p for e in events for p in workspace.actions.participants(e.id)]
    assert len(participants) >= 20
    hired = [p for p in participants if p.hired]
    assert hired and all(p.employer for p in hired)
    # A hire is the dossier's exit to work and shows among the dossier's events.
    one = hired[0]
    assert any(h for *_, h in workspace.actions.dossier_events(one.dossier_id))
    assert _rows(
        workspace,
        "SELECT count(*) FROM event_participant p JOIN work_exit w ON w.id = p.work_exit_id "
        "WHERE p.hired = true AND w.dossier_id = p.dossier_id AND w.started_on > "
        "(SELECT held_on FROM event e WHERE e.id = p.event_id)",
    ) == _rows(workspace, "SELECT count(*) FROM event_participant WHERE hired = true")


def test_cancelled_meetings_of_seed_001_in_the_draft(workspace: Workspace) -> None:
    action = next(r for r in workspace.actions.rows(TODAY) if r.code == "5.2.4.11")
    cancelled = _rows(
        workspace,
        "SELECT date(starts_at), location FROM meeting WHERE status = 'geannuleerd' "
        "ORDER BY starts_at",
    )
    assert [(str(day), place) for day, place in cancelled] == [  # a date on PostgreSQL
        (f"{YEAR}-10-10", "Meerminne, Mortsel"),
        (f"{YEAR}-12-06", "VDAB Mortsel"),
    ]
    draft = workspace.actions.draft(action.id, date(YEAR, 7, 1), date(YEAR, 12, 31))
    assert f"van 10/10/{YEAR} (Meerminne, Mortsel) werd geannuleerd" in draft
    assert f"van 6/12/{YEAR} (VDAB Mortsel) werd geannuleerd" in draft
    assert "WSE Lokaal Partnerschap" in draft
    assert "Jobatelier ‘Jobatelier 'Jongeren en Werk'’ op 29/11" in draft
    first = workspace.actions.draft(action.id, date(YEAR, 1, 1), date(YEAR, 6, 30))
    assert f"op 17/1/{YEAR} te Mortsel" in first


def test_demo_stays_fast(tmp_path: Path) -> None:
    import time

    db = open_database(tmp_path / "fast.db", mark_demo=True)
    try:
        began = time.perf_counter()
        generate_demo(db, dossiers=2000, seed=3, today=TODAY)
        assert time.perf_counter() - began < 20
    finally:
        db.close()
