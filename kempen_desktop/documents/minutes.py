"""The verslag of an overlegmoment as a PDF and its action list as an .xlsx, from plain data.

What goes in (the full version, or a partner's version without the dossiers that partner
does not follow) is decided by the gatherer, services/meetings/minutes.py; this module only
lays it out in the house style.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path


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


def write_minutes_pdf(path: Path, content: MinutesContent) -> int:
    """Write the verslag to `path` (atomically); returns the number of pages."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable

    from kempen_desktop.documents.pdf import (
        DocumentInfo,
        build_pdf,
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
                f"Deze versie bevat alleen de dossiers die {content.partner_name} opvolgt.", "small"
            ),
        ]
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
    story.append(heading("Actiepunten"))
    rows = [
        (
            a.description,
            a.owner,
            str(a.dossier_num) if a.dossier_num else "",
            f"{a.deadline:%d-%m-%Y}" if a.deadline else "",
            a.status_label,
        )
        for a in content.actions
    ]
    story.append(
        data_table(
            ("Wat", "Wie", "Dossier", "Tegen", "Status"),
            rows,
            (66 * mm, 45 * mm, 19 * mm, 22 * mm, 22 * mm),
            empty="Geen actiepunten.",
        )
    )
    return build_pdf(path, info, story)


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
