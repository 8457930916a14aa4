"""Excel exports of the lists: dossiers (full, for a partner, statistical), partners,
meetings and action points.

Dossier export fields
---------------------
`DOSSIER_FIELDS` lists every field a dossier export can hold, with the Dutch header the
built-in import profile recognises, so that re-importing an exported list changes nothing.
Which of them a partner receives, and which dossiers, is the shareability rule of
domain/consent.py (`partner_fields`, `DEFAULT_PARTNER_FIELDS`: never INSZ, birth date or
address unless named explicitly).

*Voor partner X*: only dossiers with a consent for X valid on the export date (given on or
before it, not expired, not withdrawn), only X's fields, recorded in the audit trail.

*Statistisch*: no names, INSZ, birth date, address or contact details. Each dossier gets a
keyed pseudonym (HMAC-SHA256 over its UUID with a random key made for this one export and
never stored): stable within the export, different in the next one, so two statistical
exports cannot be joined on it to combine their different generalisations (issue 11). The
per-dossier sheet is k-anonymous (k = 5): quasi-identifiers are generalised and rare
combinations left out, see services/statistical_export.py; the Tellingen sheet merges
values held by fewer than 5.

Every export is audited ("export.xlsx", what, number of rows; never names). Session style:
the caller runs each export inside ``disclosure()`` (services/common/disclosure.py; the
façade does), so the audit entry is committed before the file appears under its name.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from kempen_desktop.db.models import (
    ActionPoint,
    Consent,
    ContactPerson,
    Dossier,
    DossierStatus,
    Meeting,
    MeetingType,
    Municipality,
    Partner,
    Person,
    TargetGroup,
    dossier_target_group,
)
from kempen_desktop.domain.consent import DEFAULT_PARTNER_FIELDS, FIELD_KEYS, partner_fields
from kempen_desktop.domain.target_groups import age_based_groups
from kempen_desktop.services.common import audit
from kempen_desktop.services.dossiers.dossier_list import DossierFilter, find_dossier_nums

_CHUNK = 900


class ExportError(ValueError):
    """A Dutch message for the user (unknown partner, nothing to export)."""


@dataclass(frozen=True)
class ExportField:
    key: str
    header: str
    kind: str  # documents.xlsx Kind
    width: float


DOSSIER_FIELDS: tuple[ExportField, ...] = (
    ExportField("last_name", "Naam", "text", 20),
    ExportField("first_name", "Voornaam", "text", 16),
    ExportField("insz", "INSZ", "text", 14),
    ExportField("vdab_number", "Klantnummer VDAB", "text", 14),
    ExportField("birth_date", "Geboortedatum", "date", 13),
    ExportField("sex", "Geslacht", "text", 9),
    ExportField("street", "Straat", "text", 28),
    ExportField("postcode", "Postcode", "text", 9),
    ExportField("municipality", "Gemeente", "text", 16),
    ExportField("phone", "Telefoon", "text", 15),
    ExportField("email", "E-mail", "text", 26),
    ExportField("status", "Status", "text", 15),
    ExportField("target_groups", "Kansengroepen", "text", 34),
    ExportField("partner", "Partner", "text", 22),
    ExportField("counsellor", "Begeleider", "text", 20),
    ExportField("start_date", "Startdatum", "date", 12),
    ExportField("follow_up", "Volgende opvolging", "date", 14),
    ExportField("num", "Dossiernummer", "int", 12),
)
FIELDS_BY_KEY = {f.key: f for f in DOSSIER_FIELDS}
ALL_FIELDS: tuple[str, ...] = tuple(f.key for f in DOSSIER_FIELDS)
assert ALL_FIELDS == FIELD_KEYS, "export fields and domain.consent.FIELD_KEYS must agree"
SEX_EXPORT = {"M": "M", "F": "V", "X": "X"}


# --- helpers -----------------------------------------------------------------------------


def consent_valid_on(partner_id: uuid.UUID, day: date) -> Any:
    """SQL condition: the dossier has a consent for the partner valid on `day` (the rule of
    domain.consent.consent_valid, as a query)."""
    return select(Consent.dossier_id).where(
        Consent.partner_id == partner_id,
        Consent.given_on <= day,
        or_(Consent.valid_until.is_(None), Consent.valid_until >= day),
        or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > day),
    )


def find_partner(session: Session, name_or_id: str) -> Partner:
    text = name_or_id.strip()
    try:
        found = session.get(Partner, uuid.UUID(text))
        if found is not None:
            return found
    except ValueError:
        pass
    matches = list(session.scalars(select(Partner).where(Partner.name == text)))
    if not matches:
        matches = [
            p for p in session.scalars(select(Partner)) if p.name.casefold() == text.casefold()
        ]
    if not matches:
        matches = [
            p for p in session.scalars(select(Partner)) if text.casefold() in p.name.casefold()
        ]
    if len(matches) != 1:
        if not matches:
            raise ExportError(f"Geen partner gevonden met de naam '{text}'.")
        raise ExportError(f"Meer dan één partner past bij '{text}'; geef de volledige naam.")
    return matches[0]


def pseudonym_key() -> bytes:
    """A fresh random key for the pseudonyms of ONE export (never stored: pseudonyms of two
    exports must not be joinable)."""
    return secrets.token_bytes(32)


def pseudonym(key: bytes, dossier_id: uuid.UUID) -> str:
    digest = hmac.new(key, dossier_id.bytes, hashlib.sha256).hexdigest()
    return f"P-{digest[:12].upper()}"


@dataclass(frozen=True)
class DossierRecord:
    values: dict[str, Any]
    id: uuid.UUID
    birth_date: date | None


def iter_dossiers(session: Session, nums: Sequence[int], day: date) -> Iterator[DossierRecord]:
    """Every export field of the given dossiers, in the order of `nums`, in chunks."""
    status_labels = dict(session.execute(select(DossierStatus.code, DossierStatus.label)).all())
    group_labels = dict(session.execute(select(TargetGroup.code, TargetGroup.label)).all())
    group_order = {
        code: i
        for i, code in enumerate(
            session.scalars(select(TargetGroup.code).order_by(TargetGroup.sort_order))
        )
    }
    counsellor = aliased(ContactPerson)
    for start in range(0, len(nums), _CHUNK):
        chunk = list(nums[start : start + _CHUNK])
        rows = session.execute(
            select(
                Dossier.num,
                Dossier.id,
                Person.last_name,
                Person.first_name,
                Person.insz,
                Person.vdab_number,
                Person.birth_date,
                Person.sex,
                Person.street,
                Person.postcode,
                Municipality.name,
                Person.phone,
                Person.email,
                Dossier.status_code,
                Partner.name,
                counsellor.first_name,
                counsellor.last_name,
                Dossier.opened_on,
                Dossier.follow_up_on,
            )
            .join(Person, Person.id == Dossier.person_id)
            .outerjoin(Municipality, Municipality.nis_code == Person.municipality_nis)
            .outerjoin(Partner, Partner.id == Dossier.responsible_partner_id)
            .outerjoin(counsellor, counsellor.id == Dossier.counsellor_id)
            .where(Dossier.num.in_(chunk))
        ).all()
        ids = [row[1] for row in rows]
        groups: dict[uuid.UUID, list[str]] = {}
        for dossier_id, code in session.execute(
            select(
                dossier_target_group.c.dossier_id, dossier_target_group.c.target_group_code
            ).where(dossier_target_group.c.dossier_id.in_(ids))
        ):
            groups.setdefault(dossier_id, []).append(code)
        by_num = {row[0]: row for row in rows}
        for num in chunk:
            row = by_num.get(num)
            if row is None:
                continue
            (
                num,
                dossier_id,
                last,
                first,
                insz,
                vdab,
                birth,
                sex,
                street,
                postcode,
                place,
                phone,
                email,
                status_code,
                partner,
                c_first,
                c_last,
                opened,
                follow_up,
            ) = row
            codes = sorted(
                set(groups.get(dossier_id, [])) | age_based_groups(birth, day),
                key=lambda c: group_order.get(c, 99),
            )
            yield DossierRecord(
                {
                    "last_name": last,
                    "first_name": first,
                    "insz": insz or "",
                    "vdab_number": vdab or "",
                    "birth_date": birth,
                    "sex": SEX_EXPORT.get(sex or "", sex or ""),
                    "street": street,
                    "postcode": postcode,
                    "municipality": place or "",
                    "phone": phone,
                    "email": email,
                    "status": status_labels.get(status_code, status_code),
                    "target_groups": "; ".join(group_labels.get(c, c) for c in codes),
                    "partner": partner or "",
                    "counsellor": f"{c_first} {c_last}" if c_first is not None else "",
                    "start_date": opened,
                    "follow_up": follow_up,
                    "num": num,
                },
                dossier_id,
                birth,
            )


def current_dossier_first(session: Session, nums: list[int]) -> list[int]:
    """Where one person's dossiers follow each other (a name sort), put the dossier an
    import would match first (the open one, else the latest): re-importing the list then
    updates nothing, and the older dossiers' rows are reported as repeats of the person."""
    from sqlalchemy import func

    multi = select(Dossier.person_id).group_by(Dossier.person_id).having(func.count() > 1)
    info = {
        num: (person, (status != "afgesloten", opened, num))
        for num, person, status, opened in session.execute(
            select(Dossier.num, Dossier.person_id, Dossier.status_code, Dossier.opened_on).where(
                Dossier.person_id.in_(multi)
            )
        )
    }
    if not info:
        return nums
    result: list[int] = []
    index = 0
    while index < len(nums):
        num = nums[index]
        person = info.get(num, (None, None))[0]
        end = index + 1
        while (
            person is not None
            and end < len(nums)
            and info.get(nums[end], (None, None))[0] == person
        ):
            end += 1
        run = nums[index:end]
        if len(run) > 1:
            run.sort(key=lambda n: info[n][1], reverse=True)
        result.extend(run)
        index = end
    return result


