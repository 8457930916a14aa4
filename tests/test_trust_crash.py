"""Fault injection: SIGKILL at random moments of a large import and of a backup, a full
disk during a commit, a backup and an export. Afterwards the database opens, passes
integrity_check, and holds all or nothing of the interrupted action."""

from __future__ import annotations

import errno
import os
import random
import shutil
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import exc, text

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import open_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.trust import backups
from tests.import_helpers import make_insz, write_csv

ROWS = 5_000
RUNS = 20


@pytest.fixture(scope="module")
def big_list(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash")
    rows = []
    for i in range(ROWS):
        born = date(1960, 1, 1) + timedelta(days=i * 3)
        rows.append(
            [
                make_insz(born, 100 + i % 800),
                "",
                f"Crashtest{i}",
                "Rij",
                f"{born:%d/%m/%Y}",
                "2300",
                "Turnhout",
                "",
                "",
            ]
        )
    return write_csv(folder / "groot.csv", rows)


@pytest.fixture(scope="module")
def base_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash-base") / "kempen.db"
    database = open_database(path)
    Workspace(database).dossiers.create(
        DossierInput(
            last_name="Bestaand", first_name="Dossier", insz=make_insz(date(1950, 5, 5), 5)
        )
    )
    database.close()
    return path


def _wal_bytes(path: Path) -> int:
    wal = Path(f"{path}-wal")
    return wal.stat().st_size if wal.exists() else 0


def _check(path: Path) -> tuple[int, int]:
    """Open as the app does, integrity_check, and return (imported persons, batches)."""
    database = open_database(path)
    try:
        with database.session() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
            persons = session.execute(
                text("SELECT count(*) FROM person WHERE last_name LIKE 'Crashtest%'")
            ).scalar()
            dossiers = session.execute(
                text(
                    "SELECT count(*) FROM dossier d JOIN person p ON p.id = d.person_id "
                    "WHERE p.last_name LIKE 'Crashtest%'"
                )
            ).scalar()
            batches = session.execute(text("SELECT count(*) FROM import_batch")).scalar()
            existing = session.execute(
                text("SELECT count(*) FROM person WHERE last_name = 'Bestaand'")
            ).scalar()
    finally:
        database.close()
    assert existing == 1
    assert persons == dossiers
    return persons, batches


def test_kill_during_large_import_is_all_or_nothing(
    tmp_path: Path, big_list: Path, base_db: Path
) -> None:
    rng = random.Random(7)
    outcomes = []
    for run in range(RUNS):
        path = tmp_path / f"run{run}" / "kempen.db"
        path.parent.mkdir()
        shutil.copy(base_db, path)
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kempen_desktop.cli",
                "--db",
                str(path),
                "import",
                str(big_list),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )
        if run % 2 == 0:
            time.sleep(rng.uniform(0.2, 2.0))  # anywhere: start-up, reading, planning, writing
        else:
            # In the write phase: once the WAL grows, after a random extra moment.
            deadline = time.monotonic() + 30
            while (
                process.poll() is None
                and _wal_bytes(path) < 200_000
                and time.monotonic() < deadline
            ):
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, 0.3))
        process.kill()
        process.wait()
        persons, batches = _check(path)
        assert (persons, batches) in ((0, 0), (ROWS, 1)), (
            f"run {run}: {persons} persons, {batches} batches"
        )
        outcomes.append(persons)
    # The kills must have hit both sides, or the test proves nothing.
    assert 0 in outcomes


def test_kill_during_backup_never_leaves_a_partial_backup(
    tmp_path: Path, base_db: Path, big_list: Path
) -> None:
    path = tmp_path / "kempen.db"
    shutil.copy(base_db, path)
    subprocess.run(
        [sys.executable, "-m", "kempen_desktop.cli", "--db", str(path), "import", str(big_list)],
        check=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    rng = random.Random(3)
    target = tmp_path / "out" / "backup.kbak"
    target.parent.mkdir()
    for _run in range(6):
        process = subprocess.Popen(
            [sys.executable, "-m", "kempen_desktop.cli", "--db", str(path), "backup", str(target)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.2, 1.2))
        process.kill()
        process.wait()
        if target.exists():  # a backup under its real name is always complete
            assert backups.check_file(target, None, full=True) == []
        # The kill leaves the instance lock of a dead process: the next run takes it over.
    assert _check(path) == (ROWS, 1)


def test_disk_full_during_commit_keeps_previous_state(tmp_path: Path) -> None:
    """SQLITE_FULL for real: the database may not grow (max_page_count), then a big write."""
    from sqlalchemy import event

    database = open_database(tmp_path / "kempen.db")
    service = Workspace(database).dossiers
    service.create(
        DossierInput(last_name="Voor", first_name="Vol", insz=make_insz(date(1970, 1, 1), 9))
    )

    @event.listens_for(database.engine, "connect")
    def _limit(dbapi_connection, _record) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    database.engine.dispose()
    with pytest.raises(exc.OperationalError, match="full"), database.transaction() as session:
        for i in range(400):
            session.execute(
                text("INSERT INTO app_meta(key, value) VALUES (:k, :v)"),
                {"k": f"vul{i}", "v": "x" * 390},
            )
    database.close()
    reopened = open_database(tmp_path / "kempen.db")
    try:
        with reopened.session() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert (
                session.execute(
                    text("SELECT count(*) FROM app_meta WHERE key LIKE 'vul%'")
                ).scalar()
                == 0
            )
            assert session.execute(text("SELECT last_name FROM person")).scalars().all() == ["Voor"]
    finally:
        reopened.close()


def test_disk_full_during_export_keeps_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet, write_workbook

    out = tmp_path / "export.xlsx"
    sheet = XlsxSheet("Blad", [XlsxColumn("Naam", "text", 20)], [["eerste versie"]], "Titel", "")
    write_workbook(out, [sheet])
    good = out.read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        write_workbook(
            out, [XlsxSheet("Blad", [XlsxColumn("Naam", "text", 20)], [["tweede"]] * 100, "T", "")]
        )
    assert out.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["export.xlsx"]
