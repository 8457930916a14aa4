"""Plans (what will be written), kept small with __slots__, and the weighted tables
that shape them: status paths, closing reasons, ages, origins, sectors and contracts."""

from __future__ import annotations

from datetime import date

from kempen_desktop.domain import status as wf
from kempen_desktop.services.demo.content import ORIGINS, _Origin
from kempen_desktop.services.demo.formats import _Weighted
from kempen_desktop.services.demo.reference import _Place


class _ContactPlan:
    __slots__ = ("first", "function", "id", "last", "partner")

    def __init__(
        self, id_: str, partner: _PartnerPlan, first: str, last: str, function: str
    ) -> None:
        self.id, self.partner, self.first, self.last, self.function = (
            id_,
            partner,
            first,
            last,
            function,
        )

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


class _PartnerPlan:
    __slots__ = ("contacts", "id", "key", "name", "nis", "sector", "type")

    def __init__(
        self, id_: str, name: str, type_: str, nis: str | None, sector: str, key: str
    ) -> None:
        self.id, self.name, self.type, self.nis, self.sector, self.key = (
            id_,
            name,
            type_,
            nis,
            sector,
            key,
        )
        self.contacts: list[_ContactPlan] = []


class _PersonPlan:
    __slots__ = (
        "birth",
        "email",
        "first",
        "id",
        "insz",
        "language",
        "last",
        "newcomer",
        "origin",
        "phone",
        "place",
        "postcode",
        "ready",
        "sex",
        "street",
        "vdab",
        "written",
    )

    id: str
    last: str
    first: str
    sex: str
    birth: date
    insz: str | None
    vdab: str | None
    street: str
    place: _Place
    postcode: str
    phone: str
    email: str
    language: str
    origin: _Origin
    newcomer: bool
    ready: bool  # identity filled in (complete_person)
    written: bool  # row inserted


class _DossierPlan:
    __slots__ = (
        "consents",
        "counsellor",
        "follow_up",
        "groups",
        "id",
        "in_series",
        "job_seeker_since",
        "num",
        "opened",
        "order",
        "partner",
        "path",
        "person",
        "reason",
        "sector",
        "situation",
    )

    id: str
    num: int
    person: _PersonPlan
    path: list[tuple[str, date]]
    opened: date
    reason: str | None
    groups: list[str]
    job_seeker_since: date | None
    partner: _PartnerPlan | None
    counsellor: _ContactPlan | None
    follow_up: date | None
    situation: str
    sector: str
    order: int
    # (partner id, given on, valid until, withdrawn on) of each consent with a partner,
    # kept for the meetings (their agendas hold dossiers shareable with the invited partners).
    consents: list[tuple[str, date, date | None, date | None]]
    in_series: bool  # followed by the meeting series of its region (plan_series_pools)

    @property
    def status(self) -> str:
        return self.path[-1][0]

    @property
    def status_since(self) -> date:
        return self.path[-1][1]

    @property
    def closed(self) -> date | None:
        return self.path[-1][1] if self.path[-1][0] == wf.AFGESLOTEN else None

    def status_on(self, day: date) -> str | None:
        current = None
        for status, since in self.path:
            if since > day:
                break
            current = status
        return current


def _id(plan: _PartnerPlan | _ContactPlan | None) -> str | None:
    return None if plan is None else plan.id


