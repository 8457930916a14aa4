"""Team mode on PostgreSQL (issue 19): one Alembic history, the search, the command line.

Runs against the throwaway cluster of tests/pg.py (skipped without PostgreSQL, required in
CI). The service tests that also run here live in tests/test_pg_*.py.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.db.backend import Backend, is_server_url, server_url, shown_url
from kempen_desktop.db.migrate import SCHEMA_HEAD, current_revision
from kempen_desktop.domain.sorting import sort_key
from kempen_desktop.services.common.database import Database, DatabaseOpenError
from kempen_desktop.services.dossiers.dossier_list import (
    SORT_KEYS,
    DossierFilter,
    find_dossier_nums,
)
from kempen_desktop.services.dossiers.dossiers import DossierInput
from tests.import_helpers import make_insz, write_xlsx


@pytest.fixture
def database(database_on_both_backends: Database) -> Database:
    """Once on SQLite, once on PostgreSQL."""
    return database_on_both_backends


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _user_url(pg_url: str) -> str:
    """The URL as a user types it: postgresql://, not SQLAlchemy's driver name."""
    return pg_url.replace("postgresql+psycopg://", "postgresql://")


def test_server_urls_are_told_apart_from_file_paths() -> None:
    assert is_server_url("postgresql://kempen@db.kempen.local:5432/kempen")
    assert is_server_url("postgres://u@h/k") and is_server_url("postgresql+psycopg://u@h/k")
    assert not is_server_url("/home/an/kempen.db") and not is_server_url("C:\\kempen.db")
    assert not is_server_url("sqlite:///x.db")
    url = server_url("postgresql://an:geheim@db:5432/kempen")
    assert url.drivername == "postgresql+psycopg"
    assert "geheim" not in shown_url(url) and shown_url(url).startswith("postgresql://an:")


def test_every_migration_runs_on_postgresql(pg_url: str) -> None:
    from kempen_desktop.services.common.database import open_server_database

    opened = open_server_database(pg_url)
    try:
        assert opened.backend is Backend.POSTGRESQL
        assert current_revision(opened.engine) == SCHEMA_HEAD
        assert opened.migration.backup_path is None  # the server's IT backs it up
        assert "geheim" not in opened.location
        with opened.session() as session:
            assert session.execute(text("SELECT count(*) FROM target_group")).scalar()
    finally:
        opened.close()
    again = open_server_database(pg_url)  # at head: opens without migrating
    again.close()
    assert again.migration.from_revision == SCHEMA_HEAD


def test_an_unreachable_server_is_one_dutch_line(tmp_path: object) -> None:
    from kempen_desktop.services.common.database import open_server_database

    with pytest.raises(DatabaseOpenError) as caught:
        open_server_database(f"postgresql://nobody@/kempen?host={tmp_path}")
    assert "Kan de server-database" in str(caught.value)


def _person(last: str, first: str, **more: object) -> DossierInput:
    return DossierInput(last_name=last, first_name=first, **more)  # type: ignore[arg-type]


def _search(database: Database, words: str) -> list[int]:
    with database.session() as session:
        return find_dossier_nums(session, DossierFilter(text=words))


def test_search_ignores_accents_and_case_and_matches_prefixes(database: Database) -> None:
    dossiers = Workspace(database).dossiers
    first = dossiers.create(_person("Şahin", "Zoë", situation="zoekt werk als heftruckchauffeur"))
    second = dossiers.create(_person("Peeters", "Jan", insz="85.07.30-033.28"))
    num = {dossiers.get(first).num: "sahin", dossiers.get(second).num: "peeters"}
    assert [num[n] for n in _search(database, "sahin zoe")] == ["sahin"]
    assert [num[n] for n in _search(database, "ŞAH")] == ["sahin"]
    assert [num[n] for n in _search(database, "heftruck")] == ["sahin"]
    assert [num[n] for n in _search(database, "jan pee")] == ["peeters"]
    assert [num[n] for n in _search(database, "85.07.30-033.28")] == ["peeters"]
    assert _search(database, 'pee" OR (x') == [] or num[_search(database, "pee")[0]] == "peeters"
    dossiers.update(second, _person("Peeters", "Janneke", insz="85.07.30-033.28"))
    assert [num[n] for n in _search(database, "janneke")] == ["peeters"]


def test_list_sorts_names_the_dutch_way(database: Database) -> None:
    dossiers = Workspace(database).dossiers
    names = ["Van den Broeck", "Öztürk", "de Smet", "Zeger", "Desmet", "Aerts"]
    for name in names:
        dossiers.create(_person(name, "X"))
    with database.session() as session:
        keys = session.execute(
            text("SELECT list_last_name FROM dossier ORDER BY list_last_name, num")
        ).scalars()
        assert list(keys) == sorted(sort_key(name) for name in names)


