"""What every `kempen` subcommand shares: the Dutch error, and opening the database."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from kempen_desktop.paths import resolve_db_path

if TYPE_CHECKING:
    from kempen_desktop.services.database import Database

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


def ask_new_passphrase(prompt: str = "Kies een wachtwoord voor de database (leeg: niet versleutelen): ") -> str:
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
    from kempen_desktop.services.database import is_encrypted_file, is_new_file

    given = os.environ.get(PASSPHRASE_ENV_VAR)
    if given:
        return given
    if is_new_file(path):
        if _interactive():
            return ask_new_passphrase() or None
        if warn_plain:
            print("kempen: waarschuwing: de nieuwe database wordt NIET versleuteld (geen wachtwoord in "
                  f"{PASSPHRASE_ENV_VAR} en geen terminal).", file=sys.stderr)
        return None
    if is_encrypted_file(path):
        if not _interactive():
            raise CliError(f"{path.name} is versleuteld: geef het wachtwoord in {PASSPHRASE_ENV_VAR}.")
        import getpass

        return getpass.getpass(f"Wachtwoord voor {path.name}: ") or None
    return None


def open_cli_database(args: argparse.Namespace) -> Database:
    """The database named by --db / KEMPEN_DB / the default location, opened and migrated.

    Holds the instance lock until the database is closed: a database open in the desktop
    app (or another command) is reported as in use instead of written to.
    """
    from kempen_desktop.services.database import WrongPassphraseError, open_database
    from kempen_desktop.services.instance_lock import DatabaseInUseError, InstanceLock

    path = resolve_db_path(args.db)
    lock = InstanceLock(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except DatabaseInUseError as error:
        raise CliError(str(error)) from None
    except OSError:
        pass  # a folder we cannot write to: open_database reports it in Dutch
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
                    database = open_database(path, passphrase=getpass.getpass(f"Wachtwoord voor {path.name}: "))
                    break
                except WrongPassphraseError:
                    continue
            if database is None:
                raise
    except BaseException:
        lock.release()
        raise
    assert database is not None
    database.call_on_close(lock.release)
    return database


def run_command(args: argparse.Namespace) -> None:
    """Run the parsed subcommand (`args.handler`). A storage failure (full disk, read-only
    medium, no permission, database in use, damage) becomes one Dutch line named for what
    it is, never "onverwachte fout (OperationalError)"."""
    import logging

    from kempen_desktop.services.storage_errors import classify

    try:
        args.handler(args)
    except CliError:
        raise
    except Exception as error:  # re-raised as it is when it is no storage problem
        from kempen_desktop.services.backups import BackupError
        from kempen_desktop.services.database import DatabaseOpenError

        if isinstance(error, (DatabaseOpenError, BackupError)):
            raise  # already Dutch and named
        problem = classify(error, resolve_db_path(getattr(args, "db", None)))
        if problem is None:
            raise
        logging.getLogger(__name__).warning("cli %s failed: %s (%s)", getattr(args, "command", "?"),
                                            problem.kind, type(error).__name__)
        raise CliError(problem.message) from error
