"""The agenda of an overlegmoment: rules that suggest dossiers, and editing the items.

By default the rules look at the dossiers the invited partners follow (responsible partner,
or a counsellor of that partner); `followed_only=False`, or a meeting without invited
partners, looks at all dossiers. Each suggestion says why it is there, and whether it is
shareable with every invited partner on the meeting's day (domain.consent: a valid consent
for each of them); one that is not carries the reason and is never ticked beforehand
(domain.meetings.preselected). The regisseur decides.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import (
    ActionPoint,
    AgendaItem,
    ContactPerson,
    Dossier,
    Meeting,
    MeetingParticipant,
    Person,
    StatusChange,
)
from kempen_desktop.domain import meetings as meeting_rules
from kempen_desktop.domain import status as workflow
from kempen_desktop.domain.merge import EditConflictError, FieldConflict
from kempen_desktop.services.common import audit
from kempen_desktop.services.meetings import sharing
from kempen_desktop.services.meetings.meetings import MeetingError

# The rules are defined in domain.meetings; named here too for the callers.
FOLLOW_UP = meeting_rules.FOLLOW_UP
NEW = meeting_rules.NEW
STATUS_CHANGED = meeting_rules.STATUS_CHANGED
FLAGGED = meeting_rules.FLAGGED
ACTION_DUE = meeting_rules.ACTION_DUE
RULES = meeting_rules.AGENDA_RULES
RULE_LABELS = meeting_rules.AGENDA_RULE_LABELS
MAX_PER_RULE = 200


@dataclass
class Suggestion:
    dossier_id: uuid.UUID
    num: int
    name: str
    status_code: str
    rules: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    followed: bool = True  # an invited partner follows it (the default scope)
    shareable: bool = True  # shareable with every invited partner on the meeting's day
    share_reason: str = ""  # why not: "niet deelbaar met VDAB (geen toestemming)"

    @property
    def reason_text(self) -> str:
        return "; ".join(self.reasons)

    @property
    def preselected(self) -> bool:
        return meeting_rules.preselected(self.shareable, self.followed)


def rule_counts(found: Sequence[Suggestion], rules: Sequence[str]) -> dict[str, int]:
    """How many of the suggestions each asked rule puts forward (a dossier can count twice)."""
    return {rule: sum(1 for s in found if rule in s.rules) for rule in rules}


def previous_meeting_date(session: Session, meeting: Meeting) -> date | None:
    """The previous held meeting of this series (or, outside a series, of this title and type)."""
    stmt = select(func.max(Meeting.starts_at)).where(
        Meeting.starts_at < meeting.starts_at,
        Meeting.status == meeting_rules.HELD,
        Meeting.id != meeting.id,
    )
    if meeting.series_id is not None:
        stmt = stmt.where(Meeting.series_id == meeting.series_id)
    else:
        stmt = stmt.where(
            Meeting.meeting_type_code == meeting.meeting_type_code, Meeting.title == meeting.title
        )
    found: datetime | None = session.scalar(stmt)
    return found.date() if found else None


def _scope(
    session: Session, meeting: Meeting, partner_ids: Sequence[uuid.UUID] | None
) -> ColumnElement[bool] | None:
    """Dossiers the partners follow (responsible partner or a counsellor of theirs); None: all.

    The columns are wrapped in coalesce() so that SQLite does not use their indexes: an
    OR over both indexes visits every dossier of a large partner such as VDAB, while each
    rule's own condition leaves only a few rows to check."""
    if partner_ids is None:
        partner_ids = [
            pid
            for pid in session.scalars(
                select(MeetingParticipant.partner_id).where(
                    MeetingParticipant.meeting_id == meeting.id,
                    MeetingParticipant.partner_id.is_not(None),
                )
            )
            if pid is not None
        ]
    if not partner_ids:
        return None
    ids = list(set(partner_ids))
    contacts = list(
        session.scalars(select(ContactPerson.id).where(ContactPerson.partner_id.in_(ids)))
    )
    return or_(
        func.coalesce(Dossier.responsible_partner_id, Dossier.responsible_partner_id).in_(ids),
        func.coalesce(Dossier.counsellor_id, Dossier.counsellor_id).in_(contacts),
    )


