"""The Rapporten tab's dashboard: key-figure tiles and chart data for a period and a set
of municipalities, counted as of the period's end date (see services/period_report.py).

Every tile knows the dossier numbers behind it, so the tab can show exactly those
dossiers in the Dossiers tab. The status history is loaded once (`History`, about two
seconds for 100,000 dossiers) and kept by the façade (app/reports.py) until the data
changes; changing the period or the municipalities then recounts from memory in well
under a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Date, bindparam, func, select, text
from sqlalchemy.orm import Session

from kempen_desktop.db.models import Dossier, Municipality
from kempen_desktop.documents.period_report_data import Count, PeriodReport, Trend
from kempen_desktop.domain.kpi import (
    SMALL_BASE,
    dutch_number,
    inclusive_target_met,
    percent_text,
)
from kempen_desktop.domain.periods import overdue_reference
from kempen_desktop.services.reports.history import History
from kempen_desktop.services.reports.period_report import compute


@dataclass(frozen=True)
class Tile:
    key: str
    label: str
    value: str
    note: str = ""
    nums: tuple[int, ...] | None = None  # the dossiers behind the tile; None: not about dossiers
    target: str = "dossiers"  # where a click leads: dossiers, partners, meetings
    tone: str = "normal"  # normal, good, warn


@dataclass
class Dashboard:
    start: date
    end: date
    scope_label: str
    tiles: list[Tile]
    trends: list[Trend]
    by_group: list[Count]
    by_status: list[Count]
    report: PeriodReport = field(repr=False)

    def tile(self, key: str) -> Tile:
        return next(t for t in self.tiles if t.key == key)


def numbers_handed_out(session: Session) -> int:
    """The highest dossier number: about how many dossiers the file holds (removed ones
    included), read from the end of an index where a count reads all of it."""
    return int(session.scalar(select(func.max(Dossier.num))) or 0)


def municipalities(session: Session) -> list[tuple[str, str]]:
    """(nis, name) of the municipalities that have dossiers, by name."""
    used = set(
        session.scalars(
            text("SELECT DISTINCT municipality_nis FROM person WHERE municipality_nis IS NOT NULL")
        )
    )
    return [
        (nis, name)
        for nis, name in session.execute(
            select(Municipality.nis_code, Municipality.name).order_by(Municipality.name)
        )
        if nis in used
    ]


def dashboard(
    session: Session,
    history: History,
    start: date,
    end: date,
    nis_codes: Sequence[str] = (),
    *,
    today: date | None = None,
) -> Dashboard:
    """The tiles and charts for the period, counted from `history` (kept by the caller)."""
    day = today or date.today()
    report = compute(session, start, end, nis_codes, history=history, with_texts=False, today=day)
    reference = report.overdue_on or overdue_reference(end, day)
    overdue = report.follow_ups_overdue
    with_overdue_actions = _dossiers_with_overdue_actions(session, reference)  # hele regio
    in_scope = f" in {report.scope_label}" if nis_codes else ""
    region = f"{report.regional_note}: " if report.regional_note else ""
    _due6, checked6, still6 = report.followup_6m
    tiles = [
        Tile(
            "active",
            "Actieve dossiers",
            dutch_number(report.active.count),
            f"open in de periode; {dutch_number(report.open_at_end.count)} lopend "
            f"op {end:%d-%m-%Y}",
            tuple(report.active.nums),
        ),
        Tile(
            "new",
            "Nieuwe dossiers",
            dutch_number(report.new.count),
            "aangemeld in de periode",
            tuple(report.new.nums),
        ),
        Tile(
            "closed",
            "Afgesloten",
            dutch_number(report.closed.count),
            "in de periode",
            tuple(report.closed.nums),
        ),
        Tile(
            "exits",
            "Uitstroom naar werk",
            dutch_number(report.exits.count),
            f"{percent_text(still6, checked6)} nog aan het werk na 6 maanden"
            if checked6
            else "gestart in de periode",
            tuple(report.exits.nums),
            tone="good" if report.exits.count else "normal",
        ),
        Tile(
            "overdue",
            "Opvolging verlopen",
            dutch_number(len(overdue)),
            f"op {reference:%d-%m-%Y}{in_scope}",
            tuple(overdue),
            tone="warn" if overdue else "normal",
        ),
        Tile(
            "actions",
            "Actiepunten over de deadline",
            dutch_number(report.actions_overdue),
            f"{region}op {reference:%d-%m-%Y}; {report.actions_done} afgerond in de periode",
            tuple(with_overdue_actions),
            target="meetings",
            tone="warn" if report.actions_overdue else "normal",
        ),
        Tile(
            "meetings",
            "Overlegmomenten",
            dutch_number(report.meetings.get("gehouden", 0)),
            f"{region}gehouden; {report.meetings.get('geannuleerd', 0)} geannuleerd, "
            f"{report.meetings.get('verplaatst', 0)} verplaatst",
            None,
            target="meetings",
        ),
        Tile(
            "inclusive",
            "Inclusieve werkgevers",
            percent_text(report.employers_engaged, report.employers),
            (
                f"{report.employers_engaged} van {report.employers}; "
                if report.employers >= SMALL_BASE
                else "werkgevers; "
            )
            + f"doel 1 op 2{in_scope}",
            None,
            target="partners",
            tone="good"
            if inclusive_target_met(report.employers_engaged, report.employers)
            else "normal",
        ),
    ]
    tiles += _event_tiles(report)  # issue 16: deelnemers, aanwervingen
    return Dashboard(
        start,
        end,
        report.scope_label,
        tiles,
        report.trends,
        report.by_group,
        report.by_status,
        report,
    )


def _event_tiles(report: PeriodReport) -> list[Tile]:
    from kempen_desktop.services.actions.dashboard_tiles import event_tiles

    return [
        Tile(key, label, value, note, None, target="actions", tone=tone)
        for key, label, value, note, tone in event_tiles(report)
    ]


def _dossiers_with_overdue_actions(session: Session, end: date) -> list[int]:
    return sorted(
        session.scalars(
            text(
                "SELECT DISTINCT d.num FROM action_point a JOIN dossier d ON d.id = a.dossier_id "
                "WHERE a.deadline < :e AND a.status != 'vervallen' "
                "AND (a.completed_on IS NULL OR a.completed_on > :e)"
            ).bindparams(bindparam("e", type_=Date())),  # ISO text on SQLite, a date on PG
            {"e": end},
        )
    )
