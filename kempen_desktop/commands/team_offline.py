"""`kempen team checkout` and `kempen team checkin`: a working copy for an offline meeting.

Added to the `team` command by commands/team.py. The copy is always encrypted: it carries
client data out of the office on a laptop. Its passphrase comes from KEMPEN_PASSPHRASE
or the terminal (asked twice at checkout); without either, checkout refuses rather than
write a plain copy. The server connection is the user's own role (--db or KEMPEN_DB;
at checkin the server the copy came from when --db is not given).
"""

from __future__ import annotations

import argparse
import json
import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from kempen_desktop.commands.common import (
    PASSPHRASE_ENV_VAR,
    CliError,
    _interactive,
    ask_new_passphrase,
    given_server_url,
    open_cli_database,
    open_cli_server_database,
)

if TYPE_CHECKING:
    from kempen_desktop.services.common.database import Database
    from kempen_desktop.services.team.checkin import CheckinResult
    from kempen_desktop.services.team.checkout import Selection

EXIT_CONFLICTS = 3


def register(team_commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `checkout` and `checkin` under `kempen team`."""
    out = team_commands.add_parser(
        "checkout",
        help="neem dossiers mee in een versleutelde werkkopie (offline werken)",
        description="Schrijft een versleutelde werkkopie met de gekozen dossiers (met persoon, "
        "kansengroepen, toestemmingen, tijdlijn, statusgeschiedenis, deelnames en "
        "actiepunten), de vergadering, de partners met hun engagementen, de reeksen, "
        "evenementen, het beleidsplan en de codelijsten. Alleen wat u op de server mag zien "
        f"gaat mee. Het wachtwoord komt uit {PASSPHRASE_ENV_VAR} of de terminal.",
    )
    out.add_argument("--out", required=True, metavar="BESTAND", help="de nieuwe werkkopie (.db)")
    which = out.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", metavar="ID", help="de dossiers op de agenda van dit overleg")
    which.add_argument("--partner", metavar="NAAM", help="de dossiers van deze partner")
    which.add_argument("--dossiers", metavar="NUM,...", help="deze dossiernummers")
    out.set_defaults(handler=_cmd_checkout)

    back = team_commands.add_parser(
        "checkin",
        help="breng een werkkopie terug: per veld samenvoegen, conflicten tonen",
        description="Voegt de werkkopie per veld samen met de server in één transactie. Een "
        "veld dat aan beide kanten anders gewijzigd is, is een conflict: het wordt niet "
        "toegepast en blijft in de werkkopie. Exitcode 3 als er conflicten wachten.",
    )
    back.add_argument("copy", metavar="BESTAND", help="de werkkopie")
    back.add_argument("--json", action="store_true", help="het resultaat als JSON")
    back.set_defaults(handler=_cmd_checkin)


def _selection(args: argparse.Namespace, server: Database) -> Selection:
    from kempen_desktop.services.team.checkout import Selection

    if args.meeting:
        try:
            return Selection(meeting_id=uuid.UUID(args.meeting.strip()))
        except ValueError:
            raise CliError(f"'{args.meeting}' is geen vergadering-ID.") from None
    if args.partner:
        from kempen_desktop.services.team.access import TeamError, find_partner_by_name

        try:
            return Selection(partner_id=find_partner_by_name(server, args.partner).id)
        except TeamError as error:
            raise CliError(str(error)) from None
    try:
        nums = tuple(int(part) for part in args.dossiers.split(",") if part.strip())
    except ValueError:
        raise CliError("--dossiers verwacht nummers gescheiden door komma's: 12,15,40.") from None
    if not nums:
        raise CliError("--dossiers verwacht minstens één dossiernummer.")
    return Selection(dossier_nums=nums)


def _new_passphrase() -> str:
    given = os.environ.get(PASSPHRASE_ENV_VAR)
    if given:
        return given
    if _interactive():
        chosen = ask_new_passphrase("Kies een wachtwoord voor de werkkopie: ")
        if chosen:
            return chosen
    raise CliError(
        "Een werkkopie wordt altijd versleuteld: geef een wachtwoord in "
        f"{PASSPHRASE_ENV_VAR} of op de terminal."
    )


def _server(args: argparse.Namespace, fallback: str | None = None) -> str:
    url = given_server_url(getattr(args, "db", None)) or fallback
    if url is None:
        raise CliError("Geef de server met --db postgresql://... (of KEMPEN_DB).")
    return url


def _cmd_checkout(args: argparse.Namespace) -> None:
    from kempen_desktop.services.team.checkout import checkout
    from kempen_desktop.services.team.working_copy import WorkingCopyError

    out = Path(args.out).expanduser()
    if out.exists():
        raise CliError(f"{out} bestaat al; kies een nieuw bestand.")
    server = open_cli_server_database(_server(args))
    try:
        selection = _selection(args, server)
        passphrase = _new_passphrase()
        result = checkout(server, out, passphrase, selection)
    except WorkingCopyError as error:
        raise CliError(str(error)) from None
    finally:
        server.close()
    print(f"Werkkopie geschreven: {result.path} ({result.dossiers} dossiers, {result.records} "
          "records).")  # fmt: skip


def _copy_server(copy_args: argparse.Namespace) -> tuple[Database, str | None]:
    from sqlalchemy import exc

    from kempen_desktop.services.team.working_copy import read_mark

    copy = open_cli_database(copy_args)
    try:
        with copy.engine.connect() as connection:
            mark = read_mark(connection)
    except exc.DBAPIError:
        mark = None
    return copy, None if mark is None else mark.server


def _cmd_checkin(args: argparse.Namespace) -> None:
    from kempen_desktop.services.team.checkin import checkin
    from kempen_desktop.services.team.working_copy import WorkingCopyError

    path = Path(args.copy).expanduser()
    if not path.is_file():
        raise CliError(f"Geen werkkopie gevonden in {path}.")
    copy_args = argparse.Namespace(
        db=str(path), command="team", command_name="team checkin", reads_only=False,
        may_create=False,
    )  # fmt: skip
    copy, stored_server = _copy_server(copy_args)
    try:
        if stored_server is None:
            raise CliError(f"{path.name} is geen werkkopie (kempen team checkout).")
        server = open_cli_server_database(_server(args, stored_server))
        try:
            result = checkin(copy, server)
        except WorkingCopyError as error:
            raise CliError(str(error)) from None
        finally:
            server.close()
    finally:
        copy.close()
    _report(result, args.json)
    if result.conflicts:
        raise SystemExit(EXIT_CONFLICTS)


def _report(result: CheckinResult, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result.as_json(), ensure_ascii=False, default=str))
        return
    print(
        f"Werkkopie teruggebracht: {result.applied} toegepast, {result.unchanged} ongewijzigd, "
        f"{result.created} nieuw, {len(result.conflicts)} conflicten."
    )
    for offline, final in sorted(result.renumbered.items()):
        print(f"Dossier {offline} (offline) heeft nu nummer {final}.")
    for c in result.conflicts:
        if c.table == "person" and c.field == "insz":
            print(
                f"Conflict: person {c.record}: het INSZ hoort op de server bij een persoon met "
                "een andere naam (niet toegepast; het dossier wacht op uw beslissing)."
            )
        elif c.field == "*":
            side = "op de server verwijderd" if c.server is None else "op de laptop verwijderd"
            print(f"Conflict: {c.table} {c.record}: {side} en aan de andere kant gewijzigd.")
        else:
            print(
                f"Conflict: {c.table} {c.record}, veld {c.field}: server {c.server!r}, "
                f"laptop {c.laptop!r} (niet toegepast)."
            )
