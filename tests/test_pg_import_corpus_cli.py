"""The tests of test_import_corpus_cli.py again, on PostgreSQL (team mode, issue 19): every corpus
file through `kempen --db postgresql://… import` (tests/pg_files.py).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg_files import tmp_path_with_server_databases as tmp_path  # noqa: F401
from tests.test_import_corpus_cli import *
