"""`kempen` subcommands for meetings: list them, export one (or its series) as .ics, write
the e-mail drafts with each partner's verslag (`kempen meetings mail ID UITMAP [--partner
NAAM]`), and print the verslag (`kempen report minutes`)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from kempen_desktop.commands.common import CliError, open_cli_database, with_desktop_sender

if TYPE_CHECKING:
    from kempen_desktop.app import Workspace


def register(
    commands: argparse._SubParsersAction, report_commands: argparse._SubParsersAction
) -> None:
    """Add this area's subcommands; each sets `handler` with set_defaults."""
    meetings = commands.add_parser("meetings", help="overlegmomenten tonen en exporteren")
    meeting_commands = meetings.add_subparsers(
        dest="meeting_command", metavar="OPDRACHT", parser_class=type(meetings)
    )
    meeting_commands.required = True
    listing = meeting_commands.add_parser("list", help="overlegmomenten tonen (komende eerst)")
    listing.add_argument("--json", action="store_true", help="als JSON")
    listing.set_defaults(handler=_cmd_list)
    ics = meeting_commands.add_parser(
        "ics", help="een overleg (of met --series de hele reeks) als .ics"
    )
    ics.add_argument("id", metavar="ID", help="ID van het overleg (of een uniek begin ervan)")
    ics.add_argument("out", metavar="UIT.ics", help="het te schrijven bestand")
    ics.add_argument("--series", action="store_true", help="alle overlegmomenten van de reeks")
    ics.set_defaults(handler=_cmd_ics)
    agenda = meeting_commands.add_parser(
        "agenda", help="wat de agendaregels voorstellen (--suggest), zonder iets te wijzigen"
    )
    agenda.add_argument("id", metavar="ID", help="ID van het overleg (of een uniek begin ervan)")
    agenda.add_argument(
        "--suggest", action="store_true", required=True, help="voorstellen tonen (verplicht)"
    )
    agenda.add_argument(
        "--rules",
        metavar="REGELS",
        default="due,new,changed,flagged,actions",
        help="komma-lijst uit due,new,changed,flagged,actions (standaard: alle)",
    )
    agenda.add_argument("--json", action="store_true", help="als JSON")
    agenda.set_defaults(handler=_cmd_agenda)
    mail = meeting_commands.add_parser(
        "mail",
        help="per partner een e-maildraft (.eml) met het verslag voor die partner",
        description="Schrijft per uitgenodigde partner UITMAP/<partner>.eml: een niet-verzonden "
        "e-mail (X-Unsent: 1) aan de uitgenodigde contactpersonen van die partner, met de "
        "versie van het verslag voor die partner als PDF. Er wordt niets verstuurd.",
    )
    mail.add_argument("id", metavar="ID", help="ID van het overleg (of een uniek begin ervan)")
    mail.add_argument("outdir", metavar="UITMAP", help="de map voor de .eml-bestanden")
    mail.add_argument("--partner", metavar="NAAM", help="enkel de draft voor deze partner")
    mail.set_defaults(handler=_cmd_mail)

    minutes = report_commands.add_parser("minutes", help="verslag van een overleg als PDF")
    minutes.add_argument("id", metavar="ID", help="ID van het overleg (of een uniek begin ervan)")
    minutes.add_argument("out", metavar="UIT.pdf", help="het te schrijven PDF-bestand")
    minutes.add_argument(
        "--partner",
        metavar="NAAM",
        help="versie voor één partner: alleen de dossiers die hij opvolgt",
    )
    minutes.add_argument("--xlsx", metavar="UIT.xlsx", help="bewaar ook de actielijst als .xlsx")
    minutes.set_defaults(handler=_cmd_minutes)


def _check_target(path: str, suffix: str) -> Path:
    target = Path(path)
    if target.suffix.lower() != suffix:
        raise CliError(f"Het uitvoerbestand moet op {suffix} eindigen.")
    if not target.parent.exists():
        raise CliError(f"De map {target.parent} bestaat niet.")
    return target


def _workspace(args: argparse.Namespace) -> Workspace:
    from kempen_desktop.app import Workspace

    # Minutes, agenda PDFs and e-mail drafts carry the letterhead and signature of Instellingen.
    return with_desktop_sender(Workspace(open_cli_database(args)))


