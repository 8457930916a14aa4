"""The window stays answerable while the report figures are counted (issue 17).

F5 or an edit while the dashboard's history is loading in the background used to wait for
the whole count (seconds at 100,000 dossiers: the invalidation took the count's lock). And
the garbage collector's walks over the loaded history froze the window for 0.2-0.8 s each:
the desktop app now counts without automatic collection and keeps the history frozen
(app/gc_pauses.py). Timings are in benchmarks/bench_frames.py, not here.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from datetime import date

import pytest

from kempen_desktop.app import Workspace, gc_pauses
from kempen_desktop.app import reports as reports_area
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.demo import generate_demo

TODAY = date.today()


@pytest.fixture
def collector_switched_on() -> Iterator[None]:
    gc_pauses.switch_on()
    try:
        yield
    finally:
        gc_pauses.switch_off()
        gc.unfreeze()
        gc.enable()


def test_a_change_during_a_slow_count_answers_at_once_and_is_counted(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_demo(database, dossiers=30, seed=2, today=TODAY)
    workspace = Workspace(database)
    loading, release = threading.Event(), threading.Event()
    real_history = reports_area.History

    def slow_history(session):  # type: ignore[no-untyped-def]
        loading.set()
        release.wait(10)
        return real_history(session)

    monkeypatch.setattr(reports_area, "History", slow_history)
    counted: list[object] = []
    worker = threading.Thread(
        target=lambda: counted.append(workspace.reports.dashboard(date(2020, 1, 1), TODAY))
    )
    worker.start()
    assert loading.wait(10)
    answered = threading.Event()

    def press_f5() -> None:  # what the main window does on F5 or after an edit
        workspace.reports.invalidate()
        answered.set()

    threading.Thread(target=press_f5).start()
    try:
        assert answered.wait(5), "the invalidation waited for the running count"
    finally:
        release.set()
        worker.join(10)
    assert counted  # the running count still ends with its figures
    # ...but the history it loaded may predate the change: the next count loads it again.
    assert not workspace.reports.loaded
    workspace.reports.dashboard(date(2020, 1, 1), TODAY)
    assert workspace.reports.loaded


def test_quiet_work_pauses_collection_and_keeps_the_history_frozen(
    database: Database, collector_switched_on: None
) -> None:
    generate_demo(database, dossiers=30, seed=2, today=TODAY)
    workspace = Workspace(database)
    frozen_before = gc.get_freeze_count()
    seen: list[bool] = []
    with gc_pauses.quiet():
        with gc_pauses.quiet():
            seen.append(gc.isenabled())
        seen.append(gc.isenabled())  # the outer work still runs
    assert seen == [False, False] and gc.isenabled()
    assert gc.get_freeze_count() == frozen_before  # nothing kept: nothing frozen

    first = workspace.reports.dashboard(date(2020, 1, 1), TODAY)
    assert gc.isenabled()
    assert gc.get_freeze_count() > frozen_before  # the kept history is out of the walks
    again = workspace.reports.dashboard(date(2020, 1, 1), TODAY)
    assert again.tile("active").nums == first.tile("active").nums


def test_off_by_default_the_collector_is_left_alone(database: Database) -> None:
    generate_demo(database, dossiers=10, seed=2, today=TODAY)
    frozen_before = gc.get_freeze_count()
    with gc_pauses.quiet(keep=True):
        assert gc.isenabled()
    Workspace(database).reports.dashboard(date(2020, 1, 1), TODAY)
    assert gc.get_freeze_count() == frozen_before


def test_history_order_is_the_same_as_a_plain_sort(database: Database) -> None:
    from kempen_desktop.services.reports.history import History, sorted_in_slices

    generate_demo(database, dossiers=200, seed=3, today=TODAY)
    with database.session() as session:
        history = History(session)
    assert history.opens == sorted(history.opens) and len(history.opens) == 200
    assert history.closes == sorted(history.closes) and history.closes
    pairs = [(f"2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}", n) for n in range(10_000, 0, -1)]
    assert sorted_in_slices(pairs) == sorted(pairs)
    assert sorted_in_slices(iter(pairs[:5])) == sorted(pairs[:5])


def test_a_new_period_over_a_large_history_is_counted_in_the_background(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.ui.main_window import MainWindow
    from kempen_desktop.ui.reports import reports_tab

    generate_demo(database, dossiers=40, seed=4, today=TODAY)
    window = MainWindow(Workspace(database))
    qtbot.addWidget(window)
    window.show()
    reports = window.reports
    window.tabs.setCurrentWidget(reports)
    reports.wait()
    qtbot.waitUntil(lambda: reports.dashboard is not None, timeout=10000)
    small = reports.dashboard.start
    reports.set_period(date(TODAY.year - 1, 1, 1), date(TODAY.year - 1, 12, 31))
    assert reports.dashboard.start == date(TODAY.year - 1, 1, 1)  # small: shown at once

    monkeypatch.setattr(reports_tab, "RECOUNT_NOW_UP_TO", 10)  # as if 40 were many
    reports.set_period(small, date(TODAY.year, 12, 31))
    assert reports.title.text() == "Cijfers worden berekend…"  # the window goes on
    reports.wait()
    qtbot.waitUntil(lambda: reports.dashboard.end == date(TODAY.year, 12, 31), timeout=10000)
    assert reports.dashboard.start == small and reports.dashboard.tile("active").nums
