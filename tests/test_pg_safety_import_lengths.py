"""The tests of test_safety_import_lengths.py again, on PostgreSQL (team mode, issue 19): long cells
through `kempen --db postgresql://… import` (tests/pg_files.py).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg_files import tmp_path_with_server_databases as tmp_path  # noqa: F401
from tests.test_safety_import_lengths import *
