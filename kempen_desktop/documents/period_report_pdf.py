"""The beleidsrapportage as a PDF for the council: key figures, the four WSE texts, then
the figures behind them with charts (trends per quarter, shares per target group)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from kempen_desktop.documents import charts, pdf
from kempen_desktop.documents.period_report_data import PeriodReport
from kempen_desktop.documents.period_report_events import event_story, event_tile
from kempen_desktop.documents.sender import NOBODY, Sender
from kempen_desktop.domain.kpi import percent_text
from kempen_desktop.domain.wse import WSE_CODES, WSE_TITLES

CONTENT_WIDTH = 174 * mm
FOOTER = (
    "Beleidsrapportage lokale regie sociale economie en werk — geaggregeerde cijfers, "
    "geen persoonsgegevens."
)


def _tiles(items: list[tuple[str, str, str]]) -> Table:
    regular, bold = pdf.fonts()
    big = ParagraphStyle("tile", fontName=bold, fontSize=20, leading=23, textColor=pdf.ACCENT)
    small = ParagraphStyle(
        "tile_label", fontName=regular, fontSize=8, leading=10, textColor=pdf.MUTED
    )
    cells = [
        [
            Paragraph(escape(value), big),
            Paragraph(escape(label), pdf.styles()["cell_bold"]),
            Paragraph(escape(note), small),
        ]
        for value, label, note in items
    ]
    table = Table([cells], colWidths=[CONTENT_WIDTH / len(items)] * len(items))
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), pdf.STRIPE),
                ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _pct(part: int, whole: int) -> str:
    """The one rule (domain.kpi): '2 van 2' on fewer than 10, never '100%'."""
    return percent_text(part, whole)


def story(report: PeriodReport) -> list[Any]:
    r = report
    s: list[Any] = []
    due6, checked6, still6 = r.followup_6m
    s.append(
        _tiles(
            [
                (
                    _n(r.active.count),
                    "actieve dossiers",
                    f"{r.open_at_end.count} lopend op {r.end:%d-%m-%Y}",
                ),
                (_n(r.new.count), "nieuwe dossiers", "aangemeld in de periode"),
                (_n(r.closed.count), "afgesloten", "in de periode"),
                (
                    _n(r.exits.count),
                    "uitstroom naar werk",
                    f"{_pct(still6, checked6)} nog aan het werk na 6 maanden"
                    if checked6
                    else "opvolging na 6 maanden: —",
                ),
            ]
        )
    )
    s.append(pdf.spacer(3))
    share = r.inclusive_share
    s.append(
        _tiles(
            [
                (
                    _n(r.meetings.get("gehouden", 0)),
                    "overlegmomenten gehouden"
                    + (f" ({r.regional_note})" if r.regional_note else ""),
                    (
                        f"{r.meetings.get('geannuleerd', 0)} geannuleerd, "
                        f"{r.meetings.get('verplaatst', 0)} verplaatst"
                    ),
                ),
                (
                    _n(r.actions_done),
                    "actiepunten afgerond" + (f" ({r.regional_note})" if r.regional_note else ""),
                    f"{r.actions_overdue} over de deadline op {r.overdue_on or r.end:%d-%m-%Y}",
                ),
                (
                    _pct(r.employers_engaged, r.employers),
                    "inclusieve werkgevers",
                    f"{r.employers_engaged} van {r.employers}; doel 1 op 2"
                    + (" — bereikt" if share and share >= 0.5 else ""),
                ),
                event_tile(r),
            ]
        )
    )
    s.append(pdf.heading("Evolutie per kwartaal"))
    labels = [t.label for t in r.trends]
    s.append(
        charts.grouped_bars(
            labels,
            [
                ("Nieuw", [t.new for t in r.trends]),
                ("Afgesloten", [t.closed for t in r.trends]),
                ("Uitstroom naar werk", [t.exits for t in r.trends]),
            ],
            CONTENT_WIDTH,
            150,
        )
    )
    s.append(
        pdf.heading("Actieve dossiers per kwartaal (open op minstens één dag van het kwartaal)", 2)
    )
    s.append(
        charts.grouped_bars(
            labels, [("Actieve dossiers", [t.active for t in r.trends])], CONTENT_WIDTH, 110
        )
    )

    s.append(pdf.heading("Inhoudelijke rapportering"))
    for code in WSE_CODES:
        s.append(pdf.heading(WSE_TITLES[code], 2))
        s += pdf.paragraphs(r.texts.get(code, "") or "(geen tekst)")
        for action in r.action_texts.get(code, []):
            s.append(pdf.paragraph(f"Actie {action.title}", "action"))
            s.append(pdf.paragraph(action.facts, "small"))
            s += pdf.paragraphs(action.text.strip() or "(geen tekst)")

    s.append(pdf.heading("Dossiers"))
    s.append(pdf.heading("Status op de einddatum (actieve dossiers)", 2))
    s.append(
        charts.share_bars([(c.label, c.count) for c in r.by_status], r.active.count, CONTENT_WIDTH)
    )
    s.append(
        pdf.heading("Kansengroepen (actieve dossiers; iemand kan tot meerdere groepen behoren)", 2)
    )
    groups = sorted(r.by_group, key=lambda c: -c.count)
    s.append(charts.share_bars([(c.label, c.count) for c in groups], r.active.count, CONTENT_WIDTH))
    s.append(pdf.heading("Per gemeente", 2))
    s.append(
        pdf.data_table(
            ["Gemeente", "Actief", "Nieuw", "Afgesloten"],
            [[name, a, n, c] for name, a, n, c in r.by_municipality],
            [94 * mm, 26 * mm, 26 * mm, 28 * mm],
            empty="Geen dossiers in deze periode.",
        )
    )

    s.append(pdf.heading("Uitstroom naar werk"))
    s.append(
        pdf.data_table(
            ["Soort contract", "Aantal"],
            [[c.label, c.count] for c in r.exits_by_contract],
            [130 * mm, 44 * mm],
            empty="Geen uitstroom naar werk in deze periode.",
        )
    )
    s.append(pdf.spacer(2))
    due12, checked12, still12 = r.followup_12m
    s.append(
        pdf.data_table(
            ["Opvolging", "Te volgen in de periode", "Opgevolgd", "Nog aan het werk", "Aandeel"],
            [
                ["na 6 maanden", due6, checked6, still6, _pct(still6, checked6)],
                ["na 12 maanden", due12, checked12, still12, _pct(still12, checked12)],
            ],
            [40 * mm, 40 * mm, 30 * mm, 34 * mm, 30 * mm],
        )
    )

    s += event_story(r)  # issue 16: jobevents, jobdates, ... with participants and hires

    s.append(pdf.heading("Overlegmomenten en actiepunten"))
    s.append(
        pdf.key_values(
            [
                ("Gehouden", str(r.meetings.get("gehouden", 0))),
                ("Geannuleerd", str(r.meetings.get("geannuleerd", 0))),
                ("Verplaatst", str(r.meetings.get("verplaatst", 0))),
                ("Nog niet afgewerkt", str(r.meetings.get("gepland", 0))),
                ("Actiepunten afgerond", str(r.actions_done)),
                (
                    "Actiepunten open op de einddatum",
                    f"{r.actions_open}, waarvan {r.actions_overdue} over de deadline",
                ),
            ]
        )
    )
    if r.cancelled:
        s.append(pdf.heading("Geannuleerde overlegmomenten", 2))
        s.append(
            pdf.data_table(
                ["Datum", "Overleg", "Reden"],
                [[f"{d:%d-%m-%Y}", title, reason or "—"] for d, title, reason in r.cancelled],
                [24 * mm, 60 * mm, 90 * mm],
            )
        )

    s.append(pdf.heading("Inclusieve werkgevers"))
    s.append(
        charts.goal_bar(
            share,
            0.5,
            CONTENT_WIDTH,
            f"{r.employers_engaged} van {r.employers} werkgevers engageren zich inclusief op "
            f"{r.end:%d-%m-%Y} ({_pct(r.employers_engaged, r.employers)})",
        )
    )
    s.append(pdf.spacer(2))
    s.append(
        pdf.data_table(
            ["Gemeente", "Werkgevers", "Inclusief", "Aandeel"],
            [[name, n, k, _pct(k, n)] for name, n, k in r.inclusive_by_municipality],
            [94 * mm, 26 * mm, 26 * mm, 28 * mm],
            empty="Geen werkgevers gekend.",
        )
    )
    s.append(pdf.spacer(4))
    # Three lines kept together: split, the last one stood alone on a page of its own.
    s.append(
        pdf.keep(
            pdf.paragraph(
                "Telwijze: de status van een dossier op een dag is de laatste statuswijziging "
                "die op of vóór die dag ingaat; een dossier is actief als het op minstens één "
                "dag van de periode open was. Leeftijdsgroepen volgen uit de geboortedatum op "
                "de einddatum. Een werkgever telt als inclusief als een engagement op de "
                "einddatum loopt.",
                "small",
            )
        )
    )
    return s


def write_period_pdf(path: Path, report: PeriodReport, sender: Sender = NOBODY) -> int:
    """`sender`: the letterhead on every page and the author under the title."""
    info = pdf.DocumentInfo(
        title=f"Beleidsrapportage {report.label}",
        subtitle=f"{report.scope_label} · {report.start:%d-%m-%Y} – {report.end:%d-%m-%Y} · "
        f"cijfers op basis van de statusgeschiedenis",
        footer=FOOTER,
    ).signed(sender)
    return pdf.build_pdf(Path(path), info, story(report))
