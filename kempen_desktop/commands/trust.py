"""`kempen` subcommands for trust: backup, restore, check, passphrase, inzage — all through
the Workspace (`workspace.trust`)."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from kempen_desktop.app import Workspace
from kempen_desktop.commands.common import (
    CliError,
    _interactive,
    ask_new_passphrase,
    open_cli_database,
    with_desktop_sender,
)

NEW_PASSPHRASE_ENV_VAR = "KEMPEN_NEW_PASSPHRASE"
BACKUP_PASSPHRASE_ENV_VAR = "KEMPEN_BACKUP_PASSPHRASE"


def register(
    commands: argparse._SubParsersAction, report_commands: argparse._SubParsersAction
) -> None:
    """Add this area's subcommands; each sets `handler` with set_defaults."""
    backup = commands.add_parser(
        "backup",
        help="maak een back-up (of: --list)",
        description="Maak een back-up van de database, versleuteld zoals de database zelf. "
        "Zonder UIT komt ze in de back-upmap, met rotatie (7 dagelijks, 4 wekelijks, "
        "12 maandelijks).",
    )
    backup.add_argument("out", nargs="?", metavar="UIT", help="bestand of map voor de back-up")
    backup.add_argument("--list", action="store_true", help="toon de bewaarde back-ups")
    backup.add_argument("--json", action="store_true", help="als JSON")
    backup.set_defaults(handler=_cmd_backup)

    restore = commands.add_parser(
        "restore",
        help="zet een back-up terug (de huidige toestand wordt eerst bewaard)",
        description="Zet een back-up terug. De huidige database wordt eerst zelf als back-up "
        "bewaard. Werd de back-up met een ander wachtwoord gemaakt, geef dat dan in "
        f"{BACKUP_PASSPHRASE_ENV_VAR}.",
    )
    restore.add_argument("file", metavar="BESTAND", help="het back-upbestand")
    restore.add_argument("--json", action="store_true", help="als JSON")
    restore.set_defaults(handler=_cmd_restore)

    check = commands.add_parser("check", help="volledige integriteitscontrole van de database")
    check.add_argument("--json", action="store_true", help="als JSON")
    check.set_defaults(handler=_cmd_check)

    access = commands.add_parser(
        "inzage", help="alles over de persoon van een dossier, als PDF en/of Excel (inzagerecht)"
    )
    access.add_argument(
        "number", type=int, metavar="DOSSIERNUMMER", help="een dossier van de persoon"
    )
    access.add_argument("--pdf", metavar="UIT.pdf", help="schrijf de PDF hierheen")
    access.add_argument("--xlsx", metavar="UIT.xlsx", help="schrijf de Excel-werkmap hierheen")
    access.set_defaults(handler=_cmd_access)

    passphrase = commands.add_parser(
        "passphrase",
        help="wijzig het wachtwoord van de database",
        description=f"Wijzig het wachtwoord: het nieuwe komt uit {NEW_PASSPHRASE_ENV_VAR} of "
        "wordt op de terminal gevraagd. Met --none wordt de versleuteling verwijderd.",
    )
    passphrase.add_argument("--none", action="store_true", help="database niet meer versleutelen")
    passphrase.set_defaults(handler=_cmd_passphrase)


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(1, size // 1024)} kB"


def _cmd_backup(args: argparse.Namespace) -> None:
    from kempen_desktop.services.trust import backups

    workspace = Workspace(open_cli_database(args))
    trust = workspace.trust
    try:
        if args.list:
            if args.out:
                raise CliError("--list neemt geen UIT.")
            items = trust.list_backups()
            if args.json:
                print(
                    json.dumps(
                        [
                            {
                                "file": str(i.path),
                                "made_at": i.made_at.isoformat(),
                                "reason": i.reason,
                                "size": i.size,
                                "encrypted": i.encrypted,
                            }
                            for i in items
                        ],
                        ensure_ascii=False,
                        indent=2,
                    )
                )
                return
            if not items:
                print(f"Nog geen back-ups in {trust.backup_folder()}.")
            for i in items:
                print(
                    f"{i.made_at:%d-%m-%Y %H:%M}  {i.reason_label:<40}{_size(i.size):>10}  {i.path}"
                )
            return
        target = None
        if args.out:
            target = Path(args.out).expanduser()
            if target.is_dir():
                target = target / f"{workspace.path.stem}-backup.kbak"
        try:
            path = trust.make_backup("handmatig", target=target)
        except backups.BackupError as error:
            raise CliError(str(error)) from None
    finally:
        workspace.close()
    if args.json:
        print(
            json.dumps(
                {"file": str(path), "size": path.stat().st_size, "encrypted": workspace.encrypted}
            )
        )
        return
    print(
        f"Back-up gemaakt: {path} ({_size(path.stat().st_size)}"
        f"{', versleuteld' if workspace.encrypted else ', NIET versleuteld'})"
    )


def _cmd_restore(args: argparse.Namespace) -> None:
    from kempen_desktop.services.common.database import WrongPassphraseError
    from kempen_desktop.services.trust import backups

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliError(f"Bestand niet gevonden: {source}")
    workspace = Workspace(open_cli_database(args))
    try:
        backup_key = os.environ.get(BACKUP_PASSPHRASE_ENV_VAR) or None
        try:
            safety = workspace.trust.restore_backup(source.resolve(), backup_key)
        except WrongPassphraseError:
            if backup_key is not None or not _interactive():
                raise CliError(
                    f"{source.name} opent niet met dit wachtwoord; geef het wachtwoord van de "
                    f"back-up in {BACKUP_PASSPHRASE_ENV_VAR}."
                ) from None
            import getpass

            safety = workspace.trust.restore_backup(
                source.resolve(), getpass.getpass(f"Wachtwoord van {source.name}: ")
            )
        except backups.BackupError as error:
            raise CliError(str(error)) from None
    finally:
        workspace.close()
    if args.json:
        print(json.dumps({"restored": str(source), "previous_state": str(safety)}))
        return
    print(f"Back-up {source.name} teruggezet. De vorige toestand staat in {safety}.")


def _cmd_check(args: argparse.Namespace) -> None:
    from kempen_desktop import tempfiles

    already = len(tempfiles.removed_by_this_process())
    # Opening already sweeps the database and backup folder.
    workspace = Workspace(open_cli_database(args))
    try:
        tempfiles.sweep(workspace.trust.backup_folder())  # also a chosen folder elsewhere
        problems = workspace.trust.integrity_check()
    finally:
        workspace.close()
    removed = len(tempfiles.removed_by_this_process()) - already
    if args.json:
        print(
            json.dumps(
                {
                    "ok": not problems,
                    "problems": problems,
                    "encrypted": workspace.encrypted,
                    "temp_files_removed": removed,
                },
                ensure_ascii=False,
            )
        )
    else:
        if not problems:
            print(
                f"Database in orde: {workspace.path} "
                f"({'versleuteld' if workspace.encrypted else 'niet versleuteld'})."
            )
        for problem in problems:
            print(problem)
        print(
            f"{removed} tijdelijk(e) bestand(en) van een onderbroken bewerking opgeruimd."
            if removed
            else "Geen achtergebleven tijdelijke bestanden."
        )
    if problems:
        raise CliError(
            f"De database is beschadigd ({len(problems)} problemen). Zet een back-up terug."
        )


def _cmd_passphrase(args: argparse.Namespace) -> None:
    from kempen_desktop.services.trust import backups

    if args.none:
        new = None
    else:
        new = os.environ.get(NEW_PASSPHRASE_ENV_VAR) or None
        if new is None:
            if not _interactive():
                raise CliError(
                    f"Geef het nieuwe wachtwoord in {NEW_PASSPHRASE_ENV_VAR}, of gebruik --none."
                )
            new = ask_new_passphrase("Nieuw wachtwoord (leeg: niet versleutelen): ") or None
    workspace = Workspace(open_cli_database(args))
    try:
        try:
            workspace.trust.change_passphrase(new)
        except backups.BackupError as error:
            raise CliError(str(error)) from None
    finally:
        workspace.close()
    print(
        "Wachtwoord gewijzigd; de database is versleuteld."
        if new
        else "De database is niet meer versleuteld."
    )
    if new:
        print(
            "Onversleutelde back-ups werden mee versleuteld; oudere versleutelde back-ups gaan "
            "nog open met het wachtwoord van toen."
        )


def _cmd_access(args: argparse.Namespace) -> None:
    from kempen_desktop.documents.pdf import PdfError

    if not args.pdf and not args.xlsx:
        raise CliError("Geef --pdf en/of --xlsx.")
    workspace = with_desktop_sender(Workspace(open_cli_database(args)))
    try:
        dossier_id = workspace.trust.dossier_id_of_num(args.number)
        person_id = (
            workspace.trust.person_of_dossier(dossier_id) if dossier_id is not None else None
        )
        if person_id is None:
            raise CliError(f"Dossier {args.number} bestaat niet.")
        pdf = Path(args.pdf) if args.pdf else None
        xlsx = Path(args.xlsx) if args.xlsx else None
        try:
            workspace.trust.export_subject_access(person_id, pdf=pdf, xlsx=xlsx)
        except PdfError as error:
            # Both or neither: the workbook alone would be an incomplete answer to the request.
            also = " De Excel-werkmap werd daarom ook niet gemaakt." if xlsx is not None else ""
            raise CliError(f"{error}{also}") from None
    finally:
        workspace.close()
    print("Inzage-export bewaard: " + ", ".join(str(p) for p in (pdf, xlsx) if p is not None))
