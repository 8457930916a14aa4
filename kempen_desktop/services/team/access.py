"""`kempen team init` and `kempen team user add`: what IT does once per server database.

The SQL is in db/backends/postgres_access.py; here are the checks a user gets in Dutch
(which role, which partner, is team mode set up) before anything is written.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import exc, select

from kempen_desktop.db.backend import Backend, backend_of
from kempen_desktop.db.backends import postgres_access
from kempen_desktop.db.models import Partner
from kempen_desktop.services.common.database import Database

ROLES = tuple(postgres_access.GROUPS)  # regisseur, begeleider, lezer
# A PostgreSQL role name as users type it (firstname.lastname, e-mail-like, digits).
_ROLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


class TeamError(ValueError):
    """A team set-up problem, as one Dutch line."""


@dataclass(frozen=True)
class AddedUser:
    name: str
    role: str
    partner: str | None
    created: bool
    password_set: bool


def _server_only(database: Database) -> None:
    if backend_of(database.engine) is not Backend.POSTGRESQL:
        raise TeamError(
            "Teammodus werkt alleen op een PostgreSQL-database: geef --db postgresql://... "
            "(of KEMPEN_DB)."
        )


@contextmanager
def _as_it() -> Iterator[None]:
    """Refused by the server for want of rights: say who may do this, in Dutch."""
    try:
        yield
    except exc.DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) != "42501":
            raise
        raise TeamError(
            "Geen rechten om de teammodus in te stellen: voer dit uit als eigenaar van de "
            "database met CREATEROLE, of als beheerder van de server (bv. postgres)."
        ) from error


def init_team(database: Database) -> None:
    """Create the group roles, grants, policies, views and audit trigger (idempotent)."""
    _server_only(database)
    with _as_it(), database.engine.begin() as connection:
        postgres_access.set_up_access(connection)


def find_partner_by_name(database: Database, name: str) -> Partner:
    """The partner named exactly `name` (case aside); else a Dutch error with close names."""
    wanted = name.strip()
    with database.session() as session:
        partners = list(session.scalars(select(Partner).order_by(Partner.name)))
    exact = [p for p in partners if p.name == wanted]
    if not exact:
        exact = [p for p in partners if p.name.casefold() == wanted.casefold()]
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        raise TeamError(f"Meer dan één partner heet '{wanted}'; maak de namen eerst uniek.")
    names = [p.name for p in partners]
    close = difflib.get_close_matches(wanted, names, n=5, cutoff=0.5)
    close += [n for n in names if wanted.casefold() in n.casefold() and n not in close][:5]
    hint = f" Bedoelde u: {', '.join(close)}?" if close else ""
    raise TeamError(f"Geen partner met de naam '{wanted}'.{hint}")


def add_user(
    database: Database,
    name: str,
    role: str,
    partner_name: str | None,
    password: str | None,
) -> AddedUser:
    """A LOGIN role `name` in the group of `role`; a begeleider's partner recorded."""
    _server_only(database)
    if not _ROLE_NAME.match(name) or name.lower().startswith("pg_"):
        raise TeamError(
            f"Ongeldige gebruikersnaam '{name}': letters, cijfers, punt, _, - of @, "
            "hoogstens 63 tekens, niet beginnend met pg_."
        )
    if name in postgres_access.APP_GROUPS:
        raise TeamError(f"'{name}' is de naam van een groepsrol; kies een persoonlijke naam.")
    if role not in ROLES:
        raise TeamError(f"Onbekende rol '{role}': kies {', '.join(ROLES)}.")
    if role == "begeleider" and not partner_name:
        raise TeamError("Een begeleider hoort bij een partner: geef --partner NAAM.")
    if role != "begeleider" and partner_name:
        raise TeamError(f"Alleen een begeleider krijgt een partner (niet een {role}).")
    partner = find_partner_by_name(database, partner_name) if partner_name else None
    with _as_it(), database.engine.begin() as connection:
        if not postgres_access.groups_ready(connection):
            raise TeamError("Teammodus is nog niet ingesteld: voer eerst 'kempen team init' uit.")
        group = postgres_access.GROUPS[role]
        if postgres_access.role_exists(connection, name) and postgres_access.is_superuser(
            connection, name
        ):
            raise TeamError(f"'{name}' is een beheerder van de server; kies een andere naam.")
        created = postgres_access.add_login_role(
            connection, name, group, str(partner.id) if partner else None, password
        )
    return AddedUser(
        name, role, partner.name if partner else None, created, password_set=bool(password)
    )


@dataclass(frozen=True)
class UserAccess:
    """What the server grants the connected user (db/backends/postgres_access.USER_PRIVILEGES);
    `role` is regisseur, begeleider or lezer, or "" for a role outside the groups."""

    user: str
    role: str
    allowed: dict[str, bool]


def user_access(database: Database) -> UserAccess | None:
    """The connected user's grants on a server database; None on the local file (all)."""
    if backend_of(database.engine) is not Backend.POSTGRESQL:
        return None
    with database.engine.connect() as connection:
        user, group, allowed = postgres_access.user_privileges(connection)
    roles = {value: key for key, value in postgres_access.GROUPS.items()}
    return UserAccess(user, roles.get(group or "", ""), allowed)
