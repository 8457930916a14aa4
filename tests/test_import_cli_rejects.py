"""`kempen import` (output contract, exit codes) and the rejects .xlsx sent back to a partner."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from import_helpers import count, make_insz, write_xlsx

from kempen_desktop.cli import main
from kempen_desktop.services.common.database import open_database
from kempen_desktop.services.importing import builtin_profiles, plan_import, write_rejects

PEETERS = make_insz(date(1985, 7, 30))
YOUNG = make_insz(date(2005, 7, 30), 41)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _file(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            [
                PEETERS,
                1234567,
                "PEETERS",
                "JAN",
                "30/07/1985",
                2300,
                "Turnhout",
                None,
                "Kortgeschoold",
            ],
            [None] * 9,
            [
                "85073003329",
                None,
                "=1+1",
                "Ella",
                datetime(1990, 1, 1),
                None,
                None,
                "+32 471 12 34 56",
            ],
            [int(YOUNG), None, "Yilmaz", None, date(2005, 7, 31)],
        ],
    )


def test_import_json_contract_then_twice_then_list_and_undo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "k.db")
    path = _file(tmp_path)
    code, out, err = run(capsys, "--db", db, "import", str(path), "--dry-run", "--json")
    assert code == 0 and err == ""
    result = json.loads(out)
    assert result == {
        "batch": None,
        "rows": 3,
        "created": 1,
        "updated": 0,
        "unchanged": 0,
        "differs": 0,
        "review": 0,
        "rejected": 2,
        "review_rows": [],
        "rejected_rows": [
            {"row": 6, "reason": "INSZ-controlecijfer klopt niet. (cel INSZ: '85073003329')"},
            {
                "row": 7,
                "reason": "Geboortedatum 31-07-2005 verschilt van die in het INSZ (30-07-2005).",
            },
        ],
    }
    code, out, _ = run(capsys, "--db", db, "import", str(path), "--json", "--profile", "VDAB")
    first = json.loads(out)
    assert code == 0 and first["batch"] and first["created"] == 1
    code, out, _ = run(capsys, "--db", db, "import", str(path), "--json")
    assert json.loads(out)["created"] == 0 and json.loads(out)["unchanged"] == 1
    code, out, _ = run(capsys, "--db", db, "import", "--list")
    assert code == 0 and first["batch"] in out and "lijst.xlsx" in out
    code, out, _ = run(capsys, "--db", db, "import", "--list", "--json")
    assert [b["status"] for b in json.loads(out)] == ["toegepast", "toegepast"]
    newest = json.loads(out)[0]["id"]
    assert run(capsys, "--db", db, "import", "--undo", newest[:8])[0] == 0
    code, out, err = run(capsys, "--db", db, "import", "--undo", first["batch"])
    assert code == 0 and "ongedaan" in out
    database = open_database(Path(db))
    assert count(database, "SELECT count(*) FROM dossier") == 0
    database.close()


def test_text_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rejects = tmp_path / "terug.xlsx"
    code, out, _ = run(
        capsys,
        "--db",
        str(tmp_path / "k.db"),
        "import",
        str(_file(tmp_path)),
        "--rejects",
        str(rejects),
    )
    assert code == 0
    assert (
        "kopregel 3" in out and "rij 6: geweigerd: INSZ-controlecijfer klopt niet. (cel INSZ" in out
    )
    assert "Import " in out and rejects.exists()


@pytest.mark.parametrize(
    "argv, message",
    [
        (["import"], "Geef een bestand"),
        (["import", "--list", "--undo", "abcdefgh"], "Geef een bestand"),
        (["import", "--undo", "xyz"], "geen importnummer"),
        (["import", "--undo", "0123456789abcdef"], "geen import met nummer"),
        (["import", "{missing}"], "niet gevonden"),
        (["import", "{corrupt}"], "beschadigd"),
        (["import", "{corrupt}", "--profile", "Onbekend"], "geen importprofiel"),
        (["import", "{good}", "--profile", "{toml}"], "geen geldig TOML"),
    ],
)
def test_errors_are_one_dutch_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    corrupt = tmp_path / "kapot.xlsx"
    corrupt.write_bytes(b"PK\x03\x04 dit is geen echte zip" * 10)
    toml = tmp_path / "p.toml"
    toml.write_text("name = ", encoding="utf-8")
    names = {
        "missing": str(tmp_path / "weg.xlsx"),
        "corrupt": str(corrupt),
        "good": str(_file(tmp_path)),
        "toml": str(toml),
    }
    db = tmp_path / "k.db"
    run(capsys, "--db", str(db), "init")  # --undo needs a database: it never creates one
    code, out, err = run(capsys, "--db", str(db), *[a.format(**names) for a in argv])
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    if db.exists():
        database = open_database(db)
        assert count(database, "SELECT count(*) FROM import_batch") == 0
        database.close()


def test_bad_option_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(tmp_path / "k.db"), "import", "x.xlsx", "--mode", "alles"])
    assert caught.value.code == 2
    assert "ongeldige opdracht" in capsys.readouterr().err


def test_rejects_file_keeps_columns_types_and_neutralises_formulas(
    database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    plan = plan_import(database, _file(tmp_path), builtin_profiles()[0])
    out = tmp_path / "geweigerd.xlsx"
    assert write_rejects(plan, out) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "INSZ",
        "Klantnummer",
        "Naam",
        "Voornaam",
        "Geboortedatum",
        "Postcode",
        "Gemeente",
        "Telefoon",
        "Kansengroep",
        "Reden",
    )
    assert rows[1][0] == "85073003329" and rows[1][2] == "=1+1" and rows[1][7] == "+32 471 12 34 56"
    assert (
        rows[1][4] == datetime(1990, 1, 1)
        and rows[1][9] == "INSZ-controlecijfer klopt niet. (cel INSZ: '85073003329')"
    )
    assert rows[2][0] == YOUNG  # the lost leading zero is back, as text
    assert rows[2][9].startswith("Geboortedatum 31-07-2005 verschilt")
    cell = sheet["C2"]
    assert cell.data_type == "s" and cell.value == "=1+1"  # text, not a formula
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:J3"
    assert sheet["A1"].font.bold and sheet.column_dimensions["J"].width > 20
    assert sheet["E2"].number_format == "DD-MM-YYYY"


def test_without_profile_a_long_list_and_the_source_is_guessed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "k.db")
    people = [
        [None, None, f"Naam{i}", "Voornaam", date(1980, 1, 1).replace(day=1 + i % 28)]
        for i in range(120)
    ]
    ocmw = write_xlsx(
        tmp_path / "ocmw.xlsx",
        people,
        header=["Rijksregisternummer", "Klantnr VDAB?", "Familienaam", "Voornaam", "Geboortedatum"],
    )
    code, out, err = run(capsys, "--db", db, "import", str(ocmw), "--json")
    assert code == 0, err
    assert json.loads(out)["created"] == 120
    vdab = write_xlsx(tmp_path / "vdab.xlsx", people[:3])
    assert run(capsys, "--db", db, "import", str(vdab), "--json")[0] == 0
    code, out, _ = run(capsys, "--db", db, "import", "--list", "--json")
    assert [(b["source"], b["profile"]) for b in json.loads(out)] == [
        ("VDAB", "VDAB"),
        ("OCMW", "OCMW"),
    ]
