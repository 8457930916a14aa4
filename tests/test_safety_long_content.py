"""Issue 11, item 5: long content prints — every PDF writes the whole text.

A note of 100,000 characters (numbered markers W00001 … W12500), names of 200 characters,
500 agenda items and 1,000 timeline entries: the dossierfiche (single, batch, per agenda,
partner version), the inzage PDF, the minutes (full and per partner) and the period report
split long cells over pages, and every marker is in the text pypdf extracts.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.db.models import (
    ActionPoint,
    AgendaItem,
    Consent,
    ContactPerson,
    Dossier,
    Meeting,
    Partner,
    TimelineEntry,
)
from kempen_desktop.documents import pdf
from kempen_desktop.documents.period_report_pdf import write_period_pdf
from kempen_desktop.domain.wse import WSE_CODES
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.meetings.minutes import write_minutes_pdf
from kempen_desktop.services.reports import dossier_fiche
from kempen_desktop.services.trust import subject_access

NOTE_CHARS = 100_000
MARKERS = NOTE_CHARS // 8  # "W00001. " is 8 characters


def long_note(prefix: str = "W") -> str:
    """Exactly 100,000 characters: numbered markers, a line break after every 40th."""
    parts = [f"{prefix}{n:05d}." + ("\n" if n % 40 == 0 else " ") for n in range(1, MARKERS + 1)]
    text = "".join(parts)
    assert len(text) == NOTE_CHARS
    return text


def name_of(length: int, tag: str) -> str:
    """A name of `length` characters without spaces (the worst case for wrapping), ending in
    `tag`."""
    return ("Vandenbroeck-" * 20)[: length - len(tag)] + tag


PERSON_LAST = name_of(100, "ACHTERNAAMEINDE")  # the longest a name can be (its column)
PERSON_FIRST = name_of(80, "VOORNAAMEINDE")
PARTNER_NAME = name_of(200, "PARTNEREINDE")
MEETING_TITLE = name_of(200, "OVERLEGEINDE")


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def squeezed(text: str) -> str:
    """The text without white space: a long word wrapped over lines reads as one again."""
    return "".join(text.split())


def markers(text: str, prefix: str = "W") -> set[int]:
    return {int(m) for m in re.findall(rf"{prefix}(\d{{5}})\.", text)}


@dataclass
class Big:
    dossier: uuid.UUID
    small: uuid.UUID
    num: int
    partner: uuid.UUID
    meeting: uuid.UUID


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One database for the module: filling it with the long content is the slow part."""
    db = open_database(tmp_path_factory.mktemp("long") / "kempen.db")
    yield db
    db.close()


