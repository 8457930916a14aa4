"""All tables, imported together so that the metadata is complete."""

from kempen_desktop.db.base import Base
from kempen_desktop.db.models.activity import Event, PeriodReportText, PolicyAction, event_partner
from kempen_desktop.db.models.admin import (
    AppMeta,
    AuditEntry,
    Counter,
    ImportBatch,
    ImportChange,
    ImportProfile,
)
from kempen_desktop.db.models.dossier import (
    Consent,
    Dossier,
    Person,
    StatusChange,
    TimelineEntry,
    WorkExit,
    dossier_target_group,
)
from kempen_desktop.db.models.meeting import (
    ActionPoint,
    AgendaItem,
    Meeting,
    MeetingParticipant,
    MeetingSeries,
)
from kempen_desktop.db.models.partner import (
    ContactPerson,
    CooperationEntry,
    Partner,
    PartnerEngagement,
)
from kempen_desktop.db.models.reference import (
    CODE_LISTS,
    ClosingReason,
    ContractType,
    DossierStatus,
    MeetingType,
    Municipality,
    PartnerType,
    TargetGroup,
)

__all__ = [
    "CODE_LISTS",
    "ActionPoint",
    "AgendaItem",
    "AppMeta",
    "AuditEntry",
    "Base",
    "ClosingReason",
    "Consent",
    "ContactPerson",
    "ContractType",
    "CooperationEntry",
    "Counter",
    "Dossier",
    "DossierStatus",
    "Event",
    "ImportBatch",
    "ImportChange",
    "ImportProfile",
    "Meeting",
    "MeetingParticipant",
    "MeetingSeries",
    "MeetingType",
    "Municipality",
    "Partner",
    "PartnerEngagement",
    "PartnerType",
    "PeriodReportText",
    "Person",
    "PolicyAction",
    "StatusChange",
    "TargetGroup",
    "TimelineEntry",
    "WorkExit",
    "dossier_target_group",
    "event_partner",
]
