"""Subject access (GDPR art. 15): everything the app holds about one person, over all
their dossiers, as a PDF and an .xlsx workbook. Every export is audited (without names)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import AuditEntry, Dossier, Person, StatusChange, TimelineEntry
from kempen_desktop.db.models.admin import ImportBatch, ImportChange
from kempen_desktop.db.models.dossier import Consent, WorkExit
from kempen_desktop.db.models.meeting import ActionPoint, AgendaItem, Meeting
from kempen_desktop.db.models.partner import ContactPerson, Partner
from kempen_desktop.db.models.reference import Municipality
from kempen_desktop.documents import subject_access as document
from kempen_desktop.documents.sender import NOBODY, Sender
from kempen_desktop.documents.subject_access import DossierPart, SubjectAccess, Table
from kempen_desktop.domain.status import closing_reason_label, status_label
from kempen_desktop.services.common import audit

SEX = {"M": "man", "F": "vrouw", "X": "X"}
KINDS = {
    "note": "notitie",
    "contact": "contact",
    "referral": "doorverwijzing",
    "decision": "beslissing",
    "import": "import",
    "status": "status",
}


def _d(value: date | datetime | None) -> date | datetime | str:
    """Dates stay typed: the writers (documents/subject_access.py) format them."""
    return "" if value is None else value


def _label(func: Any, code: str | None) -> str:
    if not code:
        return ""
    try:
        return str(func(code))
    except ValueError:
        return code


def person_of_dossier(session: Session, dossier_id: uuid.UUID) -> uuid.UUID | None:
    return session.scalar(select(Dossier.person_id).where(Dossier.id == dossier_id))


def collect(session: Session, person_id: uuid.UUID) -> SubjectAccess:
    person = session.get(Person, person_id)
    if person is None:
        raise LookupError("Deze persoon bestaat niet (meer).")
    municipality = (
        session.get(Municipality, person.municipality_nis) if person.municipality_nis else None
    )
    identity = [
        ("Naam", person.last_name),
        ("Voornaam", person.first_name),
        ("INSZ", person.insz or ""),
        ("VDAB-klantnummer", person.vdab_number or ""),
        ("Geboortedatum", _d(person.birth_date)),
        ("Geslacht", SEX.get(person.sex or "", person.sex or "")),
        ("Straat", person.street),
        ("Postcode", person.postcode),
        ("Gemeente", municipality.name if municipality else ""),
        ("Telefoon", person.phone),
        ("E-mail", person.email),
        ("Taal", person.language),
        ("Geanonimiseerd op", _d(person.anonymised_on)),
        ("Geregistreerd op", _d(person.created_at)),
        ("Laatst gewijzigd", _d(person.updated_at)),
    ]
    dossiers = session.scalars(
        select(Dossier).where(Dossier.person_id == person_id).order_by(Dossier.num)
    ).all()
    parts = [_dossier_part(session, dossier) for dossier in dossiers]
    dossier_ids = [d.id for d in dossiers]
    general = [
        _imports(session, person_id, dossier_ids),
        _audit(session, person_id, dossier_ids),
    ]
    return SubjectAccess(
        person_id,
        identity,
        parts,
        general,
        datetime.now(),
        _retention(session),
        _recipients(session, dossier_ids),
    )


def _retention(session: Session) -> list[tuple[str, str]]:
    from kempen_desktop.services.trust.retention import RULES, retention_years

    years = retention_years(session)
    return [
        (rule.label, f"{years[rule.key]} {rule.explanation}")
        if years[rule.key]
        else (rule.label, "altijd bewaard")
        for rule in RULES
    ]


def _recipients(session: Session, dossier_ids: list[uuid.UUID]) -> list[str]:
    """Partners that may have received data: responsible partners and consents."""
    if not dossier_ids:
        return []
    ids = set(
        session.scalars(
            select(Dossier.responsible_partner_id).where(
                Dossier.id.in_(dossier_ids), Dossier.responsible_partner_id.is_not(None)
            )
        )
    )
    ids |= set(
        session.scalars(
            select(Consent.partner_id).where(
                Consent.dossier_id.in_(dossier_ids), Consent.partner_id.is_not(None)
            )
        )
    )
    if not ids:
        return []
    return sorted(session.scalars(select(Partner.name).where(Partner.id.in_(ids))))


def _name_of_partner(session: Any, partner_id: uuid.UUID | None) -> str:
    partner = session.get(Partner, partner_id) if partner_id else None
    return partner.name if partner else ""


def _dossier_part(session: Any, dossier: Dossier) -> DossierPart:
    counsellor = (
        session.get(ContactPerson, dossier.counsellor_id) if dossier.counsellor_id else None
    )
    facts = [
        ("Dossiernummer", str(dossier.num)),
        ("Status", _label(status_label, dossier.status_code)),
        ("Status sinds", _d(dossier.status_since)),
        ("Geopend op", _d(dossier.opened_on)),
        ("Afgesloten op", _d(dossier.closed_on)),
        ("Reden van afsluiten", _label(closing_reason_label, dossier.closing_reason_code)),
        ("Kansengroepen", ", ".join(group.label for group in dossier.target_groups)),
        ("Verantwoordelijke partner", _name_of_partner(session, dossier.responsible_partner_id)),
        (
            "Begeleider",
            f"{counsellor.first_name} {counsellor.last_name}".strip() if counsellor else "",
        ),
        ("Opvolging op", _d(dossier.follow_up_on)),
        ("Werkzoekend sinds", _d(dossier.job_seeker_since)),
        ("Situatie", dossier.situation),
        ("Te bespreken", "ja" if dossier.discuss else "nee"),
        ("Geanonimiseerd op", _d(dossier.anonymised_on)),
    ]
    part = DossierPart(f"Dossier {dossier.num}", facts)
    part.tables.append(
        Table(
            "Statusgeschiedenis",
            ["Datum", "Van", "Naar", "Reden", "Notitie"],
            [
                [
                    _d(c.effective_on),
                    _label(status_label, c.from_code),
                    _label(status_label, c.to_code),
                    _label(closing_reason_label, c.closing_reason_code),
                    c.note,
                ]
                for c in session.scalars(
                    select(StatusChange)
                    .where(StatusChange.dossier_id == dossier.id)
                    .order_by(StatusChange.effective_on, StatusChange.changed_at)
                )
            ],
            [2, 2, 2, 3, 6],
        )
    )
    part.tables.append(
        Table(
            "Tijdlijn",
            ["Wanneer", "Soort", "Titel", "Tekst", "Door"],
            [
                [_d(t.occurred_at), KINDS.get(t.kind, t.kind), t.title, t.body, t.author]
                for t in session.scalars(
                    select(TimelineEntry)
                    .where(TimelineEntry.dossier_id == dossier.id)
                    .order_by(TimelineEntry.occurred_at)
                )
            ],
            [2.4, 1.6, 3, 6, 2],
        )
    )
    part.tables.append(
        Table(
            "Toestemmingen",
            ["Doel", "Partner", "Gegeven op", "Wijze", "Geldig tot", "Ingetrokken op", "Notitie"],
            [
                [
                    c.purpose,
                    _name_of_partner(session, c.partner_id),
                    _d(c.given_on),
                    c.method,
                    _d(c.valid_until),
                    _d(c.withdrawn_on),
                    c.note,
                ]
                for c in session.scalars(select(Consent).where(Consent.dossier_id == dossier.id))
            ],
            [3, 2.2, 2.4, 2, 2.4, 2.4, 2.4],
        )
    )
    part.tables.append(
        Table(
            "Uitstroom naar werk",
            [
                "Werkgever",
                "Sector",
                "Gestart op",
                "Uren/week",
                "Na 6 maanden",
                "Na 12 maanden",
                "Notitie",
            ],
            [
                [
                    w.employer_name or _name_of_partner(session, w.employer_partner_id),
                    w.sector,
                    _d(w.started_on),
                    "" if w.hours_per_week is None else w.hours_per_week,
                    _yes_no(w.still_working_6m),
                    _yes_no(w.still_working_12m),
                    w.note,
                ]
                for w in session.scalars(select(WorkExit).where(WorkExit.dossier_id == dossier.id))
            ],
            [3, 2, 2, 1.5, 2, 2, 3],
        )
    )
    part.tables.append(
        Table(
            "Besproken op overleg",
            ["Overleg", "Datum", "Punt", "Bespreking", "Afspraken"],
            [
                [meeting.title, _d(meeting.starts_at), item.title, item.discussion, item.agreements]
                for item, meeting in session.execute(
                    select(AgendaItem, Meeting)
                    .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                    .where(AgendaItem.dossier_id == dossier.id)
                    .order_by(Meeting.starts_at)
                )
            ],
            [3, 2, 3, 4, 4],
        )
    )
    part.tables.append(
        Table(
            "Actiepunten",
            ["Omschrijving", "Deadline", "Status", "Afgerond op"],
            [
                [a.description, _d(a.deadline), a.status, _d(a.completed_on)]
                for a in session.scalars(
                    select(ActionPoint).where(ActionPoint.dossier_id == dossier.id)
                )
            ],
            [7, 2, 2, 2],
        )
    )
    return part


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("nog aan het werk" if value else "niet meer aan het werk")


def _imports(session: Any, person_id: uuid.UUID, dossier_ids: list[uuid.UUID]) -> Table:
    conditions = [ImportChange.person_id == person_id]
    if dossier_ids:
        conditions.append(ImportChange.dossier_id.in_(dossier_ids))
    from sqlalchemy import or_

    rows = session.execute(
        select(
            ImportBatch.imported_at,
            ImportBatch.source,
            ImportBatch.file_name,
            ImportChange.action,
            ImportBatch.status,
        )
        .join(ImportBatch, ImportBatch.id == ImportChange.batch_id)
        .where(or_(*conditions))
        .order_by(ImportBatch.imported_at)
    ).all()
    return Table(
        "Ingelezen uit lijsten van partners",
        ["Wanneer", "Bron", "Bestand", "Wat", "Status"],
        [
            [_d(r[0]), r[1], r[2], "aangemaakt" if r[3] == "create" else "bijgewerkt", r[4]]
            for r in rows
        ],
        [2.4, 2, 5, 2, 2],
    )


def _audit(session: Any, person_id: uuid.UUID, dossier_ids: list[uuid.UUID]) -> Table:
    ids = [str(person_id)] + [str(d) for d in dossier_ids]
    rows = session.scalars(
        select(AuditEntry).where(AuditEntry.entity_id.in_(ids)).order_by(AuditEntry.at)
    ).all()
    return Table(
        "Wie deed wat met deze gegevens (auditlog)",
        ["Wanneer (UTC)", "Gebruiker", "Handeling", "Details"],
        [[_d(r.at), r.user, r.action, r.detail] for r in rows],
        [2.4, 2, 3, 5],
    )


# -- writing -------------------------------------------------------------------------------


def write_pdf(data: SubjectAccess, path: Path, sender: Sender = NOBODY) -> int:
    return document.write_pdf(data, path, sender)


def write_xlsx(data: SubjectAccess, path: Path) -> None:
    document.write_xlsx(data, path)


def export(
    session: Session,
    person_id: uuid.UUID,
    *,
    pdf: Path | None = None,
    xlsx: Path | None = None,
    sender: Sender = NOBODY,
) -> None:
    """Write the PDF and/or workbook and audit the disclosure (no names in the entry).

    Run it inside ``disclosure()`` (services/common/disclosure.py; workspace.trust does):
    both files wait under temporary names until the audit entry is committed; then both
    appear, or (a failure anywhere) neither file and no entry.
    """
    data = collect(session, person_id)
    formats = []
    if pdf is not None:
        write_pdf(data, pdf, sender)
        formats.append("pdf")
    if xlsx is not None:
        write_xlsx(data, xlsx)
        formats.append("xlsx")
    audit.record(session, "export.subject_access", "person", person_id, "+".join(formats))
