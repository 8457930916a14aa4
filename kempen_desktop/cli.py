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
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from kempen_desktop import __version__
from kempen_desktop.commands.common import (
    EXIT_ERROR,
    CliError,
    open_cli_database,
    run_command,
    writer_lock,
)
from kempen_desktop.commands.common import Parser as _Parser
from kempen_desktop.paths import demo_db_path, resolve_db_path

if TYPE_CHECKING:
    from kempen_desktop.services.common.database import Database
    from kempen_desktop.services.importing import BatchInfo, Profile

log = logging.getLogger(__name__)

# Each area adds its subcommands from its own module in kempen_desktop.commands.
COMMAND_MODULES = ("meetings", "partners", "reports", "trust")

# Commands that only read: they run beside a writer (the app, an import) and refuse a path
# where no database exists. Every other command writes -- an export or report records an
# audit entry, so it is a writer too -- and is refused while another process writes.
READ_ONLY_COMMANDS = frozenset({
    "stats", "dossiers list", "meetings list", "partners list", "partners indicator", "check",
    "import --list", "backup --list",
})
# Only these may create a database where none exists yet.
CREATING_COMMANDS = frozenset({"init", "demo", "import", "partners import"})
_SUBCOMMAND_DESTS = ("dossier_command", "meeting_command", "partner_command", "report_command")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kempen", description="Kempen Desktop vanaf de opdrachtregel.")
    parser.add_argument("--version", action="version", version=f"kempen {__version__}")
    parser.add_argument("--db", metavar="PAD", help="databasebestand (standaard: KEMPEN_DB of de gebruikersmap)")
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)
    commands.required = True

    commands.add_parser("init", help="maak de database aan (of werk ze bij)")

    demo = commands.add_parser(
        "demo",
        help="maak een demodatabase (apart bestand naast de echte, of het bestand van --db)",
    )
    demo.add_argument("--dossiers", type=int, default=400, metavar="N", help="aantal dossiers (standaard 400)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="startwaarde van het toeval")

    stats = commands.add_parser("stats", help="tellingen van wat de database bevat")
    stats.add_argument("--json", action="store_true", help="als JSON")

    dossiers = commands.add_parser("dossiers", help="dossiers opvragen")
    dossier_commands = dossiers.add_subparsers(dest="dossier_command", metavar="OPDRACHT", parser_class=_Parser)
    dossier_commands.required = True
    listing = dossier_commands.add_parser("list", help="dossiers tonen")
    listing.add_argument("--search", default="", metavar="TEKST", help="zoek op naam, INSZ, klantnummer, gemeente, notities")
    listing.add_argument("--json", action="store_true", help="als JSON")

    importing = commands.add_parser(
        "import",
        help="een VDAB- of OCMW-lijst inlezen (of: --list, --undo)",
        description="Lees een lijst in (.xlsx, .xlsm, .xls, .ods, .csv). Rijen die een beslissing vragen "
                    "worden niet toegepast: los ze op in het programma.",
    )
    importing.add_argument("file", nargs="?", metavar="BESTAND", help="het bestand met de lijst")
    importing.add_argument("--profile", metavar="NAAM|PAD.toml",
                           help="importprofiel: naam van een bewaard profiel of een TOML-bestand")
    importing.add_argument("--mode", choices=("fill", "overwrite"), default="fill",
                           help="fill: alleen lege velden aanvullen (standaard); overwrite: overschrijven")
    importing.add_argument("--dry-run", action="store_true", help="alleen tonen wat er zou gebeuren")
    importing.add_argument("--json", action="store_true", help="als één JSON-object")
    importing.add_argument("--rejects", metavar="UIT.xlsx", help="bewaar de geweigerde rijen in dit bestand")
    importing.add_argument("--undo", metavar="BATCH", help="maak een import ongedaan")
    importing.add_argument("--list", action="store_true", help="toon de importgeschiedenis")

    for name, handler in (("init", _cmd_init), ("demo", _cmd_demo), ("stats", _cmd_stats),
                          ("dossiers", _cmd_dossiers_list), ("import", _cmd_import)):
        commands.choices[name].set_defaults(handler=handler)
    report = commands.add_parser("report", help="PDF-rapporten: dossierfiche, verslag, periode")
    report_commands = report.add_subparsers(dest="report_command", metavar="RAPPORT", parser_class=_Parser)
    report_commands.required = True
    for module_name in COMMAND_MODULES:
        importlib.import_module(f"kempen_desktop.commands.{module_name}").register(commands, report_commands)
    return parser


def command_name(args: argparse.Namespace) -> str:
    """The command as the user would name it: "dossiers list", "import --undo", "backup --list"."""
    parts = [args.command, *(getattr(args, dest) for dest in _SUBCOMMAND_DESTS if getattr(args, dest, None))]
    if args.command in ("import", "backup") and getattr(args, "list", False):
        parts.append("--list")
    elif args.command == "import" and getattr(args, "undo", None):
        parts.append("--undo")
    return " ".join(parts)


def classify_command(args: argparse.Namespace) -> None:
    """Mark the parsed command for open_cli_database: its name, whether it only reads, may create."""
    args.command_name = command_name(args)
    args.reads_only = args.command_name in READ_ONLY_COMMANDS
    args.may_create = args.command_name in CREATING_COMMANDS


def _cmd_init(args: argparse.Namespace) -> None:
    database = open_cli_database(args)
    database.close()
    print(f"Database klaar: {database.path}")


def _cmd_demo(args: argparse.Namespace) -> None:
    from kempen_desktop.services.common.database import recreate_demo_database
    from kempen_desktop.services.demo import generate_demo

    if args.dossiers < 0:
        raise CliError("Het aantal dossiers kan niet negatief zijn.")
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
    try:
        summary = generate_demo(database, dossiers=args.dossiers, seed=args.seed)
    finally:
        database.close()
    print(f"Demodatabase klaar: {path} ({summary.dossiers} dossiers, {summary.partners} partners, "
          f"{summary.meetings} overlegmomenten)")


def _cmd_stats(args: argparse.Namespace) -> None:
    from kempen_desktop.services.reports.stats import collect_stats

    database = open_cli_database(args)
    try:
        with database.session() as session:
            stats = collect_stats(session)
    finally:
        database.close()
    if args.json:
        print(json.dumps(stats.as_dict(), indent=2, ensure_ascii=False))
        return
    labels = {
        "dossiers": "Dossiers", "open_dossiers": "Open dossiers", "persons": "Personen",
        "partners": "Partners", "inclusive_partners": "Inclusieve partners",
        "contacts": "Contactpersonen", "meetings": "Overlegmomenten",
        "planned_meetings": "Geplande overlegmomenten", "action_points": "Actiepunten",
        "open_action_points": "Open actiepunten", "overdue_action_points": "Verlopen actiepunten",
        "overdue_follow_ups": "Verlopen opvolgingen", "timeline_entries": "Tijdlijnitems",
        "import_batches": "Importbatches",
    }
    values = stats.as_dict()
    for key, label in labels.items():
        print(f"{label:<28}{values[key]:>10}")


def _cmd_dossiers_list(args: argparse.Namespace) -> None:
    from kempen_desktop.domain.status import status_label
    from kempen_desktop.services.dossiers.dossier_list import (
        DossierFilter,
        fetch_rows,
        find_dossier_nums,
    )

    database = open_cli_database(args)
    try:
        with database.session() as session:
            nums = find_dossier_nums(session, DossierFilter(text=args.search))
            rows = []
            for start in range(0, len(nums), 500):
                page = fetch_rows(session, nums[start:start + 500])
                rows.extend(page[num] for num in nums[start:start + 500])
    finally:
        database.close()
    records = [
        {"id": str(row.id), "number": row.num, "last_name": row.last_name,
         "first_name": row.first_name, "status": row.status_code, "municipality": row.municipality}
        for row in rows
    ]
    if args.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return
    for row in rows:
        print(f"{row.num:>7}  {row.last_name + ', ' + row.first_name:<40}"
              f"{status_label(row.status_code):<18}{row.municipality}")
    print(f"{len(rows)} dossier(s)")


def _import_profile(database: Database, value: str) -> Profile:
    from kempen_desktop.services.importing import ProfileStore, load_profile_toml

    candidate = Path(value)
    if value.lower().endswith(".toml") or candidate.is_file():
        return load_profile_toml(candidate)
    return ProfileStore(database).get(value)


def _cmd_import(args: argparse.Namespace) -> None:
    from kempen_desktop.services import importing

    chosen = [name for name, given in (("BESTAND", args.file), ("--undo", args.undo), ("--list", args.list))
              if given]
    if len(chosen) != 1:
        raise CliError("Geef een bestand, of --undo BATCH, of --list.")
    if (args.undo or args.list) and (args.profile or args.dry_run or args.rejects or args.mode != "fill"):
        raise CliError("--profile, --mode, --dry-run en --rejects horen bij het inlezen van een bestand.")
    database = open_cli_database(args)
    try:
        _run_import(database, args)
    except (importing.ImportFailed, importing.SpreadsheetError, importing.ImportCancelled) as error:
        raise CliError(str(error)) from None
    finally:
        database.close()


def _run_import(database: Database, args: argparse.Namespace) -> None:
    from kempen_desktop.services import importing

    if args.list:
        _import_list(importing.list_batches(database), args.json)
    elif args.undo:
        batch_id = importing.find_batch(database, args.undo)
        importing.undo_batch(database, batch_id)
        if args.json:
            print(json.dumps({"undone": str(batch_id)}))
        else:
            print(f"Import {batch_id} ongedaan gemaakt.")
    else:
        _import_file(database, args)


def _import_file(database: Database, args: argparse.Namespace) -> None:
    from kempen_desktop.services import importing

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"Bestand niet gevonden: {path}")
    if args.profile:
        plan = importing.plan_import(database, path, _import_profile(database, args.profile), mode=args.mode)
    else:
        # No profile named: VDAB when the list has a klantnummer column, else OCMW (the
        # built-in profiles differ in their name and source, not in what they recognise).
        vdab, ocmw = importing.builtin_profiles()
        plan = importing.plan_import(database, path, vdab, mode=args.mode)
        if "vdab_client_number" not in plan.layout.columns:
            plan.profile = ocmw
    batch = None if args.dry_run else importing.apply_plan(database, plan)
    written = importing.write_rejects(plan, Path(args.rejects)) if args.rejects else None
    counts = plan.counts()
    rejected = [{"row": row.row, "reason": row.reason} for row in plan.rows if row.kind == "rejected"]
    if args.json:
        print(json.dumps({"batch": str(batch) if batch else None, **counts, "rejected_rows": rejected},
                         ensure_ascii=False))
        return
    layout = plan.layout
    print(f"Bestand: {path.name} (blad {layout.sheet}, kopregel {layout.header_row}, "
          f"profiel {plan.profile.name}, modus {plan.mode})")
    for key, label in (("rows", "Rijen"), ("created", "Nieuw"), ("updated", "Bijgewerkt"),
                       ("unchanged", "Ongewijzigd"), ("review", "Te beslissen"), ("rejected", "Geweigerd")):
        print(f"{label:<14}{counts[key]:>8}")
    for row in plan.rows:
        if row.kind == "review":
            print(f"  rij {row.row}: te beslissen: {row.reason}")
    for item in rejected:
        print(f"  rij {item['row']}: geweigerd: {item['reason']}")
    if counts["review"]:
        print("Rijen die een beslissing vragen werden niet toegepast; los ze op in het programma.")
    if written is not None:
        print(f"Geweigerde rijen bewaard in {args.rejects} ({written}).")
    print("Proefdraai: er werd niets weggeschreven." if batch is None else f"Import {batch} toegepast.")


