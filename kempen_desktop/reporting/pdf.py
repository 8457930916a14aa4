"""The house style of every PDF we print: A4, a title block, page numbers, the print date
and a confidentiality footer; a Unicode font when the system has one.

Usage: build a story of flowables with the helpers below (`paragraph`, `heading`,
`data_table`, `key_values`) and hand it to `build_pdf`, which writes through a temporary
file. reportlab is imported here only, so nothing loads it before a PDF is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kempen_desktop import APP_NAME
from kempen_desktop.reporting.atomic import atomic_output

ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#5A6470")
RULE = colors.HexColor("#C9D3DD")
STRIPE = colors.HexColor("#F2F5F8")
MARGIN = 18 * mm
CONFIDENTIAL = "Vertrouwelijk — bevat persoonsgegevens. Niet doorgeven zonder toestemming."

# Fonts that cover Latin Extended (Turkish, Polish, Romanian names), tried in order.
_FONT_CANDIDATES = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
    ("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
)


@cache
def fonts() -> tuple[str, str]:
    """(regular, bold) font names; registered once per process."""
    for regular, bold in _FONT_CANDIDATES:
        if Path(regular).is_file() and Path(bold).is_file():
            try:
                pdfmetrics.registerFont(TTFont("KempenSans", regular))
                pdfmetrics.registerFont(TTFont("KempenSans-Bold", bold))
            except Exception:  # an unreadable font file: fall back to the built-in one
                continue
            pdfmetrics.registerFontFamily("KempenSans", normal="KempenSans", bold="KempenSans-Bold",
                                          italic="KempenSans", boldItalic="KempenSans-Bold")
            return "KempenSans", "KempenSans-Bold"
    return "Helvetica", "Helvetica-Bold"


@cache
def styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts()
    base = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5, alignment=TA_LEFT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=18, leading=22, textColor=ACCENT),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10.5, leading=14, textColor=MUTED),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=13, leading=16, textColor=ACCENT,
                             spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=10.5, leading=13, spaceBefore=6,
                             spaceAfter=2, keepWithNext=1),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=bold, fontSize=8.5, leading=10.5),
        "header": ParagraphStyle("header", parent=base, fontName=bold, fontSize=8.5, leading=10.5,
                                 textColor=colors.white),
    }


def paragraph(text: str, style: str = "body") -> Paragraph:
    """Plain text (escaped; line breaks kept) as a paragraph."""
    return Paragraph(escape(text).replace("\n", "<br/>"), styles()[style])


def heading(text: str, level: int = 1) -> Paragraph:
    return paragraph(text, "h1" if level == 1 else "h2")


def data_table(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
               *, empty: str = "Geen.") -> Flowable:
    """A striped table with a coloured header row that repeats on every page."""
    if not rows:
        return paragraph(empty, "small")
    cell = styles()["cell"]
    data = [[Paragraph(escape(str(h)), styles()["header"]) for h in header]]
    data += [[v if isinstance(v, Flowable) else Paragraph(escape("" if v is None else str(v))
                                                          .replace("\n", "<br/>"), cell) for v in row]
             for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, i), (-1, i), STRIPE) for i in range(2, len(data), 2)]
    table.setStyle(TableStyle(commands))
    return table


def key_values(pairs: Sequence[tuple[str, str]], widths: tuple[float, float] = (45 * mm, 125 * mm)) -> Flowable:
    """Label/value pairs in two columns (an identity block, meeting facts)."""
    rows = [[Paragraph(escape(k), styles()["cell_bold"]),
             Paragraph(escape(v).replace("\n", "<br/>"), styles()["cell"])] for k, v in pairs]
    table = Table(rows, colWidths=list(widths))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    subtitle: str = ""
    footer: str = CONFIDENTIAL
    author: str = APP_NAME


class _Doc(BaseDocTemplate):
    def __init__(self, target: str, info: DocumentInfo) -> None:
        super().__init__(target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                         bottomMargin=MARGIN + 6 * mm, title=info.title, author=info.author,
                         subject=info.subtitle, creator=APP_NAME)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])


def _numbered_canvas(info: DocumentInfo, printed: datetime) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each footer can say 'pagina x van y'."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(len(self._pages))
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            regular, _bold = fonts()
            width, _height = A4
            self.saveState()
            self.setStrokeColor(RULE)
            self.line(MARGIN, MARGIN + 2 * mm, width - MARGIN, MARGIN + 2 * mm)
            self.setFont(regular, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, MARGIN - 2 * mm, info.footer)
            self.drawString(MARGIN, MARGIN - 6 * mm, f"{info.title} — afgedrukt op {printed:%d-%m-%Y %H:%M}")
            self.drawRightString(width - MARGIN, MARGIN - 6 * mm, f"Pagina {self._pageNumber} van {total}")
            self.restoreState()

    return NumberedCanvas


def title_block(info: DocumentInfo) -> list[Flowable]:
    parts: list[Flowable] = [paragraph(info.title, "title")]
    if info.subtitle:
        parts.append(paragraph(info.subtitle, "subtitle"))
    parts.append(spacer(5))
    return parts


def build_pdf(path: Path, info: DocumentInfo, story: Sequence[Flowable], *,
              printed: datetime | None = None, with_title: bool = True) -> int:
    """Write the document to `path` (atomically); returns the number of pages."""
    flowables = (title_block(info) if with_title else []) + list(story)
    with atomic_output(Path(path)) as temp:
        doc = _Doc(str(temp), info)
        doc.build(flowables, canvasmaker=_numbered_canvas(info, printed or datetime.now()))
    return int(doc.page)
