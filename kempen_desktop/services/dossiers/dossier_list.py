"""The dossier list: filter, search and sort in SQL; fetch visible rows page by page.

The table shows up to 1,000,000 dossiers. The list holds only dossier numbers in the
current order (one indexed query); the visible rows are fetched in pages. Filtering,
full-text search (FTS5 on SQLite, a tsvector on PostgreSQL: db/backends) and sorting all
happen in the database, never in the view.

The order is read into an `array` of 64-bit integers, past SQLAlchemy's row processing (half
the list's reload time, issue 17), on SQLite as one text (db/one_step.py); an array of a
million numbers is 8 MB instead of 36 MB of int objects. It is always ascending:
every sort ends in the unique dossier number, so the descending order is its exact reverse.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from itertools import chain
from typing import Any, cast

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Executable,
    Select,
    String,
    TextualSelect,
    and_,
    bindparam,
    exists,
    func,
    literal,
    or_,
    select,
    tuple_,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session, aliased

from kempen_desktop.db import backends, one_step
from kempen_desktop.db.models import (
    ContactPerson,
    Dossier,
    Municipality,
    Person,
    TargetGroup,
    dossier_target_group,
)
from kempen_desktop.domain import status as dossier_status
from kempen_desktop.domain.dossier_rows import DossierRow
from kempen_desktop.domain.target_groups import (
    JONGERE,
    PLUS55,
    SENIOR_FROM_AGE,
    YOUNG_BELOW_AGE,
    age_based_groups,
    age_on,
)
from kempen_desktop.services.dossiers.search import search_words


@dataclass(frozen=True)
class DossierFilter:
    text: str = ""
    status: str | None = None
    target_group: str | None = None
    municipality_nis: str | None = None
    overdue_only: bool = False
    # Open dossiers only (status not afgesloten): the Dossiers tab's default view.
    open_only: bool = False
    # "Mijn opvolgingen": open dossiers with a follow-up on or before this day (overdue ones
    # included); None = no limit.
    follow_up_until: date | None = None
    # Only these dossier numbers (a click-through from a report tile); None = no limit.
    nums: frozenset[int] | None = None
    # Shown whatever the other filters say: the dossier just edited or created stays in view
    # (issue 14); the tab says so in its banner and drops it on the next filter change.
    pinned: frozenset[int] = frozenset()


#: The Dossiers tab's default list: the open dossiers, nothing else asked.
OPEN_DOSSIERS = DossierFilter(open_only=True)


def latest_birth_date_for_age(age: int, today: date) -> date:
    """The last birth date at which someone is at least `age` years old today.

    Computed with the domain's age_on so SQL filters agree with the displayed groups,
    29 February included.
    """
    guess = today - timedelta(days=round(age * 365.2425))
    while age_on(guess, today) < age:
        guess -= timedelta(days=1)
    while age_on(guess + timedelta(days=1), today) >= age:
        guess += timedelta(days=1)
    return guess


def _person_condition(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """Filter on person fields without joining person for every dossier in the list."""
    return Dossier.person_id.in_(select(Person.id).where(condition))


def target_group_condition(code: str, today: date) -> ColumnElement[bool]:
    if code == JONGERE:
        return _person_condition(
            Person.birth_date > latest_birth_date_for_age(YOUNG_BELOW_AGE, today)
        )
    if code == PLUS55:
        return _person_condition(
            Person.birth_date <= latest_birth_date_for_age(SENIOR_FROM_AGE, today)
        )
    return exists().where(
        dossier_target_group.c.dossier_id == Dossier.id,
        dossier_target_group.c.target_group_code == code,
    )


@contextmanager
def _first_column(session: Session, stmt: Executable) -> Iterator[Iterator[int]]:
    """The first column of the statement's rows, straight from the driver's cursor."""
    result = session.connection().execute(stmt)
    try:
        yield chain.from_iterable(cast("Iterable[tuple[int]]", result.cursor))
    finally:
        result.close()


def _matching(words: Sequence[str]) -> TextualSelect:
    """The numbers of the dossiers matching every word as a prefix: the backend's full-text
    search (db/backends: FTS5 on SQLite, a tsvector on PostgreSQL)."""
    return backends.matching_nums(words)


def search_matches(session: Session, typed: str) -> frozenset[int] | None:
    """The numbers of every dossier the typed search text finds, whatever the other filters
    say; None when there is nothing to search for (fewer than two characters a word)."""
    words = search_words(typed)
    if not words:
        return None
    # The numbers as one text "1,2,3", aggregated in the database and parsed by the JSON
    # reader (C): a two-letter prefix found in most dossiers ('de': 97,000 of 100,000) cost
    # about half the CPU of stepping the match row by row from Python.
    found = _matching(words).subquery()
    aggregated = select(func.aggregate_strings(sql_cast(found.c.num, String), ","))
    numbers = session.connection().execute(aggregated).scalar()
    return frozenset(json.loads(f"[{numbers}]")) if numbers else frozenset()


def similar_names(session: Session, typed: str, limit: int = 50) -> list[int]:
    """The numbers of dossiers whose person's name is like the typed text though spelt
    otherwise ("Jansens" finds "Janssens"): what a search that found nothing offers.
    PostgreSQL: trigram similarity (pg_trgm); SQLite: rapidfuzz (db/backends)."""
    words = search_words(typed)
    if not words:
        return []
    return backends.similar_name_nums(session.connection(), words, limit)


def _conditions(flt: DossierFilter, today: date) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    words = search_words(flt.text)
    if words:
        conditions.append(Dossier.num.in_(_matching(words)))
    if flt.status:
        conditions.append(Dossier.status_code == flt.status)
    if flt.target_group:
        conditions.append(target_group_condition(flt.target_group, today))
    if flt.municipality_nis:
        conditions.append(_person_condition(Person.municipality_nis == flt.municipality_nis))
    if flt.overdue_only:
        conditions.append(
            and_(Dossier.follow_up_on < today, Dossier.status_code != dossier_status.AFGESLOTEN)
        )
    if flt.open_only:
        conditions.append(Dossier.status_code != dossier_status.AFGESLOTEN)
    if flt.follow_up_until is not None:
        conditions.append(
            and_(
                Dossier.follow_up_on <= flt.follow_up_until,
                Dossier.status_code != dossier_status.AFGESLOTEN,
            )
        )
    if flt.nums is not None:
        # One JSON parameter instead of one per number: a tile can hold 100,000 dossiers.
        conditions.append(Dossier.num.in_(backends.number_list(sorted(flt.nums))))
    return conditions


# Sort keys are the list_* copies on the dossier row (migration 0002), each with a
# covering index that ends in the name and the number, so no sort needs a join.
_SORT_COLUMNS = {
    "naam": (),
    "voornaam": (Dossier.list_first_name,),
    "gemeente": (Dossier.list_place,),
    "status": (Dossier.list_status_rank,),
    "kansengroepen": (Dossier.list_groups,),
    "begeleider": (Dossier.list_counsellor,),
    "opvolging": (Dossier.list_follow_up,),  # no date sorts as 9999-12-31: last when ascending
}
SORT_KEYS = tuple(_SORT_COLUMNS)  # in the order of the table's columns


def _ordered(stmt: Select[Any], sort_key: str, descending: bool = False) -> Select[Any]:
    """Every sort ends in the unique number, so descending is the exact reverse."""
    keys = _sort_columns(sort_key)
    return stmt.order_by(*(key.desc() if descending else key for key in keys))


def _sort_columns(sort_key: str) -> list[Any]:
    try:
        leading = _SORT_COLUMNS[sort_key]
    except KeyError:
        raise ValueError(f"Onbekende sortering: {sort_key!r}") from None
    if sort_key == "voornaam":
        return [Dossier.list_first_name, Dossier.list_last_name, Dossier.num]
    return [*leading, Dossier.list_last_name, Dossier.list_first_name, Dossier.num]


def _filtered(flt: DossierFilter, today: date) -> Select[Any]:
    stmt = select(Dossier.num)
    conditions = _conditions(flt, today)
    if conditions and flt.pinned:
        return stmt.where(or_(and_(*conditions), Dossier.num.in_(sorted(flt.pinned))))
    if conditions:
        return stmt.where(*conditions)
    return stmt


def dossier_order(
    session: Session, flt: DossierFilter, sort_key: str = "naam", today: date | None = None
) -> array[int]:
    """Dossier numbers matching the filter in ascending display order (reverse for descending).

    Read in one step where the backend allows (db/one_step.py), past the per-row result
    processing: the list's order is read on a worker thread beside the GUI thread.
    """
    stmt = _ordered(_filtered(flt, today or date.today()), sort_key)
    return one_step.numbers_in_order(session, stmt)


def first_in_order(
    session: Session,
    flt: DossierFilter,
    sort_key: str,
    descending: bool,
    count: int,
    today: date | None = None,
) -> list[int]:
    """The first `count` numbers of the sorted list: a few index pages, to show a long
    list's top at once while the whole order is read in the background."""
    stmt = _ordered(_filtered(flt, today or date.today()), sort_key, descending).limit(count)
    return _numbers(session, stmt)


