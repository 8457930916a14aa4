"""The texts of the beleidsrapportage: a draft per WSE priority written from the figures,
and the edited texts saved per period (audited)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import PeriodReportText
from kempen_desktop.documents.period_report_data import PeriodReport, PeriodReportError
from kempen_desktop.domain.actions import people_text
from kempen_desktop.domain.kpi import SMALL_BASE, inclusive_target_met, percent_text
from kempen_desktop.domain.texts import dutch_list
from kempen_desktop.domain.wse import WSE_CODES
from kempen_desktop.services.common import audit


def draft_texts(r: PeriodReport) -> dict[str, str]:
    """A first version of the inhoudelijke rapportering per WSE priority, from the figures."""
    scope = "de regio" if not r.municipalities else dutch_list(r.municipalities)
    # Meetings belong to no municipality: with a selection they are the whole region's.
    region = " in de hele regio" if r.municipalities else ""
    top_groups = sorted((c for c in r.by_group if c.count), key=lambda c: -c.count)[:3]
    groups = (
        ", ".join(f"{c.label.split(' (')[0].lower()} ({c.count})" for c in top_groups) or "geen"
    )
    held, cancelled, moved = (
        r.meetings.get("gehouden", 0),
        r.meetings.get("geannuleerd", 0),
        r.meetings.get("verplaatst", 0),
    )
    lr1 = (
        f"In het {r.label} volgde de regisseur in {scope} {r.active.count} dossiers op van "
        f"mensen met een afstand tot de arbeidsmarkt; {r.new.count} dossiers werden nieuw "
        f"aangemeld en {r.closed.count} "
        f"afgesloten. Op {r.end:%d-%m-%Y} liepen er nog {r.open_at_end.count} dossiers. "
        f"Er vonden{region} {held} overlegmomenten plaats"
    )
    if cancelled or moved:
        lr1 += f"; {cancelled} werden geannuleerd en {moved} verplaatst"
    lr1 += (
        f". Van de actiepunten{region} werden er {r.actions_done} afgerond in deze periode; "
        f"op de einddatum stonden er {r.actions_open} open, waarvan {r.actions_overdue} "
        "over de deadline."
    )
    due6, checked6, still6 = r.followup_6m
    _due12, checked12, still12 = r.followup_12m
    lr2 = (
        f"{r.exits.count} personen stroomden in deze periode uit naar werk. "
        f"De meest vertegenwoordigde kansengroepen onder de actieve dossiers waren: {groups}."
    )
    if checked6:
        lr2 += f" Na 6 maanden was {_of_followed(still6, checked6)} nog aan het werk."
    elif due6:
        lr2 += (
            f" Voor {due6} uitstromers viel de opvolging na 6 maanden in deze periode; "
            "die is nog niet geregistreerd."
        )
    if checked12:
        lr2 += f" Na 12 maanden was dat {_of_followed(still12, checked12)}."
    lr2 += _events_sentence(r, scope)
    lr3 = (
        f"Op {r.end:%d-%m-%Y} engageerden {r.employers_engaged} van de {r.employers} gekende "
        f"werkgevers{' in ' + scope if r.municipalities else ''} zich als inclusieve werkgever "
        "of opdrachtgever"
        + (
            f" ({percent_text(r.employers_engaged, r.employers)}); "
            if r.employers >= SMALL_BASE
            else "; "
        )
        + (
            "daarmee is de doelstelling van 1 op 2 bereikt."
            if inclusive_target_met(r.employers_engaged, r.employers)
            else "de doelstelling is 1 op 2 werkgevers."
        )
    )
    lr4 = (
        f"De samenwerking met VDAB en de lokale partners kreeg{region} vorm in {held} gehouden "
        f"overlegmomenten (cliëntoverleg en dossierbesprekingen)"
        + (f", niet alleen voor {scope}." if r.municipalities else ".")
    )
    if r.cancelled:
        reasons = "; ".join(
            f"{d:%d-%m-%Y}: {reason or 'geen reden opgegeven'}" for d, _t, reason in r.cancelled[:5]
        )
        lr4 += f" Geannuleerde overlegmomenten: {reasons}."
    return {"WSE-LR1": lr1, "WSE-LR2": lr2, "WSE-LR3": lr3, "WSE-LR4": lr4}


def _events_sentence(r: PeriodReport, scope: str) -> str:
    """' Op 3 activiteiten (jobevents, jobdates, ...) waren er 45 deelnemers; ...' or ''."""
    t = r.event_totals
    if not t.events:
        return ""
    text = (
        f" Op {t.events} activiteiten (jobevents, jobdates en andere) waren er "
        f"{people_text(t.participants)} deelnemers en {people_text(t.all_hires)} aanwervingen"
    )
    if r.municipalities:
        text += f" (met een dossier: alleen uit {scope}; bezoekers zonder dossier: hele regio)"
    return text + "."


def _of_followed(part: int, whole: int) -> str:
    """'2 van de 2 opgevolgde werknemers' / '80% van de opgevolgde werknemers (8 van 10)'."""
    if whole < SMALL_BASE:
        return f"{part} van de {whole} opgevolgde werknemers"
    return f"{percent_text(part, whole)} van de opgevolgde werknemers ({part} van {whole})"


def load_texts(session: Session, start: date, end: date) -> dict[str, str]:
    return {
        code: text_
        for code, text_ in session.execute(
            select(PeriodReportText.wse_code, PeriodReportText.text).where(
                PeriodReportText.period_start == start, PeriodReportText.period_end == end
            )
        )
    }


def save_texts(session: Session, start: date, end: date, texts: dict[str, str]) -> None:
    """Save the edited texts of the period (one row per WSE code); audited."""
    unknown = set(texts) - set(WSE_CODES)
    if unknown:
        raise PeriodReportError(f"Onbekende WSE-code: {', '.join(sorted(unknown))}.")
    existing = {
        row.wse_code: row
        for row in session.scalars(
            select(PeriodReportText).where(
                PeriodReportText.period_start == start, PeriodReportText.period_end == end
            )
        )
    }
    for code, value in texts.items():
        row = existing.get(code)
        if row is None:
            session.add(
                PeriodReportText(period_start=start, period_end=end, wse_code=code, text=value)
            )
        elif row.text != value:
            row.text = value
    audit.record(
        session,
        "period_report.texts",
        "period_report_text",
        "",
        f"{start.isoformat()}..{end.isoformat()}: {', '.join(sorted(texts))}",
    )


def record_output(session: Session, report: PeriodReport, kind: str) -> None:
    """The audit entry of a period report written or printed (inside its disclosure)."""
    audit.record(
        session,
        f"export.{kind}",
        "period_report",
        "",
        f"{report.start.isoformat()}..{report.end.isoformat()}; "
        f"{len(report.nis_codes) or 'alle'} gemeente(n)",
    )
