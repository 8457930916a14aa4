"""PostgreSQL's backend SQL: full-text search over dossier_search (migrations 0014, 0017).

dossier_search holds one row per dossier with a stored tsvector of its unaccented text
('simple' configuration: names are not Dutch words to stem), dossier_search_term its
lexemes one per row. A search is a prefix query, every word required: `jan pee` finds
what to_tsquery('simple', 'jan:* & pee:*') finds.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any


def tsquery(words: Sequence[str]) -> str:
    """Every word a quoted prefix lexeme (quotes and backslashes escaped), all required."""
    quoted = ("'" + word.replace("\\", "\\\\").replace("'", "''") + "':*" for word in words)
    return " & ".join(quoted)


# The dossier numbers matching a search (db/backends.DossierSearch): :search_words is the
# tsquery() of the words, every lexeme of it a prefix, read from dossier_search_term
# (migration 0017) by index alone. One lexeme: its range of the (term, num) key. More: the
# ranges of the lexemes starting fewer than RARE terms (counted up to it), grouped by
# dossier, keeping those found in every range; the other lexemes (frequent: 'de') are
# checked on the few dossiers left, against their search document. At 1,000,000 dossiers
# this took 'pau mar' from 430 to 55 ms and 'hendri car' from 110 to 16 ms, where a probe
# of the term index per dossier of the rarest range (~10 us each) did the checking. Two
# ranges (the usual 'name first-name') are intersected instead of grouped: a hashed set
# operation, where grouping called bit_or per term ('ma br', 300,000 terms: 340 -> 275 ms).
# A dossier may come more than once (one lexeme): callers take a set or IN (...). The
# lexemes are the query text's own, read by the parser to_tsquery() uses. A word holding
# '_' is two lexemes that to_tsquery() wants side by side (a phrase): such a search reads
# the GIN index of dossier_search.
RARE = 30_000
SEARCH_SQL = f"""
WITH lexemes AS (
    SELECT lexeme, (ord - 1)::int AS bit
      FROM unnest(tsvector_to_array(
               to_tsvector('simple', kempen_unaccent(lower(:search_words)))))
           WITH ORDINALITY AS l(lexeme, ord)
), counted AS (
    SELECT lexeme, bit, (SELECT count(*) FROM (
               SELECT 1 FROM dossier_search_term
                WHERE term >= lexeme AND term < lexeme || chr(1114111)
                LIMIT {RARE}) AS few) AS found
      FROM lexemes
), chosen AS (
    SELECT lexeme, bit FROM counted
     WHERE found < {RARE} OR NOT EXISTS (SELECT 1 FROM counted WHERE found < {RARE})
), grouped AS (
    SELECT t.num
      FROM chosen AS c
      JOIN dossier_search_term AS t
        ON t.term >= c.lexeme AND t.term < c.lexeme || chr(1114111)
     WHERE (SELECT count(*) FROM chosen) <> 2
     GROUP BY t.num
    HAVING bit_or(1 << c.bit) = (SELECT bit_or(1 << bit) FROM chosen)
    UNION ALL
    (SELECT t.num
       FROM chosen AS c
       JOIN dossier_search_term AS t
         ON t.term >= c.lexeme AND t.term < c.lexeme || chr(1114111)
      WHERE (SELECT count(*) FROM chosen) = 2 AND c.bit = (SELECT min(bit) FROM chosen)
     INTERSECT
     SELECT t.num
       FROM chosen AS c
       JOIN dossier_search_term AS t
         ON t.term >= c.lexeme AND t.term < c.lexeme || chr(1114111)
      WHERE (SELECT count(*) FROM chosen) = 2 AND c.bit = (SELECT max(bit) FROM chosen))
)
SELECT t.num
  FROM lexemes AS l
  JOIN dossier_search_term AS t
    ON t.term >= l.lexeme AND t.term < l.lexeme || chr(1114111)
 WHERE strpos(:search_words, '_') = 0 AND (SELECT count(*) FROM lexemes) = 1
UNION ALL
SELECT g.num
  FROM grouped AS g
 WHERE strpos(:search_words, '_') = 0 AND (SELECT count(*) FROM lexemes) > 1
   AND ((SELECT count(*) FROM chosen) = (SELECT count(*) FROM lexemes) OR EXISTS (
       SELECT 1 FROM dossier_search AS s
        WHERE s.num = g.num
          AND s.document @@ to_tsquery('simple', kempen_unaccent(lower(:search_words)))))
