"""The tests of test_import_honest_formats.py again, on PostgreSQL (team mode, issue 19): the same
list gives the same dossiers from every format on the server too (tests/pg_files.py).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg_files import tmp_path_with_server_databases as tmp_path  # noqa: F401
from tests.test_import_honest_formats import *
