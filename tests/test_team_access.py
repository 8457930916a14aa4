"""Team mode's users and access, enforced by PostgreSQL itself (issue 19).

Against the throwaway cluster of tests/pg.py (trust authentication on its Unix socket, so a
test connects as any login role by name). Four dossiers, two partners:

* ``own``: VDAB follows it as responsible partner and holds a valid consent;
* ``via_counsellor``: no responsible partner, the counsellor works for VDAB, VDAB has consent;
* ``no_consent``: VDAB is responsible, but no consent for VDAB;
* ``other``: OCMW's, with OCMW's consent.

VDAB's begeleider sees exactly ``own`` and ``via_counsellor``, whatever SQL it writes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.db.backends.postgres_access import scram_verifier
from kempen_desktop.db.models import (
    ActionPoint,
    AgendaItem,
    Consent,
    ContactPerson,
    Meeting,
    MeetingParticipant,
    Partner,
)
from kempen_desktop.services.common.database import Database, open_server_database
from kempen_desktop.services.dossiers.dossier_list import DossierFilter
from kempen_desktop.services.dossiers.dossiers import DossierInput
from tests.pg import Cluster

BEGELEIDER, REGISSEUR, LEZER = "tl_begeleider_vdab", "tl_regisseur", "tl_lezer"
TODAY = date.today()


@dataclass
class Team:
    url: str  # as the owner (the cluster's superuser)
    nums: dict[str, int]
    ids: dict[str, uuid.UUID]
    vdab: uuid.UUID
    ocmw: uuid.UUID

    def url_as(self, role: str) -> str:
        return self.url.replace("://postgres@", f"://{role}@", 1)

    def connect(self, role: str) -> Any:
        """A plain psycopg connection as `role`: hand-written SQL, no app in between."""
        import psycopg

        url = make_url(self.url_as(role))
        return psycopg.connect(
            host=url.query["host"], user=role, dbname=url.database, autocommit=True
        )


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _user_url(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def _fill(database: Database) -> tuple[dict[str, int], dict[str, uuid.UUID], uuid.UUID, uuid.UUID]:
    with database.transaction() as session:
        vdab = Partner(name="VDAB Turnhout", partner_type_code="vdab")
        ocmw = Partner(name="OCMW Geel", partner_type_code="ocmw")
        counsellor = ContactPerson(first_name="Sofie", last_name="Wouters")
        vdab.contacts.append(counsellor)
        session.add_all([vdab, ocmw])
        session.flush()
        vdab_id, ocmw_id, counsellor_id = vdab.id, ocmw.id, counsellor.id
    dossiers = Workspace(database).dossiers
    people = {
        "own": ("Peeters", "Jan", "85073003328", {"responsible_partner_id": vdab_id}),
        "via_counsellor": (
            "Maes",
            "Ella",
            "",
            {"counsellor_id": counsellor_id},
        ),
        "no_consent": ("Claes", "Tom", "", {"responsible_partner_id": vdab_id}),
        "other": ("Geheim", "Gert", "90020101219", {"responsible_partner_id": ocmw_id}),
    }
    ids = {
        key: dossiers.create(DossierInput(last_name=last, first_name=first, insz=insz, **more))  # type: ignore[arg-type]
        for key, (last, first, insz, more) in people.items()
    }
    for key, dossier_id in ids.items():
        dossiers.add_note(dossier_id, "note", f"Notitie {key}", "vertrouwelijk")
    consents = {"own": vdab_id, "via_counsellor": vdab_id, "other": ocmw_id}
    with database.transaction() as session:
        for key, partner_id in consents.items():
            session.add(
                Consent(
                    dossier_id=ids[key],
                    partner_id=partner_id,
                    purpose="trajectbegeleiding",
                    given_on=TODAY - timedelta(days=30),
                )
            )
    _meetings(database, ids, vdab_id, ocmw_id)
    nums = {key: dossiers.num_for(dossier_id) or 0 for key, dossier_id in ids.items()}
    return nums, ids, vdab_id, ocmw_id


def _meetings(
    database: Database, ids: dict[str, uuid.UUID], vdab: uuid.UUID, ocmw: uuid.UUID
) -> None:
    """A client meeting VDAB sits at (its dossier, OCMW's dossier, a free item, action
    points) and one OCMW holds alone."""
    at = datetime(2026, 3, 2, 9, 30)
    with database.transaction() as session:
        shared = Meeting(meeting_type_code="clientoverleg", title="Met VDAB", starts_at=at)
        shared.participants.append(MeetingParticipant(partner_id=vdab))
        shared.participants.append(MeetingParticipant(partner_id=ocmw))
        shared.agenda += [
            AgendaItem(position=1, title="Item own", dossier_id=ids["own"]),
            AgendaItem(position=2, title="Item other", dossier_id=ids["other"]),
            AgendaItem(position=3, title="Item vrij"),
        ]
        shared.action_points += [
            ActionPoint(description="Actie own", dossier_id=ids["own"]),
            ActionPoint(
                description="Actie no_consent",
                dossier_id=ids["no_consent"],
                owner_partner_id=vdab,
            ),
            ActionPoint(description="Actie vrij", owner_partner_id=vdab),
        ]
        alone = Meeting(meeting_type_code="clientoverleg", title="Zonder VDAB", starts_at=at)
        alone.participants.append(MeetingParticipant(partner_id=ocmw))
        alone.agenda.append(AgendaItem(position=1, title="Item alone"))
        alone.action_points.append(ActionPoint(description="Actie alone"))
        session.add_all([shared, alone])


@dataclass(frozen=True)
class _Template:
    name: str
    nums: dict[str, int]
    ids: dict[str, uuid.UUID]
    vdab: uuid.UUID
    ocmw: uuid.UUID


@pytest.fixture(scope="module")
def team_template(pg_cluster: Cluster, pg_template: str) -> Iterator[_Template]:
    """Filled, `team init` run and the three users added once; each test gets a copy
    (CREATE DATABASE ... TEMPLATE: roles are the cluster's, the rest is copied)."""
    name = f"{pg_cluster.new_database_name()}_team"
    pg_cluster.admin(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    url = pg_cluster.url(name)
    database = open_server_database(url)
    try:
        nums, ids, vdab, ocmw = _fill(database)
    finally:
        database.close()
    db = _user_url(url)
    assert main(["--db", db, "team", "init"]) == 0
    for argv in (
        (BEGELEIDER, "--role", "begeleider", "--partner", "VDAB Turnhout"),
        (REGISSEUR, "--role", "regisseur"),
        (LEZER, "--role", "lezer"),
    ):
        assert main(["--db", db, "team", "user", "add", *argv]) == 0
    yield _Template(name, nums, ids, vdab, ocmw)
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def team(pg_cluster: Cluster, team_template: _Template) -> Iterator[Team]:
    name = pg_cluster.new_database_name()
    pg_cluster.admin(f"CREATE DATABASE {name} TEMPLATE {team_template.name}")
    t = team_template
    yield Team(pg_cluster.url(name), t.nums, t.ids, t.vdab, t.ocmw)
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _nums(connection: Any, sql: str) -> set[int]:
    return {row[0] for row in connection.execute(sql).fetchall()}


def test_begeleider_cannot_read_another_partners_dossier_even_with_hand_written_sql(
    team: Team,
) -> None:
    allowed = {team.nums["own"], team.nums["via_counsellor"]}
    with team.connect(BEGELEIDER) as connection:
        assert _nums(connection, "SELECT num FROM dossier") == allowed
        assert _nums(connection, "SELECT num FROM dossier_search") == allowed
        names = {row[0] for row in connection.execute("SELECT last_name FROM person")}
        assert names == {"Peeters", "Maes"}
        assert connection.execute(
            "SELECT count(*) FROM person WHERE insz = '90020101219'"
        ).fetchone() == (0,)
        notes = connection.execute("SELECT title FROM timeline_entry").fetchall()
        assert sorted(t for (t,) in notes) == ["Notitie own", "Notitie via_counsellor"]
        assert connection.execute("SELECT count(*) FROM status_change").fetchone()[0] == 2
        consents = connection.execute("SELECT DISTINCT partner_id FROM consent").fetchall()
        assert consents == [(team.vdab,)]  # never another partner's consent
        other = team.nums["other"]
        changed = connection.execute(f"UPDATE dossier SET situation = 'x' WHERE num = {other}")
        assert changed.rowcount == 0
        gone = connection.execute(
            "DELETE FROM timeline_entry WHERE dossier_id = %s", (team.ids["other"],)
        )
        assert gone.rowcount == 0
        mine = connection.execute(
            "UPDATE dossier SET situation = 'Zoekt werk als heftruckchauffeur' WHERE num = %s",
            (team.nums["own"],),
        )
        assert mine.rowcount == 1
    with team.connect("postgres") as owner:
        assert owner.execute("SELECT count(*) FROM dossier").fetchone() == (4,)
        assert owner.execute(
            "SELECT count(*) FROM timeline_entry WHERE dossier_id = %s", (team.ids["other"],)
        ).fetchone() == (1,)  # the note is still there


def test_begeleider_cannot_hand_a_dossier_to_another_partner_or_create_one(team: Team) -> None:
    import psycopg

    with team.connect(BEGELEIDER) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "UPDATE dossier SET responsible_partner_id = %s, counsellor_id = NULL "
                "WHERE num = %s",
                (team.ocmw, team.nums["own"]),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO team_member VALUES ('x', NULL)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("CREATE FUNCTION kempen_team_partner(x int) RETURNS int "
                               "LANGUAGE sql AS 'SELECT 1'")  # fmt: skip
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("SET ROLE kempen_regisseur")
        connection.execute("SET ROLE kempen_begeleider")  # the group itself has no partner
        assert connection.execute("SELECT count(*) FROM dossier").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO consent (id, dossier_id, partner_id, purpose, given_on, method, "
                "note, created_at, updated_at) VALUES (gen_random_uuid(), %s, %s, 'x', "
                "CURRENT_DATE, 'x', '', now(), now())",
                (team.ids["no_consent"], team.vdab),
            )


def test_begeleider_sees_its_meetings_and_only_the_items_it_may(team: Team) -> None:
    with team.connect(BEGELEIDER) as connection:
        titles = connection.execute("SELECT title FROM meeting").fetchall()
        assert titles == [("Met VDAB",)]
        items = {t for (t,) in connection.execute("SELECT title FROM agenda_item")}
        assert items == {"Item own", "Item vrij"}
        actions = {t for (t,) in connection.execute("SELECT description FROM action_point")}
        assert actions == {"Actie own", "Actie vrij"}
        changed = connection.execute("UPDATE action_point SET status = 'afgerond'")
        assert changed.rowcount == 2


def test_a_consent_alone_does_not_open_a_dossier_the_partner_does_not_follow(team: Team) -> None:
    import psycopg

    with team.connect("postgres") as owner:
        owner.execute(
            "INSERT INTO consent (id, dossier_id, partner_id, purpose, given_on, method, note, "
            "created_at, updated_at) VALUES (gen_random_uuid(), %s, %s, 'x', CURRENT_DATE, "
            "'schriftelijk', '', now(), now())",
            (team.ids["other"], team.vdab),
        )
    with team.connect(BEGELEIDER) as connection:
        assert team.nums["other"] not in _nums(connection, "SELECT num FROM dossier")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no note on it either
            connection.execute(
                "INSERT INTO timeline_entry (id, dossier_id, kind, occurred_at, title, body, "
                "author, created_at, updated_at) VALUES (gen_random_uuid(), %s, 'note', now(), "
                "'x', 'x', '', now(), now())",
                (team.ids["other"],),
            )


@pytest.mark.parametrize("change", ["withdrawn", "expired", "not_yet_given"])
def test_begeleider_loses_the_dossier_when_consent_ends(team: Team, change: str) -> None:
    own = team.nums["own"]
    with team.connect(BEGELEIDER) as connection:
        assert own in _nums(connection, "SELECT num FROM dossier")
    set_clause = {
        "withdrawn": "withdrawn_on = CURRENT_DATE",
        "expired": "valid_until = CURRENT_DATE - 1",
        "not_yet_given": "given_on = CURRENT_DATE + 1",
    }[change]
    with team.connect("postgres") as owner:
        owner.execute(f"UPDATE consent SET {set_clause} WHERE dossier_id = %s", (team.ids["own"],))
    with team.connect(BEGELEIDER) as connection:
        assert _nums(connection, "SELECT num FROM dossier") == {team.nums["via_counsellor"]}
        assert connection.execute(
            "SELECT count(*) FROM timeline_entry WHERE dossier_id = %s", (team.ids["own"],)
        ).fetchone() == (0,)


def test_lezer_reads_the_views_but_not_insz_or_notes(team: Team) -> None:
    import psycopg

    for sql in (
        "SELECT insz FROM person",
        "SELECT body FROM timeline_entry",
        "SELECT situation FROM dossier",
        "SELECT note FROM status_change",
        "SELECT notes FROM partner",
        "SELECT names FROM dossier_search",
    ):
        with (
            team.connect(LEZER) as connection,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            connection.execute(sql)
    with team.connect(LEZER) as connection:
        cursor = connection.execute("SELECT * FROM kempen_lezer_dossiers ORDER BY num")
        columns = [c.name for c in cursor.description]
        rows = cursor.fetchall()
        assert len(rows) == 4 and "insz" not in columns and "situation" not in columns
        assert not any("90020101219" in str(value) for row in rows for value in row)
        figures = connection.execute("SELECT sum(dossiers) FROM kempen_lezer_figures")
        assert figures.fetchone() == (4,)
        assert connection.execute("SELECT name FROM partner ORDER BY name").fetchall() == [
            ("OCMW Geel",),
            ("VDAB Turnhout",),
        ]


def test_regisseur_sees_all_and_works_through_the_app(team: Team) -> None:
    with team.connect(REGISSEUR) as connection:
        assert _nums(connection, "SELECT num FROM dossier") == set(team.nums.values())
        assert connection.execute("SELECT count(*) FROM kempen_lezer_dossiers").fetchone() == (4,)
    database = open_server_database(team.url_as(REGISSEUR))
    try:
        workspace = Workspace(database)
        new_id = workspace.dossiers.create(DossierInput(last_name="Nieuw", first_name="Nina"))
        assert workspace.dossiers.num_for(new_id) == max(team.nums.values()) + 1
        assert len(workspace.dossiers.find(DossierFilter())) == 5
    finally:
        database.close()


def test_the_regisseur_imports_undoes_reports_and_exports_without_owner_rights(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.import_helpers import make_insz, write_xlsx

    db = _user_url(team.url_as(REGISSEUR))
    rows = [
        [make_insz(date(1985, 7, 30), 41), 1234567, "Janssens", "Piet", "30/07/1985", "Markt 1"],
        ["", 7654321, "Şahin", "Zoë", "05/05/1990", "Kerkstraat 9"],
    ]
    header = ["INSZ", "Klantnummer", "Naam", "Voornaam", "Geboortedatum", "Straat"]
    listed = write_xlsx(tmp_path / "lijst.xlsx", rows, header=header)
    code, out, err = _cli(capsys, "--db", db, "import", str(listed), "--json")
    assert code == 0, err
    batch = json.loads(out)
    assert batch["created"] == 2
    pdf, xlsx = tmp_path / "rapport.pdf", tmp_path / "dossiers.xlsx"
    for argv in (
        ("report", "period", "--from", "2026-01-01", "--to", "2026-12-31", str(pdf)),
        ("export", "dossiers", str(xlsx)),
        ("import", "--undo", batch["batch"]),
    ):
        code, _out, err = _cli(capsys, "--db", db, *argv)
        assert code == 0, err
    assert pdf.stat().st_size > 0 and xlsx.stat().st_size > 0
    code, out, err = _cli(capsys, "--db", db, "stats", "--json")
    assert json.loads(out)["dossiers"] == 4


def test_the_app_as_begeleider_lists_only_the_allowed_dossiers(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    database = open_server_database(team.url_as(BEGELEIDER))
    try:
        workspace = Workspace(database)
        assert set(workspace.dossiers.find(DossierFilter())) == {
            team.nums["own"],
            team.nums["via_counsellor"],
        }
        detail = workspace.dossiers.get(team.ids["own"])
        assert detail is not None
        workspace.dossiers.add_note(team.ids["own"], "contact", "Gebeld", "Afspraak gemaakt")
    finally:
        database.close()
    code, out, err = _cli(
        capsys, "--db", _user_url(team.url_as(BEGELEIDER)), "dossiers", "list", "--json"
    )
    assert code == 0, err
    listed = {(r["number"], r["last_name"]) for r in json.loads(out)}
    assert listed == {(team.nums["own"], "Peeters"), (team.nums["via_counsellor"], "Maes")}


def test_the_begeleider_edits_its_own_dossier_through_the_app_and_never_reaches_another(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    from kempen_desktop.services.dossiers.dossiers import DossierNotFoundError

    database = open_server_database(team.url_as(BEGELEIDER))
    try:
        dossiers = Workspace(database).dossiers
        own = team.ids["own"]
        base = DossierInput(
            last_name="Peeters",
            first_name="Jan",
            insz="85073003328",
            responsible_partner_id=team.vdab,
        )
        edited = DossierInput(**{**base.__dict__, "phone": "014 12 34 56"})
        assert dossiers.save_edit(own, edited, base=base) >= 2
        dossiers.change_status(own, "intake")
        with pytest.raises(DossierNotFoundError):
            dossiers.get(team.ids["other"])
    finally:
        database.close()
    with team.connect("postgres") as owner:
        row = owner.execute(
            "SELECT p.phone, d.status_code, d.list_last_name FROM dossier d "
            "JOIN person p ON p.id = d.person_id WHERE d.id = %s",
            (team.ids["own"],),
        ).fetchone()
    assert row == ("014 12 34 56", "intake", "peeters")
    db = _user_url(team.url_as(BEGELEIDER))
    other = str(team.nums["other"])
    code, _out, err = _cli(capsys, "--db", db, "dossiers", "show", other, "--json")
    assert code == 2 and "Traceback" not in err


def test_the_app_as_lezer_says_in_dutch_that_it_has_no_access(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _cli(capsys, "--db", _user_url(team.url_as(LEZER)), "dossiers", "list")
    assert code == 2 and out == ""
    assert "geen toegang" in err and "Traceback" not in err


def test_audit_names_the_connected_user_and_is_append_only(team: Team) -> None:
    import psycopg

    def audit_ids() -> set[uuid.UUID]:
        with team.connect("postgres") as owner:
            return {i for (i,) in owner.execute("SELECT id FROM audit_entry")}

    before = audit_ids()
    database = open_server_database(team.url_as(BEGELEIDER))
    try:  # the app writes its OS login name; the server puts the role in its place
        Workspace(database).dossiers.add_note(team.ids["own"], "contact", "Gebeld", "Ja")
    finally:
        database.close()
    with team.connect(BEGELEIDER) as connection:  # nor can hand-written SQL name another
        connection.execute(
            'INSERT INTO audit_entry (id, at, "user", action, entity, entity_id, detail) '
            "VALUES (gen_random_uuid(), now(), 'tl_regisseur', 'vervalst', '', '', '')"
        )
    new = audit_ids() - before
    with team.connect("postgres") as owner:
        rows = owner.execute(
            'SELECT "user", action FROM audit_entry WHERE id = ANY(%s)', (list(new),)
        ).fetchall()
    assert len(rows) >= 2 and {user for user, _action in rows} == {BEGELEIDER}
    assert "vervalst" in {action for _user, action in rows}
    for role in (BEGELEIDER, REGISSEUR, LEZER):
        for sql in ("UPDATE audit_entry SET detail = 'x'", "DELETE FROM audit_entry"):
            with (
                team.connect(role) as connection,
                pytest.raises(psycopg.errors.InsufficientPrivilege),
            ):
                connection.execute(sql)
    with team.connect(REGISSEUR) as connection:  # the regisseur reads the whole log
        assert (
            connection.execute(
                'SELECT count(*) FROM audit_entry WHERE "user" = %s', (BEGELEIDER,)
            ).fetchone()[0]
            >= 2
        )


def test_team_init_twice_is_fine(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(capsys, "--db", _user_url(team.url), "team", "init")
    assert code == 0, err
    assert "Teammodus ingesteld" in out
    import psycopg

    with team.connect("postgres") as owner:  # as a later migration would add a table
        owner.execute("CREATE TABLE later_table (id integer)")
    with team.connect(REGISSEUR) as connection:
        assert connection.execute("SELECT count(*) FROM later_table").fetchone() == (0,)
    with (
        team.connect(BEGELEIDER) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute("SELECT count(*) FROM later_table")
    with team.connect(BEGELEIDER) as connection:
        assert _nums(connection, "SELECT num FROM dossier") == {
            team.nums["own"],
            team.nums["via_counsellor"],
        }


def test_team_user_add_refuses_what_does_not_fit(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _user_url(team.url)

    def refused(*argv: str) -> str:
        code, _out, err = _cli(capsys, "--db", db, "team", "user", "add", *argv)
        assert code == 2
        assert err.startswith("kempen: ") and "Traceback" not in err
        return err

    assert "--partner" in refused("tl_x", "--role", "begeleider")
    assert "Alleen een begeleider" in refused("tl_x", "--role", "lezer", "--partner", "OCMW Geel")
    close = refused("tl_x", "--role", "begeleider", "--partner", "VDAB Turnhou")
    assert "Geen partner met de naam 'VDAB Turnhou'" in close and "VDAB Turnhout" in close
    assert "Ongeldige gebruikersnaam" in refused("pg_signal", "--role", "lezer")
    assert "groepsrol" in refused("kempen_lezer", "--role", "lezer")
    assert "beheerder" in refused("postgres", "--role", "lezer")
    code, _out, err = _cli(capsys, "--db", "/tmp/kempen.db", "team", "init")
    assert code == 2 and "PostgreSQL" in err
    with team.connect("postgres") as owner:
        assert owner.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'tl_x'").fetchone() == (
            0,
        )


def test_team_commands_by_an_app_user_say_who_may_run_them(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _user_url(team.url_as(REGISSEUR))
    for argv in (("team", "init"), ("team", "user", "add", "tl_y", "--role", "lezer")):
        code, _out, err = _cli(capsys, "--db", db, *argv)
        assert code == 2 and "CREATEROLE" in err and "Traceback" not in err
    with team.connect("postgres") as owner:
        made = owner.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'tl_y'")
        assert made.fetchone() == (0,)


def test_team_user_add_again_moves_the_user_to_the_new_role(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _user_url(team.url)
    add = ("team", "user", "add", "tl_wissel")
    code, out, err = _cli(
        capsys, "--db", db, *add, "--role", "begeleider", "--partner", "vdab turnhout"
    )
    assert code == 0 and "aangemaakt als begeleider voor partner VDAB Turnhout" in out, err
    with team.connect("tl_wissel") as connection:
        assert len(_nums(connection, "SELECT num FROM dossier")) == 2
    code, out, err = _cli(capsys, "--db", db, *add, "--role", "lezer")
    assert code == 0 and "bestond al" in out, err
    with team.connect("postgres") as owner:
        groups = owner.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'tl_wissel'"
        ).fetchall()
        assert groups == [("kempen_lezer",)]
        partner = owner.execute("SELECT partner_id FROM team_member WHERE role_name = 'tl_wissel'")
        assert partner.fetchall() == [(None,)]


def test_team_user_add_before_team_init_says_what_to_do(
    pg_migrated_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _out, err = _cli(
        capsys,
        "--db",
        _user_url(pg_migrated_url),
        "team",
        "user",
        "add",
        "tl_vroeg",
        "--role",
        "lezer",
    )
    assert code == 2 and "kempen team init" in err


def test_a_password_reaches_the_server_only_as_a_scram_verifier_and_logs_in(
    team: Team,
    pg_cluster: Cluster,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    import psycopg

    monkeypatch.setattr("sys.stdin", io.StringIO("Zomer2026!\n"))
    code, out, err = _cli(
        capsys,
        "--db",
        _user_url(team.url),
        "team",
        "user",
        "add",
        "tl_met_wachtwoord",
        "--role",
        "regisseur",
        "--password-stdin",
    )
    assert code == 0, err
    assert "tl_met_wachtwoord" in out and "regisseur" in out
    with team.connect("postgres") as owner:
        stored = owner.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = 'tl_met_wachtwoord'"
        ).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$4096:") and "Zomer2026" not in stored
    # The cluster trusts its socket; for this role alone, ask the password (first line wins).
    hba = pg_cluster.folder / "data" / "pg_hba.conf"
    rule = "local all tl_met_wachtwoord scram-sha-256\n"
    if rule not in hba.read_text():
        hba.write_text(rule + hba.read_text())
    with team.connect("postgres") as owner:
        owner.execute("SELECT pg_reload_conf()")
    url = make_url(team.url)
    login = {"host": url.query["host"], "user": "tl_met_wachtwoord", "dbname": url.database}
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(**login, password="Winter2026!").close()
    with psycopg.connect(**login, password="Zomer2026!") as connection:
        assert connection.execute("SELECT current_user").fetchone() == ("tl_met_wachtwoord",)


def test_scram_verifier_matches_rfc_7677() -> None:
    """The server signature of RFC 7677's example exchange, from our verifier's ServerKey."""
    salt = base64.b64decode("W22ZaJ0SNY7soEsUEjb6gQ==")
    verifier = scram_verifier("pencil", salt=salt)
    server_key = base64.b64decode(verifier.rsplit(":", 1)[1])
    nonce = "rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0"
    auth_message = (
        f"n=user,r=rOprNGfwEbeRWgbNEkqO,r={nonce},s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,"
        f"c=biws,r={nonce}"
    )
    signature = hmac.new(server_key, auth_message.encode(), hashlib.sha256).digest()
    assert base64.b64encode(signature).decode() == "6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="


def test_the_password_comes_from_stdin_the_environment_or_nowhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import argparse
    import io

    from kempen_desktop.commands.common import CliError
    from kempen_desktop.commands.team import PASSWORD_ENV_VAR, _password

    args = argparse.Namespace(name="tl_x", password_stdin=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: never asks
    monkeypatch.delenv(PASSWORD_ENV_VAR, raising=False)
    assert _password(args) is None  # the organisation's own authentication
    monkeypatch.setenv(PASSWORD_ENV_VAR, "Lente2026!")
    assert _password(args) == "Lente2026!"
    args.password_stdin = True
    monkeypatch.setattr("sys.stdin", io.StringIO("Herfst 2026\n"))
    assert _password(args) == "Herfst 2026"
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    with pytest.raises(CliError, match="Geen wachtwoord"):
        _password(args)
