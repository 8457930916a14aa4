"""The inverse of a dossier action, for Bewerken → Ongedaan maken (issue 14).

A status change is taken back as if it never happened: its history entry and its timeline
line go, and the dossier gets back exactly the state it had before (status, since when,
closing date and reason, follow-up date). A note is taken back by deleting it. Each refuses
when the dossier moved on in the meantime, so an undo never overwrites a later action.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import Dossier, StatusChange, TimelineEntry
from kempen_desktop.services.common import audit


class UndoRefusedError(ValueError):
    """The action cannot be taken back any more; the message is Dutch, for the user."""


@dataclass(frozen=True)
class StatusState:
    """What a status change alters on the dossier, as it was before the change."""

    status_code: str
    status_since: date
    closed_on: date | None
    closing_reason_code: str | None
    follow_up_on: date | None


def _dossier(session: Session, dossier_id: uuid.UUID) -> Dossier:
    dossier = session.get(Dossier, dossier_id)
    if dossier is None:
        raise UndoRefusedError("Dit dossier bestaat niet meer.")
    return dossier


def status_state(session: Session, dossier_id: uuid.UUID) -> StatusState:
    dossier = _dossier(session, dossier_id)
    return StatusState(
        status_code=dossier.status_code,
        status_since=dossier.status_since,
        closed_on=dossier.closed_on,
        closing_reason_code=dossier.closing_reason_code,
        follow_up_on=dossier.follow_up_on,
    )


def revert_status_change(session: Session, dossier_id: uuid.UUID, before: StatusState) -> None:
    """Take back the dossier's last status change, which went from `before`."""
    dossier = _dossier(session, dossier_id)
    last = session.scalars(
        select(StatusChange)
        .where(StatusChange.dossier_id == dossier_id)
        .order_by(StatusChange.changed_at.desc())
        .limit(1)
    ).first()
    if last is None or last.from_code != before.status_code or last.to_code != dossier.status_code:
        raise UndoRefusedError("De status van dit dossier is intussen opnieuw gewijzigd.")
    line = session.scalars(
        select(TimelineEntry)
        .where(TimelineEntry.dossier_id == dossier_id, TimelineEntry.kind == "status")
        .order_by(TimelineEntry.occurred_at.desc())
        .limit(1)
    ).first()
    if line is not None:
        session.delete(line)
    session.delete(last)
    dossier.status_code = before.status_code
    dossier.status_since = before.status_since
    dossier.closed_on = before.closed_on
    dossier.closing_reason_code = before.closing_reason_code
    dossier.follow_up_on = before.follow_up_on
    audit.record(session, "dossier.status.undo", "dossier", dossier_id, f"->{before.status_code}")


def delete_timeline_entry(session: Session, dossier_id: uuid.UUID, entry_id: uuid.UUID) -> None:
    """Delete one line of a dossier's timeline (the undo of adding a note)."""
    entry = session.get(TimelineEntry, entry_id)
    if entry is None or entry.dossier_id != dossier_id:
        raise UndoRefusedError("Deze notitie bestaat niet meer.")
    session.delete(entry)
    audit.record(session, "dossier.timeline.delete", "dossier", dossier_id, entry.kind)
