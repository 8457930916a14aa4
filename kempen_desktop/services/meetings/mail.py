"""*Verslag versturen*: per partner an e-mail draft (.eml, `X-Unsent: 1`) addressed to that
partner's invited contact persons, with a Dutch subject and body and that partner's own
minutes PDF attached (services/meetings/minutes.py, the partner version). Nothing is sent:
the regisseur opens each draft in the mail program, reads it and sends it.

Every draft is a disclosure: one audit entry per partner ("export.mail_draft", the meeting,
the partner's id); run it inside `disclosure()` so the entries commit before the files
appear (the façade: app/meetings.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from kempen_desktop.documents import minutes as minutes_document
from kempen_desktop.documents.eml import (
    Attachment,
    MailDraft,
    safe_file_name,
    signature,
    write_eml,
)
from kempen_desktop.documents.sender import NOBODY, Identity, Sender
from kempen_desktop.services.common import audit
from kempen_desktop.services.meetings.meetings import MeetingError, MeetingView, load_view
from kempen_desktop.services.meetings.minutes import collect

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


@dataclass(frozen=True)
class PartnerRecipients:
    partner_id: uuid.UUID
    partner_name: str
    to: tuple[tuple[str, str], ...]  # (name, address) of its invited contact persons


def recipients(view: MeetingView) -> list[PartnerRecipients]:
    """The invited partners, by name, each with its invited contact persons that have an
    e-mail address."""
    found: dict[uuid.UUID, tuple[str, list[tuple[str, str]]]] = {}
    for p in view.participants:
        if p.partner_id is None:
            continue
        _name, to = found.setdefault(p.partner_id, (p.partner_name, []))
        if p.contact_id is not None and p.email and (p.name, p.email) not in to:
            to.append((p.name, p.email))
    return sorted(
        (PartnerRecipients(pid, name, tuple(to)) for pid, (name, to) in found.items()),
        key=lambda r: r.partner_name.casefold(),
    )


def subject(view: MeetingView) -> str:
    return f"Verslag {view.title} van {view.starts_at:%d-%m-%Y}"


def body(view: MeetingView, partner: PartnerRecipients, identity: Identity | None = None) -> str:
    first_names = [name.split(" ")[0] for name, _address in partner.to if name]
    greeting = "Beste " + (" en ".join(first_names) if first_names else "partner") + ","
    day = f"{WEEKDAYS[view.starts_at.weekday()]} {view.starts_at:%d-%m-%Y}"
    fallback = view.organiser or "De regisseur sociale economie en werk"
    return "\n".join(
        [
            greeting,
            "",
            (
                f"In bijlage vindt u het verslag van {view.title} van {day}. Het is de versie "
                f"voor {partner.partner_name}: met de dossiers die met {partner.partner_name} "
                f"gedeeld mogen worden en de actiepunten van {partner.partner_name}."
            ),
            "",
            (
                "Het verslag is vertrouwelijk: het bevat gegevens over cliënten. Stuur het niet "
                "door en bewaar het niet langer dan nodig."
            ),
            "",
            signature(identity or Identity(), fallback),
            "",
        ]
    )


def write_mail_drafts(
    session: Session,
    meeting_id: uuid.UUID,
    folder: Path,
    partner_id: uuid.UUID | None = None,
    sender: Sender = NOBODY,
) -> list[Path]:
    """`folder/<partner>.eml` for every invited partner (or only `partner_id`); returns the
    paths. Records one audit entry per partner (the caller commits). `sender`: the signature
    of the mail, the letterhead and author of its PDF."""
    view = load_view(session, meeting_id)
    partners = recipients(view)
    if partner_id is not None:
        partners = [p for p in partners if p.partner_id == partner_id]
        if not partners:
            raise MeetingError("Deze partner is niet uitgenodigd op dit overleg.")
    if not partners:
        raise MeetingError("Er is geen partner uitgenodigd: er is geen verslag te versturen.")
    folder = Path(folder)
    if not folder.is_dir():
        raise MeetingError(f"De map {folder} bestaat niet.")
    written: list[Path] = []
    stem = f"Verslag {view.starts_at:%Y-%m-%d} {safe_file_name(view.title)}"[:100]
    for partner in partners:
        content = collect(session, meeting_id, partner.partner_id)
        # Built in memory: the client names in the PDF never touch a scratch file.
        pdf_bytes = minutes_document.minutes_pdf_bytes(content, sender)
        draft = MailDraft(
            to=partner.to,
            subject=subject(view),
            body=body(view, partner, sender.identity),
            attachments=(
                Attachment(
                    f"{stem} - {safe_file_name(partner.partner_name)}.pdf",
                    pdf_bytes,
                ),
            ),
        )
        target = folder / f"{safe_file_name(partner.partner_name)}.eml"
        write_eml(target, draft)
        audit.record(
            session, "export.mail_draft", "meeting", meeting_id, f"partner {partner.partner_id}"
        )
        written.append(target)
    return written
