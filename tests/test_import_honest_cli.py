"""Issue 15 through `kempen import --json`: differs, review_rows, counts equal to the batch,
rejected rows with the cell in question, no INSZ attached on name and birth date alone,
remembered decisions, the profile's status map."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from import_helpers import make_insz, write_xlsx

from kempen_desktop.cli import main
from kempen_desktop.services.common.database import open_database
from kempen_desktop.services.importing import apply_plan, builtin_profiles, plan_import

HEADER = ["INSZ", "Klantnummer", "Naam", "Voornaam", "Geboortedatum", "Straat", "Telefoon"]
PEETERS = make_insz(date(1985, 7, 30))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


def _sql(db: Path, query: str) -> list[tuple[Any, ...]]:
    from sqlalchemy import text

    database = open_database(db)
    try:
        with database.session() as session:
            return [tuple(r) for r in session.execute(text(query))]
    finally:
        database.close()


def test_fill_mode_differences_are_counted_and_counts_equal_the_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "k.db")
    first = write_xlsx(
        tmp_path / "a.xlsx",
        [[PEETERS, 1234567, "Peeters", "Jan", "30/07/1985", "Markt 1", None]],
        header=HEADER,
    )
    assert run(capsys, "--db", db, "import", str(first), "--json")["created"] == 1
    second = write_xlsx(
        tmp_path / "b.xlsx",
        [
            [PEETERS, 1234567, "Peeters", "Jan", "30/07/1985", "Kerkstraat 9", 470123456],
            ["", 55, "Bad", "Insz", "01/01/1990", "", ""],
        ],
        header=HEADER,
    )
    dry = run(capsys, "--db", db, "import", str(second), "--json", "--dry-run")
    assert (dry["updated"], dry["differs"], dry["unchanged"]) == (1, 1, 0)
    result = run(capsys, "--db", db, "import", str(second), "--json")
    assert (result["updated"], result["differs"], result["unchanged"], result["created"]) == (
        1,
        1,
        0,
        1,
    )
    assert result["review_rows"] == []
    # The street in the dossier stays (fill mode); the phone was empty and is filled.
    assert _sql(Path(db), "SELECT street, phone FROM person WHERE last_name='Peeters'") == [
        ("Markt 1", "0470123456")
    ]
    listed = run(capsys, "--db", db, "import", "--list", "--json")[0]
    for key in ("rows", "created", "updated", "unchanged", "differs", "review", "rejected"):
        assert listed[key] == result[key], key
    # Nothing left to fill: the row only differs, it is not "Ongewijzigd".
    again = run(capsys, "--db", db, "import", str(second), "--json")
    assert (again["updated"], again["differs"], again["unchanged"]) == (0, 1, 1)


def test_rejected_row_names_the_cell_and_restores_short_insz_from_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    young = make_insz(date(2003, 4, 5), 12)
    path = tmp_path / "lijst.csv"
    path.write_text(
        "INSZ;Naam;Voornaam;Geboortedatum\n"
        f"{young.lstrip('0')};Janssens;Mila;05/04/2003\n"
        "1234567;Fout;Nummer;01/01/1990\n",
        encoding="cp1252",
    )
    result = run(capsys, "--db", str(tmp_path / "k.db"), "import", str(path), "--json")
    assert result["created"] == 1
    assert result["rejected_rows"] == [
        {"row": 3, "reason": "INSZ moet 11 cijfers hebben (nu 7). (cel INSZ: '1234567')"}
    ]
    plan = plan_import(open_database(tmp_path / "k.db"), path, builtin_profiles()[0])
    rejected = plan.rejected_rows()[0]
    assert (rejected.values["last_name"], rejected.cell_field) == ("Fout", "insz")


def test_insz_is_never_attached_on_name_and_birth_date_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "k.db"
    no_insz = write_xlsx(
        tmp_path / "a.xlsx", [["", "", "Maes", "Ella", "01/02/1990", "", ""]], header=HEADER
    )
    run(capsys, "--db", str(db), "import", str(no_insz), "--json")
    insz = make_insz(date(1990, 2, 1), 5)
    with_insz = write_xlsx(
        tmp_path / "b.xlsx",
        [[insz, "", "MAES", "Ella", "01/02/1990", "", ""]],
        header=HEADER,
        title_rows=False,
    )
    result = run(capsys, "--db", str(db), "import", str(with_insz), "--json")
    assert result["review"] == 1 and result["updated"] == 0
    assert result["review_rows"][0]["row"] == 2
    assert "nog geen INSZ" in result["review_rows"][0]["reason"]
    assert _sql(db, "SELECT insz FROM person") == [(None,)]
    # Decided 'zelfde persoon' once: remembered, so the next import of this source is not asked.
    database = open_database(db)
    try:
        plan = plan_import(database, with_insz, builtin_profiles()[0])
        apply_plan(database, plan, {2: "merge"})
    finally:
        database.close()
    assert _sql(db, "SELECT insz FROM person") == [(insz,)]


def test_a_remembered_merge_is_not_asked_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "k.db"
    first = write_xlsx(
        tmp_path / "a.xlsx",
        [["", "", "Vandenbussche", "Marieke", "12/03/1980", "", ""]],
        header=HEADER,
    )
    run(capsys, "--db", str(db), "import", str(first), "--json")
    fuzzy = write_xlsx(
        tmp_path / "b.xlsx",
        [["", "", "Vandenbusche", "Marieke", "12/03/1980", "Markt 1", ""]],
        header=HEADER,
    )
    asked = run(capsys, "--db", str(db), "import", str(fuzzy), "--json")
    assert asked["review"] == 1 and asked["review_rows"][0]["row"] == 4
    database = open_database(db)
    try:
        apply_plan(database, plan_import(database, fuzzy, builtin_profiles()[0]), {4: "merge"})
    finally:
        database.close()
    again = run(capsys, "--db", str(db), "import", str(fuzzy), "--json")
    assert (again["review"], again["review_rows"], again["differs"]) == (0, [], 1)
    assert _sql(db, "SELECT count(*) FROM dossier") == [(1,)]


def test_profile_status_map_sets_the_starting_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [[PEETERS, "", "Peeters", "Jan", "30/07/1985", "In bemiddeling"]],
        header=["INSZ", "Klantnummer", "Naam", "Voornaam", "Geboortedatum", "Status"],
    )
    profile = tmp_path / "p.toml"
    profile.write_text(
        'name = "VDAB status"\nsource = "VDAB"\n[columns]\ninsz = "INSZ"\nlast_name = "Naam"\n'
        'first_name = "Voornaam"\nbirth_date = "Geboortedatum"\nstatus = "Status"\n'
        '[status]\n"In bemiddeling" = "in begeleiding"\n',
        encoding="utf-8",
    )
    db = tmp_path / "k.db"
    run(capsys, "--db", str(db), "import", str(path), "--profile", str(profile), "--json")
    (code,) = _sql(db, "SELECT status_code FROM dossier")[0]
    (label,) = _sql(db, f"SELECT label FROM dossier_status WHERE code = '{code}'")[0]
    assert label.lower() == "in begeleiding"


def test_a_klantnummer_that_lost_its_leading_zeros_finds_its_dossier(
    tmp_path: Path,
) -> None:
    """A dossier typed with '00123456' and a list where Excel made it 123456: one client."""
    from kempen_desktop.app import Workspace
    from kempen_desktop.services.dossiers.dossier_list import DossierFilter
    from kempen_desktop.services.dossiers.dossiers import DossierInput

    database = open_database(tmp_path / "kempen.db")
    workspace = Workspace(database)
    workspace.dossiers.create(
        DossierInput(
            last_name="Peeters",
            first_name="An",
            birth_date=date(1985, 7, 30),
            vdab_number="00123456",
        )
    )
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [[None, 123456, "Peeters", "An", "30-07-1985", None, None, None, None]],
    )
    vdab = builtin_profiles()[0]
    for mode in ("fill", "overwrite"):
        counts = plan_import(database, path, vdab, mode=mode).counts()
        assert counts["created"] == 0 and counts["unchanged"] == 1, (mode, counts)
        assert counts["differs"] == 0
    apply_plan(database, plan_import(database, path, vdab, mode="fill"))
    assert len(workspace.dossiers.find(DossierFilter())) == 1
    database.close()


def test_undoing_an_import_brings_back_the_decision_it_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import text

    from kempen_desktop.services.importing import undo_batch

    db = tmp_path / "k.db"
    first = write_xlsx(
        tmp_path / "a.xlsx",
        [
            ["", "", "Vandenbussche", "Marieke", "12/03/1980", "", ""],
            ["", "", "Claes", "Tom", "01/01/1970", "", ""],
        ],
        header=HEADER,
    )
    run(capsys, "--db", str(db), "import", str(first), "--json")
    fuzzy = write_xlsx(
        tmp_path / "b.xlsx",
        [["", "", "Vandenbusche", "Marieke", "12/03/1980", "Markt 1", ""]],
        header=HEADER,
    )
    database = open_database(db)
    try:
        apply_plan(database, plan_import(database, fuzzy, builtin_profiles()[0]), {4: "merge"})
    finally:
        database.close()
    # The remembered decision names another dossier (as one of an earlier import would).
    other = _sql(
        db,
        "SELECT d.id FROM dossier d JOIN person p ON p.id = d.person_id "
        "WHERE p.last_name = 'Claes'",
    )[0][0]
    before = _sql(db, "SELECT row_key, dossier_id, batch_id FROM import_decision")
    assert len(before) == 1
    database = open_database(db)
    try:
        with database.transaction() as session:
            # Bound by name, not SQLite's `?`: the same statement runs on PostgreSQL.
            session.execute(text("UPDATE import_decision SET dossier_id = :id"), {"id": other})
        before = _sql(db, "SELECT row_key, dossier_id, batch_id, decision FROM import_decision")
        plan = plan_import(database, fuzzy, builtin_profiles()[0])
        assert [row.kind for row in plan.rows] == ["review"]  # asked again: import 2 decides
        second = apply_plan(database, plan, {4: "merge"})
        assert _sql(db, "SELECT count(*) FROM import_decision WHERE decision = 'merge'") == [(1,)]
        undo_batch(database, second)
    finally:
        database.close()
    after = _sql(db, "SELECT row_key, dossier_id, batch_id, decision FROM import_decision")
    assert after == before  # exactly the previous state: the older decision is back
