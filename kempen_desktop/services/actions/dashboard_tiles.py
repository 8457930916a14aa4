"""The dashboard's event figures: deelnemers and aanwervingen of the period's events, as
plain (key, label, value, note, tone) tuples the dashboard turns into tiles.

They come from the period report's events (services/reports/period_report.py), so they
follow the municipality selection as the report does: participants and hires with a
dossier from the selected municipalities, anonymous visitors and hires without a dossier
of the whole region. The dashboard is the regisseur's own screen: exact counts, no '< 5'."""

from __future__ import annotations

from kempen_desktop.documents.period_report_data import PeriodReport
from kempen_desktop.domain.kpi import dutch_number

TileFigures = tuple[str, str, str, str, str]


def event_tiles(report: PeriodReport) -> list[TileFigures]:
    t = report.event_totals
    scope = f" uit {report.scope_label}" if report.municipalities else ""
    region = "; zonder dossier: hele regio" if report.municipalities else ""
    return [
        (
            "event_participants",
            "Deelnemers",
            dutch_number(t.participants),
            f"aan {t.events} activiteiten; {t.dossiers} met een dossier{scope}{region}",
            "normal",
        ),
        (
            "event_hires",
            "Aanwervingen",
            dutch_number(t.all_hires),
            f"na activiteiten; {t.hires} met een dossier{scope}{region}",
            "good" if t.all_hires else "normal",
        ),
    ]
