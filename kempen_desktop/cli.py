"""`kempen`: the same services as the desktop app, from the command line.

Errors print one Dutch line on stderr and exit with code 2; never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kempen_desktop import __version__
from kempen_desktop.commands.common import (
    EXIT_ERROR,
    CliError,
    given_server_url,
    open_cli_database,
    run_command,
    writer_lock,
)
from kempen_desktop.commands.common import Parser as _Parser
from kempen_desktop.paths import demo_db_path, resolve_db_path

if TYPE_CHECKING:
    from kempen_desktop.services.common.database import Database

log = logging.getLogger(__name__)

# Each area adds its subcommands from its own module in kempen_desktop.commands.
COMMAND_MODULES = (
    "dossiers",
    "importing",
    "meetings",
    "partners",
    "reports",
    "trust",
    "actions",
    "team",
)

# Commands that only read: they run beside a writer (the app, an import) and refuse a path
# where no database exists. Every other command writes -- an export or report records an
# audit entry, so it is a writer too -- and is refused while another process writes.
READ_ONLY_COMMANDS = frozenset(
    {
        "stats",
        "dossiers list",
        "dossiers show",
        "meetings list",
        "partners list",
        "partners indicator",
        "actions list",
        "events list",
        "check",
        "import --list",
        "backup --list",
    }
)
# Only these may create a database where none exists yet.
CREATING_COMMANDS = frozenset({"init", "demo", "import", "partners import"})
_SUBCOMMAND_DESTS = (
    "dossier_command",
    "meeting_command",
    "partner_command",
    "report_command",
    "action_command",
    "event_command",
)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kempen", description="Kempen Desktop vanaf de opdrachtregel.")
    parser.add_argument("--version", action="version", version=f"kempen {__version__}")
    parser.add_argument(
        "--db",
        metavar="PAD",
        help="databasebestand of postgresql://gebruiker@server/db (standaard: KEMPEN_DB of de "
        "gebruikersmap)",
    )
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)
    commands.required = True

    commands.add_parser("init", help="maak de database aan (of werk ze bij)")

    demo = commands.add_parser(
        "demo",
        help="maak een demodatabase (apart bestand naast de echte, of het bestand van --db)",
    )
    demo.add_argument(
        "--dossiers", type=int, default=400, metavar="N", help="aantal dossiers (standaard 400)"
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="startwaarde van het toeval")

    stats = commands.add_parser("stats", help="tellingen van wat de database bevat")
    stats.add_argument("--json", action="store_true", help="als JSON")

    for name, handler in (("init", _cmd_init), ("demo", _cmd_demo), ("stats", _cmd_stats)):
        commands.choices[name].set_defaults(handler=handler)
    report = commands.add_parser("report", help="PDF-rapporten: dossierfiche, verslag, periode")
    report_commands = report.add_subparsers(
        dest="report_command", metavar="RAPPORT", parser_class=_Parser
    )
    report_commands.required = True
    for module_name in COMMAND_MODULES:
        importlib.import_module(f"kempen_desktop.commands.{module_name}").register(
            commands, report_commands
        )
    return parser


def command_name(args: argparse.Namespace) -> str:
    """The command as the user would name it: "dossiers list", "import --undo", "backup --list"."""
    parts = [
        args.command,
        *(getattr(args, dest) for dest in _SUBCOMMAND_DESTS if getattr(args, dest, None)),
    ]
    if args.command in ("import", "backup") and getattr(args, "list", False):
        parts.append("--list")
    elif args.command == "import" and getattr(args, "undo", None):
        parts.append("--undo")
    return " ".join(parts)


def classify_command(args: argparse.Namespace) -> None:
    """Mark the parsed command for open_cli_database: its name, whether it only reads, whether
    it may create the file."""
    args.command_name = command_name(args)
    args.reads_only = args.command_name in READ_ONLY_COMMANDS
    args.may_create = args.command_name in CREATING_COMMANDS


def _cmd_init(args: argparse.Namespace) -> None:
    database = open_cli_database(args)
    database.close()
    print(f"Database klaar: {database.location}")


def _cmd_demo(args: argparse.Namespace) -> None:
    from kempen_desktop.services.common.database import recreate_demo_database

    if args.dossiers < 0:
        raise CliError("Het aantal dossiers kan niet negatief zijn.")
    url = given_server_url(args.db)
    if url is not None:  # team mode: the server database itself, if it holds no real dossiers
        from kempen_desktop.services.common.database import recreate_demo_server

        _fill_demo(recreate_demo_server(url), args)
        return
    path = resolve_db_path(args.db) if args.db else demo_db_path(resolve_db_path(None))
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = writer_lock(path, "kempen demo")
    try:
        database = recreate_demo_database(path)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if lock is not None:
        database.call_on_close(lock.release)
    _fill_demo(database, args)


def _fill_demo(database: Database, args: argparse.Namespace) -> None:
    from kempen_desktop.services.demo import generate_demo

    try:
        summary = generate_demo(database, dossiers=args.dossiers, seed=args.seed)
    finally:
        database.close()
    print(
        f"Demodatabase klaar: {database.location} ({summary.dossiers} dossiers, "
        f"{summary.partners} partners, {summary.meetings} overlegmomenten)"
    )


def _cmd_stats(args: argparse.Namespace) -> None:
    from kempen_desktop.app import Workspace

    workspace = Workspace(open_cli_database(args))
    try:
        stats = workspace.reports.stats()
    finally:
        workspace.close()
    if args.json:
        print(json.dumps(stats.as_dict(), indent=2, ensure_ascii=False))
        return
    labels = {
        "dossiers": "Dossiers",
        "open_dossiers": "Open dossiers",
        "persons": "Personen",
        "partners": "Partners",
        "inclusive_partners": "Inclusieve partners",
        "contacts": "Contactpersonen",
        "meetings": "Overlegmomenten",
        "planned_meetings": "Geplande overlegmomenten",
        "action_points": "Actiepunten",
        "open_action_points": "Open actiepunten",
        "overdue_action_points": "Verlopen actiepunten",
        "overdue_follow_ups": "Verlopen opvolgingen",
        "timeline_entries": "Tijdlijnitems",
        "import_batches": "Importbatches",
    }
    values = stats.as_dict()
    for key, label in labels.items():
        print(f"{label:<28}{values[key]:>10}")


def main(argv: Sequence[str] | None = None) -> int:
    from kempen_desktop.logging_setup import setup_logging
    from kempen_desktop.services.common.database import DatabaseOpenError
    from kempen_desktop.services.dossiers.dossiers import ValidationError

    args = build_parser().parse_args(argv)
    classify_command(args)
    setup_logging()
    try:
        run_command(args)  # storage failures come back as one named Dutch line
    except (CliError, DatabaseOpenError, ValidationError) as error:
        print(f"kempen: {error}", file=sys.stderr)
        return EXIT_ERROR
    except ValueError as error:  # domain rules report in Dutch
        print(f"kempen: {error}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        log.warning("cli %s failed: %s", args.command, type(error).__name__)
        print(f"kempen: bestand niet bruikbaar: {error.strerror or error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("kempen: onderbroken.", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # last resort: log the type, show one line
        log.exception("cli %s failed", args.command)
        print(
            f"kempen: onverwachte fout ({type(error).__name__}); details staan in het logbestand.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return 0


if __name__ == "__main__":
    sys.exit(main())
