"""Partner organisations: validation in Dutch, the duplicate check on entry, and creating,
changing and deleting them. Session functions: the caller (the façade) owns the transaction.

Duplicates: same KBO number, or a name that is very similar (rapidfuzz, legal forms
such as NV/BV/VZW ignored) to a partner in the same municipality. They are reported as
candidates (:class:`PossibleDuplicateError`); the user may still save with
``confirm_duplicates=True`` (two sites of one enterprise share a KBO number).

Contact persons are in :mod:`.contacts`, engagements (and the ``partner.inclusive_*``
cache they keep) in :mod:`.engagements`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection
from dataclasses import dataclass, fields, replace
from datetime import date

from rapidfuzz import fuzz
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import (
    ActionPoint,
    Consent,
    ContactPerson,
    Dossier,
    MeetingParticipant,
    Municipality,
    Partner,
    PartnerType,
    TimelineEntry,
    WorkExit,
    event_partner,
)
from kempen_desktop.domain.kbo import format_kbo, kbo_problem, normalize_kbo
from kempen_desktop.domain.merge import EditConflictError, three_way
from kempen_desktop.services.common import audit
from kempen_desktop.services.common.labels import label_column
from kempen_desktop.services.common.lookups import Choice, address_book
from kempen_desktop.services.dossiers.dossiers import ValidationError

NAME_SIMILARITY = 88  # rapidfuzz token_sort_ratio on normalised names, 0..100
_LEGAL_FORMS = re.compile(
    r"\b(nv|bv|bvba|vzw|cv|cvba|comm\s*v|commv|vof|sa|srl|asbl|ivzw|ev|eenmanszaak)\b\.?",
    re.IGNORECASE,
)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NON_WORD = re.compile(r"[^\w]+")


class PartnerValidationError(ValidationError):
    """Field problems keyed by field name, with Dutch messages (as for dossiers)."""


class PartnerNotFoundError(LookupError):
    def __init__(self) -> None:
        super().__init__("Deze gegevens bestaan niet meer (intussen verwijderd?).")


class PartnerInUseError(ValueError):
    """Deleting is refused because other records refer to it; the message is Dutch."""


@dataclass(frozen=True)
class DuplicateCandidate:
    id: uuid.UUID
    name: str
    municipality: str
    kbo_number: str  # formatted
    reason: str  # Dutch: "zelfde ondernemingsnummer" / "gelijkaardige naam in dezelfde gemeente"


class PossibleDuplicateError(ValueError):
    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        super().__init__(
            "Mogelijk bestaat deze organisatie al: "
            + "; ".join(f"{c.name} ({c.reason})" for c in candidates)
        )
        self.candidates = candidates


@dataclass
class PartnerInput:
    name: str = ""
    partner_type_code: str = ""
    kbo_number: str = ""
    municipality_nis: str | None = None
    sector: str = ""
    street: str = ""
    postcode: str = ""
    website: str = ""
    phone: str = ""
    email: str = ""
    role: str = ""
    notes: str = ""
    active: bool = True
    network_since: date | None = None  # in het netwerk sinds; None: first engagement or creation


# -- helpers ------------------------------------------------------------------------------


def clean_text(value: str | None) -> str:
    return " ".join((value or "").split())


def comparable_name(name: str) -> str:
    """Lower case, legal forms and punctuation removed: 'Janssen & Zonen NV' -> 'janssen zonen'."""
    text = _LEGAL_FORMS.sub(" ", name.lower())
    return " ".join(_NON_WORD.sub(" ", text).split())


def names_similar(a: str, b: str) -> bool:
    left, right = comparable_name(a), comparable_name(b)
    if not left or not right:
        return False
    return left == right or fuzz.token_sort_ratio(left, right) >= NAME_SIMILARITY


def check_length(errors: dict[str, str], key: str, value: str, limit: int, label: str) -> None:
    if len(value) > limit:
        errors[key] = f"{label} mag hoogstens {limit} tekens hebben."


def validate_partner(session: Session, data: PartnerInput) -> PartnerInput:
    """Cleaned copy of the input, or PartnerValidationError."""
    errors: dict[str, str] = {}
    clean = PartnerInput(
        name=clean_text(data.name),
        partner_type_code=(data.partner_type_code or "").strip(),
        kbo_number="",
        municipality_nis=data.municipality_nis or None,
        sector=clean_text(data.sector),
        street=clean_text(data.street),
        postcode=clean_text(data.postcode),
        website=clean_text(data.website),
        phone=clean_text(data.phone),
        email=clean_text(data.email),
        role=clean_text(data.role),
        notes=(data.notes or "").strip(),
        active=bool(data.active),
        network_since=data.network_since,
    )
    if clean.network_since is not None and clean.network_since > date.today():
        errors["network_since"] = "‘In netwerk sinds’ mag niet in de toekomst liggen."
    if not clean.name:
        errors["name"] = "Geef de naam van de organisatie."
    check_length(errors, "name", clean.name, 200, "De naam")
    if not clean.partner_type_code:
        errors["partner_type_code"] = "Kies een soort organisatie."
    elif session.get(PartnerType, clean.partner_type_code) is None:
        errors["partner_type_code"] = "Onbekende soort organisatie."
    problem = kbo_problem(data.kbo_number)
    if problem:
        errors["kbo_number"] = problem
    else:
        clean.kbo_number = normalize_kbo(data.kbo_number) or ""
    if clean.municipality_nis and session.get(Municipality, clean.municipality_nis) is None:
        errors["municipality_nis"] = "Onbekende gemeente."
    if clean.email and not EMAIL.match(clean.email):
        errors["email"] = "Dit is geen geldig e-mailadres."
    if clean.postcode and not re.fullmatch(r"\d{4}", clean.postcode):
        errors["postcode"] = "Een Belgische postcode heeft 4 cijfers."
    for key, limit, label in (
        ("sector", 120, "De sector"),
        ("street", 200, "Het adres"),
        ("website", 200, "De website"),
        ("phone", 40, "Het telefoonnummer"),
        ("email", 200, "Het e-mailadres"),
        ("role", 200, "De rol"),
    ):
        check_length(errors, key, getattr(clean, key), limit, label)
    if errors:
        raise PartnerValidationError(errors)
    return clean


def find_duplicates(
    session: Session, data: PartnerInput, exclude_id: uuid.UUID | None = None
) -> list[DuplicateCandidate]:
    """Existing partners with the same KBO number or a very similar name in the same
    municipality."""
    kbo = normalize_kbo(data.kbo_number) if not kbo_problem(data.kbo_number) else None
    nis = data.municipality_nis or None
    stmt = select(
        Partner.id, Partner.name, Partner.kbo_number, Partner.municipality_nis, Municipality.name
    ).outerjoin(Municipality, Municipality.nis_code == Partner.municipality_nis)
    conditions = [
        Partner.municipality_nis.is_(None) if nis is None else Partner.municipality_nis == nis
    ]
    if kbo:
        conditions.append(Partner.kbo_number == kbo)
    found: list[DuplicateCandidate] = []
    for pid, name, number, place_nis, place in session.execute(stmt.where(or_(*conditions))):
        if pid == exclude_id:
            continue
        if kbo and number == kbo:
            reason = "zelfde ondernemingsnummer"
        elif place_nis == nis and names_similar(name, data.name):
            reason = "gelijkaardige naam in dezelfde gemeente"
        else:
            continue
        found.append(DuplicateCandidate(pid, name, place or "", format_kbo(number), reason))
    found.sort(key=lambda c: (c.reason != "zelfde ondernemingsnummer", c.name.lower()))
    return found


def _apply_partner(
    partner: Partner, data: PartnerInput, written: Collection[str] | None = None
) -> None:
    """Write ``data`` onto ``partner``: every field, or only ``written`` (the fields the user
    changed). Without ``written`` a missing *in netwerk sinds* keeps the stored date; with
    it, an emptied date is stored as empty (the derived date applies again)."""
    for item in fields(PartnerInput):
        name = item.name
        if written is not None and name not in written:
            continue
        value = getattr(data, name)
        if name == "kbo_number":
            value = value or None
        if name == "network_since" and value is None and written is None:
            continue
        setattr(partner, name, value)


def _nis_from_postcode(session: Session, data: PartnerInput) -> PartnerInput:
    """A Belgian postcode without a municipality: the postcode's municipality, when it has
    only one (2400 → Mol); else the data as given."""
    if data.municipality_nis or not re.fullmatch(r"\d{4}", data.postcode):
        return data
    nis = address_book(session).nis_for(data.postcode, None)
    return replace(data, municipality_nis=nis) if nis else data


def partner_or_error(session: Session, partner_id: uuid.UUID) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise PartnerNotFoundError()
    return partner


# -- reading -------------------------------------------------------------------------------


def network_since_of(session: Session, partner_id: uuid.UUID) -> date | None:
    """The partner's *in netwerk sinds*: the saved date, else its first engagement or the day
    it was created (the rule of services.partners.partner_indicator.network_since)."""
    from kempen_desktop.services.partners.partner_indicator import network_since

    return network_since(session, [partner_id]).get(partner_id)


def get_partner(session: Session, partner_id: uuid.UUID) -> PartnerInput:
    p = partner_or_error(session, partner_id)
    return PartnerInput(
        p.name,
        p.partner_type_code,
        format_kbo(p.kbo_number),
        p.municipality_nis,
        p.sector,
        p.street,
        p.postcode,
        p.website,
        p.phone,
        p.email,
        p.role,
        p.notes,
        p.active,
        network_since_of(session, p.id),
    )


def partner_types(session: Session, *, active_only: bool = False, keep: str = "") -> list[Choice]:
    """The kinds of organisation in their list order; `active_only` leaves out deactivated
    ones except `keep` (the current type of an edited partner)."""
    stmt = select(PartnerType.code, label_column(PartnerType)).order_by(
        PartnerType.sort_order, PartnerType.label
    )
    if active_only:
        stmt = stmt.where(PartnerType.active | (PartnerType.code == keep))
    return [Choice(code, label) for code, label in session.execute(stmt)]


def partner_usage(session: Session, partner_id: uuid.UUID) -> dict[str, int]:
    """Records outside the partner itself that refer to it (Dutch labels)."""
    checks = (
        ("dossiers", select(func.count()).where(Dossier.responsible_partner_id == partner_id)),
        (
            "uitstromen naar werk",
            select(func.count()).where(WorkExit.employer_partner_id == partner_id),
        ),
        (
            "deelnames aan overleg",
            select(func.count()).where(MeetingParticipant.partner_id == partner_id),
        ),
        ("actiepunten", select(func.count()).where(ActionPoint.owner_partner_id == partner_id)),
        ("toestemmingen", select(func.count()).where(Consent.partner_id == partner_id)),
        ("tijdlijnitems", select(func.count()).where(TimelineEntry.partner_id == partner_id)),
        (
            "activiteiten",
            select(func.count())
            .select_from(event_partner)
            .where(event_partner.c.partner_id == partner_id),
        ),
    )
    counts = {label: int(session.scalar(stmt) or 0) for label, stmt in checks}
    contact_ids = select(ContactPerson.id).where(ContactPerson.partner_id == partner_id)
    counts["dossiers (als begeleider)"] = int(
        session.scalar(select(func.count()).where(Dossier.counsellor_id.in_(contact_ids))) or 0
    )
    return {label: n for label, n in counts.items() if n}


# -- changing ------------------------------------------------------------------------------


def create_partner(
    session: Session, data: PartnerInput, confirm_duplicates: bool = False
) -> uuid.UUID:
    clean = _nis_from_postcode(session, validate_partner(session, data))
    if not confirm_duplicates:
        candidates = find_duplicates(session, clean)
        if candidates:
            raise PossibleDuplicateError(candidates)
    partner = Partner()
    _apply_partner(partner, clean)
    session.add(partner)
    session.flush()
    audit.record(session, "partner.create", "partner", partner.id)
    return partner.id


def update_partner(
    session: Session,
    partner_id: uuid.UUID,
    data: PartnerInput,
    confirm_duplicates: bool = False,
    changed: Collection[str] | None = None,
    base: PartnerInput | None = None,
) -> None:
    """Save ``data``. ``changed``: the fields the user changed (an editor passes them); only
    those are written, and an emptied *in netwerk sinds* is then cleared. Without it every
    field is written except an empty *in netwerk sinds* (older callers).

    ``base``: the partner as the form opened it. A field someone else changed since stays
    theirs; one we both changed to different values raises EditConflictError (issue 19)."""
    partner = partner_or_error(session, partner_id)
    if base is not None:
        data = _merged_with_theirs(session, partner, data, base, changed)
    clean = validate_partner(session, data)
    written = None if changed is None else set(changed)
    filled = _nis_from_postcode(session, clean)
    if filled is not clean:  # an empty municipality is filled in, never replaced
        clean = filled
        if written is not None:
            written.add("municipality_nis")
    identity_changed = (
        clean.name != partner.name
        or (clean.kbo_number or None) != partner.kbo_number
        or clean.municipality_nis != partner.municipality_nis
    )
    if identity_changed and not confirm_duplicates:
        candidates = find_duplicates(session, clean, exclude_id=partner_id)
        if candidates:
            raise PossibleDuplicateError(candidates)
    if (
        written is None
        and partner.network_since is None
        and clean.network_since == network_since_of(session, partner_id)
    ):
        # The form shows the derived date; saving it unchanged must not store it (an editor
        # writes only what the user changed, issue 11).
        clean = replace(clean, network_since=None)
    _apply_partner(partner, clean, written)
    audit.record(session, "partner.change", "partner", partner_id)


def _merged_with_theirs(
    session: Session,
    partner: Partner,
    data: PartnerInput,
    base: PartnerInput,
    changed: Collection[str] | None,
) -> PartnerInput:
    """The stored partner with my edits (`changed`, else every field that differs from
    `base`); EditConflictError for the fields both sides changed."""
    names = changed if changed is not None else [f.name for f in fields(PartnerInput)]
    mine = replace(base, **{name: getattr(data, name) for name in names})
    theirs = get_partner(session, partner.id)
    merge = three_way(base, theirs, mine)
    if merge.conflicts:
        raise EditConflictError(
            merge.conflicts, merged=merge.merged, theirs=theirs, version=partner.version
        )
    return merge.merged


def delete_partner(session: Session, partner_id: uuid.UUID) -> None:
    """Delete a partner with its contacts and engagements; refused while it is used elsewhere."""
    partner = partner_or_error(session, partner_id)
    used = partner_usage(session, partner_id)
    if used:
        listing = ", ".join(f"{n} {label}" for label, n in used.items())
        raise PartnerInUseError(
            f"Deze organisatie kan niet verwijderd worden: ze komt voor in {listing}. "
            "Zet ze op inactief in plaats van ze te verwijderen."
        )
    session.delete(partner)
    audit.record(session, "partner.delete", "partner", partner_id)
