"""What every `kempen` subcommand shares: the Dutch error, and opening the database."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from kempen_desktop.paths import DB_ENV_VAR, resolve_db_path

if TYPE_CHECKING:
    from kempen_desktop.app import Workspace
    from kempen_desktop.services.common.database import Database
    from kempen_desktop.services.trust.instance_lock import InstanceLock

log = logging.getLogger(__name__)

EXIT_ERROR = 2
PASSPHRASE_ENV_VAR = "KEMPEN_PASSPHRASE"
PASSWORD_TRIES = 3


class CliError(Exception):
    """A problem to report to the user as one Dutch line."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"kempen: ongeldige opdracht ({message}). Zie 'kempen --help'.\n")


def _interactive() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def ask_new_passphrase(
    prompt: str = "Kies een wachtwoord voor de database (leeg: niet versleutelen): ",
) -> str:
    """Ask twice on the terminal; "" when the user chooses no encryption."""
    import getpass

    for _attempt in range(PASSWORD_TRIES):
        first = getpass.getpass(prompt)
        if not first:
            return ""
        if getpass.getpass("Herhaal het wachtwoord: ") == first:
            return first
        print("De twee wachtwoorden verschillen; probeer opnieuw.", file=sys.stderr)
    raise CliError("De wachtwoorden kwamen niet overeen.")


def cli_passphrase(path: Path, *, warn_plain: bool = True) -> str | None:
    """The passphrase for `path`: KEMPEN_PASSPHRASE, else asked on a terminal, else None.

    Never prompts without a terminal, so scripts do not hang; `kempen init` then warns
    on stderr that the new database is not encrypted.
    """
    from kempen_desktop.services.common.database import is_encrypted_file, is_new_file

    given = os.environ.get(PASSPHRASE_ENV_VAR)
    if given:
        return given
    if is_new_file(path):
        if _interactive():
            return ask_new_passphrase() or None
        if warn_plain:
            print(
                "kempen: waarschuwing: de nieuwe database wordt NIET versleuteld (geen wachtwoord "
                "in "
                f"{PASSPHRASE_ENV_VAR} en geen terminal).",
                file=sys.stderr,
            )
        return None
    if is_encrypted_file(path):
        if not _interactive():
            raise CliError(
                f"{path.name} is versleuteld: geef het wachtwoord in {PASSPHRASE_ENV_VAR}."
            )
        import getpass

        return getpass.getpass(f"Wachtwoord voor {path.name}: ") or None
    return None


def _no_database(path: Path) -> CliError:
    return CliError(
        f"Er is geen database in {path}. Controleer het pad (--db of KEMPEN_DB), "
        "of maak een nieuwe met 'kempen init'."
    )


def writer_lock(path: Path, program: str) -> InstanceLock | None:
    """The OS writer lock of `path` for this command; CliError when another process writes.

    None when the folder cannot hold a lock file (read-only medium, missing folder): the
    database open that follows reports that in Dutch.
    """
    from kempen_desktop.services.trust.instance_lock import DatabaseInUseError, InstanceLock

    lock = InstanceLock(path, program)
    try:
        return lock.acquire()
    except DatabaseInUseError as error:
        raise CliError(str(error)) from None
    except OSError as error:
        log.warning("no writer lock for %s: %s", path.name, type(error).__name__)
        return None


def given_server_url(cli_value: str | None) -> str | None:
    """The PostgreSQL URL named by --db or else KEMPEN_DB (team mode); None for a file."""
    from kempen_desktop.db.locations import is_server_url

    value = cli_value or os.environ.get(DB_ENV_VAR) or ""
    return value if is_server_url(value) else None


def open_cli_server_database(url: str) -> Database:
    """A PostgreSQL database (team mode): created by IT, migrated here on first use.

    No instance lock and no passphrase: several users work on the server at once, and
    each one logs in with their own role (the password from ~/.pgpass or PGPASSWORD,
    never stored by the app).
    """
    from kempen_desktop.services.common.database import open_server_database

    return open_server_database(url)


def with_desktop_sender(workspace: Workspace) -> Workspace:
    """Give a command that writes PDFs the letterhead and "Opgesteld door …" of the desktop
    settings (Instellingen), read the same way the app reads them."""
    from kempen_desktop.ui.common.desktop_settings import read_sender

    workspace.sender = read_sender()
    return workspace