UNION ALL
SELECT num FROM dossier_search
 WHERE strpos(:search_words, '_') > 0
   AND document @@ to_tsquery('simple', kempen_unaccent(lower(:search_words)))"""

# The lexemes to_tsquery() reads in a search text, each with how many terms start with it,
# counted up to :most (index only, ~0.2 us a term): the rarest tells a search finding
# many dossiers (db/backends.walk_for). The longest lexeme is counted first and the others
# only up to one more than it, as only the rarest's count matters: 'de jan' counted 'de' up
# to 62,500 (12 ms) where 'jan' has 19,000.
LEXEMES_SQL = """
WITH lexemes AS (
    SELECT lexeme FROM unnest(tsvector_to_array(
               to_tsvector('simple', kempen_unaccent(lower(:typed))))) AS lexeme
), longest AS MATERIALIZED (
    SELECT lexeme, (SELECT count(*) FROM (
               SELECT 1 FROM dossier_search_term
                WHERE term >= lexeme AND term < lexeme || chr(1114111) LIMIT :most) AS few) AS found
      FROM lexemes ORDER BY length(lexeme) DESC, lexeme LIMIT 1
)
SELECT l.lexeme, CASE WHEN l.lexeme = f.lexeme THEN f.found ELSE (SELECT count(*) FROM (
           SELECT 1 FROM dossier_search_term
            WHERE term >= l.lexeme AND term < l.lexeme || chr(1114111)
            LIMIT least(:most, f.found + 1)) AS few) END
  FROM lexemes AS l, longest AS f"""
# Above every term starting with a lexeme, in the "C" order of dossier_search_term.term.
TERM_END = chr(0x10FFFF)


def term_probe(index: int) -> str:
    """A dossier (the outer query's `dossier.num`) has a term starting with lexeme `index`
    (parameters :lexeme_N and :lexeme_N_end): one probe of the (num, term) index. A scalar
    subquery, never turned into a join: the top of a sorted list is read by walking its
    index and checking each dossier it passes, stopping at the page's last row."""
    name = f"lexeme_{index}"
    return (
        f"(SELECT true FROM dossier_search_term AS probe_{index} "
        f"WHERE probe_{index}.num = dossier.num "
        f"AND probe_{index}.term >= :{name} AND probe_{index}.term < :{name}_end LIMIT 1)"
    )


def walk_condition(lexemes: int, hashed: bool) -> str:
    """The outer query's `dossier.num` holds lexemes 0..lexemes-1 (db/backends.walk_for).
    Probed: one term_probe() per lexeme, left to right (the rarest first). Hashed: lexeme
    0's dossiers are read once (one range of the term index) into the hashed subplan of
    IN (...) inside CASE, which the planner neither turns into a join (that would lose the
    walk's order) nor runs per row; only the rows it keeps are probed for the others. The
    hash must fit in memory (HASH_MEMORY_SQL), else the subplan would run for every row."""
    probes = [term_probe(i) for i in range(lexemes)]
    if not hashed:
        return " AND ".join(probes)
    rarest = (
        "dossier.num IN (SELECT rarest.num FROM dossier_search_term AS rarest "
        "WHERE rarest.term >= :lexeme_0 AND rarest.term < :lexeme_0_end)"
    )
    return f"CASE WHEN {rarest} THEN {' AND '.join(probes[1:]) or 'true'} END"


# Memory for the hashed walk's subplan, for the rest of the transaction: the rarest word's
# dossiers (fewer than one in 16, ~62,500 at 1,000,000) take a few MB; the planner hashes a
# subplan only when its estimate (often 5x off for a prefix range) fits hash_mem.
HASH_MEMORY_SQL = "SET LOCAL work_mem = '64MB'"


# Dossiers whose names are like the typed text though spelt otherwise ("Jansens" finds
# "Janssens"): pg_trgm's word similarity (default threshold 0.6, `%>`) over the trigram
# index of migration 0014, best first (db/backends.similar_name_nums).
SIMILAR_NAMES_SQL = (
    "SELECT num FROM dossier_search "
    "WHERE kempen_unaccent(lower(names)) %> kempen_unaccent(lower(:typed)) "
    "ORDER BY word_similarity(kempen_unaccent(lower(:typed)), kempen_unaccent(lower(names))) "
    "DESC, num LIMIT :limit"
)
# Numbers from one JSON array parameter (db/backends.NumberList).
NUMBERS_SQL = (
    "SELECT CAST(value AS INTEGER) AS num FROM json_array_elements_text(CAST(:numbers AS json))"
)


def storage_cursor(dbapi_connection: Any) -> Any:
    """A psycopg cursor whose rows hold what SQLite would: ISO date and time strings, ids
    as 32 hex digits, booleans as 0/1 (readers written against the SQLite file)."""
    from kempen_desktop.db.backends.postgres_rows import (
        BoolInt,
        DateText,
        TimestampText,
        UuidHex,
    )

    cursor = dbapi_connection.cursor()
    adapters = cursor.adapters
    adapters.register_loader("date", DateText)
    adapters.register_loader("timestamp", TimestampText)
    adapters.register_loader("uuid", UuidHex)
    adapters.register_loader("bool", BoolInt)
    return cursor


def _pyformat(statement: str) -> str:
    """SQLite's `?` placeholders as psycopg's `%s` (a literal % doubled)."""
    return statement.replace("%", "%%").replace("?", "%s")


class Rows:
    """What driver_sql returns on PostgreSQL: the few CursorResult methods callers use."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor
        self.rowcount: int = cursor.rowcount

    def _rows(self) -> list[Any]:
        return list(self._cursor.fetchall()) if self._cursor.description else []

    def fetchall(self) -> list[Any]:
        return self._rows()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows())

    def first(self) -> Any:
        return self._cursor.fetchone() if self._cursor.description else None

    def scalar(self) -> Any:
        row = self.first()
        return None if row is None else row[0]


def run_driver_sql(cursor: Any, statement: str, parameters: Any) -> Rows:
    sql = _pyformat(statement)
    many = isinstance(parameters, list) and bool(parameters)
    if many and isinstance(parameters[0], (tuple, list, dict)):
        cursor.executemany(sql, parameters)
    else:
        cursor.execute(sql, tuple(parameters) if parameters else None)
    return Rows(cursor)
