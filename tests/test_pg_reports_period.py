"""The period report tests of test_reports_period.py again, on PostgreSQL (team mode, issue 19).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_reports_period import *

# runs the CLI with --db <file path>: the file-based CLI test stays on SQLite
del test_pdf_and_xlsx  # noqa: F821
