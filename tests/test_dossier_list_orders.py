"""The dossier list in constant time (issue 17): orders read once per filter and sort key.

The table model keeps the ascending order it read for each filter and sort key until the
data changes; descending is its reverse; a search narrows the list shown without it. Each
must show exactly what the SQL filter and sort show (tests/test_dossier_list.py), and a
change must never leave an old list on screen.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from sqlalchemy import text

from kempen_desktop.app import Changes, Workspace
from kempen_desktop.db.backend import Backend
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossier_list import (
    SORT_KEYS,
    DossierFilter,
    DossierRow,
    dossier_order,
    find_dossier_nums,
)
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.ui.dossiers import dossier_table_model as table_model
from kempen_desktop.ui.dossiers.dossier_orders import narrowed, place_table
from kempen_desktop.ui.dossiers.dossier_table_model import NUM_ROLE, DossierTableModel

PEOPLE = [
    # last, first, municipality, follow-up, situation
    ("Peeters", "Jan", "13040", date(2026, 1, 5), "zoekt werk als lasser"),
    ("Van den Broeck", "Ann", "13025", None, "volgt een opleiding"),
    ("Aerts", "Pieter", "13040", date(2027, 1, 1), ""),
    ("Ähler", "Bert", "13001", None, "lasser met ervaring"),
    ("Peetermans", "Ella", "13001", date(2026, 3, 1), ""),
    ("Maes", "Peter", "13025", None, "pensioen"),
]


@pytest.fixture
def workspace_with_list(database: Database) -> Workspace:
    workspace = Workspace(database)
    for last, first, nis, follow_up, situation in PEOPLE:
        workspace.dossiers.create(
            DossierInput(
                last_name=last,
                first_name=first,
                municipality_nis=nis,
                follow_up_on=follow_up,
                situation=situation,
            )
        )
    closed = workspace.dossiers.create(DossierInput(last_name="Peeters", first_name="Zoë"))
    workspace.dossiers.close(closed, "werk")
    return workspace


class CountingSource:
    """The workspace's dossiers, counting how often the list is read from the database."""

    def __init__(self, workspace: Workspace) -> None:
        self.dossiers = workspace.dossiers
        self.reads: list[tuple[DossierFilter, str]] = []
        self.searches: list[str] = []

    def order(self, flt: DossierFilter, sort_key: str = "naam") -> Sequence[int]:
        self.reads.append((flt, sort_key))
        return self.dossiers.order(flt, sort_key)

    def first(self, flt: DossierFilter, sort_key: str, descending: bool, count: int) -> list[int]:
        return self.dossiers.first(flt, sort_key, descending, count)

    def count(self, flt: DossierFilter) -> int:
        return self.dossiers.count(flt)

    def matching(self, typed: str) -> frozenset[int] | None:
        self.searches.append(typed)
        return self.dossiers.matching(typed)

    def rows(self, nums: list[int]) -> dict[int, DossierRow]:
        return self.dossiers.rows(nums)

    def top_of_many(
        self, flt: DossierFilter, sort_key: str, descending: bool, count: int
    ) -> list[int] | None:
        return self.dossiers.top_of_many(flt, sort_key, descending, count)

    def largest_num(self) -> int:
        return self.dossiers.largest_num()


def shown(model: DossierTableModel) -> list[int]:
    return [model.index(row, 0).data(NUM_ROLE) for row in range(model.rowCount())]


def sql_list(workspace: Workspace, flt: DossierFilter, sort: str, desc: bool) -> list[int]:
    return workspace.dossiers.find(flt, sort, desc)


def make_model(source: Any) -> DossierTableModel:
    model = DossierTableModel(source, {}, {})
    model.set_filter(DossierFilter(open_only=True), reload=False)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    while not model.complete:  # a long list's first load: its top now, the rest soon
        QCoreApplication.processEvents()
    return model


def test_descending_is_the_reverse_of_ascending_for_every_sort(
    workspace_with_list: Workspace, database: Database
) -> None:
    for flt in (DossierFilter(), DossierFilter(open_only=True), DossierFilter(text="pe")):
        for key in SORT_KEYS:
            with database.session() as session:
                ascending = find_dossier_nums(session, flt, key)
                descending = find_dossier_nums(session, flt, key, descending=True)
                as_array = dossier_order(session, flt, key)
            assert descending == ascending[::-1]
            assert list(as_array) == ascending
            assert len(set(ascending)) == len(ascending)


