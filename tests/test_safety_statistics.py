"""Issue 11, item 10: the statistical export must not allow re-identification.

Read back from the .xlsx as a recipient would: every combination of the quasi-identifier
columns on the row sheet occurs at least 5 times, no count from 1 to 4 is shown, and the
workbook says in words what was generalised and left out."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import update

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.db.models import Dossier
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.reports import exports

K = 5
QUASI_IDENTIFIERS = (
    "Leeftijdsgroep",
    "Geslacht",
    "Woonplaats",
    "Status",
    "Kansengroepen",
    "Partner",
    "Startperiode",
)


def _table(ws) -> list[dict[str, object]]:
    header = [c.value for c in ws[4]]
    return [
        dict(zip(header, [c.value for c in row], strict=False)) for row in ws.iter_rows(min_row=5)
    ]


def _text(ws) -> str:
    return " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)


def test_demo_export_is_k_anonymous(tmp_path: Path, capsys) -> None:
    db, out = str(tmp_path / "demo.db"), tmp_path / "stat.xlsx"
    assert main(["--db", db, "demo", "--dossiers", "2000"]) == 0
    assert main(["--db", db, "export", "dossiers", str(out), "--pseudonymise"]) == 0
    capsys.readouterr()
    book = load_workbook(out)
    rows = _table(book["Dossiers"])
    # Every column but the pseudonym is a quasi-identifier.
    classes = Counter(tuple(v for c, v in r.items() if c != "Pseudoniem") for r in rows)
    unique = sum(1 for n in classes.values() if n == 1)
    assert min(classes.values()) >= K, f"{unique} van {len(rows)} rijen uniek"
    assert set(QUASI_IDENTIFIERS) == set(rows[0]) - {"Pseudoniem"}
    # What was left out is stated, and it is a small part of the 2000.
    notes = _text(book["Toelichting"])
    suppressed = 2000 - len(rows)
    assert f"Weggelaten: {suppressed} van de 2000 dossiers" in notes
    assert suppressed <= 100
    assert f"{suppressed} dossiers weggelaten" in book["Dossiers"]["A2"].value
    # Status is never coarsened: a policy reader needs it.
    assert {r["Status"] for r in rows} >= {"Aangemeld", "In begeleiding", "Afgesloten"}
    # No count from 1 to 4 anywhere on the counts sheet.
    for row in _table(book["Tellingen"]):
        assert row["Aantal dossiers"] == "<5" or row["Aantal dossiers"] >= K, row


def test_rows_are_not_in_name_order(database: Database, tmp_path: Path) -> None:
    """The list is sorted by name; the statistical rows must not be, or their position
    would tell who they are to someone who knows the names."""
    service = Workspace(database).dossiers
    for index, (place, group) in enumerate(
        [("13040", "kortgeschoold"), ("13008", "anderstalig")] * 6
    ):
        service.create(
            DossierInput(
                last_name=f"Naam{index:02d}",
                first_name="X",
                municipality_nis=place,
                target_groups={group},
            ),
            opened_on=date(2025, 2, 3),
        )
    out = tmp_path / "stat.xlsx"
    Workspace(database).dossiers.export_dossiers(out, exports.DossierExport(statistical=True))
    rows = _table(load_workbook(out)["Dossiers"])
    assert len(rows) == 12
    values = [tuple(str(v) for c, v in r.items() if c != "Pseudoniem") for r in rows]
    assert values == sorted(values)


def test_tiny_database_has_no_row_sheet(database: Database, tmp_path: Path) -> None:
    service = Workspace(database).dossiers
    ids = [
        service.create(
            DossierInput(
                last_name=f"Klein{index}",
                first_name="K",
                municipality_nis="13040",
                target_groups={"kortgeschoold"},
            ),
            opened_on=date(2025, 2, 3),
        )
        for index in range(7)
    ]
    with database.transaction() as session:
        session.execute(update(Dossier).where(Dossier.id.in_(ids[:3])).values(status_code="intake"))
    out = tmp_path / "klein.xlsx"
    Workspace(database).dossiers.export_dossiers(out, exports.DossierExport(statistical=True))
    book = load_workbook(out)
    assert "Dossiers" not in book.sheetnames
    assert "Het blad Dossiers is weggelaten: bij 7 dossiers" in _text(book["Toelichting"])
    counts = _table(book["Tellingen"])
    status = [r for r in counts if r["Indeling"] == "Status"]
    # Aangemeld (4) and Intake (3) are each under 5: neither is named, their sum is 7.
    assert status == [
        {"Indeling": "Status", "Waarde": "andere (elk minder dan 5)", "Aantal dossiers": 7}
    ]
