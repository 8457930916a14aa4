"""Issue 11, items 2 and 12, with real processes: one writer per database by an OS lock, and
read commands that never create a database.

A writer is caught while it holds the lock by stopping it (SIGSTOP) as soon as its lock
info names it; the second process then meets a held lock for certain, without timing.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from import_helpers import make_insz, write_csv

from kempen_desktop.services.trust.instance_lock import GUI_NAME, read_owner

pytestmark = pytest.mark.skipif(os.name != "posix", reason="stops processes with SIGSTOP/SIGCONT")

ROWS = 1500


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("KEMPEN_DB", "KEMPEN_PASSPHRASE")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for variable in (
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
        "XDG_CONFIG_HOME",
        "XDG_CACHE_HOME",
        "HOME",
    ):
        env[variable] = str(tmp_path / "home" / variable.lower())
    return env


def kempen(tmp_path: Path, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kempen_desktop.cli", "--db", str(db), *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env=_env(tmp_path),
        timeout=300,
        check=False,
    )


def start(tmp_path: Path, db: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kempen_desktop.cli", "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=_env(tmp_path),
    )


def wait_until_holding(process: subprocess.Popen[str], db: Path, timeout: float = 120) -> None:
    """Until the lock info names `process` (it holds the OS lock from just before that)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        owner = read_owner(db)
        if owner is not None and owner.pid == process.pid:
            return
        if process.poll() is not None:
            raise AssertionError(f"process ended before it held the lock: {process.communicate()}")
        time.sleep(0.01)
    raise AssertionError("process never took the lock")


@pytest.fixture
def stopped() -> Iterator[list[subprocess.Popen[str]]]:
    """Processes to stop while they hold the lock; always continued and reaped afterwards."""
    processes: list[subprocess.Popen[str]] = []
    yield processes
    for process in processes:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGCONT)
            process.kill()
        process.communicate()


def hold_stopped(
    process: subprocess.Popen[str],
    db: Path,
    stopped: list[subprocess.Popen[str]],
    later: float = 0.0,
) -> None:
    """Stop `process` while it holds the lock; `later`: the next command comes that much later
    (as in the issue: a restore started a few seconds into an import)."""
    stopped.append(process)
    wait_until_holding(process, db)
    taken = time.time()
    os.kill(process.pid, signal.SIGSTOP)
    if later:
        time.sleep(later)
        look_at_process_list(process.pid, taken + 1)


def look_at_process_list(pid: int, newer_than: float) -> None:
    """What `ps` or a task manager does after the kernel dropped its cached /proc entries
    (as under memory pressure): /proc/PID then carries a new ctime. The old lock took that
    ctime for the start of the process and judged a running holder dead. Dropping the
    caches needs root; elsewhere only the look happens."""
    for _attempt in range(10):
        try:
            Path("/proc/sys/vm/drop_caches").write_text("2\n")
        except OSError:
            pass
        if os.stat(f"/proc/{pid}").st_ctime > newer_than:
            return
        time.sleep(0.2)


