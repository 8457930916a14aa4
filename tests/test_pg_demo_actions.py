"""The demo action-tree tests of test_demo_actions.py again, on a PostgreSQL demo (team mode,
issue 19): `kempen --db postgresql://… demo` fills the server database the same way.

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from collections.abc import Iterator

import pytest

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import open_server_database
from kempen_desktop.services.demo import generate_demo
from tests.test_demo_actions import *
from tests.test_demo_actions import TODAY


@pytest.fixture(scope="module")
def workspace(pg_module_url: str) -> Iterator[Workspace]:
    """The module's demo, as test_demo_actions.py's, on the server."""
    db = open_server_database(pg_module_url, mark_demo=True)
    generate_demo(db, dossiers=300, seed=1, today=TODAY)
    yield Workspace(db)
    db.close()