# Typical days between two statuses (min, max), and days spent in the current status.
_GAPS: dict[tuple[str, str], tuple[int, int]] = {
    (wf.AANGEMELD, wf.INTAKE): (3, 30),
    (wf.AANGEMELD, wf.IN_BEGELEIDING): (7, 40),
    (wf.INTAKE, wf.IN_BEGELEIDING): (7, 45),
    (wf.IN_BEGELEIDING, wf.IN_OPLEIDING): (30, 240),
    (wf.IN_BEGELEIDING, wf.WERKERVARING): (30, 240),
    (wf.IN_BEGELEIDING, wf.AAN_HET_WERK): (60, 400),
    (wf.IN_OPLEIDING, wf.WERKERVARING): (60, 180),
    (wf.IN_OPLEIDING, wf.AAN_HET_WERK): (30, 180),
    (wf.WERKERVARING, wf.AAN_HET_WERK): (90, 365),
    (wf.WERKERVARING, wf.IN_BEGELEIDING): (60, 300),
    (wf.AAN_HET_WERK, wf.IN_BEGELEIDING): (30, 200),
}
_DWELL: dict[str, tuple[int, int]] = {
    wf.AANGEMELD: (0, 30),
    wf.INTAKE: (0, 40),
    wf.IN_BEGELEIDING: (0, 400),
    wf.IN_OPLEIDING: (0, 200),
    wf.WERKERVARING: (0, 300),
    wf.AAN_HET_WERK: (0, 365),
    wf.AFGESLOTEN: (0, 700),
}
_FINAL_STATUS = _Weighted(
    [
        (wf.AANGEMELD, 7),
        (wf.INTAKE, 8),
        (wf.IN_BEGELEIDING, 30),
        (wf.IN_OPLEIDING, 12),
        (wf.WERKERVARING, 11),
        (wf.AAN_HET_WERK, 17),
        (wf.AFGESLOTEN, 15),
    ]
)
_CLOSING = _Weighted(
    [
        ("werk", 35),
        ("opleiding", 10),
        ("verhuisd", 9),
        ("doorverwezen", 10),
        ("geen_medewerking", 12),
        ("niet_bereikbaar", 12),
        ("ziekte", 7),
        ("overleden", 1),
        ("andere", 4),
    ]
)
_LAST_BEFORE_CLOSING: dict[str, tuple[str, ...]] = {
    "werk": (wf.AAN_HET_WERK,) * 7 + (wf.IN_BEGELEIDING, wf.WERKERVARING, wf.IN_OPLEIDING),
    "opleiding": (wf.IN_BEGELEIDING, wf.IN_OPLEIDING, wf.IN_OPLEIDING),
    "niet_bereikbaar": (wf.AANGEMELD, wf.INTAKE, wf.IN_BEGELEIDING, wf.IN_BEGELEIDING),
    "geen_medewerking": (wf.INTAKE, wf.IN_BEGELEIDING, wf.IN_BEGELEIDING, wf.WERKERVARING),
}
_LAST_DEFAULT = (wf.INTAKE, wf.IN_BEGELEIDING, wf.IN_BEGELEIDING, wf.IN_OPLEIDING, wf.WERKERVARING)
_AGE_BANDS = _Weighted([((19, 24), 22), ((25, 54), 58), ((55, 65), 20)])
_HOURS = _Weighted([(38.0, 40), (30.0, 15), (32.0, 10), (24.0, 15), (19.0, 15), (20.0, 5)])
_CONTRACTS = _Weighted(
    [
        ("onbepaalde_duur", 35),
        ("bepaalde_duur", 25),
        ("interim", 12),
        ("ibo", 12),
        ("deeltijds", 8),
        ("flexi", 3),
        ("zelfstandige", 2),
        ("andere", 3),
    ]
)
_ORIGINS = _Weighted([(origin, origin.weight) for origin in ORIGINS])
_LANGUAGES = {origin.key: _Weighted(origin.languages) for origin in ORIGINS}
_OPEN_FINAL = _Weighted(
    [(s, w) for s, w in zip(_FINAL_STATUS.items, (7, 8, 30, 12, 11, 17, 0)) if w]
)
SECTOR_WEIGHTS = _Weighted(
    [
        ("logistiek", 14),
        ("zorg", 11),
        ("schoonmaak", 12),
        ("horeca", 7),
        ("bouw", 6),
        ("metaal", 7),
        ("productie", 10),
        ("retail", 7),
        ("groen", 6),
        ("voeding", 5),
        ("administratie", 5),
        ("kinderopvang", 3),
        ("transport", 4),
        ("tuinbouw", 4),
    ]
)
