"""Import batches, saved column mappings, the audit trail and database metadata."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kempen_desktop.db.base import Base, Stamped, UuidPk, utcnow


class ImportBatch(UuidPk, Stamped, Base):
    """One applied import of a VDAB/OCMW list; undone as a whole."""

    __tablename__ = "import_batch"

    source: Mapped[str] = mapped_column(String(40))  # vdab / ocmw / andere
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    rows_total: Mapped[int] = mapped_column(default=0)
    rows_new: Mapped[int] = mapped_column(default=0)
    rows_changed: Mapped[int] = mapped_column(default=0)
    rows_unchanged: Mapped[int] = mapped_column(default=0)
    rows_rejected: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(20), default="toegepast")  # toegepast / ongedaan
    undone_at: Mapped[datetime | None]


class ImportMapping(UuidPk, Stamped, Base):
    """Column mapping saved once per source, as JSON {target field: source header}."""

    __tablename__ = "import_mapping"

    source: Mapped[str] = mapped_column(String(40), unique=True)
    mapping_json: Mapped[str] = mapped_column(Text, default="{}")


class AuditEntry(UuidPk, Base):
    """Who did what to which record. Never holds names, INSZ or note text."""

    __tablename__ = "audit_entry"

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(60))  # e.g. dossier.create, export.xlsx
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(36), default="")
    detail: Mapped[str] = mapped_column(String(400), default="")


class AppMeta(Base):
    """Key/value facts about the database file itself (e.g. 'demo' = '1')."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(400), default="")
