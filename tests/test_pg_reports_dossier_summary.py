"""The tests of test_reports_dossier_summary.py again, on PostgreSQL (team mode, issue 19).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_reports_dossier_summary import *

# runs the CLI with --db <file path>: stays on SQLite
del test_meeting_agenda_in_one_pdf  # noqa: F821

# runs the CLI with --db <file path>: stays on SQLite
del test_cli  # noqa: F821
