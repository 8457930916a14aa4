"""Meetings as an iCalendar (.ics) file: which meetings, and what of them may leave the laptop.

The file itself (VTIMEZONE, stable UIDs, METHOD:CANCEL for a file that only cancels) is
written by documents/ics.py from plain CalendarEvent values; this module gathers them: the
description without client names, cancelled meetings as cancelled events, the SEQUENCE per
meeting from its last change.

Moving is an update (services/meetings/meetings.move_meeting): the meeting keeps its id, so
its UID, and goes out at the new date with a higher SEQUENCE; the 'verplaatst' row at the old
date is history only and never becomes an event of its own (asked for alone, it stands for
the meeting it was moved into). A cancelled meeting alone is a METHOD:CANCEL file.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import AuditEntry, Meeting
from kempen_desktop.documents import ics as writer
from kempen_desktop.documents.atomic import atomic_output
from kempen_desktop.domain import meetings as rules
from kempen_desktop.services.meetings.meetings import MeetingError, MeetingView, brussels, load_view

DEFAULT_DURATION = timedelta(hours=2)
_PARTSTAT = {"aanwezig": "ACCEPTED", "verontschuldigd": "DECLINED"}


def meeting_uid(meeting_id: uuid.UUID) -> str:
    return writer.event_uid(meeting_id)


def _description(view: MeetingView) -> str:
    lines = [f"{view.type_label}: {view.title}"]
    if view.organiser:
        lines.append(f"Organisatie: {view.organiser}")
    free_items = [item.title for item in view.agenda if item.dossier_id is None and item.title]
    dossiers = sum(1 for item in view.agenda if item.dossier_id is not None)
    if free_items or dossiers:
        lines.append("")
        lines.append("Agenda:")
        lines += [f"- {title}" for title in free_items]
        if dossiers:
            # Names of clients never leave the laptop in a calendar invitation.
            lines.append(f"- {dossiers} dossier(s) ter bespreking")
    if view.status == rules.CANCELLED and view.cancel_reason:
        lines += ["", f"Geannuleerd: {view.cancel_reason}"]
    return "\n".join(lines)


def calendar_event(view: MeetingView, sequence: int = 0) -> writer.CalendarEvent:
    """What of a meeting goes into a calendar invitation."""
    tz = brussels()
    return writer.CalendarEvent(
        id=view.id,
        title=view.title,
        starts_at=view.starts_at.replace(tzinfo=tz),
        ends_at=(view.ends_at or view.starts_at + DEFAULT_DURATION).replace(tzinfo=tz),
        description=_description(view),
        category=view.type_label,
        location=view.location,
        organiser=view.organiser,
        cancelled=view.status in (rules.CANCELLED, rules.MOVED),
        sequence=sequence,
        attendees=tuple(
            writer.CalendarAttendee(
                participant.label,
                participant.email,
                _PARTSTAT.get(participant.attendance, "NEEDS-ACTION"),
            )
            for participant in view.participants
            if participant.email
        ),
    )


def calendar_bytes(
    views: Sequence[MeetingView],
    stamp: datetime | None = None,
    sequences: Mapping[uuid.UUID, int] | None = None,
) -> bytes:
    """`sequences`: the SEQUENCE per meeting (see :func:`sequence_of`); 0 when not given."""
    if not views:
        raise MeetingError("Er is geen overleg om te exporteren.")
    events = [calendar_event(view, (sequences or {}).get(view.id, 0)) for view in views]
    return writer.calendar_bytes(events, stamp)


SEQUENCE_EPOCH = datetime(2020, 1, 1)
# Audit actions that change what a calendar shows of a meeting.
CALENDAR_CHANGES = ("meeting.update", "meeting.move", "meeting.cancel")


def sequence_of(session: Session, meeting: Meeting | None) -> int:
    """Seconds from 2020 to the meeting's last change plus the number of its recorded changes:
    grows with every edit, cancellation or move (also twice within one second), so a calendar
    that imported an earlier export takes the new one as the newer version."""
    if meeting is None or meeting.updated_at is None:
        return 0
    changes = session.scalar(
        select(func.count(AuditEntry.id)).where(
            AuditEntry.entity == "meeting",
            AuditEntry.entity_id == str(meeting.id),
            AuditEntry.action.in_(CALENDAR_CHANGES),
        )
    )
    seconds = int((meeting.updated_at - SEQUENCE_EPOCH).total_seconds())
    return max(0, seconds) + int(changes or 0)


def current_of(session: Session, meeting_id: uuid.UUID) -> uuid.UUID:
    """The meeting a 'verplaatst' history row stands for (the one it was moved into)."""
    seen: set[uuid.UUID] = set()
    current = meeting_id
    while current not in seen:
        seen.add(current)
        meeting = session.get(Meeting, current)
        if meeting is None or meeting.status != rules.MOVED:
            return current
        successor = session.scalar(select(Meeting.id).where(Meeting.moved_from_id == current))
        if successor is None:
            return current
        current = successor
    return current


def export_ics(session: Session, meeting_ids: Sequence[uuid.UUID], path: Path) -> int:
    """Write the meetings to `path` (atomically); returns how many events were written.
    History rows of moves are replaced by the moved meeting (each meeting once)."""
    wanted = list(dict.fromkeys(current_of(session, mid) for mid in meeting_ids))
    views = [load_view(session, mid) for mid in wanted]
    if len(views) > 1:
        views = [view for view in views if view.status != rules.MOVED] or views
    sequences = {view.id: sequence_of(session, session.get(Meeting, view.id)) for view in views}
    data = calendar_bytes(views, sequences=sequences)
    with atomic_output(Path(path)) as temp:
        Path(temp).write_bytes(data)
    return len(views)


def series_ids(session: Session, meeting_id: uuid.UUID) -> list[uuid.UUID]:
    """All meetings of the series this meeting belongs to (only itself outside a series)."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingError("Dit overleg bestaat niet (meer).")
    if meeting.series_id is None:
        return [meeting.id]
    return list(
        session.scalars(
            select(Meeting.id)
            .where(Meeting.series_id == meeting.series_id)
            .order_by(Meeting.starts_at)
        )
    )
