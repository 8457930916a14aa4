"""Dossier use cases: read one, create, edit, change status, close, delete, add to the timeline.

Every public function is one user action, recorded in the audit trail, in the caller's
transaction (the façade, app/dossiers.py, owns it). Plain data in (DossierInput), plain data
out (DossierDetail); no ORM object leaves here. Deleting goes through dossier_removal.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.base import utcnow
from kempen_desktop.db.models import (
    ContactPerson,
    Dossier,
    Person,
    StatusChange,
    TargetGroup,
    TimelineEntry,
)
from kempen_desktop.db.numbering import take_dossier_numbers
from kempen_desktop.domain import status as workflow
from kempen_desktop.domain.insz import birth_date_from_insz, insz_problem, normalize_insz
from kempen_desktop.domain.merge import EditConflictError, FieldConflict, three_way
from kempen_desktop.domain.target_groups import AGE_BASED
from kempen_desktop.domain.text_limits import too_long
from kempen_desktop.services.common import audit
from kempen_desktop.services.common.lookups import address_book

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_POSTCODE = re.compile(r"^\d{4}$")


class ValidationError(ValueError):
    """Field problems, keyed by DossierInput field name, with Dutch messages."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(" ".join(errors.values()))
        self.errors = errors


class DossierNotFoundError(LookupError):
    pass


@dataclass
class DossierInput:
    last_name: str = ""
    first_name: str = ""
    insz: str = ""
    birth_date: date | None = None
    sex: str | None = None
    street: str = ""
    postcode: str = ""
    municipality_nis: str | None = None
    phone: str = ""
    email: str = ""
    language: str = ""
    vdab_number: str = ""
    target_groups: set[str] = field(default_factory=set)
    responsible_partner_id: uuid.UUID | None = None
    counsellor_id: uuid.UUID | None = None
    follow_up_on: date | None = None
    job_seeker_since: date | None = None
    situation: str = ""


@dataclass(frozen=True)
class TimelineItem:
    occurred_at: datetime
    kind: str
    title: str
    body: str


@dataclass(frozen=True)
class StatusItem:
    effective_on: date
    from_code: str | None
    to_code: str
    closing_reason_code: str | None
    note: str


@dataclass(frozen=True)
class DossierDetail:
    id: uuid.UUID
    num: int
    data: DossierInput
    status_code: str
    status_since: date
    opened_on: date
    closed_on: date | None
    closing_reason_code: str | None
    timeline: tuple[TimelineItem, ...]
    status_history: tuple[StatusItem, ...]
    discuss: bool = False  # flagged "bespreken" for the next overlegmoment
    # Grows with every change to the dossier or its person (see `version_of`): a save
    # that expects another version was made over someone else's change.
    version: int = 0


# The lengths of the person's text columns (db/models/dossier.py), as the import has them
# (importing/rows.MAX_TEXT): SQLite would store a longer text, PostgreSQL refuses the save.
_MAX_CHARS = {
    "last_name": 100,
    "first_name": 100,
    "street": 200,
    "phone": 40,
    "email": 200,
    "language": 40,
    "vdab_number": 20,
}


