"""The desktop window on a shared PostgreSQL, as a begeleider (issue 19): it opens, and its
dossier list holds only what row-level security lets the role see, and its tabs open
without an error."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import open_server_database
from tests.test_team_access import BEGELEIDER, Team, team, team_template  # noqa: F401


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Exceptions the Qt event loop would only print, and error boxes shown."""
    from PySide6.QtWidgets import QMessageBox

    found: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: found.append(repr(info[1])))
    for name in ("critical", "warning"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda *a, **k: found.append(str(a[2:3])))
        )
    yield found


def test_the_window_as_begeleider_lists_only_its_dossiers(
    qtbot: Any,
    team: Team,  # noqa: F811 - the fixture imported above
    inline_operations: None,
    errors: list[str],
) -> None:
    from kempen_desktop.ui.main_window import MainWindow

    database = open_server_database(team.url_as(BEGELEIDER))
    workspace = Workspace(database)
    try:
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.resize(1200, 700)
        window.show()
        qtbot.waitUntil(lambda: window.dossiers.model.rowCount() > 0, timeout=10_000)
        model = window.dossiers.model
        assert model.rowCount() == 2
        assert model.row_of_num(team.nums["own"]) is not None
        assert model.row_of_num(team.nums["via_counsellor"]) is not None
        window.dossiers.select_row(0)
        qtbot.wait(200)
        for index in range(window.tabs.count()):  # meetings, partners, reports, actions
            window.tabs.setCurrentIndex(index)
            qtbot.wait(300)
        window.tabs.setCurrentIndex(0)
        assert errors == []
    finally:
        workspace.close()
