"""`kempen import`: read a VDAB or OCMW list, list the import history, undo a batch; through
the same façade (`workspace.importing`) as the wizard."""

from __future__ import annotations

import argparse
import json
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from kempen_desktop.app import Workspace
from kempen_desktop.commands.common import CliError, open_cli_database

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

if TYPE_CHECKING:
    from kempen_desktop.services.importing import BatchInfo, Profile


def register(commands: Subparsers, report_commands: Subparsers) -> None:
    """Add this area's subcommands; each sets `handler` with set_defaults."""
    importing = commands.add_parser(
        "import",
        help="een VDAB- of OCMW-lijst inlezen (of: --list, --undo)",
        description="Lees een lijst in (.xlsx, .xlsm, .xls, .ods, .csv). Rijen die een beslissing "
        "vragen worden niet toegepast: los ze op in het programma.",
    )
    importing.add_argument("file", nargs="?", metavar="BESTAND", help="het bestand met de lijst")
    importing.add_argument(
        "--profile",
        metavar="NAAM|PAD.toml",
        help="importprofiel: naam van een bewaard profiel of een TOML-bestand",
    )
    importing.add_argument(
        "--mode",
        choices=("fill", "overwrite"),
        default="fill",
        help="fill: alleen lege velden aanvullen (standaard); overwrite: overschrijven",
    )
    importing.add_argument(
        "--dry-run", action="store_true", help="alleen tonen wat er zou gebeuren"
    )
    importing.add_argument("--json", action="store_true", help="als één JSON-object")
    importing.add_argument(
        "--rejects", metavar="UIT.xlsx", help="bewaar de geweigerde rijen in dit bestand"
    )
    importing.add_argument("--undo", metavar="BATCH", help="maak een import ongedaan")
    importing.add_argument(
        "--rest",
        action="store_true",
        help="met --undo: maak de rest ongedaan; dossiers die na de import gewijzigd werden, "
        "blijven zoals ze zijn",
    )
    importing.add_argument("--list", action="store_true", help="toon de importgeschiedenis")
    importing.set_defaults(handler=_cmd_import)


def _import_profile(workspace: Workspace, value: str) -> Profile:
    from kempen_desktop.services.importing import load_profile_toml

    candidate = Path(value)
    if value.lower().endswith(".toml") or candidate.is_file():
        return load_profile_toml(candidate)
    return workspace.importing.profile(value)


def _cmd_import(args: argparse.Namespace) -> None:
    from kempen_desktop.services import importing

    chosen = [
        name
        for name, given in (("BESTAND", args.file), ("--undo", args.undo), ("--list", args.list))
        if given
    ]
    if len(chosen) != 1:
        raise CliError("Geef een bestand, of --undo BATCH, of --list.")
    if args.rest and not args.undo:
        raise CliError("--rest hoort bij --undo BATCH.")
    if (args.undo or args.list) and (
        args.profile or args.dry_run or args.rejects or args.mode != "fill"
    ):
        raise CliError(
            "--profile, --mode, --dry-run en --rejects horen bij het inlezen van een bestand."
        )
    workspace = Workspace(open_cli_database(args))
    try:
        _run_import(workspace, args)
    except (importing.ImportFailed, importing.SpreadsheetError, importing.ImportCancelled) as error:
        raise CliError(str(error)) from None
    finally:
        workspace.close()


def _run_import(workspace: Workspace, args: argparse.Namespace) -> None:
    if args.list:
        _import_list(workspace.importing.batches(), args.json)
    elif args.undo:
        _undo(workspace, args)
    else:
        _import_file(workspace, args)


def _undo(workspace: Workspace, args: argparse.Namespace) -> None:
    from kempen_desktop.services.importing import ImportUndoError

    batch_id = workspace.importing.find_batch(args.undo)
    if not args.rest:
        try:
            workspace.importing.undo(batch_id)
        except ImportUndoError as error:
            # Every dossier in the way (the message shortens a long list), and the way out.
            every = ", ".join(str(num) for num in error.dossiers)
            raise CliError(
                f"{error} Alle dossiers: {every}. Met --undo {args.undo} --rest wordt de rest "
                "ongedaan gemaakt; die dossiers blijven dan zoals ze zijn."
            ) from None
        if args.json:
            print(json.dumps({"undone": str(batch_id)}))
        else:
            print(f"Import {batch_id} ongedaan gemaakt.")
        return
    result = workspace.importing.undo_rest(batch_id)
    if args.json:
        print(
            json.dumps(
                {
                    "undone": str(batch_id),
                    "removed": result.removed,
                    "restored": result.restored,
                    "kept": result.kept,
                }
            )
        )
        return
    print(
        f"Import {batch_id}: {result.removed} nieuwe dossiers verwijderd, "
        f"{result.restored} hersteld."
    )
    if result.kept:
        print(
            "Behouden (na de import gewijzigd): dossiers "
            + ", ".join(str(num) for num in result.kept)
            + "."
        )


