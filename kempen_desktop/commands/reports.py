"""`kempen` subcommands for reports."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction, report_commands: argparse._SubParsersAction) -> None:
    """Add this area's subcommands; each sets `handler` with set_defaults."""
