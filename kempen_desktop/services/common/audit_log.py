"""Reading the audit trail: filter by period, user, action and record; per dossier."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import AuditEntry, Dossier

DEFAULT_LIMIT = 5_000


@dataclass(frozen=True)
class AuditFilter:
    start: date | None = None  # inclusive, local calendar day (stored times are UTC)
    end: date | None = None  # inclusive
    user: str = ""
    action: str = ""  # exact action, or a prefix ending in "." ("dossier.", "export.")
    entity: str = ""
    entity_id: str = ""
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True)
class AuditRow:
    id: uuid.UUID
    at: datetime  # naive UTC
    user: str
    action: str
    entity: str
    entity_id: str
    detail: str
    record_label: str  # "dossier 123" for dossiers still there; else the short id


def _utc(day: date) -> datetime:
    """Local midnight of `day` as the naive UTC time the entries are stored in."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC).replace(tzinfo=None)


def query(session: Session, spec: AuditFilter) -> list[AuditRow]:
    """Matching entries, newest first (at most `limit`)."""
    statement = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id)
    if spec.start is not None:
        statement = statement.where(AuditEntry.at >= _utc(spec.start))
    if spec.end is not None:
        statement = statement.where(AuditEntry.at < _utc(spec.end + timedelta(days=1)))
    if spec.user:
        statement = statement.where(AuditEntry.user == spec.user)
    if spec.action.endswith("."):
        statement = statement.where(AuditEntry.action.startswith(spec.action, autoescape=True))
    elif spec.action:
        statement = statement.where(AuditEntry.action == spec.action)
    if spec.entity:
        statement = statement.where(AuditEntry.entity == spec.entity)
    if spec.entity_id:
        statement = statement.where(AuditEntry.entity_id == spec.entity_id)
    statement = statement.limit(spec.limit)
    entries = session.scalars(statement).all()
    dossier_ids = {e.entity_id for e in entries if e.entity == "dossier" and e.entity_id}
    numbers = _dossier_numbers(session, dossier_ids)
    return [
        AuditRow(
            e.id,
            e.at,
            e.user,
            e.action,
            e.entity,
            e.entity_id,
            e.detail,
            _label(e.entity, e.entity_id, numbers),
        )
        for e in entries
    ]


def _dossier_numbers(session: Session, ids: set[str]) -> dict[str, int]:
    parsed = []
    for value in ids:
        try:
            parsed.append(uuid.UUID(value))
        except ValueError:
            continue
    numbers: dict[str, int] = {}
    for start in range(0, len(parsed), 500):
        for dossier_id, num in session.execute(
            select(Dossier.id, Dossier.num).where(Dossier.id.in_(parsed[start : start + 500]))
        ):
            numbers[str(dossier_id)] = num
    return numbers


def _label(entity: str, entity_id: str, numbers: dict[str, int]) -> str:
    if entity == "dossier" and entity_id in numbers:
        return f"dossier {numbers[entity_id]}"
    if not entity:
        return ""
    if not entity_id:
        return entity
    try:
        uuid.UUID(entity_id)
    except ValueError:
        return f"{entity} {entity_id}"
    return f"{entity} {entity_id[:8]}"


def for_dossier(session: Session, dossier_id: uuid.UUID, limit: int = 500) -> list[AuditRow]:
    return query(session, AuditFilter(entity="dossier", entity_id=str(dossier_id), limit=limit))


def users(session: Session) -> list[str]:
    return sorted(u for u in session.scalars(select(AuditEntry.user).distinct()) if u is not None)


def actions(session: Session) -> list[str]:
    return sorted(session.scalars(select(AuditEntry.action).distinct()))


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry)) or 0
