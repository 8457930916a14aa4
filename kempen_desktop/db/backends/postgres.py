"""PostgreSQL's backend SQL: full-text search over dossier_search (migration 0014).

dossier_search holds one row per dossier with a stored tsvector of its unaccented text
('simple' configuration: names are not Dutch words to stem). A search is a prefix query,
every word required: `jan pee` becomes to_tsquery('simple', 'jan:* & pee:*').
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import TextualSelect, column, text


def tsquery(words: Sequence[str]) -> str:
    """Every word a quoted prefix lexeme (quotes and backslashes escaped), all required."""
    quoted = ("'" + word.replace("\\", "\\\\").replace("'", "''") + "':*" for word in words)
    return " & ".join(quoted)


def matching_nums(words: Sequence[str]) -> TextualSelect:
    return (
        text(
            "SELECT num FROM dossier_search "
            "WHERE document @@ to_tsquery('simple', kempen_unaccent(lower(:query)))"
        )
        .bindparams(query=tsquery(words))
        .columns(column("num"))
    )
