"""The house style of every PDF we print: A4, the letterhead at the top of every page (when
the user set one: organisation, address, logo), a title block with who prepared it, page
numbers, the print date and a confidentiality footer; a Unicode font when the system has one.

Usage: build a story of flowables with the helpers below (`paragraph`, `heading`,
`data_table`, `key_values`) and hand it to `build_pdf`, which writes through a temporary
file. reportlab is imported here only, so nothing loads it before a PDF is asked for.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
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
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LayoutError,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kempen_desktop import APP_NAME
from kempen_desktop.documents import long_text
from kempen_desktop.documents.atomic import atomic_output
from kempen_desktop.documents.sender import Letterhead, Sender

ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#5A6470")
RULE = colors.HexColor("#C9D3DD")
STRIPE = colors.HexColor("#F2F5F8")
MARGIN = 18 * mm
CONFIDENTIAL = "Vertrouwelijk — bevat persoonsgegevens. Niet doorgeven zonder toestemming."

# Fonts that cover Latin Extended (Turkish, Polish, Romanian names), tried in order.
_FONT_CANDIDATES = (
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
    (
        "/System/Library/Fonts/Supplemental/Arial.ttf",
        "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
    ),
)


@cache
def fonts() -> tuple[str, str]:
    """(regular, bold) font names; registered once per process."""
    for regular, bold in _FONT_CANDIDATES:
        if Path(regular).is_file() and Path(bold).is_file():
            try:
                pdfmetrics.registerFont(TTFont("KempenSans", regular))
                pdfmetrics.registerFont(TTFont("KempenSans-Bold", bold))
            except (OSError, TTFError):  # an unreadable font file: fall back to the built-in one
                continue
            pdfmetrics.registerFontFamily(
                "KempenSans",
                normal="KempenSans",
                bold="KempenSans-Bold",
                italic="KempenSans",
                boldItalic="KempenSans-Bold",
            )
            return "KempenSans", "KempenSans-Bold"
    return "Helvetica", "Helvetica-Bold"


@cache
def styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts()
    base = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5, alignment=TA_LEFT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "small_bold": ParagraphStyle(
            "small_bold", parent=base, fontName=bold, fontSize=8, leading=10, textColor=MUTED
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=bold, fontSize=18, leading=22, textColor=ACCENT
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=10.5, leading=14, textColor=MUTED
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=bold,
            fontSize=13,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=bold,
            fontSize=10.5,
            leading=13,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "action": ParagraphStyle(  # a policy action under its WSE heading (h2)
            "action",
            parent=base,
            fontName=bold,
            fontSize=9.5,
            leading=12.5,
            textColor=ACCENT,
            spaceBefore=5,
            keepWithNext=1,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=bold, fontSize=8.5, leading=10.5
        ),
        "header": ParagraphStyle(
            "header", parent=base, fontName=bold, fontSize=8.5, leading=10.5, textColor=colors.white
        ),
    }


def paragraph(text: str, style: str = "body") -> Paragraph:
    """Plain text (escaped; line breaks kept) as a paragraph: for short text (titles, labels)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), styles()[style])


# Long text is cut into pieces of about this many lines before it becomes flowables: a
# table row must fit on one page (reportlab cannot split a row of paragraphs), and short
# paragraphs keep reportlab fast on a note of 100,000 characters.
ROW_LINES = 12
BODY_LINES = 40
TEXT_WIDTH = A4[0] - 2 * MARGIN


def text_pieces(text: str, width: float, style: str = "cell", lines: int = ROW_LINES) -> list[str]:
    """`text` in pieces of about `lines` lines at `width` points in `style` (see long_text)."""
    st = styles()[style]
    return long_text.pieces(text, width, st.fontName, st.fontSize, lines)


def paragraphs(text: str, style: str = "body") -> list[Paragraph]:
    """Long plain text (a note, a discussion) as paragraphs that split over pages."""
    return [paragraph(piece, style) for piece in text_pieces(text, TEXT_WIDTH, style, BODY_LINES)]


def heading(text: str, level: int = 1) -> Paragraph:
    return paragraph(text, "h1" if level == 1 else "h2")


_CELL_PADDING = 12  # reportlab's default left + right padding of a cell, in points


def _record_rows(
    record: Sequence[Any], widths: Sequence[float], styles_: Sequence[str]
) -> list[list[Any]]:
    """One record as table rows: long text continues in rows below it, so no row is taller
    than a page; a cell that is already a flowable stays in the first row."""
    columns: list[list[Any]] = []
    for value, width, style in zip(record, widths, styles_, strict=True):
        if isinstance(value, Flowable):
            columns.append([value])
        else:
            text = "" if value is None else str(value)
            columns.append(
                [
                    paragraph(piece, style)
                    for piece in text_pieces(text, width - _CELL_PADDING, style)
                ]
            )
    height = max(len(c) for c in columns)
    return [[c[i] if i < len(c) else "" for c in columns] for i in range(height)]


