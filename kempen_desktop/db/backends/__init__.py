"""The SQL that differs between SQLite and PostgreSQL, behind one set of functions.

Services never test a dialect name and never write FTS5 or tsquery SQL themselves: they call
these functions with their session (or connection), which pick `sqlite` or `postgres` by
the backend the session is bound to (db/backend.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Dialect,
    Engine,
    Text,
    TextClause,
    TextualSelect,
    bindparam,
    column,
    text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from kempen_desktop.db.backend import Backend, backend_of
from kempen_desktop.db.backends import postgres, sqlite


class _SearchWords(TypeDecorator[Any]):
    """The words of a search as the backend's query text: an FTS5 expression on SQLite, a
    tsquery on PostgreSQL (one bound parameter, so compiled statements stay cacheable)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str:
        words = tuple(value)
        if dialect.name == Backend.SQLITE:
            return sqlite.fts_expression(words)
        return postgres.tsquery(words)


class DossierSearch(TextualSelect):
    """The numbers (column `num`) of the dossiers whose search text holds every word as a
    prefix of one of its words, accents and case ignored: a subquery for IN (...). Compiled
    per backend: SQLite's FTS5 index (db/backends/sqlite.py) or PostgreSQL's tsvector
    (db/backends/postgres.py)."""

    inherit_cache = True

    def __init__(self, words: Sequence[str]) -> None:
        self.words_param = bindparam("search_words", tuple(words), type_=_SearchWords())
        super().__init__(text(sqlite.SEARCH_SQL).bindparams(self.words_param), [column("num")])


@compiles(DossierSearch, "postgresql")
def _search_on_postgres(element: DossierSearch, compiler: Any, **kw: Any) -> str:
    statement = text(postgres.SEARCH_SQL).bindparams(element.words_param).columns(column("num"))
    return str(compiler.process(statement, **kw))


def matching_nums(words: Sequence[str]) -> DossierSearch:
    """See DossierSearch; `words` as search.search_words() gives them (at least one)."""
    return DossierSearch(words)


# A search "may find many" from one in WALK_SHARE dossiers on (and from WALK_FROM): then
# walking the sorted list beats reading every match. A walk costs ~64 / share row checks,
# reading ~share * dossiers matches: FTS5 checks a row in ~40 us and reads a match in
# ~0.5-1 (at 100,000: 'pe', one in 6, walked in 15 ms, read in 7; 'ma', one in 2.4, walked
# in 15, read in 28). A walk that fails (a name prefix sorted by name: 'jan') is paid on
# top of the read. The server counts each word's terms up to one in 16 (index only, ~0.2 us
# a term: 12 ms for 'de'), then walks as walk_for() says.
WALK_SHARE = {Backend.SQLITE: 4, Backend.POSTGRESQL: 16}
WALK_FROM = 2_000
# How many rows of the sorted list a walk may check before it gives way to reading the
# matches. SQLite: a page within 1,000 rows wants one in 16. On the server a row costs ~7 us
# when every word is probed, so 3,000 rows (one word starting one term in 16 or more: a
# page wants one in 47) or 8,000 (several such words: 'ma li', 5,800 rows, 40 ms, where
# reading its matches took 300 ms). Hashing the rarest word's dossiers once makes a row
# cost ~0.8 us, so 20,000 rows find a page of a search matching one in 300: 'jan de' in
# 13 ms (reading its 13,000 matches took 100 ms), 'ja' (34,000) in 30 where reading and
# narrowing them took 70, 'he sa' in 55 where intersecting took 700.
WALK_ROWS = {Backend.SQLITE: 1_000, Backend.POSTGRESQL: 3_000}
WALK_ROWS_HASHED = 20_000
WALK_ROWS_FREQUENT = 8_000
# The rarest word is hashed when it starts one term in HASHED_SHARE dossiers or more: with
# the other words a page within 20,000 rows wants them to keep a quarter of its dossiers
# or more ('jan de': 19,000 of 1,000,000, 'de' in two of three, fills it; 'lott ge': 4,600,
# 2,900 found, and 'dierc ve' do not, and their walks cost 20-30 ms for nothing).
HASHED_SHARE = 80


