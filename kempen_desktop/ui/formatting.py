"""How the UI writes dates and times."""

from __future__ import annotations

from datetime import UTC, datetime


def local_datetime(moment: datetime) -> str:
    """Stored times are naive UTC; show them in the laptop's time zone."""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M")
