"""The import history: every applied batch, newest first."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import ImportBatch
from kempen_desktop.services.importing.errors import ImportFailed


@dataclass(frozen=True)
class BatchInfo:
    id: uuid.UUID
    imported_at: datetime  # UTC, naive (as stored)
    file_name: str
    source: str
    profile_name: str
    mode: str
    rows_total: int
    created: int
    updated: int
    unchanged: int
    rejected: int
    review: int
    status: str  # toegepast / ongedaan
    undone_at: datetime | None


def list_batches(session: Session) -> list[BatchInfo]:
    batches = session.scalars(select(ImportBatch).order_by(ImportBatch.imported_at.desc())).all()
    return [
        BatchInfo(
            id=b.id,
            imported_at=b.imported_at,
            file_name=b.file_name,
            source=b.source,
            profile_name=b.profile_name,
            mode=b.mode,
            rows_total=b.rows_total,
            created=b.rows_new,
            updated=b.rows_changed,
            unchanged=b.rows_unchanged,
            rejected=b.rows_rejected,
            review=b.rows_review,
            status=b.status,
            undone_at=b.undone_at,
        )
        for b in batches
    ]


def find_batch(session: Session, text: str) -> uuid.UUID:
    """A batch by its id or an unambiguous start of it (at least 8 characters), for the CLI."""
    wanted = text.strip().lower().replace("-", "")
    if len(wanted) < 8 or any(ch not in "0123456789abcdef" for ch in wanted):
        raise ImportFailed(f"'{text}' is geen importnummer (zie 'kempen import --list').")
    found = [b.id for b in list_batches(session) if b.id.hex.startswith(wanted)]
    if not found:
        raise ImportFailed(f"Er is geen import met nummer '{text}' (zie 'kempen import --list').")
    if len(found) > 1:
        raise ImportFailed(f"'{text}' past bij meerdere imports; geef meer tekens van het nummer.")
    return found[0]