def test_cli_init_demo_stats_and_list_on_a_server(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _user_url(pg_url)
    code, out, err = _cli(capsys, "--db", url, "init")
    assert code == 0, err
    assert out.startswith("Database klaar: postgresql://")
    code, out, err = _cli(capsys, "--db", url, "demo", "--dossiers", "200")
    assert code == 0, err
    assert "200 dossiers" in out
    code, out, err = _cli(capsys, "--db", url, "stats", "--json")
    assert code == 0, err
    assert json.loads(out)["dossiers"] == 200
    code, out, err = _cli(capsys, "--db", url, "dossiers", "list")
    assert code == 0, err
    assert "200 dossier(s)" in out


def test_cli_reads_the_server_from_kempen_db(
    pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KEMPEN_DB", _user_url(pg_url))
    code, out, err = _cli(capsys, "init")
    assert code == 0, err
    assert "postgresql://" in out


def test_cli_demo_refuses_a_server_with_real_dossiers(
    pg_database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    Workspace(pg_database).dossiers.create(_person("Peeters", "Jan", follow_up_on=date.today()))
    assert pg_database.url is not None
    url = pg_database.url.render_as_string(hide_password=False)
    code, _out, err = _cli(capsys, "--db", url, "demo", "--dossiers", "5")
    assert code == 2
    assert "echte dossiers" in err
    with pg_database.session() as session:
        assert session.execute(text("SELECT count(*) FROM dossier")).scalar() == 1


def test_cli_import_undo_and_period_report_on_a_server(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _user_url(pg_url)
    rows = [
        [make_insz(date(1985, 7, 30)), 1234567, "Peeters", "Jan", "30/07/1985", "Markt 1"],
        ["", 7654321, "Şahin", "Zoë", "05/05/1990", "Kerkstraat 9"],
    ]
    header = ["INSZ", "Klantnummer", "Naam", "Voornaam", "Geboortedatum", "Straat"]
    listed = write_xlsx(tmp_path / "lijst.xlsx", rows, header=header)
    code, out, err = _cli(capsys, "--db", url, "import", str(listed), "--json")
    assert code == 0, err
    batch = json.loads(out)
    assert batch["created"] == 2
    code, out, err = _cli(capsys, "--db", url, "import", str(listed), "--json")
    assert code == 0, err
    assert json.loads(out)["unchanged"] == 2  # matched again, by INSZ and by birth date
    code, out, err = _cli(capsys, "--db", url, "dossiers", "list", "--search", "sahin")
    assert code == 0, err
    assert "Şahin" in out
    pdf = tmp_path / "rapport.pdf"
    code, _out, err = _cli(
        capsys, "--db", url, "report", "period", "--from", "2025-01-01", "--to", "2025-06-30",
        str(pdf),
    )  # fmt: skip
    assert code == 0, err
    assert pdf.stat().st_size > 0
    code, out, err = _cli(capsys, "--db", url, "import", "--undo", batch["batch"])
    assert code == 0, err
    code, out, err = _cli(capsys, "--db", url, "stats", "--json")
    assert json.loads(out)["dossiers"] == 0


def test_a_server_database_has_no_local_backups(pg_database: Database) -> None:
    from kempen_desktop.app.opening import is_server_location, open_server_workspace
    from kempen_desktop.services.trust.backups import BackupError, make_backup, safety_backup

    assert safety_backup(pg_database, "import") is None
    with pytest.raises(BackupError, match="IT-dienst"):
        make_backup(pg_database, "handmatig")
    assert not pg_database.path.exists()  # nothing written beside the app
    assert pg_database.url is not None
    url = pg_database.url.render_as_string(hide_password=False)
    assert is_server_location(url) and not is_server_location(str(pg_database.path))
    workspace = open_server_workspace(url)
    try:
        assert workspace.reports.stats().as_dict()["dossiers"] == 0
    finally:
        workspace.close()


def test_cli_check_and_backup_leave_a_server_to_its_administrators(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _user_url(pg_url)
    assert _cli(capsys, "--db", url, "init")[0] == 0
    code, _out, err = _cli(capsys, "--db", url, "check")
    assert code == 0, err
    code, _out, err = _cli(capsys, "--db", url, "backup")
    assert code == 2
    assert "IT-dienst" in err and err.count("\n") == 1


def test_the_backend_search_is_one_statement_for_both_backends(database: Database) -> None:
    from sqlalchemy import select

    from kempen_desktop.db import backends
    from kempen_desktop.db.models import Dossier

    dossiers = Workspace(database).dossiers
    sahin = dossiers.get(dossiers.create(_person("Şahin", "Zoë"))).num
    peeters = dossiers.get(dossiers.create(_person("Peeters", "Jan"))).num

    def found(*words: str) -> list[int]:
        statement = select(Dossier.num).where(Dossier.num.in_(backends.matching_nums(words)))
        with database.session() as session:
            return list(session.scalars(statement.order_by(Dossier.num)))

    # the same compiled statement (cached) with other words finds other dossiers
    assert found("sah", "zo") == [sahin]
    assert found("PEE") == [peeters]
    assert found("o'brien\\", "'") == []  # quotes and backslashes cannot break the query


def test_the_same_demo_gives_the_same_figures_on_both_backends(
    tmp_path: Path, pg_database: Database
) -> None:
    """The demo generator writes the same rows on both backends (one seed, one day): every
    count, tile and sorted list must agree, whatever SQL each backend runs."""
    from kempen_desktop.services.common.database import open_database
    from kempen_desktop.services.demo import generate_demo

    sqlite = open_database(tmp_path / "k.db")
    day, start, end = date(2026, 6, 30), date(2026, 1, 1), date(2026, 6, 30)
    seen = []
    try:
        for database in (sqlite, pg_database):
            generate_demo(database, dossiers=120, seed=7, today=day)
            workspace = Workspace(database)
            board = workspace.reports.dashboard(start, end, today=day)
            with database.session() as session:
                order = [
                    find_dossier_nums(session, DossierFilter(), key, today=day) for key in SORT_KEYS
                ]
            seen.append(
                (
                    workspace.reports.stats(today=day).as_dict(),
                    [(tile.key, tile.value, tile.nums) for tile in board.tiles],
                    order,
                )
            )
    finally:
        sqlite.close()
    assert seen[0][0] == seen[1][0]
    assert seen[0][1] == seen[1][1]
    assert seen[0][2] == seen[1][2]
