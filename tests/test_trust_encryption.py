"""Encryption at rest: passphrases, wrong passphrases, and no readable personal data in
any file the app writes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import (
    DatabaseOpenError,
    PassphraseRequiredError,
    WrongPassphraseError,
    open_database,
)
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.trust import backups
from tests.import_helpers import make_insz, write_csv

ODD_PASSPHRASES = [
    'it\'s "quoted"; DROP TABLE x; --',
    "Geheim-wachtwoord-met-één-accent-en-ç",
    "😀🔒 kempen 🗝️",
    "x" * 200,
    "' OR ''='",
    "back\\slash % _ ?",
]
CANARY_NAME = "Zwenkgrasvlinder"
CANARY_FIRST = "Quirijnetta"
CANARY_BORN = date(1987, 6, 5)
CANARY_INSZ = make_insz(CANARY_BORN, 123)


def _create_canary(database) -> None:
    service = Workspace(database).dossiers
    dossier_id = service.create(
        DossierInput(
            last_name=CANARY_NAME,
            first_name=CANARY_FIRST,
            insz=CANARY_INSZ,
            birth_date=CANARY_BORN,
            street="Kanariestraat 7",
        )
    )
    service.add_timeline_entry(dossier_id, "note", "Gesprek", f"{CANARY_NAME} belde over werk")


@pytest.mark.parametrize("passphrase", ODD_PASSPHRASES)
def test_any_passphrase_creates_and_reopens(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "kempen.db"
    database = open_database(path, passphrase=passphrase)
    assert database.encrypted
    _create_canary(database)
    database.close()
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    reopened = open_database(path, passphrase=passphrase)
    try:
        with reopened.session() as session:
            assert session.execute(text("SELECT last_name FROM person")).scalars().all() == [
                CANARY_NAME
            ]
    finally:
        reopened.close()


def test_wrong_or_missing_passphrase_is_refused_and_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "kempen.db"
    database = open_database(path, passphrase="juist")
    _create_canary(database)
    database.close()
    before = path.read_bytes()
    with pytest.raises(WrongPassphraseError, match="wachtwoord is onjuist"):
        open_database(path, passphrase="fout")
    with pytest.raises(WrongPassphraseError):
        open_database(path, passphrase="juist ")  # a trailing space is a different passphrase
    with pytest.raises(PassphraseRequiredError, match="versleuteld"):
        open_database(path)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def test_nul_character_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="nul-teken"):
        open_database(tmp_path / "k.db", passphrase="a\x00b")


def test_plain_database_ignores_a_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    open_database(path).close()
    database = open_database(path, passphrase="wat dan ook")
    try:
        assert not database.encrypted
    finally:
        database.close()


@pytest.mark.parametrize(
    "start, new", [("oud", "nieuw 😀 'x'"), (None, "nu versleuteld"), ("weg ermee", None)]
)
def test_change_passphrase(tmp_path: Path, start: str | None, new: str | None) -> None:
    path = tmp_path / "kempen.db"
    database = open_database(path, passphrase=start)
    _create_canary(database)
    backups.change_passphrase(database, new)
    with database.session() as session:  # the same Database object keeps working
        assert session.execute(text("SELECT count(*) FROM person")).scalar() == 1
    database.close()
    if start and new:
        with pytest.raises(WrongPassphraseError):
            open_database(path, passphrase=start)
    assert (path.read_bytes()[:16] == b"SQLite format 3\x00") == (new is None)
    reopened = open_database(path, passphrase=new)
    try:
        assert reopened.encrypted == bool(new)
        with reopened.session() as session:
            assert session.execute(text("SELECT first_name FROM person")).scalar() == CANARY_FIRST
            actions = session.execute(text("SELECT action FROM audit_entry")).scalars().all()
        assert "database.passphrase" in actions
    finally:
        reopened.close()
    assert not list(tmp_path.glob(".*partial*"))


def _needles() -> list[bytes]:
    needles = []
    for value in (CANARY_NAME, CANARY_FIRST, CANARY_INSZ, "Kanariestraat"):
        needles.append(value.encode("utf-8"))
        needles.append(value.encode("utf-16-le"))
    return needles


def _files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


def test_canary_is_nowhere_in_any_written_file(tmp_path: Path) -> None:
    """Create, note, back up, import, check through the CLI: grep every file afterwards."""
    from kempen_desktop.paths import log_dir

    env = {
        **os.environ,
        "KEMPEN_PASSPHRASE": "kanarie-wachtwoord",
        "KEMPEN_DB": str(tmp_path / "kempen.db"),
    }
    env["XDG_STATE_HOME"] = env["XDG_CACHE_HOME"] = env["XDG_CONFIG_HOME"] = str(tmp_path / "xdg")
    env["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    database = open_database(tmp_path / "kempen.db", passphrase="kanarie-wachtwoord")
    _create_canary(database)
    # While open: the WAL holds the latest writes; it must be encrypted too.
    wal = Path(f"{database.path}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    wal_bytes = wal.read_bytes()
    backups.make_backup(database, "handmatig")
    database.close()
    listing = write_csv(
        tmp_path / "lijst.csv",
        [
            [
                make_insz(date(1990, 2, 1), 45),
                "",
                "Anderspersoon",
                "Jan",
                "01/02/1990",
                "2300",
                "Turnhout",
                "",
                "",
            ]
        ],
    )
    for argv in (
        ["backup"],
        ["check"],
        ["import", str(listing)],
        ["dossiers", "list", "--search", CANARY_NAME],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "kempen_desktop.cli", *argv],
            env=env,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
    listing.unlink()  # the user's own input file is not something the app wrote
    written = _files_under(tmp_path, log_dir())
    assert any(p.suffix == ".kbak" for p in written)
    assert any(p.name == "kempen.db" for p in written)
    for path in written:
        content = path.read_bytes()
        for needle in _needles():
            assert needle not in content, f"{needle!r} readable in {path.name}"
    for needle in _needles():
        assert needle not in wal_bytes


def test_cli_wrong_passphrase_exits_2_and_leaves_file(tmp_path: Path) -> None:
    env = {**os.environ, "KEMPEN_DB": str(tmp_path / "k.db"), "KEMPEN_PASSPHRASE": "goed"}
    run = lambda *a, **e: subprocess.run(
        [sys.executable, "-m", "kempen_desktop.cli", *a],
        env={**env, **e},
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert run("init").returncode == 0
    before = (tmp_path / "k.db").read_bytes()
    wrong = run("stats", KEMPEN_PASSPHRASE="slecht")
    assert (
        wrong.returncode == 2
        and "wachtwoord is onjuist" in wrong.stderr
        and "Traceback" not in wrong.stderr
    )
    missing = run("stats", KEMPEN_PASSPHRASE="")
    assert missing.returncode == 2 and "KEMPEN_PASSPHRASE" in missing.stderr
    assert (tmp_path / "k.db").read_bytes() == before
    assert run("stats").returncode == 0


def test_cli_init_without_passphrase_or_terminal_warns(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "KEMPEN_PASSPHRASE"}
    result = subprocess.run(
        [sys.executable, "-m", "kempen_desktop.cli", "--db", str(tmp_path / "p.db"), "init"],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert "NIET versleuteld" in result.stderr
    assert (tmp_path / "p.db").read_bytes()[:16] == b"SQLite format 3\x00"
