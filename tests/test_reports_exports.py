"""Dossier and list exports: read back, partner filtering, statistics, re-import, LibreOffice."""

from __future__ import annotations

import csv
import shutil
import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.db.models import AuditEntry, Consent, Partner
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.importing import apply_plan, builtin_profiles, plan_import
from kempen_desktop.services.reports import exports

TODAY = date.today()


def _people(database: Database, partner_ids) -> dict[str, uuid.UUID]:
    partner_id, contact_id = partner_ids
    service = Workspace(database).dossiers
    ids = {
        "peeters": service.create(
            DossierInput(
                last_name="Peeters",
                first_name="An",
                insz="85073016095",
                birth_date=date(1985, 7, 30),
                sex="F",
                street="Markt 1",
                postcode="2300",
                municipality_nis="13040",
                phone="014 12 34 56",
                email="an@example.org",
                vdab_number="00123456",
                target_groups={"kortgeschoold"},
                responsible_partner_id=partner_id,
                counsellor_id=contact_id,
                follow_up_on=date(2030, 1, 15),
            ),
            opened_on=date(2025, 2, 3),
        ),
        "evil": service.create(
            DossierInput(
                last_name='=HYPERLINK("http://evil")',
                first_name="+Bob",
                insz="",
                vdab_number="",
                birth_date=date(1990, 5, 5),
                phone="-1",
                street="@Kerkstraat 1",
                municipality_nis="13040",
            ),
            opened_on=date(2025, 3, 1),
        ),
        "nocons": service.create(
            DossierInput(
                last_name="Zonder",
                first_name="Toestemming",
                insz="00010101885",
                municipality_nis="13040",
            ),
            opened_on=date(2025, 3, 1),
        ),
    }
    with database.transaction() as session:
        session.add(
            Consent(
                dossier_id=ids["peeters"],
                partner_id=partner_id,
                purpose="trajectopvolging",
                given_on=date(2024, 1, 1),
            )
        )
        session.add(
            Consent(
                dossier_id=ids["evil"],
                partner_id=partner_id,
                purpose="trajectopvolging",
                given_on=date(2024, 1, 1),
                withdrawn_on=date(2024, 6, 1),
            )
        )
    return ids


def _sheet(path: Path, name: str | None = None):
    book = load_workbook(path)
    return book[name] if name else book.worksheets[0]


def _table(ws) -> list[dict[str, object]]:
    header = [c.value for c in ws[4]]
    return [
        dict(zip(header, [c.value for c in row], strict=False)) for row in ws.iter_rows(min_row=5)
    ]


def test_full_export_headers_types_formats(database, partner_ids, tmp_path: Path) -> None:
    _people(database, partner_ids)
    out = tmp_path / "dossiers.xlsx"
    result = Workspace(database).dossiers.export_dossiers(out, exports.DossierExport())
    assert result.rows == 3
    ws = _sheet(out)
    header = [c.value for c in ws[4]]
    assert header[:17] == [
        "Naam",
        "Voornaam",
        "INSZ",
        "Klantnummer VDAB",
        "Geboortedatum",
        "Geslacht",
        "Straat",
        "Postcode",
        "Gemeente",
        "Telefoon",
        "E-mail",
        "Status",
        "Kansengroepen",
        "Partner",
        "Begeleider",
        "Startdatum",
        "Volgende opvolging",
    ]
    assert ws.freeze_panes == "A5" and ws.auto_filter.ref.startswith("A4:")
    rows = _table(ws)
    an = next(r for r in rows if r["Naam"] == "Peeters")
    assert an["Klantnummer VDAB"] == "00123456"  # leading zeros kept
    assert an["INSZ"] == "85073016095"
    assert next(r for r in rows if r["Naam"] == "Zonder")["INSZ"] == "00010101885"
    assert an["Geboortedatum"].date() == date(1985, 7, 30)
    assert an["Volgende opvolging"].date() == date(2030, 1, 15)
    assert an["Partner"] == "VDAB Turnhout" and an["Begeleider"] == "Sofie Wouters"
    assert an["Gemeente"] == "Turnhout" and an["Geslacht"] == "V"
    row_no = 5 + rows.index(an)
    assert ws.cell(row_no, 5).number_format == "DD/MM/YYYY"
    assert ws.cell(row_no, 3).data_type == "s" and ws.cell(row_no, 18).data_type == "n"


