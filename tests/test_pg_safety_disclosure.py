"""The disclosure tests of test_safety_disclosure.py again, on a PostgreSQL demo (team mode,
issue 19): the audit entry of an export or print is committed before the file appears.

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from collections.abc import Iterator

import pytest

from kempen_desktop.services.common.database import Database, open_server_database
from kempen_desktop.services.demo import generate_demo
from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_safety_disclosure import *


@pytest.fixture
def demo(pg_migrated_url: str) -> Iterator[Database]:
    """The module's small demo (a copy of one file there), made anew on the server."""
    db = open_server_database(pg_migrated_url, mark_demo=True)
    generate_demo(db, dossiers=20, seed=1)
    yield db
    db.close()