@pytest.fixture(scope="module")
def big(database: Database) -> Big:
    service = Workspace(database).dossiers
    with database.transaction() as s:
        partner = Partner(name=PARTNER_NAME, partner_type_code="vdab")
        partner.contacts.append(ContactPerson(first_name="Sofie", last_name="Wouters"))
        s.add(partner)
        s.flush()
        partner_id = partner.id
    dossier_id = service.create(
        DossierInput(
            last_name=PERSON_LAST,
            first_name=PERSON_FIRST,
            municipality_nis="13040",
            responsible_partner_id=partner_id,
            situation="Situatie.",
        ),
        opened_on=date(2020, 1, 6),
    )
    small_id = service.create(
        DossierInput(last_name="Kort", first_name="Dossier", responsible_partner_id=partner_id),
        opened_on=date(2020, 1, 6),
    )
    start = datetime(2025, 3, 3, 9, 30)
    with database.transaction() as s:
        s.add(
            Consent(
                dossier_id=dossier_id,
                partner_id=partner_id,
                purpose="trajectbegeleiding",
                given_on=date(2020, 1, 6),
            )
        )
        for n in range(1, 999):
            s.add(
                TimelineEntry(
                    dossier_id=dossier_id,
                    kind="contact",
                    occurred_at=datetime(2020, 1, 1) + timedelta(hours=n),
                    title=f"T{n:05d}.",
                    body=f"Telefoon nummer {n}",
                )
            )
    # The long texts last: every timeline insert re-indexes the dossier's whole text for search.
    with database.transaction() as s:
        s.add(
            TimelineEntry(
                dossier_id=dossier_id,
                kind="note",
                occurred_at=datetime(2025, 1, 1, 12),
                title="Lange notitie",
                body=long_note(),
            )
        )
        s.add(
            TimelineEntry(
                dossier_id=dossier_id,
                kind="contact",
                occurred_at=datetime(2025, 1, 2, 12),
                title="Lang contact",
                body=long_note("C"),
            )
        )
        s.get(Dossier, dossier_id).situation = "Situatie. " + long_note("S")  # type: ignore[union-attr]
    with database.transaction() as s:
        meeting = Meeting(
            meeting_type_code="clientoverleg",
            title=MEETING_TITLE,
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            location="Sociaal Huis",
            status="gehouden",
            minutes=long_note("M"),
        )
        s.add(meeting)
        s.flush()
        s.add(
            ActionPoint(
                dossier_id=dossier_id,
                meeting_id=meeting.id,
                description="Actie. " + long_note("A"),
                deadline=date(2030, 1, 1),
            )
        )
        s.add(
            AgendaItem(
                meeting_id=meeting.id,
                position=1,
                dossier_id=dossier_id,
                title="",
                discussion=long_note("D"),
                agreements="Afspraak. " + long_note("G"),
            )
        )
        s.add(
            AgendaItem(
                meeting_id=meeting.id, position=2, dossier_id=small_id, title="", discussion="Kort."
            )
        )
        for n in range(3, 501):
            s.add(
                AgendaItem(
                    meeting_id=meeting.id, position=n, title=f"P{n:05d}.", discussion=f"Punt {n}"
                )
            )
        meeting_id = meeting.id
        num = s.get(Dossier, dossier_id).num  # type: ignore[union-attr]
    return Big(dossier_id, small_id, num, partner_id, meeting_id)


def test_text_pieces_keep_every_character() -> None:
    text = long_note()
    pieces = pdf.text_pieces(text, 270)
    assert len(pieces) > 20
    assert squeezed("".join(pieces)) == squeezed(text)
    word = "x" * 5000  # one very long word is cut anywhere, nothing lost
    assert "".join(pdf.text_pieces(word, 60)) == word


def test_dossierfiche_prints_a_100k_note_a_200_char_name_and_1000_entries(
    database: Database, big: Big, tmp_path: Path
) -> None:
    out = tmp_path / "fiche.pdf"
    assert main(["--db", str(database.path), "report", "dossier", str(big.num), str(out)]) == 0
    text = pdf_text(out)
    for prefix in ("W", "C", "S", "A"):  # note, contact, situation, action point
        assert markers(text, prefix) == set(range(1, MARKERS + 1)), prefix
    assert {int(m) for m in re.findall(r"T(\d{5})\.", text)} == set(range(1, 999))
    flat = squeezed(text)
    assert squeezed(PERSON_LAST) in flat and squeezed(PERSON_FIRST) in flat and PARTNER_NAME in flat


def test_dossierfiche_batch_per_agenda_and_partner_version(
    database: Database, big: Big, tmp_path: Path
) -> None:
    out = tmp_path / "agenda.pdf"
    assert (
        main(
            [
                "--db",
                str(database.path),
                "report",
                "dossier",
                str(big.meeting),
                str(out),
                "--meeting",
            ]
        )
        == 0
    )
    text = pdf_text(out)
    assert markers(text) == set(range(1, MARKERS + 1))
    assert "Kort Dossier" in text and MEETING_TITLE in squeezed(text)
    partner_out = tmp_path / "partner.pdf"
    result = Workspace(database).dossiers.write_summaries(
        [big.dossier, big.small], partner_out, dossier_fiche.SummaryOptions(partner=PARTNER_NAME)
    )
    assert result.dossiers == 1 and result.skipped == 1
    text = pdf_text(partner_out)
    assert markers(text, "C") == set(range(1, MARKERS + 1))  # contacts are shared, notes are not
    assert not markers(text, "W")
    assert PARTNER_NAME in squeezed(text)  # in the subtitle; the footer shortens it to fit the line


