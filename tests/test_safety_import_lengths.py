"""Issue 11, item 11: an import never cuts a long cell without a word.

A 12,000-character *Opmerking* was stored as its first 4,000 characters and the import
reported success. Now the note is kept whole (up to 100,000 characters, the limit for
notes), and a cell longer than its field rejects its row, named in the preview and in
``kempen import --json``.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from import_helpers import make_insz, write_csv, write_xlsx
from sqlalchemy import text

from kempen_desktop.cli import main
from kempen_desktop.services.common.database import open_database

HEADER = ["INSZ", "Naam", "Voornaam", "Straat", "Taal", "Telefoon", "Status", "Opmerking"]
FIRST_DATA_ROW = 4  # two title rows and the header above
# Words, so that a cut shows: the last one is unique.
NOTE = " ".join(f"woord{i}" for i in range(1_500)) + " EINDE"


def _import(
    tmp_path: Path, rows: list[list[object]], capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, dict]:  # type: ignore[type-arg]
    path = write_xlsx(tmp_path / "lijst.xlsx", rows, header=HEADER)
    _create(tmp_path)
    code = main(["--db", str(tmp_path / "k.db"), "import", str(path), "--json", *extra])
    return code, json.loads(capsys.readouterr().out)


def _create(tmp_path: Path) -> None:
    """The database exists before the import (`kempen init`)."""
    if not (tmp_path / "k.db").exists():
        open_database(tmp_path / "k.db").close()


def _stored(tmp_path: Path, sql: str) -> list[tuple]:  # type: ignore[type-arg]
    database = open_database(tmp_path / "k.db")
    try:
        with database.session() as session:
            return [tuple(r) for r in session.execute(text(sql)).all()]
    finally:
        database.close()


def _insz(n: int) -> str:
    return make_insz(date(1980, 1, 1 + n), 100 + n)


def test_long_note_is_stored_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(NOTE) > 12_000
    code, result = _import(
        tmp_path, [[_insz(1), "Peeters", "Jan", None, None, None, None, NOTE]], capsys
    )
    assert code == 0 and result["created"] == 1 and result["rejected_rows"] == []
    [(situation,)] = _stored(tmp_path, "SELECT situation FROM dossier")
    assert situation == NOTE and situation.endswith("EINDE")


def test_long_note_overwrites_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _import(tmp_path, [[_insz(1), "Peeters", "Jan", None, None, None, None, "kort"]], capsys)
    code, result = _import(
        tmp_path,
        [[_insz(1), "Peeters", "Jan", None, None, None, None, NOTE]],
        capsys,
        "--mode",
        "overwrite",
    )
    assert code == 0 and result["updated"] == 1
    assert _stored(tmp_path, "SELECT situation FROM dossier") == [(NOTE,)]


def test_cells_longer_than_their_field_reject_the_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows: list[list[object]] = [
        [_insz(1), "N" * 300, "Jan"],
        [_insz(2), "Maes", "V" * 101],
        [_insz(3), "Claes", "Tom", "Kerkstraat " + "1" * 200],
        [_insz(4), "Wouters", "An", None, "Nederlands, " * 4],
        [_insz(5), "Jacobs", "Lien", None, None, "0471 12 34 56 / 014 12 34 56 (na 17u) / werk"],
        [_insz(6), "Aerts", "Bo", None, None, None, "S" * 101],
        [_insz(7), "Ok", "Ok", "Kerkstraat 1", "Nederlands", "014 12 34 56", "Actief", "Kort."],
    ]
    code, result = _import(tmp_path, rows, capsys)
    assert code == 0 and result["created"] == 1
    reasons = {item["row"]: item["reason"] for item in result["rejected_rows"]}
    assert sorted(reasons) == list(range(FIRST_DATA_ROW, FIRST_DATA_ROW + 6))
    for offset, (label, length, limit) in enumerate(
        (
            ("Naam", "300", "100"),
            ("Voornaam", "101", "100"),
            ("Straat en nummer", "211", "200"),
            ("Taal", "47", "40"),
            ("Telefoon", "44", "40"),
            ("Status", "101", "100"),
        )
    ):
        assert reasons[FIRST_DATA_ROW + offset] == (
            f"De cel '{label}' is te lang: {length} tekens, hoogstens {limit}. "
            "Pas de cel aan in het bestand; de rij werd niet ingelezen."
        )
    assert _stored(tmp_path, "SELECT last_name FROM person") == [("Ok",)]


def test_dry_run_shows_the_long_name_without_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, result = _import(tmp_path, [[_insz(1), "N" * 300, "Jan"]], capsys, "--dry-run")
    assert code == 0 and result["batch"] is None
    assert result["rejected_rows"][0]["row"] == FIRST_DATA_ROW
    assert result["rejected_rows"][0]["reason"].startswith("De cel 'Naam' is te lang: 300 tekens")


def test_note_over_the_note_limit_rejects_its_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An .xlsx cell holds at most 32,767 characters; a CSV can hold more."""
    path = write_csv(
        tmp_path / "lijst.csv",
        [[_insz(1), "Goossens", "Els", "x" * 100_001], [_insz(2), "Ok", "Ok", NOTE]],
        header=["INSZ", "Naam", "Voornaam", "Opmerking"],
        encoding="utf-8",
    )
    _create(tmp_path)
    assert main(["--db", str(tmp_path / "k.db"), "import", str(path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["created"] == 1
    assert result["rejected_rows"] == [
        {
            "row": 2,
            "reason": (
                "De cel 'Opmerkingen' is te lang: 100.001 tekens, hoogstens 100.000. "
                "Pas de cel aan in het bestand; de rij werd niet ingelezen."
            ),
        }
    ]
    assert _stored(tmp_path, "SELECT situation FROM dossier") == [(NOTE,)]
