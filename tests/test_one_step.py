"""db/one_step: a select's rows read in one step give exactly what SQLAlchemy gives (issue 17:
the GUI thread reads a page of the list in one step while another thread counts)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from kempen_desktop.db import one_step
from kempen_desktop.db.models import ContactPerson, Dossier, Person, StatusChange
from kempen_desktop.services.dossiers.dossier_list import fetch_rows
from tests.pg import database_on_both_backends as database  # noqa: F401 - both backends
from tests.pg import pg_database  # noqa: F401 - used by database_on_both_backends

NAMES = [
    ("O'Brien", 'Sam "Sammy"'),
    ("Çelik", "Zoë"),
    ("Van den\nBroeck", "back\\slash"),
    ("Nguyễn", "🙂"),
    ("", "Leeg"),
]


def _world(database: Any) -> None:  # noqa: F811 - the fixture
    with database.transaction() as session:
        for num, (last, first) in enumerate(NAMES, start=1):
            person = Person(
                last_name=last,
                first_name=first,
                birth_date=None if num == 2 else date(1990 + num, num, 28),
            )
            session.add(person)
            session.flush()
            dossier = Dossier(
                num=num,
                person_id=person.id,
                status_code="aangemeld",
                status_since=date(2025, 1, num),
                opened_on=date(2025, 1, num),
                discuss=num % 2 == 0,
                follow_up_on=None if num == 3 else date(2026, num, 1),
            )
            session.add(dossier)
            session.flush()
            for minute in range(num - 1):  # the first dossier has none: outer join NULLs
                session.add(
                    StatusChange(
                        dossier_id=dossier.id,
                        to_code="in_begeleiding",
                        effective_on=date(2025, 2, minute + 1),
                        changed_at=datetime(2025, 2, 1, 9, minute, 0, 123456 * (minute % 2)),
                    )
                )


def test_rows_in_one_step_are_the_rows_sqlalchemy_gives(database: Any) -> None:  # noqa: F811
    _world(database)
    statement = (
        select(
            Dossier.num,
            Dossier.id,
            Person.last_name,
            Person.first_name,  # two columns of one name: kept apart
            Person.birth_date,
            Dossier.discuss,
            StatusChange.changed_at,
            StatusChange.id,
            Dossier.follow_up_on,
        )
        .join(Person, Person.id == Dossier.person_id)
        .outerjoin(StatusChange, StatusChange.dossier_id == Dossier.id)
        .outerjoin(ContactPerson, ContactPerson.id == Dossier.counsellor_id)
        .add_columns(ContactPerson.first_name)
    )
    with database.session() as session:
        expected = [tuple(row) for row in session.execute(statement)]
        found = one_step.rows(session, statement)
        nothing = one_step.rows(session, statement.where(Dossier.num > 99))
    assert len(found) == 1 + 1 + 2 + 3 + 4  # dossier 1 without changes, then 1, 2, 3, 4

    def key(row: tuple[Any, ...]) -> tuple[int, str]:  # an aggregate keeps no order
        return row[0], str(row[6])

    assert sorted(found, key=key) == sorted(expected, key=key)
    assert [type(value) for value in max(found, key=key)] == [
        type(value) for value in max(expected, key=key)
    ]
    assert nothing == []


def test_a_page_of_the_list_reads_as_before(database: Any) -> None:  # noqa: F811
    _world(database)
    with database.session() as session:
        rows = fetch_rows(session, [1, 2, 3, 4, 5, 99], today=date(2026, 1, 1))
    assert sorted(rows) == [1, 2, 3, 4, 5]
    assert rows[1].last_name == "O'Brien" and rows[2].first_name == "Zoë"
    assert rows[3].last_name == "Van den\nBroeck" and rows[3].follow_up_on is None
    assert rows[4].first_name == "🙂" and rows[4].follow_up_on == date(2026, 4, 1)
    assert all(isinstance(row.id, type(rows[1].id)) for row in rows.values())


def test_the_list_order_in_one_step_is_the_order_sql_gives(database: Any) -> None:  # noqa: F811
    """Every sort of the Dossiers list, with and without filters: the numbers joined in one
    step come in the order of the statement's ORDER BY (SQLite gives no promise for the
    order an aggregate sees its rows in: this is where a change would show)."""
    from kempen_desktop.services.demo import generate_demo
    from kempen_desktop.services.dossiers.dossier_list import (
        SORT_KEYS,
        DossierFilter,
        _filtered,
        _ordered,
        dossier_count,
    )

    generate_demo(database, dossiers=300, seed=11, today=date(2026, 6, 30))
    filters = (DossierFilter(), DossierFilter(open_only=True), DossierFilter(text="ma"))
    with database.session() as session:
        for flt in filters:
            for key in SORT_KEYS:
                statement = _ordered(_filtered(flt, date(2026, 6, 30)), key)
                expected = [num for (num,) in session.execute(statement)]
                assert len(expected) > 20, (flt, key)
                assert one_step.numbers_in_order(session, statement).tolist() == expected, (
                    flt,
                    key,
                )
            # The list's length before its order is read (the open ones: all less the closed).
            assert dossier_count(session, flt, date(2026, 6, 30)) == len(expected), flt
        everything = dossier_count(session, DossierFilter())
        assert dossier_count(session, DossierFilter(open_only=True)) < everything  # closed ones
        nothing = _ordered(_filtered(DossierFilter(text="zzqq"), date(2026, 6, 30)), "naam")
        assert one_step.numbers_in_order(session, nothing).tolist() == []


def test_the_joined_numbers_are_read_whole_in_slices(monkeypatch: Any) -> None:
    """A long list's order is parsed a slice at a time (one long parse froze the window): no
    number is lost, split or doubled where a slice ends."""
    numbers = [1, 22, 333, 4444, 55555, 7, 1_000_000_000_001, 0, 9]
    text = ",".join(map(str, numbers))
    for size in (1, 2, 3, 5, 8, 13, len(text), 10 * len(text)):
        monkeypatch.setattr(one_step, "_SLICE_CHARS", size)
        assert one_step._numbers_of(text).tolist() == numbers, size
    assert one_step._numbers_of("").tolist() == []
