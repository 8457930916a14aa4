"""The demo data generator: realistic, consistent, searchable and reproducible."""

from __future__ import annotations

import hashlib
import itertools
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import Dossier
from kempen_desktop.domain import insz as insz_domain
from kempen_desktop.domain import status as workflow
from kempen_desktop.domain.kbo import is_valid_kbo
from kempen_desktop.domain.target_groups import AGE_BASED, age_on
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.demo import DemoSummary, generate_demo, insz_for, kbo_for

TODAY = date(2026, 3, 16)
N = 300
_WORD = re.compile(r"\w+")


def _tokens(value: str) -> list[str]:
    return sorted(_WORD.findall(value.lower()))


def _generate(path: Path, seed: int = 1, dossiers: int = N) -> tuple[Database, DemoSummary]:
    db = open_database(path, mark_demo=True)
    return db, generate_demo(db, dossiers=dossiers, seed=seed, today=TODAY)


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Database, DemoSummary, list[tuple[str, int]]]]:
    progress: list[tuple[str, int]] = []
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.db", mark_demo=True)
    summary = generate_demo(
        db,
        dossiers=N,
        seed=1,
        today=TODAY,
        progress=lambda stage, pct: progress.append((stage, pct)),
    )
    yield db, summary, progress
    db.close()


@pytest.fixture(scope="module")
def db(demo: tuple[Database, DemoSummary, list[tuple[str, int]]]) -> Database:
    return demo[0]


