"""The tests of test_actions_cli.py again, on PostgreSQL (team mode, issue 19).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

import json
from pathlib import Path
from typing import Any

import pytest

from kempen_desktop.cli import main
from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_actions_cli import *


def test_the_command_line_of_a_rerun_reaches_the_server(
    database: Any,  # noqa: F811 - the fixture
    capsys: pytest.CaptureFixture[str],
) -> None:
    """tests/pg.py turns `--db str(database.path)` into the server's URL: what the CLI counts
    is what the test wrote on the server, and no file appears where SQLite's would be."""
    from kempen_desktop.app import Workspace
    from kempen_desktop.services.dossiers.dossiers import DossierInput

    Workspace(database).dossiers.create(DossierInput(last_name="Peeters", first_name="An"))
    assert main(["--db", str(database.path), "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["dossiers"] == 1
    assert not Path(database.path).is_file()
