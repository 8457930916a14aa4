"""`kempen partners ...`: list partners, the inclusive-employer indicator, import and export."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
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
    """Add this area's subcommands; each sets `handler` with set_defaults."""
    partners = commands.add_parser(
        "partners", help="partnerorganisaties: lijst, indicator, import, export"
    )
    sub = partners.add_subparsers(
        dest="partner_command", metavar="OPDRACHT", parser_class=type(partners)
    )
    sub.required = True

    listing = sub.add_parser("list", help="de partnerorganisaties tonen")
    listing.add_argument("--type", metavar="SOORT", help="alleen deze soort (code, bv. werkgever)")
    listing.add_argument("--json", action="store_true", help="als JSON")
    listing.set_defaults(handler=_cmd_list)

    indicator = sub.add_parser(
        "indicator",
        help="inclusieve werkgevers per gemeente en in totaal, tegenover het doel 1 op 2",
    )
    indicator.add_argument(
        "--as-of", metavar="DATUM", help="peildatum (JJJJ-MM-DD of DD-MM-JJJJ; standaard vandaag)"
    )
    indicator.add_argument("--json", action="store_true", help="als JSON")
    indicator.set_defaults(handler=_cmd_indicator)

    importing = sub.add_parser("import", help="een partnerlijst inlezen (.xlsx, .ods, .csv)")
    importing.add_argument("file", metavar="BESTAND")
    importing.add_argument(
        "--dry-run", action="store_true", help="alleen tonen wat er zou gebeuren"
    )
    importing.add_argument("--json", action="store_true", help="als één JSON-object")
    importing.set_defaults(handler=_cmd_import)

    export = sub.add_parser("export", help="de partners en contactpersonen naar .xlsx schrijven")
    export.add_argument("out", metavar="UIT.xlsx")
    export.set_defaults(handler=_cmd_export)


def parse_day(text: str) -> date:
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise CliError(f"Ongeldige datum ‘{text}’: gebruik JJJJ-MM-DD of DD-MM-JJJJ.")


def _cmd_list(args: argparse.Namespace) -> None:
    from kempen_desktop.domain.kbo import format_kbo

    workspace = _workspace(args)
    try:
        rows = workspace.partners.rows()
    finally:
        workspace.close()
    if args.type:
        codes = {row.type_code for row in rows}
        if args.type not in codes:
            raise CliError(
                f"Geen partners van de soort ‘{args.type}’. Bestaande soorten: "
                f"{', '.join(sorted(codes))}."
            )
        rows = [row for row in rows if row.type_code == args.type]
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": str(r.id),
                        "name": r.name,
                        "type": r.type_code,
                        "type_label": r.type_label,
                        "kbo": format_kbo(r.kbo_number),
                        "municipality": r.municipality,
                        "active": r.active,
                        "contacts": r.contacts,
                        "open_dossiers": r.dossiers,
                        "inclusive": r.inclusive_since is not None,
                        "inclusive_since": r.inclusive_since.isoformat()
                        if r.inclusive_since
                        else None,
                        "inclusive_as": r.inclusive_as or None,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    if not rows:
        print("Geen partners.")
        return
    print(
        f"{'Naam':<40} {'Soort':<28} {'Gemeente':<18} {'Contacten':>9} {'Dossiers':>8}  Inclusief "
        "sinds"
    )
    for r in rows:
        since = r.inclusive_since.strftime("%d-%m-%Y") if r.inclusive_since else ""
        print(
            f"{r.name[:40]:<40} {r.type_label[:28]:<28} {r.municipality[:18]:<18} {r.contacts:>9} "
            f"{r.dossiers:>8}  {since}"
        )
    print(f"{len(rows)} partners.")


def _cmd_indicator(args: argparse.Namespace) -> None:
    day = parse_day(args.as_of) if args.as_of else date.today()
    workspace = _workspace(args)
    try:
        result = workspace.partners.indicator(day)
    finally:
        workspace.close()

    def share(value: float | None) -> float | None:
        return round(value, 4) if value is not None else None

    if args.json:
        print(
            json.dumps(
                {
                    "as_of": day.isoformat(),
                    "goal": result.goal,
                    "municipalities": [
                        {
                            "nis": r.municipality_nis,
                            "municipality": r.municipality,
                            "employers": r.employers,
                            "engaged": r.engaged,
                            "share": share(r.share),
                        }
                        for r in result.rows
                    ],
                    "total": {
                        "employers": result.total.employers,
                        "engaged": result.total.engaged,
                        "share": share(result.total.share),
                    },
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return

    def pct(value: float | None) -> str:
        return f"{value * 100:.0f}%" if value is not None else "–"

    print(f"Inclusieve werkgevers op {day:%d-%m-%Y} (doel: 1 op 2)")
    print(f"{'Gemeente':<24} {'Werkgevers':>10} {'Inclusief':>10} {'Aandeel':>8}")
    for r in [*result.rows, result.total]:
        if r is result.total:
            print("-" * 55)
        print(f"{r.municipality[:24]:<24} {r.employers:>10} {r.engaged:>10} {pct(r.share):>8}")


def _cmd_import(args: argparse.Namespace) -> None:
    from kempen_desktop.services.partners.partner_lists import PartnerListError

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"Bestand niet gevonden: {path}")
    workspace = _workspace(args)
    try:
        result = workspace.partners.import_list(path, dry_run=args.dry_run)
    except PartnerListError as error:
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
            ("Nieuw", result.created),
            ("Aangevuld", result.updated),
            ("Ongewijzigd", result.unchanged),
            ("Geweigerd", len(result.rejected)),
        ],
        result.rejected,
        None if args.dry_run else "Partnerlijst ingelezen.",
    )


def _cmd_export(args: argparse.Namespace) -> None:
    out = xlsx_target(args.out)
    workspace = _workspace(args)
    try:
        written = workspace.partners.export_list(out)
    except OSError as error:
        raise CliError(f"Kan {out} niet schrijven: {error.strerror}.") from None
    finally:
        workspace.close()
    print(f"{written} partners geschreven naar {out}.")
