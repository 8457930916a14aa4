"""The tests of test_dossier_list.py again, on PostgreSQL (team mode, issue 19).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_dossier_list import *

# reads ids as SQLite's hex text by hand: stays on SQLite
del test_sort_keys_follow_edits  # noqa: F821
