"""The dossierfiche as a PDF, from plain data: one dossier, or several (a selection, the
dossiers on a meeting's agenda), each starting on a new page.

Sections (any subset, in this order): identiteit, status (with history), kansengroepen,
partner (responsible partner and counsellor), toestemming, tijdlijn (newest first, long
notes continue over rows and pages, never cut), actiepunten (open ones), werk (exits to
work and follow-up). Page numbers, print date and the confidentiality footer come from the
house style (documents/pdf.py).

What goes in — the full version, or a partner's version without the fields and entries
that partner may not see — is decided by the gatherer, services/reports/dossier_fiche.py;
this module only lays it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kempen_desktop.documents.sender import NOBODY, Sender

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

SECTIONS: tuple[str, ...] = (
    "identiteit",
    "status",
    "kansengroepen",
    "partner",
    "toestemming",
    "tijdlijn",
    "actiepunten",
    "werk",
)
SECTION_LABELS = {
    "identiteit": "Identiteit",
    "status": "Status en statusgeschiedenis",
    "kansengroepen": "Kansengroepen",
    "partner": "Verantwoordelijke partner",
    "toestemming": "Toestemming",
    "tijdlijn": "Tijdlijn",
    "actiepunten": "Open actiepunten",
    "werk": "Uitstroom naar werk",
}


class SummaryError(ValueError):
    """A Dutch message: unknown dossier or partner."""


@dataclass(frozen=True)
class SummaryOptions:
    """What the user asks for (the screen and `kempen report dossier`); plain, so the UI can
    build it without importing the service."""

    sections: Sequence[str] = SECTIONS
    partner: str | None = None  # name or id: "voor partner X"
    title: str = ""  # document title; default from the content


@dataclass(frozen=True)
class SummaryResult:
    path: Path
    pages: int
    dossiers: int
    skipped: int = 0  # left out: no valid consent for the partner


@dataclass(frozen=True)
class FicheIdentity:
    """The identity block; an empty field is not printed (the partner version leaves out
    what the partner may not receive by leaving it empty)."""

    name: str
    insz: str = ""  # formatted
    vdab_number: str = ""
    birth_date: date | None = None
    age: int | None = None  # printed after the birth date when known
    sex: str = ""  # label
    address_label: str = "Adres"  # "Gemeente" when only the municipality is shared
    address: str = ""
    phone: str = ""
    email: str = ""
    language: str = ""
    situation: str = ""


@dataclass(frozen=True)
class FicheStatusChange:
    effective_on: date
    from_label: str  # empty: the first status
    to_label: str
    remark: str  # closing reason and/or note


@dataclass(frozen=True)
class FicheStatus:
    current_label: str
    since: date | None
    opened_on: date | None
    closed_on: date | None = None
    closing_reason: str = ""
    follow_up_on: date | None = None
    follow_up_overdue: bool = False
    history: Sequence[FicheStatusChange] = ()  # newest first


@dataclass(frozen=True)
class FichePartner:
    partner: str = ""
    partner_contact: str = ""
    counsellor: str = ""
    counsellor_contact: str = ""


@dataclass(frozen=True)
class FicheConsent:
    partner: str
    purpose: str
    given_on: date
    method: str
    state: str  # "geldig tot …", "ingetrokken op …" (domain.consent.consent_state)


@dataclass(frozen=True)
class FicheTimelineEntry:
    occurred_at: datetime
    kind_label: str
    title: str
    body: str
    who: str


@dataclass(frozen=True)
class FicheAction:
    description: str
    meeting_title: str
    owner: str
    deadline: date | None
    overdue: bool


@dataclass(frozen=True)
class FicheWorkExit:
    started_on: date
    employer: str
    sector: str
    contract: str
    hours_per_week: float | None
    followup_6m_on: date | None
    still_working_6m: bool | None
    followup_12m_on: date | None
    still_working_12m: bool | None


@dataclass(frozen=True)
class Fiche:
    """One dossier; a section's data is printed only when the section is in `sections`."""

    num: int
    name: str
    status_label: str
    status_since: date | None
    opened_on: date | None
    sections: Sequence[str]
    identity: FicheIdentity
    status: FicheStatus
    target_groups: Sequence[str] = ()  # labels, in the code list's order
    partner: FichePartner = FichePartner()
    consents: Sequence[FicheConsent] = ()
    timeline: Sequence[FicheTimelineEntry] = ()  # newest first
    actions: Sequence[FicheAction] = ()
    work_exits: Sequence[FicheWorkExit] = ()