def test_formula_injection_cells_are_text(database, partner_ids, tmp_path: Path) -> None:
    _people(database, partner_ids)
    out = tmp_path / "d.xlsx"
    Workspace(database).dossiers.export_dossiers(out, exports.DossierExport())
    ws = _sheet(out)
    texts = {}
    for row in ws.iter_rows(min_row=5):
        for cell in row:
            if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                texts[cell.value] = cell.data_type
    assert set(texts) >= {'=HYPERLINK("http://evil")', "+Bob", "-1", "@Kerkstraat 1"}
    assert set(texts.values()) == {"s"}
    raw = out.read_bytes()
    assert b"<f>" not in raw  # no formula element anywhere in the package


def test_partner_export_only_consented_and_allowed_columns(
    database, partner_ids, tmp_path: Path
) -> None:
    _people(database, partner_ids)
    out = tmp_path / "vdab.xlsx"
    result = Workspace(database).dossiers.export_dossiers(
        out, exports.DossierExport(partner="vdab turnhout")
    )
    assert (result.rows, result.skipped_without_consent) == (1, 2)  # withdrawn + none
    rows = _table(_sheet(out))
    assert [r["Naam"] for r in rows] == ["Peeters"]
    assert "INSZ" not in rows[0] and "Geboortedatum" not in rows[0] and "Straat" not in rows[0]
    assert rows[0]["Klantnummer VDAB"] == "00123456"
    with database.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export.xlsx")).one()
    assert entry.entity == "partner" and entry.entity_id == str(partner_ids[0])
    assert "Peeters" not in entry.detail and "1 rijen" in entry.detail
    # A partner configured for INSZ gets it; columns follow the configuration.
    with database.transaction() as session:
        session.get(Partner, partner_ids[0]).shared_fields = "last_name,insz"
    Workspace(database).dossiers.export_dossiers(
        out, exports.DossierExport(partner=str(partner_ids[0]))
    )
    assert [c.value for c in _sheet(out)[4]] == ["Naam", "INSZ"]


def test_partner_export_unknown_partner(database, partner_ids, tmp_path: Path) -> None:
    with pytest.raises(exports.ExportError, match="Geen partner"):
        Workspace(database).dossiers.export_dossiers(
            tmp_path / "x.xlsx", exports.DossierExport(partner="Niemand")
        )
    assert not (tmp_path / "x.xlsx").exists()


def test_statistical_export(database, partner_ids, tmp_path: Path) -> None:
    ids = _people(database, partner_ids)
    out = tmp_path / "stat.xlsx"
    Workspace(database).dossiers.export_dossiers(out, exports.DossierExport(statistical=True))
    book = load_workbook(out)
    content = " ".join(
        str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
    )
    for secret in ("Peeters", "85073016095", "1985", "Markt", "an@example.org", "00123456"):
        assert secret not in content
    # Three dossiers cannot be 5 alike: no row sheet, and the workbook says why.
    assert "Dossiers" not in book.sheetnames
    assert "Het blad Dossiers is weggelaten" in content
    counts = _table(book["Tellingen"])
    # Three dossiers in Turnhout: too few to name the municipality or show the count.
    assert not any(r["Waarde"] == "Turnhout" for r in counts)
    place = next(r for r in counts if r["Indeling"] == "Gemeente")
    assert place["Waarde"] == "andere (elk minder dan 5)" and place["Aantal dossiers"] == "<5"
    assert ids


def test_statistical_pseudonyms_differ_between_exports(database, tmp_path: Path) -> None:
    service = Workspace(database).dossiers
    for index in range(5):
        service.create(
            DossierInput(last_name=f"Zelfde{index}", first_name="Z", municipality_nis="13040"),
            opened_on=date(2025, 2, 3),
        )
    out = tmp_path / "stat.xlsx"
    Workspace(database).dossiers.export_dossiers(out, exports.DossierExport(statistical=True))
    pseudonyms = {r["Pseudoniem"] for r in _table(load_workbook(out)["Dossiers"])}
    assert len(pseudonyms) == 5 and all(p.startswith("P-") for p in pseudonyms)
    # A new export, new pseudonyms: two exports cannot be joined on them (issue 11).
    again = tmp_path / "stat2.xlsx"
    Workspace(database).dossiers.export_dossiers(again, exports.DossierExport(statistical=True))
    book = load_workbook(again)
    second = {r["Pseudoniem"] for r in _table(book["Dossiers"])}
    assert len(second) == 5 and not second & pseudonyms
    notes = " ".join(str(row[0].value) for row in book["Toelichting"].iter_rows() if row[0].value)
    assert "alleen binnen deze export" in notes


