"""How the UI writes dates and times."""

from __future__ import annotations

from datetime import UTC, date, datetime


def local_datetime(moment: datetime) -> str:
    """Stored times are naive UTC; show them in the laptop's time zone."""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M")


def day_text(value: date | None, empty: str = "") -> str:
    """A date as people in Flanders write it (dd-mm-yyyy); `empty` when there is none."""
    return f"{value:%d-%m-%Y}" if value else empty
