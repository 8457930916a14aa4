"""The tests of test_demo_consent.py again, on a PostgreSQL demo (team mode, issue 19).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from collections.abc import Iterator

import pytest

from kempen_desktop.services.common.database import Database, open_server_database
from kempen_desktop.services.demo import generate_demo
from tests.test_demo_consent import *
from tests.test_demo_consent import TODAY, N


@pytest.fixture(scope="module")
def db(pg_module_url: str) -> Iterator[Database]:
    """test_demo_consent.py's module demo, generated on the server."""
    database = open_server_database(pg_module_url, mark_demo=True)
    generate_demo(database, dossiers=N, seed=1, today=TODAY)
    yield database
    database.close()