@dataclass(frozen=True)
class Walk:
    """How to find a searched list's first page by walking the list without search:
    `condition` on the outer query's `dossier.num` (that dossier holds every word), for at
    most `rows` rows of it (dossier_list.top_of_many)."""

    condition: TextClause
    rows: int


def walk_for(connection: Connection, words: Sequence[str], dossiers: int) -> Walk | None:
    """The walk for a search that may find many of the `dossiers` (WALK_SHARE); None when
    it finds fewer (reading its matches is then quicker) or the walk cannot check it.
    SQLite: the search's matches counted up to that many, FTS5 seeking each walked rowid.
    PostgreSQL: each lexeme's terms counted up to that many (index only); one lexeme must
    reach it and is probed per row; of several, the rarest (when it starts fewer) is read
    once into a hash, the others probed on the rows it keeps (postgres.walk_condition).
    Never for words the term table does not serve ('_', see postgres.SEARCH_SQL). Runs
    the SET LOCAL the condition needs, in the caller's transaction."""
    backend = backend_of(connection)
    many = max(WALK_FROM, dossiers // WALK_SHARE[backend])
    if backend is Backend.SQLITE:
        expression = sqlite.fts_expression(words)
        parameters = {"typed": expression, "most": many}
        if (connection.execute(text(sqlite.FOUND_UP_TO_SQL), parameters).scalar() or 0) < many:
            return None
        condition = text(sqlite.PROBE_SQL).bindparams(probe_words=expression)
        return Walk(condition, WALK_ROWS[backend])
    if any("_" in word for word in words):
        return None
    typed = postgres.tsquery(words)
    rows = connection.execute(text(postgres.LEXEMES_SQL), {"typed": typed, "most": many}).all()
    counted = sorted(((int(found), str(lexeme)) for lexeme, found in rows), key=lambda r: r[0])
    if not counted:
        return None
    rarest = counted[0][0]
    lexemes = [lexeme for _found, lexeme in counted]  # rarest first: fewest probes
    if rarest >= many:
        walked = WALK_ROWS[backend] if len(lexemes) == 1 else WALK_ROWS_FREQUENT
        return Walk(_bound(postgres.walk_condition(len(lexemes), hashed=False), lexemes), walked)
    if rarest < max(WALK_FROM, dossiers // HASHED_SHARE):
        return None
    connection.execute(text(postgres.HASH_MEMORY_SQL))
    return Walk(_bound(postgres.walk_condition(len(lexemes), hashed=True), lexemes),
                WALK_ROWS_HASHED)  # fmt: skip


def _bound(condition: str, lexemes: Sequence[str]) -> TextClause:
    bounds: dict[str, str] = {}
    for i, lexeme in enumerate(lexemes):
        bounds[f"lexeme_{i}"] = lexeme
        bounds[f"lexeme_{i}_end"] = lexeme + postgres.TERM_END
    return text(condition).bindparams(**bounds)


class NumberList(TextualSelect):
    """Many numbers as one JSON parameter, as a one-column subquery (`num`) for IN (...):
    a tile can hold 100,000 dossiers, far beyond a parameter each. Compiled per backend:
    SQLite's json_each, PostgreSQL's json_array_elements_text."""

    inherit_cache = True

    def __init__(self, numbers: Sequence[int]) -> None:
        self.numbers_param = bindparam("numbers", json.dumps(sorted(numbers)), type_=Text())
        super().__init__(text(sqlite.NUMBERS_SQL).bindparams(self.numbers_param), [column("num")])


@compiles(NumberList, "postgresql")
def _numbers_on_postgres(element: NumberList, compiler: Any, **kw: Any) -> str:
    statement = text(postgres.NUMBERS_SQL).bindparams(element.numbers_param)
    return str(compiler.process(statement.columns(column("num")), **kw))


def number_list(numbers: Sequence[int]) -> NumberList:
    """See NumberList."""
    return NumberList(numbers)


def similar_name_nums(connection: Connection, words: Sequence[str], limit: int = 50) -> list[int]:
    """The numbers of (at most `limit`) dossiers whose person's name is like the typed words
    though spelt otherwise ("Jansens" for "Janssens"), for a search that found nothing.
    PostgreSQL: pg_trgm word similarity over the trigram index (migration 0014), best first;
    SQLite: rapidfuzz over the name words (db/backends/sqlite.py)."""
    if backend_of(connection) is Backend.SQLITE:
        return sqlite.similar_name_nums(connection, words, limit)
    typed = " ".join(words)
    rows = connection.execute(text(postgres.SIMILAR_NAMES_SQL), {"typed": typed, "limit": limit})
    return [int(num) for (num,) in rows]


@contextmanager
def secure_delete(connection: Connection) -> Iterator[None]:
    """Deleted text is overwritten in the file while the block runs (SQLite). On PostgreSQL
    the server's storage (and IT's disk encryption) decides; nothing to switch."""
    if backend_of(connection) is Backend.SQLITE:
        with sqlite.secure_delete(connection):
            yield
    else:
        yield


def merge_search_index(connection: Connection) -> None:
    """Compact the search index after a delete, so removed words leave its pages."""
    if backend_of(connection) is Backend.SQLITE:
        sqlite.merge_search_index(connection)


def checkpoint(engine: Engine) -> None:
    """Write the WAL back into the database file (SQLite); the server manages its own."""
    if backend_of(engine) is Backend.SQLITE:
        sqlite.checkpoint(engine)


@contextmanager
def large_cache(connection: Connection, kib: int) -> Iterator[None]:
    """A larger page cache (KiB) on this (pooled) connection while the block runs (SQLite;
    the server's memory is its administrator's)."""
    if backend_of(connection) is Backend.SQLITE:
        with sqlite.large_cache(connection, kib):
            yield
    else:
        yield


@contextmanager
def checkpoint_after(connection: Connection) -> Iterator[None]:
    """No automatic WAL checkpoint inside the block, one at its end (SQLite)."""
    if backend_of(connection) is Backend.SQLITE:
        with sqlite.checkpoint_after(connection):
            yield
    else:
        yield


@contextmanager
def bulk_load(connection: Connection, cache_kib: int) -> Iterator[None]:
    """Settings for filling an empty database in one go (the demo); statistics refreshed at
    the end, when the block succeeds. The block commits its own transactions."""
    if backend_of(connection) is Backend.SQLITE:
        with sqlite.bulk_load(connection, cache_kib):
            yield
        return
    try:
        yield
        connection.exec_driver_sql("ANALYZE")
        connection.commit()
    finally:
        connection.rollback()


def defer_foreign_keys(connection: Connection) -> None:
    """Check foreign keys at COMMIT for the rest of the open transaction, so a bulk writer
    may insert children before their parents. PostgreSQL: every foreign key is DEFERRABLE
    (migration 0014)."""
    if backend_of(connection) is Backend.SQLITE:
        sqlite.defer_foreign_keys(connection)
    else:
        connection.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")


def storage_cursor(connection: Connection) -> Any:
    """A DB-API cursor on the connection's current transaction whose rows hold values as the
    SQLite file stores them (ISO date strings, 32-hex ids, 0/1): fast readers that skip the
    ORM work the same on both backends."""
    dbapi_connection = connection.connection.dbapi_connection
    if backend_of(connection) is Backend.SQLITE:
        return dbapi_connection.cursor()  # type: ignore[union-attr]
    return postgres.storage_cursor(dbapi_connection)


def driver_sql(connection: Connection) -> Callable[..., Any]:
    """`connection.exec_driver_sql` for SQL written against the SQLite file: `?` placeholders,
    values in its storage format (ISO date strings, 32-hex ids). On PostgreSQL the same
    statements run through a storage_cursor, placeholders translated; the result has
    fetchall(), first(), scalar() and iteration, like SQLAlchemy's."""
    if backend_of(connection) is Backend.SQLITE:
        return connection.exec_driver_sql
    if not connection.in_transaction():
        connection.begin()  # the caller commits or rolls back as with exec_driver_sql

    def run(statement: str, parameters: Any = None) -> postgres.Rows:
        cursor = storage_cursor(connection)
        return postgres.run_driver_sql(cursor, statement, parameters)

    return run


def iso_date(bind: Session | Connection | Engine, expression: str) -> str:
    """SQL for `expression`, an ISO date text (a parameter, a temporary table's column), as
    something a DATE column compares with: itself on SQLite (dates are ISO text there), a
    cast on PostgreSQL (which compares a date with no text)."""
    if backend_of(bind) is Backend.SQLITE:
        return expression
    return f"CAST({expression} AS DATE)"