def _import_file(workspace: Workspace, args: argparse.Namespace) -> None:
    from kempen_desktop.services import importing

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"Bestand niet gevonden: {path}")
    if args.profile:
        plan = workspace.importing.plan(
            path, _import_profile(workspace, args.profile), mode=args.mode
        )
    else:
        # No profile named: VDAB when the list has a klantnummer column, else OCMW (the
        # built-in profiles differ in their name and source, not in what they recognise).
        vdab, ocmw = importing.builtin_profiles()
        plan = workspace.importing.plan(path, vdab, mode=args.mode)
        if "vdab_client_number" not in plan.layout.columns:
            plan.profile = ocmw
    batch = None if args.dry_run else workspace.importing.apply(plan)
    written = importing.write_rejects(plan, Path(args.rejects)) if args.rejects else None
    # After applying, the counts are read back from the batch record: what the history shows.
    counts = plan.counts() if batch is None else workspace.importing.batch(batch).counts()
    rejected = [
        {"row": row.row, "reason": row.reason} for row in plan.rows if row.kind == "rejected"
    ]
    review = [{"row": row.row, "reason": row.reason} for row in plan.review_rows()]
    if args.json:
        print(
            json.dumps(
                {
                    "batch": str(batch) if batch else None,
                    **counts,
                    "rejected_rows": rejected,
                    "review_rows": review,
                },
                ensure_ascii=False,
            )
        )
        return
    layout = plan.layout
    print(
        f"Bestand: {path.name} (blad {layout.sheet}, kopregel {layout.header_row}, "
        f"profiel {plan.profile.name}, modus {plan.mode})"
    )
    for key, label in (
        ("rows", "Rijen"),
        ("created", "Nieuw"),
        ("updated", "Bijgewerkt"),
        ("unchanged", "Ongewijzigd"),
        ("differs", "Verschilt, niet overgenomen"),
        ("review", "Te beslissen"),
        ("rejected", "Geweigerd"),
    ):
        print(f"{label:<29}{counts[key]:>8}")
    for row in plan.rows:
        if row.differences:
            fields = "; ".join(f"{d.label}: {d.old} → {d.new}" for d in row.differences)
            print(
                f"  rij {row.row}: verschilt, niet overgenomen "
                f"(dossier {row.dossier_num}): {fields}"
            )
        if row.kind == "review":
            print(f"  rij {row.row}: te beslissen: {row.reason}")
    for item in rejected:
        print(f"  rij {item['row']}: geweigerd: {item['reason']}")
    if counts["review"]:
        print("Rijen die een beslissing vragen werden niet toegepast; los ze op in het programma.")
    if written is not None:
        print(f"Geweigerde rijen bewaard in {args.rejects} ({written}).")
    print(
        "Proefdraai: er werd niets weggeschreven."
        if batch is None
        else f"Import {batch} toegepast."
    )


def _import_list(batches: list[BatchInfo], as_json: bool) -> None:
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "id": str(b.id),
                        "imported_at": b.imported_at.isoformat(),
                        "file": b.file_name,
                        "source": b.source,
                        "profile": b.profile_name,
                        "mode": b.mode,
                        "rows": b.rows_total,
                        "created": b.created,
                        "updated": b.updated,
                        "unchanged": b.unchanged,
                        "differs": b.differs,
                        "review": b.review,
                        "rejected": b.rejected,
                        "status": b.status,
                    }
                    for b in batches
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    if not batches:
        print("Nog geen imports.")
        return
    for b in batches:
        local = b.imported_at.replace(tzinfo=UTC).astimezone()
        print(
            f"{b.id}  {local:%d-%m-%Y %H:%M}  {b.file_name[:30]:<30} {b.source[:10]:<10} "
            f"nieuw {b.created:>5}  bijgewerkt {b.updated:>5}  ongewijzigd {b.unchanged:>5}  "
            f"verschilt {b.differs:>5}  "
            f"te beslissen {b.review:>4}  geweigerd {b.rejected:>4}  {b.status}"
        )
