"""The generator's state, shared by its parts (partners, dossiers, meetings, activities),
and the small helpers they all use."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from kempen_desktop.db.list_columns import ListColumns
from kempen_desktop.services.demo.content import MOBILE_PREFIXES, POPULATION
from kempen_desktop.services.demo.formats import _ascii, _ordered_id, _Weighted
from kempen_desktop.services.demo.plans import _DossierPlan, _PartnerPlan, _PersonPlan
from kempen_desktop.services.demo.reference import _Reference

ProgressCallback = Callable[[str, int], None]


class _GeneratorBase:
    """The plans and lookups that the parts of the generator share, and small helpers."""

    #: Cliëntoverleggen held: counted by plan_meetings, reported by plan_activities.
    held_clientoverleg: int
    #: Past meetings of the ZORA cliëntoverleg series as (id, cancelled): linked to 5.2.4.11.
    zora_meetings: list[tuple[str, bool]]
    #: The dossier list's sort columns, loaded by run() before the dossier rows are built.
    list_columns: ListColumns

    def __init__(
        self,
        ref: _Reference,
        rng: random.Random,
        dossiers: int,
        today: date,
        report: ProgressCallback,
    ) -> None:
        self.ref, self.rng, self.n_dossiers, self.today, self.report = (
            ref,
            rng,
            dossiers,
            today,
            report,
        )
        self.partners: list[_PartnerPlan] = []
        self.by_name: dict[str, _PartnerPlan] = {}
        self.ocmw: dict[str, _PartnerPlan] = {}  # by municipality name
        self.employers: list[_PartnerPlan] = []
        self.employers_by_sector: dict[str, list[_PartnerPlan]] = {}
        self.maatwerk: list[_PartnerPlan] = []
        self.persons: list[_PersonPlan] = []
        self.dossiers: list[_DossierPlan] = []
        self.used_insz: set[str] = set()
        self.used_vdab: set[int] = set()
        self.used_kbo: set[int] = set()
        self.ascii_cache: dict[str, str] = {}
        self.ids_made = 0  # new_id's sequence: ids ascend in the order they are made
        kempen = [p for p in ref.places.values() if p.region == "kempen"]
        zora = [p for p in ref.places.values() if p.region == "zora"]
        self.place_weights = _Weighted([(p, POPULATION.get(p.name, 10.0)) for p in kempen + zora])
        self.group_codes = ref.codes["target_groups"]
        self.coop_rows: list[tuple[Any, ...]] = []
        self.engagement_rows: list[tuple[Any, ...]] = []  # partner_engagement
        self.exits_to_work = 0
        #: Exits to work with a known employer as (exit id, dossier, started on, employer id):
        #: plan_activities links some of them to events as hires.
        self.employer_exits: list[tuple[str, _DossierPlan, date, str]] = []
        self.first_num = 1  # the first dossier number; run() takes them from the counter

    # -- helpers ------------------------------------------------------------------------

    def new_id(self) -> str:
        self.ids_made += 1
        return _ordered_id(self.rng, self.ids_made)

    def phone(self) -> str:
        r = self.rng.randrange(1_000_000)
        return (
            f"{self.rng.choice(MOBILE_PREFIXES)} "
            f"{r // 10000:02d} {r // 100 % 100:02d} {r % 100:02d}"
        )

    def ascii(self, text: str) -> str:
        folded = self.ascii_cache.get(text)
        if folded is None:
            folded = self.ascii_cache[text] = _ascii(text)
        return folded

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def weekday_near(self, day: date) -> date:
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day
