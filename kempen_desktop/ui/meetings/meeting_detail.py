"""What the Overlegmomenten list shows: its columns, the period filter, and the detail of
the chosen meeting as HTML."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kempen_desktop.services.meetings.action_points import ActionRow
from kempen_desktop.services.meetings.meeting_list import MeetingListRow
from kempen_desktop.services.meetings.meetings import MeetingView, now_local
from kempen_desktop.ui.common.record_table_model import Column
from kempen_desktop.ui.meetings import labels

PERIODS = (
    ("", QT_TRANSLATE_NOOP("MeetingsTab", "Alle data")),
    ("upcoming", QT_TRANSLATE_NOOP("MeetingsTab", "Komend")),
    ("3m", QT_TRANSLATE_NOOP("MeetingsTab", "Afgelopen 3 maanden")),
    ("12m", QT_TRANSLATE_NOOP("MeetingsTab", "Afgelopen 12 maanden")),
    ("year", QT_TRANSLATE_NOOP("MeetingsTab", "Dit jaar")),
    ("last_year", QT_TRANSLATE_NOOP("MeetingsTab", "Vorig jaar")),
)


def _when(row: MeetingListRow) -> str:
    text = row.starts_at.strftime("%d-%m-%Y %H:%M")
    return text + (row.ends_at.strftime("–%H:%M") if row.ends_at else "")


def _agenda_order(row: MeetingListRow) -> tuple[int, float]:
    """Upcoming meetings first (soonest first), then the others (most recent first)."""
    if row.is_upcoming(now_local()):
        return 0, row.starts_at.timestamp()
    return 1, -row.starts_at.timestamp()


COLUMNS: list[Column[MeetingListRow]] = [
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Datum"), _when, _agenda_order),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Soort"), lambda m: m.type_label),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Titel"), lambda m: m.title),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Plaats"), lambda m: m.location),
    Column(QT_TRANSLATE_NOOP("MeetingsTab", "Status"), lambda m: labels.meeting_status(m.status)),
    Column(
        QT_TRANSLATE_NOOP("MeetingsTab", "Deelnemers"),
        lambda m: str(m.participants),
        lambda m: m.participants,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("MeetingsTab", "Dossiers"),
        lambda m: str(m.dossiers),
        lambda m: m.dossiers,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("MeetingsTab", "Open actiepunten"),
        lambda m: str(m.open_actions),
        lambda m: m.open_actions,
        True,
    ),
]


def period_range(code: str, today: date) -> tuple[date | None, date | None]:
    if code == "upcoming":
        return today, None
    if code == "3m":
        return today - timedelta(days=91), today
    if code == "12m":
        return today - timedelta(days=365), today
    if code == "year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if code == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None


def detail_html(view: MeetingView, actions: Sequence[ActionRow]) -> str:
    reason_label, participants_label = (
        QCoreApplication.translate("MeetingsTab", "Reden"),
        QCoreApplication.translate("MeetingsTab", "Deelnemers"),
    )
    agenda_label, actions_label = (
        QCoreApplication.translate("MeetingsTab", "Agenda"),
        QCoreApplication.translate("MeetingsTab", "Actiepunten"),
    )
    what_label, who_label = (
        QCoreApplication.translate("MeetingsTab", "Wat"),
        QCoreApplication.translate("MeetingsTab", "Wie"),
    )
    deadline_label, status_label = (
        QCoreApplication.translate("MeetingsTab", "Deadline"),
        QCoreApplication.translate("MeetingsTab", "Status"),
    )
    organiser_label, moved_label = (
        QCoreApplication.translate("MeetingsTab", "Organisator"),
        QCoreApplication.translate("MeetingsTab", "Verplaatst van een eerder overleg."),
    )
    when = f"{view.starts_at:%d-%m-%Y %H:%M}" + (f"–{view.ends_at:%H:%M}" if view.ends_at else "")
    parts = [
        f"<h3>{escape(view.title)}</h3><p>{escape(view.type_label)} · {when}"
        + (f" · {escape(view.location)}" if view.location else "")
        + f" · <b>{escape(labels.meeting_status(view.status))}</b></p>"
    ]
    if view.organiser:
        parts.append(f"<p><b>{escape(organiser_label)}:</b> {escape(view.organiser)}</p>")
    if view.moved_from_id:
        parts.append(f"<p><i>{escape(moved_label)}</i></p>")
    if view.cancel_reason:
        parts.append(f"<p><b>{escape(reason_label)}:</b> {escape(view.cancel_reason)}</p>")
    if view.participants:
        people = ", ".join(
            f"{escape(p.label)} <span "
            f"style='color:#555'>({escape(labels.attendance(p.attendance))})</span>"
            for p in view.participants
        )
        parts.append(f"<p><b>{escape(participants_label)}:</b> {people}</p>")
    if view.agenda:
        items = "".join(
            f"<li>{escape(item.label)}"
            + (f"<br><i>{escape(item.agreements)}</i>" if item.agreements else "")
            + "</li>"
            for item in view.agenda
        )
        parts.append(f"<p><b>{escape(agenda_label)}</b></p><ol>{items}</ol>")
    if actions:
        rows = "".join(
            f"<tr><td>{escape(a.description)}</td><td>{escape(a.owner)}</td>"
            f"<td>{a.deadline.strftime('%d-%m-%Y') if a.deadline else ''}</td>"
            f"<td>{escape(labels.action_status(a.status))}</td></tr>"
            for a in actions
        )
        parts.append(
            f"<p><b>{escape(actions_label)}</b></p><table cellpadding='3'>"
            f"<tr><th align='left'>{escape(what_label)}</th><th "
            f"align='left'>{escape(who_label)}</th>"
            f"<th align='left'>{escape(deadline_label)}</th>"
            f"<th align='left'>{escape(status_label)}</th></tr>{rows}</table>"
        )
    return "".join(parts)
