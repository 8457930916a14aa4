"""Create, change and delete partner organisations, their contact persons and their
engagements, with Dutch validation and a duplicate check on entry.

Engagements (``partner_engagement``) are the source of truth for the inclusive-employer
indicator. The older denormalised fields ``partner.inclusive_since / inclusive_as /
inclusive_evidence`` are kept in sync as a cache of the *current* state, written on every
engagement change: ``inclusive_since`` = start of the earliest 'inclusief' engagement that
is open today, ``inclusive_as`` = werkgever / opdrachtgever / beide over the open ones,
``inclusive_evidence`` = the evidence of that engagement. Nothing should compute history
from them; use :mod:`kempen_desktop.services.partners.partner_indicator`.

Duplicates: same KBO number, or a name that is very similar (rapidfuzz, legal forms
such as NV/BV/VZW ignored) to a partner in the same municipality. They are reported as
candidates (:class:`PossibleDuplicateError`); the user may still save with
``confirm_duplicates=True`` (two sites of one enterprise share a KBO number).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

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
    PartnerEngagement,
    PartnerType,
    TimelineEntry,
    WorkExit,
    event_partner,
)
from kempen_desktop.db.models.partner import (
    ENGAGED_AS,
    ENGAGEMENT_KINDS,
    INCLUSIVE_FORMS,
    PARTNERSHIP_ROLES,
)
from kempen_desktop.domain.kbo import format_kbo, kbo_problem, normalize_kbo
from kempen_desktop.services.common import audit
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossiers import ValidationError

NAME_SIMILARITY = 88  # rapidfuzz token_sort_ratio on normalised names, 0..100
_LEGAL_FORMS = re.compile(
    r"\b(nv|bv|bvba|vzw|cv|cvba|comm\s*v|commv|vof|sa|srl|asbl|ivzw|ev|eenmanszaak)\b\.?", re.IGNORECASE
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
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
        super().__init__("Mogelijk bestaat deze organisatie al: "
                         + "; ".join(f"{c.name} ({c.reason})" for c in candidates))
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


@dataclass
class ContactInput:
    first_name: str = ""
    last_name: str = ""
    function: str = ""
    email: str = ""
    phone: str = ""
    active: bool = True


@dataclass
class EngagementInput:
    kind: str = "inclusief"
    role: str | None = None  # for 'partnerschap'
    engaged_as: str | None = None  # for 'inclusief'
    forms: tuple[str, ...] = field(default_factory=tuple)
    started_on: date | None = None
    ended_on: date | None = None
    evidence: str = ""
    work_exit_id: uuid.UUID | None = None
    event_id: uuid.UUID | None = None


# -- helpers ------------------------------------------------------------------------------

def _strip(value: str | None) -> str:
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


def _check_length(errors: dict[str, str], key: str, value: str, limit: int, label: str) -> None:
    if len(value) > limit:
        errors[key] = f"{label} mag hoogstens {limit} tekens hebben."


def validate_partner(session: Session, data: PartnerInput) -> PartnerInput:
    """Cleaned copy of the input, or PartnerValidationError."""
    errors: dict[str, str] = {}
    clean = PartnerInput(
        name=_strip(data.name), partner_type_code=(data.partner_type_code or "").strip(),
        kbo_number="", municipality_nis=data.municipality_nis or None, sector=_strip(data.sector),
        street=_strip(data.street), postcode=_strip(data.postcode), website=_strip(data.website),
        phone=_strip(data.phone), email=_strip(data.email), role=_strip(data.role),
        notes=(data.notes or "").strip(), active=bool(data.active),
    )
    if not clean.name:
        errors["name"] = "Geef de naam van de organisatie."
    _check_length(errors, "name", clean.name, 200, "De naam")
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
    if clean.email and not _EMAIL.match(clean.email):
        errors["email"] = "Dit is geen geldig e-mailadres."
    if clean.postcode and not re.fullmatch(r"\d{4}", clean.postcode):
        errors["postcode"] = "Een Belgische postcode heeft 4 cijfers."
    for key, limit, label in (("sector", 120, "De sector"), ("street", 200, "Het adres"),
                              ("website", 200, "De website"), ("phone", 40, "Het telefoonnummer"),
                              ("email", 200, "Het e-mailadres"), ("role", 200, "De rol")):
        _check_length(errors, key, getattr(clean, key), limit, label)
    if errors:
        raise PartnerValidationError(errors)
    return clean


def find_duplicates(session: Session, data: PartnerInput, exclude_id: uuid.UUID | None = None
                    ) -> list[DuplicateCandidate]:
    """Existing partners with the same KBO number or a very similar name in the same municipality."""
    kbo = normalize_kbo(data.kbo_number) if not kbo_problem(data.kbo_number) else None
    nis = data.municipality_nis or None
    stmt = (select(Partner.id, Partner.name, Partner.kbo_number, Partner.municipality_nis, Municipality.name)
            .outerjoin(Municipality, Municipality.nis_code == Partner.municipality_nis))
    conditions = [Partner.municipality_nis.is_(None) if nis is None else Partner.municipality_nis == nis]
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


def _apply_partner(partner: Partner, data: PartnerInput) -> None:
    partner.name = data.name
    partner.partner_type_code = data.partner_type_code
    partner.kbo_number = data.kbo_number or None
    partner.municipality_nis = data.municipality_nis
    partner.sector = data.sector
    partner.street = data.street
    partner.postcode = data.postcode
    partner.website = data.website
    partner.phone = data.phone
    partner.email = data.email
    partner.role = data.role
    partner.notes = data.notes
    partner.active = data.active


def _partner(session: Session, partner_id: uuid.UUID) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise PartnerNotFoundError()
    return partner


def sync_inclusive_fields(session: Session, partner: Partner, today: date | None = None) -> None:
    """Refresh the denormalised partner.inclusive_* cache from the engagements."""
    day = today or date.today()
    session.flush()
    open_rows = session.execute(
        select(PartnerEngagement.started_on, PartnerEngagement.engaged_as, PartnerEngagement.evidence)
        .where(PartnerEngagement.partner_id == partner.id, PartnerEngagement.kind == "inclusief",
               PartnerEngagement.started_on <= day,
               (PartnerEngagement.ended_on.is_(None)) | (PartnerEngagement.ended_on > day))
        .order_by(PartnerEngagement.started_on)
    ).all()
    if not open_rows:
        partner.inclusive_since, partner.inclusive_as, partner.inclusive_evidence = None, None, ""
        return
    kinds = {row.engaged_as for row in open_rows}
    partner.inclusive_since = open_rows[0].started_on
    partner.inclusive_as = "beide" if len(kinds) > 1 else (open_rows[0].engaged_as or "werkgever")
    partner.inclusive_evidence = open_rows[0].evidence or ""


def current_inclusive(session: Session, today: date | None = None) -> dict[uuid.UUID, tuple[date, str]]:
    """Per partner with an 'inclusief' engagement running on `today`: (earliest start, werkgever /
    opdrachtgever / beide). Computed from the engagements, so unlike the partner.inclusive_*
    cache it is right on any day, also after an engagement's end date has passed."""
    day = today or date.today()
    found: dict[uuid.UUID, tuple[date, set[str]]] = {}
    for partner_id, started, engaged_as in session.execute(
        select(PartnerEngagement.partner_id, PartnerEngagement.started_on, PartnerEngagement.engaged_as)
        .where(PartnerEngagement.kind == "inclusief", PartnerEngagement.started_on <= day,
               (PartnerEngagement.ended_on.is_(None)) | (PartnerEngagement.ended_on > day))
    ):
        since, kinds = found.get(partner_id, (started, set()))
        kinds.add(engaged_as or "werkgever")
        found[partner_id] = (min(since, started), kinds)
    return {pid: (since, "beide" if len(kinds) > 1 else next(iter(kinds)))
            for pid, (since, kinds) in found.items()}