def open_cli_database(args: argparse.Namespace) -> Database:
    """The database named by --db / KEMPEN_DB / the default location, opened and migrated.

    A writing command holds the OS writer lock until the database is closed, and is
    refused while another process (the desktop app, another command) holds it. A
    read-only command (`args.reads_only`, set by the CLI) runs beside a writer; it takes
    the lock only while opening when it is free, so a migration never runs beside a
    writer. Only commands that may create a database (`args.may_create`) accept a path
    where none exists; the others refuse it and create nothing.
    """
    from kempen_desktop.services.common.database import (
        WrongPassphraseError,
        is_new_file,
        open_database,
    )
    from kempen_desktop.services.trust.instance_lock import DatabaseInUseError, InstanceLock

    url = given_server_url(getattr(args, "db", None))
    if url is not None:
        return open_cli_server_database(url)
    path = resolve_db_path(args.db)
    program = (
        f"kempen {getattr(args, 'command_name', None) or getattr(args, 'command', '')}".strip()
    )
    reads_only = bool(getattr(args, "reads_only", False))
    if not getattr(args, "may_create", False) and is_new_file(path):
        raise _no_database(path)
    lock: InstanceLock | None
    if reads_only:
        lock = InstanceLock(path, program)
        try:
            lock.acquire()
        except (DatabaseInUseError, OSError):
            lock = None  # a writer has it open (and migrated): read beside it
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # a folder we cannot write to: open_database reports it in Dutch
        lock = writer_lock(path, program)
    release = lock.release if lock is not None else (lambda: None)
    try:
        passphrase = cli_passphrase(path, warn_plain=getattr(args, "command", None) == "init")
        try:
            database = open_database(path, passphrase=passphrase)
        except WrongPassphraseError:
            if os.environ.get(PASSPHRASE_ENV_VAR) or not _interactive():
                raise
            import getpass

            database = None
            for _attempt in range(PASSWORD_TRIES - 1):
                print("Onjuist wachtwoord.", file=sys.stderr)
                try:
                    database = open_database(
                        path, passphrase=getpass.getpass(f"Wachtwoord voor {path.name}: ")
                    )
                    break
                except WrongPassphraseError:
                    continue
            if database is None:
                raise
    except BaseException:
        release()
        raise
    assert database is not None
    if reads_only:
        release()  # opened: let a writer start while this command reads
    else:
        database.call_on_close(release)
    return database


def run_command(args: argparse.Namespace) -> None:
    """Run the parsed subcommand (`args.handler`). A storage failure (full disk, read-only
    medium, no permission, database in use, damage) becomes one Dutch line named for what
    it is, never "onverwachte fout (OperationalError)"."""
    import logging

    from kempen_desktop.services.common.storage_errors import classify

    try:
        args.handler(args)
    except CliError:
        raise
    except Exception as error:  # re-raised as it is when it is no storage problem
        from kempen_desktop.services.common.database import DatabaseOpenError
        from kempen_desktop.services.trust.backups import BackupError

        if isinstance(error, (DatabaseOpenError, BackupError)):
            raise  # already Dutch and named
        if given_server_url(getattr(args, "db", None)) is not None:
            if getattr(getattr(error, "orig", None), "sqlstate", None) == "42501":
                raise CliError(  # row-level security and grants of team mode (issue 19)
                    "Uw gebruiker op de server heeft geen toegang tot deze gegevens; vraag de "
                    "regisseur of IT om de juiste rol (kempen team user add)."
                ) from error
            raise  # a server's errors are no local storage problem
        problem = classify(error, resolve_db_path(getattr(args, "db", None)))
        if problem is None:
            raise
        logging.getLogger(__name__).warning(
            "cli %s failed: %s (%s)",
            getattr(args, "command", "?"),
            problem.kind,
            type(error).__name__,
        )
        raise CliError(problem.message) from error


def xlsx_target(text: str) -> Path:
    """An output path for an .xlsx export, checked before any work is done."""
    out = Path(text)
    if out.suffix.lower() != ".xlsx":
        raise CliError("Het uitvoerbestand moet op .xlsx eindigen.")
    if not out.parent.is_dir():
        raise CliError(f"Map bestaat niet: {out.parent}")
    return out


def print_list_import(
    path: Path,
    sheet: str,
    header_row: int,
    counts: list[tuple[str, int]],
    rejected: list[tuple[int, str]],
    done: str | None,
) -> None:
    """The text summary of a list import (partners, action tree); `done` None: a dry run."""
    print(f"Bestand: {path.name} (blad {sheet}, kopregel {header_row})")
    for label, value in counts:
        print(f"{label:<14}{value:>8}")
    for row, reason in rejected:
        print(f"  rij {row}: geweigerd: {reason}")
    print("Proefdraai: er werd niets weggeschreven." if done is None else done)