def test_sorting_again_and_reversing_show_the_sql_order_without_reading_again(
    qapp: Any, workspace_with_list: Workspace
) -> None:
    source = CountingSource(workspace_with_list)
    model = make_model(source)
    flt = DossierFilter(open_only=True)
    for column, key in enumerate(SORT_KEYS):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        assert shown(model) == sql_list(workspace_with_list, flt, key, desc=False)
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert shown(model) == sql_list(workspace_with_list, flt, key, desc=True)
    assert len(source.reads) == len(SORT_KEYS)  # once per column, reversing reads nothing
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert shown(model) == sql_list(workspace_with_list, flt, "naam", desc=True)
    assert len(source.reads) == len(SORT_KEYS)


@pytest.mark.parametrize(
    "flt",
    [
        DossierFilter(open_only=True),
        DossierFilter(),
        DossierFilter(municipality_nis="13040"),
        DossierFilter(open_only=True, pinned=frozenset({7})),  # the closed Zoë kept in view
        DossierFilter(status="afgesloten"),
    ],
)
def test_a_search_shows_what_the_sql_search_shows(
    qapp: Any, workspace_with_list: Workspace, flt: DossierFilter
) -> None:
    source = CountingSource(workspace_with_list)
    model = make_model(source)
    for column, key in enumerate(SORT_KEYS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            for typed in ("", "p", "pe", "pee", "peeters", "lasser", "pe 13", "jan pee", "xyz"):
                searched = replace(flt, text=typed)
                model.set_filter(searched)
                desc = order == Qt.SortOrder.DescendingOrder
                assert shown(model) == sql_list(workspace_with_list, searched, key, desc), (
                    key,
                    desc,
                    typed,
                )


def test_clearing_the_search_and_backspace_read_nothing(
    qapp: Any, workspace_with_list: Workspace
) -> None:
    source = CountingSource(workspace_with_list)
    model = make_model(source)
    full = shown(model)
    typed = ""
    for letter in "pee":  # typing: 'p' (nothing to search), 'pe', 'pee'
        typed += letter
        model.set_filter(DossierFilter(open_only=True, text=typed))
    assert shown(model) == [5, 1]  # Peetermans, Peeters (Zoë Peeters is closed)
    reads, searches = len(source.reads), len(source.searches)
    model.set_filter(DossierFilter(open_only=True, text="pe"))  # backspace
    assert shown(model) == sql_list(
        workspace_with_list, DossierFilter(open_only=True, text="pe"), "naam", desc=False
    )
    model.set_filter(DossierFilter(open_only=True))  # the search box cleared
    assert shown(model) == full
    assert (len(source.reads), len(source.searches)) == (reads, searches)


def test_a_change_reloads_the_list_and_every_kept_order(
    qapp: Any, workspace_with_list: Workspace
) -> None:
    source = CountingSource(workspace_with_list)
    model = make_model(source)
    model.set_filter(DossierFilter(open_only=True, text="pe"))
    model.set_filter(DossierFilter(open_only=True))
    new = workspace_with_list.dossiers.create(
        DossierInput(last_name="Aardappel", first_name="Peter")
    )
    model.reload()  # what the tab does on the announcement of the change
    assert shown(model)[0] == workspace_with_list.dossiers.num_for(new)
    model.set_filter(DossierFilter(open_only=True, text="pe"))  # read again: Peter is in it
    assert workspace_with_list.dossiers.num_for(new) in shown(model)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert shown(model) == sql_list(
        workspace_with_list, DossierFilter(open_only=True, text="pe"), "voornaam", desc=False
    )


def test_migration_0013_search_prefix_index_and_covering_sort_indexes(
    workspace_with_list: Workspace, database: Database
) -> None:
    if database.backend is not Backend.SQLITE:
        pytest.skip("FTS5 and sqlite_master: SQLite's search index")
    with database.engine.connect() as connection:
        fts = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'dossier_fts'"
        ).scalar_one()
        indexes = dict(
            connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE name LIKE 'ix_dossier_list_%'"
            ).fetchall()
        )
        triggers = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%dossier_fts%'"
        ).scalar_one()
        plan = connection.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT num FROM dossier WHERE status_code != 'afgesloten' "
                "ORDER BY list_place, list_last_name, list_first_name, num"
            )
        ).fetchall()
    assert "prefix = '2 3'" in fts
    assert len(indexes) == 7
    assert all(sql.endswith("num, status_code)") for sql in indexes.values())
    assert triggers == 7  # every writer still keeps the search index right
    assert "COVERING INDEX ix_dossier_list_place" in plan[-1][-1]
    # The search index follows an edit after the migration, through its triggers.
    workspace_with_list.dossiers.create(DossierInput(last_name="Wouters", first_name="Pol"))
    assert workspace_with_list.dossiers.find(DossierFilter(text="wo po")) == [8]


