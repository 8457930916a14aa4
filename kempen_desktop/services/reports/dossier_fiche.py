"""The dossierfiche: a PDF of one dossier, or of every dossier on a meeting's agenda.

Sections (any subset, in this order): identiteit, status (with history), kansengroepen,
partner (responsible partner and counsellor), toestemming, tijdlijn (newest first, long
notes wrapped, never cut), actiepunten (open ones), werk (exits to work and follow-up).
Each dossier starts on a new page; page numbers, print date and the confidentiality
footer come from the house style (documents/pdf.py).

*Voor partner X*: dossiers without a consent for X valid today are left out (and counted),
the INSZ is never printed, the identity block holds only the fields X may receive
(Partner.shared_fields, see services/exports.py), the situation summary and the timeline's notes (kind 'note':
the regisseur's own, confidential) are left out, consents of other partners are not
shown, and every page says for whom the fiche was made.

Printing a fiche is recorded in the audit trail ("print.dossier", dossier id).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from kempen_desktop.db.models import (
    ActionPoint,
    AgendaItem,
    ClosingReason,
    Consent,
    ContactPerson,
    ContractType,
    Dossier,
    DossierStatus,
    Meeting,
    Municipality,
    Partner,
    TargetGroup,
    TimelineEntry,
    dossier_target_group,
)
from kempen_desktop.domain.insz import format_insz
from kempen_desktop.domain.target_groups import age_based_groups, age_on
from kempen_desktop.services.common import audit
from kempen_desktop.services.common.database import Database

SECTIONS: tuple[str, ...] = ("identiteit", "status", "kansengroepen", "partner", "toestemming", "tijdlijn",
                             "actiepunten", "werk")
SECTION_LABELS = {"identiteit": "Identiteit", "status": "Status en statusgeschiedenis",
                  "kansengroepen": "Kansengroepen", "partner": "Verantwoordelijke partner",
                  "toestemming": "Toestemming", "tijdlijn": "Tijdlijn", "actiepunten": "Open actiepunten",
                  "werk": "Uitstroom naar werk"}
KIND_LABELS = {"note": "Notitie", "contact": "Contact", "referral": "Doorverwijzing", "decision": "Beslissing",
               "import": "Import", "status": "Status"}
SEX_LABELS = {"M": "man", "F": "vrouw", "X": "X"}
CONFIDENTIAL_KINDS = frozenset({"note"})
OPEN_ACTIONS = ("open", "bezig")


class SummaryError(ValueError):
    """A Dutch message: unknown dossier or partner."""


@dataclass(frozen=True)
class SummaryOptions:
    sections: Sequence[str] = SECTIONS
    partner: str | None = None  # name or id: "voor partner X"
    title: str = ""  # document title; default from the content


@dataclass(frozen=True)
class SummaryResult:
    path: Path
    pages: int
    dossiers: int
    skipped: int = 0  # left out: no valid consent for the partner


@dataclass
class _Fiche:
    id: uuid.UUID
    num: int
    name: str
    story: list[Any] = field(default_factory=list)


def resolve_dossier(database: Database, text: str) -> uuid.UUID:
    """A dossier number or UUID -> the dossier id; SummaryError when unknown."""
    value = text.strip()
    with database.session() as session:
        found: uuid.UUID | None = None
        if value.isdigit():
            found = session.scalar(select(Dossier.id).where(Dossier.num == int(value)))
        else:
            try:
                found = session.scalar(select(Dossier.id).where(Dossier.id == uuid.UUID(value)))
            except ValueError:
                found = None
    if found is None:
        raise SummaryError(f"Geen dossier gevonden met nummer of id '{value}'.")
    return found


def resolve_meeting(database: Database, text: str) -> tuple[uuid.UUID, str]:
    """A meeting UUID -> (id, 'title dd-mm-jjjj'); SummaryError when unknown."""
    try:
        wanted = uuid.UUID(text.strip())
    except ValueError:
        raise SummaryError(f"'{text.strip()}' is geen geldig id van een overlegmoment.") from None
    with database.session() as session:
        meeting = session.get(Meeting, wanted)
        if meeting is None:
            raise SummaryError("Geen overlegmoment gevonden met dit id.")
        return meeting.id, f"{meeting.title} {meeting.starts_at:%d-%m-%Y}"


def agenda_dossiers(database: Database, meeting_id: uuid.UUID) -> list[uuid.UUID]:
    """The dossiers on a meeting's agenda, in agenda order, each once."""
    with database.session() as session:
        ids = session.scalars(select(AgendaItem.dossier_id)
                              .where(AgendaItem.meeting_id == meeting_id, AgendaItem.dossier_id.is_not(None))
                              .order_by(AgendaItem.position)).all()
    return list(dict.fromkeys(i for i in ids if i is not None))


