"""Backups, rotation, restore, integrity check and the damaged-file start-up path."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import WrongPassphraseError, open_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.trust import backups, integrity
from tests.import_helpers import dump, make_insz

PASS = "back-up 'test' é"


def _add(database, name: str, n: int = 1) -> None:
    service = Workspace(database).dossiers
    for i in range(n):
        service.create(
            DossierInput(
                last_name=f"{name}{i}",
                first_name="Test",
                insz=make_insz(date(1980, 1, 1) + timedelta(days=i + len(name) * 50), 7),
            )
        )


@pytest.fixture(params=[None, PASS], ids=["plain", "encrypted"])
def db(request, tmp_path: Path):
    database = open_database(tmp_path / "kempen.db", passphrase=request.param)
    yield database
    database.close()


def test_backup_restore_round_trip_is_exact(db) -> None:
    _add(db, "Voor", 5)
    before = dump(db)
    backup = backups.make_backup(db, "handmatig")
    assert backup.stat().st_mode & 0o777 == 0o600
    assert (backup.read_bytes()[:16] == b"SQLite format 3\x00") == (not db.encrypted)
    _add(db, "Na", 3)
    with db.transaction() as session:
        session.execute(text("UPDATE person SET first_name = 'Gewijzigd'"))
    assert dump(db) != before
    safety = backups.restore_backup(db, backup)
    assert dump(db) == before
    # The state just before the restore was kept and can itself be restored.
    assert safety.exists() and safety != backup
    backups.restore_backup(db, safety)
    names = {row for row in dump(db)["person"]}
    assert any("Na0" in str(row) for row in names)
    with db.session() as session:
        actions = session.execute(text("SELECT action FROM audit_entry")).scalars().all()
    # The audit trail survives both restores.
    assert actions.count("backup.restore") == 2 and "backup.create" in actions


def test_list_shows_reason_size_and_newest_first(db) -> None:
    first = backups.make_backup(db, "handmatig")
    second = backups.make_backup(db, "import")
    listed = backups.list_backups(db)
    assert [info.path for info in listed] == [second, first]
    assert listed[0].reason_label == "Voor een import" and listed[0].size > 0
    assert listed[0].encrypted == db.encrypted


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    now = datetime(2026, 11, 22, 12, 0)
    infos = []
    for hours in range(0, 24 * 800, 6):  # four backups a day for over two years
        made = now - timedelta(hours=hours)
        infos.append(backups.BackupInfo(tmp_path / f"{hours}.kbak", made, "dagelijks", 1, False))
    keep = backups.backups_to_keep(infos, now)
    kept = sorted((i.made_at for i in infos if i.path in keep), reverse=True)
    assert sum(1 for m in kept if now - m < timedelta(hours=24)) == 4
    assert len({m.date() for m in kept}) <= 1 + 7 + 4 + 12
    assert len({(m.year, m.month) for m in kept}) == 12
    assert min(kept) > now - timedelta(days=370)
    assert len(keep) < 30


def test_rotation_deletes_files_in_the_folder(db) -> None:
    folder = backups.backup_folder(db)
    folder.mkdir(parents=True)
    old = []
    for days in range(1, 60):
        made = datetime.now() - timedelta(days=days)
        path = folder / f"kempen-{made:%Y%m%d-%H%M%S}-dagelijks.kbak"
        path.write_bytes(b"x")
        old.append(path)
    foreign = folder / "iets-anders.txt"
    foreign.write_text("blijft")
    removed = backups.rotate_backups(db)
    assert removed and all(not p.exists() for p in removed)
    assert foreign.exists()
    assert len(list(folder.glob("*.kbak"))) <= 7 + 4 + 12


def test_chosen_folder_and_daily_backup(db, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    backups.set_backup_folder(db, stick)
    made = backups.backup_if_due(db)
    assert made is not None and made.parent == stick
    assert backups.backup_if_due(db) is None  # once a day


def test_restore_refuses_damaged_backup_and_keeps_database(db, tmp_path: Path) -> None:
    _add(db, "Blijft", 2)
    before = dump(db)
    bad = tmp_path / "kapot.kbak"
    bad.write_bytes(os.urandom(8192))
    with pytest.raises((backups.BackupError, WrongPassphraseError)):
        backups.restore_backup(db, bad)
    assert dump(db) == before


def test_restore_of_backup_made_under_an_older_passphrase(tmp_path: Path) -> None:
    database = open_database(tmp_path / "k.db", passphrase="eerste")
    try:
        _add(database, "Oud", 2)
        backup = backups.make_backup(database, "handmatig")
        backups.change_passphrase(database, "tweede")
        _add(database, "Nieuw", 1)
        with pytest.raises(WrongPassphraseError):
            backups.restore_backup(database, backup)
        backups.restore_backup(database, backup, "eerste")
        with database.session() as session:
            assert session.execute(text("SELECT count(*) FROM person")).scalar() == 2
    finally:
        database.close()
    # Restored data carries the current passphrase.
    open_database(tmp_path / "k.db", passphrase="tweede").close()


def test_disk_full_during_backup_leaves_previous_backup_intact(
    db, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(db, "Eerst", 1)
    target = backups.backup_folder(db) / "vast.kbak"
    backups.make_backup(db, "handmatig", target=target)
    good = target.read_bytes()
    _add(db, "Daarna", 1)

    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(backups.BackupError, match="kon niet gemaakt worden"):
        backups.make_backup(db, "handmatig", target=target)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert target.read_bytes() == good
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".partial")]


def test_quick_check_and_full_check_on_a_sound_database(db) -> None:
    _add(db, "Gezond", 3)
    assert integrity.quick_check(db) == []
    assert integrity.integrity_check(db) == []


def _corrupt_copy(database, tmp_path: Path) -> Path:
    """A backup copy with garbage written over pages in the middle of the file."""
    copy = backups.make_backup(database, "handmatig", target=tmp_path / "copy" / "kempen.db")
    data = bytearray(copy.read_bytes())
    page = 4096
    for number in range(2, len(data) // page - 1, 3):
        data[number * page + 100 : number * page + 900] = os.urandom(800)
    copy.write_bytes(bytes(data))
    return copy


def test_damaged_copy_opens_read_only_or_not_at_all_and_can_be_restored(db, tmp_path: Path) -> None:
    _add(db, "Herstel", 40)
    good_backup = backups.make_backup(db, "handmatig")
    expected = dump(db)
    damaged = _corrupt_copy(db, tmp_path)
    result = integrity.open_checked(damaged, db.passphrase)
    assert result.damaged
    if result.database is not None:
        assert result.database.read_only
        with pytest.raises(Exception), result.database.transaction() as session:  # noqa: B017 - writes refused
            session.execute(text("DELETE FROM person"))
        result.database.close()
    kept = integrity.replace_damaged(damaged, good_backup, db.passphrase)
    assert kept.exists() and kept.name.startswith("kempen-beschadigd-")
    restored = integrity.open_checked(damaged, db.passphrase)
    assert not restored.damaged and restored.database is not None
    try:
        assert dump(restored.database) == expected
    finally:
        restored.database.close()


def _cli(tmp_path: Path, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "KEMPEN_DB": str(tmp_path / "kempen.db"),
        "KEMPEN_PASSPHRASE": PASS,
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "kempen_desktop.cli", *argv],
        env=environment,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )


def test_cli_backup_restore_check(tmp_path: Path) -> None:
    assert _cli(tmp_path, "init").returncode == 0
    database = open_database(tmp_path / "kempen.db", passphrase=PASS)
    _add(database, "Cli", 2)
    before = dump(database)
    database.close()
    out = tmp_path / "mijn-backup.kbak"
    made = _cli(tmp_path, "backup", str(out))
    assert made.returncode == 0 and "versleuteld" in made.stdout and out.exists()
    database = open_database(tmp_path / "kempen.db", passphrase=PASS)
    _add(database, "Extra", 2)
    database.close()
    restored = _cli(tmp_path, "restore", str(out))
    assert restored.returncode == 0, restored.stderr
    database = open_database(tmp_path / "kempen.db", passphrase=PASS)
    try:
        assert dump(database) == before
    finally:
        database.close()
    check = _cli(tmp_path, "check")
    assert check.returncode == 0 and "in orde" in check.stdout
    listing = _cli(tmp_path, "backup", "--list")
    assert "Voor het terugzetten" in listing.stdout
    missing = _cli(tmp_path, "restore", str(tmp_path / "bestaat-niet.kbak"))
    assert missing.returncode == 2 and "niet gevonden" in missing.stderr


def test_cli_check_reports_damage_with_exit_2(db, tmp_path: Path) -> None:
    _add(db, "Schade", 40)
    damaged = _corrupt_copy(db, tmp_path)
    env = {"KEMPEN_PASSPHRASE": db.passphrase or ""}
    result = _cli(tmp_path, "--db", str(damaged), "check", **env)
    assert result.returncode == 2
    assert "beschadigd" in result.stderr and "Traceback" not in result.stderr


def test_import_makes_a_backup_first(tmp_path: Path) -> None:
    from kempen_desktop.services import importing
    from tests.import_helpers import write_csv

    database = open_database(tmp_path / "kempen.db", passphrase=PASS)
    try:
        listing = write_csv(
            tmp_path / "lijst.csv",
            [
                [
                    make_insz(date(1991, 3, 4), 11),
                    "",
                    "Import",
                    "Ann",
                    "04/03/1991",
                    "2300",
                    "Turnhout",
                    "",
                    "",
                ]
            ],
        )
        vdab, _ocmw = importing.builtin_profiles()
        plan = importing.plan_import(database, listing, vdab)
        importing.apply_plan(database, plan)
        reasons = [info.reason for info in backups.list_backups(database)]
        assert reasons == ["import"]
    finally:
        database.close()


def test_missing_usb_stick_falls_back_to_the_folder_next_to_the_database(
    db, tmp_path: Path
) -> None:
    blocker = tmp_path / "geen-map.txt"
    blocker.write_text("x")
    backups.set_backup_folder(db, blocker / "usb")  # cannot be created: a file is in the way
    with pytest.raises(backups.BackupError, match="kon niet gemaakt worden"):
        backups.make_backup(db, "handmatig")
    made = backups.safety_backup(db, "import")
    assert made is not None and made.parent == db.path.parent / "backups"
    assert backups.backup_if_due(db) is not None  # nothing from today in the chosen folder


def test_encrypting_the_database_also_encrypts_its_old_plain_backups(tmp_path: Path) -> None:
    database = open_database(tmp_path / "kempen.db")
    try:
        _add(database, "Klaar", 2)
        plain = backups.make_backup(database, "handmatig")
        assert b"Klaar0" in plain.read_bytes()
        backups.change_passphrase(database, "nu geheim")
        assert all(info.encrypted for info in backups.list_backups(database))
        assert (
            b"Klaar0" not in plain.read_bytes()
            and plain.read_bytes()[:16] != b"SQLite format 3\x00"
        )
        backups.restore_backup(database, plain)  # still restorable, with the new passphrase
        with database.session() as session:
            assert session.execute(text("SELECT count(*) FROM person")).scalar() == 2
    finally:
        database.close()
