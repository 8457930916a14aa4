"""The dossierfiche of one dossier or of every dossier on a meeting's agenda: gathering what
goes in, the partner rule and the audit entry; the layout is documents/dossier_fiche.py.

*Voor partner X* (the rules of domain/consent.py): dossiers without a consent for X valid
today are left out (and counted), the INSZ is never printed, the identity block holds only
the fields X may receive (`Partner.shared_fields`, `partner_fields`), the target groups only
when X may receive them, the situation summary, the notes of status changes and the
timeline's notes and import entries (`HIDDEN_TIMELINE_KINDS`) are left out, consents of
other partners are not shown, and every page says for whom the fiche was made.

Printing a fiche is recorded in the audit trail ("print.dossier", dossier id). The caller
runs `write_summaries` inside `disclosure()` (services/common/disclosure.py), so the audit
entry commits before the PDF appears under its name (the façade: app/dossiers.py).

Why here and not in services/dossiers/: the fiche is one of the reports the CLI's
`kempen report dossier` makes, and it shares the partner lookup with the partner export
(services/reports/exports.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from kempen_desktop.db.models import (
    ActionPoint,
    AgendaItem,
    ClosingReason,
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
from kempen_desktop.documents import dossier_fiche as document
from kempen_desktop.documents.agenda_fiches import AgendaCover, write_agenda_fiches_pdf
from kempen_desktop.documents.dossier_fiche import (
    SECTION_LABELS,
    SECTIONS,
    Fiche,
    FicheAction,
    FicheConsent,
    FicheDocument,
    FicheIdentity,
    FichePartner,
    FicheStatus,
    FicheStatusChange,
    FicheTimelineEntry,
    FicheWorkExit,
    SummaryError,
    SummaryOptions,
    SummaryResult,
)
from kempen_desktop.documents.sender import NOBODY, Sender
from kempen_desktop.domain.consent import (
    HIDDEN_TIMELINE_KINDS,
    consent_state,
    may_share,
    partner_fields,
)
from kempen_desktop.domain.insz import format_insz
from kempen_desktop.domain.target_groups import age_based_groups, age_on
from kempen_desktop.services.common import audit

KIND_LABELS = {
    "note": "Notitie",
    "contact": "Contact",
    "referral": "Doorverwijzing",
    "decision": "Beslissing",
    "import": "Import",
    "status": "Status",
}
SEX_LABELS = {"M": "man", "F": "vrouw", "X": "X"}
OPEN_ACTIONS = ("open", "bezig")
_DEFAULT_OPTIONS = SummaryOptions()  # frozen: one shared default is safe


def resolve_dossier(session: Session, text: str) -> uuid.UUID:
    """A dossier number or UUID -> the dossier id; SummaryError when unknown."""
    value = text.strip()
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


def resolve_meeting(session: Session, text: str) -> tuple[uuid.UUID, str]:
    """A meeting UUID -> (id, 'title dd-mm-jjjj'); SummaryError when unknown."""
    try:
        wanted = uuid.UUID(text.strip())
    except ValueError:
        raise SummaryError(f"'{text.strip()}' is geen geldig id van een overlegmoment.") from None
    meeting = session.get(Meeting, wanted)
    if meeting is None:
        raise SummaryError("Geen overlegmoment gevonden met dit id.")
    return meeting.id, f"{meeting.title} {meeting.starts_at:%d-%m-%Y}"


def agenda_dossiers(session: Session, meeting_id: uuid.UUID) -> list[uuid.UUID]:
    """The dossiers on a meeting's agenda, in agenda order, each once."""
    ids = session.scalars(
        select(AgendaItem.dossier_id)
        .where(AgendaItem.meeting_id == meeting_id, AgendaItem.dossier_id.is_not(None))
        .order_by(AgendaItem.position)
    ).all()
    return list(dict.fromkeys(i for i in ids if i is not None))


