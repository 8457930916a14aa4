"""The conflict dialog tests of test_team_versions_ui.py again, on PostgreSQL (team mode,
issue 19): the other user is a second connection to the same server database.

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from collections.abc import Iterator

import pytest

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import open_server_database
from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_team_versions_ui import *


@pytest.fixture
def other_user(pg_migrated_url: str, database: object) -> Iterator[Workspace]:  # noqa: F811
    """A second app on the same server database (another user, or the command line)."""
    other = open_server_database(pg_migrated_url)
    yield Workspace(other)
    other.close()
