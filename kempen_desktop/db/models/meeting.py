"""Overlegmomenten: meetings with participants, agenda, discussion and action points."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kempen_desktop.db.base import Base, Stamped, UuidPk
from kempen_desktop.db.models.versioned import Versioned
from kempen_desktop.domain.meetings import (  # noqa: F401 - defined in domain, named here too
    ACTION_STATUSES,
    ATTENDANCE,
    INVITED,
    MEETING_STATUSES,
    OPEN,
    PLANNED,
)


class MeetingSeries(UuidPk, Stamped, Base):
    """A recurring series, e.g. the quarterly cliëntoverleg."""

    __tablename__ = "meeting_series"

    title: Mapped[str] = mapped_column(String(200))
    meeting_type_code: Mapped[str] = mapped_column(ForeignKey("meeting_type.code"))
    interval_months: Mapped[int] = mapped_column(default=3)


class Meeting(UuidPk, Stamped, Versioned, Base):
    __tablename__ = "meeting"

    meeting_type_code: Mapped[str] = mapped_column(ForeignKey("meeting_type.code"), index=True)
    series_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime | None]
    location: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default=PLANNED)  # MEETING_STATUSES
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    minutes_sent_on: Mapped[date | None]
    organiser: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # A moved meeting keeps its row (status 'verplaatst'); the new date is a new meeting
    # pointing back here, so reports can count both.
    moved_from_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)

    participants: Mapped[list[MeetingParticipant]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    action_points: Mapped[list[ActionPoint]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="ActionPoint.deadline"
    )


class MeetingParticipant(UuidPk, Base):
    __tablename__ = "meeting_participant"

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner.id"))
    contact_person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contact_person.id"))
    name: Mapped[str] = mapped_column(String(200), default="")  # for people not in the address book
    attendance: Mapped[str] = mapped_column(String(20), default=INVITED)  # ATTENDANCE

    meeting: Mapped[Meeting] = relationship(back_populates="participants")


class AgendaItem(UuidPk, Versioned, Base):
    """A free agenda item or a dossier to discuss, with the discussion and agreements."""

    __tablename__ = "agenda_item"

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(200), default="")
    dossier_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    discussion: Mapped[str] = mapped_column(Text, default="")
    agreements: Mapped[str] = mapped_column(Text, default="")
    suggested_by: Mapped[str] = mapped_column(
        String(40), default="", server_default=""
    )  # agenda rule code

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")


class ActionPoint(UuidPk, Stamped, Versioned, Base):
    __tablename__ = "action_point"

    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )
    dossier_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    owner_partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner.id"))
    owner_contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contact_person.id"))
    owner_is_regisseur: Mapped[bool] = mapped_column(default=False)
    deadline: Mapped[date | None] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(20), default=OPEN)  # ACTION_STATUSES
    completed_on: Mapped[date | None]

    meeting: Mapped[Meeting | None] = relationship(back_populates="action_points")


class MeetingTemplateItem(UuidPk, Base):
    """A standard free agenda item of a kind of meeting (e.g. "Welkom en verslag vorig
    overleg", "Varia"): put on the agenda of every new meeting of that type."""

    __tablename__ = "meeting_template_item"

    meeting_type_code: Mapped[str] = mapped_column(
        ForeignKey("meeting_type.code", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(200))