def _grouped_style(
    groups: list[tuple[int, int]], *, padding: float, rule: bool, stripe: bool
) -> list[tuple[Any, ...]]:
    """Padding, rules and stripes per record (first row, last row): its rows read as one cell."""
    commands: list[tuple[Any, ...]] = []
    for number, (first, last) in enumerate(groups):
        commands.append(("TOPPADDING", (0, first), (-1, first), padding))
        commands.append(("BOTTOMPADDING", (0, last), (-1, last), padding))
        if rule:
            commands.append(("LINEBELOW", (0, last), (-1, last), 0.25, RULE))
        if stripe and number % 2:
            commands.append(("BACKGROUND", (0, first), (-1, last), STRIPE))
    return commands


def _records_table(
    records: Sequence[Sequence[Any]],
    widths: Sequence[float],
    styles_: Sequence[str],
    head: list[list[Any]],
    *,
    padding: float,
    rule: bool,
    stripe: bool,
) -> Table:
    data = list(head)
    groups: list[tuple[int, int]] = []
    for record in records:
        rows = _record_rows(record, widths, styles_)
        groups.append((len(data), len(data) + len(rows) - 1))
        data += rows
    table = Table(data, colWidths=list(widths), repeatRows=len(head))
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    if head:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("TOPPADDING", (0, 0), (-1, 0), padding),
            ("BOTTOMPADDING", (0, 0), (-1, 0), padding),
            ("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE),
        ]
    commands += _grouped_style(groups, padding=padding, rule=rule, stripe=stripe)
    table.setStyle(TableStyle(commands))
    return table


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    empty: str = "Geen.",
) -> Flowable:
    """A striped table with a coloured header row that repeats on every page; long cells
    continue over as many rows (and pages) as they need."""
    if not rows:
        return paragraph(empty, "small")
    head = [[Paragraph(escape(str(h)), styles()["header"]) for h in header]]
    return _records_table(
        rows, widths, ["cell"] * len(widths), head, padding=3, rule=True, stripe=True
    )


def key_values(
    pairs: Sequence[tuple[str, str]], widths: tuple[float, float] = (45 * mm, 125 * mm)
) -> Flowable:
    """Label/value pairs in two columns (an identity block, meeting facts); a long value
    continues over as many rows (and pages) as it needs."""
    return _records_table(
        pairs, widths, ["cell_bold", "cell"], [], padding=2, rule=False, stripe=False
    )


def keep(*flowables: Flowable) -> KeepTogether:
    return _Together(list(flowables))


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


class PdfError(ValueError):
    """A PDF that could not be laid out; a Dutch message that names the file."""


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    subtitle: str = ""
    footer: str = CONFIDENTIAL
    author: str = APP_NAME
    letterhead: Letterhead = field(default_factory=Letterhead)
    byline: str = ""  # "Opgesteld door …", under the subtitle (documents/sender.py)

    def signed(self, sender: Sender, *, byline: bool = True) -> DocumentInfo:
        """This document with the sender's letterhead on every page and, with `byline`, who
        prepared it under the title. The one way every writer applies the sender."""
        return replace(
            self,
            letterhead=sender.letterhead,
            byline=sender.identity.byline() if byline else self.byline,
        )


class _Together(KeepTogether):  # type: ignore[misc]  # reportlab has no type hints: its classes are Any
    """Flowables kept on one page when they fit on one (a heading with its table, an agenda
    item with its notes). Longer than a page, they start right here and flow on, unless
    less than KEEP_ROOM is left: reportlab's own KeepTogether would leave a blank page."""

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = list(self._content)
        frame = getattr(self, "_frame", None)
        if self._H <= aH or (frame is not None and getattr(frame, "_atTop", False)):
            return content
        if frame is None or self._H <= frame._height or aH < KEEP_ROOM:
            return [self.FrameBreak(), *content]
        return content


KEEP_ROOM = 60 * mm


# The letterhead band at the top of every page: from HEAD_TOP below the paper's edge,
# HEAD_HEIGHT tall, a rule under it; the text starts below it.
HEAD_TOP = 10 * mm
HEAD_HEIGHT = 17 * mm
HEAD_ROOM = HEAD_TOP + HEAD_HEIGHT + 5 * mm
LOGO_WIDTH = 50 * mm
ADDRESS_LINES = 3


def _top_margin(info: DocumentInfo) -> float:
    return float(max(MARGIN, HEAD_ROOM) if info.letterhead else MARGIN)


