"""Which kind of database the app talks to: the local SQLite file or a PostgreSQL server.

The one place that tells the two apart by name. The local-file features (SQLCipher, the
instance lock, local backups, integrity checks, the temp-file sweep) belong to SQLite; on
PostgreSQL the server and the organisation's IT provide backups, encryption at rest and
access control. Code that needs backend-specific SQL asks `backend_of(bind)` and calls the
matching module in `db/backends/` (search) instead of testing dialect names itself.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import URL, Connection, Engine, make_url
from sqlalchemy.orm import Session

from kempen_desktop.db.locations import is_server_url

DRIVER = "postgresql+psycopg"


class Backend(StrEnum):
    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"

    @property
    def local_file(self) -> bool:
        """True for the local SQLite file: lock, SQLCipher, backups and checks apply."""
        return self is Backend.SQLITE


def server_url(value: str | URL) -> URL:
    """The SQLAlchemy URL (driver psycopg 3) for a server URL as the user typed it."""
    if isinstance(value, URL):
        return value.set(drivername=DRIVER)
    if not is_server_url(value):
        raise ValueError("Geen PostgreSQL-adres (verwacht postgresql://gebruiker@server/db).")
    rest = value.strip().split("://", 1)[1]
    return make_url(f"{DRIVER}://{rest}")


def shown_url(url: URL) -> str:
    """The URL to show the user or log: `postgresql://user@host:5432/kempen`, no password."""
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def backend_of(bind: Engine | Connection | Session) -> Backend:
    """The backend of an engine, a connection or a session."""
    if isinstance(bind, Session):
        return Backend(bind.get_bind().dialect.name)
    return Backend(bind.dialect.name)