def resume(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    os.kill(process.pid, signal.SIGCONT)
    out, err = process.communicate(timeout=300)
    return process.returncode, out, err


def people_file(tmp_path: Path, name: str, rows: int = ROWS, first: int = 0) -> Path:
    people = []
    for i in range(first, first + rows):
        born = date(1960, 1, 1) + timedelta(days=i)
        people.append(
            [
                make_insz(born),
                1_000_000 + i,
                f"Persoon{i}",
                "Test",
                f"{born:%d/%m/%Y}",
                2300,
                "Turnhout",
                None,
                "Kortgeschoold",
            ]
        )
    return write_csv(tmp_path / name, people)


def dossiers(tmp_path: Path, db: Path) -> int:
    result = kempen(tmp_path, db, "stats", "--json")
    assert result.returncode == 0, result.stderr
    return int(json.loads(result.stdout)["dossiers"])


def refused(result: subprocess.CompletedProcess[str], holder: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "in gebruik door" in lines[0] and holder in lines[0], result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "kempen.db"
    assert kempen(tmp_path, path, "init").returncode == 0
    return path


def test_two_imports_at_once_one_is_refused_and_the_other_keeps_all_its_rows(
    tmp_path: Path, db: Path, stopped: list[subprocess.Popen[str]]
) -> None:
    first = start(tmp_path, db, "import", str(people_file(tmp_path, "a.csv")), "--json")
    hold_stopped(first, db, stopped, later=1.5)
    second = kempen(
        tmp_path, db, "import", str(people_file(tmp_path, "b.csv", first=ROWS)), "--json"
    )
    refused(second, "'kempen import'")
    assert second.stdout == ""
    code, out, err = resume(first)
    assert code == 0, err
    assert json.loads(out)["created"] == ROWS
    assert dossiers(tmp_path, db) == ROWS


def test_restore_during_an_import_is_refused_and_the_import_stays(
    tmp_path: Path, db: Path, stopped: list[subprocess.Popen[str]]
) -> None:
    backup = tmp_path / "leeg.kbak"
    assert kempen(tmp_path, db, "backup", str(backup)).returncode == 0
    importing = start(tmp_path, db, "import", str(people_file(tmp_path, "a.csv")), "--json")
    hold_stopped(importing, db, stopped, later=1.5)
    refused(kempen(tmp_path, db, "restore", str(backup)), str(importing.pid))
    code, out, err = resume(importing)
    assert code == 0 and json.loads(out)["created"] == ROWS, err
    assert dossiers(tmp_path, db) == ROWS


@pytest.mark.parametrize(
    "command",
    [
        ["import", "--undo", "00000000"],
        ["passphrase", "--none"],
        ["backup"],
        ["demo", "--dossiers", "3"],
        ["export", "dossiers", "OUT/uit.xlsx"],
        ["report", "period", "--from", "2025-01-01", "--to", "2025-12-31", "OUT/periode.pdf"],
        ["inzage", "2001", "--pdf", "OUT/inzage.pdf"],
        ["meetings", "ics", "abc", "OUT/x.ics"],
        ["partners", "export", "OUT/partners.xlsx"],
    ],
)
def test_every_writing_command_is_refused_while_another_process_writes(
    tmp_path: Path, db: Path, stopped: list[subprocess.Popen[str]], command: list[str]
) -> None:
    (tmp_path / "out").mkdir()
    command = [part.replace("OUT", str(tmp_path / "out")) for part in command]
    holder = start(tmp_path, db, "import", str(people_file(tmp_path, "a.csv", rows=5)))
    hold_stopped(holder, db, stopped)
    before = db.stat().st_mtime_ns
    refused(kempen(tmp_path, db, *command), "'kempen import'")
    assert db.stat().st_mtime_ns == before
    assert list((tmp_path / "out").iterdir()) == []  # nothing exported without its record


@pytest.mark.parametrize(
    "command",
    [
        ["stats"],
        ["dossiers", "list"],
        ["meetings", "list"],
        ["partners", "list"],
        ["partners", "indicator"],
        ["check"],
        ["import", "--list"],
        ["backup", "--list"],
    ],
)
def test_a_read_command_runs_beside_a_writer(
    tmp_path: Path, db: Path, stopped: list[subprocess.Popen[str]], command: list[str]
) -> None:
    writer = start(tmp_path, db, "import", str(people_file(tmp_path, "a.csv", rows=5)))
    hold_stopped(writer, db, stopped)
    result = kempen(tmp_path, db, *command)
    for _ in range(4):
        # Our writer lock never blocks a reader. SQLite's own locks do, for the milliseconds
        # of a checkpoint: a writer frozen by SIGSTOP inside one holds it for good (seen on a
        # loaded machine). Then let it run a moment and freeze it again.
        if result.returncode == 0 or "OperationalError" not in result.stderr:
            break
        os.kill(writer.pid, signal.SIGCONT)
        time.sleep(0.05)
        os.kill(writer.pid, signal.SIGSTOP)
        if writer.poll() is not None:
            break
        result = kempen(tmp_path, db, *command)
    assert result.returncode == 0, result.stderr
    if writer.poll() is None:
        assert read_owner(db) is not None and read_owner(db).pid == writer.pid  # type: ignore[union-attr]
        assert resume(writer)[0] == 0
    else:
        assert writer.returncode == 0


def test_a_killed_holder_releases_the_lock_at_once(
    tmp_path: Path, db: Path, stopped: list[subprocess.Popen[str]]
) -> None:
    victim = start(tmp_path, db, "import", str(people_file(tmp_path, "a.csv")))
    hold_stopped(victim, db, stopped)
    victim.kill()  # SIGKILL: no clean-up code runs, the info file stays behind
    victim.wait()
    assert read_owner(db) is not None  # stale information, never used to decide
    after = kempen(tmp_path, db, "import", str(people_file(tmp_path, "b.csv", rows=7)), "--json")
    assert after.returncode == 0, after.stderr
    assert json.loads(after.stdout)["created"] == 7


def test_gui_holds_the_lock_for_its_life_and_a_cli_import_is_refused(
    tmp_path: Path, db: Path
) -> None:
    gui = subprocess.Popen(
        [sys.executable, "-m", "kempen_desktop", "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=_env(tmp_path),
    )
    try:
        wait_until_holding(gui, db)
        owner = read_owner(db)
        assert owner is not None and owner.program == GUI_NAME
        result = kempen(tmp_path, db, "import", str(people_file(tmp_path, "a.csv", rows=3)))
        refused(result, GUI_NAME)
        assert "Sluit Kempen Desktop" in result.stderr
        assert gui.poll() is None  # still running, still holding
        assert kempen(tmp_path, db, "stats").returncode == 0
    finally:
        gui.kill()
        gui.communicate()
    after = kempen(tmp_path, db, "import", str(people_file(tmp_path, "a.csv", rows=3)), "--json")
    assert after.returncode == 0 and json.loads(after.stdout)["created"] == 3


def test_the_gui_start_up_says_which_command_holds_the_database(
    qtbot, tmp_path: Path, db: Path, monkeypatch, stopped: list[subprocess.Popen[str]]
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from kempen_desktop.ui.trust import trust_startup

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, message, *a: shown.append(message)
    )
    holder = start(tmp_path, db, "import", str(people_file(tmp_path, "a.csv", rows=5)))
    hold_stopped(holder, db, stopped)
    assert trust_startup.open_for_gui(db) is None
    assert "'kempen import'" in shown[-1] and str(holder.pid) in shown[-1]
    assert resume(holder)[0] == 0
    database = trust_startup.open_for_gui(db)  # free again
    assert database is not None
    database.close()


# -- item 12: a read command never creates a database ------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["stats"],
        ["dossiers", "list"],
        ["meetings", "list"],
        ["partners", "list"],
        ["check"],
        ["import", "--list"],
        ["import", "--undo", "abcdef12"],
        ["backup", "--list"],
        ["backup"],
        ["passphrase", "--none"],
        ["restore", "BACKUP"],
        ["export", "partners", "OUT/partners.xlsx"],
    ],
)
def test_a_command_on_a_path_without_database_refuses_and_creates_nothing(
    tmp_path: Path, command: list[str]
) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "b.kbak").write_bytes(b"SQLite format 3\x00")
    command = [
        part.replace("OUT", str(tmp_path / "out")).replace("BACKUP", str(tmp_path / "b.kbak"))
        for part in command
    ]
    typo = tmp_path / "typo" / "pad.db"
    result = kempen(tmp_path, typo, *command)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"kempen: Er is geen database in {typo}. Controleer het pad (--db of "
        "KEMPEN_DB), of maak een nieuwe met 'kempen init'."
    )
    assert not (tmp_path / "typo").exists()
    assert list((tmp_path / "out").iterdir()) == []


def test_an_empty_file_is_no_database_for_a_read_command(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.db"
    empty.touch()
    result = kempen(tmp_path, empty, "stats")
    assert result.returncode == 2 and "Er is geen database" in result.stderr
    assert empty.stat().st_size == 0


def test_init_and_import_may_create_a_database(tmp_path: Path) -> None:
    assert kempen(tmp_path, tmp_path / "nieuw" / "a.db", "init").returncode == 0
    assert (tmp_path / "nieuw" / "a.db").stat().st_size > 0
    result = kempen(
        tmp_path, tmp_path / "ander" / "b.db", "import", str(people_file(tmp_path, "p.csv", rows=2))
    )
    assert result.returncode == 0, result.stderr
    assert dossiers(tmp_path, tmp_path / "ander" / "b.db") == 2
