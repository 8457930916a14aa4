"""Overlegmomenten: series and separate meetings, participants, agendas, agreements and
action points."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Uuid, bindparam, text

from kempen_desktop.db.models import (
    ActionPoint,
    AgendaItem,
    Meeting,
    MeetingParticipant,
    MeetingSeries,
    TimelineEntry,
)
from kempen_desktop.domain import meetings as mr
from kempen_desktop.domain import status as wf
from kempen_desktop.domain.consent import shareable
from kempen_desktop.services.demo.base import _GeneratorBase
from kempen_desktop.services.demo.content import (
    ACTION_TEXTS,
    AGREEMENTS,
    CANCEL_REASON,
    COURSES,
    FREE_ACTIONS,
    FREE_AGENDA,
    PROGRESS,
    REGISSEUR,
    SECTORS,
    SERIES_PARTNERS,
)
from kempen_desktop.services.demo.formats import _add_months, _iso, _stamp
from kempen_desktop.services.demo.plans import _ContactPlan, _DossierPlan
from kempen_desktop.services.demo.writer import (
    ACTION_COLS,
    AGENDA_COLS,
    MEETING_COLS,
    PARTICIPANT_COLS,
    SERIES_COLS,
    TIMELINE_COLS,
    _table,
    _Writer,
)


@dataclass(frozen=True)
class _Consent:
    """A planned consent as domain.consent reads it."""

    partner_id: uuid.UUID | None
    given_on: date
    valid_until: date | None
    withdrawn_on: date | None


def _shareable(d: _DossierPlan, partner_ids: list[uuid.UUID], day: date) -> bool:
    """The dossier's planned consents make it shareable with each partner on `day`."""
    consents = [
        _Consent(uuid.UUID(pid), given, until, withdrawn)
        for pid, given, until, withdrawn in d.consents
    ]
    return all(shareable(consents, partner_id, day) for partner_id in partner_ids)


