"""What each team role may do, as the server's grants say, and the desktop window offering
only that (issue 19). Real roles on the throwaway cluster (tests/test_team_access.py)."""

from __future__ import annotations

from typing import Any

from kempen_desktop.app import Workspace
from kempen_desktop.app.capabilities import EVERYTHING, read_capabilities
from kempen_desktop.services.common.database import Database, open_server_database
from tests.test_team_access import (  # noqa: F401 - fixtures
    BEGELEIDER,
    LEZER,
    REGISSEUR,
    Team,
    team,
    team_template,
)
from tests.test_team_access_ui import errors  # noqa: F401 - fixture


def _capabilities(team: Team, role: str) -> Any:  # noqa: F811
    database = open_server_database(team.url_as(role))
    try:
        return read_capabilities(database)
    finally:
        database.close()


def test_the_local_file_may_do_everything(database: Database) -> None:
    assert Workspace(database).capabilities == EVERYTHING


def test_capabilities_follow_the_servers_grants(team: Team) -> None:  # noqa: F811
    regisseur = _capabilities(team, REGISSEUR)
    assert regisseur.role == "regisseur" and regisseur.user == REGISSEUR
    assert regisseur == EVERYTHING.__class__(user=REGISSEUR, role="regisseur")
    begeleider = _capabilities(team, BEGELEIDER)
    assert begeleider.role == "begeleider"
    assert begeleider.read_dossiers and begeleider.edit_dossiers and begeleider.read_notes
    assert not begeleider.create_dossiers and not begeleider.delete_dossiers
    assert not begeleider.import_lists and not begeleider.edit_partners
    assert not begeleider.edit_meetings and not begeleider.edit_code_lists
    assert not begeleider.edit_actions and begeleider.read_meetings
    lezer = _capabilities(team, LEZER)
    assert lezer.role == "lezer" and lezer.reader_only
    assert not any(
        (lezer.read_notes, lezer.edit_dossiers, lezer.import_lists, lezer.read_meetings)
    )
    owner = open_server_database(team.url)
    try:
        assert read_capabilities(owner).create_dossiers  # the owner (superuser here)
    finally:
        owner.close()
