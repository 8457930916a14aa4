"""SQLite's backend SQL: the FTS5 search index and file maintenance (PRAGMA).

dossier_fts (migrations 0001, 0013) holds one row per dossier, its rowid the dossier
number, tokenised with unicode61 and diacritics removed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, Engine


def fts_expression(words: Sequence[str]) -> str:
    """Every word a quoted prefix term, all required: FTS5 syntax typed by the user (quotes,
    AND, *, parentheses) can never make the query fail."""
    return " AND ".join('"' + word.replace('"', '""') + '"*' for word in words)


# The dossier numbers matching a search (db/backends.DossierSearch): :search_words is the
# fts_expression() of the words.
SEARCH_SQL = "SELECT rowid AS num FROM dossier_fts WHERE dossier_fts MATCH :search_words"
# How many dossiers a search finds, counted up to :most (db/backends.many_found_probe).
FOUND_UP_TO_SQL = (
    "SELECT count(*) FROM (SELECT 1 FROM dossier_fts WHERE dossier_fts MATCH :typed LIMIT :most)"
)
# The dossier of the outer query (`dossier.num`) holds every word: FTS5 seeks the rowid in
# the words' doclists (the prefix index of 0013 for two and three letters), ~40 us a row
# at 100,000 dossiers, more in longer doclists.
PROBE_SQL = (
    "EXISTS (SELECT 1 FROM dossier_fts "
    "WHERE dossier_fts MATCH :probe_words AND dossier_fts.rowid = dossier.num)"
)
# Numbers from one JSON array parameter (db/backends.NumberList).
NUMBERS_SQL = "SELECT value AS num FROM json_each(:numbers)"

# A typed word and a name word this alike (rapidfuzz ratio, 0..100) are the same name misspelt:
# "jansens"/"janssens" 93, "peters"/"peeters" 92, "jan"/"jef" 33.
SIMILAR_WORD_SCORE = 80
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def _name_words(text: str) -> list[str]:
    if not text.isascii():
        folded = unicodedata.normalize("NFKD", text.casefold())
        text = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return [word for word in _NOT_ALNUM.split(text.lower()) if word]


def similar_name_nums(connection: Connection, words: Sequence[str], limit: int) -> list[int]:
    """What PostgreSQL's trigram index does (postgres.SIMILAR_NAMES_SQL), here in Python:
    every typed word like (or the start of) a word of the person's last or first name,
    the closest names first. SQLite has no trigram index: the distinct names are read from
    the name index (names repeat) and each name part is folded once."""
    typed = [w for word in words for w in _name_words(word)]
    if not typed:
        return []
    pairs = connection.exec_driver_sql(
        "SELECT DISTINCT last_name, first_name FROM person"
    ).fetchall()
    folded: dict[str, frozenset[str]] = {}
    for pair in pairs:
        for part in pair:
            if part not in folded:
                folded[part] = frozenset(_name_words(part))
    known = list(frozenset().union(*folded.values())) if folded else []
    scores: list[dict[str, float]] = []  # per typed word: the name words close to it
    for word in typed:
        close = {
            hit: score
            for hit, score, _at in process.extract(
                word, known, scorer=fuzz.ratio, score_cutoff=SIMILAR_WORD_SCORE, limit=None
            )
        }
        close.update({hit: 100.0 for hit in known if hit.startswith(word)})
        if not close:
            return []
        scores.append(close)
    ranked: list[tuple[float, str, str]] = []
    for last, first in pairs:
        name_words = folded[last] | folded[first]
        if any(name_words.isdisjoint(close) for close in scores):
            continue  # most names: one set test each
        best = sum(max(close.get(w, 0.0) for w in name_words) for close in scores)
        ranked.append((-best, last, first))
    found: list[int] = []
    for _score, last, first in sorted(ranked):
        found += sorted(
            int(num)
            for (num,) in connection.exec_driver_sql(
                "SELECT d.num FROM person p JOIN dossier d ON d.person_id = p.id "
                "WHERE p.last_name = ? AND p.first_name = ?",
                (last, first),
            )
        )
        if len(found) >= limit:
            break
    return found[:limit]


@contextmanager
def secure_delete(connection: Connection) -> Iterator[None]:
    previous = connection.exec_driver_sql("PRAGMA secure_delete").scalar()
    connection.exec_driver_sql("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA secure_delete = {int(previous or 0)}")


def merge_search_index(connection: Connection) -> None:
    connection.exec_driver_sql("INSERT INTO dossier_fts(dossier_fts) VALUES ('optimize')")


def checkpoint(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


@contextmanager
def large_cache(connection: Connection, kib: int) -> Iterator[None]:
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-int(kib)}")
    connection.commit()  # end SQLAlchemy's autobegun transaction (nothing was written)
    try:
        yield
    finally:
        connection.rollback()
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous or -2000)}")
        connection.commit()


@contextmanager
def checkpoint_after(connection: Connection) -> Iterator[None]:
    previous = connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
    connection.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
    connection.commit()
    try:
        yield
    finally:
        connection.rollback()
        connection.exec_driver_sql(
            f"PRAGMA wal_autocheckpoint = {int(previous if previous is not None else 1000)}"
        )
        connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        connection.commit()


@contextmanager
def bulk_load(connection: Connection, cache_kib: int) -> Iterator[None]:
    cache_size = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
    # A brand-new file gains nothing from the WAL: with a rollback journal the pages are
    # written once instead of twice (WAL, then checkpoint). SQLite keeps WAL when another
    # connection has the file open; both are safe.
    journal = str(connection.exec_driver_sql("PRAGMA journal_mode = DELETE").scalar()).lower()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-int(cache_kib)}")
    connection.commit()  # end SQLAlchemy's autobegun transaction (no SQL was written)
    try:
        yield
        connection.exec_driver_sql("PRAGMA optimize")
        connection.commit()
    finally:
        connection.rollback()
        connection.exec_driver_sql(f"PRAGMA cache_size = {cache_size}")
        if journal == "delete":
            connection.exec_driver_sql("PRAGMA journal_mode = WAL")
        connection.commit()


def defer_foreign_keys(connection: Connection) -> None:
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    if connection.exec_driver_sql("PRAGMA defer_foreign_keys").scalar() != 1:
        raise RuntimeError("PRAGMA defer_foreign_keys werd niet aanvaard.")
