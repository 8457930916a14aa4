"""`kempen actions ...` (the BBC action tree) and `kempen events list`."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from kempen_desktop.app import Workspace
from kempen_desktop.commands.common import (
    CliError,
    open_cli_database,
    print_list_import,
    xlsx_target,
)


def _workspace(args: argparse.Namespace) -> Workspace:
    return Workspace(open_cli_database(args))


def register(
    commands: argparse._SubParsersAction, report_commands: argparse._SubParsersAction
) -> None:
    actions = commands.add_parser("actions", help="beleidsacties (BBC): lijst, import, export")
    sub = actions.add_subparsers(
        dest="action_command", metavar="OPDRACHT", parser_class=type(actions)
    )
    sub.required = True
    listing = sub.add_parser("list", help="de acties met status en indicatoren tonen")
    listing.add_argument("--json", action="store_true", help="als JSON")
    listing.set_defaults(handler=_cmd_list)
    importing = sub.add_parser("import", help="een actieboom inlezen (.xlsx)")
    importing.add_argument("file", metavar="BESTAND")
    importing.add_argument(
        "--dry-run", action="store_true", help="alleen tonen wat er zou gebeuren"
    )
    importing.add_argument("--json", action="store_true", help="als één JSON-object")
    importing.set_defaults(handler=_cmd_import)
    export = sub.add_parser("export", help="de actieboom naar .xlsx schrijven")
    export.add_argument("out", metavar="UIT.xlsx")
    export.set_defaults(handler=_cmd_export)

    events = commands.add_parser("events", help="activiteiten: jobevents, jobdates, ...")
    event_sub = events.add_subparsers(
        dest="event_command", metavar="OPDRACHT", parser_class=type(events)
    )
    event_sub.required = True
    event_list = event_sub.add_parser("list", help="de activiteiten met deelnemers en aanwervingen")
    event_list.add_argument("--from", dest="start", metavar="DATUM", help="vanaf deze datum")
    event_list.add_argument("--to", dest="end", metavar="DATUM", help="tot en met deze datum")
    event_list.add_argument("--json", action="store_true", help="als JSON")
    event_list.set_defaults(handler=_cmd_events)


def _value(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 2)


def _cmd_list(args: argparse.Namespace) -> None:
    from kempen_desktop.domain.actions import format_value

    workspace = _workspace(args)
    try:
        rows = workspace.actions.rows()
    finally:
        workspace.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "code": r.code,
                        "level": r.level,
                        "short_description": r.short_description,
                        "wse_code": r.wse_code,
                        "status": r.status,
                        "status_label": r.status_label,
                        "priority": r.priority,
                        "starts_on": r.starts_on.isoformat() if r.starts_on else None,
                        "ends_on": r.ends_on.isoformat() if r.ends_on else None,
                        "indicators": [
                            {
                                "name": i.name,
                                "unit": i.unit,
                                "target": _value(i.target),
                                "computed": i.computed,
                                "latest": _value(i.latest),
                                "latest_on": i.latest_on.isoformat() if i.latest_on else None,
                            }
                            for i in r.indicators
                        ],
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    if not rows:
        print("Geen acties.")
        return
    print(f"{'Code':<12} {'Korte omschrijving':<60} {'WSE':<8} Status")
    for r in rows:
        print(
            f"{r.code[:12]:<12} {r.short_description[:60]:<60} "
            f"{r.wse_code or '':<8} {r.status_label}"
        )
        for i in r.indicators:
            when = f" op {i.latest_on:%d-%m-%Y}" if i.latest_on else ""
            print(f"{'':<12}   {i.name}: {format_value(i.latest, i.unit)}{when}")
    print(f"{len(rows)} acties.")


def _cmd_import(args: argparse.Namespace) -> None:
    from kempen_desktop.services.actions.tree_io import ActionTreeError

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"Bestand niet gevonden: {path}")
    workspace = _workspace(args)
    try:
        result = workspace.actions.import_tree(path, dry_run=args.dry_run)
    except ActionTreeError as error:
        raise CliError(f"{path.name}: {error}") from None
    finally:
        workspace.close()
    if args.json:
        print(json.dumps({**result.as_dict(), "dry_run": args.dry_run}, ensure_ascii=False))
        return
    print_list_import(
        path,
        result.sheet,
        result.header_row,
        [
            ("Rijen", result.rows),
            ("Nieuw", len(result.created)),
            ("Bijgewerkt", len(result.updated)),
            ("Ongewijzigd", result.unchanged),
            ("Geweigerd", len(result.rejected)),
        ],
        result.rejected,
        None if args.dry_run else "Actieboom ingelezen.",
    )


def _cmd_export(args: argparse.Namespace) -> None:
    out = xlsx_target(args.out)
    workspace = _workspace(args)
    try:
        written = workspace.actions.export_tree(out)
    except OSError as error:
        raise CliError(f"Kan {out} niet schrijven: {error.strerror}.") from None
    finally:
        workspace.close()
    print(f"{written} acties geschreven naar {out}.")


def _cmd_events(args: argparse.Namespace) -> None:
    from kempen_desktop.commands.partners import parse_day

    start: date | None = parse_day(args.start) if args.start else None
    end: date | None = parse_day(args.end) if args.end else None
    if start and end and end < start:
        raise CliError("De einddatum ligt voor de begindatum.")
    workspace = _workspace(args)
    try:
        rows = workspace.actions.events(start, end)
    finally:
        workspace.close()
    rows.sort(key=lambda r: (r.held_on, r.title))
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "title": r.title,
                        "kind": r.kind,
                        "date": r.held_on.isoformat(),
                        "end_date": r.ends_on.isoformat() if r.ends_on else None,
                        "location": r.location,
                        "action": r.action_code or None,
                        "participants": r.participants,
                        "registered": r.registered,
                        "visitors": r.visitors,
                        "hires": r.hires,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    if not rows:
        print("Geen activiteiten.")
        return
    print(f"{'Datum':<10} {'Soort':<14} {'Titel':<50} {'Deelnemers':>10} {'Aanwervingen':>12}")
    for r in rows:
        print(
            f"{r.held_on:%d-%m-%Y} {r.kind_label[:14]:<14} {r.title[:50]:<50} "
            f"{r.participants:>10} {r.hires:>12}"
        )
    print(f"{len(rows)} activiteiten.")
