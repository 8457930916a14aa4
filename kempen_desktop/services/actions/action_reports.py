"""The inhoudelijke rapportering per action and report period: a draft written from the
period's figures (the action's indicators on the end date), the events linked to the action
(dates, places, partners, participants, hires) and the meetings linked to it (cancelled ones
with their reason, as in the source text of action 5.2.4.11); the regisseur edits it, it is
saved per action and period and printed in the Beleidsrapportage under its WSE priority.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import (
    ActionReport,
    Event,
    Meeting,
    PolicyAction,
    policy_action_meeting,
)
from kempen_desktop.domain.actions import format_value, people_text
from kempen_desktop.domain.meetings import CANCELLED, HELD, MOVED
from kempen_desktop.domain.text_limits import too_long
from kempen_desktop.domain.wse import WSE_CODES
from kempen_desktop.services.actions.actions import ActionError, code_key, status_labels
from kempen_desktop.services.actions.events import event_rows
from kempen_desktop.services.actions.indicators import compute


@dataclass(frozen=True)
class ActionReportLine:
    """One action as the Beleidsrapportage prints it."""

    action_id: uuid.UUID
    code: str
    short_description: str
    status: str
    starts_on: date | None
    ends_on: date | None
    priority: bool
    wse_code: str | None
    text: str
    saved: bool  # False: the generated draft


def _d(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def draft(session: Session, action_id: uuid.UUID, start: date, end: date) -> str:
    """The generated draft for one action and period (Dutch, plain text)."""
    action = session.get(PolicyAction, action_id)
    if action is None:
        raise ActionError("Deze actie bestaat niet (meer).")
    parts: list[str] = []
    if action.long_description.strip():
        parts.append(action.long_description.strip())
    events = [e for e in event_rows(session, start, end, action_id) if e.held_on <= end]
    events.sort(key=lambda e: e.held_on)
    if events:
        lines = []
        for row in events:
            event = session.get(Event, row.id)
            partners = ", ".join(p.name for p in event.partners) if event else ""
            when = _d(row.held_on) + (f" en {_d(row.ends_on)}" if row.ends_on else "")
            line = f"- {row.kind_label} ‘{row.title}’ op {when}"
            if row.location:
                line += f" te {row.location}"
            if partners:
                line += f", samen met {partners}"
            figures = []
            if row.participants:
                figures.append(f"{people_text(row.participants)} deelnemers")
            if event is not None and event.interviews:
                figures.append(f"{people_text(event.interviews)} sollicitatiegesprekken")
            if row.hires:  # small counts of people as the report prints them: 'minder dan 5'
                figures.append(f"{people_text(row.hires)} aanwervingen")
            if figures:
                line += f" ({', '.join(figures)})"
            lines.append(line + ".")
        parts.append("In deze periode organiseerden we:\n" + "\n".join(lines))
    meetings = session.execute(
        select(Meeting.starts_at, Meeting.title, Meeting.location, Meeting.status)
        .add_columns(Meeting.cancel_reason)
        .join(policy_action_meeting, policy_action_meeting.c.meeting_id == Meeting.id)
        .where(policy_action_meeting.c.policy_action_id == action_id)
        .order_by(Meeting.starts_at)
    ).all()
    meetings = [m for m in meetings if start <= m[0].date() <= end]
    held = [m for m in meetings if m[3] == HELD]
    if held:
        parts.append(
            "Overlegmomenten gehouden op "
            + ", ".join(f"{_d(m[0].date())}" + (f" ({m[2]})" if m[2] else "") for m in held)
            + "."
        )
    for starts, title, location, status, reason in meetings:
        if status in (CANCELLED, MOVED):
            what = "geannuleerd" if status == CANCELLED else "verplaatst"
            place = f" ({location})" if location else ""
            text = (
                f"Het geplande overlegmoment ‘{title}’ van {_d(starts.date())}{place} werd {what}."
            )
            if reason.strip():
                text += f" {reason.strip()}"
            parts.append(text)
    figures = []
    for indicator in action.indicators:
        value: float | None
        if indicator.computed:
            value = compute(session, indicator.computed, end)
        else:
            points = [m for m in indicator.measurements if m.measured_on <= end]
            value = points[-1].value if points else None
        if value is None:
            continue
        line = f"- {indicator.name}: {format_value(value, indicator.unit)}"
        if indicator.target is not None:
            line += f" (doel {format_value(indicator.target, indicator.unit)})"
        figures.append(line)
    if figures:
        parts.append(f"Stand op {_d(end)}:\n" + "\n".join(figures))
    if not parts:
        parts.append(f"Geen activiteiten of cijfers geregistreerd tussen {_d(start)} en {_d(end)}.")
    return "\n\n".join(parts)


def saved_text(session: Session, action_id: uuid.UUID, start: date, end: date) -> str | None:
    return session.scalar(
        select(ActionReport.text).where(
            ActionReport.action_id == action_id,
            ActionReport.period_start == start,
            ActionReport.period_end == end,
        )
    )


def report_text(session: Session, action_id: uuid.UUID, start: date, end: date) -> tuple[str, bool]:
    """(text, saved): the saved text of the period, else the generated draft."""
    saved = saved_text(session, action_id, start, end)
    if saved is not None:
        return saved, True
    return draft(session, action_id, start, end), False


def save_report(
    session: Session, action_id: uuid.UUID, start: date, end: date, text: str | None
) -> None:
    """Save the text of the period; None removes it (the draft shows again)."""
    if problem := too_long(text, "De rapportering"):
        raise ActionError(problem)
    found = session.scalar(
        select(ActionReport).where(
            ActionReport.action_id == action_id,
            ActionReport.period_start == start,
            ActionReport.period_end == end,
        )
    )
    if text is None:
        if found is not None:
            session.delete(found)
        return
    if found is None:
        session.add(
            ActionReport(action_id=action_id, period_start=start, period_end=end, text=text)
        )
    else:
        found.text = text


def report_lines(session: Session, start: date, end: date) -> dict[str, list[ActionReportLine]]:
    """Per WSE code, the actions (level actie, or any level with a WSE code) and their texts."""
    labels = status_labels(session)
    result: dict[str, list[ActionReportLine]] = {code: [] for code in WSE_CODES}
    actions = [a for a in session.scalars(select(PolicyAction)) if a.wse_code in result]
    actions.sort(key=lambda a: code_key(a.code))
    for action in actions:
        if action.starts_on and action.starts_on > end:
            continue
        if action.ends_on and action.ends_on < start:
            continue
        text, saved = report_text(session, action.id, start, end)
        result[str(action.wse_code)].append(
            ActionReportLine(
                action.id,
                action.code,
                action.short_description,
                labels.get(action.status, action.status),
                action.starts_on,
                action.ends_on,
                action.priority,
                action.wse_code,
                text,
                saved,
            )
        )
    return result


def linked_meetings(session: Session, action_id: uuid.UUID) -> list[uuid.UUID]:
    return list(
        session.scalars(
            select(policy_action_meeting.c.meeting_id).where(
                policy_action_meeting.c.policy_action_id == action_id
            )
        )
    )


def set_linked_meetings(
    session: Session, action_id: uuid.UUID, meeting_ids: set[uuid.UUID]
) -> None:
    known = set(linked_meetings(session, action_id))
    for meeting_id in known - meeting_ids:
        session.execute(
            policy_action_meeting.delete().where(
                policy_action_meeting.c.policy_action_id == action_id,
                policy_action_meeting.c.meeting_id == meeting_id,
            )
        )
    for meeting_id in meeting_ids - known:
        session.execute(
            policy_action_meeting.insert().values(policy_action_id=action_id, meeting_id=meeting_id)
        )