def test_inzage_pdf_and_xlsx_hold_the_whole_note(
    database: Database, big: Big, tmp_path: Path
) -> None:
    out, book = tmp_path / "inzage.pdf", tmp_path / "inzage.xlsx"
    assert (
        main(
            [
                "--db",
                str(database.path),
                "inzage",
                str(big.num),
                "--pdf",
                str(out),
                "--xlsx",
                str(book),
            ]
        )
        == 0
    )
    assert out.exists() and book.exists()
    text = pdf_text(out)
    for prefix in ("W", "C", "S", "D", "G", "A"):
        assert markers(text, prefix) == set(range(1, MARKERS + 1)), prefix
    assert {int(m) for m in re.findall(r"T(\d{5})\.", text)} == set(range(1, 999))
    assert squeezed(PERSON_LAST) in squeezed(text)


def test_inzage_pdf_failure_is_named_and_writes_neither(
    database: Database,
    big: Big,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(_data: object, path: Path, *_sender: object) -> int:
        raise pdf.PdfError(
            f"De PDF {path.name} kon niet worden opgemaakt: een onderdeel past niet op een pagina. "
            "Er werd geen PDF bewaard."
        )

    monkeypatch.setattr(subject_access, "write_pdf", broken)
    out, book = tmp_path / "inzage.pdf", tmp_path / "inzage.xlsx"
    assert (
        main(
            [
                "--db",
                str(database.path),
                "inzage",
                str(big.num),
                "--pdf",
                str(out),
                "--xlsx",
                str(book),
            ]
        )
        == 2
    )
    message = capsys.readouterr().err.strip()
    assert "\n" not in message and "inzage.pdf" in message and "Excel-werkmap" in message
    assert not out.exists() and not book.exists()


@pytest.mark.parametrize("for_partner", [False, True], ids=["volledig", "partner"])
def test_minutes_print_500_items_and_100k_discussions(
    database: Database, big: Big, tmp_path: Path, for_partner: bool
) -> None:
    out = tmp_path / "verslag.pdf"
    with database.transaction() as session:
        write_minutes_pdf(session, big.meeting, out, big.partner if for_partner else None)
    text = pdf_text(out)
    for prefix in ("D", "G", "M", "A"):  # discussion, agreement, general minutes, action point
        assert markers(text, prefix) == set(range(1, MARKERS + 1)), prefix
    assert {int(m) for m in re.findall(r"P(\d{5})\.", text)} == set(range(3, 501))
    flat = squeezed(text)
    assert MEETING_TITLE in flat and squeezed(PERSON_LAST) in flat
    if for_partner:
        assert PARTNER_NAME in flat


def test_period_report_prints_100k_texts(database: Database, tmp_path: Path) -> None:
    report = Workspace(database).reports.period_report(date(2025, 1, 1), date(2025, 6, 30))
    texts = {code: long_note(prefix) for code, prefix in zip(WSE_CODES, "WXYZ", strict=True)}
    reasons = [
        (
            date(2025, 2, 1) + timedelta(days=n),
            name_of(200, f"O{n:03d}"),
            f"R{n:05d}. " + "reden " * 300,
        )
        for n in range(40)
    ]
    reasons.append(
        (date(2025, 4, 1), "Lang geannuleerd", long_note("Q"))
    )  # a cell taller than a page
    report = replace(report, texts=texts, cancelled=reasons)
    out = tmp_path / "rapport.pdf"
    write_period_pdf(out, report)
    text = pdf_text(out)
    for prefix in "WXYZQ":
        assert markers(text, prefix) == set(range(1, MARKERS + 1)), prefix
    assert {int(m) for m in re.findall(r"R(\d{5})\.", text)} == set(range(40))


# -- the limit: nothing longer than 100,000 characters is stored through the app ---------------


def test_services_refuse_a_text_over_100k_with_a_dutch_message(
    database: Database, big: Big
) -> None:
    from kempen_desktop.services.dossiers.dossiers import ValidationError
    from kempen_desktop.services.meetings.meetings import MeetingError

    too_long = "x" * (NOTE_CHARS + 1)
    service = Workspace(database).dossiers
    with database.session() as s:
        before = s.scalar(select(func.count()).select_from(TimelineEntry))
    with pytest.raises(ValidationError, match="100.000 tekens"):
        service.add_timeline_entry(big.small, "note", "Te lang", too_long)
    service.add_timeline_entry(
        big.small, "note", "Net goed", "y" * NOTE_CHARS
    )  # the limit itself is fine
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(TimelineEntry)) == before + 1
        item_id = s.scalar(select(AgendaItem.id).where(AgendaItem.dossier_id == big.small))
    meetings = Workspace(database).meetings
    with pytest.raises(MeetingError, match="maximum is 100.000 tekens"):
        meetings.save_item_text(item_id, too_long, None)
    with pytest.raises(MeetingError, match="De afspraak"):
        meetings.save_item_text(item_id, None, too_long)
    with pytest.raises(MeetingError, match="algemene notities"):
        meetings.save_minutes(big.meeting, too_long)
    with database.session() as s:
        item = s.get(AgendaItem, item_id)
        assert item is not None and item.discussion == "Kort." and item.agreements == ""
        assert s.get(Meeting, big.meeting).minutes == long_note("M")  # type: ignore[union-attr]


