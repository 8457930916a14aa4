"""The dossier service tests of test_dossier_service.py again, on PostgreSQL (team mode, issue 19).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_dossier_service import *

# counts dossier_fts, SQLite's index, by hand: stays on SQLite
del test_delete_removes_dossier_person_and_index  # noqa: F821
