"""The tests of test_trust_retention.py again, on PostgreSQL (team mode, issue 19).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_trust_retention import *

# local backups are SQLite's: stays on SQLite
del test_purge_backups_after_anonymising  # noqa: F821