def with_current_inclusive(session: Session, rows: list[Any], today: date | None = None) -> list[Any]:
    """Partner list rows (with inclusive_since / inclusive_as) brought up to date from the engagements."""
    from dataclasses import replace

    current = current_inclusive(session, today)
    return [replace(row, inclusive_since=current[row.id][0] if row.id in current else None,
                    inclusive_as=current[row.id][1] if row.id in current else "") for row in rows]


# -- the service ----------------------------------------------------------------------------

class PartnerService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # partners

    def get(self, partner_id: uuid.UUID) -> PartnerInput:
        with self._db.session() as session:
            p = _partner(session, partner_id)
            return PartnerInput(p.name, p.partner_type_code, format_kbo(p.kbo_number), p.municipality_nis,
                                p.sector, p.street, p.postcode, p.website, p.phone, p.email, p.role,
                                p.notes, p.active)

    def find_duplicates(self, data: PartnerInput, exclude_id: uuid.UUID | None = None) -> list[DuplicateCandidate]:
        with self._db.session() as session:
            return find_duplicates(session, data, exclude_id)

    def create(self, data: PartnerInput, confirm_duplicates: bool = False) -> uuid.UUID:
        with self._db.transaction() as session:
            clean = validate_partner(session, data)
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

    def update(self, partner_id: uuid.UUID, data: PartnerInput, confirm_duplicates: bool = False) -> None:
        with self._db.transaction() as session:
            partner = _partner(session, partner_id)
            clean = validate_partner(session, data)
            identity_changed = (clean.name != partner.name or (clean.kbo_number or None) != partner.kbo_number
                                or clean.municipality_nis != partner.municipality_nis)
            if identity_changed and not confirm_duplicates:
                candidates = find_duplicates(session, clean, exclude_id=partner_id)
                if candidates:
                    raise PossibleDuplicateError(candidates)
            _apply_partner(partner, clean)
            audit.record(session, "partner.change", "partner", partner_id)

    def usage(self, session: Session, partner_id: uuid.UUID) -> dict[str, int]:
        """Records outside the partner itself that refer to it (Dutch labels)."""
        checks = (
            ("dossiers", select(func.count()).where(Dossier.responsible_partner_id == partner_id)),
            ("uitstromen naar werk", select(func.count()).where(WorkExit.employer_partner_id == partner_id)),
            ("deelnames aan overleg", select(func.count()).where(MeetingParticipant.partner_id == partner_id)),
            ("actiepunten", select(func.count()).where(ActionPoint.owner_partner_id == partner_id)),
            ("toestemmingen", select(func.count()).where(Consent.partner_id == partner_id)),
            ("tijdlijnitems", select(func.count()).where(TimelineEntry.partner_id == partner_id)),
            ("activiteiten", select(func.count()).select_from(event_partner)
             .where(event_partner.c.partner_id == partner_id)),
        )
        counts = {label: int(session.scalar(stmt) or 0) for label, stmt in checks}
        contact_ids = select(ContactPerson.id).where(ContactPerson.partner_id == partner_id)
        counts["dossiers (als begeleider)"] = int(session.scalar(
            select(func.count()).where(Dossier.counsellor_id.in_(contact_ids))) or 0)
        return {label: n for label, n in counts.items() if n}

    def delete(self, partner_id: uuid.UUID) -> None:
        """Delete a partner with its contacts and engagements; refused while it is used elsewhere."""
        with self._db.transaction() as session:
            partner = _partner(session, partner_id)
            used = self.usage(session, partner_id)
            if used:
                listing = ", ".join(f"{n} {label}" for label, n in used.items())
                raise PartnerInUseError(
                    f"Deze organisatie kan niet verwijderd worden: ze komt voor in {listing}. "
                    "Zet ze op inactief in plaats van ze te verwijderen.")
            session.delete(partner)
            audit.record(session, "partner.delete", "partner", partner_id)

    # contacts

    @staticmethod
    def _validate_contact(data: ContactInput) -> ContactInput:
        clean = ContactInput(_strip(data.first_name), _strip(data.last_name), _strip(data.function),
                             _strip(data.email), _strip(data.phone), bool(data.active))
        errors: dict[str, str] = {}
        if not clean.last_name and not clean.first_name:
            errors["last_name"] = "Geef minstens een naam."
        if clean.email and not _EMAIL.match(clean.email):
            errors["email"] = "Dit is geen geldig e-mailadres."
        for key, limit, label in (("first_name", 100, "De voornaam"), ("last_name", 100, "De familienaam"),
                                  ("function", 120, "De functie"), ("email", 200, "Het e-mailadres"),
                                  ("phone", 40, "Het telefoonnummer")):
            _check_length(errors, key, getattr(clean, key), limit, label)
        if errors:
            raise PartnerValidationError(errors)
        return clean

    def get_contact(self, contact_id: uuid.UUID) -> ContactInput:
        with self._db.session() as session:
            c = session.get(ContactPerson, contact_id)
            if c is None:
                raise PartnerNotFoundError()
            return ContactInput(c.first_name, c.last_name, c.function, c.email, c.phone, c.active)

    def add_contact(self, partner_id: uuid.UUID, data: ContactInput) -> uuid.UUID:
        clean = self._validate_contact(data)
        with self._db.transaction() as session:
            _partner(session, partner_id)
            contact = ContactPerson(partner_id=partner_id, first_name=clean.first_name, last_name=clean.last_name,
                                    function=clean.function, email=clean.email, phone=clean.phone,
                                    active=clean.active)
            session.add(contact)
            session.flush()
            audit.record(session, "contact.create", "contact_person", contact.id)
            return contact.id

    def update_contact(self, contact_id: uuid.UUID, data: ContactInput) -> None:
        clean = self._validate_contact(data)
        with self._db.transaction() as session:
            contact = session.get(ContactPerson, contact_id)
            if contact is None:
                raise PartnerNotFoundError()
            for key in ("first_name", "last_name", "function", "email", "phone", "active"):
                setattr(contact, key, getattr(clean, key))
            audit.record(session, "contact.change", "contact_person", contact_id)

    def delete_contact(self, contact_id: uuid.UUID) -> None:
        with self._db.transaction() as session:
            contact = session.get(ContactPerson, contact_id)
            if contact is None:
                raise PartnerNotFoundError()
            checks = (
                ("dossiers (als begeleider)", select(func.count()).where(Dossier.counsellor_id == contact_id)),
                ("deelnames aan overleg",
                 select(func.count()).where(MeetingParticipant.contact_person_id == contact_id)),
                ("actiepunten", select(func.count()).where(ActionPoint.owner_contact_id == contact_id)),
            )
            used = {label: int(session.scalar(stmt) or 0) for label, stmt in checks}
            used = {label: n for label, n in used.items() if n}
            if used:
                listing = ", ".join(f"{n} {label}" for label, n in used.items())
                raise PartnerInUseError(
                    f"Deze contactpersoon kan niet verwijderd worden: komt voor in {listing}. "
                    "Zet de contactpersoon op inactief in plaats van te verwijderen.")
            session.delete(contact)
            audit.record(session, "contact.delete", "contact_person", contact_id)

    # engagements

    @staticmethod
    def _validate_engagement(session: Session, partner_id: uuid.UUID, data: EngagementInput,
                             exclude_id: uuid.UUID | None = None) -> EngagementInput:
        errors: dict[str, str] = {}
        forms = tuple(dict.fromkeys(f.strip() for f in data.forms if f and f.strip()))
        clean = EngagementInput(data.kind, data.role or None, data.engaged_as or None, forms, data.started_on,
                                data.ended_on, (data.evidence or "").strip(), data.work_exit_id, data.event_id)
        if clean.kind not in ENGAGEMENT_KINDS:
            errors["kind"] = "Kies partnerschap of inclusief engagement."
        elif clean.kind == "partnerschap":
            if clean.role not in PARTNERSHIP_ROLES:
                errors["role"] = "Kies de rol in het partnerschap: voortrekker of partner."
            clean.engaged_as, clean.forms = None, ()
        else:
            if clean.engaged_as not in ENGAGED_AS:
                errors["engaged_as"] = "Kies of de organisatie zich engageert als werkgever of als opdrachtgever."
            unknown = [f for f in forms if f not in INCLUSIVE_FORMS]
            if unknown:
                errors["forms"] = "Onbekende vorm: " + ", ".join(unknown) + "."
            clean.role = None
        if clean.started_on is None:
            errors["started_on"] = "Geef de startdatum."
        elif clean.ended_on is not None and clean.ended_on < clean.started_on:
            errors["ended_on"] = "De einddatum ligt vóór de startdatum."
        if clean.work_exit_id is not None and session.get(WorkExit, clean.work_exit_id) is None:
            errors["work_exit_id"] = "Deze uitstroom bestaat niet meer."
        if not errors and clean.kind == "inclusief" and clean.started_on is not None:
            # Periods of the same kind of inclusive engagement may not overlap.
            others = session.execute(
                select(PartnerEngagement.started_on, PartnerEngagement.ended_on)
                .where(PartnerEngagement.partner_id == partner_id, PartnerEngagement.kind == "inclusief",
                       PartnerEngagement.engaged_as == clean.engaged_as,
                       PartnerEngagement.id != (exclude_id or uuid.UUID(int=0)))
            ).all()
            far = date.max
            for started, ended in others:
                if clean.started_on < (ended or far) and started < (clean.ended_on or far):
                    since = started.strftime("%d-%m-%Y")
                    errors["started_on"] = (
                        f"Overlapt met het engagement als {clean.engaged_as} sinds {since}. "
                        "Beëindig dat eerst of pas de data aan.")
                    break
        if errors:
            raise PartnerValidationError(errors)
        return clean

    def get_engagement(self, engagement_id: uuid.UUID) -> tuple[uuid.UUID, EngagementInput]:
        with self._db.session() as session:
            e = session.get(PartnerEngagement, engagement_id)
            if e is None:
                raise PartnerNotFoundError()
            forms = tuple(f for f in (e.forms or "").split(",") if f)
            return e.partner_id, EngagementInput(e.kind, e.role, e.engaged_as, forms, e.started_on, e.ended_on,
                                                 e.evidence, e.work_exit_id, e.event_id)

    def add_engagement(self, partner_id: uuid.UUID, data: EngagementInput) -> uuid.UUID:
        with self._db.transaction() as session:
            partner = _partner(session, partner_id)
            clean = self._validate_engagement(session, partner_id, data)
            engagement = PartnerEngagement(partner_id=partner_id)
            self._apply_engagement(engagement, clean)
            session.add(engagement)
            session.flush()
            sync_inclusive_fields(session, partner)
            audit.record(session, "engagement.create", "partner_engagement", engagement.id, clean.kind)
            return engagement.id

    @staticmethod
    def _apply_engagement(engagement: PartnerEngagement, clean: EngagementInput) -> None:
        engagement.kind = clean.kind
        engagement.role = clean.role
        engagement.engaged_as = clean.engaged_as
        engagement.forms = ",".join(clean.forms)
        engagement.started_on = clean.started_on  # type: ignore[assignment]
        engagement.ended_on = clean.ended_on
        engagement.evidence = clean.evidence
        engagement.work_exit_id = clean.work_exit_id
        engagement.event_id = clean.event_id

    def update_engagement(self, engagement_id: uuid.UUID, data: EngagementInput) -> None:
        with self._db.transaction() as session:
            engagement = session.get(PartnerEngagement, engagement_id)
            if engagement is None:
                raise PartnerNotFoundError()
            clean = self._validate_engagement(session, engagement.partner_id, data, exclude_id=engagement_id)
            self._apply_engagement(engagement, clean)
            sync_inclusive_fields(session, _partner(session, engagement.partner_id))
            audit.record(session, "engagement.change", "partner_engagement", engagement_id)

    def end_engagement(self, engagement_id: uuid.UUID, ended_on: date) -> None:
        with self._db.transaction() as session:
            engagement = session.get(PartnerEngagement, engagement_id)
            if engagement is None:
                raise PartnerNotFoundError()
            if ended_on < engagement.started_on:
                raise PartnerValidationError({"ended_on": "De einddatum ligt vóór de startdatum."})
            engagement.ended_on = ended_on
            sync_inclusive_fields(session, _partner(session, engagement.partner_id))
            audit.record(session, "engagement.end", "partner_engagement", engagement_id)

    def delete_engagement(self, engagement_id: uuid.UUID) -> None:
        with self._db.transaction() as session:
            engagement = session.get(PartnerEngagement, engagement_id)
            if engagement is None:
                raise PartnerNotFoundError()
            partner = _partner(session, engagement.partner_id)
            session.delete(engagement)
            sync_inclusive_fields(session, partner)
            audit.record(session, "engagement.delete", "partner_engagement", engagement_id)
