"""The iCalendar (.ics) writer: plain events in, bytes that Outlook, Google Calendar and
Thunderbird import.

Times are written with TZID=Europe/Brussels and a VTIMEZONE block (Outlook wants the
block in the file), the UID is stable per event id so importing again updates the
appointment instead of duplicating it. A file that only cancels (every event cancelled)
goes out as METHOD:CANCEL with STATUS:CANCELLED, which Outlook takes as "remove this
appointment"; otherwise METHOD:PUBLISH (a cancelled event in it is STATUS:CANCELLED, which
Thunderbird and Google honour). icalendar is imported here only. What goes into an
event (and what stays on the laptop) is decided by the caller: services/meetings/ics.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from kempen_desktop import APP_NAME

if TYPE_CHECKING:
    from icalendar import Component

TZID = "Europe/Brussels"
UID_DOMAIN = "kempen-desktop.local"


def event_uid(event_id: uuid.UUID) -> str:
    return f"{event_id}@{UID_DOMAIN}"


@dataclass(frozen=True)
class CalendarAttendee:
    label: str
    email: str
    # ACCEPTED, DECLINED or NEEDS-ACTION
    partstat: str = "NEEDS-ACTION"


@dataclass(frozen=True)
class CalendarEvent:
    """One appointment. `starts_at`/`ends_at` are aware datetimes in Europe/Brussels."""

    id: uuid.UUID
    title: str
    starts_at: datetime
    ends_at: datetime
    description: str
    category: str
    location: str = ""
    organiser: str = ""
    cancelled: bool = False
    # A higher SEQUENCE after each change lets calendars replace the earlier import.
    sequence: int = 0
    attendees: tuple[CalendarAttendee, ...] = field(default_factory=tuple)


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


def _event(item: CalendarEvent, stamp: datetime) -> Component:
    from icalendar import Event, vCalAddress, vText

    event = Event()
    event.add("uid", event_uid(item.id))
    event.add("dtstamp", stamp)
    event.add("dtstart", item.starts_at)
    event.add("dtend", item.ends_at)
    event.add("summary", item.title)
    if item.location:
        event.add("location", item.location)
    event.add("description", item.description)
    event.add("categories", [item.category])
    event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
    event.add("sequence", item.sequence)
    event.add("transp", "OPAQUE")
    if item.organiser:
        organiser = vCalAddress("mailto:noreply@" + UID_DOMAIN)
        organiser.params["cn"] = vText(item.organiser)
        event.add("organizer", organiser, encode=False)
    for attendee in item.attendees:
        if not attendee.email:
            continue
        address = vCalAddress(f"mailto:{attendee.email}")
        address.params["cn"] = vText(attendee.label)
        address.params["role"] = vText("REQ-PARTICIPANT")
        address.params["partstat"] = vText(attendee.partstat)
        event.add("attendee", address, encode=False)
    return event


def calendar_method(events: Sequence[CalendarEvent]) -> str:
    """CANCEL when the file only cancels appointments, else PUBLISH."""
    return "CANCEL" if events and all(e.cancelled for e in events) else "PUBLISH"


def calendar_bytes(events: Sequence[CalendarEvent], stamp: datetime | None = None) -> bytes:
    """The calendar file; `stamp` (DTSTAMP) defaults to now."""
    from icalendar import Calendar

    if not events:
        raise ValueError("no events to write")
    method = calendar_method(events)
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//Overlegmomenten//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    calendar.add("x-wr-timezone", TZID)
    calendar.add_component(_timezone())
    moment = (stamp or datetime.now(UTC)).replace(microsecond=0)
    for item in events:
        calendar.add_component(_event(item, moment))
    return bytes(calendar.to_ical())
