"""Partner lists: import (.xlsx / .csv) with matching and Dutch rejects, hostile files,
export to .xlsx read back with openpyxl, and the CLI commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.db.models import AuditEntry, ContactPerson, Partner
from kempen_desktop.services.partners.partner_lists import (
    PartnerListError,
)
from tests.conftest import CORPUS


def import_partners(database, path, dry_run=False):
    return Workspace(database).partners.import_list(path, dry_run=dry_run)


def export_partners(database, path, partner_ids=None):
    return Workspace(database).partners.export_list(path, partner_ids)


GOOD_KBO = "0203.201.340"


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


@pytest.fixture
def existing(database):
    with database.transaction() as s:
        s.add_all(
            [
                Partner(
                    name="Nethechem NV", partner_type_code="werkgever", municipality_nis="13008"
                ),
                Partner(
                    name="Logistiek Geel",
                    partner_type_code="werkgever",
                    municipality_nis="13008",
                    kbo_number="0203201340",
                    sector="Logistiek",
                ),
            ]
        )
    return database


def test_import_creates_matches_fills_and_rejects(existing, tmp_path):
    path = _xlsx(
        tmp_path / "partners.xlsx",
        [
            ["Partnerlijst netwerk Kempen"],
            [],
            ["Naam", "Soort", "Ondernemingsnummer", "Gemeente", "Sector", "E-mail"],
            ["Bakkerij Peeters", "Werkgever", "", "Mol", "Voeding", "info@peeters.be"],  # new
            ["nethechem", "werkgever", "", "Geel", "Chemie", ""],  # name match: fill sector
            ["Andere naam", "", GOOD_KBO, "", "", ""],  # KBO match: unchanged
            ["", "Werkgever", "", "Geel", "", ""],  # no name
            ["Foutbedrijf", "Werkgever", "0203.201.341", "Geel", "", ""],  # bad KBO
            ["Ergens", "Werkgever", "", "Atlantis", "", ""],  # unknown municipality
            ["Raar", "Ruimtevaart", "", "Geel", "", ""],  # unknown type
            ["CAW De Kempen", "Welzijnsorganisatie", "", "2300", "", ""],  # NIS/postcode? text
        ],
    )
    result = import_partners(existing, path)
    assert result.header_row == 3
    assert (result.rows, result.created, result.updated, result.unchanged) == (8, 1, 1, 1)
    reasons = dict(result.rejected)
    assert reasons[7] == "Geen naam."
    assert "Controlegetal" in reasons[8]
    assert "Onbekende gemeente ‘Atlantis’" in reasons[9]
    assert "Onbekende soort organisatie ‘Ruimtevaart’" in reasons[10]
    assert "Onbekende gemeente ‘2300’" in reasons[11]
    with existing.session() as session:
        names = dict(session.execute(select(Partner.name, Partner.sector)).all())
        assert names["Bakkerij Peeters"] == "Voeding"
        assert names["Nethechem NV"] == "Chemie"  # empty field filled, name kept
        assert names["Logistiek Geel"] == "Logistiek"  # matched on KBO, nothing overwritten
        assert session.scalar(select(func.count()).select_from(Partner)) == 3
        assert session.scalar(
            select(AuditEntry.action).where(AuditEntry.action == "partner.import")
        )


def test_import_csv_and_dry_run(existing, tmp_path):
    path = tmp_path / "lijst.csv"
    path.write_text(
        "Bedrijf;KBO;Plaats\nGlasnet Kempen;;Beerse\nGlasnet Kempen;;Beerse\n", encoding="utf-8"
    )
    result = import_partners(existing, path, dry_run=True)
    assert (result.created, result.unchanged) == (1, 1)  # the repeat matches the row before it
    with existing.session() as session:
        assert session.scalar(select(func.count()).select_from(Partner)) == 2
    import_partners(existing, path)
    with existing.session() as session:
        glas = session.scalar(select(Partner).where(Partner.name == "Glasnet Kempen"))
        assert glas.partner_type_code == "andere" and glas.municipality_nis == "13004"


def test_file_without_header_or_hostile_is_refused_in_dutch(existing, tmp_path):
    with pytest.raises(PartnerListError, match="Geen kopregel"):
        import_partners(existing, _xlsx(tmp_path / "x.xlsx", [["a", "b"], [1, 2]]))
    with pytest.raises(PartnerListError, match="veiligheidsredenen"):
        import_partners(existing, CORPUS / "attacks" / "poi__54764.xlsx")
    with pytest.raises(PartnerListError) as caught:
        import_partners(existing, CORPUS / "attacks" / "poi__poc-xmlbomb.xlsx")
    assert str(caught.value) and "Traceback" not in str(caught.value)
    with existing.session() as session:
        assert session.scalar(select(func.count()).select_from(Partner)) == 2


def test_cli_import_hostile_exit_code_and_json(existing, tmp_path, capsys):
    db = str(existing.path)
    assert (
        main(["--db", db, "partners", "import", str(CORPUS / "attacks" / "poi__54764.xlsx")]) == 2
    )
    err = capsys.readouterr().err
    assert err.startswith("kempen: poi__54764.xlsx:") and "veiligheidsredenen" in err
    path = _xlsx(
        tmp_path / "p.xlsx", [["Naam", "Gemeente"], ["Nieuwe Partner", "Geel"], ["", "Geel"]]
    )
    assert main(["--db", db, "partners", "import", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["created"] == 1 and data["rejected"] == 1
    assert data["rejected_rows"] == [{"row": 3, "reason": "Geen naam."}]
    assert main(["--db", db, "partners", "import", str(tmp_path / "weg.xlsx")]) == 2


def test_export_reads_back_and_reimports_unchanged(existing, tmp_path, capsys):
    with existing.transaction() as s:
        partner = s.scalar(select(Partner).where(Partner.name == "Logistiek Geel"))
        partner.contacts.append(ContactPerson(first_name="An", last_name="Peeters", function="HR"))
        s.add(Partner(name='=HYPERLINK("x")', partner_type_code="andere"))
    out = tmp_path / "partners.xlsx"
    assert export_partners(existing, out) == 3
    workbook = load_workbook(out)
    sheet = workbook["Partners"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = rows.index(next(r for r in rows if r and r[0] == "Naam"))
    data = {r[0]: r for r in rows[header + 1 :]}
    assert data["Logistiek Geel"][1] == "Werkgever" and data["Logistiek Geel"][2] == GOOD_KBO
    assert data["Logistiek Geel"][3] == "Geel" and data["Logistiek Geel"][15] == 1
    assert data['=HYPERLINK("x")'][0].startswith("=")  # stored as text, not a formula
    assert sheet.cell(row=header + 2, column=1).data_type == "s"
    contacts = [list(r) for r in workbook["Contactpersonen"].iter_rows(values_only=True)]
    assert ["Logistiek Geel", "An", "Peeters", "HR"] in [r[:4] for r in contacts]
    again = import_partners(existing, out)
    assert (again.created, again.updated, again.unchanged, again.rejected) == (0, 0, 3, [])
    # Only the chosen partners, and the CLI export.
    with existing.session() as session:
        one = session.scalar(select(Partner.id).where(Partner.name == "Nethechem NV"))
    assert export_partners(existing, tmp_path / "een.xlsx", [one]) == 1
    assert main(["--db", str(existing.path), "partners", "export", str(tmp_path / "cli.xlsx")]) == 0
    assert "3 partners" in capsys.readouterr().out
    assert main(["--db", str(existing.path), "partners", "export", str(tmp_path / "cli.csv")]) == 2


def _export_audits(database) -> int:
    with database.session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "export.xlsx")
            )
            or 0
        )


def test_export_is_audited_before_the_file_appears(existing, tmp_path, monkeypatch):
    import os

    out = tmp_path / "partners.xlsx"
    seen = []
    real_replace = os.replace

    def watching(src, dst):
        if Path(str(dst)) == out:
            seen.append(_export_audits(existing))  # what a second reader sees at that moment
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", watching)
    assert export_partners(existing, out) == 2
    assert seen == [1] and out.is_file()


def test_export_with_a_failed_audit_commit_leaves_no_file(existing, tmp_path, monkeypatch):
    import sqlite3

    from sqlalchemy import exc
    from sqlalchemy.orm import SessionTransaction

    out = tmp_path / "partners.xlsx"
    real_commit = SessionTransaction.commit

    def full_disk(self, *args, **kwargs):
        if any(
            isinstance(o, AuditEntry) and o.action == "export.xlsx"
            for o in list(self.session.identity_map.values()) + list(self.session.new)
        ):
            raise exc.OperationalError(
                "COMMIT", {}, sqlite3.OperationalError("database or disk is full")
            )
        return real_commit(self, *args, **kwargs)

    monkeypatch.setattr(SessionTransaction, "commit", full_disk)
    with pytest.raises(exc.OperationalError):
        export_partners(existing, out)
    monkeypatch.undo()
    from kempen_desktop.tempfiles import is_temp_name

    assert not out.exists() and not [p for p in tmp_path.iterdir() if is_temp_name(p.name)]
    assert _export_audits(existing) == 0
