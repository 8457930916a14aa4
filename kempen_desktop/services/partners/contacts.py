"""Contact persons of a partner organisation: validated, added, changed and deleted
(refused while a dossier, a meeting or an action point refers to them). Session
functions: the caller owns the transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import ActionPoint, ContactPerson, Dossier, MeetingParticipant
from kempen_desktop.domain.merge import EditConflictError, three_way
from kempen_desktop.services.common import audit
from kempen_desktop.services.partners.partners import (
    EMAIL,
    PartnerInUseError,
    PartnerNotFoundError,
    PartnerValidationError,
    check_length,
    clean_text,
    partner_or_error,
)


@dataclass
class ContactInput:
    first_name: str = ""
    last_name: str = ""
    function: str = ""
    email: str = ""
    phone: str = ""
    active: bool = True


def validate_contact(data: ContactInput) -> ContactInput:
    clean = ContactInput(
        clean_text(data.first_name),
        clean_text(data.last_name),
        clean_text(data.function),
        clean_text(data.email),
        clean_text(data.phone),
        bool(data.active),
    )
    errors: dict[str, str] = {}
    if not clean.last_name and not clean.first_name:
        errors["last_name"] = "Geef minstens een naam."
    if clean.email and not EMAIL.match(clean.email):
        errors["email"] = "Dit is geen geldig e-mailadres."
    for key, limit, label in (
        ("first_name", 100, "De voornaam"),
        ("last_name", 100, "De familienaam"),
        ("function", 120, "De functie"),
        ("email", 200, "Het e-mailadres"),
        ("phone", 40, "Het telefoonnummer"),
    ):
        check_length(errors, key, getattr(clean, key), limit, label)
    if errors:
        raise PartnerValidationError(errors)
    return clean


def _contact(session: Session, contact_id: uuid.UUID) -> ContactPerson:
    contact = session.get(ContactPerson, contact_id)
    if contact is None:
        raise PartnerNotFoundError()
    return contact


def get_contact(session: Session, contact_id: uuid.UUID) -> ContactInput:
    c = _contact(session, contact_id)
    return ContactInput(c.first_name, c.last_name, c.function, c.email, c.phone, c.active)


def add_contact(session: Session, partner_id: uuid.UUID, data: ContactInput) -> uuid.UUID:
    clean = validate_contact(data)
    partner_or_error(session, partner_id)
    contact = ContactPerson(
        partner_id=partner_id,
        first_name=clean.first_name,
        last_name=clean.last_name,
        function=clean.function,
        email=clean.email,
        phone=clean.phone,
        active=clean.active,
    )
    session.add(contact)
    session.flush()
    audit.record(session, "contact.create", "contact_person", contact.id)
    return contact.id


def update_contact(
    session: Session,
    contact_id: uuid.UUID,
    data: ContactInput,
    *,
    base: ContactInput | None = None,
) -> None:
    """`base`: the contact as the form opened it. A field someone else changed since stays
    theirs unless I changed it too: then EditConflictError (issue 19)."""
    contact = _contact(session, contact_id)
    if base is not None:
        merge = three_way(base, get_contact(session, contact_id), data)
        if merge.conflicts:
            raise EditConflictError(merge.conflicts, version=contact.version)
        data = merge.merged
    clean = validate_contact(data)
    for key in ("first_name", "last_name", "function", "email", "phone", "active"):
        setattr(contact, key, getattr(clean, key))
    audit.record(session, "contact.change", "contact_person", contact_id)


def delete_contact(session: Session, contact_id: uuid.UUID) -> None:
    contact = _contact(session, contact_id)
    checks = (
        (
            "dossiers (als begeleider)",
            select(func.count()).where(Dossier.counsellor_id == contact_id),
        ),
        (
            "deelnames aan overleg",
            select(func.count()).where(MeetingParticipant.contact_person_id == contact_id),
        ),
        ("actiepunten", select(func.count()).where(ActionPoint.owner_contact_id == contact_id)),
    )
    used = {label: int(session.scalar(stmt) or 0) for label, stmt in checks}
    used = {label: n for label, n in used.items() if n}
    if used:
        listing = ", ".join(f"{n} {label}" for label, n in used.items())
        raise PartnerInUseError(
            f"Deze contactpersoon kan niet verwijderd worden: komt voor in {listing}. "
            "Zet de contactpersoon op inactief in plaats van te verwijderen."
        )
    session.delete(contact)
    audit.record(session, "contact.delete", "contact_person", contact_id)
