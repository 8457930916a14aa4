"""The verslag of an overlegmoment (PDF), in full or per partner, and its action list (.xlsx):
gathering what goes in, the audit entry; the layout is documents/minutes.py.

The full version is *intern* (marked so in its header and footer): it holds everything.

A partner's version follows the shareability rule of domain.consent (a valid consent for
that partner on the meeting's day; services/meetings/sharing.py):
- dossier items of dossiers not shareable with the partner are left out entirely — no
  title, no discussion, no blacked-out block — and counted in one line;
- action points about a shareable dossier, and those without a dossier, are in it;
- the partner's *own* action points are always in it, also on a dossier another partner
  follows; on a dossier not shareable with it, neither the dossier nor the text is given
  ("Actiepunt over een dossier dat niet gedeeld mag worden"), only that there is one, its
  deadline and status, so the partner asks the regisseur;
- other partners' action points about a non-shareable dossier are left out.
Free agenda items are in every version.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import Partner
from kempen_desktop.documents import minutes as document
from kempen_desktop.documents.minutes import (
    MinutesAction,
    MinutesContent,
    MinutesItem,
    MinutesParticipant,
)
from kempen_desktop.documents.sender import NOBODY, Sender
from kempen_desktop.domain import meetings as rules
from kempen_desktop.services.common import audit
from kempen_desktop.services.meetings import sharing
from kempen_desktop.services.meetings.action_points import ActionFilter, ActionRow, query
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


MASKED_ACTION = (
    "Actiepunt over een dossier dat niet met u gedeeld mag worden (geen geldige toestemming); "
    "vraag de regisseur naar de details."
)


def _for_partner(
    session: Session,
    partner_id: uuid.UUID,
    day: date,
    agenda: tuple[AgendaView, ...],
    actions: list[ActionRow],
) -> tuple[tuple[AgendaView, ...], list[tuple[ActionRow, bool]], int]:
    """The agenda items and (action, masked) pairs this partner may receive; and how many
    dossier items were left out."""
    dossier_ids = {item.dossier_id for item in agenda if item.dossier_id is not None}
    dossier_ids |= {a.dossier_id for a in actions if a.dossier_id is not None}
    keep = sharing.shareable_with(session, partner_id, dossier_ids, day)
    left_out = sum(
        1 for item in agenda if item.dossier_id is not None and item.dossier_id not in keep
    )
    kept_agenda = tuple(
        item for item in agenda if item.dossier_id is None or item.dossier_id in keep
    )
    kept_actions = []
    for action in actions:
        if action.dossier_id is None or action.dossier_id in keep:
            kept_actions.append((action, False))
        elif action.owner_partner_id == partner_id:
            kept_actions.append((action, True))
    return kept_agenda, kept_actions, left_out


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
    chosen = [(a, False) for a in actions]
    if partner_id is not None:
        partner = session.get(Partner, partner_id)
        if partner is None:
            raise MeetingError("Deze partner bestaat niet (meer).")
        partner_name = partner.name
        agenda, chosen, left_out = _for_partner(
            session, partner_id, view.starts_at.date(), agenda, actions
        )
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
                MASKED_ACTION if masked else a.description,
                a.owner,
                None if masked else a.dossier_id,
                None if masked else a.dossier_num,
                a.deadline,
                rules.action_status_label(a.status),
                a.completed_on,
                own=partner_id is not None and a.owner_partner_id == partner_id,
            )
            for a, masked in chosen
        ),
        partner_name=partner_name,
        left_out=left_out,
    )


def write_minutes_pdf(
    session: Session,
    meeting_id: uuid.UUID,
    path: Path,
    partner_id: uuid.UUID | None = None,
    sender: Sender = NOBODY,
) -> int:
    """Write the verslag; records the export in the audit trail (caller commits). Returns pages."""
    pages = document.write_minutes_pdf(path, collect(session, meeting_id, partner_id), sender)
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