def test_reimport_of_export_changes_nothing(database, partner_ids, tmp_path: Path) -> None:
    _people(database, partner_ids)
    out = tmp_path / "terug.xlsx"
    Workspace(database).dossiers.export_dossiers(out, exports.DossierExport())
    vdab = next(p for p in builtin_profiles() if p.name == "VDAB")
    for mode in ("fill", "overwrite"):
        plan = plan_import(database, out, vdab, mode=mode)
        counts = plan.counts()
        assert counts["rows"] == 3
        assert counts["unchanged"] == 3, (
            mode,
            counts,
            [(r.kind, r.reason, r.changes) for r in plan.rows],
        )


def test_list_exports_and_cli(database, partner_ids, tmp_path: Path) -> None:
    _people(database, partner_ids)
    db = str(database.path)
    for what in ("dossiers", "partners", "meetings", "actions"):
        assert main(["--db", db, "export", what, str(tmp_path / f"{what}.xlsx")]) == 0
    partners = _table(_sheet(tmp_path / "partners.xlsx"))
    assert partners[0]["Naam"] == "VDAB Turnhout" and partners[0]["Open dossiers"] == 1
    assert main(["--db", db, "export", "partners", str(tmp_path / "p.xlsx"), "--partner", "X"]) == 2
    assert main(["--db", db, "export", "dossiers", str(tmp_path / "p.csv")]) == 2
    assert (
        main(["--db", db, "export", "dossiers", str(tmp_path / "v.xlsx"), "--partner", "Nobody"])
        == 2
    )


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) niet geïnstalleerd"
)
def test_libreoffice_reads_export(database, partner_ids, tmp_path: Path) -> None:
    _people(database, partner_ids)
    out = tmp_path / "lo.xlsx"
    Workspace(database).dossiers.export_dossiers(out, exports.DossierExport())
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        timeout=180,
        capture_output=True,
    )
    with (tmp_path / "lo.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header = rows[3]
    assert header[:3] == ["Naam", "Voornaam", "INSZ"]
    peeters = next(r for r in rows[4:] if r[0] == "Peeters")
    assert peeters[3] == "00123456"
    assert peeters[4] == "30/07/1985"
    evil = next(r for r in rows[4:] if r[1] == "+Bob")
    assert evil[0] == '=HYPERLINK("http://evil")'


def test_reimport_demo_export_changes_nothing(database, tmp_path: Path) -> None:
    """Realistic data: people with an older closed dossier and a current one."""
    from kempen_desktop.services.demo import generate_demo

    generate_demo(database, dossiers=150, seed=3)
    out = tmp_path / "demo.xlsx"
    Workspace(database).dossiers.export_dossiers(out, exports.DossierExport())
    vdab = next(p for p in builtin_profiles() if p.name == "VDAB")
    for mode in ("fill", "overwrite"):
        plan = plan_import(database, out, vdab, mode=mode)
        counts = plan.counts()
        assert counts["created"] == counts["updated"] == counts["review"] == 0, counts
        # Only repeats of a person (an older dossier of the same INSZ) are set aside.
        assert all("staat al op rij" in row.reason for row in plan.rejected_rows())
    batch = apply_plan(database, plan_import(database, out, vdab))
    assert batch is not None


def test_statistical_rows_do_not_reveal_suppressed_counts(database, tmp_path: Path) -> None:
    service = Workspace(database).dossiers
    for index in range(6):
        service.create(
            DossierInput(
                last_name=f"Turnhouter{index}",
                first_name="T",
                municipality_nis="13040",
                target_groups={"kortgeschoold"},
            ),
            opened_on=date(2025, 2, 3),
        )
    for index in range(2):
        service.create(
            DossierInput(
                last_name=f"Gelenaar{index}",
                first_name="G",
                municipality_nis="13008",
                target_groups={"kortgeschoold", "anderstalig"},
            ),
            opened_on=date(2025, 2, 3),
        )
    out = tmp_path / "stat.xlsx"
    Workspace(database).dossiers.export_dossiers(out, exports.DossierExport(statistical=True))
    book = load_workbook(out)
    rows = _table(book["Dossiers"])
    assert len(rows) == 8
    content = " ".join(
        str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
    )
    assert "Geel" not in content and "Anderstalig" not in content
    assert all("Kortgeschoold" in str(r["Kansengroepen"]) for r in rows)
    counts = _table(book["Tellingen"])
    places = {r["Waarde"]: r["Aantal dossiers"] for r in counts if r["Indeling"] == "Gemeente"}
    # Geel's 2 are merged, not named: "Turnhout 6, Geel <5" with 8 in all would give Geel = 2.
    assert places == {"Turnhout": 6, "andere (elk minder dan 5)": "<5"}
