"""Agenda changes that can be undone: removing several items at once (or all of them) gives
back what was removed, and restoring puts the same items back, with the same ids, texts,
places and action-point links, so an undo in the agenda editor loses nothing."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import ActionPoint, AgendaItem, Meeting
from kempen_desktop.domain import meetings as meeting_rules
from kempen_desktop.services.common import audit
from kempen_desktop.services.meetings.meetings import MeetingError


@dataclass(frozen=True)
class RemovedItem:
    """An agenda item as it was before removal (enough to put it back unchanged)."""

    id: uuid.UUID
    meeting_id: uuid.UUID
    position: int
    title: str
    dossier_id: uuid.UUID | None
    discussion: str
    agreements: str
    suggested_by: str
    action_ids: tuple[uuid.UUID, ...]  # action points that pointed at this item


def _editable(session: Session, meeting_id: uuid.UUID) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingError("Dit overleg bestaat niet (meer).")
    if meeting.status not in meeting_rules.AGENDA_EDITABLE:
        raise MeetingError("De agenda van een geannuleerd of verplaatst overleg ligt vast.")
    return meeting


def remove_items(
    session: Session, meeting_id: uuid.UUID, item_ids: Sequence[uuid.UUID]
) -> list[RemovedItem]:
    """Remove these items of the meeting (ones already gone are skipped); returns them."""
    _editable(session, meeting_id)
    wanted = set(item_ids)
    items = [
        item
        for item in session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position)
        )
        if item.id in wanted
    ]
    removed = []
    for item in items:
        actions = tuple(
            session.scalars(select(ActionPoint.id).where(ActionPoint.agenda_item_id == item.id))
        )
        removed.append(
            RemovedItem(
                item.id,
                meeting_id,
                item.position,
                item.title,
                item.dossier_id,
                item.discussion,
                item.agreements,
                item.suggested_by,
                actions,
            )
        )
        session.delete(item)
    if removed:
        session.flush()
        audit.record(
            session, "meeting.agenda_remove", "meeting", meeting_id, f"{len(removed)} punten"
        )
    return removed


def clear_agenda(session: Session, meeting_id: uuid.UUID) -> list[RemovedItem]:
    """*Agenda leegmaken*: remove every item; returns them for an undo."""
    ids = list(session.scalars(select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id)))
    return remove_items(session, meeting_id, ids)


def restore_items(session: Session, removed: Sequence[RemovedItem]) -> None:
    """Put removed items back where they were (the others keep their order)."""
    by_meeting: dict[uuid.UUID, list[RemovedItem]] = {}
    for entry in removed:
        by_meeting.setdefault(entry.meeting_id, []).append(entry)
    for meeting_id, entries in by_meeting.items():
        _editable(session, meeting_id)
        present = list(
            session.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == meeting_id)
                .order_by(AgendaItem.position)
            )
        )
        taken = {item.id for item in present}
        taken_dossiers = {item.dossier_id for item in present if item.dossier_id}
        back = []
        for entry in entries:
            if entry.id in taken or (entry.dossier_id and entry.dossier_id in taken_dossiers):
                continue  # already there again (e.g. added by hand since)
            item = AgendaItem(
                id=entry.id,
                meeting_id=meeting_id,
                position=entry.position,
                title=entry.title,
                dossier_id=entry.dossier_id,
                discussion=entry.discussion,
                agreements=entry.agreements,
                suggested_by=entry.suggested_by,
            )
            session.add(item)
            back.append(item)
        session.flush()
        for entry in entries:
            if entry.action_ids:
                for point in session.scalars(
                    select(ActionPoint).where(
                        ActionPoint.id.in_(list(entry.action_ids)),
                        ActionPoint.agenda_item_id.is_(None),
                    )
                ):
                    point.agenda_item_id = entry.id
        # Restored items first among equal positions: they held that place before.
        restored = {item.id for item in back}
        ordered = sorted(present + back, key=lambda i: (i.position, i.id not in restored))
        for position, item in enumerate(ordered, start=1):
            item.position = position
        audit.record(session, "meeting.agenda_add", "meeting", meeting_id, f"{len(back)} terug")
