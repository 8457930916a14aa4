"""Import batches with their changes, saved import profiles, the audit trail, metadata and
number counters."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from kempen_desktop.db.base import Base, Stamped, UuidPk, utcnow


class ImportBatch(UuidPk, Stamped, Base):
    """One applied import of a VDAB/OCMW list; undone as a whole."""

    __tablename__ = "import_batch"

    source: Mapped[str] = mapped_column(String(40))  # VDAB / OCMW / the profile's source
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    profile_name: Mapped[str] = mapped_column(String(100), server_default="", default="")
    mode: Mapped[str] = mapped_column(
        String(20), server_default="fill", default="fill"
    )  # fill / overwrite
    rows_total: Mapped[int] = mapped_column(default=0)
    rows_new: Mapped[int] = mapped_column(default=0)
    rows_changed: Mapped[int] = mapped_column(default=0)
    rows_unchanged: Mapped[int] = mapped_column(default=0)
    rows_rejected: Mapped[int] = mapped_column(default=0)
    rows_review: Mapped[int] = mapped_column(
        server_default="0", default=0
    )  # not applied: decide later
    #: fill mode: rows whose file values differ and were not applied (migration 0010)
    rows_differs: Mapped[int] = mapped_column(server_default="0", default=0)
    status: Mapped[str] = mapped_column(String(20), default="toegepast")  # toegepast / ongedaan
    undone_at: Mapped[datetime | None]


class ImportDecision(UuidPk, Stamped, Base):
    """A review decision remembered for the next import of the same source (migration 0010).

    ``row_key`` is a SHA-256 of the source and the row's identity, never the identity itself.
    """

    __tablename__ = "import_decision"

    row_key: Mapped[str] = mapped_column(String(64), unique=True)
    decision: Mapped[str] = mapped_column(String(10))  # merge
    dossier_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    batch_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE")
    )


class ImportChange(UuidPk, Base):
    """What one import did to one dossier, so that undo can restore it exactly.

    ``before_json`` holds the stored values (storage format) of the person and dossier
    columns the import changed, their previous ``updated_at`` stamps and the target groups
    it added. ``after_json`` holds the dossier number, its target groups and the
    ``updated_at`` of the person and the dossier right after the import: a later edit
    moves them, and undo then refuses. ``stamp_after`` is the moment of the import (later
    timeline entries on the dossier also count as an edit).
    """

    __tablename__ = "import_change"

    batch_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE"), index=True
    )
    # No foreign keys: the dossier may be deleted later; undo must still be able to tell.
    dossier_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    person_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    action: Mapped[str] = mapped_column(String(10))  # create / update
    before_json: Mapped[str] = mapped_column(Text, default="{}")
    after_json: Mapped[str] = mapped_column(Text, default="{}")
    stamp_after: Mapped[datetime | None]


class ImportProfile(UuidPk, Stamped, Base):
    """A saved mapping profile: the TOML text as exported (see services.importing.profiles)."""

    __tablename__ = "import_profile"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    source: Mapped[str] = mapped_column(String(40), default="")
    toml: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(UuidPk, Base):
    """Who did what to which record. Never holds names, INSZ or note text."""

    __tablename__ = "audit_entry"

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(60))  # e.g. dossier.create, export.xlsx
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(36), default="")
    detail: Mapped[str] = mapped_column(String(400), default="")

    __table_args__ = (Index("ix_audit_entry_record", "entity", "entity_id"),)


class AppMeta(Base):
    """Key/value facts about the database file itself (e.g. 'demo' = '1')."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(400), default="")


class Counter(Base):
    """The last number handed out, per kind (``dossier.num``); it only grows.

    Taken through :mod:`kempen_desktop.db.numbering`. A trigger (migration 0005) also
    raises it when a dossier is inserted with a higher number.
    """

    __tablename__ = "counter"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(default=0, server_default="0")
