"""The audit trail: what was done to which record, by which OS user. Never personal data."""

from __future__ import annotations

import getpass
from functools import cache

from sqlalchemy.orm import Session

from kempen_desktop.db.models import AuditEntry


@cache
def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some sandboxes and services
        return ""


def record(
    session: Session, action: str, entity: str = "", entity_id: object = "", detail: str = ""
) -> None:
    """Add an audit entry in the caller's transaction, so it commits or rolls back with it."""
    session.add(
        AuditEntry(
            user=_os_user(), action=action, entity=entity, entity_id=str(entity_id), detail=detail
        )
    )
