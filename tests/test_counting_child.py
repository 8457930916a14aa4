"""Issue 17: the desktop app counts the figures of a large file in a child process
(app/counting_child.py), so a list scrolled meanwhile never waits for the count's GIL.

What a user would notice is checked: the same figures as counted here, a change shows in
the next count, an encrypted file counts, a killed child is replaced at the next count, and
the file is let go of before it closes or is replaced. Timings: benchmarks/bench_frames.py.
"""

from __future__ import annotations

import hashlib
import os
import signal
from datetime import date
from pathlib import Path

import pytest

from kempen_desktop.app import Workspace
from kempen_desktop.app import reports as reports_area
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.demo import generate_demo
from kempen_desktop.services.dossiers.dossier_list import DossierFilter

TODAY = date(2026, 6, 30)
PERIOD = (date(2025, 1, 1), TODAY)


def _figures(workspace: Workspace) -> list[tuple[str, str, tuple[int, ...] | None]]:
    board = workspace.reports.dashboard(*PERIOD, today=TODAY)
    return [(tile.key, tile.value, tile.nums) for tile in board.tiles]


def _demo_file(path: Path, passphrase: str | None = None) -> None:
    database = open_database(path, passphrase=passphrase)
    try:
        generate_demo(database, dossiers=80, seed=3, today=TODAY)
    finally:
        database.close()


