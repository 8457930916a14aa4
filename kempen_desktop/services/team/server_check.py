"""Can this user work on that team server? One connection, nothing written, and a plain
Dutch answer a user can act on: the server is unreachable, the password is wrong, the
database is missing, or IT has not yet run `kempen init` / `kempen team init` there.

Used by the first-run wizard's "Verbinding testen" and before the desktop opens a server,
to ask for a password only when the server wants one (it is never stored).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import URL, exc, text

from kempen_desktop.db.backend import shown_url
from kempen_desktop.db.backends import postgres_access
from kempen_desktop.db.engine import make_server_engine


class Outcome(StrEnum):
    OK = "ok"
    UNREACHABLE = "unreachable"
    PASSWORD_NEEDED = "password_needed"
    WRONG_PASSWORD = "wrong_password"
    UNKNOWN_USER = "unknown_user"
    NO_DATABASE = "no_database"
    NOT_INITIALISED = "not_initialised"  # no schema: `kempen init`
    NO_TEAM = "no_team"  # no roles and policies: `kempen team init`


@dataclass(frozen=True)
class ServerCheck:
    outcome: Outcome
    message: str  # one Dutch line (what to do), "" when all is well

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.OK


def _refused(url: URL, reason: str) -> ServerCheck:
    """The connection was refused: which of the reasons a user can act on (libpq's text;
    a refused login has no SQLSTATE on the client)."""
    user, database = url.username or "", url.database or ""
    where = shown_url(url._replace(password=None))  # (URL.set ignores None)
    if "no password supplied" in reason:
        return ServerCheck(Outcome.PASSWORD_NEEDED, f"De server vraagt een wachtwoord voor {user}.")
    if "password authentication failed" in reason:
        return ServerCheck(
            Outcome.WRONG_PASSWORD,
            f"Verkeerd wachtwoord voor {user} (of die gebruiker bestaat niet op de server).",
        )
    if f'role "{user}" does not exist' in reason:
        return ServerCheck(
            Outcome.UNKNOWN_USER,
            f"De gebruiker {user} bestaat niet op de server; vraag IT om "
            f"'kempen team user add {user}'.",
        )
    if f'database "{database}" does not exist' in reason:
        return ServerCheck(
            Outcome.NO_DATABASE, f"De database {database} bestaat niet op de server ({where})."
        )
    return ServerCheck(
        Outcome.UNREACHABLE,
        f"De server is niet bereikbaar ({where}): controleer het adres, de poort en het netwerk.",
    )


def check_server(url: URL) -> ServerCheck:
    """Connect to `url` (psycopg 3; the password, if any, in the URL object only) and say
    whether the app can open it as this user."""
    engine = make_server_engine(url.set(drivername="postgresql+psycopg"))
    try:
        with engine.connect() as connection:
            schema = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
            if schema is None:
                return ServerCheck(
                    Outcome.NOT_INITIALISED,
                    "De database is nog niet ingericht: IT voert eerst 'kempen --db … init' "
                    "uit als eigenaar van de database.",
                )
            if not postgres_access.groups_ready(connection):
                return ServerCheck(
                    Outcome.NO_TEAM,
                    "De teammodus is op deze database nog niet ingesteld: IT voert eerst "
                    "'kempen --db … team init' uit.",
                )
    except exc.OperationalError as error:
        return _refused(url, str(error.orig))
    except exc.DBAPIError as error:  # e.g. no rights on the schema at all
        return _refused(url, str(error.orig))
    finally:
        engine.dispose()
    return ServerCheck(Outcome.OK, "")
