"""The import history: every applied batch, newest first."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

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
    differs: int = 0  # fill mode: rows whose file values differ and were not applied

    def counts(self) -> dict[str, int]:
        """The counts as `kempen import --json` gives them (read from the batch record)."""
        return {
            "rows": self.rows_total,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "differs": self.differs,
            "review": self.review,
            "rejected": self.rejected,
        }


def batch_info(session: Session, batch_id: uuid.UUID) -> BatchInfo:
    """One batch as recorded; ImportFailed when there is none."""
    found = [b for b in _infos(session, ImportBatch.id == batch_id)]
    if not found:
        raise ImportFailed("Deze import bestaat niet (meer).")
    return found[0]


def list_batches(session: Session) -> list[BatchInfo]:
    return _infos(session)


def _infos(session: Session, *where: Any) -> list[BatchInfo]:
    query = select(ImportBatch).where(*where).order_by(ImportBatch.imported_at.desc())
    batches = session.scalars(query).all()
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
            differs=b.rows_differs,
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
