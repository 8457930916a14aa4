"""Issue 17 (no frozen frame) on the Rapporten tab: what used to run on the GUI thread or in
one long stretch holding the GIL now runs elsewhere or in pieces, and the user sees the same
figures. Timings are in benchmarks/bench_frames.py, never here.

* A kept report history that is dropped (F5, an edit, an import) is freed piece by piece
  on a thread of its own (dropped whole at 100,000 dossiers it froze the window for
  0.15-0.3 s), after any count still reading it.
* The dashboard reads the municipalities of its menu with its count, off the GUI thread.
* A background operation whose widget was deleted meanwhile drops its result quietly.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from kempen_desktop.app import Workspace
from kempen_desktop.app import reports as reports_area
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.demo import generate_demo
from kempen_desktop.services.reports.history import History

TODAY = date.today()
PERIOD = (date(TODAY.year - 1, 1, 1), TODAY)


def _figures(workspace: Workspace) -> list[tuple[str, str, tuple[int, ...] | None]]:
    board = workspace.reports.dashboard(*PERIOD)
    return [(tile.key, tile.value, tile.nums) for tile in board.tiles]


def test_a_dropped_history_is_freed_on_another_thread_and_the_figures_stay(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_demo(database, dossiers=60, seed=7, today=TODAY)
    workspace = Workspace(database)
    before = _figures(workspace)
    kept = workspace.reports._history
    assert kept is not None and kept.info
    freed: list[int] = []
    done = threading.Event()
    real = History.dismantle

    def dismantle(history: History, pause: float = 0.0) -> None:
        real(history, pause)
        freed.append(threading.get_ident())
        done.set()

    monkeypatch.setattr(History, "dismantle", dismantle)
    monkeypatch.setattr(reports_area, "DROP_AFTER_S", 0.0)
    workspace.reports.invalidate()  # what F5 or an edit does, on the GUI thread
    assert not workspace.reports.loaded
    assert done.wait(10)
    assert freed and freed[0] != threading.get_ident()
    assert not kept.info and not kept.spans and not kept.opens  # all of it let go
    assert _figures(workspace) == before  # loaded again: the same figures


def test_a_history_is_not_freed_under_a_count_still_reading_it(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_demo(database, dossiers=40, seed=8, today=TODAY)
    workspace = Workspace(database)
    expected = _figures(workspace)  # the history is kept now
    counting, release = threading.Event(), threading.Event()
    real_dashboard = reports_area.dashboard_service.dashboard

    def slow_dashboard(*args: Any, **kwargs: Any) -> Any:
        counting.set()
        release.wait(10)
        return real_dashboard(*args, **kwargs)

    monkeypatch.setattr(reports_area.dashboard_service, "dashboard", slow_dashboard)
    counted: list[Any] = []
    worker = threading.Thread(target=lambda: counted.append(workspace.reports.dashboard(*PERIOD)))
    worker.start()
    assert counting.wait(10)
    kept = workspace.reports._history
    workspace.reports.invalidate()  # answers at once; the count goes on with its history
    assert kept is not None and kept.info  # not freed while the count reads it
    release.set()
    worker.join(10)
    board = counted[0]
    assert [(t.key, t.value, t.nums) for t in board.tiles] == expected


def test_the_dashboard_reads_its_municipalities_with_the_count_off_the_gui_thread(
    qtbot: Any, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kempen_desktop.ui.reports.reports_tab import ReportsTab

    generate_demo(database, dossiers=50, seed=9, today=TODAY)
    workspace = Workspace(database)
    places = workspace.reports.municipalities()
    assert places
    threads: list[int] = []
    real = reports_area.ReportsArea.municipalities

    def recorded(self: reports_area.ReportsArea) -> list[tuple[str, str]]:
        threads.append(threading.get_ident())
        return real(self)

    monkeypatch.setattr(reports_area.ReportsArea, "municipalities", recorded)
    tab = ReportsTab(workspace)
    qtbot.addWidget(tab)
    tab.show()
    assert [a.text() for a in tab.place_menu.actions() if a.data() == ""] == ["Alle gemeenten"]
    tab.wait()
    qtbot.waitUntil(lambda: tab.dashboard is not None, timeout=10_000)
    assert threads and threading.get_ident() not in threads
    assert [(a.data(), a.text()) for a in tab.place_menu.actions() if a.data()] == places
    assert tab.tiles[0].label.text() == "Actieve dossiers"
    assert tab.dashboard.tile("active").nums  # type: ignore[union-attr]


def test_a_result_for_a_deleted_widget_is_dropped_quietly(qtbot: Any) -> None:
    from kempen_desktop.ui.common.operations import Operation

    owner = QWidget()
    release = threading.Event()
    shown: list[object] = []
    operation = (
        Operation(owner, "Cijfers berekenen", lambda _task: release.wait(10))
        .success(shown.append)
        .run()
    )
    owner.deleteLater()  # the window closed while the work ran
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5_000)
    release.set()
    operation.wait()
    qtbot.wait(50)  # the queued result arrives: no error, nobody told
    assert shown == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))