def _numbers(session: Session, stmt: Executable) -> list[int]:
    with _first_column(session, stmt) as numbers:
        return list(numbers)


def top_of_many(
    session: Session,
    flt: DossierFilter,
    sort_key: str,
    descending: bool,
    count: int,
    today: date | None = None,
) -> list[int] | None:
    """The first `count` numbers of a searched list that finds many dossiers, found by
    walking the list without search from its top and checking each row for the search
    (backends.walk_for): 'de' finds 80,000 of 100,000 dossiers (FTS5 reads them in
    30-100 ms) and two in three of 1,000,000 on a server (0.5 s), and fills a page within a
    hundred rows. None when the search may find few (reading its matches is then quick),
    or when the page is not full after the walk's rows: the matches lie further down (a name
    prefix sorted by name lies in one stretch: 'maes'), and reading them is quicker."""
    words = search_words(flt.text)
    if not words or flt.pinned or flt.nums is not None:
        return None
    largest = session.scalar(select(func.max(Dossier.num))) or 0
    walk = backends.walk_for(session.connection(), words, largest)
    if walk is None:
        return None
    unsearched = _filtered(replace(flt, text=""), today or date.today())
    stmt = _ordered(unsearched.where(walk.condition), sort_key, descending).limit(count)
    boundary = _walk_boundary(session, unsearched, sort_key, descending, walk.rows)
    if boundary is not None:
        stmt = stmt.where(boundary)
    top = _numbers(session, stmt)
    return top if len(top) == count else None