# --- dossier exports -----------------------------------------------------------------------


@dataclass(frozen=True)
class DossierExport:
    """What to export: which dossiers (filter + sort, or explicit numbers in order) and how."""

    filter: DossierFilter = field(default_factory=DossierFilter)
    sort_key: str = "naam"
    descending: bool = False
    nums: tuple[int, ...] | None = None  # overrides filter/sort
    fields: tuple[str, ...] = ALL_FIELDS
    partner: str | None = None  # name or id: "voor partner X"
    statistical: bool = False


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    skipped_without_consent: int = 0
    partner_name: str = ""


def export_dossiers(
    session: Session,
    path: Path,
    spec: DossierExport,
    *,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet, write_workbook

    day = today or date.today()
    report = progress or (lambda _done, _total: None)
    nums = (
        list(spec.nums)
        if spec.nums is not None
        else find_dossier_nums(session, spec.filter, spec.sort_key, spec.descending, today=day)
    )
    partner_name = ""
    skipped = 0
    fields = tuple(k for k in spec.fields if k in FIELDS_BY_KEY) or ALL_FIELDS
    if spec.partner:
        partner = find_partner(session, spec.partner)
        partner_name = partner.name
        allowed = set(partner_fields(partner.shared_fields))
        fields = tuple(
            k
            for k in ALL_FIELDS
            if k in allowed and (k in spec.fields or spec.fields == ALL_FIELDS)
        )
        fields = fields or partner_fields(partner.shared_fields)
        with_consent = set(
            session.scalars(
                select(Dossier.num).where(Dossier.id.in_(consent_valid_on(partner.id, day)))
            )
        )
        before = len(nums)
        nums = [n for n in nums if n in with_consent]
        skipped = before - len(nums)
    total = len(nums)
    if not spec.statistical:
        nums = current_dossier_first(session, nums)

    if spec.statistical:
        key = pseudonym_key()
        sheets = _statistical_sheets(session, nums, day, key, report)
        what = "dossiers statistisch"
    else:
        columns = [
            XlsxColumn(FIELDS_BY_KEY[k].header, FIELDS_BY_KEY[k].kind, FIELDS_BY_KEY[k].width)  # type: ignore[arg-type]
            for k in fields
        ]

        def rows() -> Iterator[list[Any]]:
            for done, record in enumerate(iter_dossiers(session, nums, day), start=1):
                if done % 2000 == 0:
                    report(done, total)
                yield [record.values[k] for k in fields]

        title = f"Dossiers voor {partner_name}" if partner_name else "Dossiers"
        subtitle = (
            f"{total} dossiers met geldige toestemming voor {partner_name} op {day:%d-%m-%Y}"
            if partner_name
            else f"{total} dossiers"
        )
        sheets = [XlsxSheet("Dossiers", columns, rows(), title, subtitle)]
        what = "dossiers voor partner" if partner_name else "dossiers"
    write_workbook(Path(path), sheets)
    report(total, total)
    detail = f"{what}; {total} rijen"
    if partner_name:
        detail += f"; {skipped} zonder toestemming weggelaten; velden: {','.join(fields)}"
    audit.record(
        session,
        "export.xlsx",
        "partner" if spec.partner else "dossier",
        str(partner.id) if spec.partner else "",
        detail[:400],
    )
    return ExportResult(Path(path), total, skipped, partner_name)


def _statistical_sheets(
    session: Session, nums: Sequence[int], day: date, key: bytes, report: Callable[[int, int], None]
) -> list[Any]:
    from kempen_desktop.services.reports.statistical_export import statistical_sheets

    records = []
    for done, record in enumerate(iter_dossiers(session, nums, day), start=1):
        records.append(record)
        if done % 2000 == 0:
            report(done, len(nums))
    return statistical_sheets(session, records, day, lambda record: pseudonym(key, record.id))


# --- other lists ---------------------------------------------------------------------------


def _audit_list(session: Session, what: str, rows: int) -> None:
    audit.record(session, "export.xlsx", what, "", f"{what}; {rows} rijen")


def export_partners(session: Session, path: Path) -> ExportResult:
    from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet, write_workbook
    from kempen_desktop.services.reports import overview

    partners = overview.partners(session)
    extra = {p.id: p for p in session.scalars(select(Partner))}
    rows = [
        [
            p.name,
            p.type_label,
            p.municipality,
            extra[p.id].kbo_number or "",
            extra[p.id].phone,
            extra[p.id].email,
            p.contacts,
            p.dossiers,
            p.inclusive_since,
            p.inclusive_as,
        ]
        for p in partners
    ]
    columns = [
        XlsxColumn("Naam", "text", 30),
        XlsxColumn("Soort", "text", 20),
        XlsxColumn("Gemeente", "text", 16),
        XlsxColumn("Ondernemingsnummer", "text", 16),
        XlsxColumn("Telefoon", "text", 15),
        XlsxColumn("E-mail", "text", 26),
        XlsxColumn("Contactpersonen", "int", 15),
        XlsxColumn("Open dossiers", "int", 13),
        XlsxColumn("Inclusief sinds", "date", 14),
        XlsxColumn("Engagement", "text", 14),
    ]
    write_workbook(
        Path(path), [XlsxSheet("Partners", columns, rows, "Partners", f"{len(rows)} partners")]
    )
    _audit_list(session, "partner", len(rows))
    return ExportResult(Path(path), len(rows))


MEETING_STATUS_LABELS = {
    "gepland": "Gepland",
    "gehouden": "Gehouden",
    "geannuleerd": "Geannuleerd",
    "verplaatst": "Verplaatst",
}
ACTION_STATUS_LABELS = {
    "open": "Open",
    "bezig": "Bezig",
    "afgerond": "Afgerond",
    "vervallen": "Vervallen",
}


def export_meetings(session: Session, path: Path) -> ExportResult:
    from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet, write_workbook

    rows = [
        [
            starts.replace(tzinfo=None),
            title,
            type_label or "",
            location,
            MEETING_STATUS_LABELS.get(status, status),
            reason,
            organiser,
        ]
        for starts, title, type_label, location, status, reason, organiser in session.execute(
            select(
                Meeting.starts_at,
                Meeting.title,
                MeetingType.label,
                Meeting.location,
                Meeting.status,
                Meeting.cancel_reason,
                Meeting.organiser,
            )
            .outerjoin(MeetingType, MeetingType.code == Meeting.meeting_type_code)
            .order_by(Meeting.starts_at.desc())
        )
    ]
    columns = [
        XlsxColumn("Datum en uur", "datetime", 17),
        XlsxColumn("Titel", "text", 34),
        XlsxColumn("Soort", "text", 18),
        XlsxColumn("Locatie", "text", 22),
        XlsxColumn("Status", "text", 12),
        XlsxColumn("Reden annulering", "text", 30),
        XlsxColumn("Organisator", "text", 18),
    ]
    write_workbook(
        Path(path),
        [
            XlsxSheet(
                "Overlegmomenten",
                columns,
                rows,
                "Overlegmomenten",
                f"{len(rows)} overlegmomenten",
            )
        ],
    )
    _audit_list(session, "meeting", len(rows))
    return ExportResult(Path(path), len(rows))


def export_actions(session: Session, path: Path, *, today: date | None = None) -> ExportResult:
    from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet, write_workbook

    day = today or date.today()
    owner_contact = aliased(ContactPerson)
    owner_partner = aliased(Partner)
    rows = []
    for (
        description,
        deadline,
        status,
        completed,
        regisseur,
        p_name,
        c_first,
        c_last,
        m_title,
        m_start,
        num,
    ) in session.execute(
        select(
            ActionPoint.description,
            ActionPoint.deadline,
            ActionPoint.status,
            ActionPoint.completed_on,
            ActionPoint.owner_is_regisseur,
            owner_partner.name,
            owner_contact.first_name,
            owner_contact.last_name,
            Meeting.title,
            Meeting.starts_at,
            Dossier.num,
        )
        .outerjoin(owner_partner, owner_partner.id == ActionPoint.owner_partner_id)
        .outerjoin(owner_contact, owner_contact.id == ActionPoint.owner_contact_id)
        .outerjoin(Meeting, Meeting.id == ActionPoint.meeting_id)
        .outerjoin(Dossier, Dossier.id == ActionPoint.dossier_id)
        .order_by(ActionPoint.deadline.is_(None), ActionPoint.deadline)
    ):
        owner = "regisseur" if regisseur else " ".join(filter(None, (c_first, c_last)))
        if p_name:
            owner = f"{owner} ({p_name})" if owner else p_name
        overdue = status in ("open", "bezig") and deadline is not None and deadline < day
        rows.append(
            [
                description,
                owner,
                deadline,
                ACTION_STATUS_LABELS.get(status, status),
                "ja" if overdue else "",
                completed,
                m_title or "",
                m_start.date() if m_start else None,
                num,
            ]
        )
    columns = [
        XlsxColumn("Actiepunt", "text", 50),
        XlsxColumn("Wie", "text", 26),
        XlsxColumn("Deadline", "date", 12),
        XlsxColumn("Status", "text", 11),
        XlsxColumn("Verlopen", "text", 9),
        XlsxColumn("Afgerond op", "date", 12),
        XlsxColumn("Overlegmoment", "text", 30),
        XlsxColumn("Datum overleg", "date", 13),
        XlsxColumn("Dossiernummer", "int", 13),
    ]
    write_workbook(
        Path(path),
        [XlsxSheet("Actiepunten", columns, rows, "Actiepunten", f"{len(rows)} actiepunten")],
    )
    _audit_list(session, "action_point", len(rows))
    return ExportResult(Path(path), len(rows))


__all__ = [
    "ALL_FIELDS",
    "DEFAULT_PARTNER_FIELDS",
    "DOSSIER_FIELDS",
    "DossierExport",
    "ExportError",
    "ExportResult",
    "consent_valid_on",
    "export_actions",
    "export_dossiers",
    "export_meetings",
    "export_partners",
    "find_partner",
    "partner_fields",
    "pseudonym",
]
