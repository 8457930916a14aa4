"""The verslag of an overlegmoment (PDF), in full or per partner, and its action list (.xlsx):
gathering what goes in, the audit entry; the layout is documents/minutes.py.

The partner version holds only the dossier items of dossiers that partner follows (the rule
`domain.consent.follows`: as responsible partner, or through a counsellor of that partner).
Other dossiers are left out entirely — no title, no blacked-out block — and so are their
action points. Free agenda items and action points without a dossier are in every version.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from kempen_desktop.db.models import ContactPerson, Dossier, Partner
from kempen_desktop.documents import minutes as document
from kempen_desktop.documents.minutes import (
    MinutesAction,
    MinutesContent,
    MinutesItem,
    MinutesParticipant,
)
from kempen_desktop.domain import meetings as rules
from kempen_desktop.domain.consent import follows
from kempen_desktop.services.common import audit
from kempen_desktop.services.meetings.action_points import ActionFilter, query
from kempen_desktop.services.meetings.meetings import AgendaView, MeetingError, load_view


def partner_by_name(session: Session, name: str) -> tuple[uuid.UUID, str]:
    """A partner by exact name, or else by a unique part of the name (case-insensitive)."""
    needle = name.strip()
    if not needle:
        raise MeetingError("Geef de naam van een partner.")
    rows = session.execute(select(Partner.id, Partner.name).where(Partner.name.ilike(needle))).all()
    if not rows:
        rows = session.execute(
            select(Partner.id, Partner.name)
            .where(Partner.name.ilike(f"%{needle}%"))
            .order_by(Partner.name)
        ).all()
    if not rows:
        raise MeetingError(f"Geen partner met de naam '{needle}'.")
    if len(rows) > 1:
        raise MeetingError(
            f"'{needle}' past op {len(rows)} partners: "
            + ", ".join(name for _id, name in rows[:5])
            + "."
        )
    return rows[0][0], rows[0][1]


def followed_dossiers(
    session: Session, partner_id: uuid.UUID, dossier_ids: set[uuid.UUID]
) -> set[uuid.UUID]:
    """Which of these dossiers the partner follows (domain.consent.follows)."""
    if not dossier_ids:
        return set()
    counsellor = aliased(ContactPerson)
    rows = session.execute(
        select(Dossier.id, Dossier.responsible_partner_id, counsellor.partner_id)
        .outerjoin(counsellor, counsellor.id == Dossier.counsellor_id)
        .where(Dossier.id.in_(list(dossier_ids)))
    ).all()
    return {
        dossier_id for dossier_id, responsible, via in rows if follows(partner_id, responsible, via)
    }


def _item_label(item: AgendaView) -> str:
    if item.dossier_id is not None:
        if item.person_name:
            return f"Dossier {item.dossier_num} — {item.person_name}"
        return f"Dossier {item.dossier_num}"
    return item.title


def collect(
    session: Session, meeting_id: uuid.UUID, partner_id: uuid.UUID | None = None
) -> MinutesContent:
    """What the verslag of this meeting holds, for everyone or for one partner."""
    view = load_view(session, meeting_id)
    actions = query(session, ActionFilter(meeting_id=meeting_id, open_only=False))
    agenda = view.agenda
    partner_name = ""
    left_out = 0
    if partner_id is not None:
        partner = session.get(Partner, partner_id)
        if partner is None:
            raise MeetingError("Deze partner bestaat niet (meer).")
        partner_name = partner.name
        dossier_ids = {item.dossier_id for item in agenda if item.dossier_id is not None}
        dossier_ids |= {a.dossier_id for a in actions if a.dossier_id is not None}
        keep = followed_dossiers(session, partner_id, dossier_ids)
        left_out = sum(
            1 for item in agenda if item.dossier_id is not None and item.dossier_id not in keep
        )
        agenda = tuple(
            item for item in agenda if item.dossier_id is None or item.dossier_id in keep
        )
        actions = [a for a in actions if a.dossier_id is None or a.dossier_id in keep]
    return MinutesContent(
        title=view.title,
        type_label=view.type_label,
        starts_at=view.starts_at,
        ends_at=view.ends_at,
        location=view.location,
        organiser=view.organiser,
        status_label=rules.meeting_status_label(view.status),
        held=view.status == rules.HELD,
        cancel_reason=view.cancel_reason,
        general_notes=view.minutes,
        participants=tuple(MinutesParticipant(p.label, p.attendance) for p in view.participants),
        agenda=tuple(
            MinutesItem(_item_label(i), i.dossier_id, i.discussion, i.agreements) for i in agenda
        ),
        actions=tuple(
            MinutesAction(
                a.description,
                a.owner,
                a.dossier_id,
                a.dossier_num,
                a.deadline,
                rules.action_status_label(a.status),
                a.completed_on,
            )
            for a in actions
        ),
        partner_name=partner_name,
        left_out=left_out,
    )


def write_minutes_pdf(
    session: Session, meeting_id: uuid.UUID, path: Path, partner_id: uuid.UUID | None = None
) -> int:
    """Write the verslag; records the export in the audit trail (caller commits). Returns pages."""
    pages = document.write_minutes_pdf(path, collect(session, meeting_id, partner_id))
    audit.record(
        session,
        "export.minutes_pdf",
        "meeting",
        meeting_id,
        "partner" if partner_id else "volledig",
    )
    return pages


def write_action_list_xlsx(
    session: Session, meeting_id: uuid.UUID, path: Path, partner_id: uuid.UUID | None = None
) -> int:
    """The action points of the meeting (partner version: same rule as the PDF)."""
    written = document.write_action_list_xlsx(path, collect(session, meeting_id, partner_id))
    audit.record(session, "export.xlsx", "meeting", meeting_id, "actielijst")
    return written