class _MeetingPlanning(_GeneratorBase):
    """Part of the generator: overlegmomenten."""

    # -- meetings -----------------------------------------------------------------------

    def plan_series_pools(self) -> None:
        """The dossiers (at most 8000) the meeting series of their region follow; chosen
        before the dossiers are written, as those get a consent for every partner of the
        series (and before their place is known: plan_meetings splits them by region)."""
        today = self.today
        quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        first_meeting = _add_months(quarter_start, -24)  # the series' history (plan_meetings)
        followable = []
        for d in self.dossiers:
            d.in_series = False
            closed = d.closed
            if closed is None or closed > first_meeting:
                followable.append(d)
        for d in self.rng.sample(followable, min(len(followable), 8000)):
            d.in_series = True

    def plan_meetings(self, writer: _Writer) -> None:
        rng, today = self.rng, self.today
        types = self.ref.codes["meeting_types"]
        by = self.by_name
        pools: dict[str, list[_DossierPlan]] = {"zora": [], "kempen": []}
        for d in self.dossiers:
            if d.in_series and d.person.place.region in pools:
                pools[d.person.place.region].append(d)
        series_rows: list[tuple[Any, ...]] = []
        meetings: list[tuple[Any, ...]] = []
        participants: list[tuple[Any, ...]] = []
        agenda: list[tuple[Any, ...]] = []
        actions: list[tuple[Any, ...]] = []
        decisions: list[tuple[Any, ...]] = []

        def type_code(code: str) -> str:
            return code if code in types else "clientoverleg"

        quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        plans: list[dict[str, Any]] = []
        series_defs = (
            (
                "zora",
                "Cliëntoverleg ZORA Werkt - VDAB - GTB",
                "clientoverleg",
                ("VDAB Mortsel", "Meerminne, Mortsel", "ZORA Werkt, Edegem"),
                SERIES_PARTNERS["zora"],
            ),
            (
                "kempen",
                "Dossierbespreking Kempen - VDAB en OCMW's",
                "dossierbespreking",
                ("VDAB Turnhout", "Sociaal Huis Geel", "Stadhuis Herentals"),
                SERIES_PARTNERS["kempen"],
            ),
            (
                "",
                "Driemaandelijks overleg dienst intensieve begeleiding VDAB - ZORA Werkt",
                "thematisch_overleg",
                ("VDAB Mortsel",),
                ("VDAB", "ZORA Werkt"),
            ),
        )
        # Seed 001: the overlegmomenten with VDAB of 10/10 (Meerminne) and 6/12 (VDAB Mortsel)
        # were cancelled; in the demo that is last year's fourth quarter (see plan_activities).
        last_year_q4 = date(today.year - 1, 10, 1)
        for region, title, mtype, locations, partner_names in series_defs:
            series_id = self.new_id()
            created = _stamp(_add_months(quarter_start, -24), 9 * 60)
            series_rows.append((series_id, title, type_code(mtype), 3, created, created))
            for offset in range(-8, 2):
                base = _add_months(quarter_start, 3 * offset)
                when = self.weekday_near(base + timedelta(days=rng.randint(14, 60)))
                location = rng.choice(locations)
                plan: dict[str, Any] = {
                    "series": series_id,
                    "region": region,
                    "title": title,
                    "type": type_code(mtype),
                    "day": when,
                    "location": location,
                    "partners": partner_names,
                    "cancelled": False,
                    "dossiers": region != "",
                }
                if region == "zora" and base == last_year_q4:
                    for cancelled_on, place in (
                        (date(base.year, 10, 10), "Meerminne, Mortsel"),
                        (date(base.year, 12, 6), "VDAB Mortsel"),
                    ):
                        plans.append(
                            {**plan, "day": cancelled_on, "location": place, "cancelled": True}
                        )
                    continue
                plans.append(plan)
        extra_defs = (
            (
                "stuurgroep",
                "Projectgroep Inclusieve economie Kempenpact2030",
                "IOK, Geel",
                (
                    "I-Diverso",
                    "VDAB",
                    "VOKA - Kamer van Koophandel Mechelen-Kempen",
                    "ACV",
                    "ABVV",
                    "Lidwina",
                    "Web",
                    "Provincie Antwerpen",
                    "Stad Turnhout",
                ),
                (-22, -16, -10, -4, 2),
            ),
            (
                "netwerkmoment",
                "Werkmak(k)ers - netwerk Veldwerkers lokaal werk",
                "Streekplatform Kempen, Geel",
                (
                    "Streekplatform Kempen",
                    "VDAB",
                    "IOK",
                    "Welzijnszorg Kempen",
                    "Provincie Antwerpen",
                ),
                (-20, -14, -8, -2),
            ),
            (
                "rondetafel",
                "Kempense rondetafel jeugdwerkloosheid",
                "Stadhuis Turnhout",
                ("Arktos", "VDAB", "ACV", "BuSO De Kempenschakel", "Stad Turnhout", "I-Diverso"),
                (-18, -6),
            ),
            (
                "rondetafel",
                "Rondetafel inclusieve werkgevers Kontich",
                "Gemeentehuis Kontich",
                ("ZORA Werkt", "VDAB", "Industriebouw Kontich NV", "Kinderopvang 't Zonnetje"),
                (-12,),
            ),
            (
                "thematisch_overleg",
                "Thematisch overleg Lokaal Activeringspact",
                "ZORA Werkt, Edegem",
                ("ZORA Werkt", "OCMW Mortsel", "OCMW Edegem", "OCMW Boechout", "VDAB"),
                (-9, -3),
            ),
        )
        for mtype, title, location, invited, months in extra_defs:
            for month in months:
                when = self.weekday_near(
                    _add_months(today, month) + timedelta(days=rng.randint(0, 20))
                )
                plans.append(
                    {
                        "series": None,
                        "region": "",
                        "title": title,
                        "type": type_code(mtype),
                        "day": when,
                        "location": location,
                        "partners": invited,
                        "cancelled": False,
                        "dossiers": False,
                    }
                )
        plans.sort(key=lambda plan: plan["day"])
        self.held_clientoverleg = 0
        self.zora_meetings = []
        for plan in plans:
            day: date = plan["day"]
            meeting_id = self.new_id()
            if plan["region"] == "zora" and day < today:
                self.zora_meetings.append((meeting_id, bool(plan["cancelled"])))
            held = day < today and not plan["cancelled"]
            status = mr.CANCELLED if plan["cancelled"] else mr.HELD if day < today else mr.PLANNED
            start_minute = rng.choice((9 * 60, 9 * 60 + 30, 13 * 60 + 30))
            people: list[_ContactPlan] = []
            for name in plan["partners"]:
                partner = by.get(name)
                if partner is None or not partner.contacts:
                    continue
                count = 2 if name in ("VDAB", "ZORA Werkt") and len(partner.contacts) > 1 else 1
                people.extend(rng.sample(partner.contacts, count))
            present: list[str] = []
            excused: list[str] = []
            for contact in people:
                if held:
                    attendance = (
                        mr.PRESENT
                        if rng.random() < 0.8
                        else rng.choice((mr.EXCUSED, mr.EXCUSED, mr.EXCUSED, mr.ABSENT))
                    )
                else:
                    attendance = mr.INVITED
                (present if attendance == mr.PRESENT else excused).append(
                    f"{contact.name} ({contact.partner.name})"
                )
                participants.append(
                    (self.new_id(), meeting_id, contact.partner.id, contact.id, "", attendance)
                )
            participants.append(
                (
                    self.new_id(),
                    meeting_id,
                    None,
                    None,
                    REGISSEUR,
                    mr.PRESENT if held else mr.INVITED,
                )
            )
            # Agenda: free items around the dossiers.
            position = 0
            optional = [t for t in FREE_AGENDA[1:-1] if plan["region"] == "zora" or "ZORA" not in t]
            free_titles = [FREE_AGENDA[0]] + rng.sample(optional, rng.randint(1, 2))
            for item_title in free_titles:
                position += 1
                agenda.append(
                    (
                        self.new_id(),
                        meeting_id,
                        position,
                        item_title,
                        None,
                        "Besproken." if held else "",
                        "",
                    )
                )
            discussed = 0
            if plan["dossiers"] and not plan["cancelled"]:
                reference = min(today, day)
                candidates = [
                    d
                    for d in pools[plan["region"]]
                    if d.opened <= reference - timedelta(days=7)
                    and (d.closed is None or d.closed > reference)
                    and d.status_on(reference) not in (None, wf.AFGESLOTEN)
                ]
                # Only dossiers shareable with every invited partner on the day (the rule
                # of domain.consent): draw a few more and keep the shareable ones.
                invited_ids = [
                    uuid.UUID(pid) for pid in dict.fromkeys(c.partner.id for c in people)
                ]
                wanted = rng.randint(5, 12)
                drawn = rng.sample(candidates, min(len(candidates), 3 * wanted))
                chosen = [d for d in drawn if _shareable(d, invited_ids, day)][:wanted]
                chosen.sort(key=lambda d: d.num)
                for d in chosen:
                    position += 1
                    item_id = self.new_id()
                    title_text = f"Dossier {d.num}"
                    discussion = agreements = ""
                    if held:
                        discussed += 1
                        status_then = d.status_on(day) or wf.IN_BEGELEIDING
                        partner_name = d.partner.name if d.partner else "VDAB"
                        fill = {
                            "partner": partner_name,
                            "sector": SECTORS[d.sector][1],
                            "maatwerk": rng.choice(self.maatwerk).name,
                            "course": rng.choice(COURSES[d.sector]),
                            "employer": rng.choice(
                                self.employers_by_sector.get(d.sector) or self.employers
                            ).name,
                        }
                        discussion = (
                            f"{partner_name} licht de stand van zaken toe: {d.person.first} "
                            + rng.choice(PROGRESS).format(
                                municipality=d.person.place.name, employer=fill["employer"]
                            )
                            + "."
                        )
                        agreements = (
                            rng.choice(
                                AGREEMENTS.get(status_then, AGREEMENTS[wf.IN_BEGELEIDING])
                            ).format(**fill)
                            + "."
                        )
                        stamp = _stamp(day, start_minute + position * 5)
                        decisions.append(
                            (
                                self.new_id(),
                                d.id,
                                "decision",
                                stamp,
                                f"Afspraak {plan['title']}",
                                f"Afspraak in overleg van {day:%d/%m/%Y}: {agreements}",
                                REGISSEUR,
                                None,
                                meeting_id,
                                None,
                                stamp,
                                stamp,
                            )
                        )
                        if rng.random() < 0.6:
                            actions.append(
                                self.action_point(meeting_id, item_id, d.id, day, people, fill)
                            )
                    agenda.append(
                        (item_id, meeting_id, position, title_text, d.id, discussion, agreements)
                    )
            position += 1
            agenda.append((self.new_id(), meeting_id, position, FREE_AGENDA[-1], None, "", ""))
            if held:
                fill = {
                    "employer": rng.choice(self.employers).name,
                    "sector": "de logistiek",
                    "maatwerk": rng.choice(self.maatwerk).name,
                }
                for _ in range(rng.randint(1, 2)):
                    actions.append(
                        self.action_point(meeting_id, None, None, day, people, fill, free=True)
                    )
                if plan["type"] in ("clientoverleg", "dossierbespreking"):
                    self.held_clientoverleg += 1
            minutes = ""
            sent = None
            if held:
                minutes = (
                    f"Aanwezig: {', '.join(present) or '-'}; {REGISSEUR.lower()}.\n"
                    f"Verontschuldigd: {', '.join(excused) or '-'}.\n"
                    + (
                        f"{discussed} dossiers besproken; de afspraken staan per dossier in de "
                        "agenda."
                        if discussed
                        else "Zie de afspraken per agendapunt."
                    )
                )
                sent_day = day + timedelta(days=rng.randint(2, 10))
                sent = sent_day if sent_day <= today else None
            start = _stamp(day, start_minute)
            end = _stamp(day, start_minute + rng.choice((90, 120, 150)))
            created = _stamp(day - timedelta(days=rng.randint(20, 60)))
            meetings.append(
                (
                    meeting_id,
                    plan["type"],
                    plan["series"],
                    plan["title"],
                    start,
                    end,
                    plan["location"],
                    status,
                    CANCEL_REASON if plan["cancelled"] else "",
                    minutes,
                    _iso(sent),
                    created,
                    created,
                )
            )
        writer.write(_table(MeetingSeries), SERIES_COLS, series_rows)
        writer.write(_table(Meeting), MEETING_COLS, meetings)
        writer.write(_table(MeetingParticipant), PARTICIPANT_COLS, participants)
        writer.write(_table(AgendaItem), AGENDA_COLS, agenda)
        writer.write(_table(ActionPoint), ACTION_COLS, actions)
        # Few rows, written after their dossiers (their search rows are written at the end).
        writer.write(_table(TimelineEntry), TIMELINE_COLS, decisions)
        # The regisseur organises; a few open dossiers are flagged "bespreken" for the next
        # overleg, so the agenda rules have something to suggest.
        flagged = [
            d.id
            for pool in pools.values()
            for d in rng.sample(pool, min(len(pool), 6))
            if d.closed is None and d.status_on(today) not in (None, wf.AFGESLOTEN)
        ]
        connection = writer._connection  # two small updates after the bulk insert
        # text(): portable placeholders; the ids are in the storage format, which PostgreSQL
        # casts like any untyped literal.
        connection.execute(text("UPDATE meeting SET organiser = :name"), {"name": REGISSEUR})
        for dossier_id in flagged:
            connection.execute(
                text("UPDATE dossier SET discuss = true WHERE id = :id").bindparams(
                    bindparam("id", type_=Uuid(as_uuid=False))
                ),
                {"id": dossier_id},
            )

    def action_point(
        self,
        meeting_id: str,
        item_id: str | None,
        dossier_id: str | None,
        day: date,
        people: list[_ContactPlan],
        fill: dict[str, str],
        free: bool = False,
    ) -> tuple[Any, ...]:
        rng, today = self.rng, self.today
        text = rng.choice(FREE_ACTIONS if free else ACTION_TEXTS).format(**fill)
        owner: _ContactPlan | None = None
        regisseur = free and rng.random() < 0.6 or not people or rng.random() < 0.2
        if not regisseur:
            owner = rng.choice(people)
        deadline = day + timedelta(days=rng.randint(14, 42))
        completed = None
        if deadline < today:
            r = rng.random()
            status = (
                mr.DONE if r < 0.7 else mr.BUSY if r < 0.8 else mr.OPEN if r < 0.95 else mr.LAPSED
            )
        else:
            status = mr.OPEN if rng.random() < 0.6 else mr.BUSY
        if status == mr.DONE:
            completed = min(today, day + timedelta(days=rng.randint(3, (deadline - day).days + 10)))
        stamp = _stamp(day, 12 * 60)
        return (
            self.new_id(),
            meeting_id,
            item_id,
            dossier_id,
            text,
            owner.partner.id if owner else None,
            owner.id if owner else None,
            int(regisseur),
            deadline.isoformat(),
            status,
            _iso(completed),
            stamp,
            stamp,
        )
