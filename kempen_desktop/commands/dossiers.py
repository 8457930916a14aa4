"""`kempen dossiers list`: the dossier list from the command line, through the façade."""

from __future__ import annotations

import argparse
import json
from typing import TypeAlias

from kempen_desktop.app import Workspace
from kempen_desktop.commands.common import open_cli_database

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

PAGE = 500


def register(commands: Subparsers, report_commands: Subparsers) -> None:
    """Add this area's subcommands; each sets `handler` with set_defaults."""
    dossiers = commands.add_parser("dossiers", help="dossiers opvragen")
    dossier_commands = dossiers.add_subparsers(
        dest="dossier_command", metavar="OPDRACHT", parser_class=type(dossiers)
    )
    dossier_commands.required = True
    listing = dossier_commands.add_parser("list", help="dossiers tonen")
    listing.add_argument(
        "--search",
        default="",
        metavar="TEKST",
        help="zoek op naam, INSZ, klantnummer, gemeente, notities",
    )
    listing.add_argument("--json", action="store_true", help="als JSON")
    listing.set_defaults(handler=_cmd_list)


def _cmd_list(args: argparse.Namespace) -> None:
    from kempen_desktop.domain.status import status_label
    from kempen_desktop.services.dossiers.dossier_list import DossierFilter, DossierRow

    workspace = Workspace(open_cli_database(args))
    try:
        nums = workspace.dossiers.find(DossierFilter(text=args.search))
        rows: list[DossierRow] = []
        for start in range(0, len(nums), PAGE):
            page = workspace.dossiers.rows(nums[start : start + PAGE])
            rows.extend(page[num] for num in nums[start : start + PAGE])
    finally:
        workspace.close()
    records = [
        {
            "id": str(row.id),
            "number": row.num,
            "last_name": row.last_name,
            "first_name": row.first_name,
            "status": row.status_code,
            "municipality": row.municipality,
        }
        for row in rows
    ]
    if args.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return
    for row in rows:
        print(
            f"{row.num:>7}  {row.last_name + ', ' + row.first_name:<40}"
            f"{status_label(row.status_code):<18}{row.municipality}"
        )
    print(f"{len(rows)} dossier(s)")
