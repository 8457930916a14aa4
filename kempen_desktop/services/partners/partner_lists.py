"""Import a partner list from a spreadsheet and export partners to .xlsx.

Import (.xlsx, .xlsm, .xls, .ods, .csv — read with the hardened import reader): the
header row is found among the first rows by known column names (Naam, Soort, KBO /
Ondernemingsnummer, Gemeente, Postcode, Adres, Sector, Website, Telefoon, E-mail, Rol,
Opmerkingen; case, accents and punctuation ignored). Each row is matched to an existing
partner first on KBO number, then on name (legal forms ignored) within the same
municipality. A matched partner only gets its *empty* fields filled in; nothing is
overwritten. Rows that cannot be used are rejected with a Dutch reason; all other rows
are written in one transaction. The export writes the same columns, so an exported list
imports again without changes.

Session functions: the caller owns the transaction. A dry run is an import in a session
that is never committed. ``export_partners`` writes through ``atomic_output``; run it
inside ``services.common.disclosure.disclosure`` so its audit record is committed before
the file appears under its name (the façade does).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import ContactPerson, Municipality, Partner, PartnerType
from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet, write_workbook
from kempen_desktop.domain.kbo import format_kbo, kbo_problem, normalize_kbo
from kempen_desktop.services.common import audit
from kempen_desktop.services.importing.fields import header_key
from kempen_desktop.services.importing.parsing import cell_text
from kempen_desktop.services.importing.reader import SheetData, SpreadsheetError, read_sheet
from kempen_desktop.services.partners.partners import EMAIL, comparable_name

HEADER_SCAN_ROWS = 20
MAX_ROWS = 20_000

COLUMN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "Naam",
        "Organisatie",
        "Naam organisatie",
        "Bedrijf",
        "Bedrijfsnaam",
        "Onderneming",
        "Partner",
        "Werkgever",
    ),
    "type": ("Soort", "Type", "Soort organisatie", "Categorie", "Partnertype"),
    "kbo": (
        "KBO",
        "KBO-nummer",
        "Ondernemingsnummer",
        "Ondernemingsnr",
        "Btw-nummer",
        "BTW",
        "Btw-nr",
    ),
    "municipality": ("Gemeente", "Plaats", "Stad", "Vestigingsgemeente", "NIS", "NIS-code"),
    "postcode": ("Postcode", "Postnummer"),
    "street": ("Adres", "Straat", "Straat en nummer", "Straat + nr"),
    "sector": ("Sector",),
    "website": ("Website", "Webstek", "Site", "URL"),
    "phone": ("Telefoon", "Tel", "Telefoonnummer", "Tel."),
    "email": ("E-mail", "Email", "Mail", "E-mailadres"),
    "role": ("Rol", "Rol in partnerschap"),
    "notes": ("Opmerkingen", "Opmerking", "Notities", "Notitie"),
}
_KEYS = {header_key(text): name for name, texts in COLUMN_SYNONYMS.items() for text in texts}
_LIMITS = {
    "sector": 120,
    "street": 200,
    "website": 200,
    "phone": 40,
    "email": 200,
    "role": 200,
    "postcode": 10,
}

EXPORT_COLUMNS = (
    XlsxColumn("Naam", width=36),
    XlsxColumn("Soort", width=26),
    XlsxColumn("Ondernemingsnummer", width=16),
    XlsxColumn("Gemeente", width=18),
    XlsxColumn("Postcode", width=9),
    XlsxColumn("Adres", width=28),
    XlsxColumn("Sector", width=22),
    XlsxColumn("Website", width=24),
    XlsxColumn("Telefoon", width=16),
    XlsxColumn("E-mail", width=26),
    XlsxColumn("Rol", width=28),
    XlsxColumn("Opmerkingen", width=30),
    XlsxColumn("Actief", width=7),
    XlsxColumn("Inclusief sinds", "date", 14),
    XlsxColumn("Inclusief als", width=16),
    XlsxColumn("Contactpersonen", "int", 10),
)
CONTACT_COLUMNS = (
    XlsxColumn("Organisatie", width=36),
    XlsxColumn("Voornaam", width=16),
    XlsxColumn("Familienaam", width=20),
    XlsxColumn("Functie", width=24),
    XlsxColumn("E-mail", width=28),
    XlsxColumn("Telefoon", width=16),
    XlsxColumn("Actief", width=7),
)


class PartnerListError(ValueError):
    """The file as a whole cannot be used; the message is one Dutch sentence."""


@dataclass
class PartnerImportResult:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (row number, Dutch reason)
    sheet: str = ""
    header_row: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": len(self.rejected),
            "rejected_rows": [{"row": row, "reason": reason} for row, reason in self.rejected],
        }


def _find_header(rows: list[tuple[int, list[object]]]) -> tuple[int, dict[str, int]]:
    best: tuple[int, dict[str, int]] = (-1, {})
    for position, (_number, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        columns: dict[str, int] = {}
        for index, cell in enumerate(cells):
            name = _KEYS.get(header_key(cell)) if isinstance(cell, str) else None
            if name and name not in columns:
                columns[name] = index
        if "name" in columns and len(columns) > len(best[1]):
            best = (position, columns)
    return best


def import_partners(session: Session, path: Path) -> PartnerImportResult:
    """Read the list and write its partners into `session`; raises PartnerListError for an
    unusable file. Not committing the session is a dry run."""
    try:
        sheet = read_sheet(Path(path), max_rows=MAX_ROWS)
    except SpreadsheetError as error:
        raise PartnerListError(str(error)) from None
    position, columns = _find_header(sheet.rows)
    if position < 0:
        raise PartnerListError(
            "Geen kopregel met een kolom ‘Naam’ (of ‘Organisatie’, ‘Bedrijf’) gevonden in de "
            "eerste "
            f"{HEADER_SCAN_ROWS} rijen van blad ‘{sheet.name}’."
        )
    result = PartnerImportResult(sheet=sheet.name, header_row=sheet.rows[position][0])

    _import_rows(session, sheet, position, columns, result)
    return result


def _import_rows(
    session: Session,
    sheet: SheetData,
    position: int,
    columns: dict[str, int],
    result: PartnerImportResult,
) -> None:
    types: dict[str, str] = {}
    # A list may name the type by code, Dutch label or English label.
    for code, label, label_en in session.execute(
        select(PartnerType.code, PartnerType.label, PartnerType.label_en)
    ):
        types[header_key(code)] = code
        types[header_key(label)] = code
        if label_en:
            types[header_key(label_en)] = code
    places: dict[str, str] = {}
    postcodes: dict[str, str] = {}
    for nis, name, codes, until in session.execute(
        select(
            Municipality.nis_code,
            Municipality.name,
            Municipality.postcodes,
            Municipality.valid_until,
        ).order_by(Municipality.valid_until.is_(None))
    ):
        # Current municipalities are read last, so they win over merged ones of the same name.
        places[header_key(name)] = nis
        places[nis] = nis
        for code in (codes or "").split(";"):
            if code and (until is None or code not in postcodes):
                postcodes[code] = nis
    partners = {p.id: p for p in session.scalars(select(Partner))}
    by_kbo = {p.kbo_number: p.id for p in partners.values() if p.kbo_number}
    by_name = {(comparable_name(p.name), p.municipality_nis): p.id for p in partners.values()}

    for number, cells in sheet.rows[position + 1 :]:

        def get(key: str, cells: list[object] = cells) -> str:
            index = columns.get(key)
            return cell_text(cells[index]) if index is not None and index < len(cells) else ""

        values = {key: get(key) for key in COLUMN_SYNONYMS}
        if not any(values.values()):
            continue
        result.rows += 1
        reason = _row_problem(values)
        if reason:
            result.rejected.append((number, reason))
            continue
        type_code = "andere"
        if values["type"]:
            type_code = types.get(header_key(values["type"]), "")
            if not type_code:
                result.rejected.append((number, f"Onbekende soort organisatie ‘{values['type']}’."))
                continue
        place_nis = None
        if values["municipality"]:
            place_nis = places.get(header_key(values["municipality"])) or places.get(
                values["municipality"]
            )
            if place_nis is None:
                result.rejected.append((number, f"Onbekende gemeente ‘{values['municipality']}’."))
                continue
        elif values["postcode"]:
            place_nis = postcodes.get(values["postcode"])
        kbo = normalize_kbo(values["kbo"]) if values["kbo"] else None
        key = (comparable_name(values["name"]), place_nis)
        match = by_kbo.get(kbo) if kbo else None
        if match is None:
            match = by_name.get(key)
            if (
                match is not None
                and kbo
                and partners[match].kbo_number
                and partners[match].kbo_number != kbo
            ):
                result.rejected.append(
                    (
                        number,
                        (
                            f"‘{values['name']}’ bestaat al in deze gemeente met een ander "
                            "ondernemingsnummer "
                            f"({format_kbo(partners[match].kbo_number)})."
                        ),
                    )
                )
                continue
        if match is None:
            partner = Partner(
                id=uuid.uuid4(),
                name=values["name"],
                partner_type_code=type_code,
                kbo_number=kbo,
                municipality_nis=place_nis,
                notes=values["notes"],
            )
            for name in _LIMITS:
                setattr(partner, name, values[name])
            session.add(partner)
            partners[partner.id] = partner
            if kbo:
                by_kbo[kbo] = partner.id
            by_name[key] = partner.id
            result.created += 1
            continue
        partner = partners[match]
        changed = False
        fill = dict(values, kbo=kbo or "", municipality=place_nis or "")
        for attr, source in (
            ("kbo_number", "kbo"),
            ("municipality_nis", "municipality"),
            *((name, name) for name in (*_LIMITS, "notes")),
        ):
            if fill[source] and not getattr(partner, attr):
                setattr(partner, attr, fill[source])
                changed = True
        if values["type"] and partner.partner_type_code == "andere" and type_code != "andere":
            partner.partner_type_code, changed = type_code, True
        if changed:
            result.updated += 1
            if partner.kbo_number:
                by_kbo[partner.kbo_number] = partner.id
        else:
            result.unchanged += 1
    audit.record(
        session,
        "partner.import",
        "partner",
        "",
        f"rows={result.rows} created={result.created} updated={result.updated} "
        f"rejected={len(result.rejected)}",
    )


def _row_problem(values: dict[str, str]) -> str | None:
    if not values["name"]:
        return "Geen naam."
    if len(values["name"]) > 200:
        return "De naam is langer dan 200 tekens."
    problem = kbo_problem(values["kbo"]) if values["kbo"] else None
    if problem:
        return f"{problem} (‘{values['kbo']}’)"
    if values["email"] and not EMAIL.match(values["email"]):
        return f"Ongeldig e-mailadres ‘{values['email']}’."
    for name, limit in _LIMITS.items():
        if len(values[name]) > limit:
            return f"Kolom {name} is langer dan {limit} tekens."
    return None


def export_partners(
    session: Session, path: Path, partner_ids: list[uuid.UUID] | None = None
) -> int:
    """Write partners (all, or those in `partner_ids`) and their contacts to .xlsx and audit it;
    returns partners written. Call it inside `disclosure()` (see the module's docstring)."""
    stmt = (
        select(Partner, PartnerType.label, Municipality.name)
        .join(PartnerType, PartnerType.code == Partner.partner_type_code)
        .outerjoin(Municipality, Municipality.nis_code == Partner.municipality_nis)
        .order_by(Partner.name)
    )
    if partner_ids is not None:
        stmt = stmt.where(Partner.id.in_(list(partner_ids)))
    found = session.execute(stmt).all()
    ids = [p.id for p, _t, _m in found]
    contacts: dict[uuid.UUID, list[ContactPerson]] = {}
    for contact in session.scalars(
        select(ContactPerson)
        .where(ContactPerson.partner_id.in_(ids))
        .order_by(ContactPerson.last_name, ContactPerson.first_name)
    ):
        contacts.setdefault(contact.partner_id, []).append(contact)
    inclusive_as = {
        "werkgever": "werkgever",
        "opdrachtgever": "opdrachtgever",
        "beide": "werkgever en opdrachtgever",
    }
    rows = [
        (
            p.name,
            type_label,
            format_kbo(p.kbo_number),
            place or "",
            p.postcode,
            p.street,
            p.sector,
            p.website,
            p.phone,
            p.email,
            p.role,
            p.notes,
            "ja" if p.active else "nee",
            p.inclusive_since,
            inclusive_as.get(p.inclusive_as or "", ""),
            len(contacts.get(p.id, [])),
        )
        for p, type_label, place in found
    ]
    names = {p.id: p.name for p, _t, _m in found}
    contact_rows = [
        (
            names[pid],
            c.first_name,
            c.last_name,
            c.function,
            c.email,
            c.phone,
            "ja" if c.active else "nee",
        )
        for pid in ids
        for c in contacts.get(pid, [])
    ]
    write_workbook(
        Path(path),
        [
            XlsxSheet(
                "Partners",
                EXPORT_COLUMNS,
                rows,
                title="Partners",
                subtitle=f"{len(rows)} organisaties",
            ),
            XlsxSheet(
                "Contactpersonen",
                CONTACT_COLUMNS,
                contact_rows,
                title="Contactpersonen",
                subtitle=f"{len(contact_rows)} contactpersonen",
            ),
        ],
    )
    audit.record(session, "export.xlsx", "partner", "", f"partners={len(rows)}")
    return len(rows)
