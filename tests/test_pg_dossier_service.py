"""The dossier service tests (test_dossier_service.py) again, on PostgreSQL (team mode)."""

from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_dossier_service import *  # noqa: F403
