"""Meetings as an iCalendar (.ics) file that Outlook, Google Calendar and Thunderbird import.

Times are written with TZID=Europe/Brussels and a VTIMEZONE block (Outlook wants the
block in the file), the UID is stable per meeting so importing again updates the
appointment instead of duplicating it, and a cancelled meeting goes out as
STATUS:CANCELLED with METHOD:PUBLISH. icalendar is imported here only.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop import APP_NAME
from kempen_desktop.db.models import Meeting
from kempen_desktop.documents.atomic import atomic_output
from kempen_desktop.domain import meetings as rules
from kempen_desktop.services.meetings.meetings import MeetingError, MeetingView, brussels, load_view

if TYPE_CHECKING:
    from icalendar import Component

TZID = "Europe/Brussels"
UID_DOMAIN = "kempen-desktop.local"
DEFAULT_DURATION = timedelta(hours=2)


def meeting_uid(meeting_id: uuid.UUID) -> str:
    return f"{meeting_id}@{UID_DOMAIN}"


def _timezone() -> Component:
    """VTIMEZONE for Europe/Brussels (CET/CEST, EU rules since 1996)."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    tz = Timezone()
    tz.add("tzid", TZID)
    summer = TimezoneDaylight()
    summer.add("dtstart", datetime(1981, 3, 29, 2, 0, 0))
    summer.add("tzoffsetfrom", timedelta(hours=1))
    summer.add("tzoffsetto", timedelta(hours=2))
    summer.add("tzname", "CEST")
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    winter = TimezoneStandard()
    winter.add("dtstart", datetime(1996, 10, 27, 3, 0, 0))
    winter.add("tzoffsetfrom", timedelta(hours=2))
    winter.add("tzoffsetto", timedelta(hours=1))
    winter.add("tzname", "CET")
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    tz.add_component(summer)
    tz.add_component(winter)
    return tz


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


def _event(view: MeetingView, stamp: datetime, sequence: int = 0) -> Component:
    from icalendar import Event, vCalAddress, vText

    tz = brussels()
    event = Event()
    event.add("uid", meeting_uid(view.id))
    event.add("dtstamp", stamp)
    start = view.starts_at.replace(tzinfo=tz)
    end = (view.ends_at or view.starts_at + DEFAULT_DURATION).replace(tzinfo=tz)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", view.title)
    if view.location:
        event.add("location", view.location)
    event.add("description", _description(view))
    event.add("categories", [view.type_label])
    cancelled = view.status in (rules.CANCELLED, rules.MOVED)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    # A higher SEQUENCE after each change lets calendars replace the earlier import.
    event.add("sequence", sequence)
    event.add("transp", "OPAQUE")
    if view.organiser:
        organiser = vCalAddress("mailto:noreply@" + UID_DOMAIN)
        organiser.params["cn"] = vText(view.organiser)
        event.add("organizer", organiser, encode=False)
    for participant in view.participants:
        if not participant.email and not participant.label:
            continue
        address = vCalAddress(
            f"mailto:{participant.email}" if participant.email else "mailto:onbekend@invalid"
        )
        address.params["cn"] = vText(participant.label)
        address.params["role"] = vText("REQ-PARTICIPANT")
        address.params["partstat"] = vText(
            {"aanwezig": "ACCEPTED", "verontschuldigd": "DECLINED"}.get(
                participant.attendance, "NEEDS-ACTION"
            )
        )
        if participant.email:
            event.add("attendee", address, encode=False)
    return event


def calendar_bytes(
    views: Sequence[MeetingView],
    stamp: datetime | None = None,
    sequences: Mapping[uuid.UUID, int] | None = None,
) -> bytes:
    """`sequences`: the SEQUENCE per meeting (see :func:`sequence_of`); 0 when not given."""
    from icalendar import Calendar

    if not views:
        raise MeetingError("Er is geen overleg om te exporteren.")
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//Overlegmomenten//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-timezone", TZID)
    calendar.add_component(_timezone())
    moment = (stamp or datetime.now(UTC)).replace(microsecond=0)
    for view in views:
        calendar.add_component(_event(view, moment, (sequences or {}).get(view.id, 0)))
    return bytes(calendar.to_ical())


SEQUENCE_EPOCH = datetime(2020, 1, 1)


def sequence_of(meeting: Meeting | None) -> int:
    """Minutes from 2020 to the meeting's last change: grows with every edit, cancellation or
    move, so a calendar that imported an earlier export takes the new one as the newer version."""
    if meeting is None or meeting.updated_at is None:
        return 0
    return max(0, int((meeting.updated_at - SEQUENCE_EPOCH).total_seconds() // 60))


def export_ics(session: Session, meeting_ids: Sequence[uuid.UUID], path: Path) -> int:
    """Write the meetings to `path` (atomically); returns how many events were written."""
    views = [load_view(session, mid) for mid in meeting_ids]
    sequences = {mid: sequence_of(session.get(Meeting, mid)) for mid in meeting_ids}
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
