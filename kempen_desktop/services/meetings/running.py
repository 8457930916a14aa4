"""Running an overlegmoment: attendance, the discussion and agreement per agenda item, the
general notes, and closing it as held (the agreements go into the dossiers' timelines).

Carry-over: closing a meeting of a series can put what is left (the dossiers on the agenda
that were not discussed, and the open action points) on the next planned meeting of the
series: the dossiers as dossier items (once each), an open action point as its dossier, or
as a free item "Actiepunt: …" when it has no dossier. The action points themselves stay on
the meeting where they were agreed (its minutes keep them), so nothing exists twice.

Each function is one user action in the caller's transaction, recorded in the audit trail.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import (
    ActionPoint,
    AgendaItem,
    Meeting,
    MeetingParticipant,
    TimelineEntry,
)
from kempen_desktop.domain import meetings as rules
from kempen_desktop.domain.text_limits import too_long
from kempen_desktop.services.common import audit
from kempen_desktop.services.meetings.meetings import (
    REGISSEUR,
    MeetingError,
    _load,
    check_minutes,
    now_local,
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


# Vergadermodus saves as you type and must never stop a running meeting with a question.
# So when someone else changed the same text since my editor loaded it (its `base`), that
# field is not overwritten: both versions are kept in it, theirs first, then mine under
# this line, and the caller shows a banner. Nothing is lost, nothing blocks; the people in
# the meeting tidy the text up when they see it.
MINE_FOLLOWS = "--- Tegelijk door iemand anders gewijzigd; hieronder de tekst uit vergadermodus ---"


@dataclass(frozen=True)
class ItemTextSaved:
    """What is stored now (the editor's new base) and which fields kept both versions."""

    changed: bool
    discussion: str
    agreements: str
    kept_both: tuple[str, ...] = ()  # "discussion" and/or "agreements"


def both_versions(theirs: str, mine: str) -> str:
    """Theirs, then mine under MINE_FOLLOWS; an empty side adds nothing."""
    if not mine.strip():
        return theirs
    if not theirs.strip():
        return mine
    return f"{theirs.rstrip()}\n\n{MINE_FOLLOWS}\n{mine}"


def _lines(text: str) -> str:
    """The editor shows CRLF (an import, another app) as LF: that is no change by anyone."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _merged(stored: str, mine: str | None, base: str | None) -> tuple[str, bool]:
    """The text to store for one field, and whether both versions were kept."""
    if mine is None or mine == stored:
        return stored, False
    if base is None or _lines(stored) == _lines(base):  # nobody else changed it since
        return mine, False
    return both_versions(stored, mine), True


def save_item_text(
    session: Session,
    item_id: uuid.UUID,
    discussion: str | None,
    agreements: str | None,
    *,
    base: tuple[str, str] | None = None,
) -> ItemTextSaved:
    """Autosave of one agenda item. None leaves that field as it is in the database (the
    user did not touch it, and someone else may have changed it since); no-op when
    unchanged. `base` is (discussion, agreements) as the editor loaded or last saved them:
    a field someone else changed since keeps both versions (MINE_FOLLOWS)."""
    check_item_text(discussion, agreements)
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise MeetingError("Dit agendapunt bestaat niet meer.")
    bases = base if base is not None else (None, None)
    new_discussion, both_discussion = _merged(item.discussion, discussion, bases[0])
    new_agreements, both_agreements = _merged(item.agreements, agreements, bases[1])
    check_item_text(new_discussion, new_agreements)
    changed = (new_discussion, new_agreements) != (item.discussion, item.agreements)
    if changed:
        item.discussion, item.agreements = new_discussion, new_agreements
        audit.record(session, "meeting.agenda_text", "agenda_item", item.id)
    kept = ("discussion",) * both_discussion + ("agreements",) * both_agreements
    return ItemTextSaved(changed, new_discussion, new_agreements, kept)


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
    if meeting.starts_at.date() > now_local().date():  # meeting times are Brussels time
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


CARRY_OVER = "carry_over"  # AgendaItem.suggested_by of carried-over items
ACTION_PREFIX = "Actiepunt: "
MAX_TITLE = 200  # AgendaItem.title is String(200)


def _fitting_title(text: str) -> str:
    """`text`, or when it is too long for a title its start ending in "…"."""
    if len(text) <= MAX_TITLE:
        return text
    return text[: MAX_TITLE - 1].rstrip() + "…"


@dataclass(frozen=True)
class CarryOver:
    """What closing this meeting can carry over, and to which meeting."""

    next_id: uuid.UUID | None
    next_title: str
    next_starts_at: datetime | None
    dossier_ids: tuple[uuid.UUID, ...]  # undiscussed or with an open action point, not yet there
    action_titles: tuple[str, ...]  # free items for open action points without a dossier
    undiscussed: int  # dossiers on the agenda without discussion or agreement
    open_actions: int  # open action points of this meeting
    action_texts: tuple[str, ...] = ()  # the full text of each of action_titles

    @property
    def added(self) -> int:
        return len(self.dossier_ids) + len(self.action_titles)

    @property
    def anything(self) -> bool:
        return self.next_id is not None and bool(self.dossier_ids or self.action_titles)


def next_in_series(session: Session, meeting: Meeting) -> Meeting | None:
    """The next planned meeting of the same series (moved and cancelled ones skipped)."""
    if meeting.series_id is None:
        return None
    return session.scalars(
        select(Meeting)
        .where(
            Meeting.series_id == meeting.series_id,
            Meeting.id != meeting.id,
            Meeting.status == rules.PLANNED,
            Meeting.starts_at > meeting.starts_at,
        )
        .order_by(Meeting.starts_at)
        .limit(1)
    ).first()


def carry_over_plan(session: Session, meeting_id: uuid.UUID) -> CarryOver:
    """What `carry_over` would add; changes nothing."""
    meeting = _load(session, meeting_id)
    target = next_in_series(session, meeting)
    undiscussed = [
        item.dossier_id
        for item in meeting.agenda
        if item.dossier_id is not None and not (item.discussion.strip() or item.agreements.strip())
    ]
    actions = session.scalars(
        select(ActionPoint)
        .where(
            ActionPoint.meeting_id == meeting.id,
            ActionPoint.status.in_(rules.OPEN_ACTION_STATUSES),
        )
        .order_by(ActionPoint.created_at)
    ).all()
    wanted = list(dict.fromkeys(undiscussed + [a.dossier_id for a in actions if a.dossier_id]))
    # title -> full text; the first action point with a title wins (as before)
    texts: dict[str, str] = {}
    for action in actions:
        if action.dossier_id is None:
            full = ACTION_PREFIX + " ".join(action.description.split())
            texts.setdefault(_fitting_title(full), full)
    titles = list(texts)
    if target is not None:
        there = {item.dossier_id for item in target.agenda}
        wanted = [d for d in wanted if d not in there]
        present = {item.title for item in target.agenda if item.dossier_id is None}
        titles = [t for t in titles if t not in present]
    return CarryOver(
        target.id if target else None,
        target.title if target else "",
        target.starts_at if target else None,
        tuple(d for d in wanted if d is not None),
        tuple(titles),
        len(set(undiscussed)),
        len(actions),
        tuple(texts[t] for t in titles),
    )


def carry_over(session: Session, meeting_id: uuid.UUID) -> CarryOver:
    """Put the undiscussed dossiers and the open action points on the next meeting of the
    series; returns what was added (nothing when there is no next meeting)."""
    plan = carry_over_plan(session, meeting_id)
    if not plan.anything or plan.next_id is None:
        return plan
    target = _load(session, plan.next_id)
    position = (
        session.scalar(
            select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == target.id)
        )
        or 0
    )
    for dossier_id in plan.dossier_ids:
        position += 1
        session.add(
            AgendaItem(
                meeting_id=target.id,
                position=position,
                dossier_id=dossier_id,
                suggested_by=CARRY_OVER,
            )
        )
    texts = plan.action_texts or plan.action_titles
    for title, text in zip(plan.action_titles, texts, strict=True):
        position += 1
        session.add(
            AgendaItem(
                meeting_id=target.id,
                position=position,
                title=title,
                # A shortened title ("…"): the whole action point goes in the item's
                # `discussion` (AgendaItem has no notes field), so nothing is lost.
                discussion=text if text != title else "",
                suggested_by=CARRY_OVER,
            )
        )
    session.flush()
    audit.record(session, "meeting.carry_over", "meeting", target.id, f"{plan.added} punten")
    return plan