def validate(data: DossierInput, today: date | None = None) -> dict[str, str]:
    """Dutch messages for every field that is wrong; empty when all is well."""
    day = today or date.today()
    errors: dict[str, str] = {}
    for name, limit in _MAX_CHARS.items():
        length = len(str(getattr(data, name)).strip())
        if length > limit:
            errors[name] = f"Hoogstens {limit} tekens; hier staan er {length}."
    if not data.last_name.strip():
        errors["last_name"] = "Vul de naam in."
    if not data.first_name.strip():
        errors["first_name"] = "Vul de voornaam in."
    problem = insz_problem(data.insz)
    if problem:
        errors["insz"] = problem
    elif data.insz.strip() and data.birth_date:
        from_insz = birth_date_from_insz(data.insz)
        if from_insz and from_insz != data.birth_date:
            errors["birth_date"] = (
                f"Geboortedatum verschilt van die in het INSZ ({from_insz:%d-%m-%Y})."
            )
    if data.birth_date and data.birth_date > day:
        errors["birth_date"] = "De geboortedatum ligt in de toekomst."
    if data.email.strip() and not _EMAIL.match(data.email.strip()):
        errors["email"] = "Dit is geen geldig e-mailadres."
    if data.postcode.strip() and not _POSTCODE.match(data.postcode.strip()):
        errors["postcode"] = "Een Belgische postcode heeft 4 cijfers."
    if data.vdab_number.strip() and not data.vdab_number.strip().isdigit():
        errors["vdab_number"] = "Het VDAB-klantnummer bestaat uit cijfers."
    if data.job_seeker_since and data.job_seeker_since > day:
        errors["job_seeker_since"] = "Werkzoekend sinds ligt in de toekomst."
    return errors


def _check(session: Session, data: DossierInput, person_id: uuid.UUID | None) -> None:
    errors = validate(data)
    insz = normalize_insz(data.insz) if not errors.get("insz") else None
    if insz:
        same_insz = (
            select(Dossier.num)
            .join(Person, Person.id == Dossier.person_id)
            .where(Person.insz == insz)
            .order_by(Dossier.opened_on.desc())
        )
        if person_id is not None:
            same_insz = same_insz.where(Person.id != person_id)
        other = session.execute(same_insz).first()
        if other is not None:
            errors["insz"] = f"Er bestaat al een dossier met dit INSZ (dossier {other[0]})."
    if data.counsellor_id and data.responsible_partner_id:
        partner_of_counsellor = session.scalar(
            select(ContactPerson.partner_id).where(ContactPerson.id == data.counsellor_id)
        )
        if partner_of_counsellor != data.responsible_partner_id:
            errors["counsellor_id"] = "De begeleider hoort niet bij de verantwoordelijke partner."
    if errors:
        raise ValidationError(errors)


def _with_nis(session: Session, data: DossierInput) -> DossierInput:
    """The input with the NIS code its Belgian postcode belongs to (issue 14: a dossier
    saved with postcode 2400 and no gemeente fell outside every gemeente filter and report).
    A gemeente that fits the postcode is kept; an ambiguous postcode leaves the choice."""
    nis = address_book(session).nis_for(data.postcode, data.municipality_nis)
    return data if nis == data.municipality_nis else replace(data, municipality_nis=nis)


def _apply_person(person: Person, data: DossierInput) -> None:
    person.last_name = data.last_name.strip()
    person.first_name = data.first_name.strip()
    person.insz = normalize_insz(data.insz)
    person.birth_date = data.birth_date or birth_date_from_insz(data.insz)
    person.sex = data.sex
    person.street = data.street.strip()
    person.postcode = data.postcode.strip()
    person.municipality_nis = data.municipality_nis
    person.phone = data.phone.strip()
    person.email = data.email.strip()
    person.language = data.language.strip()
    person.vdab_number = data.vdab_number.strip() or None


def _apply_dossier(session: Session, dossier: Dossier, data: DossierInput) -> None:
    dossier.responsible_partner_id = data.responsible_partner_id
    dossier.counsellor_id = data.counsellor_id
    dossier.follow_up_on = data.follow_up_on
    dossier.job_seeker_since = data.job_seeker_since
    dossier.situation = data.situation.strip()
    # Age-based groups follow from the birth date; only the others are stored.
    codes = sorted(set(data.target_groups) - AGE_BASED)
    dossier.target_groups = list(
        session.scalars(select(TargetGroup).where(TargetGroup.code.in_(codes)))
    )


def _load(session: Session, dossier_id: uuid.UUID) -> Dossier:
    dossier = session.get(Dossier, dossier_id)
    if dossier is None:
        raise DossierNotFoundError("Dit dossier bestaat niet (meer).")
    return dossier


