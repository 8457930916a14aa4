"""The tests of test_meetings_cli.py again, on PostgreSQL (team mode, issue 19): the world is
written on the server and `kempen --db postgresql://…` lists and exports it
(tests/pg_files.py).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg_files import tmp_path_with_server_databases as tmp_path  # noqa: F401
from tests.test_meetings_cli import *
