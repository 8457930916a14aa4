"""All tables, imported together so that the metadata is complete."""

from kempen_desktop.db.base import Base
from kempen_desktop.db.models.activity import Event, PolicyAction, event_partner
from kempen_desktop.db.models.admin import AppMeta, AuditEntry, ImportBatch, ImportMapping
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
from kempen_desktop.db.models.partner import ContactPerson, CooperationEntry, Partner
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
    "Base", "Event", "PolicyAction", "event_partner", "AppMeta", "AuditEntry", "ImportBatch",
    "ImportMapping", "Consent", "Dossier", "Person", "StatusChange", "TimelineEntry", "WorkExit",
    "dossier_target_group", "ActionPoint", "AgendaItem", "Meeting", "MeetingParticipant",
    "MeetingSeries", "ContactPerson", "CooperationEntry", "Partner", "CODE_LISTS", "ClosingReason",
    "ContractType", "DossierStatus", "MeetingType", "Municipality", "PartnerType", "TargetGroup",
]
