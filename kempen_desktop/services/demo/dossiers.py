"""Persons and the status paths of their dossiers, completed just before they are written."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from kempen_desktop.domain import status as wf
from kempen_desktop.domain import target_groups as tg
from kempen_desktop.services.demo.base import _GeneratorBase
from kempen_desktop.services.demo.content import (
    BARRIERS,
    BARRIERS_PARENT,
    INTERESTS,
    MAIL_DOMAINS,
    SECTORS,
    STREETS,
    SUBJECTS_BY_SEX,
    SUBJECTS_DISPLACED,
    SUBJECTS_GENERAL,
    SUBJECTS_NEWCOMER,
    SUBJECTS_SENIOR,
    SUBJECTS_YOUNG,
    _Origin,
)
from kempen_desktop.services.demo.formats import insz_for
from kempen_desktop.services.demo.plans import (
    _AGE_BANDS,
    _CLOSING,
    _DWELL,
    _FINAL_STATUS,
    _GAPS,
    _LANGUAGES,
    _LAST_BEFORE_CLOSING,
    _LAST_DEFAULT,
    _OPEN_FINAL,
    _ORIGINS,
    SECTOR_WEIGHTS,
    _DossierPlan,
    _PartnerPlan,
    _PersonPlan,
)
from kempen_desktop.services.demo.reference import _Place

#: Dossiers are opened within this many days before the reference date.
HISTORY_DAYS = 3 * 365


class _DossierPlanning(_GeneratorBase):
    """Part of the generator: persons and dossiers (planned, then completed)."""

    # -- persons and dossiers -----------------------------------------------------------

    def complete_person(self, person: _PersonPlan) -> None:
        """Identity, address and contact data, filled in when the first dossier is written."""
        rng, today = self.rng, self.today
        origin: _Origin = _ORIGINS.pick(rng)
        person.ready = True
        person.id = self.new_id()
        person.origin = origin
        person.newcomer = rng.random() < origin.newcomer
        male = rng.random() < origin.share_male
        person.sex = "M" if male else "F"
        person.first = rng.choice(origin.male if male else origin.female)
        person.last = rng.choice(origin.surnames)
        low, high = _AGE_BANDS.pick(rng)
        age = rng.randint(low, high)
        birth = date.fromordinal(today.toordinal() - int((age + rng.random()) * 365.2425))
        if (
            person.newcomer
            and origin.key in ("afghaans", "eritrees", "somalisch")
            and rng.random() < 0.2
        ):
            birth = date(birth.year, 1, 1)  # only the year was known on arrival
        person.birth = birth
        language = (
            "Nederlands"
            if not person.newcomer and origin.key != "vlaams" and rng.random() < 0.5
            else _LANGUAGES[origin.key].pick(rng)
        )
        person.language = language
        has_insz = rng.random() < (0.72 if person.newcomer else 0.88)
        person.insz = (
            self.insz(
                birth,
                male,
                bis=person.newcomer
                and rng.random() < (0.1 if origin.key in ("oekraiens", "marokkaans") else 0.35),
            )
            if has_insz
            else None
        )
        person.vdab = self.vdab_number() if rng.random() < 0.87 else None
        place: _Place = self.place_weights.pick(rng)
        person.place = place
        person.postcode = rng.choice(place.postcodes)
        number = rng.randint(1, 180)
        suffix = rng.choice(("", "", "", "", "", "A", " bus 1", " bus 2", " bus 3"))
        person.street = f"{rng.choice(STREETS)} {number}{suffix}"
        person.phone = self.phone() if rng.random() < 0.9 else ""
        if rng.random() < (0.45 if origin.key == "vlaams" else 0.3):
            extra = f"{rng.randint(1, 99)}" if rng.random() < 0.4 else ""
            person.email = (
                f"{self.ascii(person.first)}.{self.ascii(person.last)}{extra}"
                f"@{rng.choice(MAIL_DOMAINS)}"
            )
        else:
            person.email = ""

    def insz(self, birth: date, male: bool, *, bis: bool) -> str:
        rng = self.rng
        for _ in range(50):
            sequence = rng.randrange(1, 998, 2) if male else rng.randrange(2, 999, 2)
            number = insz_for(birth, sequence, bis=bis)
            if number not in self.used_insz:
                self.used_insz.add(number)
                return number
        raise RuntimeError("Geen vrij INSZ-volgnummer gevonden.")  # pragma: no cover

    def vdab_number(self) -> str:
        while True:
            number = self.rng.randrange(10_000_000, 100_000_000)
            if number not in self.used_vdab:
                self.used_vdab.add(number)
                return str(number)

    def plan_path(
        self, final: str, reason: str | None, end: date, window: int
    ) -> list[tuple[str, date]]:
        """Statuses from aangemeld to `final`, dated so that the last change lies before `end`."""
        rng = self.rng
        if final == wf.AFGESLOTEN:
            assert reason is not None
            before = rng.choice(_LAST_BEFORE_CLOSING.get(reason, _LAST_DEFAULT))
            statuses = self.statuses_to(before) + [wf.AFGESLOTEN]
        else:
            statuses = self.statuses_to(final)
        gaps = []
        for previous, current in itertools.pairwise(statuses):
            if current == wf.AFGESLOTEN:
                low, high = (120, 365) if previous == wf.AAN_HET_WERK else (20, 300)
            else:
                low, high = _GAPS[(previous, current)]
            gaps.append(rng.randint(low, high))
        low, high = _DWELL[final]
        dwell = rng.randint(low, high)
        total = sum(gaps) + dwell
        if total > window:  # squeeze the trajectory into the window, keeping its shape
            factor = window * (0.35 + 0.65 * rng.random()) / total
            gaps = [max(1, int(gap * factor)) for gap in gaps]
            dwell = max(0, min(int(dwell * factor), window - sum(gaps)))
        day = end - timedelta(days=sum(gaps) + dwell)
        path = [(statuses[0], day)]
        for status, gap in zip(statuses[1:], gaps):
            day += timedelta(days=gap)
            path.append((status, day))
        return path

    def statuses_to(self, final: str) -> list[str]:
        rng = self.rng
        if final == wf.AANGEMELD:
            return [wf.AANGEMELD]
        if final == wf.INTAKE:
            return [wf.AANGEMELD, wf.INTAKE]
        prefix = (
            [wf.AANGEMELD, wf.INTAKE, wf.IN_BEGELEIDING]
            if rng.random() < 0.85
            else [wf.AANGEMELD, wf.IN_BEGELEIDING]
        )
        r = rng.random()
        if final == wf.IN_BEGELEIDING:
            if r < 0.08:  # back and forth: lost a job or stopped work experience
                return prefix + [rng.choice((wf.WERKERVARING, wf.AAN_HET_WERK)), wf.IN_BEGELEIDING]
            return prefix
        if final == wf.IN_OPLEIDING:
            return prefix + [wf.IN_OPLEIDING]
        if final == wf.WERKERVARING:
            return prefix + ([wf.IN_OPLEIDING, wf.WERKERVARING] if r < 0.3 else [wf.WERKERVARING])
        if final == wf.AAN_HET_WERK:
            if r < 0.5:
                return prefix + [wf.AAN_HET_WERK]
            if r < 0.7:
                return prefix + [wf.IN_OPLEIDING, wf.AAN_HET_WERK]
            return prefix + [wf.WERKERVARING, wf.AAN_HET_WERK]
        raise AssertionError(final)

    def plan_dossier(
        self,
        person: _PersonPlan,
        *,
        end: date,
        window: int,
        closed: bool = False,
        open_: bool = False,
    ) -> _DossierPlan:
        """The skeleton of a dossier: its status path (which fixes the opening date)."""
        rng = self.rng
        final = (
            wf.AFGESLOTEN if closed else _OPEN_FINAL.pick(rng) if open_ else _FINAL_STATUS.pick(rng)
        )
        reason = _CLOSING.pick(rng) if final == wf.AFGESLOTEN else None
        if closed and reason == "overleden":
            reason = "verhuisd"
        dossier = _DossierPlan()
        dossier.person = person
        dossier.path = self.plan_path(final, reason, end, window)
        dossier.opened = dossier.path[0][1]
        dossier.reason = reason
        dossier.order = len(self.dossiers)
        self.dossiers.append(dossier)
        return dossier

    def complete_dossier(self, dossier: _DossierPlan) -> None:
        """Everything else about the dossier, filled in just before it is written."""
        if not dossier.person.ready:
            self.complete_person(dossier.person)
        dossier.id = self.new_id()
        dossier.sector = SECTOR_WEIGHTS.pick(self.rng)
        self.plan_groups(dossier)
        self.plan_responsibility(dossier)
        self.plan_follow_up(dossier)
        dossier.situation = self.situation(dossier)

    def plan_groups(self, dossier: _DossierPlan) -> None:
        rng, person = self.rng, dossier.person
        age = tg.age_on(person.birth, dossier.opened)
        origin = person.origin.key
        salient: list[str] = []
        other: list[str] = []
        dossier.job_seeker_since = None
        herintreder = (
            not person.newcomer and person.vdab is None and 25 <= age and rng.random() < 0.6
        )
        if person.newcomer:
            if origin == "oekraiens":
                if rng.random() < 0.95:
                    salient.append(tg.ONTHEEMDE)
            elif rng.random() < 0.85:
                salient.append(tg.NIEUWKOMER)
            if rng.random() < 0.85:
                salient.append(tg.ANDERSTALIG)
            if rng.random() < (0.3 if origin == "oekraiens" else 0.45):
                other.append(tg.LEEFLOON)
            if rng.random() < 0.4:
                other.append(tg.KORTGESCHOOLD)
        else:
            if person.language not in ("Nederlands",) and rng.random() < 0.5:
                other.append(tg.ANDERSTALIG)
            if rng.random() < 0.18:
                other.append(tg.LEEFLOON)
            if rng.random() < 0.15:
                salient.append(tg.ARBEIDSBEPERKING)
            if rng.random() < 0.35:
                other.append(tg.KORTGESCHOOLD)
            if age < 25 and rng.random() < 0.45:
                other.append(tg.NEET)
            if age <= 21 and rng.random() < 0.2:
                salient.append(tg.BUSO)
            if herintreder:
                salient.append(tg.HERINTREDER)
        if person.vdab is not None and not herintreder and rng.random() < 0.75:
            max_days = max(30, min(1800, (age - 16) * 365))
            days = int(30 + (max_days - 30) * rng.random() ** 2.2)
            dossier.job_seeker_since = dossier.opened - timedelta(days=days)
            salient.extend(sorted(tg.unemployment_groups(dossier.job_seeker_since, dossier.opened)))
        groups = [g for g in salient + other if g in self.group_codes and g not in tg.AGE_BASED]
        if len(groups) > 3:
            keep = groups[:1]
            rest = groups[1:]
            rng.shuffle(rest)
            groups = keep + rest[:2]
        if not groups:
            fallback = tg.NEET if age < 25 else tg.KORTGESCHOOLD
            groups = [fallback] if fallback in self.group_codes else []
        dossier.groups = groups

    def plan_responsibility(self, dossier: _DossierPlan) -> None:
        rng, person = self.rng, dossier.person
        groups = dossier.groups
        zora = person.place.region == "zora"
        ocmw = self.ocmw.get(person.place.name)
        r = rng.random()
        by = self.by_name
        if dossier.status == wf.AANGEMELD and r < 0.3:
            dossier.partner = dossier.counsellor = None
            return
        r = rng.random()
        partner: _PartnerPlan | None
        if tg.ARBEIDSBEPERKING in groups:
            partner = by["GTB"] if r < 0.65 else (by["ZORA Werkt"] if zora else by["VDAB"])
        elif tg.LEEFLOON in groups:
            partner = (
                (by["ZORA Werkt"] if r < 0.75 else ocmw)
                if zora
                else (ocmw if r < 0.7 else by["VDAB"])
            )
        elif zora:
            partner = by["ZORA Werkt"] if r < 0.45 else by["VDAB"] if r < 0.9 else ocmw
        elif tg.NEET in groups and r < 0.25:
            partner = by["Arktos"]
        elif (tg.NIEUWKOMER in groups or tg.ONTHEEMDE in groups) and r < 0.15:
            partner = by["I-Diverso"]
        elif dossier.status == wf.WERKERVARING and r < 0.3:
            partner = rng.choice((by["Lidwina"], by["Web"]))
        else:
            partner = by["VDAB"] if r < 0.65 else ocmw
        dossier.partner = partner
        dossier.counsellor = rng.choice(partner.contacts) if partner and partner.contacts else None

    def plan_follow_up(self, dossier: _DossierPlan) -> None:
        rng, today = self.rng, self.today
        dossier.follow_up = None
        if dossier.status == wf.AFGESLOTEN:
            return
        r = rng.random()
        if r < 0.12:
            day = today - timedelta(days=rng.randint(1, 60))
            if day > dossier.opened:
                dossier.follow_up = day
                return
            r = 0.5
        if r < 0.80:
            dossier.follow_up = today + timedelta(days=rng.randint(0, 42))
        elif r < 0.90:
            dossier.follow_up = today + timedelta(days=rng.randint(43, 150))

    def situation(self, dossier: _DossierPlan) -> str:
        rng, person = self.rng, dossier.person
        age = tg.age_on(person.birth, dossier.opened)
        groups = dossier.groups
        if tg.ONTHEEMDE in groups:
            subject = rng.choice(SUBJECTS_DISPLACED)
        elif person.newcomer:
            subject = rng.choice(SUBJECTS_NEWCOMER).format(
                country=person.origin.country,
                year=rng.randint(2015, max(2016, dossier.opened.year)),
            )
        elif age < 25:
            subject = rng.choice(SUBJECTS_YOUNG)
        elif age >= 55:
            subject = rng.choice(SUBJECTS_SENIOR)
        elif rng.random() < 0.3:
            subject = rng.choice(SUBJECTS_BY_SEX[person.sex])
        else:
            subject = rng.choice(SUBJECTS_GENERAL)
        interest = rng.choice(INTERESTS).format(sector=SECTORS[dossier.sector][1])
        barrier = rng.choice(
            BARRIERS_PARENT if 25 <= age < 50 and rng.random() < 0.12 else BARRIERS
        )
        return f"{subject}; {interest}. {barrier}"

    def plan_people(self) -> None:
        """Persons and the status paths of their dossiers; numbered in order of opening."""
        rng, today = self.rng, self.today
        target = self.n_dossiers
        while len(self.dossiers) < target:
            person = _PersonPlan()
            person.ready = person.written = False
            self.persons.append(person)
            if target - len(self.dossiers) >= 2 and rng.random() < 0.035:
                # A person with an earlier, closed trajectory and a newer one.
                second = self.plan_dossier(person, end=today, window=700, open_=True)
                gap = rng.randint(30, 200)
                end = second.opened - timedelta(days=gap)
                window = (end - (today - timedelta(days=HISTORY_DAYS))).days
                self.plan_dossier(person, end=end, window=max(window, 30), closed=True)
            else:
                final_window = HISTORY_DAYS
                self.plan_dossier(person, end=today, window=final_window)
        ordered = sorted(self.dossiers, key=lambda d: (d.opened, d.order))
        for num, dossier in enumerate(ordered, start=self.first_num):
            dossier.num = num
        self.dossiers = ordered
