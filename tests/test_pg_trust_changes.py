"""The tests of test_trust_changes.py again, on PostgreSQL (team mode, issue 19).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_trust_changes import *

# restore is a local-file feature: stays on SQLite
del test_restore_reloads_every_tab_without_f5  # noqa: F821

# SQLCipher is a local-file feature: stays on SQLite
del test_passphrase_change_reloads_every_tab  # noqa: F821
