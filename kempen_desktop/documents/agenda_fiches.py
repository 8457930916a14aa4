"""The dossierfiches of a meeting's agenda as one PDF: a cover page (meeting, date, place,
participants, the agenda with the page on which each dossier's fiche starts), then one
fiche per agenda dossier (documents/dossier_fiche.py lays out each fiche).

The page numbers are measured: the document is laid out once in memory with markers that
note the page each fiche starts on, then written with those numbers on the cover (the cover
is one page in both passes, so the numbers hold). Agenda dossiers without a fiche in the
document (the partner version leaves out what the partner may not see) are not named on
the cover either.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kempen_desktop.documents.dossier_fiche import FicheDocument, _fiche, document_title
from kempen_desktop.documents.sender import NOBODY, Sender

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


@dataclass(frozen=True)
class CoverItem:
    """One agenda line: a free item (dossier_num None) or a dossier."""

    title: str
    dossier_num: int | None = None


@dataclass(frozen=True)
class AgendaCover:
    meeting_title: str
    type_label: str
    when: str  # "dinsdag 03-03-2026 09:30–11:30"
    location: str
    participants: Sequence[str]  # "Sofie Wouters (VDAB) — aanwezig"
    agenda: Sequence[CoverItem]


def _marker(key: int, pages: dict[int, int]) -> Flowable:
    from reportlab.platypus import Flowable as Base

    class _PageMark(Base):  # type: ignore[misc]  # reportlab has no type hints
        def wrap(self, *_args: Any) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            pages.setdefault(key, int(self.canv.getPageNumber()))

    return _PageMark()


def _cover(cover: AgendaCover, content: FicheDocument, pages: dict[int, int]) -> list[Flowable]:
    from reportlab.lib.units import mm

    from kempen_desktop.documents import pdf

    printed = {fiche.num for fiche in content.fiches}
    pairs = [("Overleg", f"{cover.type_label}: {cover.meeting_title}"), ("Wanneer", cover.when)]
    if cover.location:
        pairs.append(("Waar", cover.location))
    if content.partner_name:
        pairs.append(("Versie voor", content.partner_name))
    rows = []
    number = 0
    for item in cover.agenda:
        if item.dossier_num is not None and item.dossier_num not in printed:
            continue
        number += 1
        page = pages.get(item.dossier_num, 0) if item.dossier_num is not None else 0
        rows.append([str(number), item.title, str(page) if page else "—"])
    story: list[Flowable] = [
        pdf.paragraph(f"Dossierfiches — {cover.meeting_title}", "title"),
        pdf.paragraph(cover.when, "subtitle"),
        pdf.spacer(3),
        pdf.key_values(pairs),
        pdf.heading("Deelnemers"),
        pdf.paragraph(" · ".join(cover.participants) or "Geen deelnemers uitgenodigd."),
        pdf.heading("Agenda"),
        pdf.data_table(
            ["Nr", "Agendapunt", "Pagina"],
            rows,
            [12 * mm, 140 * mm, 22 * mm],
            empty="De agenda is leeg.",
        ),
    ]
    return story


def _story(
    cover: AgendaCover, content: FicheDocument, shown: dict[int, int], marks: dict[int, int]
) -> list[Flowable]:
    """The cover (with the page numbers `shown`) and the fiches; while the story is drawn,
    `marks` receives the page on which each fiche starts."""
    from reportlab.platypus import PageBreak

    story = _cover(cover, content, shown)
    for fiche in content.fiches:
        story.append(PageBreak())
        story.append(_marker(fiche.num, marks))
        story += _fiche(fiche, content.partner_name)
    return story


def write_agenda_fiches_pdf(
    path: Path, cover: AgendaCover, content: FicheDocument, sender: Sender = NOBODY
) -> int:
    """Write the cover and the fiches to `path` (atomically); returns the page count.
    `sender`: the letterhead on every page (both passes: the same room for the text)."""
    from kempen_desktop.documents import pdf

    footer = pdf.CONFIDENTIAL
    if content.partner_name:
        footer = (
            f"Vertrouwelijk — enkel voor {content.partner_name}, op basis van de toestemming "
            "van de cliënt."
        )
    info = pdf.DocumentInfo(title=document_title(content), subtitle="", footer=footer)
    info = info.signed(sender, byline=False)
    pages: dict[int, int] = {}
    # Pass 1, in memory: on which page does each fiche start?
    measuring = pdf._Doc(io.BytesIO(), info)  # type: ignore[arg-type]  # reportlab takes a stream
    measuring.build(_story(cover, content, {}, pages))
    # Pass 2: the file, with those page numbers on the cover.
    return pdf.build_pdf(Path(path), info, _story(cover, content, pages, {}), with_title=False)
