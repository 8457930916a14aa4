"""The verslag of an overlegmoment as a PDF, in full or per partner, and its action list
as an .xlsx.

The partner version holds only the dossier items of dossiers that partner follows (as
responsible partner, or through a counsellor of that partner). Other dossiers are left
out entirely — no title, no blacked-out block — and so are their action points. Free
agenda items and action points without a dossier are in every version.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import ContactPerson, Dossier, Partner
from kempen_desktop.services.common import audit
from kempen_desktop.services.meetings.action_points import ActionFilter, ActionRow, query
from kempen_desktop.services.meetings.meetings import (
    AgendaView,
    MeetingError,
    MeetingView,
    load_view,
)

STATUS_TEXT = {"gepland": "Gepland", "gehouden": "Gehouden", "geannuleerd": "Geannuleerd",
               "verplaatst": "Verplaatst"}
ACTION_STATUS_TEXT = {"open": "Open", "bezig": "Bezig", "afgerond": "Afgerond", "vervallen": "Vervallen"}


@dataclass(frozen=True)
class MinutesContent:
    meeting: MeetingView
    partner_name: str  # empty for the full version
    agenda: tuple[AgendaView, ...]
    actions: tuple[ActionRow, ...]
    left_out: int  # dossier items not in this version


def partner_by_name(session: Session, name: str) -> tuple[uuid.UUID, str]:
    """A partner by exact name, or else by a unique part of the name (case-insensitive)."""
    needle = name.strip()
    if not needle:
        raise MeetingError("Geef de naam van een partner.")
    rows = session.execute(select(Partner.id, Partner.name).where(Partner.name.ilike(needle))).all()
    if not rows:
        rows = session.execute(select(Partner.id, Partner.name)
                               .where(Partner.name.ilike(f"%{needle}%")).order_by(Partner.name)).all()
    if not rows:
        raise MeetingError(f"Geen partner met de naam '{needle}'.")
    if len(rows) > 1:
        raise MeetingError(f"'{needle}' past op {len(rows)} partners: "
                           + ", ".join(name for _id, name in rows[:5]) + ".")
    return rows[0][0], rows[0][1]


def followed_dossiers(session: Session, partner_id: uuid.UUID, dossier_ids: set[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these dossiers the partner follows."""
    if not dossier_ids:
        return set()
    counsellors = select(ContactPerson.id).where(ContactPerson.partner_id == partner_id)
    return set(session.scalars(select(Dossier.id).where(
        Dossier.id.in_(list(dossier_ids)),
        or_(Dossier.responsible_partner_id == partner_id, Dossier.counsellor_id.in_(counsellors)))))


def collect(session: Session, meeting_id: uuid.UUID, partner_id: uuid.UUID | None = None) -> MinutesContent:
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
        left_out = sum(1 for item in agenda if item.dossier_id is not None and item.dossier_id not in keep)
        agenda = tuple(item for item in agenda if item.dossier_id is None or item.dossier_id in keep)
        actions = [a for a in actions if a.dossier_id is None or a.dossier_id in keep]
    return MinutesContent(view, partner_name, tuple(agenda), tuple(actions), left_out)


def _when(view: MeetingView) -> str:
    text = f"{view.starts_at:%d-%m-%Y}, {view.starts_at:%H:%M}"
    if view.ends_at:
        text += f"–{view.ends_at:%H:%M}"
    return text


def _names(view: MeetingView, attendance: str) -> str:
    return ", ".join(p.label for p in view.participants if p.attendance == attendance) or "—"


def _item_label(item: AgendaView) -> str:
    if item.dossier_id is not None:
        return f"Dossier {item.dossier_num} — {item.person_name}" if item.person_name else f"Dossier {item.dossier_num}"
    return item.title


