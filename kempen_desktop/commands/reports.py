"""`kempen` subcommands for exports and reports.

kempen export dossiers|partners|meetings|actions UIT.xlsx [--partner NAAM] [--pseudonymise]
kempen report dossier ID UIT.pdf [--partner NAAM] [--sections ...]
kempen report dossier --meeting ID UIT.pdf [--partner NAAM]   (cover page + agenda fiches)
kempen report period --from DATUM --to DATUM [--municipality NAAM ...] UIT.pdf|UIT.xlsx
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from kempen_desktop.commands.common import CliError, open_cli_database, with_desktop_sender

EXPORT_KINDS = ("dossiers", "partners", "meetings", "actions")


def register(
    commands: argparse._SubParsersAction, report_commands: argparse._SubParsersAction
) -> None:
    """Add this area's subcommands; each sets `handler` with set_defaults."""
    export = commands.add_parser(
        "export",
        help="een lijst als Excel-werkmap (.xlsx) bewaren",
        description="Bewaar een lijst als .xlsx. Met --partner enkel de dossiers met geldige "
        "toestemming voor die partner en enkel de velden die de partner mag ontvangen "
        "(wordt gelogd). Met --pseudonymise een statistische export zonder namen, INSZ of "
        "geboortedata.",
    )
    export.add_argument(
        "what",
        choices=EXPORT_KINDS,
        metavar="LIJST",
        help="dossiers, partners, meetings of actions",
    )
    export.add_argument("out", metavar="UIT.xlsx", help="het bestand om te maken")
    export.add_argument(
        "--partner", metavar="NAAM", help="export voor deze partner (alleen dossiers)"
    )
    export.add_argument(
        "--pseudonymise",
        "--pseudonymize",
        action="store_true",
        dest="pseudonymise",
        help="statistische export met pseudoniemen (alleen dossiers)",
    )
    export.add_argument("--json", action="store_true", help="resultaat als één JSON-object")
    export.set_defaults(handler=_cmd_export)

    dossier = report_commands.add_parser("dossier", help="dossierfiche als PDF")
    dossier.add_argument("dossier", metavar="ID", help="dossiernummer of UUID")
    dossier.add_argument("out", metavar="UIT.pdf")
    dossier.add_argument(
        "--partner",
        metavar="NAAM",
        help="versie voor deze partner (zonder INSZ, "
        "zonder vertrouwelijke notities; alleen met toestemming)",
    )
    dossier.add_argument(
        "--sections",
        metavar="DELEN",
        help="komma-lijst van onderdelen: "
        "identiteit,status,kansengroepen,partner,toestemming,tijdlijn,actiepunten,werk",
    )
    dossier.add_argument(
        "--meeting",
        action="store_true",
        help="ID is een overlegmoment (ID of een uniek begin ervan): een voorblad met de agenda "
        "en paginanummers, dan de fiches van alle dossiers op de agenda, in één PDF",
    )
    dossier.add_argument("--json", action="store_true", help="resultaat als één JSON-object")
    dossier.set_defaults(handler=_cmd_report_dossier)

    period = report_commands.add_parser(
        "period", help="beleidsrapportage over een periode (PDF of .xlsx)"
    )
    period.add_argument(
        "--from", dest="start", required=True, metavar="DATUM", help="eerste dag (JJJJ-MM-DD)"
    )
    period.add_argument(
        "--to", dest="end", required=True, metavar="DATUM", help="laatste dag (JJJJ-MM-DD)"
    )
    period.add_argument(
        "--municipality",
        action="append",
        default=[],
        metavar="NAAM",
        help="beperk tot deze gemeente (mag herhaald worden)",
    )
    period.add_argument("out", metavar="UIT.pdf|UIT.xlsx")
    period.add_argument("--json", action="store_true", help="de cijfers ook als JSON tonen")
    period.set_defaults(handler=_cmd_report_period)


def _out_path(text: str, suffixes: tuple[str, ...]) -> Path:
    path = Path(text)
    if path.suffix.lower() not in suffixes:
        raise CliError(f"Het uitvoerbestand moet eindigen op {' of '.join(suffixes)}.")
    if not path.parent.exists():
        raise CliError(f"De map '{path.parent}' bestaat niet.")
    return path


