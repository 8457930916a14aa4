"""The tests of test_cli.py again, on PostgreSQL (team mode, issue 19): each database file a
test names is a server database of its own (tests/pg_files.py), reached by `kempen --db
postgresql://…`.

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

import json

import pytest

from kempen_desktop.cli import main
from tests.pg import user_url
from tests.pg_files import tmp_path_with_server_databases as tmp_path  # noqa: F401
from tests.test_cli import *

# asserts the file (and its new folder) appears on disk: the server's counterpart is below
del test_init_creates_database  # noqa: F821
# asserts KEMPEN_DB's file appears on disk: the server's counterpart is below
del test_db_from_environment  # noqa: F821
# files with a foreign or broken SQLite header: about the local file by nature
del test_bad_files_give_one_dutch_line  # noqa: F821
# no database: a usage error and --version run exactly as in test_cli.py
del test_usage_errors_exit_2  # noqa: F821
# no database: a usage error and --version run exactly as in test_cli.py
del test_version_via_installed_command  # noqa: F821


def test_init_and_kempen_db_name_the_server(
    pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`kempen --db postgresql://… init` migrates an empty server database; KEMPEN_DB with a
    URL reaches the same database without --db."""
    url = user_url(pg_url)
    assert main(["--db", url, "init"]) == 0
    assert "Database klaar" in capsys.readouterr().out
    monkeypatch.setenv("KEMPEN_DB", url)
    assert main(["stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["dossiers"] == 0
