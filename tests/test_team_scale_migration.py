"""Migration 0017 (issue 19, team scale): PostgreSQL's search reads a table of terms.

The search must find exactly what it found before (the tsvector query over dossier_search),
keep following every change, stay behind the begeleider's row-level security, and leave
SQLite alone. Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.db.backends.postgres import tsquery
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.dossiers.dossier_list import search_matches
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.dossiers.search import search_words
from tests.test_team_access import (  # team, team_template: fixtures
    BEGELEIDER,
    Team,
    team,  # noqa: F401
    team_template,  # noqa: F401
)

# What to_tsquery() finds: the search as it was before 0017.
_TSVECTOR_SEARCH = text(
    "SELECT num FROM dossier_search "
    "WHERE document @@ to_tsquery('simple', kempen_unaccent(lower(:q)))"
)
_TERMS_DIFFER = text(
    "SELECT count(*) FROM ("
    " (SELECT term, num FROM dossier_search_term"
    "  EXCEPT SELECT lexeme, num FROM dossier_search, unnest(tsvector_to_array(document)) lexeme)"
    " UNION ALL"
    " (SELECT lexeme, num FROM dossier_search, unnest(tsvector_to_array(document)) lexeme"
    "  EXCEPT SELECT term, num FROM dossier_search_term)) AS differing"
)


def _found(database: Database, typed: str) -> tuple[frozenset[int], frozenset[int]]:
    """(what the app's search finds now, what the tsvector query finds) for `typed`."""
    with database.session() as session:
        now = search_matches(session, typed) or frozenset()
        words = search_words(typed)
        before = frozenset(session.scalars(_TSVECTOR_SEARCH, {"q": tsquery(words)}))
    return now, before


def _typed_strings(database: Database) -> list[str]:
    """Prefixes of every name, place and note word in the data, identifiers as typed."""
    with database.session() as session:
        rows = session.execute(
            text("SELECT names, identifiers, place, notes FROM dossier_search ORDER BY num")
        ).all()
    typed: set[str] = set()
    for names, identifiers, place, notes in rows:
        words = f"{names} {place} {notes}".split()
        for word in words[:12]:
            for length in (2, 3, 5):
                typed.add(word[:length])
        typed.update(identifiers.split())
        first_two = names.split()[:2]
        if len(first_two) == 2:
            typed.add(f"{first_two[0][:3]} {first_two[1][:2]}")
    insz = next(i for _n, ids, _p, _no in rows for i in ids.split() if len(i) == 11)
    typed |= {f"{insz[:2]}.{insz[2:4]}.{insz[4:6]}-{insz[6:9]}.{insz[9:]}", "ab_cd", "__"}
    typed |= {"zo\u00eb", "\u015fah", "PEE", "o'brien\\", "nee nee", "zzqq"}
    return sorted(typed)


def test_the_term_search_finds_exactly_what_the_tsvector_search_found(
    pg_database: Database,
) -> None:
    from kempen_desktop.services.demo import generate_demo

    generate_demo(pg_database, dossiers=120, seed=5, today=date(2026, 6, 30))
    dossiers = Workspace(pg_database).dossiers
    dossiers.create(DossierInput(last_name="\u015eahin", first_name="Zo\u00eb"))
    differing = []
    matched = 0
    for typed in _typed_strings(pg_database):
        now, before = _found(pg_database, typed)
        matched += bool(now)
        if now != before:
            differing.append((typed, len(now), len(before)))
    assert differing == []
    assert matched > 200  # the comparison is about searches that find something
    with pg_database.session() as session:
        assert session.scalar(_TERMS_DIFFER) == 0
        assert search_matches(session, "zo\u00eb")
        session.execute(text("DELETE FROM dossier_search_term"))  # rolled back below
        assert not search_matches(session, "zo\u00eb")  # the terms are what it reads
        assert search_matches(session, "zo\u00eb ab_cd") == _found(pg_database, "zoë ab_cd")[1]


def test_the_terms_follow_every_change_to_a_dossier(pg_database: Database) -> None:
    dossiers = Workspace(pg_database).dossiers
    dossier_id = dossiers.create(
        DossierInput(last_name="Vermeulen", first_name="Lotte", situation="Zoekt werk als kok")
    )
    num = dossiers.get(dossier_id).num

    def finds(typed: str) -> bool:
        now, before = _found(pg_database, typed)
        assert now == before
        return num in now

    assert finds("verm lo") and finds("kok")
    detail = dossiers.get(dossier_id)
    changed = replace(detail.data, last_name="Wouters", situation="Heftruckchauffeur")
    dossiers.save_edit(dossier_id, changed, expect_version=detail.version)
    assert finds("wout") and finds("heftr") and not finds("verm") and not finds("kok")
    dossiers.add_timeline_entry(dossier_id, "note", "Jobbeurs", "Sprak met Kringwinkel")
    assert finds("kringw") and finds("jobb")
    with pg_database.session() as session:
        assert session.scalar(_TERMS_DIFFER) == 0
    dossiers.delete(dossier_id)
    with pg_database.session() as session:
        left = session.scalar(
            text("SELECT count(*) FROM dossier_search_term WHERE num = :n"), {"n": num}
        )
    assert left == 0


def test_migration_0017_fills_the_terms_of_existing_rows_and_goes_back(
    pg_database: Database,
) -> None:
    from alembic import command

    from kempen_desktop.db.migrate import alembic_config

    dossiers = Workspace(pg_database).dossiers
    dossiers.create(DossierInput(last_name="Claes", first_name="Noor", situation="Lasser"))

    def run(step: Any, revision: str) -> None:
        config = alembic_config()
        with pg_database.engine.begin() as connection:
            config.attributes["connection"] = connection
            step(config, revision)

    run(command.downgrade, "0016")
    with pg_database.session() as session:
        assert session.scalar(text("SELECT to_regclass('dossier_search_term')")) is None
    dossiers.create(DossierInput(last_name="Janssens", first_name="Bram"))  # no terms yet
    run(command.upgrade, "0017")
    with pg_database.session() as session:
        assert session.scalar(_TERMS_DIFFER) == 0
        fastupdate = session.scalar(
            text("SELECT reloptions FROM pg_class WHERE relname = 'ix_dossier_search_document'")
        )
    assert fastupdate == ["fastupdate=off"]
    assert _found(pg_database, "jans br")[0] and _found(pg_database, "lass")[0]


def test_sqlite_is_left_alone(tmp_path: Path) -> None:
    database = open_database(tmp_path / "k.db")
    try:
        with database.session() as session:
            tables = set(
                session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
            )
            assert session.scalar(text("SELECT version_num FROM alembic_version")) == "0017"
        assert "dossier_search_term" not in tables and "dossier_fts" in tables
    finally:
        database.close()


def test_a_begeleider_reads_only_the_terms_of_its_own_dossiers(team: Team) -> None:  # noqa: F811
    from kempen_desktop.services.common.database import open_server_database

    allowed = {team.nums["own"], team.nums["via_counsellor"]}
    with team.connect(BEGELEIDER) as connection:
        seen = {row[0] for row in connection.execute("SELECT num FROM dossier_search_term")}
        assert seen == allowed
    with team.connect("postgres") as owner:
        everyone = {row[0] for row in owner.execute("SELECT num FROM dossier_search_term")}
    assert everyone == set(team.nums.values())
    database = open_server_database(team.url_as(BEGELEIDER))
    try:
        with database.session() as session:
            for typed in ("pe", "ma", "no", "ve", "ja"):
                assert (search_matches(session, typed) or frozenset()) <= allowed
    finally:
        database.close()
