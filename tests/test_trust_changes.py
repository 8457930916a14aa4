"""One path for every change: a restore or a passphrase change replaces the whole file
(Changes(database=True)) and every tab follows without F5; the Rapporten dashboard
reloads for what it counts and not for anything else."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from kempen_desktop.app import Changes, Workspace
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, workspace: Workspace, inline_operations) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    for index in range(3):
        workspace.dossiers.create(DossierInput(last_name=f"Voor{index}", first_name="Terug"))
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _deliver() -> None:
    QCoreApplication.processEvents()  # the queued Changes reach the GUI thread


def _reloads(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> dict[str, int]:
    counted: dict[str, int] = {}
    for name in ("dossiers", "meetings", "partners", "reports"):
        tab = getattr(window, name)
        original = tab.reload

        def counting(original=original, name=name) -> None:  # type: ignore[no-untyped-def]
            counted[name] = counted.get(name, 0) + 1
            original()

        monkeypatch.setattr(tab, "reload", counting)
    return counted


def test_restore_reloads_every_tab_without_f5(
    qtbot,
    window: MainWindow,
    workspace: Workspace,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = workspace.trust.make_backup()
    for index in range(2):
        workspace.dossiers.create(DossierInput(last_name=f"Na{index}", first_name="Weg"))
    _deliver()
    assert window.dossiers.model.rowCount() == 5
    for tab in (window.meetings, window.partners, window.reports):
        tab.ensure_loaded()  # each tab showed its data once
    counted = _reloads(monkeypatch, window)

    workspace.trust.restore_backup(backup)
    _deliver()

    assert window.dossiers.model.rowCount() == 3  # the restored list, no F5
    assert counted.get("dossiers") == 1
    for tab in (window.meetings, window.partners, window.reports):
        assert tab._stale  # hidden tabs are marked stale and read again when shown
        tab.ensure_loaded()
    assert {"meetings", "partners", "reports"} <= set(counted)


def test_passphrase_change_reloads_every_tab(
    qtbot,
    window: MainWindow,
    workspace: Workspace,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for tab in (window.meetings, window.partners, window.reports):
        tab.ensure_loaded()
    counted = _reloads(monkeypatch, window)
    seen: list[Changes] = []
    workspace.subscribe(seen.append)

    workspace.trust.change_passphrase("nieuw wachtwoord")
    _deliver()

    assert seen == [Changes(database=True)]
    assert counted.get("dossiers") == 1 and window.dossiers.model.rowCount() == 3
    for tab in (window.meetings, window.partners, window.reports):
        assert tab._stale
        tab.ensure_loaded()
    assert {"meetings", "partners", "reports"} <= set(counted)
    assert workspace.trust.passphrase_matches("nieuw wachtwoord")


def test_dashboard_follows_meetings_but_not_settings(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.tabs.setCurrentWidget(window.reports)
    window.reports.wait()
    assert window.reports.dashboard is not None and window.workspace.reports.loaded
    counted = _reloads(monkeypatch, window)

    window.workspace.announce(Changes(settings=True))
    _deliver()
    assert "reports" not in counted
    assert window.workspace.reports.loaded  # the kept history is still good

    window.workspace.announce(Changes(meetings=True))
    _deliver()
    assert counted.get("reports") == 1  # visible: reloaded at once, no F5
    window.reports.wait()
    assert window.reports.dashboard is not None


def test_the_kept_history_goes_with_a_change_it_counts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The reports area drops its kept history itself when what it counts changes."""
    reports = window.workspace.reports
    window.tabs.setCurrentWidget(window.partners)
    reports.dashboard(*window.reports.period())
    assert reports.loaded
    window.workspace.announce(Changes(settings=True))
    assert reports.loaded
    window.workspace.announce(Changes(meetings=True))
    assert not reports.loaded
