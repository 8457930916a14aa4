"""The tests of test_cli_letterhead.py again, on PostgreSQL (team mode, issue 19): the database file
a test names is a throwaway server database, reached by `kempen --db postgresql://…`
(tests/pg_files.py).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg_files import tmp_path_with_server_databases as tmp_path  # noqa: F401
from tests.test_cli_letterhead import *
