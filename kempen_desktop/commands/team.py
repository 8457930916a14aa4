"""`kempen team init` and `kempen team user add`: team mode's users and access, for IT.

Both run on a PostgreSQL URL (--db / KEMPEN_DB) as the database owner with CREATEROLE (or
a superuser). A password is read from --password-stdin, KEMPEN_TEAM_PASSWORD or the
terminal, sent to the server only as a SCRAM verifier, and never stored by the app.
"""

from __future__ import annotations

import argparse
import os
import sys

from kempen_desktop.commands.common import (
    CliError,
    _interactive,
    given_server_url,
    open_cli_server_database,
)

PASSWORD_ENV_VAR = "KEMPEN_TEAM_PASSWORD"


def register(
    commands: argparse._SubParsersAction, report_commands: argparse._SubParsersAction
) -> None:
    """Add `team init` and `team user add`; each sets `handler` with set_defaults."""
    team = commands.add_parser(
        "team",
        help="teammodus op PostgreSQL: rollen, toegang en gebruikers (voor IT)",
        description="Stel de toegang in op een gedeelde PostgreSQL-database. Voer uit als "
        "eigenaar van de database met CREATEROLE (of als beheerder), met --db postgresql://...",
    )
    sub = team.add_subparsers(dest="team_command", metavar="OPDRACHT", parser_class=type(team))
    sub.required = True
    from kempen_desktop.commands import team_offline  # checkout/checkin (issue 20)

    team_offline.register(sub)
    init = sub.add_parser(
        "init",
        help="maak de groepsrollen, rechten en rijbeveiliging aan (opnieuw uitvoeren mag)",
        description="Maakt de groepsrollen kempen_regisseur, kempen_begeleider en kempen_lezer, "
        "de rechten, de rijbeveiliging (een begeleider ziet alleen de dossiers die zijn "
        "partner volgt met geldige toestemming), de leesviews en het onwijzigbare auditlog. "
        "Voer opnieuw uit na elke update van de app.",
    )
    init.set_defaults(handler=_cmd_init)

    user = sub.add_parser("user", help="gebruikers beheren")
    user_sub = user.add_subparsers(
        dest="team_user_command", metavar="OPDRACHT", parser_class=type(team)
    )
    user_sub.required = True
    add = user_sub.add_parser(
        "add",
        help="maak een gebruiker (PostgreSQL-rol met aanmelding) in een groep",
        description="Maakt de rol NAAM met aanmelding in de groep van ROL. Het wachtwoord komt "
        f"uit --password-stdin, {PASSWORD_ENV_VAR} of de terminal; zonder wachtwoord meldt de "
        "gebruiker zich aan via de authenticatie van de organisatie (pg_hba.conf). Een "
        "bestaande rol wordt in de groep gezet.",
    )
    add.add_argument("name", metavar="NAAM", help="de gebruikersnaam (PostgreSQL-rol)")
    add.add_argument(
        "--role", required=True, choices=("regisseur", "begeleider", "lezer"), help="de rol"
    )
    add.add_argument("--partner", metavar="NAAM", help="de partner van een begeleider")
    add.add_argument(
        "--password-stdin", action="store_true", help="lees het wachtwoord van standaardinvoer"
    )
    add.set_defaults(handler=_cmd_user_add)


def _server_url(args: argparse.Namespace) -> str:
    url = given_server_url(getattr(args, "db", None))
    if url is None:
        raise CliError(
            "Teammodus werkt alleen op een PostgreSQL-database: geef --db postgresql://... "
            "(of KEMPEN_DB)."
        )
    return url


def _password(args: argparse.Namespace) -> str | None:
    """From stdin, the environment or the terminal (asked twice); None: no password."""
    if args.password_stdin:
        given = sys.stdin.readline().rstrip("\r\n")
        if not given:
            raise CliError("Geen wachtwoord op standaardinvoer.")
        return given
    if os.environ.get(PASSWORD_ENV_VAR):
        return os.environ[PASSWORD_ENV_VAR]
    if not _interactive():
        return None
    import getpass

    first = getpass.getpass(f"Wachtwoord voor {args.name} (leeg: geen wachtwoord): ")
    if first and getpass.getpass("Herhaal het wachtwoord: ") != first:
        raise CliError("De wachtwoorden kwamen niet overeen.")
    return first or None


def _cmd_init(args: argparse.Namespace) -> None:
    from kempen_desktop.services.team.access import TeamError, init_team

    database = open_cli_server_database(_server_url(args))
    try:
        init_team(database)
    except TeamError as error:
        raise CliError(str(error)) from None
    finally:
        database.close()
    print(
        "Teammodus ingesteld: groepsrollen kempen_regisseur, kempen_begeleider en kempen_lezer, "
        "rechten en rijbeveiliging."
    )


def _cmd_user_add(args: argparse.Namespace) -> None:
    from kempen_desktop.services.team.access import TeamError, add_user

    database = open_cli_server_database(_server_url(args))
    try:
        added = add_user(database, args.name, args.role, args.partner, _password(args))
    except TeamError as error:
        raise CliError(str(error)) from None
    finally:
        database.close()
    what = "aangemaakt" if added.created else "bestond al; toegevoegd"
    partner = f" voor partner {added.partner}" if added.partner else ""
    print(f"Gebruiker {added.name} {what} als {added.role}{partner}.")
    if not added.password_set and added.created:
        print(
            "Geen wachtwoord gezet: de gebruiker meldt zich aan via de authenticatie van de "
            "organisatie (pg_hba.conf), of zet er later een met ALTER ROLE ... PASSWORD.",
            file=sys.stderr,
        )