@dataclass(frozen=True)
class FicheDocument:
    fiches: Sequence[Fiche]
    partner_name: str = ""  # empty for the full version
    title: str = ""  # empty: from the content
    meeting_title: str = ""  # the batch of a meeting's agenda


def fmt(day: date | datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, datetime):
        return day.strftime("%d-%m-%Y %H:%M")
    return day.strftime("%d-%m-%Y")


def document_title(content: FicheDocument) -> str:
    if content.title:
        return content.title
    if content.meeting_title:
        return f"Dossierfiches — {content.meeting_title}"
    if len(content.fiches) == 1:
        return f"Dossierfiche {content.fiches[0].num}"
    return f"Dossierfiches ({len(content.fiches)})"


def write_fiches_pdf(path: Path, content: FicheDocument, sender: Sender = NOBODY) -> int:
    """Write the fiches to `path` (atomically), each on a new page; returns the page count.
    `sender`: the letterhead on every page."""
    from reportlab.platypus import PageBreak

    from kempen_desktop.documents import pdf

    footer = pdf.CONFIDENTIAL
    if content.partner_name:
        footer = (
            f"Vertrouwelijk — enkel voor {content.partner_name}, op basis van de toestemming "
            "van de cliënt."
        )
    story: list[Flowable] = []
    for index, fiche in enumerate(content.fiches):
        if index:
            story.append(PageBreak())
        story += _fiche(fiche, content.partner_name)
    info = pdf.DocumentInfo(title=document_title(content), subtitle="", footer=footer)
    return pdf.build_pdf(Path(path), info.signed(sender), story, with_title=False)


def _fiche(fiche: Fiche, partner_name: str) -> list[Flowable]:
    from kempen_desktop.documents import pdf

    line = (
        f"{fiche.status_label} sinds {fmt(fiche.status_since)} · geopend op {fmt(fiche.opened_on)}"
    )
    if partner_name:
        line += f" · versie voor {partner_name}"
    story: list[Flowable] = [
        pdf.paragraph(f"Dossier {fiche.num} — {fiche.name}", "title"),
        pdf.paragraph(line, "subtitle"),
        pdf.spacer(3),
    ]
    sections = {
        "identiteit": _identity,
        "status": _status,
        "kansengroepen": _target_groups,
        "partner": _partner,
        "toestemming": _consents,
        "actiepunten": _actions,
        "werk": _work,
    }
    for section in SECTIONS:
        if section not in fiche.sections:
            continue
        if section == "tijdlijn":
            story += _timeline(fiche, bool(partner_name))
        else:
            story += sections[section](fiche)
    return story


def _identity(fiche: Fiche) -> list[Flowable]:
    from kempen_desktop.documents import pdf

    i = fiche.identity
    birth = fmt(i.birth_date) + (f" ({i.age} jaar)" if i.age is not None else "")
    pairs = [
        ("Naam", i.name),
        ("INSZ", i.insz),
        ("Klantnummer VDAB", i.vdab_number),
        ("Geboortedatum", birth),
        ("Geslacht", i.sex),
        (i.address_label, i.address),
        ("Telefoon", i.phone),
        ("E-mail", i.email),
        ("Taal", i.language),
        ("Situatie", i.situation),
    ]
    return [
        pdf.heading(SECTION_LABELS["identiteit"]),
        pdf.key_values([(k, v) for k, v in pairs if v]),
    ]


def _status(fiche: Fiche) -> list[Flowable]:
    from reportlab.lib.units import mm

    from kempen_desktop.documents import pdf

    s = fiche.status
    pairs = [
        ("Huidige status", f"{s.current_label} sinds {fmt(s.since)}"),
        ("Geopend op", fmt(s.opened_on)),
    ]
    if s.closed_on:
        reason = f" — {s.closing_reason}" if s.closing_reason else ""
        pairs.append(("Afgesloten op", fmt(s.closed_on) + reason))
    if s.follow_up_on:
        pairs.append(
            (
                "Volgende opvolging",
                fmt(s.follow_up_on) + (" (verlopen)" if s.follow_up_overdue else ""),
            )
        )
    rows = [[fmt(h.effective_on), h.from_label or "—", h.to_label, h.remark] for h in s.history]
    return [
        pdf.heading(SECTION_LABELS["status"]),
        pdf.key_values(pairs),
        pdf.spacer(2),
        pdf.data_table(
            ["Vanaf", "Van", "Naar", "Reden / opmerking"],
            rows,
            [22 * mm, 32 * mm, 32 * mm, 88 * mm],
            empty="Geen statuswijzigingen.",
        ),
    ]


