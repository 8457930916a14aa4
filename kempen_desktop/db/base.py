"""Declarative base and the column conventions shared by every table.

User data gets UUID primary keys so that records created on different laptops can
later be merged without renumbering. Reference data (municipalities, code lists) is
keyed by its natural code (NIS code, status code), which is the same everywhere.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import DateTime, MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

if TYPE_CHECKING:
    from sqlalchemy.sql import FromClause

# Deterministic constraint names keep Alembic batch migrations on SQLite workable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UuidPk:
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)


class Stamped:
    """Created/updated stamps in UTC (naive, as SQLite stores them)."""

    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class CodeList:
    """A user-editable list of codes with a Dutch label, shipped as reference data."""

    if TYPE_CHECKING:
        # A mixin: the concrete code lists are Base subclasses, which set these. Declared
        # for the type checker only, so generic code over type[CodeList] can use them.
        __tablename__: str
        __table__: ClassVar[FromClause]

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(120))
    # English label for the English UI; empty (user-added values) falls back to `label`.
    label_en: Mapped[str] = mapped_column(String(120), default="", server_default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(String(400), default="")
    active: Mapped[bool] = mapped_column(default=True)
