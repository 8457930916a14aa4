"""tests/pg.py: without PostgreSQL the team-mode tests skip with the reason, in CI they fail."""

from __future__ import annotations

import pytest

from tests import pg


def test_without_postgresql_the_tests_skip_with_the_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pg, "postgres_bindir", lambda: None)
    for name in pg.REQUIRE_ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(pytest.skip.Exception, match="install Debian's `postgresql` package"):
        pg.start_cluster()


@pytest.mark.parametrize("variable", pg.REQUIRE_ENV_VARS)
def test_in_ci_a_missing_postgresql_fails(monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    monkeypatch.setattr(pg, "postgres_bindir", lambda: None)
    for name in pg.REQUIRE_ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(variable, "1")
    with pytest.raises(pytest.fail.Exception, match="PostgreSQL is required here"):
        pg.start_cluster()


def test_each_test_gets_its_own_migrated_database(
    pg_cluster: pg.Cluster, pg_database: object
) -> None:
    from sqlalchemy import text

    from kempen_desktop.db.migrate import SCHEMA_HEAD

    with pg_database.session() as session:  # type: ignore[attr-defined]
        name = session.execute(text("SELECT current_database()")).scalar()
        stamped = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert name.startswith("kempen_test_") and name != pg.TEMPLATE
    assert stamped == SCHEMA_HEAD
