"""What every `kempen` subcommand shares: the Dutch error, and opening the database."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, NoReturn

from kempen_desktop.paths import resolve_db_path

if TYPE_CHECKING:
    from kempen_desktop.services.database import Database

EXIT_ERROR = 2


class CliError(Exception):
    """A problem to report to the user as one Dutch line."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"kempen: ongeldige opdracht ({message}). Zie 'kempen --help'.\n")


def open_cli_database(args: argparse.Namespace) -> Database:
    """The database named by --db / KEMPEN_DB / the default location, opened and migrated."""
    from kempen_desktop.services.database import open_database

    return open_database(resolve_db_path(args.db))
