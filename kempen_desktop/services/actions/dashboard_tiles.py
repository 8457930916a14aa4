"""The dashboard's event tiles: deelnemers and aanwervingen of the period's events."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from kempen_desktop.services.actions.events import event_rows

if TYPE_CHECKING:
    from kempen_desktop.services.reports.dashboard import Tile


def event_tiles(session: Session, start: date, end: date) -> list[Tile]:
    from kempen_desktop.services.reports.dashboard import Tile

    rows = [r for r in event_rows(session, start, end) if start <= r.held_on <= end]
    participants = sum(r.participants for r in rows)
    registered = sum(r.registered for r in rows)
    hires = sum(r.hires for r in rows)
    return [
        Tile(
            "event_participants",
            "Deelnemers",
            f"{participants:,}".replace(",", "."),
            f"aan {len(rows)} activiteiten; {registered} met een dossier",
            None,
            target="actions",
        ),
        Tile(
            "event_hires",
            "Aanwervingen",
            f"{hires:,}".replace(",", "."),
            "na jobevents en andere activiteiten",
            None,
            target="actions",
            tone="good" if hires else "normal",
        ),
    ]
