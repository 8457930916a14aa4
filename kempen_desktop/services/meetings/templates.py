"""Meeting templates: the standard free agenda items of a kind of meeting, put on the
agenda of every new meeting of that type (before any dossier)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import AgendaItem, Meeting, MeetingTemplateItem, MeetingType
from kempen_desktop.services.common import audit
from kempen_desktop.services.meetings.meetings import MeetingError

MAX_ITEMS = 30
MAX_TITLE = 200  # MeetingTemplateItem.title / AgendaItem.title are String(200)


def template_items(session: Session, type_code: str) -> list[str]:
    """The standard items of this kind of meeting, in order."""
    return list(
        session.scalars(
            select(MeetingTemplateItem.title)
            .where(MeetingTemplateItem.meeting_type_code == type_code)
            .order_by(MeetingTemplateItem.position)
        )
    )


def set_template_items(session: Session, type_code: str, titles: Sequence[str]) -> list[str]:
    """Replace the standard items of this kind of meeting (empty lines are skipped)."""
    if session.get(MeetingType, type_code) is None:
        raise MeetingError("Deze soort overleg bestaat niet (meer).")
    clean = [title.strip() for title in titles if title.strip()]
    too_long = [number for number, title in enumerate(clean, start=1) if len(title) > MAX_TITLE]
    if too_long:
        raise MeetingError(
            f"Een standaardpunt is hoogstens {MAX_TITLE} tekens lang; te lang: punt "
            + ", ".join(str(n) for n in too_long)
            + "."
        )
    if len(clean) > MAX_ITEMS:
        raise MeetingError(f"Een sjabloon heeft hoogstens {MAX_ITEMS} standaardpunten.")
    session.execute(
        delete(MeetingTemplateItem).where(MeetingTemplateItem.meeting_type_code == type_code)
    )
    for position, title in enumerate(clean, start=1):
        session.add(
            MeetingTemplateItem(meeting_type_code=type_code, position=position, title=title)
        )
    audit.record(session, "meeting.template", "meeting_type", type_code, f"{len(clean)} punten")
    return clean


def apply_template(session: Session, meeting_id: uuid.UUID) -> list[uuid.UUID]:
    """Put the standard items of the meeting's type on its agenda, those not there yet
    (same title), at the top. Returns the new item ids."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingError("Dit overleg bestaat niet (meer).")
    present = {
        title.casefold()
        for title in session.scalars(
            select(AgendaItem.title).where(
                AgendaItem.meeting_id == meeting_id, AgendaItem.dossier_id.is_(None)
            )
        )
    }
    titles = [
        t for t in template_items(session, meeting.meeting_type_code) if t.casefold() not in present
    ]
    if not titles:
        return []
    lowest = session.scalar(
        select(func.min(AgendaItem.position)).where(AgendaItem.meeting_id == meeting_id)
    )
    # Existing items move down so the standard ones come first.
    if lowest is not None:
        for item in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)):
            item.position += len(titles)
    added = []
    for position, title in enumerate(titles, start=1):
        item = AgendaItem(meeting_id=meeting_id, position=position, title=title)
        session.add(item)
        session.flush()
        added.append(item.id)
    return added
