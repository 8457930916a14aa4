"""Partners (seed organisations, OCMW's, employers), their contact persons and their
cooperation history."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from kempen_desktop.services.demo.base import _GeneratorBase
from kempen_desktop.services.demo.content import (
    EMPLOYERS,
    FLEMISH_FEMALE,
    FLEMISH_MALE,
    FLEMISH_SURNAMES,
    FUNCTIONS,
    INCLUSIVE_EVIDENCE,
    SECTORS,
    SEED_PARTNERS,
    STREETS,
    ZORA_MUNICIPALITIES,
)
from kempen_desktop.services.demo.formats import _iso, _new_id, _stamp, kbo_for
from kempen_desktop.services.demo.plans import _ContactPlan, _PartnerPlan


class _PartnerPlanning(_GeneratorBase):
    """Part of the generator: partners, contact persons and cooperation history."""

    # -- partners -----------------------------------------------------------------------

    def add_partner(
        self, name: str, type_: str, municipality: str | None, sector: str, key: str = ""
    ) -> _PartnerPlan:
        if type_ not in self.ref.codes["partner_types"]:
            type_ = "andere"
        nis = self.ref.nis_by_name.get(municipality) if municipality else None
        partner = _PartnerPlan(self.new_id(), name, type_, nis, sector, key)
        self.partners.append(partner)
        self.by_name[name] = partner
        return partner

    def add_contacts(self, partner: _PartnerPlan, count: int, functions: Sequence[str]) -> None:
        rng = self.rng
        for index in range(count):
            if rng.random() < 0.5:
                first = rng.choice(FLEMISH_MALE)
            else:
                first = rng.choice(FLEMISH_FEMALE)
            last = rng.choice(FLEMISH_SURNAMES)
            function = functions[index] if index < len(functions) else rng.choice(functions)
            partner.contacts.append(_ContactPlan(self.new_id(), partner, first, last, function))

    def plan_partners(self) -> None:
        rng = self.rng
        for name, type_, municipality, sector, _role, _site in SEED_PARTNERS:
            partner = self.add_partner(name, type_, municipality, sector, key=name)
            if name == "VDAB":
                self.add_contacts(partner, 6, FUNCTIONS["vdab"])
            elif name == "GTB":
                self.add_contacts(partner, 4, FUNCTIONS["gtb"])
            elif name == "ZORA Werkt":
                self.add_contacts(partner, 5, FUNCTIONS["zora"])
            else:
                self.add_contacts(partner, rng.randint(1, 3), FUNCTIONS["other"])
            if type_ in ("maatwerkbedrijf", "lokale_diensteneconomie"):
                self.maatwerk.append(partner)
                self.employers.append(partner)
        for place in sorted(self.ref.places.values(), key=lambda p: p.name):
            partner = self.add_partner(f"OCMW {place.name}", "ocmw", place.name, "Sociale dienst")
            self.add_contacts(partner, rng.randint(1, 3), FUNCTIONS["ocmw"])
            self.ocmw[place.name] = partner
        for name, type_, municipality, sector in EMPLOYERS:
            partner = self.add_partner(name, type_, municipality, SECTORS[sector][0], key=sector)
            self.add_contacts(partner, rng.randint(1, 4), FUNCTIONS["employer"])
            self.employers.append(partner)
            self.employers_by_sector.setdefault(sector, []).append(partner)
            if type_ in ("maatwerkbedrijf", "lokale_diensteneconomie"):
                self.maatwerk.append(partner)

    def partner_rows(self) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        rng = self.rng
        seed_info = {name: (role, site) for name, _t, _m, _s, role, site in SEED_PARTNERS}
        partner_rows: list[tuple[Any, ...]] = []
        contact_rows: list[tuple[Any, ...]] = []
        for partner in self.partners:
            created = self.days_ago(1100, 1600)
            role, website = seed_info.get(partner.name, ("", ""))
            slug = self.ascii(partner.name.replace("&", "en"))[:24]
            if partner.type == "ocmw":
                domain = f"ocmw{self.ascii(partner.name[5:])}.be"
                role = "Sociale dienst: leefloon, GPMI en art. 60"
                if partner.name[5:] in ZORA_MUNICIPALITIES:
                    role += "; partner in ZORA Werkt"
            elif website:
                domain = website.removeprefix("www.")
            else:
                domain = f"{slug}.be"
            kbo = None
            inclusive_since = inclusive_as = None
            evidence = ""
            if partner in self.employers:
                # Fictional companies get a fictional, valid KBO number; real organisations none.
                kbo = self.kbo() if partner.key != partner.name else None
                if partner.type in ("maatwerkbedrijf", "lokale_diensteneconomie"):
                    inclusive_since, inclusive_as = date(rng.randint(1995, 2015), 1, 1), "werkgever"
                    evidence = "Erkend als initiatief van de sociale economie."
                elif rng.random() < 0.5:
                    inclusive_since = self.days_ago(60, 1800)
                    inclusive_as = rng.choice(("werkgever", "werkgever", "opdrachtgever", "beide"))
                    evidence = rng.choice(INCLUSIVE_EVIDENCE)
                role = role or (
                    "Maatwerkbedrijf: werkervaring en doorstroom"
                    if partner.type == "maatwerkbedrijf"
                    else "Werkgever in het netwerk"
                )
            notes = ""
            if partner.name == "ZORA Werkt":
                notes = "Kernpartner samen met VDAB in de projectaanvraag WSE Lokaal Partnerschap."
            partner_rows.append(
                (
                    partner.id,
                    partner.name,
                    partner.type,
                    kbo,
                    partner.nis,
                    partner.sector,
                    f"{rng.choice(STREETS)} {rng.randint(1, 120)}",
                    self.postcode_of(partner.nis),
                    f"www.{domain}" if partner.type != "ocmw" else "",
                    f"014 {rng.randint(20, 89)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                    f"info@{domain}",
                    role,
                    _iso(inclusive_since),
                    inclusive_as,
                    evidence,
                    notes,
                    1,
                    _stamp(created),
                    _stamp(created),
                )
            )
            for contact in partner.contacts:
                contact_rows.append(
                    (
                        contact.id,
                        partner.id,
                        contact.first,
                        contact.last,
                        contact.function,
                        f"{self.ascii(contact.first)}.{self.ascii(contact.last)}@{domain}",
                        self.phone(),
                        1,
                        _stamp(created),
                        _stamp(created),
                    )
                )
            self.plan_cooperation(partner, created, inclusive_since, inclusive_as)
            self.plan_engagements(partner, inclusive_since, inclusive_as, evidence)
        return partner_rows, contact_rows

    def plan_engagements(
        self,
        partner: _PartnerPlan,
        inclusive_since: date | None,
        inclusive_as: str | None,
        evidence: str,
    ) -> None:
        """Dated engagement history (partner_engagement), matching partner.inclusive_*.

        Uses its own random stream, seeded by the partner id, so that adding engagements
        does not change the rest of the demo data.
        """
        rng = random.Random(f"engagement:{partner.id}")
        rows = self.engagement_rows

        def add(
            kind: str,
            role: str | None,
            engaged_as: str | None,
            forms: str,
            started: date,
            ended: date | None,
            text: str,
        ) -> None:
            stamp = _stamp(min(started, self.today), 10 * 60)
            rows.append(
                (
                    _new_id(rng),
                    partner.id,
                    kind,
                    role,
                    engaged_as,
                    forms,
                    started.isoformat(),
                    _iso(ended),
                    text,
                    stamp,
                    stamp,
                )
            )

        if partner.type in ("vdab", "ocmw", "gtb", "lokaal_bestuur", "intergemeentelijk") or (
            partner.key == partner.name and partner.type != "werkgever"
        ):
            role = "voortrekker" if partner.name in ("VDAB", "ZORA Werkt") else "partner"
            add(
                "partnerschap",
                role,
                None,
                "",
                date(2023, 1, 1),
                None,
                "Partner in het lokaal partnerschap sociale economie en werk.",
            )
        if inclusive_since is None:
            if partner.type == "werkgever" and rng.random() < 0.15:
                # Once engaged, stopped: only an ended engagement in the history.
                start = self.today - timedelta(days=rng.randint(700, 1500))
                add(
                    "inclusief",
                    None,
                    "werkgever",
                    rng.choice(("stage", "werkplekleren", "art60")),
                    start,
                    start + timedelta(days=rng.randint(120, 500)),
                    rng.choice(INCLUSIVE_EVIDENCE),
                )
            return
        kinds = (
            ("werkgever", "opdrachtgever")
            if inclusive_as == "beide"
            else (inclusive_as or "werkgever",)
        )
        for engaged_as in kinds:
            forms = (
                ""
                if engaged_as == "opdrachtgever"
                else ",".join(
                    sorted(
                        rng.sample(
                            ("aanwerving", "stage", "werkplekleren", "art60", "wijk-werken"),
                            rng.randint(1, 3),
                        )
                    )
                )
            )
            if partner.type == "werkgever" and rng.random() < 0.25:
                # An earlier, ended period before the current one.
                first = inclusive_since - timedelta(days=rng.randint(400, 900))
                add(
                    "inclusief",
                    None,
                    engaged_as,
                    "stage",
                    first,
                    first + timedelta(days=rng.randint(60, 300)),
                    "Eerdere samenwerking rond stages.",
                )
            add("inclusief", None, engaged_as, forms, inclusive_since, None, evidence)

    def postcode_of(self, nis: str | None) -> str:
        for place in self.ref.places.values():
            if place.nis == nis:
                return place.postcodes[0]
        return "2000" if nis else ""

    def kbo(self) -> str:
        while True:
            digits = self.rng.randint(4_000_000, 8_999_999)
            if digits not in self.used_kbo:
                self.used_kbo.add(digits)
                return kbo_for(digits)

    def plan_cooperation(
        self,
        partner: _PartnerPlan,
        created: date,
        inclusive_since: date | None,
        inclusive_as: str | None,
    ) -> None:
        rng = self.rng
        entries: list[tuple[date, str, str]] = []
        if inclusive_since is not None and partner.type == "werkgever":
            entries.append(
                (
                    inclusive_since,
                    "engagement",
                    (
                        f"Engageert zich als inclusieve {inclusive_as} (Kempenpact2030: 1 op de 2 "
                        "ondernemingen inclusief)."
                    ),
                )
            )
        if partner.type == "vdab":
            entries.append(
                (
                    date(2023, 1, 1),
                    "samenwerkingsovereenkomst",
                    (
                        "Samenwerkingsovereenkomst VDAB - lokaal bestuur voor de regierol sociale "
                        "economie en werk (WSE-LR4)."
                    ),
                )
            )
        templates = {
            "werkgever": (
                "Bedrijfsbezoek met de werkgeversconsulent van VDAB.",
                "Vacatures besproken voor kandidaten uit het cliëntoverleg.",
                "Deelname aan de jobdate met lokale werkgevers.",
            ),
            "maatwerkbedrijf": (
                "Overleg over doorstroom van werkervaringsklanten.",
                "Rondleiding voor de partners van het cliëntoverleg.",
            ),
            "ocmw": (
                "Afstemming over het Lokaal Activeringspact.",
                "Overleg over art. 60-tewerkstellingen en GPMI's.",
            ),
        }.get(
            partner.type,
            ("Netwerkoverleg inclusieve economie.", "Afstemming over gezamenlijke acties."),
        )
        for _ in range(rng.randint(1, 3)):
            entries.append(
                (
                    self.days_ago(14, 900),
                    rng.choice(("overleg", "project", "overleg")),
                    rng.choice(templates),
                )
            )
        for day, kind, text in entries:
            if day > self.today:
                continue
            self.coop_rows.append(
                (
                    self.new_id(),
                    partner.id,
                    day.isoformat(),
                    kind,
                    text,
                    _stamp(day, 14 * 60),
                    _stamp(day, 14 * 60),
                )
            )
