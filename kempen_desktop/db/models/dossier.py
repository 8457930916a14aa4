"""People, their trajectories (dossiers) and everything that hangs off a dossier."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kempen_desktop.db.base import Base, Stamped, UuidPk, utcnow
from kempen_desktop.db.models.versioned import Versioned

if TYPE_CHECKING:
    from kempen_desktop.db.models.reference import TargetGroup


class Person(UuidPk, Stamped, Versioned, Base):
    """Identity of a client; one person can have several dossiers over time."""

    __tablename__ = "person"

    # NOCASE so that names typed in capitals (as in VDAB lists) sort with the rest,
    # and the name index serves the sorted dossier list.
    last_name: Mapped[str] = mapped_column(String(100, collation="NOCASE"))
    first_name: Mapped[str] = mapped_column(String(100, collation="NOCASE"))
    insz: Mapped[str | None] = mapped_column(String(11), unique=True)  # 11 digits, validated
    vdab_number: Mapped[str | None] = mapped_column(String(20), index=True)  # VDAB klantnummer
    birth_date: Mapped[date | None]
    sex: Mapped[str | None] = mapped_column(String(1))  # M / F / X
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    municipality_nis: Mapped[str | None] = mapped_column(ForeignKey("municipality.nis_code"))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(40), default="")  # e.g. Nederlands, Arabisch
    anonymised_on: Mapped[date | None]  # retention: identity removed, statistics kept

    dossiers: Mapped[list[Dossier]] = relationship(back_populates="person")

    __table_args__ = (Index("ix_person_name", "last_name", "first_name"),)


dossier_target_group = Table(
    "dossier_target_group",
    Base.metadata,
    Column("dossier_id", Uuid, ForeignKey("dossier.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "target_group_code",
        String(40),
        ForeignKey("target_group.code"),
        primary_key=True,
        index=True,
    ),
)


class Dossier(UuidPk, Stamped, Versioned, Base):
    """One trajectory of a person towards work.

    `num` is a local, human-friendly dossier number. It is also the integer key of the
    full-text index (FTS5 needs a stable integer rowid; an implicit rowid could move on
    VACUUM). When data from several laptops is merged, numbers may be reassigned; the
    UUID stays the identity.
    """

    __tablename__ = "dossier"

    num: Mapped[int] = mapped_column(unique=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    status_code: Mapped[str] = mapped_column(ForeignKey("dossier_status.code"), index=True)
    status_since: Mapped[date]
    opened_on: Mapped[date]
    closed_on: Mapped[date | None]
    closing_reason_code: Mapped[str | None] = mapped_column(ForeignKey("closing_reason.code"))
    responsible_partner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("partner.id"), index=True
    )
    counsellor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact_person.id"), index=True
    )
    follow_up_on: Mapped[date | None] = mapped_column(index=True)
    job_seeker_since: Mapped[date | None]  # for langdurig werkzoekend
    situation: Mapped[str] = mapped_column(Text, default="")  # short summary of the situation
    discuss: Mapped[bool] = mapped_column(default=False, server_default="0")  # flagged "bespreken"
    anonymised_on: Mapped[date | None]

    # Sort keys for the dossier list: copies of displayed values, maintained by triggers
    # (migration 0002) and never written by the application.
    list_last_name: Mapped[str] = mapped_column(String(100, collation="NOCASE"), server_default="")
    list_first_name: Mapped[str] = mapped_column(String(100, collation="NOCASE"), server_default="")
    list_place: Mapped[str] = mapped_column(String(80), server_default="")
    list_groups: Mapped[str] = mapped_column(String(400), server_default="")
    list_counsellor: Mapped[str] = mapped_column(String(200, collation="NOCASE"), server_default="")
    list_status_rank: Mapped[int] = mapped_column(server_default="0")
    list_follow_up: Mapped[str] = mapped_column(String(10), server_default="9999-12-31")

    person: Mapped[Person] = relationship(back_populates="dossiers")
    target_groups: Mapped[list[TargetGroup]] = relationship(
        secondary=dossier_target_group, order_by="TargetGroup.sort_order"
    )
    status_history: Mapped[list[StatusChange]] = relationship(
        back_populates="dossier",
        cascade="all, delete-orphan",
        order_by="(StatusChange.effective_on, StatusChange.changed_at)",
    )
    timeline: Mapped[list[TimelineEntry]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan", order_by="TimelineEntry.occurred_at"
    )
    consents: Mapped[list[Consent]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan"
    )
    work_exits: Mapped[list[WorkExit]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan"
    )


class StatusChange(UuidPk, Base):
    __tablename__ = "status_change"

    dossier_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    from_code: Mapped[str | None] = mapped_column(ForeignKey("dossier_status.code"))
    to_code: Mapped[str] = mapped_column(ForeignKey("dossier_status.code"))
    effective_on: Mapped[date]
    closing_reason_code: Mapped[str | None] = mapped_column(ForeignKey("closing_reason.code"))
    note: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)

    dossier: Mapped[Dossier] = relationship(back_populates="status_history")


class Consent(UuidPk, Stamped, Base):
    """Consent of the client to share data with a partner for a purpose."""

    __tablename__ = "consent"

    dossier_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner.id"))
    purpose: Mapped[str] = mapped_column(String(200))
    given_on: Mapped[date]
    method: Mapped[str] = mapped_column(
        String(40), default="schriftelijk"
    )  # schriftelijk/mondeling/digitaal
    valid_until: Mapped[date | None]
    withdrawn_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")

    dossier: Mapped[Dossier] = relationship(back_populates="consents")


TIMELINE_KINDS = ("note", "contact", "referral", "decision", "import", "status", "event")


class TimelineEntry(UuidPk, Stamped, Base):
    """A note, contact, referral, meeting decision or import event on a dossier."""

    __tablename__ = "timeline_entry"

    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # one of TIMELINE_KINDS
    occurred_at: Mapped[datetime]
    title: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(100), default="")
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner.id"))
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL")
    )
    import_batch_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )

    dossier: Mapped[Dossier] = relationship(back_populates="timeline")

    __table_args__ = (Index("ix_timeline_entry_dossier", "dossier_id", "occurred_at"),)


class WorkExit(UuidPk, Stamped, Base):
    """Exit to work, followed up after 6 and 12 months to see whether it lasted."""

    __tablename__ = "work_exit"

    dossier_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    employer_partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner.id"))
    employer_name: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[str] = mapped_column(String(120), default="")
    contract_type_code: Mapped[str | None] = mapped_column(ForeignKey("contract_type.code"))
    started_on: Mapped[date]
    hours_per_week: Mapped[float | None]
    # Follow-up outcome: None = not yet checked, True = still at work, False = no longer.
    followup_6m_on: Mapped[date | None]
    still_working_6m: Mapped[bool | None]
    followup_12m_on: Mapped[date | None]
    still_working_12m: Mapped[bool | None]
    note: Mapped[str] = mapped_column(Text, default="")

    dossier: Mapped[Dossier] = relationship(back_populates="work_exits")