def _input_from(dossier: Dossier) -> DossierInput:
    person = dossier.person
    return DossierInput(
        last_name=person.last_name,
        first_name=person.first_name,
        insz=person.insz or "",
        birth_date=person.birth_date,
        sex=person.sex,
        street=person.street,
        postcode=person.postcode,
        municipality_nis=person.municipality_nis,
        phone=person.phone,
        email=person.email,
        language=person.language,
        vdab_number=person.vdab_number or "",
        target_groups={group.code for group in dossier.target_groups},
        responsible_partner_id=dossier.responsible_partner_id,
        counsellor_id=dossier.counsellor_id,
        follow_up_on=dossier.follow_up_on,
        job_seeker_since=dossier.job_seeker_since,
        situation=dossier.situation,
    )


def get_dossier(session: Session, dossier_id: uuid.UUID) -> DossierDetail:
    dossier = _load(session, dossier_id)
    return DossierDetail(
        id=dossier.id,
        num=dossier.num,
        data=_input_from(dossier),
        status_code=dossier.status_code,
        status_since=dossier.status_since,
        opened_on=dossier.opened_on,
        closed_on=dossier.closed_on,
        closing_reason_code=dossier.closing_reason_code,
        timeline=tuple(
            TimelineItem(e.occurred_at, e.kind, e.title, e.body)
            for e in sorted(dossier.timeline, key=lambda e: e.occurred_at, reverse=True)
        ),
        status_history=tuple(
            StatusItem(s.effective_on, s.from_code, s.to_code, s.closing_reason_code, s.note)
            for s in dossier.status_history
        ),
        discuss=dossier.discuss,
        version=version_of(dossier),
    )


def version_of(dossier: Dossier) -> int:
    """The dossier's version as a form and the command line see it: its row's and its
    person's versions together (each grows by one per change, so the sum changes whenever
    either does; the import changes people without touching their dossiers)."""
    return dossier.version + dossier.person.version


def num_for(session: Session, dossier_id: uuid.UUID) -> int | None:
    return session.scalar(select(Dossier.num).where(Dossier.id == dossier_id))


def create_dossier(
    session: Session, data: DossierInput, opened_on: date | None = None
) -> uuid.UUID:
    """A new person with a new dossier in status 'aangemeld'."""
    day = opened_on or date.today()
    _check(session, data, None)
    person = Person()
    _apply_person(person, _with_nis(session, data))
    num = take_dossier_numbers(session.connection())  # never a number given before
    # The dossier is inserted after its person and fields are set, so the
    # search-index trigger sees the complete row.
    dossier = Dossier(
        num=num,
        person=person,
        status_code=workflow.AANGEMELD,
        status_since=day,
        opened_on=day,
    )
    _apply_dossier(session, dossier, data)
    dossier.status_history.append(
        StatusChange(from_code=None, to_code=workflow.AANGEMELD, effective_on=day)
    )
    session.add(dossier)
    session.flush()
    audit.record(session, "dossier.create", "dossier", dossier.id)
    return dossier.id


def update_dossier(
    session: Session,
    dossier_id: uuid.UUID,
    data: DossierInput,
    *,
    base: DossierInput | None = None,
    expect_version: int | None = None,
) -> int:
    """Save `data`; returns the new version.

    With `base` (the record as the form opened it) only what the user changed since is
    written and a change someone else saved in between stays: fields both changed raise
    EditConflictError with the merge so far. With `expect_version` any change since that
    version raises EditConflictError (listing the fields where `data` differs from now).
    """
    dossier = _load(session, dossier_id)
    theirs = _input_from(dossier)
    if expect_version is not None and version_of(dossier) != expect_version:
        differing = tuple(
            FieldConflict(name, None, getattr(theirs, name), getattr(data, name))
            for name in _edited(theirs, data)
        )
        raise EditConflictError(differing, theirs=theirs, version=version_of(dossier))
    if base is not None:
        merge = three_way(base, theirs, data)
        if merge.conflicts:
            raise EditConflictError(
                merge.conflicts, merged=merge.merged, theirs=theirs, version=version_of(dossier)
            )
        data = merge.merged
    data = _with_nis(session, data)
    if not _edited(theirs, data):
        return version_of(dossier)  # nothing to write: no new version
    _check(session, data, dossier.person_id)
    with session.no_autoflush:  # one UPDATE per row: each version moves by one
        _apply_person(dossier.person, data)
        _apply_dossier(session, dossier, data)
        if set(data.target_groups) - AGE_BASED != theirs.target_groups:
            # A kansengroep changes no dossier column: stamp the row so its version moves.
            dossier.updated_at = utcnow()
    audit.record(session, "dossier.update", "dossier", dossier.id)
    session.flush()
    return version_of(dossier)


