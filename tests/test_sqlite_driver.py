"""Issue 17: the one SQLite library (sqlcipher3, db/driver.py) binds None through a
registered adapter, not through its adapter protocol's failed attribute lookups (1.7 µs
and a discarded AttributeError for every NULL: 1.6 of 2.7 s inserting a demo's 310,000
timeline entries). The values stored must be those given: NULL stays NULL, '' stays ''.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from kempen_desktop.db.engine import make_engine
from kempen_desktop.db.raw import connect_raw

ROOT = Path(__file__).resolve().parents[1]
VALUES = [None, "", "tekst", 0, 12, 1.5, b"\x00\x01"]
TYPES = ["null", "text", "text", "integer", "integer", "real", "blob"]


def test_the_start_up_path_sets_the_driver_up_before_any_connection() -> None:
    # db/raw.py is what the first look at start-up imports, before SQLAlchemy.
    probe = (
        "import kempen_desktop.db.raw, sqlcipher3; "
        "print((type(None), sqlcipher3.PrepareProtocol) in sqlcipher3.adapters)"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert found.stdout.strip() == "True"


def test_values_bound_through_a_raw_connection_are_stored_as_given(tmp_path: Path) -> None:
    connection = connect_raw(tmp_path / "raw.db", None)
    try:
        connection.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, v)")
        connection.executemany("INSERT INTO t (v) VALUES (?)", [(v,) for v in VALUES])
        stored = connection.execute("SELECT v, typeof(v) FROM t ORDER BY n").fetchall()
    finally:
        connection.close()
    assert [tuple(row) for row in stored] == list(zip(VALUES, TYPES, strict=True))


def test_values_bound_through_the_engine_are_stored_as_given(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "engine.db")
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (n INTEGER PRIMARY KEY, v)"))
            connection.execute(text("INSERT INTO t (v) VALUES (:v)"), [{"v": v} for v in VALUES])
            stored = connection.execute(text("SELECT v, typeof(v) FROM t ORDER BY n")).all()
            # A NULL compared with `IS ?` bound to None finds it; `= ?` never does.
            nulls = connection.execute(text("SELECT count(*) FROM t WHERE v IS :v"), {"v": None})
            assert nulls.scalar() == 1
    finally:
        engine.dispose()
    assert [tuple(row) for row in stored] == list(zip(VALUES, TYPES, strict=True))