def test_note_dialog_stops_at_100k_characters_with_a_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.ui.dossiers.note_dialog import NoteDialog

    saved: list[str] = []
    dialog = NoteDialog(lambda _kind, _title, body: saved.append(body))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.body.insertPlainText("a" * 99_990)
    assert not dialog.error.isVisible()
    dialog.body.insertPlainText("b" * 20)  # a paste that goes over the limit
    assert dialog.body.toPlainText() == "a" * 99_990 + "b" * 10
    assert dialog.error.isVisible() and "100.000 tekens" in dialog.error.text()
    dialog.try_save()
    assert saved == ["a" * 99_990 + "b" * 10]


def test_meeting_editors_stop_at_100k_characters_and_store_nothing_more(
    qtbot,
    database: Database,  # type: ignore[no-untyped-def]
    big: Big,
) -> None:
    from kempen_desktop.ui.meetings.meeting_dialog import MeetingDialog
    from kempen_desktop.ui.meetings.meeting_mode import MeetingModeWindow

    window = MeetingModeWindow(Workspace(database), big.meeting)
    qtbot.addWidget(window)
    window.show()
    assert window.discussion.toPlainText() == long_note("D")  # item 1: exactly at the limit
    cursor = window.discussion.textCursor()
    cursor.setPosition(0)
    window.discussion.setTextCursor(cursor)
    window.discussion.insertPlainText("Extra. ")
    assert window.discussion.toPlainText() == long_note("D")  # what went over was taken out again
    assert window.action_error.isVisible() and "100.000 tekens" in window.action_error.text()
    window.close()
    with database.session() as s:
        assert s.scalar(
            select(AgendaItem.discussion).where(
                AgendaItem.meeting_id == big.meeting, AgendaItem.position == 1
            )
        ) == long_note("D")
    dialog = MeetingDialog(Workspace(database), big.meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.minutes.setPlainText("")
    dialog.minutes.insertPlainText("m" * (NOTE_CHARS + 5))
    assert (
        len(dialog.minutes.toPlainText()) == NOTE_CHARS and "100.000 tekens" in dialog.error.text()
    )
    dialog.reject()
