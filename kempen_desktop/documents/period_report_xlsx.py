"""The beleidsrapportage as a workbook: one sheet per table, numbers as numbers."""

from __future__ import annotations

from pathlib import Path

from kempen_desktop.documents.period_report_data import PeriodReport
from kempen_desktop.documents.period_report_events import event_sheet, event_summary_rows
from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet, write_workbook
from kempen_desktop.domain.kpi import SMALL_BASE, percent_text, share
from kempen_desktop.domain.wse import WSE_CODES, WSE_TITLES


def _share(part: int, whole: int) -> float | str | None:
    """A percent cell on SMALL_BASE or more; below that the count as text ('2 van 2'), as the
    PDF and the dashboard say it (domain.kpi.percent_text); empty when there is no base."""
    if whole and whole < SMALL_BASE:
        return percent_text(part, whole)
    return share(part, whole)


def _report_rows(r: PeriodReport) -> list[list[object]]:
    """Each WSE priority with its text, then its policy actions ('WSE-LR2 · 5.2.4.11 ...')."""
    rows: list[list[object]] = []
    for code in WSE_CODES:
        rows.append([WSE_TITLES[code], r.texts.get(code, ""), ""])
        for action in r.action_texts.get(code, []):
            rows.append([f"{code} · {action.title}", action.text, action.facts])
    return rows


def write_period_xlsx(path: Path, report: PeriodReport) -> int:
    r = report
    title = f"Beleidsrapportage {r.label}"
    sub = f"{r.scope_label} · {r.start:%d-%m-%Y} – {r.end:%d-%m-%Y}"
    due6, checked6, still6 = r.followup_6m
    due12, checked12, still12 = r.followup_12m
    # Meetings and action points belong to no municipality: labelled as the PDF does.
    region = f" ({r.regional_note})" if r.regional_note else ""
    summary = [
        ["Actieve dossiers", r.active.count],
        ["Lopend op de einddatum", r.open_at_end.count],
        ["Nieuwe dossiers", r.new.count],
        ["Afgesloten dossiers", r.closed.count],
        ["Uitstroom naar werk", r.exits.count],
        ["Opvolging na 6 maanden: te volgen", due6],
        ["Opvolging na 6 maanden: opgevolgd", checked6],
        ["Opvolging na 6 maanden: nog aan het werk", still6],
        ["Opvolging na 12 maanden: te volgen", due12],
        ["Opvolging na 12 maanden: opgevolgd", checked12],
        ["Opvolging na 12 maanden: nog aan het werk", still12],
        [f"Overlegmomenten gehouden{region}", r.meetings.get("gehouden", 0)],
        [f"Overlegmomenten geannuleerd{region}", r.meetings.get("geannuleerd", 0)],
        [f"Overlegmomenten verplaatst{region}", r.meetings.get("verplaatst", 0)],
        [f"Actiepunten afgerond{region}", r.actions_done],
        [f"Actiepunten open op de einddatum{region}", r.actions_open],
        [
            f"Actiepunten over de deadline op {r.overdue_on or r.end:%d-%m-%Y}{region}",
            r.actions_overdue,
        ],
        ["Werkgevers", r.employers],
        ["Inclusieve werkgevers", r.employers_engaged],
        *event_summary_rows(r),
    ]
    label_col = XlsxColumn("Cijfer", "text", 46)
    count_col = XlsxColumn("Aantal", "int", 12)
    share_col = XlsxColumn("Aandeel", "percent", 11)
    sheets = [
        XlsxSheet("Samenvatting", [label_col, count_col], summary, title, sub),
        XlsxSheet(
            "Per kwartaal",
            [
                XlsxColumn("Kwartaal", "text", 12),
                XlsxColumn("Actief", "int", 10),
                XlsxColumn("Nieuw", "int", 10),
                XlsxColumn("Afgesloten", "int", 12),
                XlsxColumn("Uitstroom naar werk", "int", 18),
            ],
            [[t.label, t.active, t.new, t.closed, t.exits] for t in r.trends],
            "Evolutie per kwartaal",
            sub,
        ),
        XlsxSheet(
            "Status",
            [XlsxColumn("Status op de einddatum", "text", 28), count_col, share_col],
            [[c.label, c.count, _share(c.count, r.active.count)] for c in r.by_status],
            "Actieve dossiers per status op de einddatum",
            sub,
        ),
        XlsxSheet(
            "Kansengroepen",
            [XlsxColumn("Kansengroep", "text", 40), count_col, share_col],
            [[c.label, c.count, _share(c.count, r.active.count)] for c in r.by_group],
            "Actieve dossiers per kansengroep",
            sub,
        ),
        XlsxSheet(
            "Gemeenten",
            [
                XlsxColumn("Gemeente", "text", 24),
                XlsxColumn("Actief", "int", 10),
                XlsxColumn("Nieuw", "int", 10),
                XlsxColumn("Afgesloten", "int", 12),
            ],
            [list(row) for row in r.by_municipality],
            "Dossiers per gemeente",
            sub,
        ),
        XlsxSheet(
            "Uitstroom",
            [XlsxColumn("Soort contract", "text", 34), count_col],
            [[c.label, c.count] for c in r.exits_by_contract],
            "Uitstroom naar werk",
            sub,
        ),
        event_sheet(r, sub),
        XlsxSheet(
            "Geannuleerd",
            [
                XlsxColumn("Datum", "date", 12),
                XlsxColumn("Overleg", "text", 36),
                XlsxColumn("Reden", "text", 60),
            ],
            [list(row) for row in r.cancelled],
            "Geannuleerde overlegmomenten",
            sub,
        ),
        XlsxSheet(
            "Inclusief",
            [
                XlsxColumn("Gemeente", "text", 24),
                XlsxColumn("Werkgevers", "int", 12),
                XlsxColumn("Inclusief", "int", 11),
                share_col,
            ],
            [[name, n, k, _share(k, n)] for name, n, k in r.inclusive_by_municipality]
            + [
                [
                    "Totaal",
                    r.employers,
                    r.employers_engaged,
                    _share(r.employers_engaged, r.employers),
                ]
            ],
            f"Inclusieve werkgevers op {r.end:%d-%m-%Y} (doel: 1 op 2)",
            sub,
        ),
        XlsxSheet(
            "Rapportering",
            [
                XlsxColumn("Prioriteit / actie", "text", 40),
                XlsxColumn("Inhoudelijke rapportering", "text", 120),
                XlsxColumn("Status", "text", 40),
            ],
            _report_rows(r),
            "Inhoudelijke rapportering (per WSE-prioriteit, met de acties eronder)",
            sub,
        ),
    ]
    return write_workbook(Path(path), sheets)
