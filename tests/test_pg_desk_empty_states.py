"""The tests of test_desk_empty_states.py again, on PostgreSQL (team mode, issue 19).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_desk_empty_states import *

# the region setting is not about storage, and the shown main window's background loads
# outlive the test's database (dropped at teardown on PostgreSQL, a file stays on SQLite)
del test_the_region_is_the_reports_default_scope  # noqa: F821
