"""*Jongeren in begeleiding* counted in SQL equals the rule read plainly (issue 17).

The indicator used to read every status change into Python (4-7 s of a period report at
100,000 dossiers). Its SQL must give the same count as the rule: persons younger than 25
on the day, whose dossier's last status change on or before the day (latest effective
date, then latest change) is guided; birthdays on 29 February and changes on the day
itself included.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from kempen_desktop.db.models import Dossier, Person, StatusChange
from kempen_desktop.services.actions.indicators import GUIDED, years_before, young_in_guidance
from tests.pg import database_on_both_backends as database  # noqa: F401 - both backends
from tests.pg import pg_database  # noqa: F401 - used by database_on_both_backends

CODES = ["aangemeld", "in_begeleiding", "in_opleiding", "werkervaring", "afgesloten"]
DAYS = [date(2024, 2, 29), date(2025, 2, 28), date(2025, 3, 1), date(2024, 6, 30)]


def _age(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _by_the_rule(people: list[tuple[date | None, list[tuple[date, datetime, str]]]],
                 day: date) -> int:  # fmt: skip
    count = 0
    for birth, changes in people:
        before = [change for change in changes if change[0] <= day]
        if birth is None or not before or _age(birth, day) >= 25:
            continue
        if max(before)[2] in GUIDED:
            count += 1
    return count


def test_the_count_in_sql_follows_the_rule(database: Any) -> None:  # noqa: F811 - the fixture
    rng = random.Random(17)
    births = [date(2000, 2, 29), date(1999, 3, 1), date(1999, 2, 28), date(2000, 3, 1), None]
    people: list[tuple[date | None, list[tuple[date, datetime, str]]]] = []
    with database.transaction() as session:
        for num in range(1, 301):
            birth = births[num - 1] if num <= len(births) else (
                date(1995, 1, 1) + timedelta(days=rng.randrange(4000)))  # fmt: skip
            person = Person(last_name=f"Klant{num}", first_name="Test", birth_date=birth)
            session.add(person)
            session.flush()
            dossier = Dossier(
                num=num,
                person_id=person.id,
                status_code="aangemeld",
                status_since=DAYS[0],
                opened_on=DAYS[0],
            )
            session.add(dossier)
            session.flush()
            changes = []
            for _ in range(rng.randrange(0, 5)):
                effective = rng.choice([*DAYS, date(2023, 1, 1) + timedelta(rng.randrange(900))])
                changed = datetime(2023, 1, 1) + timedelta(minutes=rng.randrange(10**6))
                code = rng.choice(CODES)
                changes.append((effective, changed, code))
                session.add(StatusChange(dossier_id=dossier.id, to_code=code,
                                         effective_on=effective, changed_at=changed))  # fmt: skip
            people.append((birth, changes))
    with database.session() as session:
        counts = [young_in_guidance(session, day) for day in DAYS]
    assert counts == [_by_the_rule(people, day) for day in DAYS]
    assert min(counts) > 5  # the data set tests something


def test_years_before_takes_29_february_to_the_28th() -> None:
    assert years_before(date(2024, 2, 29), 25) == date(1999, 2, 28)
    assert years_before(date(2025, 6, 30), 25) == date(2000, 6, 30)
    assert years_before(date(2024, 2, 29), 24) == date(2000, 2, 29)
