"""A process killed in the middle of writing leaves a database that opens, passes the
integrity check and holds all or nothing of the interrupted action."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from kempen_desktop.services.common.database import open_database

DOSSIERS = 30_000


def _written_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.exists())


def test_killed_demo_generation_rolls_back_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kempen_desktop.cli",
            "--db",
            str(path),
            "demo",
            "--dossiers",
            str(DOSSIERS),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while (
        process.poll() is None and time.monotonic() < deadline and _written_bytes(path) < 8_000_000
    ):
        time.sleep(0.02)
    process.kill()  # SIGKILL: no clean-up code runs
    process.wait()

    database = open_database(path)
    try:
        with database.session() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            dossiers = session.execute(text("SELECT count(*) FROM dossier")).scalar()
            indexed = session.execute(text("SELECT count(*) FROM dossier_fts")).scalar()
    finally:
        database.close()
    assert dossiers in (0, DOSSIERS), dossiers  # one transaction: nothing half-written
    assert indexed == dossiers
