"""The fast demo (issue 17) writes the same demo as before, and the user sees it whole: the
dossier list, the search, the dashboard; the schema and the search index's settings are left
as a fresh database has them, also when the demo fails halfway."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kempen_desktop.app import Workspace
from kempen_desktop.db.list_columns import LIST_COLS
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.demo import generate_demo, generator, writer
from kempen_desktop.services.dossiers.dossier_list import DossierFilter

TODAY = date(2026, 3, 2)
N, SEED = 120, 7
#: Rows per table of this demo (N, SEED, TODAY) as written before the speed-up (commit
#: 749b50d): the same kinds of records in the same numbers.
BEFORE = {
    "action_indicator": 9,
    "action_point": 141,
    "agenda_item": 297,
    "consent": 712,
    "contact_person": 232,
    "cooperation_entry": 257,
    "dossier": 120,
    "dossier_target_group": 197,
    "event": 15,
    "event_employer": 9,
    "event_participant": 41,
    "event_partner": 42,
    "indicator_measurement": 8,
    "meeting": 45,
    "meeting_participant": 340,
    "meeting_series": 3,
    "partner": 103,
    "partner_engagement": 98,
    "person": 117,
    "policy_action": 20,
    "policy_action_meeting": 10,
    "policy_action_partner": 31,
    "status_change": 389,
    "timeline_entry": 501,
    "work_exit": 26,
}
#: Tables the demo does not write (reference data, bookkeeping).
UNTOUCHED = {"audit_entry", "counter", "alembic_version", "app_meta"}


def _tables(db: Database) -> list[str]:
    with db.engine.connect() as connection:
        return [
            name
            for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'dossier_fts%' ORDER BY name"
            )
        ]


def _count(db: Database, table: str) -> int:
    with db.engine.connect() as connection:
        return int(connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar() or 0)


def _schema(db: Database) -> set[tuple[Any, ...]]:
    """Indexes and triggers as stored, and the search index's own settings."""
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
        ).fetchall()
        config = connection.exec_driver_sql("SELECT k, v FROM dossier_fts_config").fetchall()
    return {tuple(row) for row in rows} | {("config", *row) for row in config}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("fast") / "demo.db", mark_demo=True)
    generate_demo(db, dossiers=N, seed=SEED, today=TODAY)
    yield db
    db.close()


def test_every_table_holds_as_many_rows_as_before(demo: Database) -> None:
    written = {table: _count(demo, table) for table in _tables(demo)}
    assert {table: n for table, n in written.items() if table in BEFORE} == BEFORE
    reference = open_database(demo.path.parent / "empty.db")
    try:
        before = {table: _count(reference, table) for table in _tables(reference)}
    finally:
        reference.close()
    # Every other table is reference data the demo leaves alone.
    changed = {t for t in written if t not in BEFORE and written[t] != before.get(t)}
    assert changed <= UNTOUCHED


def test_the_user_sees_the_demo_in_the_list_the_search_and_the_dashboard(demo: Database) -> None:
    workspace = Workspace(demo)
    nums = workspace.dossiers.find(DossierFilter())
    assert len(nums) == workspace.dossiers.count(DossierFilter()) == N
    rows = workspace.dossiers.rows(nums[:5])
    assert all(row.last_name and row.municipality and row.status_code for row in rows.values())
    first = rows[nums[0]]
    found = workspace.dossiers.matching(first.last_name)
    assert found is not None and first.num in found
    stats = workspace.reports.stats(TODAY)
    assert stats.dossiers == N and stats.open_dossiers and stats.timeline_entries
    assert stats.meetings and stats.action_points and stats.partners
    dashboard = workspace.reports.dashboard(date(2025, 1, 1), TODAY, today=TODAY)
    assert any(tile.value not in ("0", "") for tile in dashboard.tiles)
    assert sum(count.count for count in dashboard.by_status) > 0


def test_indexes_triggers_and_search_settings_are_those_of_a_fresh_database(
    demo: Database,
) -> None:
    fresh = open_database(demo.path.parent / "fresh.db")
    try:
        assert _schema(demo) == _schema(fresh)
    finally:
        fresh.close()


def test_a_demo_failing_halfway_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(tmp_path / "demo.db", mark_demo=True)
    try:
        before = _schema(db)
        calls = iter(range(1_000))
        execute = writer._Writer.execute

        def failing(self: writer._Writer, prepared: writer._Prepared) -> None:
            if prepared.table == "status_change" and next(calls) > 0:  # in the second chunk
                raise RuntimeError("schijf vol")
            execute(self, prepared)

        monkeypatch.setattr(writer._Writer, "execute", failing)
        monkeypatch.setattr(generator, "CHUNK", 40)
        with pytest.raises(RuntimeError, match="schijf vol"):
            generate_demo(db, dossiers=N, seed=SEED, today=TODAY)
        monkeypatch.undo()
        assert _count(db, "dossier") == _count(db, "person") == 0
        assert _schema(db) == before
        generate_demo(db, dossiers=N, seed=SEED, today=TODAY)  # and the demo still works
        assert _count(db, "dossier") == N and _schema(db) == before
    finally:
        db.close()


def test_the_list_columns_are_those_the_list_trigger_computes(tmp_path: Path) -> None:
    """The demo writes the list's sort columns itself (list_columns.py): the same values as
    the trigger's own statement, accented and foreign names included."""
    db = open_database(tmp_path / "demo.db", mark_demo=True)
    try:
        generate_demo(db, dossiers=1_500, seed=SEED, today=TODAY)
        select = f"SELECT num, {', '.join(LIST_COLS)} FROM dossier ORDER BY num"
        with db.engine.begin() as connection:
            written = connection.exec_driver_sql(select).fetchall()
            trigger = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'dossier_list_ai'"
            ).scalar()
            body = str(trigger)[str(trigger).index("UPDATE dossier SET") :]
            update = body[: body.rindex("WHERE id = NEW.id")]
            connection.exec_driver_sql(update)  # every dossier, as the trigger would
            recomputed = connection.exec_driver_sql(select).fetchall()
            connection.rollback()
        assert written == recomputed
        assert len({row[1] for row in written}) > 100
        assert all(any(row[i] for row in written) for i in range(1, 8))
    finally:
        db.close()