def _walk_boundary(
    session: Session, unsearched: Select[Any], sort_key: str, descending: bool, rows: int
) -> ColumnElement[bool] | None:
    """Rows up to the `rows`-th of the sorted list: its sort keys read from the index,
    compared as one row value, so the walk stops there in index order on either backend.
    None when the list is shorter (the walk may go to its end)."""
    keys = _sort_columns(sort_key)
    last = session.execute(
        _ordered(unsearched.with_only_columns(*keys), sort_key, descending)
        .offset(rows - 1)
        .limit(1)
    ).first()
    if last is None:
        return None
    walked = tuple_(*keys)
    limit = tuple_(*(literal(value, type_=key.type) for key, value in zip(keys, last)))
    return walked >= limit if descending else walked <= limit


def dossier_count(session: Session, flt: DossierFilter, today: date | None = None) -> int:
    """How many dossiers the list holds (a count, ~30 ms at 100,000, where reading the
    order takes a second): the first load tells a long list from a short one by it."""
    if flt == OPEN_DOSSIERS:
        # The tab's own list, as all less the closed ones: two counts on the status index,
        # 29 ms at 1,000,000 dossiers where counting the open ones walks all of it (131 ms).
        # status_code is never NULL.
        every = session.scalar(select(func.count()).select_from(Dossier)) or 0
        closed = session.scalar(
            select(func.count())
            .select_from(Dossier)
            .where(Dossier.status_code == dossier_status.AFGESLOTEN)
        )
        return int(every) - int(closed or 0)
    stmt = select(func.count()).select_from(_filtered(flt, today or date.today()).subquery())
    return int(session.scalar(stmt) or 0)


def find_dossier_nums(
    session: Session,
    flt: DossierFilter,
    sort_key: str = "naam",
    descending: bool = False,
    today: date | None = None,
) -> list[int]:
    """Dossier numbers matching the filter, in display order."""
    order = dossier_order(session, flt, sort_key, today)
    if descending:
        order.reverse()
    return order.tolist()


@cache
def _page_statements() -> tuple[one_step.Prepared, one_step.Prepared]:
    """A page's rows and their groups, built once (the numbers are the ``nums`` parameter).
    In one step each (db/one_step.py): the GUI thread reads a page while another thread
    may be counting in Python."""
    counsellor = aliased(ContactPerson)
    nums: BindParameter[list[int]] = bindparam("nums", expanding=True)
    rows = (
        select(
            Dossier.num,
            Dossier.id,
            Person.last_name,
            Person.first_name,
            Person.birth_date,
            Municipality.name,
            Dossier.status_code,
            counsellor.first_name,
            counsellor.last_name,
            Dossier.follow_up_on,
        )
        .join(Person, Person.id == Dossier.person_id)
        .outerjoin(Municipality, Municipality.nis_code == Person.municipality_nis)
        .outerjoin(counsellor, counsellor.id == Dossier.counsellor_id)
        .where(Dossier.num.in_(nums))
    )
    groups = (
        select(Dossier.num, dossier_target_group.c.target_group_code, TargetGroup.sort_order)
        .join(Dossier, Dossier.id == dossier_target_group.c.dossier_id)
        .join(TargetGroup, TargetGroup.code == dossier_target_group.c.target_group_code)
        .where(Dossier.num.in_(nums))
    )
    return one_step.Prepared(rows), one_step.Prepared(groups)


def fetch_rows(
    session: Session, nums: Sequence[int], today: date | None = None
) -> dict[int, DossierRow]:
    """The display rows for some dossier numbers (one page), keyed by number."""
    if not nums:
        return {}
    day = today or date.today()
    page_rows, page_groups = _page_statements()
    wanted = list(nums)
    rows = page_rows.rows(session, nums=wanted)
    groups: dict[int, list[str]] = {}
    found = page_groups.rows(session, nums=wanted)
    # In the groups' own order (an aggregate keeps none); the code breaks a tie.
    for num, code, _order in sorted(found, key=lambda group: (group[2], group[1])):
        groups.setdefault(num, []).append(code)
    result: dict[int, DossierRow] = {}
    for num, dossier_id, last, first, birth, place, status_code, c_first, c_last, follow_up in rows:
        age_groups = sorted(age_based_groups(birth, day))
        result[num] = DossierRow(
            num=num,
            id=dossier_id,
            last_name=last,
            first_name=first,
            municipality=place or "",
            status_code=status_code,
            target_group_codes=tuple(age_groups + groups.get(num, [])),
            counsellor=f"{c_first} {c_last}" if c_first is not None else "",
            follow_up_on=follow_up,
        )
    return result
