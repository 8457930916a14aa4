"""A select's rows read in one step of the database: for the GUI thread while another
thread may run Python (issue 17).

The sqlite3 module lets go of the GIL for every row it steps and takes it back before the
next; while a background thread runs Python (the report's counts, an import), each take
can wait for that thread to hand the GIL over. A page of the Dossiers list is some 500
steps (200 rows and their groups). On SQLite the rows now come back as one JSON text,
aggregated by SQLite (one step) and parsed by the json module's C reader; the values are
then made what SQLAlchemy makes of them, by the columns' types. Measured with the list
scrolled while the figures are counted (benchmarks/bench_frames.py, 100,000 dossiers):
the longest frame 227-270 ms before, 197-224 ms after, the time frozen in frames over
50 ms 1.4-1.9 s before, 1.3-1.5 s after; without a count, a page reads in 6.6 ms instead
of 7.9. PostgreSQL's driver reads a result in one go already: there the select runs as is.
"""

from __future__ import annotations

import json
import uuid
from array import array
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Select, String, Uuid, cast, func, select
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from kempen_desktop.db.backend import Backend, backend_of


def _converter(kind: TypeEngine[Any]) -> Callable[[Any], Any] | None:
    """From the value SQLite stores to the one SQLAlchemy gives (None: the same)."""
    if isinstance(kind, Uuid):
        return uuid.UUID  # 32 hex digits, as stored
    if isinstance(kind, DateTime):
        return datetime.fromisoformat
    if isinstance(kind, Date):
        return date.fromisoformat
    if isinstance(kind, Boolean):
        return bool
    return None


class Prepared:
    """A select made ready once for `rows` (its aggregate and its columns' converters): a
    page of the list read at every scroll built and compiled the same statements each time,
    three quarters of the page's 10 ms. Its parameters come with each call."""

    def __init__(self, statement: Select[*tuple[Any, ...]]) -> None:
        self.statement = statement
        found = statement.subquery()
        self.aggregated = select(func.json_group_array(func.json_array(*found.c)))
        self.converters = [
            (index, convert)
            for index, column in enumerate(statement.selected_columns)
            if (convert := _converter(column.type)) is not None
        ]

    def rows(self, session: Session, **params: Any) -> list[tuple[Any, ...]]:
        """The statement's rows as tuples, typed as SQLAlchemy types them."""
        if backend_of(session) is not Backend.SQLITE:
            return [tuple(row) for row in session.execute(self.statement, params)]
        text = session.execute(self.aggregated, params).scalar()
        found_rows = json.loads(text or "[]")
        for index, convert in self.converters:  # column by column: one test of the type
            for row in found_rows:
                value = row[index]
                if value is not None:
                    row[index] = convert(value)
        return [tuple(row) for row in found_rows]


def rows(session: Session, statement: Select[*tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The statement's rows as tuples, typed as SQLAlchemy types them."""
    return Prepared(statement).rows(session)


def numbers_in_order(session: Session, statement: Select[tuple[int]]) -> array[int]:
    """The statement's one column of integers, in the order of its ORDER BY.

    On SQLite as one text: the ordered select runs as a co-routine under group_concat,
    which joins the numbers in the order they come (the walk of the sort's index, no sort).
    SQLite calls that order arbitrary; an ORDER BY inside the aggregate sorts instead of
    walking the index: at 1,000,000 dossiers 2.8 s instead of 0.4 s (the cursor: 0.5 s, one
    GIL hand-over a row). tests/test_one_step.py checks the order for every sort of the list.
    """
    if backend_of(session) is not Backend.SQLITE:
        result = session.connection().execute(statement)
        try:
            return array("q", (row[0] for row in result.cursor.fetchall()))
        finally:
            result.close()
    found = statement.subquery()
    joined = select(func.group_concat(cast(found.c[0], String), ","))
    text = session.connection().execute(joined).scalar()
    return _numbers_of(text or "")


#: Characters of the joined numbers parsed at a time (some 80,000 numbers).
_SLICE_CHARS = 600_000


def _numbers_of(text: str) -> array[int]:
    """The comma-joined numbers, parsed a slice at a time: one json.loads of 1,000,000
    numbers holds the GIL for some 50 ms, and the GUI thread waits that long to paint."""
    numbers: array[int] = array("q")
    start, size = 0, len(text)
    while start < size:
        end = text.find(",", start + _SLICE_CHARS)
        if end < 0:
            end = size
        numbers.extend(json.loads(f"[{text[start:end]}]"))
        start = end + 1
    return numbers
