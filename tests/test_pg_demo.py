"""The tests of test_demo.py again, on a PostgreSQL demo (team mode, issue 19): the module's
demo is generated on the server, and a test that makes its own demo file gets a throwaway
server database for it (tests/pg_files.py).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from collections.abc import Iterator

import pytest

from kempen_desktop.services.common.database import Database, open_server_database
from kempen_desktop.services.demo import DemoSummary, generate_demo
from tests.pg_files import tmp_path_with_server_databases as tmp_path  # noqa: F401
from tests.test_demo import *
from tests.test_demo import TODAY, N

# SQLite's PRAGMA foreign_key_check / integrity_check: the server's counterpart is below
del test_database_is_marked_demo_and_consistent  # noqa: F821
# reads dossier_fts, SQLite's FTS5 index (PostgreSQL's search: tests/test_team_postgres.py)
del test_search_index_holds_every_dossier_with_all_its_notes  # noqa: F821
# queries dossier_fts with FTS5's MATCH syntax (PostgreSQL's search: test_team_postgres.py)
del test_search_finds_dossiers_by_surname_and_by_a_word_from_the_notes  # noqa: F821
# ends with SQLite's PRAGMA foreign_key_check: the server's counterpart is below
del test_zero_dossiers_still_gives_partners_meetings_and_actions  # noqa: F821
# pure INSZ/KBO helpers, no database: run as in test_demo.py
del test_insz_and_kbo_helpers  # noqa: F821


@pytest.fixture(scope="module")
def demo(pg_module_url: str) -> Iterator[tuple[Database, DemoSummary, list[tuple[str, int]]]]:
    """test_demo.py's module demo, generated on the server."""
    progress: list[tuple[str, int]] = []
    db = open_server_database(pg_module_url, mark_demo=True)
    summary = generate_demo(
        db, dossiers=N, seed=1, today=TODAY, progress=lambda s, p: progress.append((s, p))
    )
    yield db, summary, progress
    db.close()


def test_the_server_demo_is_marked_and_every_dossier_has_its_person(db: Database) -> None:
    """PostgreSQL checks foreign keys on every write; what is left to see is the mark and that
    no dossier lost its person."""
    assert db.is_demo
    with db.engine.connect() as connection:
        orphans = connection.exec_driver_sql(
            "SELECT count(*) FROM dossier d LEFT JOIN person p ON p.id = d.person_id "
            "WHERE p.id IS NULL"
        ).scalar()
    assert orphans == 0


def test_zero_dossiers_on_the_server_still_gives_partners_meetings_and_actions(
    pg_migrated_url: str,
) -> None:
    database = open_server_database(pg_migrated_url, mark_demo=True)
    try:
        summary = generate_demo(database, dossiers=0, seed=1, today=TODAY)
        assert summary.dossiers == 0 and summary.persons == 0
        assert summary.partners > 0 and summary.meetings > 0 and summary.policy_actions > 0
    finally:
        database.close()