def _cmd_list(args: argparse.Namespace) -> None:
    workspace = _workspace(args)
    try:
        rows = workspace.meetings.rows()
    finally:
        workspace.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": str(r.id),
                        "starts_at": r.starts_at.isoformat(),
                        "type": r.type_label,
                        "title": r.title,
                        "location": r.location,
                        "status": r.status,
                        "participants": r.participants,
                        "dossiers": r.dossiers,
                        "open_action_points": r.open_actions,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    for r in rows:
        print(
            f"{r.id.hex[:8]}  {r.starts_at:%d-%m-%Y %H:%M}  {r.status:<11} {r.type_label[:18]:<18} "
            f"{r.title}"
        )
    print(f"{len(rows)} overlegmoment(en)")


def _cmd_ics(args: argparse.Namespace) -> None:
    target = _check_target(args.out, ".ics")
    workspace = _workspace(args)
    try:
        meeting_id = workspace.meetings.resolve_id(args.id)
        count = workspace.meetings.export_ics(meeting_id, target, whole_series=args.series)
    finally:
        workspace.close()
    print(f"{count} overlegmoment(en) bewaard in {target}.")


def _cmd_mail(args: argparse.Namespace) -> None:
    folder = Path(args.outdir)
    if not folder.is_dir():
        raise CliError(f"De map {folder} bestaat niet.")
    workspace = _workspace(args)
    try:
        meeting_id = workspace.meetings.resolve_id(args.id)
        partner_id = workspace.meetings.partner_by_name(args.partner) if args.partner else None
        paths = workspace.meetings.write_mail_drafts(meeting_id, folder, partner_id)
    finally:
        workspace.close()
    for path in paths:
        print(path)


def _cmd_minutes(args: argparse.Namespace) -> None:
    target = _check_target(args.out, ".pdf")
    xlsx = _check_target(args.xlsx, ".xlsx") if args.xlsx else None
    workspace = _workspace(args)
    try:
        meeting_id = workspace.meetings.resolve_id(args.id)
        partner_id = workspace.meetings.partner_by_name(args.partner) if args.partner else None
        pages = workspace.meetings.write_minutes(meeting_id, target, partner_id, action_list=xlsx)
    finally:
        workspace.close()
    print(f"Verslag bewaard in {target} ({pages} pagina('s)).")
    if xlsx is not None:
        print(f"Actielijst bewaard in {xlsx}.")


def _cmd_agenda(args: argparse.Namespace) -> None:
    """`kempen meetings agenda ID --suggest [--rules ...] [--json]`: nothing is changed."""
    from kempen_desktop.domain.meetings import AGENDA_RULE_SHORT, agenda_rules_from_names
    from kempen_desktop.services.meetings.agenda import rule_counts

    try:
        rules = agenda_rules_from_names(args.rules)
    except ValueError as error:
        raise CliError(str(error)) from None
    workspace = _workspace(args)
    try:
        meeting_id = workspace.meetings.resolve_id(args.id)
        found = workspace.meetings.suggest(meeting_id, rules)
    finally:
        workspace.close()
    counts = {AGENDA_RULE_SHORT[rule]: n for rule, n in rule_counts(found, rules).items()}
    dossiers = [
        {
            "num": s.num,
            "rule": AGENDA_RULE_SHORT[s.rules[0]],
            "shareable": s.shareable,
            "reason": s.reason_text + (f" — {s.share_reason}" if s.share_reason else ""),
        }
        for s in found
    ]
    if args.json:
        print(json.dumps({"rules": counts, "dossiers": dossiers}, ensure_ascii=False, indent=2))
        return
    for name, count in counts.items():
        print(f"{name:<8} {count}")
    for entry in dossiers:
        mark = " " if entry["shareable"] else "!"
        print(f"{mark} {entry['num']:>6}  {entry['rule']:<8} {entry['reason']}")
    shareable = sum(1 for entry in dossiers if entry["shareable"])
    print(f"{len(dossiers)} dossier(s) voorgesteld, {shareable} deelbaar met alle partners")
