"""Subject access: one person's data over all their dossiers, as PDF and .xlsx; audited."""

from __future__ import annotations

import errno
import os
import uuid
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from tests.import_helpers import make_insz

BORN = date(1979, 9, 14)


@pytest.fixture
def person(database: Database) -> tuple[object, list[object]]:
    service = Workspace(database).dossiers
    first = service.create(
        DossierInput(
            last_name="Inzagevrouw",
            first_name="Griet",
            insz=make_insz(BORN, 77),
            birth_date=BORN,
            street="Kerkstraat 1",
            phone="014 12 34 56",
            municipality_nis="13040",
            situation="Zoekt deeltijds werk",
        ),
        opened_on=date(2018, 4, 1),
    )
    service.add_timeline_entry(first, "note", "Intakegesprek", "Heeft een rijbewijs B")
    service.close(first, "werk", on=date(2020, 6, 30))
    with database.session() as session:
        person_id = session.execute(text("SELECT person_id FROM dossier")).scalar()
    # A second dossier of the same person, and someone else's dossier that must not appear.
    with database.transaction() as session:
        session.execute(
            text(
                "INSERT INTO dossier (id, num, person_id, status_code, status_since, opened_on, "
                "situation, discuss, "
                "created_at, updated_at) VALUES (:id, 4242, :person, 'aangemeld', '2025-01-01', "
                "'2025-01-01', "
                "'Tweede traject', false, '2025-01-01', '2025-01-01')"
            ),
            {"id": os.urandom(16).hex(), "person": person_id},
        )
    service.create(
        DossierInput(
            last_name="Anderpersoon", first_name="Piet", insz=make_insz(date(1990, 1, 1), 12)
        )
    )
    return uuid.UUID(str(person_id)), [first]


def test_pdf_and_xlsx_hold_everything_about_the_person_only(
    database: Database, person, tmp_path: Path
) -> None:
    person_id, _dossiers = person
    pdf, xlsx = tmp_path / "inzage.pdf", tmp_path / "inzage.xlsx"
    Workspace(database).trust.export_subject_access(person_id, pdf=pdf, xlsx=xlsx)
    content = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    for expected in (
        "Inzagevrouw",
        "Griet",
        make_insz(BORN, 77),
        "Kerkstraat 1",
        "Heeft een rijbewijs B",
        "Intakegesprek",
        "Zoekt deeltijds werk",
        "Tweede traject",
        "Dossier 4242",
        "Uitstroom naar werk",
        "Statusgeschiedenis",
        "dossier.create",
    ):
        assert expected in content, expected
    assert "Anderpersoon" not in content
    workbook = load_workbook(xlsx)
    assert {"Persoon", "Dossiers", "Tijdlijn", "Statusgeschiedenis"} <= set(workbook.sheetnames)
    values = [
        str(c.value) for ws in workbook.worksheets for row in ws.iter_rows() for c in row if c.value
    ]
    assert (
        "Inzagevrouw" in values and "Heeft een rijbewijs B" in values and "Tweede traject" in values
    )
    assert not any("Anderpersoon" in v for v in values)
    with database.session() as session:
        entry = session.execute(
            text(
                "SELECT action, entity, entity_id, detail FROM audit_entry WHERE action = "
                "'export.subject_access'"
            )
        ).one()
    assert entry == ("export.subject_access", "person", str(person_id), "pdf+xlsx")
    assert "Inzagevrouw" not in " ".join(entry)


def test_unknown_person_is_refused(database: Database, tmp_path: Path) -> None:
    with pytest.raises(LookupError):
        Workspace(database).trust.export_subject_access(uuid.uuid4(), pdf=tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_disk_full_keeps_the_previous_export_and_audits_nothing(
    database: Database, person, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person_id, _ = person
    pdf = tmp_path / "inzage.pdf"
    Workspace(database).trust.export_subject_access(person_id, pdf=pdf)
    good = pdf.read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        Workspace(database).trust.export_subject_access(person_id, pdf=pdf)
    monkeypatch.undo()
    assert pdf.read_bytes() == good
    with database.session() as session:
        count = session.execute(
            text("SELECT count(*) FROM audit_entry WHERE action = 'export.subject_access'")
        ).scalar()
    assert count == 1


def test_cli_inzage(
    database: Database, person, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kempen_desktop.cli import main

    _person_id, (first, *_rest) = person
    with database.session() as session:
        num = session.execute(
            text("SELECT num FROM dossier WHERE id = :id"), {"id": first.hex}
        ).scalar()
    database.close()
    db = str(database.path)
    assert (
        main(
            [
                "--db",
                db,
                "inzage",
                str(num),
                "--pdf",
                str(tmp_path / "a.pdf"),
                "--xlsx",
                str(tmp_path / "a.xlsx"),
            ]
        )
        == 0
    )
    content = "\n".join(page.extract_text() for page in PdfReader(str(tmp_path / "a.pdf")).pages)
    assert "Inzagevrouw" in content and "Dossier 4242" in content
    assert load_workbook(tmp_path / "a.xlsx")["Persoon"]["B4"].value is not None
    assert main(["--db", db, "inzage", "987654", "--pdf", str(tmp_path / "b.pdf")]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    assert not (tmp_path / "b.pdf").exists()
