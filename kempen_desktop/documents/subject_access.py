"""The inzage (GDPR art. 15) as a PDF and an .xlsx workbook, from plain data (pure writers).

Values stay typed (dates and date-times as such): the PDF writes them the Dutch way, the
workbook as real date cells. The person's name is on the page, never in the file's
metadata (title, subject, author). Both documents carry the information art. 15 requires
next to the data: purposes, recipients, retention periods, the source of the data, the
rights to rectification, erasure, restriction and objection, and the right to complain to
the Gegevensbeschermingsautoriteit. Sheet names are short by design (a name per part and a
table of contents sheet with the full titles), never a title cut at 31 characters.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kempen_desktop.documents.sender import NOBODY, Sender
from kempen_desktop.documents.xlsx import Kind, XlsxColumn, XlsxSheet, write_workbook

TITLE = "Inzage in persoonsgegevens"
MAX_SHEET_NAME = 31
SHORT_NAMES = {  # full title -> sheet name
    "Ingelezen uit lijsten van partners": "Ingelezen lijsten",
    "Wie deed wat met deze gegevens (auditlog)": "Auditlog",
    "Besproken op overleg": "Overleg",
}
GBA = (
    "U kunt een klacht indienen bij de Gegevensbeschermingsautoriteit (GBA), Drukpersstraat 35, "
    "1000 Brussel, contact@apd-gba.be, www.gegevensbeschermingsautoriteit.be."
)


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list[Any]]
    widths: list[float]  # relative widths for the PDF


@dataclass
class DossierPart:
    title: str
    facts: list[tuple[str, Any]]
    tables: list[Table] = field(default_factory=list)


@dataclass
class SubjectAccess:
    person_id: uuid.UUID
    identity: list[tuple[str, Any]]
    dossiers: list[DossierPart]
    general: list[Table]
    made_at: datetime
    retention: list[tuple[str, str]] = field(default_factory=list)  # record kind, period
    recipients: list[str] = field(default_factory=list)  # partners that received data

    @property
    def display_name(self) -> str:
        values = dict(self.identity)
        return f"{values.get('Voornaam', '')} {values.get('Naam', '')}".strip()


def text(value: Any) -> str:
    """A value as the PDF prints it: 31-12-2025, 31-12-2025 14:05, or str()."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%d-%m-%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d-%m-%Y}"
    return str(value)


def rights(data: SubjectAccess) -> list[tuple[str, str]]:
    """The information art. 15 AVG requires next to the data, as (heading, text)."""
    recipients = (
        "Partners die voor dit traject gegevens ontvingen: " + ", ".join(data.recipients) + "."
        if data.recipients
        else "Voor zover geregistreerd ontving geen partner gegevens uit deze dossiers."
    )
    retention = (
        "; ".join(f"{kind}: {period}" for kind, period in data.retention)
        or "zolang het traject loopt"
    )
    return [
        (
            "Doeleinden",
            (
                "De lokale regisseur sociale economie en werk gebruikt deze gegevens om uw traject "
                "naar werk op te volgen en af te stemmen met de partners (cliëntoverleg), en — "
                "zonder namen — voor de beleidsrapportering aan de gemeenten en de Vlaamse "
                "overheid (Werk en Sociale Economie). Rechtsgrond: de taak van algemeen belang "
                "van de gemeente (lokale regie sociale economie) en, voor het delen met partners, "
                "uw toestemming."
            ),
        ),
        (
            "Ontvangers",
            (
                "VDAB en de partners in het cliëntoverleg, alleen met uw toestemming of als "
                f"verantwoordelijke partner van uw traject. {recipients} Gegevens worden niet "
                "doorgegeven buiten de Europese Unie."
            ),
        ),
        ("Bewaartermijn", f"{retention}. Daarna worden de gegevens geanonimiseerd of gewist."),
        (
            "Herkomst",
            (
                "Wat u zelf meedeelde, en lijsten van VDAB en partners (zie 'Ingelezen uit lijsten "
                "van partners')."
            ),
        ),
        (
            "Uw rechten",
            (
                "U hebt het recht op verbetering van onjuiste gegevens (rectificatie), op wissing, "
                "op beperking van de verwerking en om bezwaar te maken; u kunt een gegeven "
                "toestemming altijd intrekken. Vraag het aan de lokale regisseur."
            ),
        ),
        ("Klacht", GBA),
    ]


# -- PDF ---------------------------------------------------------------------------------