def suggest(
    session: Session,
    meeting_id: uuid.UUID,
    rules: Sequence[str],
    partner_ids: Sequence[uuid.UUID] | None = None,
    followed_only: bool = True,
) -> list[Suggestion]:
    """Dossiers the ticked rules put forward, not yet on the agenda, with their reasons and
    whether they may be shared with every invited partner; shareable ones first."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingError("Dit overleg bestaat niet (meer).")
    unknown = set(rules) - set(RULES)
    if unknown:
        raise MeetingError("Onbekende agendaregel: " + ", ".join(sorted(unknown)) + ".")
    day = meeting.starts_at.date()
    previous = previous_meeting_date(session, meeting)
    since = previous or day - timedelta(days=91)
    scope = _scope(session, meeting, partner_ids) if followed_only else None
    on_agenda = set(
        session.scalars(
            select(AgendaItem.dossier_id).where(
                AgendaItem.meeting_id == meeting_id, AgendaItem.dossier_id.is_not(None)
            )
        )
    )
    is_open = Dossier.status_code != workflow.AFGESLOTEN
    since_text = f"{since:%d-%m-%Y}"
    found: dict[uuid.UUID, Suggestion] = {}

    def run(rule: str, stmt: Any, reason: str | Callable[[Any], str]) -> None:
        # Dossier columns only (names are fetched once at the end).
        if scope is not None:
            stmt = stmt.where(scope)
        if on_agenda:
            stmt = stmt.where(Dossier.id.not_in(list(on_agenda)))
        for dossier_id, num, status_code, value in session.execute(stmt.limit(MAX_PER_RULE)):
            entry = found.get(dossier_id)
            if entry is None:
                entry = found[dossier_id] = Suggestion(dossier_id, num, "", status_code)
            if rule not in entry.rules:
                entry.rules.append(rule)
                entry.reasons.append(reason(value) if callable(reason) else reason)

    base = (Dossier.id, Dossier.num, Dossier.status_code)
    if FOLLOW_UP in rules:
        run(
            FOLLOW_UP,
            select(*base, Dossier.follow_up_on)
            .where(is_open, Dossier.follow_up_on.is_not(None), Dossier.follow_up_on <= day)
            .order_by(Dossier.follow_up_on),
            lambda v: f"opvolging {v:%d-%m-%Y}",
        )
    if NEW in rules:
        run(
            NEW,
            select(*base, Dossier.opened_on)
            .where(is_open, Dossier.opened_on > since, Dossier.opened_on <= day)
            .order_by(Dossier.opened_on),
            lambda v: f"nieuw sinds {since_text} (aangemeld {v:%d-%m-%Y})",
        )
    if STATUS_CHANGED in rules:
        latest = (
            select(StatusChange.dossier_id, func.max(StatusChange.effective_on).label("on"))
            .where(
                StatusChange.from_code.is_not(None),
                StatusChange.effective_on > since,
                StatusChange.effective_on <= day,
            )
            .group_by(StatusChange.dossier_id)
            .subquery()
        )
        run(
            STATUS_CHANGED,
            select(*base, latest.c.on)
            .join(latest, latest.c.dossier_id == Dossier.id)
            .order_by(latest.c.on),
            lambda v: f"status gewijzigd op {v:%d-%m-%Y}",
        )
    if FLAGGED in rules:
        run(
            FLAGGED,
            select(*base, Dossier.num).where(Dossier.discuss, is_open).order_by(Dossier.num),
            "gemarkeerd om te bespreken",
        )
    if ACTION_DUE in rules:
        due = (
            select(ActionPoint.dossier_id, func.min(ActionPoint.deadline).label("due"))
            .where(
                ActionPoint.status.in_(meeting_rules.OPEN_ACTION_STATUSES),
                ActionPoint.dossier_id.is_not(None),
                ActionPoint.deadline.is_not(None),
                ActionPoint.deadline <= day,
            )
            .group_by(ActionPoint.dossier_id)
            .subquery()
        )
        run(
            ACTION_DUE,
            select(*base, due.c.due)
            .join(due, due.c.dossier_id == Dossier.id)
            .where(is_open)
            .order_by(due.c.due),
            lambda v: f"actiepunt te doen tegen {v:%d-%m-%Y}",
        )
    ids = list(found)
    for start in range(0, len(ids), 500):
        for dossier_id, first, last in session.execute(
            select(Dossier.id, Person.first_name, Person.last_name)
            .join(Person, Person.id == Dossier.person_id)
            .where(Dossier.id.in_(ids[start : start + 500]))
        ):
            found[dossier_id].name = f"{first} {last}".strip()
    _mark_sharing(session, meeting, found, followed_only)
    return sorted(found.values(), key=lambda s: (not s.shareable, -len(s.rules), s.num))


def _mark_sharing(
    session: Session, meeting: Meeting, found: dict[uuid.UUID, Suggestion], followed_only: bool
) -> None:
    partners = sharing.invited_partners(session, meeting.id)
    texts = sharing.refusal_texts(session, found, partners, meeting.starts_at.date())
    followed = (
        set(found)
        if followed_only or not partners
        else sharing.followed_by_any(session, [pid for pid, _ in partners], found)
    )
    for dossier_id, suggestion in found.items():
        suggestion.followed = dossier_id in followed
        if dossier_id in texts:
            suggestion.shareable = False
            suggestion.share_reason = texts[dossier_id]


def _next_position(session: Session, meeting_id: uuid.UUID) -> int:
    return (
        session.scalar(
            select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting_id)
        )
        or 0
    ) + 1


def _check_editable(meeting: Meeting | None) -> Meeting:
    if meeting is None:
        raise MeetingError("Dit overleg bestaat niet (meer).")
    if meeting.status not in meeting_rules.AGENDA_EDITABLE:
        raise MeetingError("De agenda van een geannuleerd of verplaatst overleg ligt vast.")
    return meeting


def add_dossiers(
    session: Session, meeting_id: uuid.UUID, dossiers: Sequence[tuple[uuid.UUID, str]]
) -> list[uuid.UUID]:
    """Append dossiers (id, rule code or '' for hand-picked); ones already on it are skipped."""
    _check_editable(session.get(Meeting, meeting_id))
    present = set(
        session.scalars(select(AgendaItem.dossier_id).where(AgendaItem.meeting_id == meeting_id))
    )
    position = _next_position(session, meeting_id)
    added = []
    for dossier_id, rule in dossiers:
        if dossier_id in present:
            continue
        num = session.scalar(select(Dossier.num).where(Dossier.id == dossier_id))
        if num is None:
            raise MeetingError("Een gekozen dossier bestaat niet meer.")
        item = AgendaItem(
            meeting_id=meeting_id,
            position=position,
            title=f"Dossier {num}",
            dossier_id=dossier_id,
            suggested_by=rule if rule in RULES else "",
        )
        session.add(item)
        session.flush()
        present.add(dossier_id)
        added.append(item.id)
        position += 1
    if added:
        audit.record(session, "meeting.agenda_add", "meeting", meeting_id, f"{len(added)} dossiers")
    return added


MAX_TITLE = 200  # AgendaItem.title is String(200)


def _check_title(title: str) -> None:
    if not title.strip():
        raise MeetingError("Een agendapunt heeft een titel nodig.")
    if len(title.strip()) > MAX_TITLE:
        raise MeetingError(
            f"De titel van een agendapunt is hoogstens {MAX_TITLE} tekens lang "
            f"(nu {len(title.strip())}). Zet de rest bij de bespreking."
        )


def add_free_item(session: Session, meeting_id: uuid.UUID, title: str) -> uuid.UUID:
    _check_title(title)
    _check_editable(session.get(Meeting, meeting_id))
    item = AgendaItem(
        meeting_id=meeting_id,
        position=_next_position(session, meeting_id),
        title=title.strip(),
    )
    session.add(item)
    session.flush()
    audit.record(session, "meeting.agenda_add", "meeting", meeting_id, "free")
    return item.id


def rename_item(
    session: Session, item_id: uuid.UUID, title: str, *, base: str | None = None
) -> None:
    """`base`: the title as the editor showed it. Renamed by someone else since (to another
    title than mine): EditConflictError, nothing written (issue 19)."""
    _check_title(title)
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise MeetingError("Dit agendapunt bestaat niet meer.")
    if base is not None and item.title not in (base.strip(), title.strip()):
        conflict = FieldConflict("title", base.strip(), item.title, title.strip())
        raise EditConflictError((conflict,), version=item.version)
    if item.title == title.strip():
        return  # nothing to write: no new version
    item.title = title.strip()
    audit.record(session, "meeting.agenda_edit", "agenda_item", item.id)


def remove_item(session: Session, item_id: uuid.UUID) -> None:
    item = session.get(AgendaItem, item_id)
    if item is None:
        return
    _check_editable(session.get(Meeting, item.meeting_id))
    meeting_id = item.meeting_id
    session.delete(item)
    audit.record(session, "meeting.agenda_remove", "meeting", meeting_id)


def reorder_items(session: Session, meeting_id: uuid.UUID, item_ids: Sequence[uuid.UUID]) -> None:
    """Give the items positions 1..n in this order (all items of the meeting, once each)."""
    items = {
        item.id: item
        for item in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id))
    }
    if set(item_ids) != set(items) or len(item_ids) != len(items):
        raise MeetingError("De agenda werd intussen gewijzigd; open ze opnieuw.")
    for position, item_id in enumerate(item_ids, start=1):
        items[item_id].position = position
    audit.record(session, "meeting.agenda_order", "meeting", meeting_id)