@pytest.fixture
def in_child(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any file counts in the child (the app's threshold is 5,000 dossiers)."""
    monkeypatch.setattr(reports_area, "CHILD_FROM_DOSSIERS", 1)


def _child_workspace(path: Path, passphrase: str | None = None) -> Workspace:
    workspace = Workspace(open_database(path, passphrase=passphrase))
    workspace.counts_in_child = True  # as the main window asks
    return workspace


@pytest.mark.usefixtures("in_child")
def test_the_figures_are_counted_in_another_process_and_are_the_same(tmp_path: Path) -> None:
    path = tmp_path / "kempen.db"
    _demo_file(path)
    here = Workspace(open_database(path))
    try:
        expected = _figures(here)
        expected_report = here.reports.period_report(*PERIOD, today=TODAY)
    finally:
        here.close()
    workspace = _child_workspace(path)
    try:
        assert _figures(workspace) == expected
        assert workspace.reports.period_report(*PERIOD, today=TODAY) == expected_report
        child = workspace.reports._child
        assert child is not None and child.pid not in (None, os.getpid())
        assert not workspace.reports.loaded  # no history kept in this process
    finally:
        workspace.close()
    assert not child.alive()


@pytest.mark.usefixtures("in_child")
def test_a_change_shows_in_the_next_count_from_the_child(tmp_path: Path) -> None:
    path = tmp_path / "kempen.db"
    _demo_file(path)
    workspace = _child_workspace(path)
    try:
        before = _figures(workspace)
        rows = workspace.dossiers.rows(workspace.dossiers.first(DossierFilter(), "naam", False, 5))
        for row in rows.values():
            workspace.dossiers.delete(row.id)  # announced: the area's generation moves on
        after = _figures(workspace)
        assert after != before
        workspace.counts_in_child = False  # counted here, from the file as it is now
        assert _figures(workspace) == after
    finally:
        workspace.close()


@pytest.mark.usefixtures("in_child")
def test_an_encrypted_file_counts_in_the_child(tmp_path: Path) -> None:
    path = tmp_path / "versleuteld.db"
    _demo_file(path, passphrase="geheim woord")
    workspace = _child_workspace(path, passphrase="geheim woord")
    try:
        figures = _figures(workspace)
        assert workspace.reports._child is not None
        workspace.counts_in_child = False
        assert figures == _figures(workspace)
    finally:
        workspace.close()


@pytest.mark.usefixtures("in_child")
def test_a_killed_child_is_replaced_at_the_next_count(tmp_path: Path) -> None:
    path = tmp_path / "kempen.db"
    _demo_file(path)
    workspace = _child_workspace(path)
    try:
        expected = _figures(workspace)
        first = workspace.reports._child
        assert first is not None and first.pid is not None
        os.kill(first.pid, signal.SIGKILL)
        first._process.join(10)
        assert _figures(workspace) == expected  # a new child, the same figures
        second = workspace.reports._child
        assert second is not None and second.pid != first.pid
    finally:
        workspace.close()


@pytest.mark.usefixtures("in_child")
def test_a_child_killed_during_a_count_fails_that_count_in_dutch(tmp_path: Path) -> None:
    from kempen_desktop.app.counting_child import CountingChildError

    path = tmp_path / "kempen.db"
    _demo_file(path)
    workspace = _child_workspace(path)
    try:
        _figures(workspace)
        child = workspace.reports._child
        assert child is not None and child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
        child._process.join(10)
        with pytest.raises(CountingChildError, match="cijfers"):
            child.count(0, "dashboard", PERIOD + ((),), TODAY)
    finally:
        workspace.close()


@pytest.mark.usefixtures("in_child")
def test_counting_in_the_child_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "kempen.db"
    _demo_file(path)
    Workspace(open_database(path)).close()  # opened and closed once: the file at rest
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    workspace = _child_workspace(path)
    _figures(workspace)
    child = workspace.reports._child
    workspace.close()
    assert child is not None and not child.alive()
    assert not Path(f"{path}-wal").exists()  # the last one out checkpointed and removed it
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.usefixtures("in_child")
def test_the_child_lets_go_of_the_file_before_a_restore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kempen_desktop.services.trust import backups

    path = tmp_path / "kempen.db"
    _demo_file(path)
    workspace = _child_workspace(path)
    try:
        expected = _figures(workspace)
        child = workspace.reports._child
        assert child is not None
        backup = workspace.trust.make_backup()
        alive_while_replaced: list[bool] = []
        real = backups.restore_backup

        def restore(*args, **kwargs):  # type: ignore[no-untyped-def]
            alive_while_replaced.append(child.alive())  # Windows cannot replace an open file
            return real(*args, **kwargs)

        monkeypatch.setattr(backups, "restore_backup", restore)
        workspace.trust.restore_backup(backup)
        assert alive_while_replaced == [False]
        assert _figures(workspace) == expected  # a new child on the restored file
        assert workspace.reports._child is not None and workspace.reports._child is not child
    finally:
        workspace.close()


def test_a_small_file_and_the_command_line_count_here(tmp_path: Path) -> None:
    path = tmp_path / "kempen.db"
    _demo_file(path)
    workspace = _child_workspace(path)  # 80 dossiers: under the app's threshold
    try:
        _figures(workspace)
        assert workspace.reports._child is None and workspace.reports.loaded
    finally:
        workspace.close()
    command_line = Workspace(open_database(path))  # counts_in_child is off by default
    try:
        _figures(command_line)
        assert command_line.reports._child is None
    finally:
        command_line.close()


@pytest.mark.usefixtures("in_child")
def test_a_team_server_counts_here(pg_database: Database) -> None:
    generate_demo(pg_database, dossiers=20, seed=3, today=TODAY)
    workspace = Workspace(pg_database)
    workspace.counts_in_child = True
    _figures(workspace)
    assert workspace.reports._child is None and workspace.reports.loaded


@pytest.mark.usefixtures("in_child")
def test_without_a_child_process_the_figures_are_counted_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kempen.db"
    _demo_file(path)
    here = Workspace(open_database(path))
    try:
        expected = _figures(here)
    finally:
        here.close()

    def no_process(*_args: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")  # e.g. out of processes

    monkeypatch.setattr(reports_area, "CountingChild", no_process)
    workspace = _child_workspace(path)
    try:
        workspace.reports.prepare_counting()  # on its thread: fails quietly
        assert _figures(workspace) == expected
        assert _figures(workspace) == expected
        assert workspace.reports._child is None and workspace.reports.loaded
    finally:
        workspace.close()