class _Gatherer:
    """The data of one fiche per dossier; lookups are loaded once per document."""

    def __init__(
        self, session: Session, options: SummaryOptions, partner: Partner | None, today: date
    ) -> None:
        self.session = session
        self.partner = partner
        self.today = today
        self.allowed = set(partner_fields(partner.shared_fields)) if partner is not None else set()
        wanted = set(options.sections)
        if partner is not None and "target_groups" not in self.allowed:
            wanted.discard(
                "kansengroepen"
            )  # leefloon, arbeidsbeperking… only where the partner may see them
        self.sections = tuple(s for s in SECTIONS if s in wanted)
        self.statuses: dict[str, str] = dict(
            session.execute(select(DossierStatus.code, DossierStatus.label)).all()
        )
        self.reasons: dict[str, str] = dict(
            session.execute(select(ClosingReason.code, ClosingReason.label)).all()
        )
        self.groups: dict[str, str] = dict(
            session.execute(select(TargetGroup.code, TargetGroup.label)).all()
        )
        self.group_order = {
            c: i
            for i, c in enumerate(
                session.scalars(select(TargetGroup.code).order_by(TargetGroup.sort_order))
            )
        }
        self.contracts: dict[str, str] = dict(
            session.execute(select(ContractType.code, ContractType.label)).all()
        )
        self.partner_names: dict[uuid.UUID, str] = dict(
            session.execute(select(Partner.id, Partner.name)).all()
        )

    def fiche(self, dossier: Dossier) -> Fiche | None:
        """The fiche of this dossier; None when the partner may not see it."""
        if self.partner is not None and not may_share(
            dossier.consents, self.partner.id, self.today
        ):
            return None
        person = dossier.person
        name = f"{person.last_name} {person.first_name}".strip()
        wanted = set(self.sections)
        return Fiche(
            num=dossier.num,
            name=name,
            status_label=self.statuses.get(dossier.status_code, dossier.status_code),
            status_since=dossier.status_since,
            opened_on=dossier.opened_on,
            sections=self.sections,
            identity=self._identity(dossier, name)
            if "identiteit" in wanted
            else FicheIdentity(name),
            status=self._status(dossier) if "status" in wanted else FicheStatus("", None, None),
            target_groups=self._target_groups(dossier) if "kansengroepen" in wanted else (),
            partner=self._partner(dossier) if "partner" in wanted else FichePartner(),
            consents=self._consents(dossier) if "toestemming" in wanted else (),
            timeline=self._timeline(dossier) if "tijdlijn" in wanted else (),
            actions=self._actions(dossier) if "actiepunten" in wanted else (),
            work_exits=self._work(dossier) if "werk" in wanted else (),
        )

    def _identity(self, dossier: Dossier, name: str) -> FicheIdentity:
        p = dossier.person
        municipality = (
            self.session.get(Municipality, p.municipality_nis) if p.municipality_nis else None
        )
        place = municipality.name if municipality is not None else ""
        age = (
            age_on(p.birth_date, self.today)
            if p.birth_date and p.birth_date <= self.today
            else None
        )
        address = ", ".join(filter(None, (p.street, " ".join(filter(None, (p.postcode, place))))))
        sex = SEX_LABELS.get(p.sex or "", "")
        if self.partner is None:
            return FicheIdentity(
                name=name,
                insz=format_insz(p.insz) if p.insz else "",
                vdab_number=p.vdab_number or "",
                birth_date=p.birth_date,
                age=age,
                sex=sex,
                address=address,
                phone=p.phone or "",
                email=p.email or "",
                language=p.language or "",
                situation=dossier.situation or "",
            )
        # Only the identity fields this partner may receive (domain.consent.partner_fields); never
        # the INSZ, the language or the situation summary. The name always: it says whose fiche.
        allowed = self.allowed
        if "street" in allowed:
            label, shared_address = "Adres", address
        else:
            label, shared_address = "Gemeente", place if "municipality" in allowed else ""
        return FicheIdentity(
            name=name,
            vdab_number=(p.vdab_number or "") if "vdab_number" in allowed else "",
            birth_date=p.birth_date if "birth_date" in allowed else None,
            age=age if "birth_date" in allowed else None,
            sex=sex if "sex" in allowed else "",
            address_label=label,
            address=shared_address,
            phone=(p.phone or "") if "phone" in allowed else "",
            email=(p.email or "") if "email" in allowed else "",
        )

    def _status(self, dossier: Dossier) -> FicheStatus:
        history = sorted(
            dossier.status_history, key=lambda s: (s.effective_on, s.changed_at), reverse=True
        )
        changes = []
        for s in history:
            remark = self.reasons.get(s.closing_reason_code or "", "")
            if self.partner is None and s.note:  # the note of a status change: never to a partner
                remark += (" — " if s.closing_reason_code else "") + s.note
            changes.append(
                FicheStatusChange(
                    s.effective_on,
                    self.statuses.get(s.from_code, "") if s.from_code else "",
                    self.statuses.get(s.to_code, s.to_code),
                    remark,
                )
            )
        return FicheStatus(
            current_label=self.statuses.get(dossier.status_code, dossier.status_code),
            since=dossier.status_since,
            opened_on=dossier.opened_on,
            closed_on=dossier.closed_on,
            closing_reason=self.reasons.get(dossier.closing_reason_code or "", "")
            if dossier.closed_on
            else "",
            follow_up_on=dossier.follow_up_on,
            follow_up_overdue=bool(
                dossier.follow_up_on
                and dossier.follow_up_on < self.today
                and dossier.closed_on is None
            ),
            history=tuple(changes),
        )

    def _target_groups(self, dossier: Dossier) -> tuple[str, ...]:
        codes = set(
            self.session.scalars(
                select(dossier_target_group.c.target_group_code).where(
                    dossier_target_group.c.dossier_id == dossier.id
                )
            )
        )
        codes = (codes - {"jongere", "55plus"}) | age_based_groups(
            dossier.person.birth_date, self.today
        )
        return tuple(
            self.groups.get(c, c) for c in sorted(codes, key=lambda c: self.group_order.get(c, 99))
        )

    def _partner(self, dossier: Dossier) -> FichePartner:
        partner_name = partner_contact = counsellor = counsellor_contact = ""
        if dossier.responsible_partner_id:
            partner = self.session.get(Partner, dossier.responsible_partner_id)
            if partner is not None:
                partner_name = partner.name
                partner_contact = ", ".join(filter(None, (partner.phone, partner.email)))
        if dossier.counsellor_id:
            person = self.session.get(ContactPerson, dossier.counsellor_id)
            if person is not None:
                counsellor = " — ".join(filter(None, (person.full_name, person.function)))
                counsellor_contact = ", ".join(filter(None, (person.phone, person.email)))
        return FichePartner(partner_name, partner_contact, counsellor, counsellor_contact)

    def _consents(self, dossier: Dossier) -> tuple[FicheConsent, ...]:
        consents = sorted(dossier.consents, key=lambda c: c.given_on, reverse=True)
        if (
            self.partner is not None
        ):  # consents given to other partners are not this partner's business
            consents = [c for c in consents if c.partner_id == self.partner.id]
        return tuple(
            FicheConsent(
                self.partner_names.get(c.partner_id, "") if c.partner_id else "",
                c.purpose,
                c.given_on,
                c.method,
                consent_state(c, self.today),
            )
            for c in consents
        )

    def _timeline(self, dossier: Dossier) -> tuple[FicheTimelineEntry, ...]:
        entries = self.session.scalars(
            select(TimelineEntry)
            .where(TimelineEntry.dossier_id == dossier.id)
            .order_by(TimelineEntry.occurred_at.desc())
        ).all()
        if self.partner is not None:
            entries = [e for e in entries if e.kind not in HIDDEN_TIMELINE_KINDS]
        found = []
        for e in entries:
            body = e.body or ""
            if self.partner is not None and e.kind == "status":
                # The status change's note: left out of the partner version, as in the
                # status table.
                body = ""
            who = e.author or (self.partner_names.get(e.partner_id, "") if e.partner_id else "")
            found.append(
                FicheTimelineEntry(
                    e.occurred_at, KIND_LABELS.get(e.kind, e.kind), e.title or "", body, who
                )
            )
        return tuple(found)

    def _actions(self, dossier: Dossier) -> tuple[FicheAction, ...]:
        contact = aliased(ContactPerson)
        found = []
        for (
            description,
            deadline,
            _status,
            regisseur,
            p_name,
            c_first,
            c_last,
            m_title,
        ) in self.session.execute(
            select(
                ActionPoint.description,
                ActionPoint.deadline,
                ActionPoint.status,
                ActionPoint.owner_is_regisseur,
                Partner.name,
                contact.first_name,
                contact.last_name,
                Meeting.title,
            )
            .outerjoin(Partner, Partner.id == ActionPoint.owner_partner_id)
            .outerjoin(contact, contact.id == ActionPoint.owner_contact_id)
            .outerjoin(Meeting, Meeting.id == ActionPoint.meeting_id)
            .where(ActionPoint.dossier_id == dossier.id, ActionPoint.status.in_(OPEN_ACTIONS))
            .order_by(ActionPoint.deadline.is_(None), ActionPoint.deadline)
        ):
            owner = "regisseur" if regisseur else " ".join(filter(None, (c_first, c_last)))
            if p_name:
                owner = f"{owner} ({p_name})" if owner else p_name
            found.append(
                FicheAction(
                    description,
                    m_title or "",
                    owner,
                    deadline,
                    bool(deadline and deadline < self.today),
                )
            )
        return tuple(found)

    def _work(self, dossier: Dossier) -> tuple[FicheWorkExit, ...]:
        found = []
        for w in sorted(dossier.work_exits, key=lambda w: w.started_on, reverse=True):
            employer = w.employer_name or (
                self.partner_names.get(w.employer_partner_id, "") if w.employer_partner_id else ""
            )
            found.append(
                FicheWorkExit(
                    w.started_on,
                    employer,
                    w.sector or "",
                    self.contracts.get(w.contract_type_code or "", ""),
                    float(w.hours_per_week) if w.hours_per_week else None,
                    w.followup_6m_on,
                    w.still_working_6m,
                    w.followup_12m_on,
                    w.still_working_12m,
                )
            )
        return tuple(found)


