"""BBC policy actions and events (job events, pop-up shops, info sessions).

The action tree holds action 5.2.4.11 of seed 001 with its indicators and the five action
clusters of the Streekplatform Kempen (seed 002); the events are those of seeds 001 and 004,
with dossiers as participants and hires linked to their exits to work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from kempen_desktop.db.models import (
    ActionIndicator,
    ActionPoint,
    Event,
    EventParticipant,
    IndicatorMeasurement,
    PolicyAction,
    TimelineEntry,
    event_employer,
    event_partner,
    policy_action_meeting,
    policy_action_partner,
)
from kempen_desktop.domain import actions as rules
from kempen_desktop.domain import meetings as mr
from kempen_desktop.domain import status as wf
from kempen_desktop.domain import target_groups as tg
from kempen_desktop.domain.actions import COMPUTABLE, kind_label
from kempen_desktop.services.demo.base import _GeneratorBase
from kempen_desktop.services.demo.content import REGISSEUR
from kempen_desktop.services.demo.formats import _add_months, _iso, _stamp
from kempen_desktop.services.demo.plans import _DossierPlan
from kempen_desktop.services.demo.writer import (
    ACTION_COLS,
    EVENT_COLS,
    EVENT_PARTICIPANT_COLS,
    INDICATOR_COLS,
    MEASUREMENT_COLS,
    POLICY_COLS,
    TIMELINE_COLS,
    _table,
    _Writer,
)


class _ActivityPlanning(_GeneratorBase):
    """Part of the generator: BBC policy actions and events."""

    # -- policy actions and events ------------------------------------------------------

    def plan_activities(self, writer: _Writer) -> None:
        rng, today = self.rng, self.today
        open_count = sum(1 for d in self.dossiers if d.closed is None)
        at_work = sum(1 for d in self.dossiers if d.status == wf.AAN_HET_WERK)
        young = sum(
            1 for d in self.dossiers if tg.age_on(d.person.birth, today) < 25 and d.closed is None
        )
        report = (
            "We hebben extra aandacht voor groepen in de regio die moeilijker aansluiting vinden "
            "met de arbeidsmarkt, zoals 55-plussers en langdurig werkzoekenden, en we trachten de "
            "jeugdwerkloosheid terug te dringen. De regisseur organiseert vier maal per jaar een "
            "cliëntoverleg en dossierbespreking met ZORA Werkt, de dienst intensieve begeleiding "
            f"van VDAB en GTB. Stand op {today:%d/%m/%Y}: {open_count} lopende dossiers, waarvan "
            f"{young} jongeren; {at_work} personen zijn aan het werk en {self.exits_to_work} "
            "uitstromen naar werk werden geregistreerd. Er vonden "
            f"{self.held_clientoverleg} cliëntoverleggen plaats."
        )
        tree = _action_tree(report)
        action_ids: dict[str, str] = {}
        policy_rows: list[tuple[Any, ...]] = []
        action_partners: list[tuple[Any, ...]] = []
        for item in tree:
            action_ids[item.code] = self.new_id()
            stamp = _stamp(item.start)
            policy_rows.append(
                (
                    action_ids[item.code],
                    item.code,
                    item.short,
                    item.long,
                    item.status,
                    item.start.isoformat(),
                    _iso(item.end),
                    int(item.priority),
                    item.wse,
                    item.text,
                    action_ids.get(item.code.rsplit(".", 1)[0]),
                    item.level,
                    item.responsible,
                    stamp,
                    stamp,
                )
            )
            seen_partners: set[str] = set()
            for name in item.partners:
                found = self.by_name.get(name)
                if found is not None and found.id not in seen_partners:
                    seen_partners.add(found.id)
                    action_partners.append((action_ids[item.code], found.id))
        writer.write(_table(PolicyAction), POLICY_COLS, policy_rows)
        writer.write(policy_action_partner, ("policy_action_id", "partner_id"), action_partners)
        self.plan_indicators(writer, action_ids)
        # Seed 001: the overlegmomenten of the ZORA series are reported under 5.2.4.11,
        # the two cancelled ones with their reason.
        writer.write(
            policy_action_meeting,
            ("policy_action_id", "meeting_id"),
            [(action_ids["5.2.4.11"], meeting_id) for meeting_id, _ in self.zora_meetings],
        )

        # The events of seed 001 happened in 2023; the demo is relative to today, so they
        # take place on the same days of last year (the cancelled meetings too).
        year = today.year - 1
        events_def: list[_EventDef] = [
            _EventDef(
                "jobevent",
                "Jobevent voor Oekraïners en anderstaligen",
                date(year, 1, 17),
                "Mortsel",
                "5.2.4.11",
                ("ZORA Werkt", "VDAB"),
                64,
                "18 kandidaten uitgenodigd voor een sollicitatiegesprek.",
                groups=("anderstalig", "tijdelijk_ontheemde", "nieuwkomer"),
                participants=6,
                interviews=18,
                contacts=40,
            ),
            _EventDef(
                "jobatelier",
                "Jobatelier 'Jongeren en Werk'",
                date(year, 5, 3),
                "Overkophuis, Mortsel",
                "5.2.4.11",
                ("ZORA Werkt", "VDAB", "Arktos"),
                22,
                "Workshops cv en sollicitatiegesprek.",
                groups=("jongere",),
                participants=5,
            ),
            _EventDef(
                "jobatelier",
                "Jobatelier 'Jongeren en Werk'",
                date(year, 11, 29),
                "Overkophuis, Mortsel",
                "5.2.4.11",
                ("ZORA Werkt", "VDAB"),
                17,
                "Zeven jongeren starten een traject.",
                groups=("jongere",),
                participants=5,
            ),
            _EventDef(
                "jobevent",
                "Jobevent 'industrie' met de VDAB-industrietrailer",
                date(year, 10, 24),
                "Kontich",
                "5.2.4.11",
                ("VDAB", "ZORA Werkt", "Industriebouw Kontich NV"),
                85,
                "Workshops met de VDAB-industrietrailer.",
                ends_on=date(year, 10, 25),
                participants=6,
                contacts=30,
            ),
            _EventDef(
                "jobdate",
                "Jobdate industrie met lokale werkgevers",
                date(year, 10, 25),
                "Kontich",
                "5.2.4.11",
                ("VDAB", "ZORA Werkt"),
                41,
                "Negen aanwervingen na de jobdate.",
                employers=("Industriebouw Kontich NV", "Precisietechniek Wommelgem"),
                participants=5,
                interviews=26,
                hires_total=9,
            ),
        ]
        # Seed 004: the Regioteam runs two pop-up winkels a year (spring and autumn).
        for popup_year in (year, year + 1):
            for month in (5, 11):
                events_def.append(
                    _EventDef(
                        "popupwinkel",
                        "Pop-up winkel sociale economie 'People made, echt waar'",
                        self.weekday_near(date(popup_year, month, 8)),
                        rng.choice(("Turnhout", "Geel", "Herentals")),
                        "5.2.4.12",
                        ("Lidwina", "Web", "Maatwerkbedrijf De Kempense Werkplaats", "IOK"),
                        rng.randint(300, 900),
                        "Cursisten 'Verkoop voor anderstaligen' van VDAB liepen stage in de "
                        "winkel.",
                        ends_on=self.weekday_near(date(popup_year, month, 8)) + timedelta(days=4),
                    )
                )
        # Seed 004: werkplekleren with the local governments.
        events_def.append(
            _EventDef(
                "netwerkmoment",
                "Ervaringsuitwisseling werkplekleren bij lokale besturen",
                self.weekday_near(date(year, 9, 18)),
                "IOK, Geel",
                "5.2.4.16",
                ("IOK", "VDAB"),
                24,
                "Goede praktijken en moeilijkheden van 11 lokale besturen besproken.",
            )
        )
        for months, title, place, partners in (
            (
                -16,
                "Jobdate logistiek",
                "Geel",
                ("VDAB", "Logistiek Geel NV", "Kempen Distributie BV"),
            ),
            (
                -11,
                "Jobdate zorg",
                "Turnhout",
                ("VDAB", "WZC Hof ter Heide", "Thuiszorg Kempenhart"),
            ),
            (-5, "Infosessie werkplekleren voor lokale besturen", "Geel", ("IOK", "VDAB")),
            (-2, "Infosessie Lokaal Activeringspact", "Edegem", ("ZORA Werkt", "OCMW Edegem")),
            (
                2,
                "Jobevent anderstaligen Kempen",
                "Turnhout",
                ("VDAB", "Agentschap Integratie en Inburgering"),
            ),
        ):
            kind = (
                "jobdate"
                if title.startswith("Jobdate")
                else "infosessie"
                if title.startswith("Info")
                else "jobevent"
            )
            events_def.append(
                _EventDef(
                    kind,
                    title,
                    self.weekday_near(_add_months(today, months)),
                    place,
                    "5.2.4.16"
                    if "werkplekleren" in title
                    else "5.2.4.11"
                    if kind != "infosessie"
                    else "5.2.4.14",
                    partners,
                    rng.randint(15, 120),
                    "Verslag en deelnemerslijst bij de partners.",
                    participants=4 if kind != "infosessie" else 0,
                    groups=("anderstalig", "nieuwkomer") if "anderstaligen" in title else (),
                )
            )
        event_rows: list[tuple[Any, ...]] = []
        links: list[tuple[Any, ...]] = []
        employer_links: set[tuple[str, str]] = set()
        attendees: list[tuple[Any, ...]] = []
        timeline: list[tuple[Any, ...]] = []
        follow_ups: list[tuple[Any, ...]] = []
        pool = rng.sample(self.dossiers, min(len(self.dossiers), 3000))
        exits = sorted(self.employer_exits, key=lambda e: (e[2], e[0]))
        hired_exits: set[str] = set()
        for ev in events_def:
            event_id = self.new_id()
            day = ev.day
            past = day <= today
            stamp = _stamp(min(day, today) - timedelta(days=30))
            hires = 0
            if past and ev.participants:
                hires = self.plan_participants(
                    ev,
                    event_id,
                    pool,
                    exits,
                    hired_exits,
                    attendees,
                    timeline,
                    employer_links,
                    follow_ups,
                )
            other_hires = max(0, ev.hires_total - hires) if ev.hires_total else None
            event_rows.append(
                (
                    event_id,
                    ev.kind,
                    ev.title,
                    day.isoformat(),
                    ev.location,
                    action_ids.get(ev.code),
                    ev.visitors if past else None,
                    ev.results if past else "",
                    _iso(ev.ends_on),
                    ",".join(ev.groups),
                    ev.contacts if past else None,
                    ev.interviews if past else None,
                    other_hires if past else None,
                    stamp,
                    stamp,
                )
            )
            for name in ev.employers:
                employer = self.by_name.get(name)
                if employer is not None:
                    employer_links.add((event_id, employer.id))
            seen: set[str] = set()
            for name in ev.partners:
                partner = self.by_name.get(name)
                if partner is None or partner.id in seen:
                    continue
                seen.add(partner.id)
                links.append((event_id, partner.id))
                if past:
                    self.coop_rows.append(
                        (
                            self.new_id(),
                            partner.id,
                            day.isoformat(),
                            "event",
                            f"Mee-organisator van '{ev.title}' ({ev.location}).",
                            _stamp(day, 16 * 60),
                            _stamp(day, 16 * 60),
                        )
                    )
        writer.write(_table(Event), EVENT_COLS, event_rows)
        writer.write(event_partner, ("event_id", "partner_id"), links)
        writer.write(event_employer, ("event_id", "partner_id"), sorted(employer_links))
        writer.write(_table(EventParticipant), EVENT_PARTICIPANT_COLS, attendees)
        writer.write(_table(ActionPoint), ACTION_COLS, follow_ups)
        # Few rows, written after their dossiers (their search rows are written at the end).
        writer.write(_table(TimelineEntry), TIMELINE_COLS, timeline)

    def plan_participants(
        self,
        ev: _EventDef,
        event_id: str,
        pool: list[_DossierPlan],
        exits: list[tuple[str, _DossierPlan, date, str]],
        hired_exits: set[str],
        attendees: list[tuple[Any, ...]],
        timeline: list[tuple[Any, ...]],
        employer_links: set[tuple[str, str]],
        follow_ups: list[tuple[Any, ...]],
    ) -> int:
        """Dossiers at a past event (open on the day, of its target groups when it has any),
        and for job events and jobdates the hires: dossiers whose exit to work started in
        the weeks after the event, each with its follow-ups at 3 and 6 months. Returns the
        number of hires."""
        rng, day = self.rng, ev.day

        def active(d: _DossierPlan) -> bool:
            return d.status_on(day) not in (None, wf.AFGESLOTEN, wf.AAN_HET_WERK)

        def young(d: _DossierPlan) -> bool:  # 'jongere' follows from the age, not stored
            return "jongere" in ev.groups and tg.age_on(d.person.birth, day) < 25

        label = kind_label(ev.kind).lower()
        chosen: list[tuple[_DossierPlan, str | None, date | None, str | None]] = []
        if ev.kind in ("jobevent", "jobdate"):
            hire_count = rng.randint(1, 3)
            for work_exit, person, begins, by in exits:
                if len(chosen) >= hire_count:
                    break
                if (
                    work_exit not in hired_exits
                    and day < begins <= day + timedelta(days=75)
                    and active(person)
                ):
                    hired_exits.add(work_exit)
                    chosen.append((person, work_exit, begins, by))
        hires = len(chosen)
        taken = {d.id for d, *_ in chosen}
        candidates = [
            d
            for d in pool
            if d.id not in taken
            and active(d)
            and (not ev.groups or any(g in d.groups for g in ev.groups) or young(d))
        ]
        for d in rng.sample(candidates, min(len(candidates), ev.participants)):
            chosen.append((d, None, None, None))
        chosen.sort(key=lambda item: item[0].num)
        for d, exit_id, started, employer_id in chosen:
            attended = exit_id is not None or rng.random() < 0.9
            stamp = _stamp(day, 12 * 60)
            attendees.append(
                (self.new_id(), event_id, d.id, int(attended), int(exit_id is not None), exit_id)
                + (stamp, stamp)
            )
            what = "Deelname aan" if attended else "Ingeschreven voor"
            timeline.append(
                (
                    self.new_id(),
                    d.id,
                    "event",
                    stamp,
                    f"{what} {label} ‘{ev.title}’",
                    ev.location,
                    REGISSEUR,
                    None,
                    None,
                    None,
                    stamp,
                    stamp,
                )
            )
            if exit_id is not None and employer_id is not None and started is not None:
                employer_links.add((event_id, employer_id))
                employer = next((p for p in self.partners if p.id == employer_id), None)
                hired_stamp = _stamp(started, 12 * 60)
                timeline.append(
                    (
                        self.new_id(),
                        d.id,
                        "event",
                        hired_stamp,
                        f"Aangeworven door {employer.name if employer else 'werkgever'}",
                        f"Na {label} ‘{ev.title}’.",
                        REGISSEUR,
                        None,
                        None,
                        None,
                        hired_stamp,
                        hired_stamp,
                    )
                )
                follow_ups += self.hire_follow_ups(
                    d.id, started, employer.name if employer else "werkgever", ev
                )
        return hires

    def hire_follow_ups(
        self, dossier_id: str, started: date, employer: str, ev: _EventDef
    ) -> list[tuple[Any, ...]]:
        """The regisseur's follow-ups of a hire, as the app makes them (services/actions/
        events.py, the rule in domain/actions.py): action points on the dossier at 3 and 6
        months; the ones already due were done within a week or two."""
        what = f"{kind_label(ev.kind).lower()} ‘{ev.title}’"
        rows: list[tuple[Any, ...]] = []
        created = _stamp(started, 12 * 60)
        for months, due in zip(
            rules.HIRE_FOLLOW_UP_MONTHS, rules.hire_follow_up_days(started), strict=True
        ):
            done = due + timedelta(days=self.rng.randint(0, 12))
            finished = done <= self.today
            rows.append(
                (
                    self.new_id(),
                    None,
                    None,
                    dossier_id,
                    rules.hire_follow_up_text(months, employer, what),
                    None,
                    None,
                    1,
                    due.isoformat(),
                    mr.DONE if finished else mr.OPEN,
                    done.isoformat() if finished else None,
                    created,
                    _stamp(done, 16 * 60) if finished else created,
                )
            )
        return rows

    def plan_indicators(self, writer: _Writer, action_ids: dict[str, str]) -> None:
        """Indicators of the actions: computed ones, and measured ones with their values."""
        year = self.today.year - 1
        indicators: list[tuple[Any, ...]] = []
        measurements: list[tuple[Any, ...]] = []
        stamp = _stamp(date(year, 1, 1))
        for code, name, unit, target, computed, points in _indicator_defs(year):
            indicator_id = self.new_id()
            indicators.append(
                (
                    indicator_id,
                    action_ids[code],
                    name,
                    unit,
                    target,
                    computed,
                    len(indicators),
                    stamp,
                    stamp,
                )
            )
            for day, value, note in points:
                if day <= self.today:
                    measured = _stamp(day, 17 * 60)
                    measurements.append(
                        (self.new_id(), indicator_id, day.isoformat(), value, note, measured)
                        + (measured,)
                    )
        writer.write(_table(ActionIndicator), INDICATOR_COLS, indicators)
        writer.write(_table(IndicatorMeasurement), MEASUREMENT_COLS, measurements)


@dataclass(frozen=True)
class _EventDef:
    kind: str
    title: str
    day: date
    location: str
    code: str  # the policy action
    partners: tuple[str, ...]
    visitors: int
    results: str
    ends_on: date | None = None
    groups: tuple[str, ...] = ()
    employers: tuple[str, ...] = ()
    participants: int = 0  # dossiers to register (when past)
    contacts: int | None = None
    interviews: int | None = None
    hires_total: int = 0  # with the hires of visitors without a dossier


@dataclass(frozen=True)
class _ActionDef:
    code: str
    level: str
    short: str
    long: str = ""
    status: str = "in_uitvoering"
    start: date = date(2023, 1, 1)
    end: date | None = None
    priority: bool = False
    wse: str | None = None
    text: str = ""
    responsible: str = ""
    partners: tuple[str, ...] = ()


_REGIE = "Regisseur sociale economie"
_KERNGROEP = "Kerngroep leren en werken (Streekplatform Kempen, trekker ACV)"


def _action_tree(report: str) -> list[_ActionDef]:
    """The BBC tree: the regierol (5.2, with action 5.2.4.11 of seed 001) and the five action
    clusters leren en werken of the Streekplatform Kempen (5.3, seed 002). Parents first."""
    return [
        _ActionDef(
            "5.2",
            "beleidsdoelstelling",
            "Iedereen vindt een plaats op de arbeidsmarkt",
            "Beleidsdoelstelling werk en sociale economie van het meerjarenplan.",
            responsible=_REGIE,
        ),
        _ActionDef(
            "5.2.4",
            "actieplan",
            "We voeren de lokale regie sociale economie en werk",
            "Actieplan van de regisseur sociale economie en werk (decreet van 29 april 2022).",
            responsible=_REGIE,
        ),
        _ActionDef(
            "5.2.4.10",
            "actie",
            "We nemen de regierol sociale economie en werk op",
            "Uitvoering van het decreet van 29 april 2022 over de lokale regierol sociale "
            "economie en werk.",
            priority=True,
            wse="WSE-LR1",
            responsible=_REGIE,
        ),
        _ActionDef(
            "5.2.4.11",
            "actie",
            "We hebben extra aandacht voor kansengroepen",
            "Samen met ZORA Werkt, VDAB en GTB begeleiden we mensen met een afstand tot de "
            "arbeidsmarkt naar duurzaam werk.",
            priority=True,
            wse="WSE-LR2",
            text=report,
            responsible=_REGIE,
            partners=("ZORA Werkt", "VDAB", "GTB"),
        ),
        _ActionDef(
            "5.2.4.12",
            "actie",
            "We versterken de sociale economie en het maatschappelijk verantwoord ondernemen",
            "Promotie van maatwerkbedrijven en lokale diensteneconomie, onder meer met twee "
            "pop-up winkels 'People made, echt waar' per jaar.",
            wse="WSE-LR3",
            responsible=_REGIE,
            partners=("Lidwina", "Web", "IOK"),
        ),
        _ActionDef(
            "5.2.4.13",
            "actie",
            "We streven naar 1 op de 2 inclusieve ondernemingen in de Kempen",
            "Kempenpact2030: ondernemingen, organisaties en overheden engageren zich als "
            "inclusieve werkgever of opdrachtgever.",
            end=date(2030, 12, 31),
            wse="WSE-LR3",
            responsible=_REGIE,
            partners=("IOK", "I-Diverso", "VOKA - Kamer van Koophandel Mechelen-Kempen"),
        ),
        _ActionDef(
            "5.2.4.14",
            "actie",
            "We werken samen met VDAB binnen de samenwerkingsovereenkomst",
            "Afstemming met VDAB (regisseur arbeidsmarkt) en de partners van het WSE Lokaal "
            "Partnerschap.",
            wse="WSE-LR4",
            responsible=_REGIE,
            partners=("VDAB",),
        ),
        _ActionDef(
            "5.2.4.15",
            "actie",
            "We organiseren een Kempense rondetafel jeugdwerkloosheid",
            "Partnerschap met Arktos, VDAB en scholen voor kwetsbare jongeren.",
            status="afgerond",
            end=date(2024, 12, 31),
            wse="WSE-LR2",
            text="De rondetafel vond plaats.",
            responsible=_REGIE,
            partners=("Arktos", "VDAB"),
        ),
        _ActionDef(
            "5.2.4.16",
            "actie",
            "We begeleiden lokale besturen naar werkplekleren",
            "Infosessies, werkplekleren op maat en ervaringsuitwisseling tussen lokale besturen "
            "over goede praktijken en moeilijkheden (Regioteam).",
            wse="WSE-LR4",
            responsible=_REGIE,
            partners=("IOK", "VDAB"),
        ),
        _ActionDef(
            "5.3",
            "beleidsdoelstelling",
            "Leren en werken in de Kempen: de actieclusters van het Streekplatform Kempen",
            "Onder trekkerschap van ACV werken de Kempense streekpartners aan vijf actieclusters.",
            responsible=_KERNGROEP,
            partners=("Streekplatform Kempen", "ACV"),
        ),
        _ActionDef(
            "5.3.1",
            "actieplan",
            "Aansluiting school-werk",
            "Een vlotte overgang onderwijs-werk voor iedere Kempense jongere.",
            responsible=_KERNGROEP,
        ),
        _ActionDef(
            "5.3.1.1",
            "actie",
            "We nemen deel aan het ROP leren en werken en het netwerk BuSO en de weg naar werk",
            "Afstemming met de centra leren en werken, het buitengewoon secundair onderwijs en "
            "het regionaal overlegforum duaal leren.",
            wse="WSE-LR2",
            responsible=_REGIE,
            partners=("BuSO De Kempenschakel", "Arktos", "VDAB"),
        ),
        _ActionDef(
            "5.3.2",
            "actieplan",
            "(G)Oud brengt op",
            "De werkzaamheidsgraad van oudere werknemers verhogen, met oog voor werkbaar werk.",
            responsible=_KERNGROEP,
        ),
        _ActionDef(
            "5.3.2.1",
            "actie",
            "We zetten ervaren talent (55-plussers) in de kijker bij werkgevers",
            "Sensibilisering van werkgevers over de inzet van ervaren medewerkers.",
            status="uitgesteld",
            wse="WSE-LR2",
            responsible=_KERNGROEP,
            partners=("VOKA - Kamer van Koophandel Mechelen-Kempen", "ACV", "ABVV"),
        ),
        _ActionDef(
            "5.3.3",
            "actieplan",
            "Arbeidsmarktintegratie van vluchtelingen",
            "De best mogelijke arbeidsmarktondersteuning voor iedere vluchteling in de regio.",
            responsible=_KERNGROEP,
        ),
        _ActionDef(
            "5.3.3.1",
            "actie",
            "We stemmen het traject integratie door werk af met OCMW's, VDAB en AgII",
            "Afspraken tussen OCMW's, VDAB, het Agentschap Integratie en Inburgering en de "
            "opvanginitiatieven.",
            wse="WSE-LR2",
            responsible=_REGIE,
            partners=("VDAB", "Agentschap Integratie en Inburgering"),
        ),
        _ActionDef(
            "5.3.4",
            "actieplan",
            "Inclusieve economie en een sterke regionale arbeidsmarkt",
            "Ruimte voor alle talenten in sociale en reguliere bedrijven.",
            responsible=_KERNGROEP,
        ),
        _ActionDef(
            "5.3.4.1",
            "actie",
            "We nemen deel aan het netwerk Veldwerkers lokaal werk (Werkmak(k)ers)",
            "Ervaringsuitwisseling, krachtenbundeling en kennisdeling met de Kempense regisseurs, "
            "VDAB, IOK, Welzijnszorg Kempen en de provincie Antwerpen.",
            wse="WSE-LR4",
            responsible=_REGIE,
            partners=("Streekplatform Kempen", "IOK", "Welzijnszorg Kempen"),
        ),
        _ActionDef(
            "5.3.5",
            "actieplan",
            "Monitoring en kennisdeling",
            "Een goede monitoring en kennisdeling als basis voor afstemming en samenwerking.",
            responsible=_KERNGROEP,
        ),
        _ActionDef(
            "5.3.5.1",
            "actie",
            "We delen de cijfers van de lokale regie met de kerngroep leren en werken",
            "Halfjaarlijkse cijfers over begeleiding, uitstroom en inclusieve werkgevers.",
            status="niet_gestart",
            start=date(2026, 1, 1),
            wse="WSE-LR1",
            responsible=_REGIE,
            partners=("Streekplatform Kempen", "ACV", "ABVV", "VDAB"),
        ),
    ]


def _indicator_defs(
    year: int,
) -> list[tuple[str, str, str, float | None, str | None, list[tuple[date, float, str]]]]:
    """(action code, name, unit, target, computed key, measurements) of the demo indicators."""
    half, end = date(year, 6, 30), date(year, 12, 31)
    return [
        ("5.2.4.11", *COMPUTABLE["clientoverleg_gehouden"], 4.0, "clientoverleg_gehouden", []),
        ("5.2.4.11", *COMPUTABLE["jongeren_in_begeleiding"], None, "jongeren_in_begeleiding", []),
        ("5.2.4.11", *COMPUTABLE["uitstroom_werk"], None, "uitstroom_werk", []),
        ("5.2.4.11", *COMPUTABLE["deelnemers_jobevents"], None, "deelnemers_jobevents", []),
        (
            "5.2.4.11",
            "Jobevents en jobateliers georganiseerd",
            "activiteiten",
            4.0,
            None,
            [(half, 2, "Jobevent Oekraïners, jobatelier mei"), (end, 5, "")],
        ),
        (
            "5.2.4.11",
            "Jongeren bereikt via het jobatelier 'Jongeren en Werk'",
            "jongeren",
            40.0,
            None,
            [(half, 22, ""), (end, 39, "")],
        ),
        (
            "5.2.4.12",
            "Pop-up winkels georganiseerd",
            "winkels",
            2.0,
            None,
            [(end, 2, "Voorjaar en najaar")],
        ),
        ("5.2.4.13", *COMPUTABLE["inclusieve_werkgevers"], 50.0, "inclusieve_werkgevers", []),
        (
            "5.2.4.16",
            "Lokale besturen die deelnemen aan werkplekleren",
            "besturen",
            11.0,
            None,
            [
                (date(year - 1, 12, 31), 4, ""),
                (half, 7, "Na de infosessies"),
                (end, 11, "Ondertussen nemen 11 lokale besturen deel."),
            ],
        ),
    ]
