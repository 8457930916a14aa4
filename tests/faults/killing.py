"""SIGKILL a real `kempen` process at random moments, then look at what it left.

`kempen(db, *args)` is the command line (`python -m kempen_desktop.cli --db DB ...`);
`run` runs it to the end; `kill_during` starts it and kills it either at a random time
after start or a random time after the first temporary file of our pattern appears in
one of the watched folders (the operation is then really writing, not still importing
Python). `leftovers` lists every temporary file of our pattern, and the names older
versions used, in the given folders.

Used by tests/test_safety_kills.py (a few kill points per operation) and
benchmarks/bench_kills.py (many).
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kempen_desktop.tempfiles import is_temp_name

# Names of temporary files before the one pattern (kempen_desktop/tempfiles.py).
LEGACY = re.compile(
    r"^\..+\.(\d+\.partial|restore\.partial|rekey\.partial|encrypt\.partial|[^.]+\.tmp)"
    r"(-journal|-wal|-shm)?$"
)
POLL = 0.002


def quiet_env(home: Path, **extra: str) -> dict[str, str]:
    """Environment for a child: its own settings/log folders, no passphrase unless given."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KEMPEN_")}
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / "xdg")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def kempen(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "kempen_desktop.cli", "--db", str(db), *args]


def run(
    command: Sequence[str], env: dict[str, str], timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


@dataclass(frozen=True)
class Kill:
    killed: bool  # False: the process ended by itself before the kill moment
    returncode: int
    after_temp: bool  # the kill moment was counted from the first temporary file
    delay: float  # seconds after start or after the first temporary file
    temp_seen: bool


def _temp_present(folders: Iterable[Path]) -> bool:
    for folder in folders:
        try:
            if any(is_temp_name(entry.name) for entry in os.scandir(folder)):
                return True
        except OSError:
            continue
    return False


def kill_during(
    command: Sequence[str],
    env: dict[str, str],
    watch: Sequence[Path],
    *,
    delay: float,
    after_temp: bool,
    timeout: float = 300,
) -> Kill:
    """Start `command`; SIGKILL it `delay` s after start, or after a temp file appears."""
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    started = time.monotonic()
    seen_at: float | None = None
    try:
        while process.poll() is None:
            now = time.monotonic()
            if seen_at is None and _temp_present(watch):
                seen_at = now
            origin = seen_at if after_temp else started
            if origin is not None and now - origin >= delay:
                process.send_signal(signal.SIGKILL)
                process.wait()
                return Kill(True, process.returncode, after_temp, delay, seen_at is not None)
            if now - started > timeout:
                raise TimeoutError(" ".join(command))
            time.sleep(POLL)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return Kill(False, process.returncode, after_temp, delay, seen_at is not None)


def temp_window(
    command: Sequence[str], env: dict[str, str], watch: Sequence[Path]
) -> tuple[float, float]:
    """(seconds to the first temp file, seconds temp files existed) of an uninterrupted run."""
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    started = time.monotonic()
    first = last = None
    while process.poll() is None:
        if _temp_present(watch):
            last = time.monotonic()
            first = first or last
        time.sleep(POLL)
    ended = time.monotonic()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed with {process.returncode}")
    if first is None or last is None:
        return ended - started, 0.0
    return first - started, last - first


def kill_points(
    count: int, window: tuple[float, float], rng: random.Random
) -> list[tuple[float, bool]]:
    """`count` kill moments: 3 in 4 while temporary files exist, 1 in 4 from the start."""
    before, during = window
    points = []
    for index in range(count):
        if index % 4 == 3:
            points.append((rng.uniform(0, before + during), False))
        else:
            points.append((rng.uniform(0, max(during, 0.005) * 1.5), True))
    return points


def leftovers(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [p for p in folder.iterdir() if is_temp_name(p.name) or LEGACY.match(p.name)]
    return sorted(found)


# -- the operations under test, each in its own fresh folder ----------------------------

OPERATIONS = ("backup", "restore", "passphrase", "export")
NEW_PASSPHRASE = "nieuw-geheim"
PARTNER = "VDAB"


@dataclass
class Attempt:
    operation: str
    db: Path
    command: list[str]
    env: dict[str, str]
    watch: list[Path]
    target: Path | None = None  # the export file
    old_bytes: bytes = b""


@dataclass(frozen=True)
class Outcome:
    operation: str
    kill: Kill
    state: str  # "old" or "new": which complete state the target holds
    problems: tuple[str, ...]  # empty when everything held


def make_base(folder: Path, dossiers: int = 300) -> Path:
    """A demo database made by `kempen demo`, plus a backup of it to restore from."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "base.db"
    result = run(kempen(db, "demo", "--dossiers", str(dossiers)), quiet_env(folder))
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    from kempen_desktop.services.trust import backups

    backups.backup_to(db, None, folder / "bron.kbak")
    return db


def prepare(operation: str, base: Path, folder: Path) -> Attempt:
    import shutil

    (folder / "db").mkdir(parents=True)
    db = folder / "db" / "kempen.db"
    shutil.copyfile(base, db)
    env = quiet_env(folder)
    watch = [db.parent, db.parent / "backups"]
    if operation == "backup":
        return Attempt(operation, db, kempen(db, "backup"), env, watch)
    if operation == "restore":
        return Attempt(
            operation, db, kempen(db, "restore", str(base.parent / "bron.kbak")), env, watch
        )
    if operation == "passphrase":
        return Attempt(
            operation,
            db,
            kempen(db, "passphrase"),
            {**env, "KEMPEN_NEW_PASSPHRASE": NEW_PASSPHRASE},
            watch,
        )
    if operation == "export":
        from kempen_desktop.app import Workspace
        from kempen_desktop.services.common.database import open_database
        from kempen_desktop.services.reports import exports

        usb = folder / "usb"
        usb.mkdir()
        target = usb / "partner.xlsx"
        database = open_database(db)
        try:
            Workspace(database).dossiers.export_dossiers(
                target, exports.DossierExport(partner=PARTNER)
            )
        finally:
            database.close()
        return Attempt(
            operation,
            db,
            kempen(db, "export", "dossiers", str(target), "--partner", PARTNER),
            env,
            [usb],
            target,
            target.read_bytes(),
        )
    raise ValueError(operation)


def verify(attempt: Attempt, kill: Kill, dossiers: int) -> Outcome:
    """Start again (open the database in this process; for an export: write to the stick
    once more) and check: no leftovers, database sound and complete, target old or new."""
    from openpyxl import load_workbook
    from sqlalchemy import text

    from kempen_desktop.app import Workspace
    from kempen_desktop.services.common.database import is_encrypted_file, open_database
    from kempen_desktop.services.reports import exports
    from kempen_desktop.services.trust import backups

    problems: list[str] = []
    encrypted = is_encrypted_file(attempt.db)
    database = open_database(attempt.db, passphrase=NEW_PASSPHRASE if encrypted else None)
    try:
        with database.session() as session:
            check = session.execute(text("PRAGMA quick_check")).scalars().all()
            count = session.execute(text("SELECT count(*) FROM dossier")).scalar()
            restored = session.execute(
                text("SELECT count(*) FROM audit_entry WHERE action = 'backup.restore'")
            ).scalar()
        if check != ["ok"]:
            problems.append(f"quick_check: {check[:3]}")
        if count != dossiers:
            problems.append(f"{count} dossiers instead of {dossiers}")
        state = "old"
        if attempt.operation == "backup":
            state = "new" if backups.list_backups(database) else "old"
        elif attempt.operation == "restore":
            state = "new" if restored else "old"
        elif attempt.operation == "passphrase":
            state = "new" if encrypted else "old"
        elif attempt.target is not None:
            data = attempt.target.read_bytes()
            state = "old" if data == attempt.old_bytes else "new"
            try:
                book = load_workbook(attempt.target, read_only=True)
                rows = sum(1 for _row in book.worksheets[0].iter_rows(values_only=True))
                book.close()
                if rows < 5:
                    problems.append(f"export has {rows} rows")
            except Exception as error:  # noqa: BLE001 - any unreadable workbook is the finding
                problems.append(f"export unreadable: {type(error).__name__}")
            # A stick is cleaned when something is written to it again.
            Workspace(database).dossiers.export_dossiers(
                attempt.target.with_name("nog-een.xlsx"),
                exports.DossierExport(partner=PARTNER),
            )
        for folder in {backups.backup_folder(database), attempt.db.parent / "backups"}:
            for info in backups.list_backups_in(folder, attempt.db.stem):
                key = NEW_PASSPHRASE if info.encrypted else None
                if backups.check_file(info.path, key):
                    problems.append(f"backup {info.path.name} is damaged")
    finally:
        database.close()
    left = leftovers(attempt.db.parent, attempt.db.parent / "backups", *attempt.watch)
    if left:
        problems.append("left behind: " + ", ".join(p.name for p in left))
    return Outcome(attempt.operation, kill, state, tuple(problems))
