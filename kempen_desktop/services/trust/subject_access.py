"""Subject access (GDPR art. 15): everything the app holds about one person, over all
their dossiers, as a PDF and an .xlsx workbook. Every export is audited (without names)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kempen_desktop.db.models import AuditEntry, Dossier, Person, StatusChange, TimelineEntry
from kempen_desktop.db.models.admin import ImportBatch, ImportChange
from kempen_desktop.db.models.dossier import Consent, WorkExit
from kempen_desktop.db.models.meeting import ActionPoint, AgendaItem, Meeting
from kempen_desktop.db.models.partner import ContactPerson, Partner
from kempen_desktop.db.models.reference import Municipality
from kempen_desktop.domain.status import closing_reason_label, status_label
from kempen_desktop.services.common import audit
from kempen_desktop.services.common.database import Database

SEX = {"M": "man", "F": "vrouw", "X": "X"}
KINDS = {
    "note": "notitie",
    "contact": "contact",
    "referral": "doorverwijzing",
    "decision": "beslissing",
    "import": "import",
    "status": "status",
}


def _d(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%d-%m-%Y %H:%M}"
    return f"{value:%d-%m-%Y}"


def _label(func: Any, code: str | None) -> str:
    if not code:
        return ""
    try:
        return str(func(code))
    except ValueError:
        return code


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list[Any]]
    widths: list[float]  # relative widths for the PDF


@dataclass
class DossierPart:
    title: str
    facts: list[tuple[str, str]]
    tables: list[Table] = field(default_factory=list)


@dataclass
class SubjectAccess:
    person_id: uuid.UUID
    identity: list[tuple[str, str]]
    dossiers: list[DossierPart]
    general: list[Table]
    made_at: datetime

    @property
    def display_name(self) -> str:
        values = dict(self.identity)
        return f"{values.get('Voornaam', '')} {values.get('Naam', '')}".strip()


def person_of_dossier(database: Database, dossier_id: uuid.UUID) -> uuid.UUID | None:
    with database.session() as session:
        return session.scalar(select(Dossier.person_id).where(Dossier.id == dossier_id))


def collect(database: Database, person_id: uuid.UUID) -> SubjectAccess:
    with database.session() as session:
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
    return SubjectAccess(person_id, identity, parts, general, datetime.now())


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


def write_pdf(data: SubjectAccess, path: Path) -> int:
    from kempen_desktop.documents.pdf import (
        DocumentInfo,
        build_pdf,
        data_table,
        heading,
        key_values,
        paragraph,
        spacer,
    )

    usable = 174 * 72 / 25.4  # mm of text width in points

    def table(t: Table) -> list[Any]:
        total = sum(t.widths)
        widths = [usable * w / total for w in t.widths]
        return [
            heading(t.title, 2),
            data_table(t.header, [[str(v) for v in row] for row in t.rows], widths),
            spacer(3),
        ]

    story: list[Any] = [
        paragraph(
            "Overzicht van alle gegevens die Kempen Desktop over deze persoon bewaart, opgemaakt op "
            f"{data.made_at:%d-%m-%Y %H:%M} op vraag van de betrokkene (inzagerecht, art. 15 AVG)."
        ),
        spacer(3),
        heading("Persoonsgegevens", 1),
        key_values(data.identity),
        spacer(4),
    ]
    for part in data.dossiers:
        story += [heading(part.title, 1), key_values(part.facts), spacer(3)]
        for t in part.tables:
            story += table(t)
    story.append(heading("Algemeen", 1))
    for t in data.general:
        story += table(t)
    info = DocumentInfo("Inzage in persoonsgegevens", data.display_name)
    return build_pdf(path, info, story)


def write_xlsx(data: SubjectAccess, path: Path) -> None:
    from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet, write_workbook

    sheets = [
        XlsxSheet(
            "Persoon",
            [XlsxColumn("Gegeven", "text", 24), XlsxColumn("Waarde", "text", 50)],
            [list(pair) for pair in data.identity],
            "Inzage in persoonsgegevens",
            f"Opgemaakt op {data.made_at:%d-%m-%Y %H:%M}",
        )
    ]
    dossier_rows = []
    for part in data.dossiers:
        dossier_rows += [[part.title, key, value] for key, value in part.facts]
    sheets.append(
        XlsxSheet(
            "Dossiers",
            [
                XlsxColumn("Dossier", "text", 14),
                XlsxColumn("Gegeven", "text", 26),
                XlsxColumn("Waarde", "text", 60),
            ],
            dossier_rows,
            "Dossiers",
        )
    )
    combined: dict[str, tuple[list[str], list[list[Any]]]] = {}
    for part in data.dossiers:
        for t in part.tables:
            header, rows = combined.setdefault(t.title, (["Dossier", *t.header], []))
            rows.extend([[part.title, *row] for row in t.rows])
    for t in data.general:
        combined[t.title] = (t.header, t.rows)
    for title, (header, rows) in combined.items():
        sheets.append(
            XlsxSheet(
                title[:31],
                [XlsxColumn(h, "text", 18) for h in header],
                [[str(v) for v in row] for row in rows],
                title,
            )
        )
    write_workbook(path, sheets)


def export(
    database: Database, person_id: uuid.UUID, *, pdf: Path | None = None, xlsx: Path | None = None
) -> None:
    """Write the PDF and/or workbook and audit the disclosure (no names in the entry).

    Both files wait under temporary names until the audit entry is committed; then both
    appear, or (a failure anywhere) neither file and no entry (services/disclosure.py).
    """
    from kempen_desktop.services.common.disclosure import disclosure

    data = collect(database, person_id)
    formats = []
    with disclosure(database) as session:
        if pdf is not None:
            write_pdf(data, pdf)
            formats.append("pdf")
        if xlsx is not None:
            write_xlsx(data, xlsx)
            formats.append("xlsx")
        audit.record(session, "export.subject_access", "person", person_id, "+".join(formats))
