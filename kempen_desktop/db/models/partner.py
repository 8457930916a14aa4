"""Partner organisations, their contact persons and the history of cooperation."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kempen_desktop.db.base import Base, Stamped, UuidPk
from kempen_desktop.db.models.versioned import Versioned
from kempen_desktop.domain.partners import (  # noqa: F401 - the vocabulary lives in domain
    ENGAGED_AS,
    ENGAGEMENT_KINDS,
    INCLUSIVE_FORMS,
    PARTNERSHIP_ROLES,
)


class Partner(UuidPk, Stamped, Versioned, Base):
    __tablename__ = "partner"

    name: Mapped[str] = mapped_column(String(200), index=True)
    partner_type_code: Mapped[str] = mapped_column(ForeignKey("partner_type.code"), index=True)
    kbo_number: Mapped[str | None] = mapped_column(String(10), index=True)  # 10 digits
    municipality_nis: Mapped[str | None] = mapped_column(ForeignKey("municipality.nis_code"))
    sector: Mapped[str] = mapped_column(String(120), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")  # role in the partnership
    # In the network since (0007): the indicator as of a day counts only the employers in the
    # network on that day. Filled from the first engagement, or the day it was created.
    network_since: Mapped[date | None]
    # Inclusive-employer engagement (Kempenpact goal: 1 in 2 employers inclusive).
    inclusive_since: Mapped[date | None]
    inclusive_as: Mapped[str | None] = mapped_column(String(20))  # werkgever/opdrachtgever/beide
    inclusive_evidence: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    # Comma-separated dossier export fields this partner may receive (empty: the default set).
    shared_fields: Mapped[str] = mapped_column(Text, default="", server_default="")

    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", order_by="ContactPerson.last_name"
    )


class ContactPerson(UuidPk, Stamped, Versioned, Base):
    __tablename__ = "contact_person"

    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    function: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(default=True)

    partner: Mapped[Partner] = relationship(back_populates="contacts")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class CooperationEntry(UuidPk, Stamped, Base):
    """One moment in the history of cooperation with a partner."""

    __tablename__ = "cooperation_entry"

    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    occurred_on: Mapped[date]
    kind: Mapped[str] = mapped_column(String(40))  # overleg, project, event, engagement, ...
    description: Mapped[str] = mapped_column(Text, default="")


class PartnerEngagement(UuidPk, Stamped, Base):
    """One dated engagement: a partnership role, or inclusive employership with evidence.

    The inclusive-employer indicator counts a partner as engaged on a date when one of its
    'inclusief' engagements started on or before it and had not ended.
    """

    __tablename__ = "partner_engagement"

    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # ENGAGEMENT_KINDS
    role: Mapped[str | None] = mapped_column(String(20))  # PARTNERSHIP_ROLES, for 'partnerschap'
    engaged_as: Mapped[str | None] = mapped_column(String(20))  # ENGAGED_AS, for 'inclusief'
    forms: Mapped[str] = mapped_column(
        String(200), default="", server_default=""
    )  # comma list of INCLUSIVE_FORMS
    started_on: Mapped[date]
    ended_on: Mapped[date | None]
    evidence: Mapped[str] = mapped_column(Text, default="", server_default="")
    work_exit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("work_exit.id", ondelete="SET NULL")
    )
    event_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
