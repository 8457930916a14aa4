"""The dossierfiches of a meeting's agenda: the cover page (meeting, date, participants, the
agenda with page numbers), then one fiche per agenda dossier in agenda order. The fiches,
the partner rule (only dossiers shareable with that partner, domain.consent) and the audit
entry are those of services/reports/dossier_fiche.py; run it inside `disclosure()`.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from kempen_desktop.documents.agenda_fiches import AgendaCover, CoverItem
from kempen_desktop.documents.sender import NOBODY, Sender
from kempen_desktop.domain import meetings as rules
from kempen_desktop.services.meetings.meetings import load_view
from kempen_desktop.services.reports.dossier_fiche import (
    SummaryError,
    SummaryOptions,
    SummaryResult,
    agenda_dossiers,
    write_summaries,
)

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def agenda_cover(session: Session, meeting_id: uuid.UUID) -> AgendaCover:
    view = load_view(session, meeting_id)
    when = f"{WEEKDAYS[view.starts_at.weekday()]} {view.starts_at:%d-%m-%Y %H:%M}"
    if view.ends_at is not None:
        when += f"–{view.ends_at:%H:%M}"
    participants = [
        f"{p.label} — {rules.ATTENDANCE_LABELS.get(p.attendance, p.attendance)}"
        for p in view.participants
    ]
    agenda = [
        CoverItem(item.label, item.dossier_num) if item.dossier_id else CoverItem(item.title)
        for item in view.agenda
    ]
    return AgendaCover(view.title, view.type_label, when, view.location, participants, agenda)


def write_agenda_fiches(
    session: Session,
    meeting_id: uuid.UUID,
    path: Path,
    partner: str | None = None,
    *,
    today: date | None = None,
    sender: Sender = NOBODY,
) -> SummaryResult:
    """One PDF: the cover, then the fiche of each agenda dossier (for `partner`: only the
    dossiers shareable with it). No dossier on the agenda: SummaryError, no file."""
    dossier_ids = agenda_dossiers(session, meeting_id)
    if not dossier_ids:
        raise SummaryError("Er staan geen dossiers op de agenda van dit overlegmoment.")
    cover = agenda_cover(session, meeting_id)
    return write_summaries(
        session,
        dossier_ids,
        path,
        SummaryOptions(partner=partner),
        today=today,
        meeting_title=f"{cover.meeting_title} {cover.when.split(' ')[1]}",
        cover=cover,
        sender=sender,
    )
