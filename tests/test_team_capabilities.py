"""What each team role may do, as the server's grants say, and the desktop window offering
only that (issue 19). Real roles on the throwaway cluster (tests/test_team_access.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

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
    assert regisseur == EVERYTHING.__class__(user=REGISSEUR, role="regisseur", local_file=False)
    begeleider = _capabilities(team, BEGELEIDER)
    assert begeleider.role == "begeleider"
    assert begeleider.read_dossiers and begeleider.edit_dossiers and begeleider.read_notes
    assert not begeleider.create_dossiers and not begeleider.delete_dossiers
    assert not begeleider.import_lists and not begeleider.edit_partners
    assert not begeleider.edit_meetings and not begeleider.edit_code_lists
    assert not begeleider.edit_actions and begeleider.read_meetings
    lezer = _capabilities(team, LEZER)
    assert lezer.role == "lezer" and lezer.reader_only
    assert not any((lezer.read_notes, lezer.edit_dossiers, lezer.import_lists, lezer.read_meetings))
    owner = open_server_database(team.url)
    try:
        assert read_capabilities(owner).create_dossiers  # the owner (superuser here)
    finally:
        owner.close()


def _window(qtbot: Any, team: Team, role: str) -> tuple[Any, Workspace]:  # noqa: F811
    from kempen_desktop.ui.main_window import MainWindow

    workspace = Workspace(open_server_database(team.url_as(role)))
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    return window, workspace


def _offered(window: Any) -> set[str]:
    """The menu bar's visible, enabled actions by their text (without the mnemonic)."""
    from PySide6.QtGui import QAction

    return {
        action.text().replace("&", "")
        for action in window.findChildren(QAction)
        if action.isVisible() and action.isEnabled() and action.text()
    }


def _visible_buttons(widget: Any) -> set[str]:
    from PySide6.QtWidgets import QPushButton

    return {
        button.text().replace("&", "")
        for button in widget.findChildren(QPushButton)
        if button.isVisibleTo(widget)
    }


EDITS = {"Nieuw dossier…", "Lijst importeren…", "Importgeschiedenis…", "Bewaartermijnen…"}


def test_the_lezers_window_offers_no_edit_and_everything_shown_works(
    qtbot: Any,
    team: Team,  # noqa: F811
    inline_operations: None,
    errors: list[str],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, workspace = _window(qtbot, team, LEZER)
    try:
        tab = window.dossiers
        # The views' list and figures; every dossier, and no INSZ or notes anywhere.
        qtbot.waitUntil(lambda: tab.model.rowCount() == 4)
        headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
        assert "INSZ" not in headers and not any("otitie" in h for h in headers)
        assert tab.figures_model.rowCount() > 0
        qtbot.keyClicks(tab.search, "PEËTERS")  # case and accents aside
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
        assert tab.model.data(tab.model.index(0, 0)) == str(team.nums["own"])
        # Only the Dossiers tab: the others read tables the lezer may not.
        shown = [i for i in range(window.tabs.count()) if window.tabs.isTabVisible(i)]
        assert shown == [0]
        assert not (_offered(window) & EDITS)
        assert "Lijst exporteren…" in _offered(window)
        assert not _visible_buttons(window.centralWidget()) & {"Nieuw dossier", "Verwijderen"}
        window.reload_all()  # F5
        window.tabs.setCurrentIndex(2)  # a hidden tab is never built
        assert "partners" not in window._built and window.tabs.currentIndex() == 0
        # Not the local file's backups or passphrase: the server's are IT's.
        assert not _offered(window) & {"Back-up maken", "Back-up terugzetten…"}
        # What is offered works: the list to Excel, the audit log, the settings, help.
        target = tmp_path / "lijst.xlsx"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
        )
        window.export_action.trigger()
        assert target.exists()
        for text in ("Auditlog…", "Instellingen…", "Sneltoetsen", "Over Kempen Desktop"):
            action = next(
                a for a in window.findChildren(QAction) if a.text().replace("&", "") == text
            )
            action.trigger()
            qtbot.wait(50)
            dialog = window.current_dialog or window.trust.current_dialog
            assert dialog is not None, text
            dialog.close()
        assert errors == []
    finally:
        window.close()
        workspace.close()


def test_the_begeleiders_window_hides_what_the_server_refuses(
    qtbot: Any,
    team: Team,  # noqa: F811
    inline_operations: None,
    errors: list[str],  # noqa: F811
) -> None:
    window, workspace = _window(qtbot, team, BEGELEIDER)
    try:
        dossiers = window.dossiers
        qtbot.waitUntil(lambda: dossiers.model.rowCount() == 2)
        offered = _offered(window)
        assert not offered & EDITS and "Dossierfiche…" not in offered  # (a button, not menu)
        dossiers.select_row(0)
        detail = _visible_buttons(dossiers.detail)
        assert {"Bewerken…", "Status…", "Notitie…"} <= detail  # its own dossiers: edits
        assert "Verwijderen" not in detail
        assert "Nieuw dossier" not in _visible_buttons(dossiers)
        menu = dossiers.row_menu.build()
        assert "Verwijderen…" not in [a.text() for a in menu.actions()]
        # Partners: read, no edits and no code-list admin.
        window.tabs.setCurrentIndex(2)
        partners = window.partners
        qtbot.waitUntil(lambda: partners.model.rowCount() > 0)
        assert not _visible_buttons(partners) & {"Nieuwe organisatie…", "Bewerken…", "Verwijderen"}
        hidden_menu = {
            a.text() for m in partners.findChildren(QMenu) for a in m.actions() if a.isVisible()
        }
        assert "Soorten organisaties beheren…" not in hidden_menu
        assert "Getoonde partners exporteren naar Excel…" in hidden_menu
        window.tabs.setCurrentIndex(1)  # meetings: read, no planning
        meetings = window.meetings
        assert not _visible_buttons(meetings) & {"Nieuw overleg…", "Soorten beheren…"}
        assert "Verslag (PDF)…" in _visible_buttons(meetings)
        window.tabs.setCurrentIndex(4)  # actions: read only
        assert _visible_buttons(window.actions_tab) == set()
        window.tabs.setCurrentIndex(3)  # reports
        qtbot.wait(200)
        window.tabs.setCurrentIndex(0)
        assert errors == []
    finally:
        window.close()
        workspace.close()


def test_the_regisseurs_window_offers_everything(
    qtbot: Any,
    team: Team,  # noqa: F811
    inline_operations: None,
) -> None:
    window, workspace = _window(qtbot, team, REGISSEUR)
    try:
        assert {"Nieuw dossier…", "Lijst importeren…"} <= _offered(window)
        assert all(window.tabs.isTabVisible(i) for i in range(window.tabs.count()))
        assert "Nieuw dossier" in _visible_buttons(window.dossiers)
    finally:
        window.close()
        workspace.close()
