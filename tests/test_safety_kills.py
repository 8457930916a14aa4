"""Issue 11, item 6: kill backup, restore, passphrase change and export at random moments.

Each operation runs as a real `kempen` process on a copy of a 300-dossier demo database
and is SIGKILLed at 10 moments (most while its temporary files exist). Starting again
must leave no temporary file of our pattern (nor an old-style one) anywhere, a sound
database with every dossier, and a target that is the old or the new complete file.
benchmarks/bench_kills.py runs the same with many more kill points.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

from tests.faults import killing

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")

KILL_POINTS = 10
DOSSIERS = 300


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return killing.make_base(tmp_path_factory.mktemp("base"), DOSSIERS)


@pytest.mark.parametrize("operation", killing.OPERATIONS)
def test_kills_leave_nothing_half_made(base: Path, tmp_path: Path, operation: str) -> None:
    rng = random.Random(f"kill-{operation}")
    probe = killing.prepare(operation, base, tmp_path / "probe")
    window = killing.temp_window(probe.command, probe.env, probe.watch)
    outcomes = []
    for index, (delay, after_temp) in enumerate(killing.kill_points(KILL_POINTS, window, rng)):
        attempt = killing.prepare(operation, base, tmp_path / str(index))
        kill = killing.kill_during(
            attempt.command, attempt.env, attempt.watch, delay=delay, after_temp=after_temp
        )
        if index == 0:
            # Starting again with any command cleans up; `check` says how many it removed.
            checked = killing.run(
                killing.kempen(attempt.db, "check", "--json"),
                {**attempt.env, "KEMPEN_PASSPHRASE": killing.NEW_PASSPHRASE},
            )
            assert checked.returncode == 0, checked.stderr
            assert json.loads(checked.stdout)["ok"] is True
            assert "temp_files_removed" in json.loads(checked.stdout)
        outcomes.append(killing.verify(attempt, kill, DOSSIERS))
    failed = [(o.kill, o.problems) for o in outcomes if o.problems]
    assert failed == []
    assert (
        sum(o.kill.killed for o in outcomes) >= KILL_POINTS // 2
    )  # the kills did land mid-operation


def test_check_reports_removed_leftovers(base: Path, tmp_path: Path) -> None:
    attempt = killing.prepare("backup", base, tmp_path / "one")
    backups = attempt.db.parent / "backups"
    backups.mkdir()
    for name in (
        ".kempen.db.99999.0badc0de.kempen-tmp",
        ".kempen.db.99999.0badc0de.kempen-tmp-journal",
    ):
        (attempt.db.parent / name).write_bytes(b"SQLite format 3\x00 half a copy")
    (backups / ".kempen-x.kbak.4242.deadbeef.kempen-tmp").write_bytes(b"half a backup")
    result = killing.run(killing.kempen(attempt.db, "check"), attempt.env)
    assert result.returncode == 0, result.stderr
    assert "3 tijdelijk(e) bestand(en) van een onderbroken bewerking opgeruimd." in result.stdout
    assert killing.leftovers(attempt.db.parent, backups) == []
