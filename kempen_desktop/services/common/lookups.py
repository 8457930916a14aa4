"""Reference lists for pickers and labels, read from the database (the user may edit them)."""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import (
    ClosingReason,
    ContactPerson,
    DossierStatus,
    Municipality,
    Partner,
    TargetGroup,
)
from kempen_desktop.domain.address import AddressBook, Place
from kempen_desktop.resources_location import resource_root
from kempen_desktop.services.common import labels


@dataclass(frozen=True)
class Choice:
    """A value and its label (in the UI's language), for a combo box or a label lookup."""

    value: str
    label: str


@dataclass(frozen=True)
class PartnerChoice:
    id: uuid.UUID
    name: str
    contacts: tuple[tuple[uuid.UUID, str], ...]


def _codes(
    session: Session, model: type[DossierStatus | TargetGroup | ClosingReason]
) -> list[Choice]:
    rows = session.execute(
        select(model.code, labels.label_column(model))
        .where(model.active)
        .order_by(model.sort_order, model.label)
    )
    return [Choice(code, label) for code, label in rows]


def statuses(session: Session) -> list[Choice]:
    return _codes(session, DossierStatus)


def target_groups(session: Session) -> list[Choice]:
    return _codes(session, TargetGroup)


def closing_reasons(session: Session) -> list[Choice]:
    return _codes(session, ClosingReason)


def municipalities(session: Session, on: date | None = None) -> list[Choice]:
    """Municipalities valid on a day (default today), by name, value = NIS code."""
    day = on or date.today()
    rows = session.execute(
        select(Municipality.nis_code, Municipality.name)
        .where(Municipality.valid_from <= day)
        .where((Municipality.valid_until.is_(None)) | (Municipality.valid_until >= day))
        .order_by(Municipality.name)
    )
    return [Choice(nis, name) for nis, name in rows]


def municipality_postcodes(session: Session) -> dict[str, str]:
    """First postcode per NIS code, to suggest a postcode when a municipality is picked."""
    rows = session.execute(select(Municipality.nis_code, Municipality.postcodes))
    return {nis: codes.split(";")[0] for nis, codes in rows if codes}


@cache
def deelgemeenten() -> tuple[Place, ...]:
    """Deelgemeenten with their postcode and municipality (resources/reference), shipped with
    the app; the municipality's name is filled in by the AddressBook."""
    text = (resource_root() / "reference" / "deelgemeenten.csv").read_text(encoding="utf-8")
    return tuple(
        Place(row["postcode"], row["name"], row["nis_code"], "")
        for row in csv.DictReader(io.StringIO(text))
    )


def address_book(session: Session, on: date | None = None) -> AddressBook:
    """Postcode ↔ gemeente for the municipalities valid on a day (default today)."""
    day = on or date.today()
    rows = session.execute(
        select(Municipality.nis_code, Municipality.name, Municipality.postcodes)
        .where(Municipality.valid_from <= day)
        .where((Municipality.valid_until.is_(None)) | (Municipality.valid_until >= day))
        .order_by(Municipality.name)
    )
    return _address_book(tuple((nis, name, codes) for nis, name, codes in rows))


@lru_cache(maxsize=4)
def _address_book(rows: tuple[tuple[str, str, str | None], ...]) -> AddressBook:
    """Built once per set of municipality rows (~30 ms, every F5 and change asked for it):
    a changed municipality or postcode changes the rows, and so builds a new book. The
    book is not changed after it is built (its lookups return copies)."""
    return AddressBook(
        [(nis, name, codes.split(";") if codes else []) for nis, name, codes in rows],
        deelgemeenten(),
    )


def partners_with_contacts(session: Session) -> list[PartnerChoice]:
    partners = session.execute(
        select(Partner.id, Partner.name).where(Partner.active).order_by(Partner.name)
    ).all()
    contacts: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
    for cid, pid, first, last in session.execute(
        select(
            ContactPerson.id,
            ContactPerson.partner_id,
            ContactPerson.first_name,
            ContactPerson.last_name,
        )
        .where(ContactPerson.active)
        .order_by(ContactPerson.last_name, ContactPerson.first_name)
    ):
        contacts.setdefault(pid, []).append((cid, f"{first} {last}"))
    return [PartnerChoice(pid, name, tuple(contacts.get(pid, ()))) for pid, name in partners]


def label_map(choices: list[Choice]) -> dict[str, str]:
    return {choice.value: choice.label for choice in choices}


@dataclass(frozen=True)
class DossierFormChoices:
    """Everything the dossier form offers in its pickers, read in one go."""

    municipalities: list[Choice]
    postcodes: dict[str, str]
    target_groups: list[Choice]
    partners: list[PartnerChoice]
    statuses: list[Choice]
    closing_reasons: list[Choice]
    address: AddressBook


def dossier_form_choices(session: Session) -> DossierFormChoices:
    return DossierFormChoices(
        municipalities=municipalities(session),
        postcodes=municipality_postcodes(session),
        target_groups=target_groups(session),
        partners=partners_with_contacts(session),
        statuses=statuses(session),
        closing_reasons=closing_reasons(session),
        address=address_book(session),
    )