def _parse_date(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        pass
    parts = text.strip().replace("/", "-").split("-")
    if len(parts) == 3 and len(parts[2]) == 4:
        try:
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
        except ValueError:
            pass
    raise CliError(f"Ongeldige datum voor {what}: '{text}' (gebruik JJJJ-MM-DD).")


def _cmd_export(args: argparse.Namespace) -> None:
    from kempen_desktop.app import Workspace
    from kempen_desktop.services.reports import exports

    out = _out_path(args.out, (".xlsx",))
    if args.what != "dossiers" and (args.partner or args.pseudonymise):
        raise CliError("--partner en --pseudonymise gelden alleen voor de export van dossiers.")
    if args.partner and args.pseudonymise:
        raise CliError("Kies --partner of --pseudonymise, niet allebei.")
    workspace = Workspace(open_cli_database(args))
    try:
        if args.what == "dossiers":
            spec = exports.DossierExport(partner=args.partner, statistical=args.pseudonymise)
            try:
                result = workspace.dossiers.export_dossiers(out, spec)
            except exports.ExportError as error:
                raise CliError(str(error)) from None
        else:
            result = workspace.reports.export_list(args.what, out)
    finally:
        workspace.close()
    if args.json:
        print(
            json.dumps(
                {
                    "file": str(out),
                    "rows": result.rows,
                    "partner": result.partner_name or None,
                    "skipped_without_consent": result.skipped_without_consent,
                },
                ensure_ascii=False,
            )
        )
        return
    line = f"{result.rows} rij(en) bewaard in {out}"
    if result.partner_name:
        line += (
            f" (voor {result.partner_name}; {result.skipped_without_consent} dossier(s) zonder "
            "geldige toestemming weggelaten)"
        )
    print(line)


def _cmd_report_dossier(args: argparse.Namespace) -> None:
    from kempen_desktop.app import Workspace
    from kempen_desktop.services.reports import dossier_fiche

    out = _out_path(args.out, (".pdf",))
    sections = None
    if args.sections:
        sections = tuple(s.strip() for s in args.sections.split(",") if s.strip())
        unknown = set(sections) - set(dossier_fiche.SECTIONS)
        if unknown:
            raise CliError(
                f"Onbekend onderdeel: {', '.join(sorted(unknown))}. Kies uit: "
                f"{', '.join(dossier_fiche.SECTIONS)}."
            )
    workspace = with_desktop_sender(Workspace(open_cli_database(args)))
    dossiers = workspace.dossiers
    try:
        try:
            options = dossier_fiche.SummaryOptions(
                sections=sections or dossier_fiche.SECTIONS, partner=args.partner
            )
            if args.meeting:  # a cover page with the agenda and page numbers, then the fiches
                meeting_id = workspace.meetings.resolve_id(args.dossier)
                result = workspace.meetings.write_agenda_fiches(meeting_id, out, args.partner)
            else:
                dossier_id = dossiers.resolve(args.dossier)
                result = dossiers.write_summaries([dossier_id], out, options)
        except dossier_fiche.SummaryError as error:
            raise CliError(str(error)) from None
    finally:
        workspace.close()
    if args.json:
        print(
            json.dumps(
                {
                    "file": str(out),
                    "pages": result.pages,
                    "dossiers": result.dossiers,
                    "skipped_without_consent": result.skipped,
                },
                ensure_ascii=False,
            )
        )
        return
    if result.dossiers == 0:
        print(f"Geen dossierfiche gemaakt: er is geen geldige toestemming voor {args.partner}.")
        return
    print(f"Dossierfiche bewaard in {out} ({result.pages} pagina('s))")


def _cmd_report_period(args: argparse.Namespace) -> None:
    from kempen_desktop.app import Workspace
    from kempen_desktop.documents.period_report_data import PeriodReportError

    out = _out_path(args.out, (".pdf", ".xlsx"))
    start, end = _parse_date(args.start, "--from"), _parse_date(args.end, "--to")
    if end < start:
        raise CliError("De einddatum ligt vóór de begindatum.")
    workspace = with_desktop_sender(Workspace(open_cli_database(args)))
    try:
        try:
            nis = workspace.reports.municipality_codes(args.municipality)
        except PeriodReportError as error:
            raise CliError(str(error)) from None
        report = workspace.reports.period_report(start, end, nis)
        # A disclosure: the audit entry commits before the file appears.
        pages = workspace.reports.write_period_report(out, report, out.suffix.lower().lstrip("."))
    finally:
        workspace.close()
    if args.json:
        print(
            json.dumps(
                {"file": str(out), "pages": pages, "figures": report.as_dict()},
                ensure_ascii=False,
                default=str,
            )
        )
        return
    print(f"Beleidsrapportage {start:%d-%m-%Y} – {end:%d-%m-%Y} bewaard in {out}")
