"""The tests of test_meetings_agenda_ui.py again, on a PostgreSQL demo (team mode, issue 19):
the agenda editor over the server.

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from collections.abc import Iterator
from datetime import date

import pytest

from kempen_desktop.services.common.database import Database, open_server_database
from kempen_desktop.services.demo import generate_demo
from tests.test_meetings_agenda_ui import *


@pytest.fixture(scope="module")
def demo(pg_module_url: str) -> Iterator[Database]:
    """test_meetings_agenda_ui.py's module demo, generated on the server."""
    db = open_server_database(pg_module_url, mark_demo=True)
    generate_demo(db, dossiers=1200, seed=7, today=date(2025, 5, 14))
    yield db
    db.close()