def _as_stored_in_sqlite(value: object) -> object:
    """A value as SQLite hands it back (dates and times as text, UUIDs as hex), so the checks
    below read the same on PostgreSQL (tests/test_pg_demo.py)."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return value.hex
    return value


def _rows(db: Database, sql: str, **params: object) -> list[tuple]:  # type: ignore[type-arg]
    with db.engine.connect() as connection:
        return [
            tuple(_as_stored_in_sqlite(value) for value in row)
            for row in connection.execute(text(sql), params)
        ]


def _scalar(db: Database, sql: str, **params: object) -> object:
    with db.engine.connect() as connection:
        return _as_stored_in_sqlite(connection.execute(text(sql), params).scalar())


# -- counts and summary -------------------------------------------------------------------


def test_summary_matches_the_database(db: Database, demo: tuple) -> None:  # type: ignore[type-arg]
    summary: DemoSummary = demo[1]
    tables = {
        "dossiers": "dossier",
        "persons": "person",
        "partners": "partner",
        "contacts": "contact_person",
        "cooperation_entries": "cooperation_entry",
        "dossier_target_groups": "dossier_target_group",
        "status_changes": "status_change",
        "timeline_entries": "timeline_entry",
        "consents": "consent",
        "work_exits": "work_exit",
        "meeting_series": "meeting_series",
        "meetings": "meeting",
        "meeting_participants": "meeting_participant",
        "agenda_items": "agenda_item",
        "action_points": "action_point",
        "policy_actions": "policy_action",
        "events": "event",
    }
    for field, table in tables.items():
        assert getattr(summary, field) == _scalar(db, f"SELECT count(*) FROM {table}"), field
    assert summary.dossiers == N
    assert 0.9 * N < summary.persons < N  # a few people have an older, closed dossier
    assert summary.partners >= 80
    assert N <= summary.timeline_entries <= 6 * N
    assert summary.total_rows > 10 * N
    assert sorted(n for (n,) in _rows(db, "SELECT num FROM dossier")) == list(range(1, N + 1))


def test_progress_is_reported_up_to_100(demo: tuple) -> None:  # type: ignore[type-arg]
    percents = [pct for _stage, pct in demo[2]]
    assert percents == sorted(percents)
    assert percents[0] == 0 and percents[-1] == 100
    assert all(isinstance(stage, str) and stage for stage, _ in demo[2])


def test_database_is_marked_demo_and_consistent(db: Database) -> None:
    assert db.is_demo
    assert _rows(db, "PRAGMA foreign_key_check") == []
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert _scalar(db, "PRAGMA defer_foreign_keys") == 0


def test_second_run_is_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="bevat al dossiers"):
        generate_demo(db, dossiers=5, seed=2, today=TODAY)
    assert _scalar(db, "SELECT count(*) FROM dossier") == N


def test_negative_count_is_refused(tmp_path: Path) -> None:
    database = open_database(tmp_path / "demo.db", mark_demo=True)
    try:
        with pytest.raises(ValueError, match="negatief"):
            generate_demo(database, dossiers=-1)
    finally:
        database.close()


# -- persons --------------------------------------------------------------------------------


def test_insz_numbers_are_valid_and_match_birth_date_and_sex(db: Database) -> None:
    persons = _rows(db, "SELECT insz, birth_date, sex FROM person")
    with_insz = [p for p in persons if p[0] is not None]
    assert 0.75 < len(with_insz) / len(persons) < 0.95
    bis = 0
    for number, birth, sex in with_insz:
        assert re.fullmatch(r"\d{11}", number), number
        assert insz_domain.is_valid_insz(number), number
        assert insz_domain.birth_date_from_insz(number) == date.fromisoformat(birth), number
        assert insz_domain.sex_from_insz(number) == sex, number
        bis += insz_domain.is_bis(number)
    assert bis >= 1  # some newcomers only have a BIS number
    assert len({p[0] for p in with_insz}) == len(with_insz)


def test_insz_and_kbo_helpers() -> None:
    assert insz_for(date(1985, 7, 30), 33) == "85073003328"
    assert insz_domain.is_valid_insz(insz_for(date(2003, 2, 1), 998))
    assert insz_domain.is_bis(insz_for(date(1990, 12, 31), 5, bis=True))
    assert kbo_for(8_870_103) == "0887010362"
    assert is_valid_kbo(kbo_for(4_000_000))


def test_persons_live_in_the_kempen_or_zora_werkt(db: Database) -> None:
    rows = _rows(
        db,
        """SELECT p.municipality_nis, p.postcode, m.postcodes, m.name
                          FROM person p JOIN municipality m ON m.nis_code = p.municipality_nis""",
    )
    assert len(rows) == _scalar(db, "SELECT count(*) FROM person")
    zora = {"Boechout", "Edegem", "Hove", "Lint", "Kontich", "Mortsel", "Wommelgem"}
    for nis, postcode, postcodes, name in rows:
        assert nis.startswith("13") or name in zora
        assert postcode in postcodes.split(";")
    names = Counter(name for *_, name in rows)
    assert names["Turnhout"] > 0 and any(name in zora for name in names)


def test_persons_look_realistic(db: Database) -> None:
    persons = _rows(
        db,
        "SELECT last_name, first_name, birth_date, phone, email, language, vdab_number, street "
        "FROM person",
    )
    births = [date.fromisoformat(p[2]) for p in persons]
    assert min(births).year >= 1960 and max(births).year <= 2007
    ages = [age_on(b, TODAY) for b in births]
    assert any(a < 25 for a in ages) and any(a >= 55 for a in ages)
    for last, first, _birth, phone, email, _language, vdab, street in persons:
        assert last and first
        assert phone == "" or re.fullmatch(r"04\d\d \d\d \d\d \d\d", phone), phone
        assert email == "" or re.fullmatch(r"[a-z0-9.]+@[a-z.]+", email), email
        assert vdab is None or re.fullmatch(r"\d{8}", vdab)
        assert re.search(r"\d", street)
    languages = Counter(p[5] for p in persons)
    assert languages.most_common(1)[0][0] == "Nederlands"
    assert len(languages) >= 5
    share_dutch = languages["Nederlands"] / len(persons)
    assert 0.65 < share_dutch < 0.92  # about one in five are newcomers
    assert sum(1 for p in persons if p[6]) / len(persons) > 0.75


# -- dossiers --------------------------------------------------------------------------------


def test_every_status_occurs_with_in_begeleiding_most(db: Database) -> None:
    per_status = dict(_rows(db, "SELECT status_code, count(*) FROM dossier GROUP BY status_code"))
    assert set(per_status) == {code for code, _ in workflow.ALL_STATUSES}
    assert max(per_status, key=per_status.__getitem__) == workflow.IN_BEGELEIDING
    assert 0.08 * N < per_status[workflow.AFGESLOTEN] < 0.25 * N


def test_dossiers_open_within_three_years(db: Database) -> None:
    for opened, since, closed in _rows(
        db, "SELECT opened_on, status_since, closed_on FROM dossier"
    ):
        opened_on = date.fromisoformat(opened)
        assert (TODAY - opened_on).days <= 3 * 365
        assert opened_on <= date.fromisoformat(since) <= TODAY
        if closed:
            assert date.fromisoformat(closed) == date.fromisoformat(since)
    nums_by_opening = [n for (n,) in _rows(db, "SELECT num FROM dossier ORDER BY opened_on, num")]
    assert nums_by_opening == sorted(nums_by_opening)  # numbered in order of opening


def test_closed_dossiers_have_a_reason_and_a_history_ending_in_afgesloten(db: Database) -> None:
    reasons = {code for (code,) in _rows(db, "SELECT code FROM closing_reason")}
    closed = _rows(
        db,
        """SELECT d.id, d.closing_reason_code, d.closed_on, d.follow_up_on
                            FROM dossier d WHERE d.status_code = 'afgesloten'""",
    )
    assert closed
    for dossier_id, reason, closed_on, follow_up in closed:
        assert reason in reasons and closed_on is not None and follow_up is None
        last = _rows(
            db,
            """SELECT to_code, closing_reason_code, effective_on FROM status_change
                             WHERE dossier_id = :d ORDER BY changed_at DESC LIMIT 1""",
            d=dossier_id,
        )[0]
        assert last == (workflow.AFGESLOTEN, reason, closed_on)
    assert (
        _scalar(
            db,
            """SELECT count(*) FROM dossier WHERE status_code <> 'afgesloten'
                           AND (closing_reason_code IS NOT NULL OR closed_on IS NOT NULL)""",
        )
        == 0
    )


def test_status_histories_follow_the_workflow(db: Database) -> None:
    history: dict[str, list[tuple]] = defaultdict(list)  # type: ignore[type-arg]
    for row in _rows(
        db,
        """SELECT dossier_id, from_code, to_code, effective_on, changed_at, closing_reason_code
                              FROM status_change ORDER BY dossier_id, changed_at""",
    ):
        history[row[0]].append(row[1:])
    dossiers = _rows(db, "SELECT id, status_code, status_since, opened_on FROM dossier")
    assert len(history) == len(dossiers)
    for dossier_id, status, since, opened in dossiers:
        changes = history[dossier_id]
        assert changes[0][:3] == (None, workflow.AANGEMELD, opened)
        for previous, current in itertools.pairwise(changes):
            assert current[0] == previous[1]
            assert workflow.can_transition(current[0], current[1]), (current[0], current[1])
            assert current[2] >= previous[2] and current[3] > previous[3]
            assert (current[4] is not None) == (current[1] == workflow.AFGESLOTEN)
        assert changes[-1][1] == status and changes[-1][2] == since


def test_a_few_people_have_an_older_closed_and_a_newer_open_dossier(db: Database) -> None:
    rows = _rows(
        db,
        """SELECT person_id, status_code, opened_on, closed_on FROM dossier
                         WHERE person_id IN (SELECT person_id FROM dossier GROUP BY person_id
                                              HAVING count(*) > 1)
                         ORDER BY person_id, opened_on""",
    )
    per_person: dict[str, list[tuple]] = defaultdict(list)  # type: ignore[type-arg]
    for person, *rest in rows:
        per_person[person].append(tuple(rest))
    assert per_person
    for first, second in per_person.values():
        assert first[0] == workflow.AFGESLOTEN and second[0] != workflow.AFGESLOTEN
        assert first[2] < second[1]


def test_target_groups_are_manual_only(db: Database) -> None:
    codes = {code for (code,) in _rows(db, "SELECT code FROM target_group")}
    stored = _rows(db, "SELECT dossier_id, target_group_code FROM dossier_target_group")
    assert not {code for _, code in stored} & AGE_BASED
    assert {code for _, code in stored} <= codes
    per_dossier = Counter(dossier for dossier, _ in stored)
    assert len(per_dossier) == N
    assert set(per_dossier.values()) <= {1, 2, 3}
    used = {code for _, code in stored}
    assert {"anderstalig", "nieuwkomer", "tijdelijk_ontheemde", "leefloon", "kortgeschoold"} <= used
    # langdurig werkzoekend agrees with 'werkzoekend sinds' at opening
    for since, opened, code in _rows(
        db,
        """SELECT d.job_seeker_since, d.opened_on, g.target_group_code
             FROM dossier d JOIN dossier_target_group g ON g.dossier_id = d.id
            WHERE g.target_group_code LIKE '%langdurig%'""",
    ):
        assert since is not None
        years = (date.fromisoformat(opened) - date.fromisoformat(since)).days / 365.25
        assert years > (2 if code.startswith("zeer") else 1) - 0.01


def test_follow_ups_overdue_upcoming_and_none(db: Database) -> None:
    rows = _rows(db, "SELECT follow_up_on FROM dossier WHERE status_code <> 'afgesloten'")
    days = [date.fromisoformat(d) for (d,) in rows if d]
    assert any(d < TODAY for d in days)  # overdue
    assert (
        sum(1 for d in days if TODAY <= d <= date.fromordinal(TODAY.toordinal() + 42))
        > len(rows) / 2
    )
    assert any(d is None for (d,) in rows)


def test_responsible_partner_and_counsellor_belong_together(db: Database) -> None:
    rows = _rows(
        db,
        """SELECT d.responsible_partner_id, c.partner_id, p.name
                          FROM dossier d LEFT JOIN contact_person c ON c.id = d.counsellor_id
                          LEFT JOIN partner p ON p.id = d.responsible_partner_id""",
    )
    for partner_id, contact_partner_id, _name in rows:
        assert contact_partner_id == partner_id
    names = Counter(name for *_, name in rows if name)
    assert {"VDAB", "GTB", "ZORA Werkt"} <= set(names)
    assert any(name.startswith("OCMW ") for name in names)


def test_timeline_consents_and_work_exits(db: Database) -> None:
    kinds = Counter(kind for (kind,) in _rows(db, "SELECT kind FROM timeline_entry"))
    assert {"note", "contact", "referral", "decision", "status"} <= set(kinds)
    notes = kinds["note"] + kinds["contact"] + kinds["referral"]
    assert N <= notes <= 4 * N
    outside = _scalar(
        db,
        """SELECT count(*) FROM timeline_entry t JOIN dossier d ON d.id = t.dossier_id
            WHERE date(t.occurred_at) < d.opened_on
               OR (d.closed_on IS NOT NULL AND date(t.occurred_at) > d.closed_on)""",
    )
    assert outside == 0
    consented = _scalar(db, "SELECT count(DISTINCT dossier_id) FROM consent")
    assert consented > 0.8 * N
    for given, until in _rows(db, "SELECT given_on, valid_until FROM consent"):
        assert date.fromisoformat(until).year == date.fromisoformat(given).year + 2
    at_work = {
        d
        for (d,) in _rows(
            db,
            """SELECT id FROM dossier WHERE status_code = 'aan_het_werk'
                                          OR closing_reason_code = 'werk'""",
        )
    }
    with_exit = {d for (d,) in _rows(db, "SELECT dossier_id FROM work_exit")}
    assert at_work <= with_exit
    contract_codes = {c for (c,) in _rows(db, "SELECT code FROM contract_type")}
    exits = _rows(
        db, "SELECT contract_type_code, started_on, followup_6m_on, still_working_6m FROM work_exit"
    )
    assert {code for code, *_ in exits} <= contract_codes | {None}
    assert any(f6 for _, _, f6, _ in exits)
    for _code, started, f6, working in exits:
        if f6:
            assert (date.fromisoformat(f6) - date.fromisoformat(started)).days >= 182
            assert working in (0, 1)


def test_partners_employers_and_kbo_numbers(db: Database) -> None:
    partners = _rows(db, "SELECT name, partner_type_code, kbo_number, inclusive_as FROM partner")
    names = {p[0] for p in partners}
    for seed_name in (
        "I-Diverso",
        "VDAB",
        "Web",
        "VOKA - Kamer van Koophandel Mechelen-Kempen",
        "ACV",
        "ABVV",
        "Lidwina",
        "Agentschap Integratie en Inburgering",
        "Provincie Antwerpen",
        "Stad Turnhout",
        "Arktos",
        "Welzijnszorg Kempen",
        "Beweging.net",
        "ZORA Werkt",
        "GTB",
    ):
        assert seed_name in names
    employers = [p for p in partners if p[1] == "werkgever"]
    assert len(employers) >= 40
    inclusive = sum(1 for p in employers if p[3])
    assert 0.25 * len(employers) < inclusive < 0.75 * len(employers)
    kbos = [p[2] for p in partners if p[2]]
    assert len(kbos) >= 40 and len(set(kbos)) == len(kbos)
    assert all(is_valid_kbo(k) for k in kbos)
    per_partner = _rows(db, "SELECT partner_id, count(*) FROM contact_person GROUP BY partner_id")
    assert len(per_partner) == len(partners)
    assert all(1 <= count <= 6 for _, count in per_partner)


# -- meetings, actions, events ---------------------------------------------------------------


def test_meetings_agendas_and_action_points(db: Database) -> None:
    statuses = Counter(s for (s,) in _rows(db, "SELECT status FROM meeting"))
    assert statuses["gehouden"] > 10 and statuses["gepland"] >= 2 and statuses["geannuleerd"] == 2
    for reason, starts in _rows(
        db, "SELECT cancel_reason, starts_at FROM meeting WHERE status = 'geannuleerd'"
    ):
        assert "WSE Lokaal Partnerschap" in reason and starts < TODAY.isoformat()
    types = {t for (t,) in _rows(db, "SELECT meeting_type_code FROM meeting")}
    assert {
        "clientoverleg",
        "dossierbespreking",
        "thematisch_overleg",
        "stuurgroep",
        "netwerkmoment",
        "rondetafel",
    } <= types
    assert _scalar(db, "SELECT count(*) FROM meeting WHERE series_id IS NOT NULL") >= 20
    for status, starts in _rows(db, "SELECT status, starts_at FROM meeting"):
        assert (status == "gepland") == (starts >= TODAY.isoformat())
    held_items = _rows(
        db,
        """SELECT a.dossier_id, a.agreements, m.id, m.starts_at FROM agenda_item a
                                JOIN meeting m ON m.id = a.meeting_id
                               WHERE m.status = 'gehouden' AND a.dossier_id IS NOT NULL""",
    )
    assert held_items and all(agreements for _, agreements, _, _ in held_items)
    per_meeting = Counter(meeting for _, _, meeting, _ in held_items)
    assert max(per_meeting.values()) <= 12
    decisions = _rows(
        db, "SELECT dossier_id, meeting_id FROM timeline_entry WHERE kind = 'decision'"
    )
    assert sorted(decisions) == sorted((d, m) for d, _, m, _ in held_items)
    attendance = Counter(
        a
        for (a,) in _rows(
            db,
            """SELECT p.attendance FROM meeting_participant p
                                                    JOIN meeting m ON m.id = p.meeting_id
                                                   WHERE m.status = 'gehouden'""",
        )
    )
    assert attendance["aanwezig"] > attendance["verontschuldigd"] > 0
    overdue = _scalar(
        db,
        """SELECT count(*) FROM action_point WHERE deadline < :today
                              AND status IN ('open', 'bezig')""",
        today=TODAY.isoformat(),
    )
    assert overdue > 0
    assert _scalar(db, "SELECT count(*) FROM action_point WHERE owner_is_regisseur") > 0
    assert (
        _scalar(
            db,
            "SELECT count(*) FROM action_point WHERE status = 'afgerond' AND completed_on IS NULL",
        )
        == 0
    )


def test_policy_actions_and_events(db: Database) -> None:
    actions = dict(_rows(db, "SELECT code, short_description FROM policy_action"))
    assert actions["5.2.4.11"] == "We hebben extra aandacht voor kansengroepen"
    row = _rows(
        db, "SELECT status, starts_on, wse_code FROM policy_action WHERE code = '5.2.4.11'"
    )[0]
    assert row == ("in_uitvoering", "2023-01-01", "WSE-LR2")  # a code of action_statuses
    assert {
        w for (w,) in _rows(db, "SELECT wse_code FROM policy_action WHERE wse_code IS NOT NULL")
    } == {
        "WSE-LR1",
        "WSE-LR2",
        "WSE-LR3",
        "WSE-LR4",
    }
    assert all(len(s) <= 100 for s in actions.values())
    events = _rows(db, "SELECT kind, title, location FROM event")
    titles = " | ".join(title for _, title, _ in events)
    assert "Oekraïners" in titles and "Jongeren en Werk" in titles and "industrie" in titles
    assert {"jobevent", "jobatelier", "jobdate", "popupwinkel"} <= {kind for kind, *_ in events}
    assert (
        _scalar(
            db,
            "SELECT count(*) FROM event e WHERE NOT EXISTS "
            "(SELECT 1 FROM event_partner x WHERE x.event_id = e.id)",
        )
        == 0
    )


# -- full-text search ------------------------------------------------------------------------


def _fts(db: Database, query: str) -> set[int]:
    return {
        n for (n,) in _rows(db, "SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH :q", q=query)
    }


def test_search_index_holds_every_dossier_with_all_its_notes(db: Database) -> None:
    expected_notes: dict[int, list[str]] = {}
    for num, situation in _rows(db, "SELECT num, situation FROM dossier"):
        expected_notes[num] = _tokens(situation)
    for num, title, body in _rows(
        db,
        """SELECT d.num, t.title, t.body FROM timeline_entry t
                                          JOIN dossier d ON d.id = t.dossier_id""",
    ):
        expected_notes[num] = sorted(expected_notes[num] + _tokens(f"{title} {body}"))
    indexed = _rows(db, "SELECT rowid, names, notes FROM dossier_fts")
    assert len(indexed) == N
    names = dict(
        _rows(
            db,
            """SELECT d.num, p.last_name || ' ' || p.first_name FROM dossier d
                               JOIN person p ON p.id = d.person_id""",
        )
    )
    for num, indexed_names, notes in indexed:
        assert indexed_names == names[num]
        assert _tokens(notes) == expected_notes[num], num


def test_search_finds_dossiers_by_surname_and_by_a_word_from_the_notes(db: Database) -> None:
    surnames = Counter(
        last
        for (last,) in _rows(
            db, "SELECT p.last_name FROM dossier d JOIN person p ON p.id = d.person_id"
        )
        if re.fullmatch(r"[A-Za-z]+", last)
    )
    surname = surnames.most_common(1)[0][0]
    expected = {
        n
        for (n,) in _rows(
            db,
            """SELECT d.num FROM dossier d JOIN person p ON p.id = d.person_id
                                           WHERE p.last_name = :s OR p.first_name = :s""",
            s=surname,
        )
    }
    assert _fts(db, f'names:"{surname}"') == expected

    notes: dict[int, str] = dict(_rows(db, "SELECT num, situation FROM dossier"))
    for num, title, body in _rows(
        db,
        """SELECT d.num, t.title, t.body FROM timeline_entry t
                                          JOIN dossier d ON d.id = t.dossier_id""",
    ):
        notes[num] += f" {title} {body}"
    for word in ("logistiek", "GTB", "intakegesprek"):
        expected = {num for num, value in notes.items() if word.lower() in _tokens(value)}
        assert expected, word
        assert _fts(db, f'notes:"{word}"') == expected, word


# -- the ORM reads what the generator wrote ----------------------------------------------------


def test_orm_and_services_read_the_demo_rows(db: Database) -> None:
    with db.session() as session:
        dossier = session.scalars(select(Dossier).where(Dossier.num == 1)).one()
        assert isinstance(dossier.id, uuid.UUID) and dossier.id.version == 4
        assert isinstance(dossier.opened_on, date)
        assert isinstance(dossier.created_at, datetime)
        assert dossier.person.last_name
        assert dossier.status_history[0].to_code == workflow.AANGEMELD
        assert dossier.status_history[-1].to_code == dossier.status_code
        assert dossier.target_groups
        dossier_id = dossier.id
    detail = Workspace(db).dossiers.get(dossier_id)
    assert detail.num == 1 and detail.timeline


# -- reproducibility ---------------------------------------------------------------------------


def _fingerprint(db: Database) -> str:
    rows = _rows(
        db,
        """SELECT d.num, d.id, p.last_name, p.first_name, p.insz, d.status_code, d.situation
                          FROM dossier d JOIN person p ON p.id = d.person_id ORDER BY d.num""",
    )
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def _names(db: Database) -> str:
    rows = _rows(
        db,
        """SELECT p.last_name, p.first_name FROM dossier d JOIN person p ON p.id = d.person_id
                         ORDER BY d.num""",
    )
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_same_seed_gives_the_same_data(db: Database, demo: tuple, tmp_path: Path) -> None:  # type: ignore[type-arg]
    again, summary = _generate(tmp_path / "again.db", seed=1)
    other, _ = _generate(tmp_path / "other.db", seed=2)
    try:
        assert summary == demo[1]
        assert _names(again) == _names(db)
        assert _fingerprint(again) == _fingerprint(db)
        assert _rows(
            again, "SELECT id, title, starts_at FROM meeting ORDER BY starts_at, id"
        ) == _rows(db, "SELECT id, title, starts_at FROM meeting ORDER BY starts_at, id")
        assert _names(other) != _names(db)
    finally:
        again.close()
        other.close()


def test_zero_dossiers_still_gives_partners_meetings_and_actions(tmp_path: Path) -> None:
    database, summary = _generate(tmp_path / "empty.db", dossiers=0)
    try:
        assert summary.dossiers == 0 and summary.persons == 0
        assert summary.partners > 0 and summary.meetings > 0 and summary.policy_actions > 0
        assert _rows(database, "PRAGMA foreign_key_check") == []
    finally:
        database.close()