def _import_list(batches: list[BatchInfo], as_json: bool) -> None:
    if as_json:
        print(json.dumps([
            {"id": str(b.id), "imported_at": b.imported_at.isoformat(), "file": b.file_name, "source": b.source,
             "profile": b.profile_name, "mode": b.mode, "rows": b.rows_total, "created": b.created,
             "updated": b.updated, "unchanged": b.unchanged, "review": b.review, "rejected": b.rejected,
             "status": b.status}
            for b in batches
        ], ensure_ascii=False, indent=2))
        return
    if not batches:
        print("Nog geen imports.")
        return
    for b in batches:
        local = b.imported_at.replace(tzinfo=UTC).astimezone()
        print(f"{b.id}  {local:%d-%m-%Y %H:%M}  {b.file_name[:30]:<30} {b.source[:10]:<10} "
              f"nieuw {b.created:>5}  bijgewerkt {b.updated:>5}  ongewijzigd {b.unchanged:>5}  "
              f"te beslissen {b.review:>4}  geweigerd {b.rejected:>4}  {b.status}")


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
        print(f"kempen: onverwachte fout ({type(error).__name__}); details staan in het logbestand.",
              file=sys.stderr)
        return EXIT_ERROR
    return 0


if __name__ == "__main__":
    sys.exit(main())
