"""The tests of test_trust_retention.py again, on PostgreSQL (team mode, issue 19).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_trust_retention import *

# local backups are SQLite's: stays on SQLite
del test_purge_backups_after_anonymising  # noqa: F821

# writes SQLite SQL by hand (discuss = 0): stays on SQLite
del test_person_with_a_kept_dossier_keeps_identity  # noqa: F821

# writes SQLite SQL by hand (discuss = 0): stays on SQLite
del test_delete_removes_dossier_and_lonely_person  # noqa: F821

# writes SQLite SQL by hand (unquoted column user): stays on SQLite
del test_audit_retention  # noqa: F821
