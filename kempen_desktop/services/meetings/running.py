"""Running an overlegmoment: attendance, the discussion and agreement per agenda item, the
general notes, and closing it as held (the agreements go into the dossiers' timelines).

Each function is one user action in the caller's transaction, recorded in the audit trail.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import AgendaItem, Meeting, MeetingParticipant, TimelineEntry
from kempen_desktop.domain import meetings as rules
from kempen_desktop.domain.text_limits import too_long
from kempen_desktop.services.common import audit
from kempen_desktop.services.meetings.meetings import (
    REGISSEUR,
    MeetingError,
    _load,
    check_minutes,
    to_utc,
)


def set_attendance(
    session: Session, participant_id: uuid.UUID, attendance: str
) -> uuid.UUID | None:
    """Returns the meeting's id when the attendance changed, else None."""
    if attendance not in rules.ATTENDANCE:
        raise MeetingError("Onbekende aanwezigheid.")
    participant = session.get(MeetingParticipant, participant_id)
    if participant is None:
        raise MeetingError("Deze deelnemer staat niet meer op het overleg.")
    if participant.attendance == attendance:
        return None
    participant.attendance = attendance
    audit.record(session, "meeting.attendance", "meeting", participant.meeting_id, attendance)
    return participant.meeting_id


def check_item_text(discussion: str | None, agreements: str | None) -> None:
    for text, what in ((discussion, "Wat besproken werd"), (agreements, "De afspraak")):
        if problem := too_long(text, what):
            raise MeetingError(problem)


def save_item_text(
    session: Session, item_id: uuid.UUID, discussion: str | None, agreements: str | None
) -> bool:
    """Autosave of one agenda item. None leaves that field as it is in the database (the
    user did not touch it, and someone else may have changed it since); no-op when
    unchanged. True when something was written."""
    check_item_text(discussion, agreements)
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise MeetingError("Dit agendapunt bestaat niet meer.")
    changed = False
    if discussion is not None and item.discussion != discussion:
        item.discussion, changed = discussion, True
    if agreements is not None and item.agreements != agreements:
        item.agreements, changed = agreements, True
    if changed:
        audit.record(session, "meeting.agenda_text", "agenda_item", item.id)
    return changed


def save_minutes(session: Session, meeting_id: uuid.UUID, minutes: str) -> bool:
    check_minutes(minutes)
    meeting = _load(session, meeting_id)
    if meeting.minutes == minutes:
        return False
    meeting.minutes = minutes
    audit.record(session, "meeting.minutes", "meeting", meeting.id)
    return True


def close_meeting(session: Session, meeting_id: uuid.UUID) -> int:
    """Status 'gehouden'; each discussed dossier gets one 'decision' timeline entry for this
    meeting (updated, not duplicated, when the meeting is closed again). Returns how many
    dossiers received or updated an entry."""
    meeting = _load(session, meeting_id)
    if meeting.status not in rules.CAN_CLOSE:
        raise MeetingError("Een geannuleerd of verplaatst overleg kan niet afgesloten worden.")
    if meeting.starts_at.date() > date.today():
        raise MeetingError("Een overleg dat nog moet plaatsvinden kan niet afgesloten worden.")
    meeting.status = rules.HELD
    for participant in meeting.participants:
        if participant.attendance == rules.INVITED:
            participant.attendance = rules.ABSENT
    existing = {
        entry.dossier_id: entry
        for entry in session.scalars(
            select(TimelineEntry).where(
                TimelineEntry.meeting_id == meeting.id, TimelineEntry.kind == "decision"
            )
        )
    }
    stamp = to_utc(meeting.starts_at)
    touched = 0
    for item in meeting.agenda:
        if item.dossier_id is None:
            continue
        body = decision_text(meeting, item)
        entry = existing.get(item.dossier_id)
        if not (item.discussion.strip() or item.agreements.strip()):
            continue
        title = f"Afspraak {meeting.title}"[:200]
        if entry is None:
            entry = TimelineEntry(
                dossier_id=item.dossier_id,
                kind="decision",
                occurred_at=stamp,
                title=title,
                body=body,
                author=REGISSEUR,
                meeting_id=meeting.id,
            )
            session.add(entry)
            existing[item.dossier_id] = entry
            touched += 1
        elif entry.body != body:
            entry.body = body
            entry.title = title
            touched += 1
    audit.record(session, "meeting.close", "meeting", meeting.id, f"{touched} dossiers")
    return touched


def decision_text(meeting: Meeting, item: AgendaItem) -> str:
    parts = [f"Overleg van {meeting.starts_at:%d/%m/%Y}."]
    if item.discussion.strip():
        parts.append(f"Besproken: {item.discussion.strip()}")
    if item.agreements.strip():
        parts.append(f"Afspraak: {item.agreements.strip()}")
    return "\n".join(parts)
