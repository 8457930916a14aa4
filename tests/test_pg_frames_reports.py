"""The report and dashboard frame tests of test_frames_reports.py again, on PostgreSQL (issues
17, 19). Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_frames_reports import *
