"""Reference data: municipalities with validity dates and the code lists."""

from __future__ import annotations

from datetime import date

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from kempen_desktop.db.base import Base, CodeList


class Municipality(Base):
    """A municipality by NIS code; merged municipalities keep their row with an end date."""

    __tablename__ = "municipality"

    nis_code: Mapped[str] = mapped_column(String(5), primary_key=True)
    name: Mapped[str] = mapped_column(String(80), index=True)
    arrondissement: Mapped[str] = mapped_column(String(80), default="")
    province: Mapped[str] = mapped_column(String(80), default="")
    postcodes: Mapped[str] = mapped_column(String(200), default="")  # ';'-separated
    valid_from: Mapped[date]
    valid_until: Mapped[date | None]
    successor_nis_code: Mapped[str | None] = mapped_column(String(5))

    def is_valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


class TargetGroup(CodeList, Base):
    __tablename__ = "target_group"


class DossierStatus(CodeList, Base):
    __tablename__ = "dossier_status"


class ClosingReason(CodeList, Base):
    __tablename__ = "closing_reason"


class PartnerType(CodeList, Base):
    __tablename__ = "partner_type"


class MeetingType(CodeList, Base):
    __tablename__ = "meeting_type"


class ContractType(CodeList, Base):
    __tablename__ = "contract_type"


class ActionStatus(CodeList, Base):
    """Status of a BBC policy action (niet gestart, in uitvoering, ...)."""

    __tablename__ = "action_status"


CODE_LISTS: dict[str, type[CodeList]] = {
    "target_groups": TargetGroup,
    "statuses": DossierStatus,
    "closing_reasons": ClosingReason,
    "partner_types": PartnerType,
    "meeting_types": MeetingType,
    "contract_types": ContractType,
    "action_statuses": ActionStatus,
}
