"""BBC policy actions and events (job events, pop-up shops, info sessions)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from kempen_desktop.db.models import Event, PolicyAction, event_partner
from kempen_desktop.domain import status as wf
from kempen_desktop.domain import target_groups as tg
from kempen_desktop.services.demo.base import _GeneratorBase
from kempen_desktop.services.demo.formats import _add_months, _iso, _stamp
from kempen_desktop.services.demo.writer import EVENT_COLS, POLICY_COLS, _table, _Writer


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
            "We hebben extra aandacht voor groepen in de regio die moeilijker aansluiting vinden met de "
            "arbeidsmarkt, zoals 55-plussers en langdurig werkzoekenden, en we trachten de "
            "jeugdwerkloosheid terug te dringen. De regisseur organiseert vier maal per jaar een "
            "cliëntoverleg en dossierbespreking met ZORA Werkt, de dienst intensieve begeleiding van "
            f"VDAB en GTB. Stand op {today:%d/%m/%Y}: {open_count} lopende dossiers, waarvan {young} "
            f"jongeren; {at_work} personen zijn aan het werk en {self.exits_to_work} uitstromen naar "
            f"werk werden geregistreerd. Er vonden {self.held_clientoverleg} cliëntoverleggen plaats."
        )
        # code, short, long, status, start, end, priority, wse, report
        actions_def = (
            (
                "5.2.4.10",
                "We nemen de regierol sociale economie en werk op",
                "Uitvoering van het decreet van 29 april 2022 over de lokale regierol sociale economie en werk.",
                "in_uitvoering",
                date(2023, 1, 1),
                None,
                True,
                "WSE-LR1",
                "",
            ),
            (
                "5.2.4.11",
                "We hebben extra aandacht voor kansengroepen",
                (
                    "Samen met ZORA Werkt, VDAB en GTB begeleiden we mensen met een afstand tot de "
                    "arbeidsmarkt naar duurzaam werk."
                ),
                "in_uitvoering",
                date(2023, 1, 1),
                None,
                True,
                "WSE-LR2",
                report,
            ),
            (
                "5.2.4.12",
                "We versterken de sociale economie en het maatschappelijk verantwoord ondernemen",
                (
                    "Promotie van maatwerkbedrijven en lokale diensteneconomie, onder meer met pop-up "
                    "winkels 'People made, echt waar'."
                ),
                "in_uitvoering",
                date(2023, 1, 1),
                None,
                False,
                "WSE-LR3",
                "",
            ),
            (
                "5.2.4.13",
                "We streven naar 1 op de 2 inclusieve ondernemingen in de Kempen",
                (
                    "Kempenpact2030: ondernemingen, organisaties en overheden engageren zich als "
                    "inclusieve werkgever of opdrachtgever."
                ),
                "in_uitvoering",
                date(2023, 1, 1),
                date(2030, 12, 31),
                False,
                "WSE-LR3",
                "",
            ),
            (
                "5.2.4.14",
                "We werken samen met VDAB binnen de samenwerkingsovereenkomst",
                "Afstemming met VDAB (regisseur arbeidsmarkt) en de partners van het WSE Lokaal Partnerschap.",
                "in_uitvoering",
                date(2023, 1, 1),
                None,
                False,
                "WSE-LR4",
                "",
            ),
            (
                "5.2.4.15",
                "We organiseren een Kempense rondetafel jeugdwerkloosheid",
                "Partnerschap met Arktos, VDAB en scholen voor kwetsbare jongeren.",
                "afgerond",
                date(2023, 1, 1),
                date(2024, 12, 31),
                False,
                "WSE-LR2",
                "De rondetafel vond plaats.",
            ),
        )
        action_ids: dict[str, str] = {}
        policy_rows: list[tuple[Any, ...]] = []
        for code, short, long, status, start, end, priority, wse, text in actions_def:
            action_ids[code] = self.new_id()
            stamp = _stamp(start)
            policy_rows.append(
                (
                    action_ids[code],
                    code,
                    short,
                    long,
                    status,
                    start.isoformat(),
                    _iso(end),
                    int(priority),
                    wse,
                    text,
                    stamp,
                    stamp,
                )
            )
        writer.write(_table(PolicyAction), POLICY_COLS, policy_rows)

        events_def: list[tuple[str, str, date, str, str, tuple[str, ...], int, str]] = [
            (
                "jobevent",
                "Jobevent voor Oekraïners en anderstaligen",
                date(2023, 1, 17),
                "Mortsel",
                "5.2.4.11",
                ("ZORA Werkt", "VDAB"),
                64,
                "18 kandidaten uitgenodigd voor een sollicitatiegesprek.",
            ),
            (
                "jobatelier",
                "Jobatelier 'Jongeren en Werk'",
                date(2023, 5, 3),
                "Overkophuis, Mortsel",
                "5.2.4.11",
                ("ZORA Werkt", "VDAB", "Arktos"),
                22,
                "Workshops cv en sollicitatiegesprek.",
            ),
            (
                "jobatelier",
                "Jobatelier 'Jongeren en Werk'",
                date(2023, 11, 29),
                "Overkophuis, Mortsel",
                "5.2.4.11",
                ("ZORA Werkt", "VDAB"),
                17,
                "Zeven jongeren starten een traject.",
            ),
            (
                "jobevent",
                "Jobevent 'industrie' met de VDAB-industrietrailer",
                date(2023, 10, 24),
                "Kontich",
                "5.2.4.11",
                ("VDAB", "ZORA Werkt", "Industriebouw Kontich NV"),
                85,
                "Workshops met de VDAB-industrietrailer.",
            ),
            (
                "jobdate",
                "Jobdate industrie met lokale werkgevers",
                date(2023, 10, 25),
                "Kontich",
                "5.2.4.11",
                ("VDAB", "ZORA Werkt", "Industriebouw Kontich NV", "Precisietechniek Wommelgem"),
                41,
                "Negen aanwervingen na de jobdate.",
            ),
        ]
        for months in (-21, -15, -9, -3, 3):
            day = self.weekday_near(_add_months(today, months))
            events_def.append(
                (
                    "popupwinkel",
                    "Pop-up winkel sociale economie 'People made, echt waar'",
                    day,
                    rng.choice(("Turnhout", "Geel", "Herentals")),
                    "5.2.4.12",
                    ("Lidwina", "Web", "Maatwerkbedrijf De Kempense Werkplaats", "IOK"),
                    rng.randint(300, 900),
                    "Cursisten 'Verkoop voor anderstaligen' van VDAB liepen stage in de winkel.",
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
                (
                    kind,
                    title,
                    self.weekday_near(_add_months(today, months)),
                    place,
                    "5.2.4.11" if kind != "infosessie" else "5.2.4.14",
                    partners,
                    rng.randint(15, 120),
                    "Verslag en deelnemerslijst bij de partners.",
                )
            )
        event_rows: list[tuple[Any, ...]] = []
        links: list[tuple[Any, ...]] = []
        for kind, title, day, location, code, partner_names, count, results in events_def:
            event_id = self.new_id()
            past = day <= today
            stamp = _stamp(min(day, today) - timedelta(days=30))
            event_rows.append(
                (
                    event_id,
                    kind,
                    title,
                    day.isoformat(),
                    location,
                    action_ids.get(code),
                    count if past else None,
                    results if past else "",
                    stamp,
                    stamp,
                )
            )
            seen: set[str] = set()
            for name in partner_names:
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
                            f"Mee-organisator van '{title}' ({location}).",
                            _stamp(day, 16 * 60),
                            _stamp(day, 16 * 60),
                        )
                    )
        writer.write(_table(Event), EVENT_COLS, event_rows)
        writer.write(event_partner, ("event_id", "partner_id"), links)