def _fmt(day: date | datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, datetime):
        return day.strftime("%d-%m-%Y %H:%M")
    return day.strftime("%d-%m-%Y")


def _consent_state(consent: Consent, day: date) -> str:
    if consent.withdrawn_on is not None and consent.withdrawn_on <= day:
        return f"ingetrokken op {_fmt(consent.withdrawn_on)}"
    if consent.given_on > day:
        return f"geldig vanaf {_fmt(consent.given_on)}"
    if consent.valid_until is not None and consent.valid_until < day:
        return f"verlopen op {_fmt(consent.valid_until)}"
    return "geldig" + (f" tot {_fmt(consent.valid_until)}" if consent.valid_until else "")


def consent_valid(consent: Consent, partner_id: uuid.UUID, day: date) -> bool:
    return (consent.partner_id == partner_id and consent.given_on <= day
            and (consent.valid_until is None or consent.valid_until >= day)
            and (consent.withdrawn_on is None or consent.withdrawn_on > day))


class _Builder:
    """Builds the flowables of one fiche; lookups are loaded once per document."""

    def __init__(self, session: Session, options: SummaryOptions, partner: Partner | None, today: date) -> None:
        self.session = session
        self.sections = [s for s in SECTIONS if s in set(options.sections)]
        self.partner = partner
        self.today = today
        self.statuses = dict(session.execute(select(DossierStatus.code, DossierStatus.label)).all())
        self.reasons = dict(session.execute(select(ClosingReason.code, ClosingReason.label)).all())
        self.groups = dict(session.execute(select(TargetGroup.code, TargetGroup.label)).all())
        self.group_order = {c: i for i, c in enumerate(session.scalars(
            select(TargetGroup.code).order_by(TargetGroup.sort_order)))}
        self.contracts = dict(session.execute(select(ContractType.code, ContractType.label)).all())
        self.partner_names = dict(session.execute(select(Partner.id, Partner.name)).all())
        from kempen_desktop.services.reports.exports import partner_fields

        self.partner_allowed = set(partner_fields(partner.shared_fields)) if partner is not None else set()

    def build(self, dossier: Dossier) -> _Fiche | None:
        from kempen_desktop.documents import pdf

        if self.partner is not None and not any(consent_valid(c, self.partner.id, self.today)
                                                for c in dossier.consents):
            return None
        person = dossier.person
        name = f"{person.last_name} {person.first_name}".strip()
        fiche = _Fiche(dossier.id, dossier.num, name)
        status = self.statuses.get(dossier.status_code, dossier.status_code)
        fiche.story.append(pdf.paragraph(f"Dossier {dossier.num} — {name}", "title"))
        line = f"{status} sinds {_fmt(dossier.status_since)} · geopend op {_fmt(dossier.opened_on)}"
        if self.partner is not None:
            line += f" · versie voor {self.partner.name}"
        fiche.story += [pdf.paragraph(line, "subtitle"), pdf.spacer(3)]
        for section in self.sections:
            if section == "kansengroepen" and self.partner is not None and "target_groups" not in self.partner_allowed:
                continue  # target groups (leefloon, arbeidsbeperking…) only where the partner may see them
            fiche.story += getattr(self, f"_{section}")(dossier)
        return fiche

    # --- sections --------------------------------------------------------------------
    def _identiteit(self, dossier: Dossier) -> list[Any]:
        from kempen_desktop.documents import pdf

        p = dossier.person
        place = self.session.get(Municipality, p.municipality_nis).name if p.municipality_nis else ""
        birth = _fmt(p.birth_date)
        if p.birth_date and p.birth_date <= self.today:
            birth += f" ({age_on(p.birth_date, self.today)} jaar)"
        pairs = [("Naam", f"{p.last_name} {p.first_name}".strip())]
        if self.partner is None and p.insz:
            pairs.append(("INSZ", format_insz(p.insz)))
        address = ", ".join(filter(None, (p.street, " ".join(filter(None, (p.postcode, place))))))
        pairs += [("Klantnummer VDAB", p.vdab_number or ""), ("Geboortedatum", birth),
                  ("Geslacht", SEX_LABELS.get(p.sex or "", "")), ("Adres", address),
                  ("Telefoon", p.phone), ("E-mail", p.email)]
        if self.partner is None:
            pairs.append(("Taal", p.language))
        if self.partner is not None:
            # Only the identity fields this partner may receive (Partner.shared_fields).
            allowed = self.partner_allowed
            if "street" not in allowed:
                pairs = [(k, place if k == "Adres" and "municipality" in allowed else v) for k, v in pairs]
                pairs = [("Gemeente" if k == "Adres" else k, v) for k, v in pairs]
            wanted = {"Naam": "last_name", "Klantnummer VDAB": "vdab_number", "Geboortedatum": "birth_date",
                      "Geslacht": "sex", "Adres": "street", "Gemeente": "municipality", "Telefoon": "phone",
                      "E-mail": "email"}
            pairs = [(k, v) for k, v in pairs if k not in wanted or wanted[k] in allowed or k == "Naam"]
        if self.partner is None and dossier.situation:
            pairs.append(("Situatie", dossier.situation))
        return [pdf.heading(SECTION_LABELS["identiteit"]), pdf.key_values([(k, v) for k, v in pairs if v])]

    def _status(self, dossier: Dossier) -> list[Any]:
        from reportlab.lib.units import mm

        from kempen_desktop.documents import pdf

        current = self.statuses.get(dossier.status_code, dossier.status_code)
        pairs = [("Huidige status", f"{current} sinds {_fmt(dossier.status_since)}"),
                 ("Geopend op", _fmt(dossier.opened_on))]
        if dossier.closed_on:
            reason = self.reasons.get(dossier.closing_reason_code or "", "")
            pairs.append(("Afgesloten op", _fmt(dossier.closed_on) + (f" — {reason}" if reason else "")))
        if dossier.follow_up_on:
            overdue = " (verlopen)" if dossier.follow_up_on < self.today and dossier.closed_on is None else ""
            pairs.append(("Volgende opvolging", _fmt(dossier.follow_up_on) + overdue))
        history = sorted(dossier.status_history, key=lambda s: (s.effective_on, s.changed_at), reverse=True)
        rows = [[_fmt(s.effective_on), self.statuses.get(s.from_code or "", "—") if s.from_code else "—",
                 self.statuses.get(s.to_code, s.to_code),
                 self.reasons.get(s.closing_reason_code or "", "")
                 + ("" if self.partner is not None or not s.note else (" — " if s.closing_reason_code else "")
                    + s.note)]
                for s in history]
        return [pdf.heading(SECTION_LABELS["status"]), pdf.key_values(pairs), pdf.spacer(2),
                pdf.data_table(["Vanaf", "Van", "Naar", "Reden / opmerking"], rows,
                               [22 * mm, 32 * mm, 32 * mm, 88 * mm], empty="Geen statuswijzigingen.")]

    def _kansengroepen(self, dossier: Dossier) -> list[Any]:
        from kempen_desktop.documents import pdf

        codes = set(self.session.scalars(select(dossier_target_group.c.target_group_code)
                                         .where(dossier_target_group.c.dossier_id == dossier.id)))
        codes = (codes - {"jongere", "55plus"}) | age_based_groups(dossier.person.birth_date, self.today)
        labels = [self.groups.get(c, c) for c in sorted(codes, key=lambda c: self.group_order.get(c, 99))]
        return [pdf.heading(SECTION_LABELS["kansengroepen"]),
                pdf.paragraph(" · ".join(labels) if labels else "Geen kansengroepen geregistreerd.")]

    def _partner(self, dossier: Dossier) -> list[Any]:
        from kempen_desktop.documents import pdf

        pairs: list[tuple[str, str]] = []
        if dossier.responsible_partner_id:
            partner = self.session.get(Partner, dossier.responsible_partner_id)
            if partner is not None:
                pairs.append(("Partner", partner.name))
                contact = ", ".join(filter(None, (partner.phone, partner.email)))
                if contact:
                    pairs.append(("Contact partner", contact))
        if dossier.counsellor_id:
            person = self.session.get(ContactPerson, dossier.counsellor_id)
            if person is not None:
                pairs.append(("Begeleider", " — ".join(filter(None, (person.full_name, person.function)))))
                reach = ", ".join(filter(None, (person.phone, person.email)))
                if reach:
                    pairs.append(("Bereikbaar via", reach))
        body = pdf.key_values(pairs) if pairs else pdf.paragraph("Nog geen verantwoordelijke partner.", "small")
        return [pdf.heading(SECTION_LABELS["partner"]), body]

    def _toestemming(self, dossier: Dossier) -> list[Any]:
        from reportlab.lib.units import mm

        from kempen_desktop.documents import pdf

        consents = sorted(dossier.consents, key=lambda c: c.given_on, reverse=True)
        if self.partner is not None:
            consents = [c for c in consents if c.partner_id == self.partner.id]
        rows = [[self.partner_names.get(c.partner_id, "—") if c.partner_id else "—", c.purpose,
                 f"{_fmt(c.given_on)} ({c.method})", _consent_state(c, self.today)] for c in consents]
        return [pdf.heading(SECTION_LABELS["toestemming"]),
                pdf.data_table(["Partner", "Doel", "Gegeven op", "Stand"], rows,
                               [42 * mm, 58 * mm, 36 * mm, 38 * mm], empty="Geen toestemming geregistreerd.")]

    def _tijdlijn(self, dossier: Dossier) -> list[Any]:
        from reportlab.lib.units import mm

        from kempen_desktop.documents import pdf

        entries = self.session.scalars(select(TimelineEntry).where(TimelineEntry.dossier_id == dossier.id)
                                       .order_by(TimelineEntry.occurred_at.desc())).all()
        if self.partner is not None:
            entries = [e for e in entries if e.kind not in CONFIDENTIAL_KINDS and e.kind != "import"]
        rows = []
        for e in entries:
            body = e.body
            if self.partner is not None and e.kind == "status":
                body = ""  # the status change's note, left out of the partner version as in the status table
            text = e.title if not body else (f"{e.title}\n{body}" if e.title else body)
            who = e.author or (self.partner_names.get(e.partner_id, "") if e.partner_id else "")
            rows.append([_fmt(e.occurred_at), KIND_LABELS.get(e.kind, e.kind), text, who])
        return [pdf.heading(SECTION_LABELS["tijdlijn"] + (" (zonder interne notities)" if self.partner else "")),
                pdf.data_table(["Wanneer", "Soort", "Inhoud", "Door"], rows,
                               [27 * mm, 22 * mm, 97 * mm, 28 * mm], empty="Nog niets op de tijdlijn.")]

    def _actiepunten(self, dossier: Dossier) -> list[Any]:
        from reportlab.lib.units import mm

        from kempen_desktop.documents import pdf

        contact = aliased(ContactPerson)
        rows = []
        for description, deadline, status, regisseur, p_name, c_first, c_last, m_title in self.session.execute(
            select(ActionPoint.description, ActionPoint.deadline, ActionPoint.status,
                   ActionPoint.owner_is_regisseur, Partner.name, contact.first_name, contact.last_name, Meeting.title)
            .outerjoin(Partner, Partner.id == ActionPoint.owner_partner_id)
            .outerjoin(contact, contact.id == ActionPoint.owner_contact_id)
            .outerjoin(Meeting, Meeting.id == ActionPoint.meeting_id)
            .where(ActionPoint.dossier_id == dossier.id, ActionPoint.status.in_(OPEN_ACTIONS))
            .order_by(ActionPoint.deadline.is_(None), ActionPoint.deadline)
        ):
            owner = "regisseur" if regisseur else " ".join(filter(None, (c_first, c_last)))
            if p_name:
                owner = f"{owner} ({p_name})" if owner else p_name
            late = " — verlopen" if deadline and deadline < self.today else ""
            rows.append([description + (f"\n(overleg: {m_title})" if m_title else ""), owner,
                         _fmt(deadline) + late])
        return [pdf.heading(SECTION_LABELS["actiepunten"]),
                pdf.data_table(["Actiepunt", "Wie", "Deadline"], rows, [100 * mm, 44 * mm, 30 * mm],
                               empty="Geen open actiepunten.")]

    def _werk(self, dossier: Dossier) -> list[Any]:
        from reportlab.lib.units import mm

        from kempen_desktop.documents import pdf

        def followed(on: date | None, still: bool | None) -> str:
            if still is None:
                return "nog niet opgevolgd"
            return ("nog aan het werk" if still else "niet meer aan het werk") + (f" ({_fmt(on)})" if on else "")

        rows = []
        for w in sorted(dossier.work_exits, key=lambda w: w.started_on, reverse=True):
            employer = w.employer_name or (self.partner_names.get(w.employer_partner_id, "")
                                           if w.employer_partner_id else "")
            contract = self.contracts.get(w.contract_type_code or "", "")
            hours = f", {w.hours_per_week:g} u/week" if w.hours_per_week else ""
            rows.append([_fmt(w.started_on), " — ".join(filter(None, (employer, w.sector))),
                         contract + hours, followed(w.followup_6m_on, w.still_working_6m),
                         followed(w.followup_12m_on, w.still_working_12m)])
        return [pdf.heading(SECTION_LABELS["werk"]),
                pdf.data_table(["Start", "Werkgever", "Contract", "Na 6 maanden", "Na 12 maanden"], rows,
                               [22 * mm, 46 * mm, 36 * mm, 35 * mm, 35 * mm], empty="Geen uitstroom naar werk.")]