def _target_groups(fiche: Fiche) -> list[Flowable]:
    from kempen_desktop.documents import pdf

    text = (
        " · ".join(fiche.target_groups)
        if fiche.target_groups
        else "Geen kansengroepen geregistreerd."
    )
    return [pdf.heading(SECTION_LABELS["kansengroepen"]), pdf.paragraph(text)]


def _partner(fiche: Fiche) -> list[Flowable]:
    from kempen_desktop.documents import pdf

    p = fiche.partner
    pairs = [
        (k, v)
        for k, v in (
            ("Partner", p.partner),
            ("Contact partner", p.partner_contact),
            ("Begeleider", p.counsellor),
            ("Bereikbaar via", p.counsellor_contact),
        )
        if v
    ]
    body = (
        pdf.key_values(pairs)
        if pairs
        else pdf.paragraph("Nog geen verantwoordelijke partner.", "small")
    )
    return [pdf.heading(SECTION_LABELS["partner"]), body]


def _consents(fiche: Fiche) -> list[Flowable]:
    from reportlab.lib.units import mm

    from kempen_desktop.documents import pdf

    rows = [
        [c.partner or "—", c.purpose, f"{fmt(c.given_on)} ({c.method})", c.state]
        for c in fiche.consents
    ]
    return [
        pdf.heading(SECTION_LABELS["toestemming"]),
        pdf.data_table(
            ["Partner", "Doel", "Gegeven op", "Stand"],
            rows,
            [42 * mm, 58 * mm, 36 * mm, 38 * mm],
            empty="Geen toestemming geregistreerd.",
        ),
    ]


def _timeline(fiche: Fiche, for_partner: bool) -> list[Flowable]:
    from reportlab.lib.units import mm

    from kempen_desktop.documents import pdf

    rows = []
    for e in fiche.timeline:
        text = e.title if not e.body else (f"{e.title}\n{e.body}" if e.title else e.body)
        rows.append([fmt(e.occurred_at), e.kind_label, text, e.who])
    title = SECTION_LABELS["tijdlijn"] + (" (zonder interne notities)" if for_partner else "")
    return [
        pdf.heading(title),
        pdf.data_table(
            ["Wanneer", "Soort", "Inhoud", "Door"],
            rows,
            [27 * mm, 22 * mm, 97 * mm, 28 * mm],
            empty="Nog niets op de tijdlijn.",
        ),
    ]


def _actions(fiche: Fiche) -> list[Flowable]:
    from reportlab.lib.units import mm

    from kempen_desktop.documents import pdf

    rows = [
        [
            a.description + (f"\n(overleg: {a.meeting_title})" if a.meeting_title else ""),
            a.owner,
            fmt(a.deadline) + (" — verlopen" if a.overdue else ""),
        ]
        for a in fiche.actions
    ]
    return [
        pdf.heading(SECTION_LABELS["actiepunten"]),
        pdf.data_table(
            ["Actiepunt", "Wie", "Deadline"],
            rows,
            [100 * mm, 44 * mm, 30 * mm],
            empty="Geen open actiepunten.",
        ),
    ]


def _followed(on: date | None, still: bool | None) -> str:
    if still is None:
        return "nog niet opgevolgd"
    return ("nog aan het werk" if still else "niet meer aan het werk") + (
        f" ({fmt(on)})" if on else ""
    )


def _work(fiche: Fiche) -> list[Flowable]:
    from reportlab.lib.units import mm

    from kempen_desktop.documents import pdf

    rows = []
    for w in fiche.work_exits:
        hours = f", {w.hours_per_week:g} u/week" if w.hours_per_week else ""
        rows.append(
            [
                fmt(w.started_on),
                " — ".join(filter(None, (w.employer, w.sector))),
                w.contract + hours,
                _followed(w.followup_6m_on, w.still_working_6m),
                _followed(w.followup_12m_on, w.still_working_12m),
            ]
        )
    return [
        pdf.heading(SECTION_LABELS["werk"]),
        pdf.data_table(
            ["Start", "Werkgever", "Contract", "Na 6 maanden", "Na 12 maanden"],
            rows,
            [22 * mm, 46 * mm, 36 * mm, 35 * mm, 35 * mm],
            empty="Geen uitstroom naar werk.",
        ),
    ]