def _edited(before: DossierInput, after: DossierInput) -> list[str]:
    return [name for name in vars(before) if getattr(before, name) != getattr(after, name)]


def change_status(
    session: Session,
    dossier_id: uuid.UUID,
    new_status: str,
    *,
    effective_on: date | None = None,
    closing_reason: str | None = None,
    note: str = "",
) -> None:
    """Move along the workflow; closing needs a reason, reopening clears it."""
    day = effective_on or date.today()
    dossier = _load(session, dossier_id)
    workflow.check_transition(dossier.status_code, new_status, closing_reason)
    if day < dossier.status_since:
        raise workflow.TransitionError(
            f"De datum ligt voor de vorige statuswijziging ({dossier.status_since:%d-%m-%Y})."
        )
    if day > date.today():
        raise workflow.TransitionError("Een statuswijziging kan niet in de toekomst liggen.")
    previous = dossier.status_code
    dossier.status_code = new_status
    dossier.status_since = day
    if new_status == workflow.AFGESLOTEN:
        dossier.closed_on = day
        dossier.closing_reason_code = closing_reason
        dossier.follow_up_on = None
    elif previous == workflow.AFGESLOTEN:
        dossier.closed_on = None
        dossier.closing_reason_code = None
    dossier.status_history.append(
        StatusChange(
            from_code=previous,
            to_code=new_status,
            effective_on=day,
            closing_reason_code=closing_reason,
            note=note.strip(),
        )
    )
    title = f"Status: {workflow.status_label(previous)} → {workflow.status_label(new_status)}"
    if closing_reason:
        title += f" ({workflow.closing_reason_label(closing_reason)})"
    dossier.timeline.append(
        TimelineEntry(kind="status", occurred_at=utcnow(), title=title, body=note.strip())
    )
    audit.record(session, "dossier.status", "dossier", dossier.id, f"{previous}->{new_status}")


def set_discuss(session: Session, dossier_id: uuid.UUID, discuss: bool) -> None:
    """Flag (or unflag) the dossier "bespreken": the agenda rule picks it up."""
    dossier = _load(session, dossier_id)
    if dossier.discuss != discuss:
        dossier.discuss = discuss
        audit.record(session, "dossier.discuss", "dossier", dossier.id, "aan" if discuss else "uit")


def check_timeline_entry(title: str, body: str) -> None:
    """The text rules of a note, checked before any transaction starts."""
    if not (title.strip() or body.strip()):
        raise ValidationError({"body": "Een notitie zonder tekst wordt niet bewaard."})
    if problem := too_long(body.strip()):
        raise ValidationError({"body": problem})


def add_timeline_entry(
    session: Session,
    dossier_id: uuid.UUID,
    kind: str,
    title: str,
    body: str,
    occurred_at: datetime | None = None,
) -> uuid.UUID:
    """Add a line to the timeline; returns its id (an undo deletes it by id)."""
    check_timeline_entry(title, body)
    dossier = _load(session, dossier_id)
    entry = TimelineEntry(
        kind=kind, occurred_at=occurred_at or utcnow(), title=title.strip(), body=body.strip()
    )
    dossier.timeline.append(entry)
    session.flush()
    audit.record(session, "dossier.timeline", "dossier", dossier.id, kind)
    return entry.id