def _find_partner(session: Session, text: str) -> Partner:
    from kempen_desktop.services.reports.exports import ExportError, find_partner

    try:
        return find_partner(session, text)
    except ExportError as error:
        raise SummaryError(str(error)) from None


def write_summaries(
    session: Session,
    dossier_ids: Sequence[uuid.UUID],
    path: Path,
    options: SummaryOptions = _DEFAULT_OPTIONS,
    *,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    meeting_title: str = "",
    cover: AgendaCover | None = None,
    sender: Sender = NOBODY,
) -> SummaryResult:
    """Write the fiches of the dossiers (in the given order) to one PDF and record it in the
    audit trail; run it inside `disclosure()` (the caller commits). No fiche: no file."""
    day = today or date.today()
    report = progress or (lambda _done, _total: None)
    partner = _find_partner(session, options.partner) if options.partner else None
    gatherer = _Gatherer(session, options, partner, day)
    fiches: list[Fiche] = []
    printed: list[uuid.UUID] = []
    for index, dossier_id in enumerate(dossier_ids):
        dossier = session.get(Dossier, dossier_id)
        if dossier is None:
            raise SummaryError("Dit dossier bestaat niet (meer).")
        fiche = gatherer.fiche(dossier)
        if fiche is not None:
            fiches.append(fiche)
            printed.append(dossier.id)
        report(index + 1, len(dossier_ids) + 1)
    skipped = len(dossier_ids) - len(fiches)
    if not fiches:
        return SummaryResult(Path(path), 0, 0, skipped)
    content = FicheDocument(
        tuple(fiches),
        partner_name=partner.name if partner is not None else "",
        title=options.title,
        meeting_title=meeting_title,
    )
    if cover is not None:  # a meeting's agenda: cover page with the agenda and page numbers
        pages = write_agenda_fiches_pdf(Path(path), cover, content, sender)
    else:
        pages = document.write_fiches_pdf(Path(path), content, sender)
    target = f"voor partner {partner.id}" if partner is not None else "volledig"
    for dossier_id in printed:
        audit.record(
            session, "print.dossier", "dossier", dossier_id, f"dossierfiche {target}"[:400]
        )
    report(len(dossier_ids) + 1, len(dossier_ids) + 1)
    return SummaryResult(Path(path), pages, len(fiches), skipped)


__all__ = [
    "SECTIONS",
    "SECTION_LABELS",
    "SummaryError",
    "SummaryOptions",
    "SummaryResult",
    "agenda_dossiers",
    "resolve_dossier",
    "resolve_meeting",
    "write_summaries",
]
