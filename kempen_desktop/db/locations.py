"""Whether a --db / KEMPEN_DB value names a PostgreSQL server (team mode) or a file.
Imports nothing but the standard library: the start-up path asks before SQLAlchemy loads."""

from __future__ import annotations

import re

# What a user may type as --db / KEMPEN_DB for a server; all are opened with psycopg 3.
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def is_server_url(value: str) -> bool:
    """True for `postgresql://user@host:5432/kempen` (and postgres://, postgresql+psycopg://)."""
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*)://", value.strip())
    return match is not None and match.group(1).lower() in SERVER_SCHEMES
