"""The rows of a chunk of dossiers: persons, dossiers, target groups, status history,
timeline, consents and exits to work."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from kempen_desktop.domain import status as wf
from kempen_desktop.domain import target_groups as tg
from kempen_desktop.services.demo.content import (
    CLOSING_NOTES,
    CONTACT_CONTENT,
    COURSES,
    INTAKE_EXTRAS,
    PROGRESS,
    REFERRALS,
    REGISSEUR,
    SECTORS,
    SERIES_PARTNERS,
)
from kempen_desktop.services.demo.dossiers import _DossierPlanning
from kempen_desktop.services.demo.formats import _add_years, _iso, _stamp
from kempen_desktop.services.demo.plans import (
    _CONTRACTS,
    _HOURS,
    _DossierPlan,
    _id,
    _PartnerPlan,
)

ROUTINE_STATUSES = frozenset({wf.AANGEMELD, wf.INTAKE, wf.IN_BEGELEIDING})
ACTIVE_STATUSES = frozenset({wf.IN_OPLEIDING, wf.WERKERVARING, wf.AAN_HET_WERK})


class _DossierRows(_DossierPlanning):
    """Part of the generator: the rows of a chunk of dossiers."""

    # -- rows per dossier ---------------------------------------------------------------

    def dossier_rows(self, chunk: Sequence[_DossierPlan]) -> dict[str, list[tuple[Any, ...]]]:
        rng = self.rng
        persons: list[tuple[Any, ...]] = []
        dossiers: list[tuple[Any, ...]] = []
        groups: list[tuple[Any, ...]] = []
        statuses: list[tuple[Any, ...]] = []
        timeline: list[tuple[Any, ...]] = []
        consents: list[tuple[Any, ...]] = []
        exits: list[tuple[Any, ...]] = []
        labels = dict(wf.ALL_STATUSES)
        reason_labels = dict(wf.CLOSING_REASONS)
        new_id = self.new_id
        lists = self.list_columns
        for d in chunk:
            self.complete_dossier(d)
            p = d.person
            opened_stamp = _stamp(d.opened, 9 * 60 + rng.randrange(0, 480))
            if not p.written:
                p.written = True
                persons.append(
                    (
                        p.id,
                        p.last,
                        p.first,
                        p.insz,
                        p.vdab,
                        p.birth.isoformat(),
                        p.sex,
                        p.street,
                        p.postcode,
                        p.place.nis,
                        p.phone,
                        p.email,
                        p.language,
                        opened_stamp,
                        opened_stamp,
                    )
                )
            closed = d.closed
            dossiers.append(
                (
                    d.id,
                    d.num,
                    p.id,
                    d.status,
                    d.status_since.isoformat(),
                    d.opened.isoformat(),
                    _iso(closed),
                    d.reason,
                    _id(d.partner),
                    _id(d.counsellor),
                    _iso(d.follow_up),
                    _iso(d.job_seeker_since),
                    d.situation,
                    opened_stamp,
                    _stamp(d.status_since, 17 * 60),
                    *lists.values(
                        p.last,
                        p.first,
                        p.place.nis,
                        d.groups,
                        (d.counsellor.last, d.counsellor.first) if d.counsellor else None,
                        d.status,
                        d.follow_up,
                    ),
                )
            )
            for code in d.groups:
                groups.append((d.id, code))
            # Status history (first entry: created as aangemeld), with a timeline entry for
            # the changes that matter later on (not for the routine aangemeld -> intake ->
            # in begeleiding steps).
            previous = None
            for index, (status, since) in enumerate(d.path):
                reason = d.reason if status == wf.AFGESLOTEN else None
                note = CLOSING_NOTES.get(reason or "", "") if reason else ""
                changed = _stamp(since, 10 * 60 + index)
                statuses.append(
                    (new_id(), d.id, previous, status, since.isoformat(), reason, note, changed)
                )
                if previous is not None and (
                    status not in ROUTINE_STATUSES or previous in ACTIVE_STATUSES
                ):
                    title = f"Status: {labels[previous]} → {labels[status]}"
                    if reason:
                        title += f" ({reason_labels[reason]})"
                    author = d.counsellor.name if d.counsellor else REGISSEUR
                    timeline.append(
                        (
                            new_id(),
                            d.id,
                            "status",
                            changed,
                            title,
                            note,
                            author,
                            None,
                            None,
                            None,
                            changed,
                            changed,
                        )
                    )
                previous = status
            self.notes(d, timeline)
            self.consents(d, consents)
            self.work_exits(d, exits)
        return {
            "persons": persons,
            "dossiers": dossiers,
            "groups": groups,
            "statuses": statuses,
            "timeline": timeline,
            "consents": consents,
            "exits": exits,
        }

    def consents(self, d: _DossierPlan, rows: list[tuple[Any, ...]]) -> None:
        """Consents to share data, usually signed at the start: one per partner, for VDAB,
        the responsible partner and, for a dossier its region's meeting series follows, every
        partner invited to that series (an overleg discusses only dossiers shareable with all
        of them).
        Expired consents are mostly renewed; a few clients refuse one partner or let one
        consent lapse, so the "niet deelbaar" path shows in the demo too."""
        rng, today = self.rng, self.today
        d.consents = []
        if d.status == wf.AANGEMELD and rng.random() >= 0.5:
            return
        given = d.path[1][1] if len(d.path) > 1 and rng.random() < 0.3 else d.opened
        method = "schriftelijk" if rng.random() < 0.8 else rng.choice(("digitaal", "mondeling"))
        withdrawn = None
        if rng.random() < 0.01 and given < today - timedelta(days=30):
            withdrawn = given + timedelta(days=rng.randint(10, (today - given).days))
        by = self.by_name
        series = SERIES_PARTNERS.get(d.person.place.region, ()) if d.in_series else ()
        names = dict.fromkeys(("VDAB", *series))
        partners = [by[name] for name in names if name in by]
        if d.partner is not None and d.partner not in partners:
            partners.append(d.partner)
        optional = [p for p in partners[1:] if p is not d.partner]  # never VDAB or their own
        if optional and rng.random() < 0.06:
            partners.remove(rng.choice(optional))  # the client does not agree to this one
            optional = [p for p in partners[1:] if p is not d.partner]
        # Valid for two years; renewed (a little before it expires) while the dossier runs.
        periods = [(given, _add_years(given, 2))]
        end = d.closed or today
        while withdrawn is None and periods[-1][1] < end and rng.random() < 0.9:
            last_given, last_until = periods[-1]
            renewed = max(last_given, last_until - timedelta(days=rng.randint(0, 30)))
            periods.append((renewed, _add_years(renewed, 2)))
        lapsed = (
            rng.choice(optional) if len(periods) > 1 and optional and rng.random() < 0.1 else None
        )
        for partner in partners:
            text = self.consent_text(partner, d)
            for index, (start, until) in enumerate(periods):
                if index and partner is lapsed:
                    break
                stamp = _stamp(start, 11 * 60)
                note = "Intrekking gemeld aan alle partners." if withdrawn else ""
                rows.append(
                    (
                        self.new_id(),
                        d.id,
                        partner.id,
                        text,
                        start.isoformat(),
                        method,
                        until.isoformat(),
                        _iso(withdrawn),
                        note if not index else "Toestemming hernieuwd.",
                        stamp,
                        stamp,
                    )
                )
                d.consents.append((partner.id, start, until, withdrawn))

    @staticmethod
    def consent_text(partner: _PartnerPlan, d: _DossierPlan) -> str:
        if partner.name == "VDAB" or partner.type == "ocmw":
            return "Gegevensdeling met VDAB en OCMW voor de trajectbegeleiding naar werk"
        if partner.name == "GTB":
            if tg.ARBEIDSBEPERKING in d.groups:
                return "Gegevensdeling met GTB voor een screening arbeidsbeperking"
            return "Bespreking van het dossier met GTB in het cliëntoverleg"
        if partner.name == "ZORA Werkt":
            return "Gegevensdeling met ZORA Werkt voor de trajectbegeleiding en het cliëntoverleg"
        return f"Gegevensdeling met {partner.name} voor de trajectbegeleiding naar werk"

    def notes(self, d: _DossierPlan, timeline: list[tuple[Any, ...]]) -> None:
        """1 to 4 notes, contacts and referrals between opening and closing (or yesterday)."""
        rng = self.rng
        end = d.closed or self.today - timedelta(days=1)
        span = max(0, (end - d.opened).days)
        count = rng.choice((1, 1, 2, 2, 2, 3, 3, 4))
        author = d.counsellor.name if d.counsellor else REGISSEUR
        partner_id = _id(d.partner)
        place = d.person.place.name
        sector_phrase = SECTORS[d.sector][1]
        employers = self.employers_by_sector.get(d.sector) or self.employers
        for index in range(count):
            day = d.opened + timedelta(days=0 if span == 0 else rng.randint(0, span))
            if index == 0 and len(d.path) > 1:
                day = d.path[1][1]  # intake (or start of begeleiding)
                title = "Intakegesprek"
                extra = rng.choice(INTAKE_EXTRAS).format(municipality=place)
                body = f"Intakegesprek gehad; interesse in {sector_phrase}, {extra}."
                kind = "note"
            else:
                r = rng.random()
                if r < 0.4:
                    kind, title = (
                        "contact",
                        rng.choice(("Telefonisch contact", "Huisbezoek", "Gesprek op kantoor")),
                    )
                    content = rng.choice(CONTACT_CONTENT).format(sector=sector_phrase)
                    if title == "Huisbezoek":
                        body = (
                            "Huisbezoek samen met de maatschappelijk werker van "
                            f"OCMW {place}; {content}."
                        )
                    elif title == "Gesprek op kantoor":
                        body = f"Afspraak op kantoor in {place}: {content}."
                    else:
                        body = f"Telefonisch contact met {d.person.first}: {content}."
                elif r < 0.62 or (tg.ARBEIDSBEPERKING in d.groups and r < 0.75):
                    kind = "referral"
                    if tg.ARBEIDSBEPERKING in d.groups and rng.random() < 0.6:
                        title, body = (
                            "Doorverwijzing GTB",
                            "Doorverwezen naar GTB voor arbeidsbeperking-screening.",
                        )
                    elif rng.random() < 0.35:
                        course = rng.choice(COURSES[d.sector])
                        title = "Aanmelding opleiding"
                        body = (
                            f"Aangemeld voor de opleiding {course} bij VDAB; "
                            f"interesse in {sector_phrase}."
                        )
                    else:
                        _key, target, goal = rng.choice(REFERRALS)
                        title, body = (
                            f"Doorverwijzing {target}",
                            f"Doorverwezen naar {target} voor {goal}.",
                        )
                else:
                    kind, title = "note", "Opvolging"
                    body = (
                        f"{d.person.first} "
                        + rng.choice(PROGRESS).format(
                            municipality=place, employer=rng.choice(employers).name
                        )
                        + "."
                    )
            stamp = _stamp(day, 8 * 60 + rng.randrange(0, 540))
            timeline.append(
                (
                    self.new_id(),
                    d.id,
                    kind,
                    stamp,
                    title,
                    body,
                    author,
                    partner_id,
                    None,
                    None,
                    stamp,
                    stamp,
                )
            )

    def work_exits(self, d: _DossierPlan, exits: list[tuple[Any, ...]]) -> None:
        """An exit to work for every period 'aan het werk' and for closing with reason werk."""
        rng, today = self.rng, self.today
        starts: list[tuple[date, date | None]] = []  # (started, stopped working on)
        for index, (status, since) in enumerate(d.path):
            if status == wf.AAN_HET_WERK:
                nxt = d.path[index + 1] if index + 1 < len(d.path) else None
                stopped = nxt[1] if nxt and nxt[0] != wf.AFGESLOTEN else None
                starts.append((since, stopped))
        if d.reason == "werk" and not starts:
            starts.append((d.path[-1][1], None))
        for started, stopped in starts:
            self.exits_to_work += 1
            contracts = self.ref.codes["contract_types"]
            pool = self.employers_by_sector.get(d.sector) if rng.random() < 0.6 else None
            employer = rng.choice(pool or self.employers)
            if rng.random() < 0.12:
                employer_id, employer_name = (
                    None,
                    rng.choice(
                        (
                            "Interimkantoor (niet in het netwerk)",
                            "Eenmanszaak in de buurt",
                            "Werkgever buiten de regio",
                        )
                    ),
                )
                sector = SECTORS[d.sector][0]
            else:
                employer_id, employer_name, sector = employer.id, employer.name, employer.sector
            contract: str | None
            if employer_id and employer.type == "maatwerkbedrijf":
                contract = "maatwerk"
            elif employer_id and employer.type == "lokale_diensteneconomie":
                contract = "lde"
            elif employer_id and employer.type == "interimkantoor":
                contract = "interim"
            elif d.partner is not None and d.partner.type == "ocmw" and rng.random() < 0.4:
                contract = "art60"
            else:
                contract = _CONTRACTS.pick(rng)
            if contract is not None and contract not in contracts:
                contract = None
            still_working = stopped is None
            f6 = w6 = f12 = w12 = None
            due6 = started + timedelta(days=182)
            if due6 <= today and rng.random() < 0.85:
                f6 = min(today, due6 + timedelta(days=rng.randint(0, 21)))
                w6 = (stopped is None or stopped > due6) and (
                    d.status == wf.AAN_HET_WERK or rng.random() < 0.8
                )
            due12 = started + timedelta(days=365)
            if f6 is not None and due12 <= today and rng.random() < 0.8:
                f12 = min(today, due12 + timedelta(days=rng.randint(0, 21)))
                w12 = (
                    bool(w6)
                    and (stopped is None or stopped > due12)
                    and (d.status == wf.AAN_HET_WERK or rng.random() < 0.85)
                )
            note = "" if still_working else f"Tewerkstelling gestopt op {stopped:%d/%m/%Y}."
            stamp = _stamp(started, 15 * 60)
            exit_id = self.new_id()
            if employer_id is not None:
                self.employer_exits.append((exit_id, d, started, employer_id))
            exits.append(
                (
                    exit_id,
                    d.id,
                    employer_id,
                    employer_name,
                    sector,
                    contract,
                    started.isoformat(),
                    _HOURS.pick(rng),
                    _iso(f6),
                    None if w6 is None else int(w6),
                    _iso(f12),
                    None if w12 is None else int(w12),
                    note,
                    stamp,
                    stamp,
                )
            )
