"""Issue 18: every PDF the app writes carries the letterhead from the settings (organisation,
address, logo) at the top of every page, and the user's identity says who prepared it
(minutes, period report) and signs the e-mail drafts. Through the façade, as the UI calls it:
`workspace.sender` is what the settings hold."""

from __future__ import annotations

import email
import io
from datetime import date, timedelta
from email import policy
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import Consent
from kempen_desktop.documents import pdf
from kempen_desktop.documents.sender import Identity, Letterhead, Sender
from kempen_desktop.services.common.database import Database
from tests.meetings_helpers import World, make_world

ORGANISATION = "Stad Turnhout — Dienst Werk"
ADDRESS = "Campus Blairon 200\n2300 Turnhout"
BYLINE = "Opgesteld door Lies Van Gorp, lokale regisseur sociale economie (Stad Turnhout)"


def _logo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (240, 80), (31, 78, 121)).save(buffer, "PNG")
    return buffer.getvalue()


def _sender(logo: bytes | None = None) -> Sender:
    return Sender(
        Identity("Lies Van Gorp", "lokale regisseur sociale economie", "Stad Turnhout"),
        Letterhead(ORGANISATION, ADDRESS, _logo() if logo is None else logo),
    )


def _pages(source: Path | bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    return [page.extract_text() for page in reader.pages]


def _images(source: Path | bytes) -> list[int]:
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    return [len(page.images) for page in reader.pages]


def _assert_letterhead_on_every_page(pages: list[str]) -> None:
    assert pages
    for text in pages:
        assert ORGANISATION in text
        assert "Campus Blairon 200" in text and "2300 Turnhout" in text


def _shared(database: Database, world: World) -> None:
    with database.transaction() as session:
        for dossier_id, partner_id in ((world.vdab_due, world.vdab), (world.ocmw_due, world.ocmw)):
            session.add(
                Consent(
                    dossier_id=dossier_id,
                    partner_id=partner_id,
                    purpose="overleg",
                    given_on=date.today() - timedelta(days=100),
                )
            )


def _workspace(database: Database, sender: Sender | None = None) -> Workspace:
    workspace = Workspace(database)
    workspace.sender = sender or _sender()
    return workspace


def test_minutes_carry_the_letterhead_on_every_page_and_who_prepared_them(
    database: Database, tmp_path: Path
) -> None:
    world = make_world(database)
    workspace = _workspace(database)
    meetings = workspace.meetings
    items = meetings.add_dossiers(world.meeting, [(world.vdab_due, "")])
    meetings.save_item_text(items[0], "Besproken " * 3000, "")  # several pages
    path = tmp_path / "verslag.pdf"
    pages = meetings.write_minutes(world.meeting, path)
    assert pages > 1
    texts = _pages(path)
    _assert_letterhead_on_every_page(texts)
    assert BYLINE in texts[0]
    assert all(count == 1 for count in _images(path))  # the logo, on every page


def test_without_settings_the_minutes_look_as_before(database: Database, tmp_path: Path) -> None:
    world = make_world(database)
    path = tmp_path / "verslag.pdf"
    Workspace(database).meetings.write_minutes(world.meeting, path)
    text = "\n".join(_pages(path))
    assert "Opgesteld door" not in text and ORGANISATION not in text
    assert _images(path) == [0] * len(_images(path))


def test_a_broken_logo_still_prints_the_document_without_it(
    database: Database, tmp_path: Path
) -> None:
    world = make_world(database)
    path = tmp_path / "verslag.pdf"
    _workspace(database, _sender(logo=b"not an image")).meetings.write_minutes(world.meeting, path)
    _assert_letterhead_on_every_page(_pages(path))
    assert set(_images(path)) == {0}


def test_mail_drafts_are_signed_and_their_pdf_has_the_letterhead(
    database: Database, tmp_path: Path
) -> None:
    world = make_world(database)
    _shared(database, world)
    workspace = _workspace(database)
    workspace.meetings.add_dossiers(world.meeting, [(world.vdab_due, "")])
    workspace.meetings.write_mail_drafts(world.meeting, tmp_path)
    message = email.message_from_bytes(
        (tmp_path / "VDAB Turnhout.eml").read_bytes(), policy=policy.default
    )
    body = message.get_body(("plain",)).get_content().replace("\r\n", "\n")  # type: ignore[union-attr]
    assert body.rstrip().endswith(
        "Met vriendelijke groeten,\nLies Van Gorp\nlokale regisseur sociale economie\nStad Turnhout"
    )
    [attachment] = list(message.iter_attachments())  # type: ignore[attr-defined]
    texts = _pages(attachment.get_content())
    _assert_letterhead_on_every_page(texts)
    assert BYLINE in texts[0]


def test_mail_drafts_without_a_name_keep_the_organiser(database: Database, tmp_path: Path) -> None:
    world = make_world(database)
    _shared(database, world)
    workspace = Workspace(database)
    workspace.meetings.write_mail_drafts(world.meeting, tmp_path)
    body = email.message_from_bytes(
        (tmp_path / "VDAB Turnhout.eml").read_bytes(), policy=policy.default
    ).get_body(("plain",))
    assert "Met vriendelijke groeten," in body.get_content()  # type: ignore[union-attr]
    assert "Lies" not in body.get_content()  # type: ignore[union-attr]


def test_dossier_fiches_and_agenda_fiches_carry_the_letterhead(
    database: Database, tmp_path: Path
) -> None:
    world = make_world(database)
    _shared(database, world)
    workspace = _workspace(database)
    fiche = tmp_path / "fiche.pdf"
    workspace.dossiers.write_summaries([world.vdab_due, world.ocmw_due], fiche)
    _assert_letterhead_on_every_page(_pages(fiche))
    workspace.meetings.add_dossiers(world.meeting, [(world.vdab_due, ""), (world.ocmw_due, "")])
    agenda = tmp_path / "agenda.pdf"
    result = workspace.meetings.write_agenda_fiches(world.meeting, agenda)
    texts = _pages(agenda)
    _assert_letterhead_on_every_page(texts)
    assert result.pages == len(texts) >= 3  # the cover and two fiches


def test_subject_access_carries_the_letterhead(database: Database, tmp_path: Path) -> None:
    world = make_world(database)
    workspace = _workspace(database)
    person_id = workspace.trust.person_of_dossier(world.vdab_due)
    assert person_id is not None
    path = tmp_path / "inzage.pdf"
    workspace.trust.export_subject_access(person_id, pdf=path)
    texts = _pages(path)
    _assert_letterhead_on_every_page(texts)
    assert BYLINE in texts[0]


def test_period_report_names_its_author_under_the_letterhead(
    database: Database, tmp_path: Path
) -> None:
    make_world(database)
    workspace = _workspace(database)
    today = date.today()
    report = workspace.reports.period_report(date(today.year, 1, 1), today)
    path = tmp_path / "rapport.pdf"
    workspace.reports.write_period_report(path, report, "pdf")
    texts = _pages(path)
    _assert_letterhead_on_every_page(texts)
    assert BYLINE in texts[0]


def test_a_long_letterhead_stays_on_the_page(tmp_path: Path) -> None:
    """A very long name or address line is shortened with '…', never runs off the page."""
    letterhead = Letterhead("Organisatie " * 20, "Straat " * 30 + "\nregel 2\nregel 3\nregel 4")
    info = pdf.DocumentInfo("Test").signed(Sender(letterhead=letterhead))
    path = tmp_path / "lang.pdf"
    pdf.build_pdf(path, info, [pdf.paragraph("Inhoud")])
    [text] = _pages(path)
    assert "Organisatie Organisatie" in text and "…" in text
    assert "regel 3" in text and "regel 4" not in text  # three address lines at most


def test_the_logo_is_stored_once_however_many_pages(tmp_path: Path) -> None:
    info = pdf.DocumentInfo("Lang").signed(_sender())
    path = tmp_path / "lang.pdf"
    pages = pdf.build_pdf(path, info, [pdf.paragraph("Tekst " * 400) for _ in range(20)])
    assert pages > 3
    reader = PdfReader(path)
    logos = set()
    for page in reader.pages:
        xobjects = page["/Resources"]["/XObject"]
        logos |= {xobjects.raw_get(name).idnum for name in xobjects}  # type: ignore[attr-defined]
    assert len(logos) == 1
