"""The tests of test_reports_honest_numbers.py again, on PostgreSQL (team mode, issue 19).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_reports_honest_numbers import *

# runs the CLI with --db <file path>: stays on SQLite
del test_indicator_as_of_a_past_day_leaves_out_employers_that_joined_later  # noqa: F821