def write_pdf(data: SubjectAccess, path: Path, sender: Sender = NOBODY) -> int:
    """`sender`: the letterhead of the organisation that answers the request, on every page."""
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
            data_table(t.header, [[text(v) for v in row] for row in t.rows], widths),
            spacer(3),
        ]

    def pairs(facts: Sequence[tuple[str, Any]]) -> list[tuple[str, str]]:
        return [(key, text(value)) for key, value in facts]

    story: list[Any] = [
        paragraph(
            f"Overzicht van alle gegevens die Kempen Desktop bewaart over {data.display_name}, "
            f"opgemaakt op {data.made_at:%d-%m-%Y %H:%M} op vraag van de betrokkene "
            "(inzagerecht, art. 15 AVG)."
        ),
        spacer(3),
        heading("Persoonsgegevens", 1),
        key_values(pairs(data.identity)),
        spacer(4),
    ]
    for part in data.dossiers:
        story += [heading(part.title, 1), key_values(pairs(part.facts)), spacer(3)]
        for t in part.tables:
            story += table(t)
    story.append(heading("Algemeen", 1))
    for t in data.general:
        story += table(t)
    story.append(heading("Waarvoor, voor wie, hoe lang — en uw rechten", 1))
    for title, body in rights(data):
        story += [heading(title, 2), paragraph(body), spacer(2)]
    # No name in the metadata: title, subject and author are the same for everyone.
    info = DocumentInfo(TITLE, "").signed(sender)
    return build_pdf(path, info, story)


# -- workbook ----------------------------------------------------------------------------


def _kind(values: list[Any]) -> Kind:
    """A column of only dates (and blanks) is a date column; with a time, date-time."""
    filled = [v for v in values if v not in (None, "")]
    if filled and all(isinstance(v, date) for v in filled):
        return "datetime" if any(isinstance(v, datetime) for v in filled) else "date"
    return "text"


def _cell(value: Any) -> Any:
    return value if isinstance(value, date) else text(value)


def sheet_name(title: str, used: set[str]) -> str:
    """A short name by design: the known short name, the title when it fits, else 'Deel N'."""
    name = SHORT_NAMES.get(title, title)
    if len(name) > MAX_SHEET_NAME or name.casefold() in used:
        number = 1
        while f"deel {number}" in used:
            number += 1
        name = f"Deel {number}"
    used.add(name.casefold())
    return name


def write_xlsx(data: SubjectAccess, path: Path) -> None:
    used = {"inhoud", "persoon", "dossiers", "uw rechten"}
    parts: list[tuple[str, str, list[str], list[list[Any]]]] = []  # sheet, title, header, rows
    combined: dict[str, tuple[list[str], list[list[Any]]]] = {}
    for part in data.dossiers:
        for t in part.tables:
            header, rows = combined.setdefault(t.title, (["Dossier", *t.header], []))
            rows.extend([[part.title, *row] for row in t.rows])
    for t in data.general:
        combined[t.title] = (t.header, t.rows)
    for title, (header, rows) in combined.items():
        parts.append((sheet_name(title, used), title, header, rows))
    info = rights(data)
    dossier_rows = [[p.title, key, _cell(value)] for p in data.dossiers for key, value in p.facts]
    contents = [
        ["Persoon", "Persoonsgegevens", len(data.identity)],
        ["Dossiers", "Dossiers: de gegevens per dossier", len(dossier_rows)],
        *[[name, title, len(rows)] for name, title, _h, rows in parts],
        ["Uw rechten", "Waarvoor, voor wie, hoe lang — en uw rechten (art. 15 AVG)", len(info)],
    ]
    sheets = [
        XlsxSheet(
            "Inhoud",
            [
                XlsxColumn("Werkblad", "text", 20),
                XlsxColumn("Inhoud", "text", 60),
                XlsxColumn("Rijen", "int", 8),
            ],
            contents,
            TITLE,
            f"Opgemaakt op {data.made_at:%d-%m-%Y %H:%M} (inzagerecht, art. 15 AVG)",
        ),
        XlsxSheet(
            "Persoon",
            [XlsxColumn("Gegeven", "text", 24), XlsxColumn("Waarde", "datetime", 50)],
            [[key, _cell(value)] for key, value in data.identity],
            "Persoonsgegevens",
        ),
        XlsxSheet(
            "Dossiers",
            [
                XlsxColumn("Dossier", "text", 14),
                XlsxColumn("Gegeven", "text", 26),
                XlsxColumn("Waarde", "datetime", 60),
            ],
            dossier_rows,
            "Dossiers",
        ),
    ]
    for name, title, header, rows in parts:
        kinds = [
            _kind([row[i] if i < len(row) else None for row in rows]) for i in range(len(header))
        ]
        sheets.append(
            XlsxSheet(
                name,
                [XlsxColumn(h, kind, 18) for h, kind in zip(header, kinds, strict=True)],
                [[_cell(v) for v in row] for row in rows],
                title,
            )
        )
    sheets.append(
        XlsxSheet(
            "Uw rechten",
            [XlsxColumn("Onderwerp", "text", 18), XlsxColumn("Uitleg", "text", 100)],
            [list(pair) for pair in info],
            "Waarvoor, voor wie, hoe lang — en uw rechten (art. 15 AVG)",
        )
    )
    write_workbook(path, sheets)
