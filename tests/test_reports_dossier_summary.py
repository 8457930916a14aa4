"""The dossierfiche PDF: sections, partner version, meeting agendas, the command line."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.db.models import (
    ActionPoint,
    AgendaItem,
    AuditEntry,
    Consent,
    Meeting,
    TimelineEntry,
    WorkExit,
)
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.reports import dossier_fiche

LONG = "Lange notitie. " * 120 + "EINDE-VAN-DE-NOTITIE"


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def dossiers(database, partner_ids) -> dict[str, uuid.UUID]:
    partner_id, contact_id = partner_ids
    service = Workspace(database).dossiers
    with_consent = service.create(
        DossierInput(
            last_name="Peeters",
            first_name="An",
            insz="85073016095",
            birth_date=date(1985, 7, 30),
            sex="F",
            municipality_nis="13040",
            target_groups={"kortgeschoold"},
            responsible_partner_id=partner_id,
            counsellor_id=contact_id,
            situation="Geheime situatie",
        ),
        opened_on=date(2025, 1, 6),
    )
    without = service.create(
        DossierInput(
            last_name="Zonder", first_name="Akkoord", insz="00010101885", municipality_nis="13040"
        ),
        opened_on=date(2025, 1, 6),
    )
    service.change_status(
        with_consent,
        "in_begeleiding",
        effective_on=date(2025, 2, 1),
        closing_reason=None,
        note="Moeilijke thuissituatie besproken",
    )
    with database.transaction() as s:
        s.add(
            Consent(
                dossier_id=with_consent,
                partner_id=partner_id,
                purpose="trajectbegeleiding",
                given_on=date(2025, 1, 6),
            )
        )
        s.add(
            Consent(
                dossier_id=without,
                partner_id=partner_id,
                purpose="trajectbegeleiding",
                given_on=date(2025, 1, 6),
                withdrawn_on=date(2025, 2, 1),
            )
        )
        s.add(
            TimelineEntry(
                dossier_id=with_consent,
                kind="note",
                occurred_at=datetime(2025, 3, 1, 10),
                title="Interne notitie",
                body=LONG,
            )
        )
        s.add(
            TimelineEntry(
                dossier_id=with_consent,
                kind="contact",
                occurred_at=datetime(2025, 4, 1, 10),
                title="Telefonisch contact",
                body="Afspraak bij VDAB gemaakt.",
            )
        )
        s.add(
            ActionPoint(
                dossier_id=with_consent, description="Cv nakijken", deadline=date(2030, 1, 1)
            )
        )
        s.add(
            ActionPoint(
                dossier_id=with_consent,
                description="Al gedaan",
                status="afgerond",
                completed_on=date(2025, 1, 1),
            )
        )
        s.add(
            WorkExit(
                dossier_id=with_consent,
                employer_name="Bakkerij Janssens",
                started_on=date(2025, 5, 1),
                contract_type_code="onbepaalde_duur",
                still_working_6m=True,
                followup_6m_on=date(2025, 11, 1),
            )
        )
    return {"with": with_consent, "without": without}


def test_full_fiche_has_every_section(database, dossiers, tmp_path: Path) -> None:
    out = tmp_path / "fiche.pdf"
    result = Workspace(database).dossiers.write_summaries([dossiers["with"]], out)
    assert result.dossiers == 1 and result.pages >= 2  # the long note runs onto the next page
    text = _text(out)
    for section in dossier_fiche.SECTION_LABELS.values():
        assert section in text
    assert "85.07.30-160.95" in text or "85073016095" in text
    assert "In begeleiding" in text and "Kortgeschoold" in text and "VDAB Turnhout" in text
    assert "Sofie Wouters" in text and "Cv nakijken" in text and "Al gedaan" not in text
    assert "Bakkerij Janssens" in text and "nog aan het werk" in text
    assert "EINDE-VAN-DE-NOTITIE" in text  # wrapped, not cut
    assert text.index("Telefonisch contact") < text.index("Interne notitie")  # newest first
    assert "Pagina 1 van" in text and "Vertrouwelijk" in text
    with database.session() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "print.dossier")).all()
    assert [a.entity_id for a in audit] == [str(dossiers["with"])]
    assert all("Peeters" not in a.detail for a in audit)


def test_sections_option(database, dossiers, tmp_path: Path) -> None:
    out = tmp_path / "fiche.pdf"
    Workspace(database).dossiers.write_summaries(
        [dossiers["with"]], out, dossier_fiche.SummaryOptions(sections=("identiteit", "werk"))
    )
    text = _text(out)
    assert "Identiteit" in text and "Uitstroom naar werk" in text
    assert "Tijdlijn" not in text and "Toestemming" not in text


def test_partner_version(database, dossiers, tmp_path: Path) -> None:
    out = tmp_path / "partner.pdf"
    result = Workspace(database).dossiers.write_summaries(
        [dossiers["with"], dossiers["without"]],
        out,
        dossier_fiche.SummaryOptions(partner="VDAB Turnhout"),
    )
    assert (result.dossiers, result.skipped) == (1, 1)
    text = _text(out)
    assert "Peeters" in text and "Zonder" not in text
    assert "85073016095" not in text and "85.07.30" not in text and "INSZ" not in text
    assert "Interne notitie" not in text and "EINDE-VAN-DE-NOTITIE" not in text
    assert "Geheime situatie" not in text
    assert "Moeilijke thuissituatie" not in text  # a status note, also not through the timeline
    assert "Telefonisch contact" in text and "versie voor VDAB Turnhout" in text
    assert "30-07-1985" not in text  # birth date is not in the default partner fields
    assert "Gemeente" in text and "Adres" not in text  # the municipality is, the address is not
    # Nobody with consent: no file at all.
    none = tmp_path / "none.pdf"
    result = Workspace(database).dossiers.write_summaries(
        [dossiers["without"]], none, dossier_fiche.SummaryOptions(partner="VDAB Turnhout")
    )
    assert result.dossiers == 0 and not none.exists()


def test_partner_version_shows_target_groups_only_when_allowed(
    database, dossiers, partner_ids, tmp_path: Path
) -> None:
    from kempen_desktop.db.models import Partner

    with database.transaction() as s:
        s.get(Partner, partner_ids[0]).shared_fields = "last_name,first_name,municipality"
    out = tmp_path / "partner.pdf"
    result = Workspace(database).dossiers.write_summaries(
        [dossiers["with"]], out, dossier_fiche.SummaryOptions(partner="VDAB Turnhout")
    )
    assert result.dossiers == 1
    text = _text(out)
    assert "Peeters" in text and "Turnhout" in text
    assert "Kansengroepen" not in text and "Kortgeschoold" not in text
    assert "Taal" not in text


def test_meeting_agenda_in_one_pdf(database, dossiers, tmp_path: Path) -> None:
    with database.transaction() as s:
        meeting = Meeting(
            meeting_type_code="clientoverleg",
            title="Cliëntoverleg maart",
            starts_at=datetime(2025, 3, 20, 9),
        )
        s.add(meeting)
        s.flush()
        s.add_all(
            [
                AgendaItem(meeting_id=meeting.id, position=1, dossier_id=dossiers["without"]),
                AgendaItem(meeting_id=meeting.id, position=2, title="Varia"),
                AgendaItem(meeting_id=meeting.id, position=3, dossier_id=dossiers["with"]),
            ]
        )
        meeting_id = meeting.id
    ids = Workspace(database).dossiers.on_agenda(meeting_id)
    assert ids == [dossiers["without"], dossiers["with"]]
    out = tmp_path / "agenda.pdf"
    result = Workspace(database).dossiers.write_summaries(
        ids, out, meeting_title="Cliëntoverleg maart"
    )
    assert result.dossiers == 2
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert "Zonder" in pages[0] and "Peeters" not in pages[0]  # each dossier on its own page
    assert any("Peeters" in page for page in pages[1:])
    cli_out = tmp_path / "agenda-cli.pdf"
    assert (
        main(
            [
                "--db",
                str(database.path),
                "report",
                "dossier",
                str(meeting_id),
                str(cli_out),
                "--meeting",
            ]
        )
        == 0
    )
    assert "Dossierfiches — Cliëntoverleg maart 20-03-2025" in _text(cli_out)
    assert (
        main(
            ["--db", str(database.path), "report", "dossier", "geen-id", str(cli_out), "--meeting"]
        )
        == 2
    )


def test_cli(database, dossiers, tmp_path: Path) -> None:
    db = str(database.path)
    num = Workspace(database).dossiers.num_for(dossiers["with"])
    out = tmp_path / "cli.pdf"
    assert main(["--db", db, "report", "dossier", str(num), str(out)]) == 0 and out.exists()
    assert (
        main(
            [
                "--db",
                db,
                "report",
                "dossier",
                str(dossiers["with"]),
                str(out),
                "--partner",
                "VDAB Turnhout",
            ]
        )
        == 0
    )
    assert "85073016095" not in _text(out)
    assert main(["--db", db, "report", "dossier", "99999", str(out)]) == 2
    assert main(["--db", db, "report", "dossier", str(num), str(tmp_path / "x.txt")]) == 2
    assert main(["--db", db, "report", "dossier", str(num), str(out), "--sections", "foo"]) == 2
