"""The dashboard's event figures: deelnemers and aanwervingen of the period's events, as
plain (key, label, value, note, tone) tuples the dashboard turns into tiles."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from kempen_desktop.services.actions.events import event_rows

TileFigures = tuple[str, str, str, str, str]


def event_tiles(session: Session, start: date, end: date) -> list[TileFigures]:
    rows = [r for r in event_rows(session, start, end) if start <= r.held_on <= end]
    participants = sum(r.participants for r in rows)
    registered = sum(r.registered for r in rows)
    hires = sum(r.hires for r in rows)
    return [
        (
            "event_participants",
            "Deelnemers",
            f"{participants:,}".replace(",", "."),
            f"aan {len(rows)} activiteiten; {registered} met een dossier",
            "normal",
        ),
        (
            "event_hires",
            "Aanwervingen",
            f"{hires:,}".replace(",", "."),
            "na jobevents en andere activiteiten",
            "good" if hires else "normal",
        ),
    ]