def _find_partner(session: Session, text: str) -> Partner:
    from kempen_desktop.services.reports.exports import ExportError, find_partner

    try:
        return find_partner(session, text)
    except ExportError as error:
        raise SummaryError(str(error)) from None


def write_summaries(database: Database, dossier_ids: Sequence[uuid.UUID], path: Path,
                    options: SummaryOptions = SummaryOptions(), *, today: date | None = None,
                    progress: Callable[[int, int], None] | None = None, meeting_title: str = "") -> SummaryResult:
    """Write the fiches of the dossiers (in the given order) to one PDF; audited."""
    from reportlab.platypus import PageBreak

    from kempen_desktop.documents import pdf

    day = today or date.today()
    report = progress or (lambda _done, _total: None)
    fiches: list[_Fiche] = []
    skipped = 0
    from kempen_desktop.services.common.disclosure import disclosure

    with disclosure(database) as session:  # audit committed before the PDF appears
        partner = _find_partner(session, options.partner) if options.partner else None
        builder = _Builder(session, options, partner, day)
        for index, dossier_id in enumerate(dossier_ids):
            dossier = session.get(Dossier, dossier_id)
            if dossier is None:
                raise SummaryError("Dit dossier bestaat niet (meer).")
            fiche = builder.build(dossier)
            if fiche is None:
                skipped += 1
            else:
                fiches.append(fiche)
            report(index + 1, len(dossier_ids) + 1)
        if not fiches:
            return SummaryResult(Path(path), 0, 0, skipped)
        if options.title:
            title = options.title
        elif meeting_title:
            title = f"Dossierfiches — {meeting_title}"
        elif len(fiches) == 1:
            title = f"Dossierfiche {fiches[0].num}"
        else:
            title = f"Dossierfiches ({len(fiches)})"
        footer = pdf.CONFIDENTIAL
        if partner is not None:
            footer = f"Vertrouwelijk — enkel voor {partner.name}, op basis van de toestemming van de cliënt."
        story: list[Any] = []
        for index, fiche in enumerate(fiches):
            if index:
                story.append(PageBreak())
            story += fiche.story
        info = pdf.DocumentInfo(title=title, subtitle="", footer=footer)
        pages = pdf.build_pdf(Path(path), info, story, with_title=False)
        target = f"voor partner {partner.id}" if partner is not None else "volledig"
        for fiche in fiches:
            audit.record(session, "print.dossier", "dossier", fiche.id, f"dossierfiche {target}"[:400])
        report(len(dossier_ids) + 1, len(dossier_ids) + 1)
    return SummaryResult(Path(path), pages, len(fiches), skipped)


__all__ = ["SECTIONS", "SECTION_LABELS", "SummaryError", "SummaryOptions", "SummaryResult", "agenda_dossiers",
           "resolve_dossier", "write_summaries"]
