"""SQLite's backend SQL: the FTS5 search index and file maintenance (PRAGMA).

dossier_fts (migrations 0001, 0013) holds one row per dossier, its rowid the dossier
number, tokenised with unicode61 and diacritics removed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, TextualSelect, column, text


def fts_expression(words: Sequence[str]) -> str:
    """Every word a quoted prefix term, all required: FTS5 syntax typed by the user (quotes,
    AND, *, parentheses) can never make the query fail."""
    return " AND ".join('"' + word.replace('"', '""') + '"*' for word in words)


def matching_nums(words: Sequence[str]) -> TextualSelect:
    return (
        text("SELECT rowid AS num FROM dossier_fts WHERE dossier_fts MATCH :fts")
        .bindparams(fts=fts_expression(words))
        .columns(column("num"))
    )


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
