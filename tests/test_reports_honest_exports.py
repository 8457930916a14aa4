"""Issue 15: exports that print, and an inzage that says what art. 15 requires."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet, write_workbook
from kempen_desktop.services.dossiers.dossiers import DossierInput
from tests.import_helpers import make_insz

BORN = date(2000, 3, 4)


def test_every_sheet_fits_the_width_repeats_its_header_and_marks_identifiers(
    tmp_path: Path,
) -> None:
    path = tmp_path / "lijst.xlsx"
    rows = [["00030412345", 12, date(2025, 1, 2)] for _ in range(3)]
    columns = [XlsxColumn("INSZ"), XlsxColumn("Aantal", "int"), XlsxColumn("Datum", "date")]
    write_workbook(path, [XlsxSheet("Een", columns, rows), XlsxSheet("Twee", columns, rows)])
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
        workbook = archive.read("xl/workbook.xml").decode()
    assert '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' in sheet
    assert (
        '<pageSetup orientation="landscape" paperSize="9" fitToWidth="1" fitToHeight="0"/>' in sheet
    )
    assert '<ignoredError sqref="A5:A7" numberStoredAsText="1"/>' in sheet
    titles = re.findall(r'<definedName name="_xlnm.Print_Titles"[^>]*>([^<]*)<', workbook)
    assert titles == ["'Een'!$4:$4", "'Twee'!$4:$4"]
    ws = load_workbook(path)["Een"]
    assert ws.print_title_rows == "$4:$4"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1


def test_the_dossier_export_prints_as_well(workspace, tmp_path: Path) -> None:
    from kempen_desktop.services.reports import exports

    workspace.dossiers.create(
        DossierInput(
            last_name="Peeters", first_name="An", insz=make_insz(BORN, 12), birth_date=BORN
        )
    )
    path = tmp_path / "dossiers.xlsx"
    workspace.dossiers.export_dossiers(path, exports.DossierExport())
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
        workbook = archive.read("xl/workbook.xml").decode()
    assert 'fitToPage="1"' in sheet and 'numberStoredAsText="1"' in sheet
    assert "_xlnm.Print_Titles" in workbook


def test_inzage_dates_typed_titles_whole_no_name_in_metadata_gdpr_texts(
    database, workspace, tmp_path: Path
) -> None:
    dossier = workspace.dossiers.create(
        DossierInput(
            last_name="Inzagevrouw", first_name="Griet", insz=make_insz(BORN, 77), birth_date=BORN
        ),
        opened_on=date(2018, 4, 1),
    )
    workspace.dossiers.add_timeline_entry(dossier, "note", "Intake", "Rijbewijs B")
    from sqlalchemy import text

    with database.session() as session:
        person_id = session.execute(text("SELECT person_id FROM dossier")).scalar()
    import uuid

    pdf, xlsx = tmp_path / "inzage.pdf", tmp_path / "inzage.xlsx"
    workspace.trust.export_subject_access(uuid.UUID(str(person_id)), pdf=pdf, xlsx=xlsx)

    reader = PdfReader(str(pdf))
    meta = reader.metadata
    for field in (meta.title, meta.subject, meta.author):
        assert "Inzagevrouw" not in (field or "") and "Griet" not in (field or "")
    content = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Inzagevrouw" in content  # on the page, for the person
    for expected in (
        "Doeleinden",
        "Ontvangers",
        "Bewaartermijn",
        "5 jaren na de afsluiting",
        "Gegevensbeschermingsautoriteit",
        "rectificatie",
    ):
        assert expected in content, expected

    workbook = load_workbook(xlsx)
    assert workbook.sheetnames[0] == "Inhoud"
    contents = {row[0]: row[1] for row in workbook["Inhoud"].iter_rows(min_row=5, values_only=True)}
    assert contents["Auditlog"] == "Wie deed wat met deze gegevens (auditlog)"
    assert "Ingelezen uit lijsten van partners" in contents.values()
    assert not any(len(name) == 31 for name in workbook.sheetnames)  # nothing cut at 31
    assert workbook["Auditlog"]["A1"].value == "Wie deed wat met deze gegevens (auditlog)"
    person = {r[0]: r[1] for r in workbook["Persoon"].iter_rows(min_row=5, values_only=True)}
    assert person["Geboortedatum"] == datetime(2000, 3, 4)  # a real date cell
    assert workbook["Persoon"]["B9"].number_format == "DD/MM/YYYY"
    timeline = workbook["Tijdlijn"]
    assert isinstance(timeline["B5"].value, datetime)
    assert "Gegevensbeschermingsautoriteit" in str(workbook["Uw rechten"]["B10"].value)
