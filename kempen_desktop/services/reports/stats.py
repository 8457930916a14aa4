"""Key counts of what the database holds, for `kempen stats` and the Rapporten tab."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import (
    ActionPoint,
    ContactPerson,
    Dossier,
    ImportBatch,
    Meeting,
    Partner,
    PartnerEngagement,
    Person,
    TimelineEntry,
)
from kempen_desktop.domain import status as workflow


@dataclass(frozen=True)
class Stats:
    dossiers: int
    open_dossiers: int
    persons: int
    partners: int
    inclusive_partners: int
    contacts: int
    meetings: int
    planned_meetings: int
    action_points: int
    open_action_points: int
    overdue_action_points: int
    overdue_follow_ups: int
    timeline_entries: int
    import_batches: int
    dossiers_per_status: dict[str, int]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def collect_stats(session: Session, today: date | None = None) -> Stats:
    day = today or date.today()

    def count(stmt: Any) -> int:
        return int(session.scalar(stmt) or 0)

    open_action = ActionPoint.status.in_(("open", "bezig"))
    per_status = dict(
        session.execute(
            select(Dossier.status_code, func.count()).group_by(Dossier.status_code)
        ).all()
    )
    return Stats(
        dossiers=count(select(func.count(Dossier.id))),
        open_dossiers=count(
            select(func.count(Dossier.id)).where(Dossier.status_code != workflow.AFGESLOTEN)
        ),
        persons=count(select(func.count(Person.id))),
        partners=count(select(func.count(Partner.id))),
        inclusive_partners=count(  # an 'inclusief' engagement running today (not the cached copy)
            select(func.count(func.distinct(PartnerEngagement.partner_id))).where(
                PartnerEngagement.kind == "inclusief",
                PartnerEngagement.started_on <= day,
                PartnerEngagement.ended_on.is_(None) | (PartnerEngagement.ended_on > day),
            )
        ),
        contacts=count(select(func.count(ContactPerson.id))),
        meetings=count(select(func.count(Meeting.id))),
        planned_meetings=count(
            select(func.count(Meeting.id)).where(
                Meeting.status == "gepland", Meeting.starts_at >= day
            )
        ),
        action_points=count(select(func.count(ActionPoint.id))),
        open_action_points=count(select(func.count(ActionPoint.id)).where(open_action)),
        overdue_action_points=count(
            select(func.count(ActionPoint.id)).where(open_action, ActionPoint.deadline < day)
        ),
        overdue_follow_ups=count(
            select(func.count(Dossier.id)).where(
                Dossier.follow_up_on < day, Dossier.status_code != workflow.AFGESLOTEN
            )
        ),
        timeline_entries=count(select(func.count(TimelineEntry.id))),
        import_batches=count(select(func.count(ImportBatch.id))),
        dossiers_per_status={code: int(n) for code, n in per_status.items()},
    )
