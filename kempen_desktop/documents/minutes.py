"""The verslag of an overlegmoment as a PDF and its action list as an .xlsx, from plain data.

What goes in (the full version, or a partner's version without the dossiers that may not be
shared with that partner) is decided by the gatherer, services/meetings/minutes.py; this
module only lays it out in the house style. The full version is marked *intern* in its
subtitle and on every page's footer; a partner's version lists that partner's own action
points first.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kempen_desktop.documents.sender import NOBODY, Sender

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from kempen_desktop.documents.pdf import DocumentInfo


@dataclass(frozen=True)
class MinutesParticipant:
    label: str
    attendance: str  # uitgenodigd, aanwezig, verontschuldigd, afwezig


@dataclass(frozen=True)
class MinutesItem:
    label: str  # "Dossier 12 — Naam" or the title of a free item
    dossier_id: uuid.UUID | None
    discussion: str
    agreements: str


@dataclass(frozen=True)
class MinutesAction:
    description: str
    owner: str
    dossier_id: uuid.UUID | None
    dossier_num: int | None
    deadline: date | None
    status_label: str
    completed_on: date | None
    own: bool = False  # owned by the partner this version is for


INTERNAL_MARK = "INTERN — volledig verslag, niet aan partners bezorgen"
INTERNAL_FOOTER = "INTERN — niet aan partners bezorgen. Vertrouwelijk — bevat persoonsgegevens."


@dataclass(frozen=True)
class MinutesContent:
    title: str
    type_label: str
    starts_at: datetime
    ends_at: datetime | None
    location: str
    organiser: str
    status_label: str
    held: bool  # the meeting took place: attendance instead of the invitation list
    cancel_reason: str
    general_notes: str
    participants: Sequence[MinutesParticipant]
    agenda: Sequence[MinutesItem]
    actions: Sequence[MinutesAction]
    partner_name: str = ""  # empty for the full version
    left_out: int = 0  # dossier items not in this version


def when(content: MinutesContent) -> str:
    text = f"{content.starts_at:%d-%m-%Y}, {content.starts_at:%H:%M}"
    if content.ends_at:
        text += f"–{content.ends_at:%H:%M}"
    return text


def _names(content: MinutesContent, attendance: str) -> str:
    return ", ".join(p.label for p in content.participants if p.attendance == attendance) or "—"


def _action_rows(actions: Sequence[MinutesAction]) -> list[tuple[str, ...]]:
    return [
        (
            a.description,
            a.owner,
            str(a.dossier_num) if a.dossier_num else "",
            f"{a.deadline:%d-%m-%Y}" if a.deadline else "",
            a.status_label,
        )
        for a in actions
    ]


def write_minutes_pdf(path: Path, content: MinutesContent, sender: Sender = NOBODY) -> int:
    """Write the verslag to `path` (atomically); returns the number of pages. `sender`: the
    letterhead on every page and who prepared it ("Opgesteld door …")."""
    from kempen_desktop.documents.pdf import build_pdf

    info, story = _minutes_story(content, sender)
    return build_pdf(path, info, story)


def minutes_pdf_bytes(content: MinutesContent, sender: Sender = NOBODY) -> bytes:
    """The verslag as PDF bytes, built in memory (no file, e.g. for a mail attachment)."""
    import io

    from reportlab.platypus.doctemplate import LayoutError

    from kempen_desktop.documents import pdf

    info, story = _minutes_story(content, sender)
    buffer = io.BytesIO()
    doc = pdf._Doc(buffer, info)  # type: ignore[arg-type]  # reportlab takes a stream
    try:
        doc.build(
            pdf.title_block(info) + list(story),
            canvasmaker=pdf._numbered_canvas(info, datetime.now()),
        )
    except LayoutError:
        raise pdf.PdfError(
            "Het verslag kon niet worden opgemaakt: een onderdeel past niet op een pagina."
        ) from None
    return buffer.getvalue()


def _minutes_story(content: MinutesContent, sender: Sender) -> tuple[DocumentInfo, list[Flowable]]:
    """The document info and the flowables of the verslag."""
    from reportlab.lib.units import mm

    from kempen_desktop.documents.pdf import (
        DocumentInfo,
        data_table,
        heading,
        keep,
        key_values,
        paragraph,
        paragraphs,
        spacer,
    )

    subtitle = f"{content.type_label} · {when(content)}" + (
        f" · {content.location}" if content.location else ""
    )
    if content.partner_name:
        subtitle += f"\nVersie voor {content.partner_name}"
        info = DocumentInfo(title=f"Verslag {content.title}", subtitle=subtitle)
    else:
        subtitle += f"\n{INTERNAL_MARK}"
        info = DocumentInfo(
            title=f"Verslag {content.title}", subtitle=subtitle, footer=INTERNAL_FOOTER
        )
    info = info.signed(sender)
    facts = [("Soort", content.type_label), ("Datum en uur", when(content))]
    if content.location:
        facts.append(("Plaats", content.location))
    if content.organiser:
        facts.append(("Organisatie", content.organiser))
    facts.append(("Status", content.status_label))
    if content.cancel_reason:
        facts.append(("Reden", content.cancel_reason))
    if content.held:
        facts += [
            ("Aanwezig", _names(content, "aanwezig")),
            ("Verontschuldigd", _names(content, "verontschuldigd")),
        ]
        absent = _names(content, "afwezig")
        if absent != "—":
            facts.append(("Afwezig", absent))
    else:
        facts.append(("Uitgenodigd", ", ".join(p.label for p in content.participants) or "—"))
    story: list[Flowable] = [key_values(facts)]
    if content.partner_name:
        story += [
            spacer(2),
            paragraph(
                f"Deze versie bevat alleen de dossiers die met {content.partner_name} gedeeld "
                f"mogen worden (geldige toestemming op {content.starts_at:%d-%m-%Y}).",
                "small",
            ),
        ]
    else:
        story += [spacer(2), paragraph(f"{INTERNAL_MARK}.", "small_bold")]
    story += [spacer(3), heading("Agenda en afspraken")]
    if not content.agenda:
        story.append(paragraph("Geen agendapunten.", "small"))
    for number, item in enumerate(content.agenda, start=1):
        block: list[Flowable] = [heading(f"{number}. {item.label}", 2)]
        if item.discussion.strip():
            block += [paragraph("Besproken", "small"), *paragraphs(item.discussion.strip())]
        if item.agreements.strip():
            block += [paragraph("Afspraak", "small"), *paragraphs(item.agreements.strip())]
        if not (item.discussion.strip() or item.agreements.strip()):
            block.append(paragraph("Geen notities.", "small"))
        for action in content.actions:
            if action.dossier_id is None or action.dossier_id != item.dossier_id:
                continue
            deadline = f" — tegen {action.deadline:%d-%m-%Y}" if action.deadline else ""
            block += paragraphs(f"Actie: {action.description} ({action.owner}{deadline})", "small")
        block.append(spacer(2))
        story.append(keep(*block))
    if content.general_notes.strip():
        story += [heading("Algemene notities"), *paragraphs(content.general_notes.strip())]
    widths = (66 * mm, 45 * mm, 19 * mm, 22 * mm, 22 * mm)
    header = ("Wat", "Wie", "Dossier", "Tegen", "Status")
    if content.partner_name:
        own = [a for a in content.actions if a.own]
        story += [
            heading(f"Actiepunten voor {content.partner_name}"),
            data_table(header, _action_rows(own), widths, empty="Geen actiepunten."),
            heading("Andere actiepunten"),
            data_table(
                header,
                _action_rows([a for a in content.actions if not a.own]),
                widths,
                empty="Geen actiepunten.",
            ),
        ]
    else:
        story += [
            heading("Actiepunten"),
            data_table(header, _action_rows(content.actions), widths, empty="Geen actiepunten."),
        ]
    return info, story


def write_action_list_xlsx(path: Path, content: MinutesContent) -> int:
    """The action points as a workbook; returns the number of rows."""
    from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet, write_workbook

    columns = [
        XlsxColumn("Actiepunt", "text", 60),
        XlsxColumn("Wie", "text", 32),
        XlsxColumn("Dossier", "int", 10),
        XlsxColumn("Deadline", "date", 12),
        XlsxColumn("Status", "text", 12),
        XlsxColumn("Afgerond op", "date", 12),
    ]
    rows = [
        (a.description, a.owner, a.dossier_num, a.deadline, a.status_label, a.completed_on)
        for a in content.actions
    ]
    subtitle = f"{content.type_label}, {when(content)}" + (
        f" — versie voor {content.partner_name}" if content.partner_name else ""
    )
    sheet = XlsxSheet("Actiepunten", columns, rows, f"Actiepunten {content.title}", subtitle)
    return write_workbook(path, [sheet])
