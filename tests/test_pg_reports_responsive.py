"""The tests of test_reports_responsive.py again, on PostgreSQL (team mode, issue 19): the
window stays answerable while the report figures are counted on the server.

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_reports_responsive import *