class _Doc(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type hints: its classes are Any
    def __init__(self, target: str, info: DocumentInfo) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=_top_margin(info),
            bottomMargin=MARGIN + 6 * mm,
            title=info.title,
            author=info.author,
            subject=info.subtitle,
            creator=APP_NAME,
            keepTogetherClass=_Together,
        )  # what reportlab makes of keepWithNext
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """One line of the footer: shortened with '…' when it would run off the page (a long
    name is printed in full in the document itself)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def logo_image(logo: bytes) -> ImageReader | None:
    """The logo as reportlab reads it; None when the bytes are no image it can read (the
    document is then printed without a logo rather than not at all)."""
    if not logo:
        return None
    try:
        image = ImageReader(io.BytesIO(logo))
        width, height = image.getSize()
    except Exception:  # noqa: BLE001  # PIL raises many kinds for a broken file
        return None
    return image if width > 0 and height > 0 else None


def draw_letterhead(canvas: Canvas, letterhead: Letterhead, logo: ImageReader | None) -> None:
    """The organisation, its address and its logo (read once per document: `logo_image`) at
    the top of the page, a rule below."""
    regular, bold = fonts()
    width, height = A4
    top = height - HEAD_TOP
    text_room = width - 2 * MARGIN
    canvas.saveState()
    if logo is not None:
        image_width, image_height = logo.getSize()
        scale = min(HEAD_HEIGHT / image_height, LOGO_WIDTH / image_width)
        drawn_width, drawn_height = image_width * scale, image_height * scale
        canvas.drawImage(
            logo,
            width - MARGIN - drawn_width,
            top - drawn_height,
            drawn_width,
            drawn_height,
            mask="auto",
        )
        text_room -= drawn_width + 6 * mm
    y = top - 11
    if letterhead.organisation:
        canvas.setFont(bold, 11)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN, y, fit_line(letterhead.organisation, bold, 11, text_room))
        y -= 11
    canvas.setFont(regular, 7.5)
    canvas.setFillColor(MUTED)
    for line in letterhead.address_lines()[:ADDRESS_LINES]:
        canvas.drawString(MARGIN, y, fit_line(line, regular, 7.5, text_room))
        y -= 9
    canvas.setStrokeColor(RULE)
    rule = height - HEAD_TOP - HEAD_HEIGHT - 1.5 * mm
    canvas.line(MARGIN, rule, width - MARGIN, rule)
    canvas.restoreState()


def _numbered_canvas(info: DocumentInfo, printed: datetime) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each footer can say 'pagina x van y';
    each page gets the letterhead at its top."""
    logo = logo_image(info.letterhead.logo)  # decoded once, drawn on every page

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints: its classes are Any
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._pages:
                self.__dict__.update(state)
                if info.letterhead:
                    draw_letterhead(self, info.letterhead, logo)
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
            pages = f"Pagina {self._pageNumber} van {total}"
            room = width - 2 * MARGIN
            self.drawString(MARGIN, MARGIN - 2 * mm, fit_line(info.footer, regular, 7.5, room))
            printed_on = f" — afgedrukt op {printed:%d-%m-%Y %H:%M}"
            title_room = room - pdfmetrics.stringWidth(printed_on + pages, regular, 7.5) - 6 * mm
            self.drawString(
                MARGIN, MARGIN - 6 * mm, fit_line(info.title, regular, 7.5, title_room) + printed_on
            )
            self.drawRightString(width - MARGIN, MARGIN - 6 * mm, pages)
            self.restoreState()

    return NumberedCanvas


def title_block(info: DocumentInfo) -> list[Flowable]:
    parts: list[Flowable] = [paragraph(info.title, "title")]
    if info.subtitle:
        parts.append(paragraph(info.subtitle, "subtitle"))
    if info.byline:
        parts.append(paragraph(info.byline, "small"))
    parts.append(spacer(5))
    return parts


def build_pdf(
    path: Path,
    info: DocumentInfo,
    story: Sequence[Flowable],
    *,
    printed: datetime | None = None,
    with_title: bool = True,
) -> int:
    """Write the document to `path` (atomically); returns the number of pages."""
    flowables = (title_block(info) if with_title else []) + list(story)
    try:
        with atomic_output(Path(path)) as temp:
            doc = _Doc(str(temp), info)
            doc.build(flowables, canvasmaker=_numbered_canvas(info, printed or datetime.now()))
    except LayoutError:
        raise PdfError(
            f"De PDF {Path(path).name} kon niet worden opgemaakt: een onderdeel past niet op een "
            "pagina. Er werd geen PDF bewaard."
        ) from None
    return int(doc.page)