def test_a_long_list_is_read_again_in_the_background_after_a_change(
    qtbot: Any, workspace_with_list: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_model, "BACKGROUND_FROM", 1)  # every list counts as long
    model = make_model(CountingSource(workspace_with_list))
    before = shown(model)
    new = workspace_with_list.dossiers.create(DossierInput(last_name="Aardappel", first_name="A"))
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.reload()
        assert shown(model) == before  # meanwhile the list shown stays
    assert shown(model)[0] == workspace_with_list.dossiers.num_for(new)
    assert shown(model) == sql_list(
        workspace_with_list, DossierFilter(open_only=True), "naam", desc=False
    )


def test_clearing_the_search_after_a_change_reads_the_list_in_the_background(
    qtbot: Any, workspace_with_list: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change drops the orders kept; clearing the search box then showed the whole list
    read on the GUI thread (0.6 s at 1,000,000 dossiers) and the next letter made its place
    table there. Now the top shows at once and the rest, place table included, is read off
    the GUI thread, as a sort does."""
    monkeypatch.setattr(table_model, "BACKGROUND_FROM", 1)  # every list counts as long
    source = CountingSource(workspace_with_list)
    model = make_model(source)
    searched = DossierFilter(open_only=True, text="lasser")
    model.set_filter(searched)
    qtbot.waitUntil(lambda: not model.reloading, timeout=10_000)
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.reload()  # a change: every order kept is dropped
    gui = threading.get_ident()
    readers: list[int] = []
    order = source.order
    monkeypatch.setattr(
        source, "order", lambda *args: readers.append(threading.get_ident()) or order(*args)
    )
    made: list[int] = []
    places = table_model.place_table
    monkeypatch.setattr(
        table_model, "place_table", lambda *a: made.append(threading.get_ident()) or places(*a)
    )
    whole = DossierFilter(open_only=True)
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.set_filter(whole)
        assert model.reloading and model.rowCount() == len(
            sql_list(workspace_with_list, whole, "naam", desc=False)
        )  # the top now (here the whole short list), its length from a count
    assert shown(model) == sql_list(workspace_with_list, whole, "naam", desc=False)
    assert readers and gui not in readers and made and gui not in made
    model.set_filter(replace(whole, text="l"))  # the first letter: nothing read or made here
    assert gui not in readers and gui not in made


def test_a_filter_chosen_during_a_background_read_wins(
    qtbot: Any, workspace_with_list: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_model, "BACKGROUND_FROM", 1)
    model = make_model(CountingSource(workspace_with_list))
    model.reload()
    searched = DossierFilter(open_only=True, text="lasser")
    model.set_filter(searched)  # read at once, while the background read runs
    qtbot.waitUntil(lambda: not model.reloading, timeout=10_000)
    qtbot.wait(50)  # the background result (now stale) has been delivered and dropped
    assert shown(model) == sql_list(workspace_with_list, searched, "naam", desc=False) == [4, 1]


def test_the_tab_keeps_the_selection_after_a_background_reload(
    qtbot: Any, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kempen_desktop.ui.dossiers.dossiers_tab import DossiersTab

    monkeypatch.setattr(table_model, "BACKGROUND_FROM", 1)
    for last, first, nis, follow_up, situation in PEOPLE:
        workspace.dossiers.create(
            DossierInput(
                last_name=last,
                first_name=first,
                municipality_nis=nis,
                follow_up_on=follow_up,
                situation=situation,
            )
        )
    tab = DossiersTab(workspace)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.model.complete, timeout=10_000)  # first load: long list
    tab.select_row(2)
    chosen = tab.model.data(tab.model.index(2, 0), NUM_ROLE)
    workspace.dossiers.create(DossierInput(last_name="Aardappel", first_name="A"))
    tab.on_changes(Changes(dossiers=True))
    qtbot.waitUntil(lambda: tab.count_label.text() == "7 dossier(s)", timeout=10_000)
    current = tab.table.selectionModel().currentIndex()
    assert current.row() == 3  # one row down: the new dossier sorts first
    assert tab.model.data(current, NUM_ROLE) == chosen


@pytest.mark.parametrize(
    "order",
    [
        [5, 3, 9, 1, 7],
        [50_000, 3, 900_000],  # sparse: no place table, the list is walked
        [],
    ],
)
def test_narrowing_keeps_the_order_and_only_what_is_wanted(order: list[int]) -> None:
    places = place_table(order)
    for wanted in ({9, 1}, {1, 2, 3, 5, 7, 9, 11, 10**7}, set(), {3}, set(order)):
        expected = [num for num in order if num in wanted]
        assert list(narrowed(order, frozenset(wanted), places)) == expected


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_a_long_list_sorted_anew_shows_its_top_at_once_then_the_whole_order(
    qtbot: Any,
    workspace_with_list: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    order: Qt.SortOrder,
) -> None:
    monkeypatch.setattr(table_model, "BACKGROUND_FROM", 1)  # every list counts as long
    monkeypatch.setattr(table_model, "PAGE_SIZE", 2)
    model = make_model(CountingSource(workspace_with_list))
    flt = DossierFilter(open_only=True)
    expected = sql_list(
        workspace_with_list, flt, "voornaam", desc=order == Qt.SortOrder.DescendingOrder
    )
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.sort(1, order)
        assert model.rowCount() == len(expected)  # same filter, same count
        assert shown(model) == [*expected[:2], *[None] * (len(expected) - 2)]
    assert shown(model) == expected
    model.sort(1, Qt.SortOrder.AscendingOrder)  # read once: both directions from now on
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert not model.reloading
    assert shown(model) == sql_list(workspace_with_list, flt, "voornaam", desc=True)


def test_a_long_list_loaded_the_first_time_shows_its_top_at_once_then_the_whole_order(
    qtbot: Any, workspace_with_list: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Start-up: the first load of a long list is not read on the GUI thread (a second at
    100,000 dossiers) but counted, its top shown and the rest read in the background."""
    monkeypatch.setattr(table_model, "BACKGROUND_FROM", 1)  # every list counts as long
    monkeypatch.setattr(table_model, "PAGE_SIZE", 2)
    source = CountingSource(workspace_with_list)
    flt = DossierFilter(open_only=True)
    expected = sql_list(workspace_with_list, flt, "naam", desc=False)
    model = DossierTableModel(source, {}, {})
    model.set_filter(flt, reload=False)
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.sort(0, Qt.SortOrder.AscendingOrder)
        assert model.rowCount() == len(expected)  # the count is right at once
        assert shown(model) == [*expected[:2], *[None] * (len(expected) - 2)]
        assert not model.complete
    assert model.complete
    assert shown(model) == expected
    assert source.reads == [(flt, "naam")]  # read once, in the background
    model.sort(0, Qt.SortOrder.DescendingOrder)  # kept: reversed at once
    assert shown(model) == expected[::-1]


def test_sorting_again_during_the_first_load_keeps_its_one_read(
    qtbot: Any, workspace_with_list: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At start-up the view sorts again as it restores its header: the list is still read
    once, and a reversal meanwhile shows the other end at once."""
    monkeypatch.setattr(table_model, "BACKGROUND_FROM", 1)
    monkeypatch.setattr(table_model, "PAGE_SIZE", 2)
    source = CountingSource(workspace_with_list)
    flt = DossierFilter(open_only=True)
    expected = sql_list(workspace_with_list, flt, "naam", desc=True)
    model = DossierTableModel(source, {}, {})
    model.set_filter(flt, reload=False)
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.sort(0, Qt.SortOrder.AscendingOrder)
        model.sort(0, Qt.SortOrder.AscendingOrder)
        model.sort(0, Qt.SortOrder.DescendingOrder)
        assert shown(model) == [*expected[:2], *[None] * (len(expected) - 2)]
    qtbot.wait(50)  # nothing else arrives
    assert shown(model) == expected
    assert source.reads == [(flt, "naam")]


def test_a_short_list_loaded_the_first_time_is_complete_at_once(
    workspace_with_list: Workspace,
) -> None:
    model = DossierTableModel(CountingSource(workspace_with_list), {}, {})
    flt = DossierFilter(open_only=True)
    model.set_filter(flt, reload=False)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.complete and not model.reloading
    assert shown(model) == sql_list(workspace_with_list, flt, "naam", desc=False)


EXIT_DURING_A_READ = """
import time
from PySide6.QtCore import QCoreApplication
from kempen_desktop.ui.dossiers import dossier_table_model as table_model

class Slow:
    def order(self, flt, sort_key="naam"):
        time.sleep(0.5)
        return [1, 2, 3]

    def rows(self, nums):
        return {}

app = QCoreApplication([])
model = table_model.DossierTableModel(Slow(), {}, {})
model._nums = list(range(1, table_model.BACKGROUND_FROM + 1))
model.reload()
assert model.reloading
"""


def test_leaving_during_a_background_read_waits_for_it_instead_of_aborting() -> None:
    done = subprocess.run(
        [sys.executable, "-c", EXIT_DURING_A_READ],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[1],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert "Destroyed while thread" not in done.stderr
