"""BBC policy actions (beleidsrapportage) and events such as jobevents and jobdates."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, String, Table, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kempen_desktop.db.base import Base, Stamped, UuidPk
from kempen_desktop.domain.wse import WSE_CODES  # noqa: F401 - the column holds one of these

if TYPE_CHECKING:
    from kempen_desktop.db.models.partner import Partner

EVENT_KINDS = ("jobevent", "jobdate", "jobatelier", "infosessie", "popupwinkel", "andere")


class PolicyAction(UuidPk, Stamped, Base):
    """A BBC action, e.g. 5.2.4.11 'We hebben extra aandacht voor kansengroepen'."""

    __tablename__ = "policy_action"

    code: Mapped[str] = mapped_column(String(30), index=True)
    short_description: Mapped[str] = mapped_column(String(100))
    long_description: Mapped[str] = mapped_column(String(4000), default="")
    status: Mapped[str] = mapped_column(String(40), default="Niet gestart")
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    priority: Mapped[bool] = mapped_column(default=False)
    wse_code: Mapped[str | None] = mapped_column(String(10))  # WSE_CODES
    report_text: Mapped[str] = mapped_column(Text, default="")  # inhoudelijke rapportering


event_partner = Table(
    "event_partner",
    Base.metadata,
    Column("event_id", Uuid, ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", Uuid, ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True),
)


class Event(UuidPk, Stamped, Base):
    __tablename__ = "event"

    kind: Mapped[str] = mapped_column(String(20))  # EVENT_KINDS
    title: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(index=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    policy_action_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("policy_action.id", ondelete="SET NULL")
    )
    participant_count: Mapped[int | None]
    results: Mapped[str] = mapped_column(Text, default="")

    partners: Mapped[list[Partner]] = relationship(secondary=event_partner)


class PeriodReportText(UuidPk, Stamped, Base):
    """The editable 'inhoudelijke rapportering' of one WSE priority for one report period."""

    __tablename__ = "period_report_text"

    period_start: Mapped[date]
    period_end: Mapped[date]
    wse_code: Mapped[str] = mapped_column(String(10))  # WSE_CODES
    text: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        UniqueConstraint(
            "period_start", "period_end", "wse_code", name="uq_period_report_text_period"
        ),
    )
