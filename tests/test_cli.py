"""`kempen` from the command line: outcomes on stdout, one Dutch line and exit 2 on errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kempen_desktop import __version__
from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.services.common.database import open_database
from kempen_desktop.services.dossiers.dossiers import DossierInput


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sub" / "k.db"
    code, out, _ = run(capsys, "--db", str(path), "init")
    assert code == 0 and path.exists() and str(path) in out


def test_db_from_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "env.db"
    monkeypatch.setenv("KEMPEN_DB", str(path))
    assert run(capsys, "init")[0] == 0
    assert path.exists()


def test_stats_and_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "k.db"
    db = open_database(path)
    service = Workspace(db).dossiers
    service.create(DossierInput(last_name="Peeters", first_name="Jan", municipality_nis="13040"))
    closed = service.create(DossierInput(last_name="Maes", first_name="Ella"))
    service.close(closed, "verhuisd")
    db.close()
    code, out, _ = run(capsys, "--db", str(path), "stats", "--json")
    stats = json.loads(out)
    assert code == 0
    assert stats["dossiers"] == 2 and stats["open_dossiers"] == 1 and stats["partners"] == 0
    assert {"contacts", "meetings", "action_points", "import_batches"} <= stats.keys()
    code, out, _ = run(capsys, "--db", str(path), "dossiers", "list", "--search", "peet", "--json")
    records = json.loads(out)
    assert code == 0
    assert [(r["last_name"], r["first_name"], r["status"], r["municipality"]) for r in records] == [
        ("Peeters", "Jan", "aangemeld", "Turnhout")
    ]
    assert records[0]["id"] and records[0]["number"] == 1
    code, out, _ = run(capsys, "--db", str(path), "dossiers", "list")
    assert "Maes, Ella" in out and "Afgesloten" in out and "2 dossier(s)" in out


def test_demo_writes_a_separate_marked_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.db"
    code, out, err = run(capsys, "--db", str(path), "demo", "--dossiers", "60", "--seed", "3")
    assert code == 0, err
    assert "60 dossiers" in out
    db = open_database(path)
    assert db.is_demo
    db.close()
    code, out, _ = run(capsys, "--db", str(path), "stats", "--json")
    stats = json.loads(out)
    assert stats["dossiers"] == 60 and stats["partners"] > 10 and stats["meetings"] > 0
    assert stats["action_points"] > 0 and stats["contacts"] > 0
    # Running again replaces the demo instead of mixing two.
    assert run(capsys, "--db", str(path), "demo", "--dossiers", "30")[0] == 0
    assert json.loads(run(capsys, "--db", str(path), "stats", "--json")[1])["dossiers"] == 30


def test_demo_refuses_a_database_with_real_dossiers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "real.db"
    db = open_database(path)
    Workspace(db).dossiers.create(DossierInput(last_name="Echt", first_name="Iemand"))
    db.close()
    code, _out, err = run(capsys, "--db", str(path), "demo", "--dossiers", "5")
    assert code == 2
    assert "echte dossiers" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"PK\x03\x04 not a database", "geen Kempen Desktop-database"),
        (b"SQLite format 3\x00" + b"\x00" * 200, ""),
    ],
)
def test_bad_files_give_one_dutch_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    code, _out, err = run(capsys, "--db", str(path), "stats")
    assert code == 2
    assert err.startswith("kempen: ") and len(err.strip().splitlines()) == 1
    assert expected in err and "Traceback" not in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["frobnicate"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "ongeldige opdracht" in err and len(err.strip().splitlines()) == 1


def test_version_via_installed_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kempen_desktop.cli", "--version"],
        capture_output=True,
        text=True,
        env={**os.environ},
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"kempen {__version__}"
