"""Every editable table of a working copy merges back (issue 20), on a real PostgreSQL.

For each kind of record beyond the dossier (code lists, meeting series, engagements,
cooperation history, the policy plan, events, ...): two copies checked out from the same
server, edited differently, the office editing meanwhile, checked in in both orders. A
field only the laptop changed is applied, only the office's stays, both differently is a
conflict in the --json list; a record made offline is created by its key; a deletion on one
side against an edit on the other is a conflict ("*"), and stays one at the next check-in.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, select

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import open_database, open_server_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.team.working_copy import accept_deletion, key_column, table
from tests.test_team_offline import PASSPHRASE, _checkin, _checkout, _cli, _dossier, _open_copy


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEMPEN_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("KEMPEN_DB", raising=False)


@pytest.fixture
def server(pg_migrated_url: str) -> Iterator[Workspace]:
    workspace = Workspace(open_server_database(pg_migrated_url))
    yield workspace
    workspace.close()


def _server_sql(server: Workspace) -> Any:
    return server._database.engine.begin()


@contextmanager
def _copy_sql(path: Path) -> Iterator[Connection]:
    """One transaction on the working copy, as the app on the laptop would write it."""
    copy = open_database(path, passphrase=PASSPHRASE)
    try:
        with copy.engine.begin() as connection:
            yield connection
    finally:
        copy.close()


def _row(connection: Connection, name: str, key: Any) -> dict[str, Any] | None:
    t = table(name)
    found = connection.execute(select(t).where(t.c[key_column(name)] == key)).mappings().first()
    return None if found is None else dict(found)


def _update(connection: Connection, name: str, key: Any, values: dict[str, Any]) -> None:
    t = table(name)
    connection.execute(t.update().where(t.c[key_column(name)] == key).values(**values))


def _delete(connection: Connection, name: str, key: Any) -> None:
    t = table(name)
    connection.execute(t.delete().where(t.c[key_column(name)] == key))


def _insert(connection: Connection, name: str, values: dict[str, Any]) -> Any:
    if key_column(name) == "id":
        values = {"id": uuid.uuid4(), **values}
    connection.execute(table(name).insert().values(**values))
    return values[key_column(name)]


@dataclass(frozen=True)
class Kind:
    """A kind of record: how to make one (given the world's ids and a word) and its fields:
    `clash` both laptops change, `mine` only Ann's laptop, `theirs` only the office."""

    table: str
    make: Callable[[dict[str, Any], str], dict[str, Any]]
    clash: str
    mine: tuple[str, Any]
    theirs: tuple[str, Any] | None
    by_meeting: bool = False  # the copy is the meeting's (its agenda, its participants)


def _day(word: str) -> int:
    """A day of the month per word: records with a period per day stay unique."""
    return sum(map(ord, word)) % 28 + 1


def _code(word: str) -> str:
    return "wk_" + word.lower().replace(" ", "_")[:30]


KINDS = [
    Kind("target_group", lambda w, s: {"code": _code(s), "label": s, "sort_order": 90},
         "label", ("description", "door Ann"), ("label_en", "by the office")),
    Kind("meeting_series",
         lambda w, s: {"title": s, "meeting_type_code": w["meeting_type"], "interval_months": 3},
         "title", ("interval_months", 6), None),
    Kind("partner_engagement",
         lambda w, s: {"partner_id": w["partner"], "kind": "partnerschap", "role": "partner",
                       "started_on": date(2026, 1, 1), "evidence": s},
         "evidence", ("ended_on", date(2026, 6, 30)), ("forms", "stage")),
    Kind("cooperation_entry",
         lambda w, s: {"partner_id": w["partner"], "occurred_on": date(2026, 2, 1),
                       "kind": "overleg", "description": s},
         "description", ("occurred_on", date(2026, 2, 3)), ("kind", "project")),
    Kind("policy_action",
         lambda w, s: {"code": "5.2.4", "short_description": s[:100], "status": "niet_gestart"},
         "short_description", ("long_description", "door Ann"), ("responsible", "kantoor")),
    Kind("action_indicator",
         lambda w, s: {"action_id": w["action"], "name": s},
         "name", ("unit", "personen"), ("target", 12.0)),
    Kind("indicator_measurement",
         lambda w, s: {"indicator_id": w["indicator"], "measured_on": date(2026, 3, 1),
                       "value": 1.0, "note": s},
         "note", ("value", 7.0), ("measured_on", date(2026, 3, 2))),
    Kind("action_report",
         lambda w, s: {"action_id": w["action"], "period_start": date(2026, 1, _day(s)),
                       "period_end": date(2026, 12, 31), "text": s},
         "text", ("period_end", date(2026, 6, 30)), None),
    Kind("period_report_text",
         lambda w, s: {"period_start": date(2025, 1, _day(s)),
                       "period_end": date(2025, 12, 31), "wse_code": "WSE-LR1", "text": s},
         "text", ("period_end", date(2025, 6, 30)), None),
    Kind("meeting_template_item",
         lambda w, s: {"meeting_type_code": w["meeting_type"], "title": s, "position": 1},
         "title", ("position", 5), None),
    Kind("event",
         lambda w, s: {"kind": "jobdate", "title": s, "held_on": date(2026, 4, 1)},
         "title", ("location", "Geel"), ("results", "12 gesprekken")),
    Kind("partner", lambda w, s: {"name": s, "partner_type_code": "vdab"},
         "name", ("phone", "014 22 22 22"), ("website", "kantoor.be")),
    Kind("consent",
         lambda w, s: {"dossier_id": w["dossier"], "partner_id": w["partner"], "purpose": s,
                       "given_on": date(2026, 1, 5), "method": "schriftelijk"},
         "purpose", ("valid_until", date(2027, 1, 5)), ("note", "kantoor")),
    Kind("work_exit",
         lambda w, s: {"dossier_id": w["dossier"], "employer_name": s,
                       "started_on": date(2026, 2, 1)},
         "employer_name", ("hours_per_week", 19.0), ("note", "kantoor")),
    Kind("action_point",
         lambda w, s: {"dossier_id": w["dossier"], "description": s, "status": "open"},
         "description", ("deadline", date(2026, 9, 1)), ("owner_is_regisseur", True)),
    Kind("status_change",
         lambda w, s: {"dossier_id": w["dossier"], "to_code": w["status"], "note": s,
                       "effective_on": date(2026, 1, 2)},
         "note", ("effective_on", date(2026, 1, 3)), None),
    Kind("agenda_item",
         lambda w, s: {"meeting_id": w["meeting"], "title": s, "position": _day(s)},
         "discussion", ("agreements", "afgesproken"), ("title", "kantoor"), by_meeting=True),
    Kind("meeting_participant",
         lambda w, s: {"meeting_id": w["meeting"], "partner_id": w["partner"], "name": s},
         "name", ("attendance", "aanwezig"), None, by_meeting=True),
    Kind("import_profile", lambda w, s: {"name": s, "source": "vdab", "toml": "[kolommen]"},
         "toml", ("source", "ocmw"), ("name", "VDAB kantoor")),
    Kind("contact_person",
         lambda w, s: {"partner_id": w["partner"], "first_name": "Els", "last_name": s},
         "last_name", ("phone", "014 00 00 00"), ("email", "els@example.be")),
]  # fmt: skip


def _world(server: Workspace) -> dict[str, Any]:
    """What the records of every kind hang off, and a dossier to check out."""
    with _server_sql(server) as connection:
        meeting_type = connection.execute(select(table("meeting_type").c.code)).scalars().first()
        partner = _insert(connection, "partner", {"name": "VDAB Geel", "partner_type_code": "vdab"})
        action = _insert(connection, "policy_action", {"code": "1", "short_description": "Plan"})
        indicator = _insert(connection, "action_indicator", {"action_id": action, "name": "Ind"})
    dossier = _dossier(server, "Wereld")
    with _server_sql(server) as connection:
        status = connection.execute(select(table("dossier_status").c.code)).scalars().first()
        planned = {"meeting_type_code": meeting_type, "title": "Overleg",
                   "starts_at": datetime(2026, 3, 2, 9)}  # fmt: skip
        meeting = _insert(connection, "meeting", planned)
        _insert(connection, "agenda_item", {"meeting_id": meeting, "dossier_id": dossier,
                                            "title": "Wereld", "position": 0})  # fmt: skip
    return {
        "meeting_type": meeting_type, "partner": partner, "action": action,
        "indicator": indicator, "num": server.dossiers.num_for(dossier) or 0,
        "dossier": dossier, "status": status, "meeting": meeting,
    }  # fmt: skip


def _take(url: str, out: Path, world: dict[str, Any], kind: Kind) -> Path:
    if not kind.by_meeting:
        return _checkout(url, out, world["num"])
    code, _, err = _cli(
        "--db", url, "team", "checkout", "--out", str(out), "--meeting", str(world["meeting"])
    )
    assert code == 0, err
    return out


@pytest.mark.parametrize("order", ["ann first", "bert first"])
@pytest.mark.parametrize("kind", KINDS, ids=[k.table for k in KINDS])
def test_each_kind_merges_per_field_creates_and_deletes_in_both_orders(
    server: Workspace, pg_migrated_url: str, tmp_path: Path, kind: Kind, order: str
) -> None:
    world = _world(server)
    name = kind.table
    with _server_sql(server) as connection:
        edited = _insert(connection, name, kind.make(world, "Gewijzigd"))
        gone_here = _insert(connection, name, kind.make(world, "Weg op laptop"))
        gone_there = _insert(connection, name, kind.make(world, "Weg op kantoor"))
        dropped = _insert(connection, name, kind.make(world, "Gewoon weg"))
    ann_copy = _take(pg_migrated_url, tmp_path / "ann.db", world, kind)
    bert_copy = _take(pg_migrated_url, tmp_path / "bert.db", world, kind)
    mine_field, mine_value = kind.mine

    with _copy_sql(ann_copy) as ann:
        _update(ann, name, edited, {kind.clash: "Ann", mine_field: mine_value})
        made = _insert(ann, name, kind.make(world, "Nieuw offline"))
        _delete(ann, name, gone_here)
        _update(ann, name, gone_there, {kind.clash: "Ann wijzigde"})
        _delete(ann, name, dropped)
    with _copy_sql(bert_copy) as bert:
        _update(bert, name, edited, {kind.clash: "Bert"})
    with _server_sql(server) as connection:
        if kind.theirs is not None:
            _update(connection, name, edited, {kind.theirs[0]: kind.theirs[1]})
        _update(connection, name, gone_here, {kind.clash: "Kantoor wijzigde"})
        _delete(connection, name, gone_there)

    first, second = (ann_copy, bert_copy) if order == "ann first" else (bert_copy, ann_copy)
    code_first, result_first = _checkin(pg_migrated_url, first)
    code_second, result_second = _checkin(pg_migrated_url, second)

    ann_result = result_first if order == "ann first" else result_second
    winner, loser = ("Ann", "Bert") if order == "ann first" else ("Bert", "Ann")
    clash = {"table": name, "record": str(edited), "field": kind.clash,
             "server": winner, "laptop": loser}  # fmt: skip
    deletions = [(name, str(gone_here), "*"), (name, str(gone_there), "*")]
    assert sorted((c["table"], c["record"], c["field"]) for c in ann_result["conflicts"]) == sorted(
        deletions + ([(name, str(edited), kind.clash)] if order == "bert first" else [])
    )
    assert clash in result_second["conflicts"]
    assert code_second == 3  # the clash (and Ann's deletions when she is second)
    assert code_first == (3 if order == "ann first" else 0)
    assert ann_result["created"] == 1
    with _server_sql(server) as connection:
        now = _row(connection, name, edited)
        assert now is not None
        assert now[kind.clash] == winner  # the conflict is not applied
        assert now[mine_field] == mine_value  # laptop only: applied
        if kind.theirs is not None:
            assert now[kind.theirs[0]] == kind.theirs[1]  # the office only: stays
        assert _row(connection, name, made) is not None  # made offline: created by its key
        kept = _row(connection, name, gone_here)
        assert kept is not None and kept[kind.clash] == "Kantoor wijzigde"  # not deleted
        assert _row(connection, name, gone_there) is None  # not brought back silently
        assert _row(connection, name, dropped) is None  # deleted, nobody changed it

    code_again, again = _checkin(pg_migrated_url, ann_copy)
    assert code_again == 3 and again["created"] == 0 and again["applied"] == 0
    assert sorted((c["table"], c["record"], c["field"]) for c in again["conflicts"]) == sorted(
        deletions + ([(name, str(edited), kind.clash)] if order == "bert first" else [])
    )  # a deletion against an edit waits for a decision, also the second time


def _groups(workspace: Workspace, dossier: uuid.UUID) -> set[str]:
    return workspace.dossiers.get(dossier).data.target_groups


def _set_groups(workspace: Workspace, dossier: uuid.UUID, groups: set[str]) -> None:
    from dataclasses import replace

    opened = workspace.dossiers.get(dossier).data
    workspace.dossiers.save_edit(dossier, replace(opened, target_groups=groups), base=opened)


@pytest.mark.parametrize("order", ["ann first", "bert first"])
def test_kansengroepen_merge_per_group_in_both_orders(
    server: Workspace, pg_migrated_url: str, tmp_path: Path, order: str
) -> None:
    dossier = _dossier(server, "Groepen", target_groups={"neet", "anderstalig"})
    num = server.dossiers.num_for(dossier) or 0
    ann_copy = _checkout(pg_migrated_url, tmp_path / "ann.db", num)
    bert_copy = _checkout(pg_migrated_url, tmp_path / "bert.db", num)
    ann, bert = _open_copy(ann_copy), _open_copy(bert_copy)
    try:
        _set_groups(ann, dossier, {"neet", "leefloon"})  # removes anderstalig, adds leefloon
        _set_groups(bert, dossier, {"neet", "anderstalig", "nieuwkomer"})  # adds nieuwkomer
    finally:
        ann.close()
        bert.close()
    _set_groups(server, dossier, {"anderstalig"})  # the office removes neet

    first, second = (ann_copy, bert_copy) if order == "ann first" else (bert_copy, ann_copy)
    results = [_checkin(pg_migrated_url, first), _checkin(pg_migrated_url, second)]

    assert [code for code, _ in results] == [0, 0]
    assert all(result["conflicts"] == [] for _, result in results)
    assert _groups(server, dossier) == {"leefloon", "nieuwkomer"}
    for path in (ann_copy, bert_copy):
        again = _checkin(pg_migrated_url, path)
        assert again == (0, {"applied": 0, "unchanged": again[1]["unchanged"],
                             "conflicts": [], "created": 0})  # fmt: skip
    laptop = _open_copy(second)
    try:
        assert _groups(laptop, dossier) == {"leefloon", "nieuwkomer"}  # the copy follows
    finally:
        laptop.close()


def test_an_events_organisers_merge_per_partner_and_offline_records_link_up(
    server: Workspace, pg_migrated_url: str, tmp_path: Path
) -> None:
    """An event's organisers added on both sides all stay; an event, a partner, a
    participation and an engagement made offline and pointing at each other all arrive."""
    event_partner = table("event_partner")
    world = _world(server)
    with _server_sql(server) as connection:
        ocmw = _insert(connection, "partner", {"name": "OCMW Geel", "partner_type_code": "ocmw"})
        event = _insert(connection, "event", {"kind": "jobdate", "title": "Jobdate",
                                              "held_on": date(2026, 5, 1)})  # fmt: skip
    dossier = _dossier(server, "Deelnemer")
    copy = _checkout(
        pg_migrated_url, tmp_path / "kopie.db", world["num"], server.dossiers.num_for(dossier) or 0
    )
    with _copy_sql(copy) as laptop:
        laptop.execute(event_partner.insert().values(event_id=event, partner_id=world["partner"]))
        employer = _insert(laptop, "partner", {"name": "Bakkerij Nieuw",
                                               "partner_type_code": "werkgever"})  # fmt: skip
        made_event = _insert(laptop, "event", {"kind": "jobevent", "title": "Offline beurs",
                                               "held_on": date(2026, 6, 1)})  # fmt: skip
        laptop.execute(
            table("event_employer").insert().values(event_id=made_event, partner_id=employer)
        )
        participation = _insert(laptop, "event_participant", {"event_id": made_event,
                                                              "dossier_id": dossier})  # fmt: skip
        engagement = _insert(laptop, "partner_engagement", {
            "partner_id": employer, "kind": "inclusief", "engaged_as": "werkgever",
            "started_on": date(2026, 6, 1), "event_id": made_event})  # fmt: skip
    with _server_sql(server) as connection:
        connection.execute(event_partner.insert().values(event_id=event, partner_id=ocmw))

    code, result = _checkin(pg_migrated_url, copy)

    assert code == 0 and result["conflicts"] == [] and result["created"] == 4
    with _server_sql(server) as connection:
        organisers = set(
            connection.execute(
                select(event_partner.c.partner_id).where(event_partner.c.event_id == event)
            ).scalars()
        )
        assert organisers == {world["partner"], ocmw}  # both sides' additions
        employers = table("event_employer")
        assert (
            connection.execute(
                select(employers.c.partner_id).where(employers.c.event_id == made_event)
            ).scalar()
            == employer
        )
        assert _row(connection, "event_participant", participation) is not None
        made = _row(connection, "partner_engagement", engagement)
        assert made is not None and made["event_id"] == made_event
    again = _checkin(pg_migrated_url, copy)
    assert again[1]["created"] == 0 and again[1]["applied"] == 0
    with _copy_sql(copy) as laptop:  # the office's organiser came along into the copy
        assert set(
            laptop.execute(
                select(event_partner.c.partner_id).where(event_partner.c.event_id == event)
            ).scalars()
        ) == {world["partner"], ocmw}


def test_a_dossier_made_offline_on_the_meetings_agenda_arrives_with_its_agenda_item(
    server: Workspace, pg_migrated_url: str, tmp_path: Path
) -> None:
    world = _world(server)
    with _server_sql(server) as connection:
        values = {"meeting_type_code": world["meeting_type"], "title": "Overleg",
                  "starts_at": datetime(2026, 3, 2, 9)}  # fmt: skip
        meeting = _insert(connection, "meeting", values)
    copy = tmp_path / "kopie.db"
    code, _, err = _cli(
        "--db", pg_migrated_url, "team", "checkout", "--out", str(copy), "--meeting", str(meeting)
    )
    assert code == 0, err
    laptop = _open_copy(copy)
    try:
        made = laptop.dossiers.create(DossierInput(last_name="Ter Plaatse", first_name="Nieuw"))
    finally:
        laptop.close()
    with _copy_sql(copy) as connection:
        item = _insert(connection, "agenda_item", {"meeting_id": meeting, "dossier_id": made,
                                                   "position": 1, "title": "Nieuw dossier",
                                                   "discussion": "besproken"})  # fmt: skip

    code, result = _checkin(pg_migrated_url, copy)

    assert code == 0 and result["conflicts"] == []
    with _server_sql(server) as connection:
        arrived = _row(connection, "agenda_item", item)
        assert arrived is not None and arrived["dossier_id"] == made
    assert server.dossiers.num_for(made) is not None


def test_deleting_a_dossier_offline_while_the_office_added_a_note_is_a_conflict(
    server: Workspace, pg_migrated_url: str, tmp_path: Path
) -> None:
    dossier = _dossier(server, "Verwijderd")
    copy = _checkout(pg_migrated_url, tmp_path / "kopie.db", server.dossiers.num_for(dossier) or 0)
    laptop = _open_copy(copy)
    try:
        laptop.dossiers.delete(dossier)
    finally:
        laptop.close()
    note = server.dossiers.add_note(dossier, "note", "Telefoon", "belde op kantoor")

    code, result = _checkin(pg_migrated_url, copy)

    assert code == 3
    assert [(c["table"], c["record"], c["field"]) for c in result["conflicts"]] == [
        ("dossier", str(dossier), "*")
    ]
    assert result["conflicts"][0]["laptop"] is None
    timeline = server.dossiers.get(dossier).timeline  # the dossier and the new note stay
    assert [t.body for t in timeline if t.kind == "note"] == ["belde op kantoor"]
    assert note is not None
    code, again = _checkin(pg_migrated_url, copy)
    assert code == 3 and [c["record"] for c in again["conflicts"]] == [str(dossier)]
    assert server.dossiers.num_for(dossier) is not None

    with _copy_sql(copy) as connection:  # the user chooses the deletion after all
        accept_deletion(connection, "dossier", str(dossier), again["conflicts"][0]["server"])
    code, decided = _checkin(pg_migrated_url, copy)
    assert code == 0 and decided["conflicts"] == []
    assert server.dossiers.num_for(dossier) is None  # gone, with the note and the person
    with _server_sql(server) as connection:
        assert _row(connection, "timeline_entry", note) is None


def _person_of(connection: Connection, dossier: uuid.UUID) -> Any:
    return (_row(connection, "dossier", dossier) or {})["person_id"]


INSZ = "85073016095"


def test_a_person_made_offline_whose_insz_the_server_holds_under_the_same_name_is_linked(
    server: Workspace, pg_migrated_url: str, tmp_path: Path
) -> None:
    known = _dossier(server, "Peeters", insz=INSZ)
    other = _dossier(server, "Ander")
    copy = _checkout(pg_migrated_url, tmp_path / "kopie.db", server.dossiers.num_for(other) or 0)
    laptop = _open_copy(copy)
    try:  # the copy does not hold Peeters: the regisseur makes a new dossier for him
        made = laptop.dossiers.create(DossierInput(last_name="PEETERS", first_name="an",
                                                   insz=INSZ))  # fmt: skip
    finally:
        laptop.close()

    code, result = _checkin(pg_migrated_url, copy)

    assert code == 0 and result["conflicts"] == [] and result["created"] >= 1
    with _server_sql(server) as connection:
        person = table("person")
        holders = connection.execute(select(person.c.id).where(person.c.insz == INSZ)).all()
        assert len(holders) == 1  # no second person with the same INSZ
        assert _person_of(connection, made) == _person_of(connection, known)
    assert server.dossiers.get(made).data.last_name == "Peeters"  # the server's person
    with _copy_sql(copy) as connection:  # the copy shows the server's person too
        assert str(_person_of(connection, made)) == str(holders[0].id)
    code, again = _checkin(pg_migrated_url, copy)
    assert (code, again["created"], again["applied"], again["conflicts"]) == (0, 0, 0, [])


def test_a_person_made_offline_with_someone_elses_insz_waits_and_the_rest_is_applied(
    server: Workspace, pg_migrated_url: str, tmp_path: Path
) -> None:
    from dataclasses import replace

    known = _dossier(server, "Peeters", insz=INSZ)
    other = _dossier(server, "Ander")
    copy = _checkout(pg_migrated_url, tmp_path / "kopie.db", server.dossiers.num_for(other) or 0)
    laptop = _open_copy(copy)
    try:
        made = laptop.dossiers.create(DossierInput(last_name="Peters", first_name="Bo",
                                                   insz=INSZ))  # fmt: skip
        laptop.dossiers.add_note(made, "note", "Intake", "eerste gesprek")
        opened = laptop.dossiers.get(other).data
        laptop.dossiers.save_edit(other, replace(opened, situation="offline"), base=opened)
    finally:
        laptop.close()
    with _copy_sql(copy) as connection:
        offline_person = str(_person_of(connection, made))

    code, result = _checkin(pg_migrated_url, copy)

    assert code == 3
    [conflict] = result["conflicts"]
    assert (conflict["table"], conflict["record"], conflict["field"]) == (
        "person",
        offline_person,
        "insz",
    )
    with _server_sql(server) as connection:
        known_person = str(_person_of(connection, known))
    assert conflict["server"]["id"] == known_person and conflict["server"]["last_name"] == "Peeters"
    assert (
        conflict["laptop"]["id"] == offline_person and conflict["laptop"]["last_name"] == "Peters"
    )
    assert server.dossiers.get(other).data.situation == "offline"  # the rest is applied
    assert server.dossiers.num_for(made) is None  # the dossier waits with its person
    code, again = _checkin(pg_migrated_url, copy)
    assert code == 3 and again["conflicts"] == result["conflicts"] and again["created"] == 0

    laptop = _open_copy(copy)
    try:  # the user corrects the INSZ typed offline
        opened = laptop.dossiers.get(made).data
        laptop.dossiers.save_edit(
            made, replace(opened, insz="90020100526", birth_date=None), base=opened
        )
    finally:
        laptop.close()
    code, fixed = _checkin(pg_migrated_url, copy)
    assert code == 0 and fixed["conflicts"] == []
    assert server.dossiers.get(made).data.insz == "90020100526"
    notes = [t.body for t in server.dossiers.get(made).timeline if t.kind == "note"]
    assert notes == ["eerste gesprek"]


def test_an_insz_changed_offline_to_someone_elses_is_a_conflict_not_a_failed_check_in(
    server: Workspace, pg_migrated_url: str, tmp_path: Path
) -> None:
    from dataclasses import replace

    _dossier(server, "Peeters", insz=INSZ)
    typo = _dossier(server, "Janssens", situation="voor")
    copy = _checkout(pg_migrated_url, tmp_path / "kopie.db", server.dossiers.num_for(typo) or 0)
    laptop = _open_copy(copy)
    try:
        opened = laptop.dossiers.get(typo).data
        laptop.dossiers.save_edit(typo, replace(opened, insz=INSZ, birth_date=None), base=opened)
    finally:
        laptop.close()

    code, result = _checkin(pg_migrated_url, copy)

    assert code == 3
    assert [(c["table"], c["field"], c["server"]["last_name"]) for c in result["conflicts"]] == [
        ("person", "insz", "Peeters")
    ]
    assert server.dossiers.get(typo).data.insz == ""  # not written
    code, out, _ = _cli("team", "checkin", str(copy))  # the plain report names no client
    assert code == 3 and "het INSZ hoort op de server bij een persoon" in out
    assert "Peeters" not in out and INSZ not in out


def test_a_code_both_sides_added_with_another_label_is_a_conflict(
    server: Workspace, pg_migrated_url: str, tmp_path: Path
) -> None:
    dossier = _dossier(server, "Codes")
    copy = _checkout(pg_migrated_url, tmp_path / "kopie.db", server.dossiers.num_for(dossier) or 0)
    same = {"code": "wk_zelfde", "label": "Zelfde", "sort_order": 50}
    with _copy_sql(copy) as laptop:
        _insert(
            laptop, "closing_reason", {"code": "wk_eigen", "label": "Verhuisd", "sort_order": 50}
        )
        _insert(laptop, "closing_reason", same)
        _insert(
            laptop, "closing_reason", {"code": "wk_anders", "label": "Laptop", "sort_order": 50}
        )
    with _server_sql(server) as connection:
        _insert(connection, "closing_reason", same)
        _insert(connection, "closing_reason", {"code": "wk_anders", "label": "Kantoor",
                                               "sort_order": 50})  # fmt: skip

    code, result = _checkin(pg_migrated_url, copy)

    assert code == 3 and result["created"] == 1
    clash = {"table": "closing_reason", "record": "wk_anders", "field": "label",
             "server": "Kantoor", "laptop": "Laptop"}  # fmt: skip
    assert result["conflicts"] == [clash]
    with _server_sql(server) as connection:
        assert (_row(connection, "closing_reason", "wk_eigen") or {}).get("label") == "Verhuisd"
        assert (_row(connection, "closing_reason", "wk_anders") or {}).get("label") == "Kantoor"


def test_records_made_offline_in_order_and_what_points_at_a_record_the_office_deleted(
    server: Workspace, pg_migrated_url: str, tmp_path: Path
) -> None:
    """A child action made offline under a parent made offline arrives (parents first); a
    cooperation entry for a partner the office deleted meanwhile is a conflict ("*"), and
    the rest of the copy is applied all the same."""
    world = _world(server)
    with _server_sql(server) as connection:
        closing = _insert(connection, "partner", {"name": "Stopt", "partner_type_code": "vdab"})
    copy = _checkout(pg_migrated_url, tmp_path / "kopie.db", world["num"])
    parent, child = uuid.UUID(int=2**128 - 1), uuid.UUID(int=1)  # the child sorts first
    with _copy_sql(copy) as laptop:
        _insert(laptop, "policy_action", {"id": parent, "code": "9", "short_description": "Doel",
                                          "level": "beleidsdoelstelling"})  # fmt: skip
        _insert(laptop, "policy_action", {"id": child, "code": "9.1", "short_description": "Actie",
                                          "parent_id": parent})  # fmt: skip
        entry = _insert(laptop, "cooperation_entry", {"partner_id": closing, "kind": "overleg",
                                                      "occurred_on": date(2026, 5, 5)})  # fmt: skip
        _update(laptop, "partner", world["partner"], {"phone": "014 11 11 11"})
    with _server_sql(server) as connection:
        _delete(connection, "partner", closing)

    code, result = _checkin(pg_migrated_url, copy)

    assert code == 3
    assert [(c["table"], c["record"], c["field"], c["server"]) for c in result["conflicts"]] == [
        ("cooperation_entry", str(entry), "*", None)
    ]
    with _server_sql(server) as connection:
        made = _row(connection, "policy_action", child)
        assert made is not None and made["parent_id"] == parent
        assert (_row(connection, "partner", world["partner"]) or {})["phone"] == "014 11 11 11"
        assert _row(connection, "cooperation_entry", entry) is None
    code, again = _checkin(pg_migrated_url, copy)
    assert code == 3 and again["conflicts"] == result["conflicts"] and again["created"] == 0


def test_a_linked_person_checked_in_again_from_a_copy_whose_rebase_was_lost_changes_nothing(
    server: Workspace, pg_migrated_url: str, tmp_path: Path
) -> None:
    import shutil

    known = _dossier(server, "Peeters", insz=INSZ)
    other = _dossier(server, "Ander")
    copy = _checkout(pg_migrated_url, tmp_path / "kopie.db", server.dossiers.num_for(other) or 0)
    laptop = _open_copy(copy)
    try:
        made = laptop.dossiers.create(DossierInput(last_name="Peeters", first_name="An",
                                                   insz=INSZ))  # fmt: skip
    finally:
        laptop.close()
    before = tmp_path / "voor-checkin.db"
    shutil.copyfile(copy, before)
    assert _checkin(pg_migrated_url, copy)[0] == 0

    code, again = _checkin(pg_migrated_url, before)

    assert (code, again["created"], again["applied"], again["conflicts"]) == (0, 0, 0, [])
    with _server_sql(server) as connection:
        assert _person_of(connection, made) == _person_of(connection, known)
        dossiers = table("dossier")
        assert connection.execute(select(dossiers.c.id).where(dossiers.c.id == made)).all()