def write_minutes_pdf(session: Session, meeting_id: uuid.UUID, path: Path,
                      partner_id: uuid.UUID | None = None) -> int:
    """Write the verslag; records the export in the audit trail (caller commits). Returns pages."""
    from reportlab.lib.units import mm

    from kempen_desktop.documents.pdf import (
        DocumentInfo,
        build_pdf,
        data_table,
        heading,
        keep,
        key_values,
        paragraph,
        paragraphs,
        spacer,
    )

    content = collect(session, meeting_id, partner_id)
    view = content.meeting
    subtitle = f"{view.type_label} · {_when(view)}" + (f" · {view.location}" if view.location else "")
    if content.partner_name:
        subtitle += f"\nVersie voor {content.partner_name}"
    info = DocumentInfo(title=f"Verslag {view.title}", subtitle=subtitle)
    facts = [("Soort", view.type_label), ("Datum en uur", _when(view))]
    if view.location:
        facts.append(("Plaats", view.location))
    if view.organiser:
        facts.append(("Organisatie", view.organiser))
    facts.append(("Status", STATUS_TEXT.get(view.status, view.status)))
    if view.cancel_reason:
        facts.append(("Reden", view.cancel_reason))
    if view.status == "gehouden":
        facts += [("Aanwezig", _names(view, "aanwezig")), ("Verontschuldigd", _names(view, "verontschuldigd"))]
        absent = _names(view, "afwezig")
        if absent != "—":
            facts.append(("Afwezig", absent))
    else:
        facts.append(("Uitgenodigd", ", ".join(p.label for p in view.participants) or "—"))
    story = [key_values(facts)]
    if content.partner_name:
        story += [spacer(2), paragraph(
            f"Deze versie bevat alleen de dossiers die {content.partner_name} opvolgt.", "small")]
    story += [spacer(3), heading("Agenda en afspraken")]
    if not content.agenda:
        story.append(paragraph("Geen agendapunten.", "small"))
    for number, item in enumerate(content.agenda, start=1):
        block = [heading(f"{number}. {_item_label(item)}", 2)]
        if item.discussion.strip():
            block += [paragraph("Besproken", "small"), *paragraphs(item.discussion.strip())]
        if item.agreements.strip():
            block += [paragraph("Afspraak", "small"), *paragraphs(item.agreements.strip())]
        if not (item.discussion.strip() or item.agreements.strip()):
            block.append(paragraph("Geen notities.", "small"))
        item_actions = [a for a in content.actions if a.dossier_id is not None and a.dossier_id == item.dossier_id]
        for action in item_actions:
            deadline = f" — tegen {action.deadline:%d-%m-%Y}" if action.deadline else ""
            block += paragraphs(f"Actie: {action.description} ({action.owner}{deadline})", "small")
        block.append(spacer(2))
        story.append(keep(*block))
    if view.minutes.strip():
        story += [heading("Algemene notities"), *paragraphs(view.minutes.strip())]
    story.append(heading("Actiepunten"))
    rows = [
        (a.description, a.owner, str(a.dossier_num) if a.dossier_num else "",
         f"{a.deadline:%d-%m-%Y}" if a.deadline else "", ACTION_STATUS_TEXT.get(a.status, a.status))
        for a in content.actions
    ]
    story.append(data_table(("Wat", "Wie", "Dossier", "Tegen", "Status"), rows,
                            (66 * mm, 45 * mm, 19 * mm, 22 * mm, 22 * mm), empty="Geen actiepunten."))
    pages = build_pdf(path, info, story)
    audit.record(session, "export.minutes_pdf", "meeting", meeting_id, "partner" if partner_id else "volledig")
    return pages


def write_action_list_xlsx(session: Session, meeting_id: uuid.UUID, path: Path,
                           partner_id: uuid.UUID | None = None) -> int:
    """The action points of the meeting (partner version: same rule as the PDF)."""
    from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet, write_workbook

    content = collect(session, meeting_id, partner_id)
    view = content.meeting
    columns = [XlsxColumn("Actiepunt", "text", 60), XlsxColumn("Wie", "text", 32), XlsxColumn("Dossier", "int", 10),
               XlsxColumn("Deadline", "date", 12), XlsxColumn("Status", "text", 12),
               XlsxColumn("Afgerond op", "date", 12)]
    rows = [(a.description, a.owner, a.dossier_num, a.deadline, ACTION_STATUS_TEXT.get(a.status, a.status),
             a.completed_on) for a in content.actions]
    subtitle = f"{view.type_label}, {_when(view)}" + (f" — versie voor {content.partner_name}"
                                                      if content.partner_name else "")
    written = write_workbook(path, [XlsxSheet("Actiepunten", columns, rows, f"Actiepunten {view.title}", subtitle)])
    audit.record(session, "export.xlsx", "meeting", meeting_id, "actielijst")
    return written

