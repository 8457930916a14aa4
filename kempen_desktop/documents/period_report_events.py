"""The events of the beleidsrapportage (jobevents, jobdates, ...): a key-figure tile, a
section in the PDF, summary rows and a sheet in the .xlsx.

Counts of people (participants, contacts, interviews, hires) of 1 to 4 are printed as
'< 5', per event and in the totals: one hire at one jobevent on one day points at a person.
Only sums are printed (never the part with a dossier beside the part without), and where a
total would give a hidden cell away, other cells of that column are hidden as '≥ 5'
(domain.actions.masked_column). Participants and hires with a dossier follow the selected
municipalities; the other figures belong to no municipality and are labelled *hele regio*
when municipalities are selected, as the meetings are."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm

from kempen_desktop.documents import pdf
from kempen_desktop.documents.period_report_data import PeriodReport
from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet
from kempen_desktop.domain.actions import masked_column, masked_count
from kempen_desktop.domain.k_anonymity import K

HEADING = "Activiteiten en jobevents"


def _m(value: int) -> str:
    return _text(masked_count(value))


def _text(shown: int | str) -> str:
    return f"{shown:,}".replace(",", ".") if isinstance(shown, int) else shown


def _cells(r: PeriodReport) -> list[list[int | str]]:
    """Per event: participants, contacts, interviews, hires — each column masked beside its
    printed total (masked_column)."""
    columns = [
        masked_column([e.participants for e in r.events]),
        masked_column([e.contacts for e in r.events]),
        masked_column([e.interviews for e in r.events]),
        masked_column([e.all_hires for e in r.events]),
    ]
    return [list(row) for row in zip(*columns, strict=True)] if r.events else []


def _region(r: PeriodReport) -> str:
    return f" ({r.regional_note})" if r.regional_note else ""


def _mixed(r: PeriodReport) -> str:
    """The label of a figure that adds people with a dossier (from the selected
    municipalities) to people without one (of the whole region)."""
    if not r.municipalities:
        return ""
    return f" (met een dossier: uit {r.scope_label}; zonder dossier: hele regio)"


def event_tile(r: PeriodReport) -> tuple[str, str, str]:
    """(value, label, note) of the key-figure tile: participants and hires of the events."""
    t = r.event_totals
    return (
        _m(t.participants),
        "deelnemers aan activiteiten",
        f"{t.events} activiteiten; {_m(t.all_hires)} aanwervingen",
    )


def _figures(r: PeriodReport) -> list[tuple[str, int, bool]]:
    """(label, count, counts people) of the totals. Only sums are printed, never the part
    with a dossier beside the part without: one could be found from the other."""
    t, region, mixed = r.event_totals, _region(r), _mixed(r)
    return [
        (f"Activiteiten gehouden{region}", t.events, False),
        (f"Deelnemers{mixed}", t.participants, True),
        (f"Contacten{region}", t.contacts, True),
        (f"Sollicitatiegesprekken{region}", t.interviews, True),
        (f"Aanwervingen{mixed}", t.all_hires, True),
    ]


def note(r: PeriodReport) -> str:
    text = (
        f"Aantallen personen van 1 tot {K - 1} staan er als ‘< {K}’, per activiteit en in de "
        f"totalen; waar het totaal zo’n aantal zou verraden, staan ook andere als ‘≥ {K}’. "
        "Deelnemers zijn de aanwezige deelnemers met een dossier plus de anonieme "
        "bezoekers, aanwervingen die van deelnemers met en zonder dossier; een activiteit "
        "telt in de periode waarin ze begint."
    )
    if r.municipalities:
        text += (
            f" Deelnemers en aanwervingen met een dossier: alleen uit {r.scope_label}; "
            "de activiteiten zelf, bezoekers, contacten, gesprekken en aanwervingen zonder "
            "dossier horen bij geen gemeente en tellen voor de hele regio."
        )
    return text


def event_story(r: PeriodReport) -> list[Any]:
    """The PDF section: the totals, one row per event, how it is counted."""
    s: list[Any] = [pdf.heading(HEADING)]
    pairs = [(label, _m(n) if people else str(n)) for label, n, people in _figures(r)]
    s.append(pdf.key_values(pairs, (90 * mm, 84 * mm)))
    s.append(pdf.spacer(2))
    s.append(
        pdf.data_table(
            [
                "Datum",
                "Activiteit · plaats · organisatoren",
                "Deelnemers",
                "Contacten",
                "Gesprekken",
                "Aanwervingen",
            ],
            [
                [
                    e.dates,
                    " · ".join(
                        part for part in (f"{e.kind}: {e.title}", e.location, e.organisers) if part
                    ),
                    *(_text(cell) for cell in cells),
                ]
                for e, cells in zip(r.events, _cells(r), strict=True)
            ],
            [24.5 * mm, 49.5 * mm, 25 * mm, 22 * mm, 24.5 * mm, 28.5 * mm],
            empty="Geen activiteiten in deze periode.",
        )
    )
    s.append(pdf.spacer(1))
    s.append(pdf.paragraph(note(r), "small"))
    return s


def event_summary_rows(r: PeriodReport) -> list[list[object]]:
    """The summary sheet's rows for the events (a masked count is the text '< 5')."""
    return [[label, masked_count(n) if people else n] for label, n, people in _figures(r)]


def event_sheet(r: PeriodReport, sub: str) -> XlsxSheet:
    """One row per event; counts as numbers, small ones as the text '< 5'."""
    region, mixed = _region(r), _mixed(r)
    return XlsxSheet(
        "Activiteiten",
        [
            XlsxColumn("Datum", "date", 12),
            XlsxColumn("Tot en met", "date", 12),
            XlsxColumn("Soort", "text", 14),
            XlsxColumn("Activiteit", "text", 36),
            XlsxColumn("Plaats", "text", 18),
            XlsxColumn("Organisatoren", "text", 30),
            XlsxColumn(f"Deelnemers{mixed}", "int", 14),
            XlsxColumn(f"Contacten{region}", "int", 12),
            XlsxColumn(f"Gesprekken{region}", "int", 12),
            XlsxColumn(f"Aanwervingen{mixed}", "int", 14),
        ],
        [
            [e.held_on, e.ends_on, e.kind, e.title, e.location, e.organisers, *cells]
            for e, cells in zip(r.events, _cells(r), strict=True)
        ]
        + [["Totaal", None, "", "", "", "", *(n for _l, n, _p in _masked_totals(r))]],
        HEADING,
        f"{sub} · {note(r)}",
    )


def _masked_totals(r: PeriodReport) -> list[tuple[str, int | str, bool]]:
    return [(label, masked_count(n), people) for label, n, people in _figures(r)[1:]]
