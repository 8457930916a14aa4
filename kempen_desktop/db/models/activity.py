"""BBC policy actions (beleidsrapportage) and events such as jobevents and jobdates."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, String, Table, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kempen_desktop.db.base import Base, Stamped, UuidPk
from kempen_desktop.db.models.versioned import Versioned
from kempen_desktop.domain.wse import WSE_CODES  # noqa: F401 - the column holds one of these

if TYPE_CHECKING:
    from kempen_desktop.db.models.partner import Partner

EVENT_KINDS = (
    "jobevent",
    "jobdate",
    "jobatelier",
    "infosessie",
    "rondetafel",
    "popupwinkel",
    "netwerkmoment",
    "andere",
)
ACTION_LEVELS = ("beleidsdoelstelling", "actieplan", "actie")

policy_action_partner = Table(
    "policy_action_partner",
    Base.metadata,
    Column(
        "policy_action_id",
        Uuid,
        ForeignKey("policy_action.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("partner_id", Uuid, ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True),
)
policy_action_meeting = Table(  # meetings reported on under an action
    "policy_action_meeting",
    Base.metadata,
    Column(
        "policy_action_id",
        Uuid,
        ForeignKey("policy_action.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("meeting_id", Uuid, ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
)


class PolicyAction(UuidPk, Stamped, Versioned, Base):
    """A BBC action, e.g. 5.2.4.11 'We hebben extra aandacht voor kansengroepen'."""

    __tablename__ = "policy_action"

    code: Mapped[str] = mapped_column(String(30), index=True)
    short_description: Mapped[str] = mapped_column(String(100))
    long_description: Mapped[str] = mapped_column(String(4000), default="")
    status: Mapped[str] = mapped_column(String(40), default="niet_gestart")
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    priority: Mapped[bool] = mapped_column(default=False)
    wse_code: Mapped[str | None] = mapped_column(String(10))  # WSE_CODES
    report_text: Mapped[str] = mapped_column(Text, default="")  # inhoudelijke rapportering
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("policy_action.id", ondelete="SET NULL"), index=True
    )
    level: Mapped[str] = mapped_column(
        String(20), default="actie", server_default="actie"
    )  # ACTION_LEVELS
    responsible: Mapped[str] = mapped_column(String(200), default="", server_default="")

    partners: Mapped[list[Partner]] = relationship(secondary=policy_action_partner)
    indicators: Mapped[list[ActionIndicator]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="ActionIndicator.sort_order"
    )


class ActionIndicator(UuidPk, Stamped, Base):
    """An indicator of one action: measured by hand, or computed (`computed` names how)."""

    __tablename__ = "action_indicator"

    action_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("policy_action.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(40), default="", server_default="")
    target: Mapped[float | None]
    computed: Mapped[str | None] = mapped_column(String(40))  # domain.actions.COMPUTABLE
    sort_order: Mapped[int] = mapped_column(default=0, server_default="0")

    action: Mapped[PolicyAction] = relationship(back_populates="indicators")
    measurements: Mapped[list[IndicatorMeasurement]] = relationship(
        back_populates="indicator",
        cascade="all, delete-orphan",
        order_by="IndicatorMeasurement.measured_on",
    )


class IndicatorMeasurement(UuidPk, Stamped, Base):
    __tablename__ = "indicator_measurement"

    indicator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("action_indicator.id", ondelete="CASCADE"), index=True
    )
    measured_on: Mapped[date]
    value: Mapped[float]
    note: Mapped[str] = mapped_column(String(200), default="", server_default="")

    indicator: Mapped[ActionIndicator] = relationship(back_populates="measurements")


class ActionReport(UuidPk, Stamped, Base):
    """The inhoudelijke rapportering of one action for one report period."""

    __tablename__ = "action_report"

    action_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("policy_action.id", ondelete="CASCADE"), index=True
    )
    period_start: Mapped[date]
    period_end: Mapped[date]
    text: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        UniqueConstraint("action_id", "period_start", "period_end", name="uq_action_report_period"),
    )


event_partner = Table(  # organising partners
    "event_partner",
    Base.metadata,
    Column("event_id", Uuid, ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", Uuid, ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True),
)
event_employer = Table(  # participating employers
    "event_employer",
    Base.metadata,
    Column("event_id", Uuid, ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", Uuid, ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True),
)


class Event(UuidPk, Stamped, Versioned, Base):
    __tablename__ = "event"

    kind: Mapped[str] = mapped_column(String(20))  # EVENT_KINDS
    title: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(index=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    policy_action_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("policy_action.id", ondelete="SET NULL")
    )
    participant_count: Mapped[int | None]  # anonymous visitors (not registered as dossiers)
    results: Mapped[str] = mapped_column(Text, default="")
    ends_on: Mapped[date | None]
    target_groups: Mapped[str] = mapped_column(
        String(400), default="", server_default=""
    )  # comma list of target_group codes
    contacts: Mapped[int | None]
    interviews: Mapped[int | None]
    other_hires: Mapped[int | None]  # hires of visitors without a dossier

    partners: Mapped[list[Partner]] = relationship(secondary=event_partner)
    employers: Mapped[list[Partner]] = relationship(secondary=event_employer)
    participants: Mapped[list[EventParticipant]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )


class EventParticipant(UuidPk, Stamped, Base):
    """A dossier at an event: attended or not, hired or not (the hire is a work exit)."""

    __tablename__ = "event_participant"

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True
    )
    dossier_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    attended: Mapped[bool] = mapped_column(default=True, server_default="1")
    hired: Mapped[bool] = mapped_column(default=False, server_default="0")
    work_exit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("work_exit.id", ondelete="SET NULL")
    )

    event: Mapped[Event] = relationship(back_populates="participants")

    __table_args__ = (
        UniqueConstraint("event_id", "dossier_id", name="uq_event_participant_dossier"),
    )


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
