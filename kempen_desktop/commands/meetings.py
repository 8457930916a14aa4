"""`kempen` subcommands for meetings: list them, export one (or its series) as .ics, and
print the verslag (`kempen report minutes`)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kempen_desktop.commands.common import CliError, open_cli_database


def register(commands: argparse._SubParsersAction, report_commands: argparse._SubParsersAction) -> None:
    """Add this area's subcommands; each sets `handler` with set_defaults."""
    meetings = commands.add_parser("meetings", help="overlegmomenten tonen en exporteren")
    meeting_commands = meetings.add_subparsers(dest="meeting_command", metavar="OPDRACHT",
                                               parser_class=type(meetings))
    meeting_commands.required = True
    listing = meeting_commands.add_parser("list", help="overlegmomenten tonen (komende eerst)")
    listing.add_argument("--json", action="store_true", help="als JSON")
    listing.set_defaults(handler=_cmd_list)
    ics = meeting_commands.add_parser("ics", help="een overleg (of met --series de hele reeks) als .ics")
    ics.add_argument("id", metavar="ID", help="ID van het overleg (of een uniek begin ervan)")
    ics.add_argument("out", metavar="UIT.ics", help="het te schrijven bestand")
    ics.add_argument("--series", action="store_true", help="alle overlegmomenten van de reeks")
    ics.set_defaults(handler=_cmd_ics)

    minutes = report_commands.add_parser("minutes", help="verslag van een overleg als PDF")
    minutes.add_argument("id", metavar="ID", help="ID van het overleg (of een uniek begin ervan)")
    minutes.add_argument("out", metavar="UIT.pdf", help="het te schrijven PDF-bestand")
    minutes.add_argument("--partner", metavar="NAAM", help="versie voor één partner: alleen de dossiers die hij opvolgt")
    minutes.add_argument("--xlsx", metavar="UIT.xlsx", help="bewaar ook de actielijst als .xlsx")
    minutes.set_defaults(handler=_cmd_minutes)


def _check_target(path: str, suffix: str) -> Path:
    target = Path(path)
    if target.suffix.lower() != suffix:
        raise CliError(f"Het uitvoerbestand moet op {suffix} eindigen.")
    if not target.parent.exists():
        raise CliError(f"De map {target.parent} bestaat niet.")
    return target


def _cmd_list(args: argparse.Namespace) -> None:
    from kempen_desktop.services.meetings.meetings import list_meetings

    database = open_cli_database(args)
    try:
        with database.session() as session:
            rows = list_meetings(session)
    finally:
        database.close()
    if args.json:
        print(json.dumps([
            {"id": str(r.id), "starts_at": r.starts_at.isoformat(), "type": r.type_label, "title": r.title,
             "location": r.location, "status": r.status, "participants": r.participants, "dossiers": r.dossiers,
             "open_action_points": r.open_actions}
            for r in rows
        ], ensure_ascii=False, indent=2))
        return
    for r in rows:
        print(f"{r.id.hex[:8]}  {r.starts_at:%d-%m-%Y %H:%M}  {r.status:<11} {r.type_label[:18]:<18} {r.title}")
    print(f"{len(rows)} overlegmoment(en)")


def _cmd_ics(args: argparse.Namespace) -> None:
    from kempen_desktop.services.common import audit
    from kempen_desktop.services.meetings.ics import export_ics, series_ids
    from kempen_desktop.services.meetings.meetings import resolve_meeting_id

    target = _check_target(args.out, ".ics")
    database = open_cli_database(args)
    try:
        with database.transaction() as session:
            meeting_id = resolve_meeting_id(session, args.id)
            ids = series_ids(session, meeting_id) if args.series else [meeting_id]
            count = export_ics(session, ids, target)
            audit.record(session, "export.ics", "meeting", meeting_id, f"{count} events")
    finally:
        database.close()
    print(f"{count} overlegmoment(en) bewaard in {target}.")


def _cmd_minutes(args: argparse.Namespace) -> None:
    from kempen_desktop.services.meetings.minutes import (
        partner_by_name,
        write_action_list_xlsx,
        write_minutes_pdf,
    )
    from kempen_desktop.services.meetings.meetings import resolve_meeting_id

    target = _check_target(args.out, ".pdf")
    xlsx = _check_target(args.xlsx, ".xlsx") if args.xlsx else None
    from kempen_desktop.services.common.disclosure import disclosure

    database = open_cli_database(args)
    try:
        with disclosure(database) as session:  # audit committed before the files appear
            meeting_id = resolve_meeting_id(session, args.id)
            partner_id = partner_by_name(session, args.partner)[0] if args.partner else None
            pages = write_minutes_pdf(session, meeting_id, target, partner_id)
            if xlsx is not None:
                write_action_list_xlsx(session, meeting_id, xlsx, partner_id)
    finally:
        database.close()
    print(f"Verslag bewaard in {target} ({pages} pagina('s)).")
    if xlsx is not None:
        print(f"Actielijst bewaard in {xlsx}.")
