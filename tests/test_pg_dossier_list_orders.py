"""The tests of test_dossier_list_orders.py again, on PostgreSQL (team mode, issue 19).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_dossier_list_orders import *

# checks SQLite's FTS5 index: stays on SQLite
del test_migration_0013_search_prefix_index_and_covering_sort_indexes  # noqa: F821
