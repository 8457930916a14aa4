"""A search finding many dossiers shows its first page without reading every match (17, 19).

At 1,000,000 dossiers on a server a two-letter search ('de') matches two in three
dossiers, and reading every match took 0.3-1 s; at 100,000 in the local file FTS5 read
'de' (80,000) in 30-100 ms. The top of the sorted list is found by walking the sort's index
and checking each dossier (a few ms); the rest is read when the view scrolls past the
page. The page shown must be exactly the head of the list the search finds, on both
backends, and the list must end up exactly that list, appended below what was shown.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from sqlalchemy import event, text

from kempen_desktop.app import Workspace
from kempen_desktop.db import backends
from kempen_desktop.db.backend import Backend, backend_of
from kempen_desktop.db.backends import postgres
from kempen_desktop.services.dossiers.dossier_list import (
    SORT_KEYS,
    DossierFilter,
    find_dossier_nums,
    first_in_order,
    top_of_many,
)
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.ui.dossiers import dossier_table_model as table_model
from kempen_desktop.ui.dossiers.dossier_table_model import NUM_ROLE, DossierTableModel
from kempen_desktop.ui.dossiers.dossiers_tab import DossiersTab
from tests.pg import database_on_both_backends as database  # noqa: F401 - both backends
from tests.pg import pg_database  # noqa: F401 - used by database_on_both_backends

PEOPLE = [
    ("Peeters", "Jan", "lasser"),
    ("Peetermans", "Ella", ""),
    ("Van den Broeck", "Pieter", "volgt een opleiding"),
    ("Ähler", "Peter", "lasser met ervaring"),
    ("De Smet", "Petra", ""),
    ("Pelckmans", "Dirk", "heftruck"),
    ("Maes", "Pé", ""),
    ("Penders", "Ann", "Peer"),
    ("Aerts", "Mieke", ""),
    ("Perez", "José", "lasser"),
    ("Peeters", "Zoë", ""),
    ("Dewulf", "Pepijn", ""),
]
SEARCHES = ["pe", "pee", "pe las", "PÉ", "ahl pe", "de", "zzz", "pe de", "las pe"]


def _add_people(workspace: Workspace) -> None:
    for last, first, situation in PEOPLE:
        workspace.dossiers.create(
            DossierInput(last_name=last, first_name=first, situation=situation)
        )


@pytest.fixture
def workspace(database: Any) -> Workspace:  # noqa: F811 - the fixture
    workspace = Workspace(database)
    _add_people(workspace)
    closed = workspace.dossiers.find(DossierFilter(text="zoë"))[0]
    dossier_id = workspace.dossiers.rows([closed])[closed].id
    workspace.dossiers.close(dossier_id, "werk")
    return workspace


@pytest.fixture(params=["probed", "hashed"])
def walk_always(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Every search finding a dossier walks (a dozen dossiers behave like a million);
    records whether the backend could check the rows it walks. "hashed": on the server,
    a search's rarest word counts as neither rare nor frequent, so its dossiers are hashed
    and only the rows it keeps are probed (postgres.walk_condition)."""
    monkeypatch.setattr(backends, "WALK_FROM", 1)
    if request.param == "hashed":
        monkeypatch.setitem(backends.WALK_SHARE, Backend.POSTGRESQL, 1)
        monkeypatch.setattr(backends, "HASHED_SHARE", 10**9)
    walked: list[bool] = []
    original = backends.walk_for

    def spy(connection: Any, words: Any, dossiers: int) -> Any:
        walk = original(connection, words, dossiers)
        walked.append(walk is not None)
        if walk is not None:
            HASHED.append("CASE WHEN" in walk.condition.text)
        return walk

    HASHED.clear()
    monkeypatch.setattr(backends, "walk_for", spy)
    return walked


HASHED: list[bool] = []  # per walk of the last test: was a word hashed?


def _every_top_is_the_head(db: Any) -> int:
    """How many tops were found by walking; each is the head of the searched list."""
    walked = 0
    for typed in SEARCHES:
        for flt in (DossierFilter(text=typed), DossierFilter(text=typed, open_only=True)):
            for key in SORT_KEYS:
                for descending in (False, True):
                    with db.session() as session:
                        whole = find_dossier_nums(session, flt, key, descending)
                        for count in (1, 3, 50):
                            top = top_of_many(session, flt, key, descending, count)
                            if top is not None:
                                assert top == whole[:count], (typed, flt, key, descending)
                                walked += 1
                            plain = first_in_order(session, flt, key, descending, count)
                            assert plain == whole[:count]
    return walked


def test_the_first_page_of_a_search_finding_many_is_the_head_of_the_searched_list(
    request: pytest.FixtureRequest,
    workspace: Workspace,
    database: Any,  # noqa: F811 - the fixture
    walk_always: list[bool],
) -> None:
    assert _every_top_is_the_head(database) > 100
    assert any(walk_always)
    on_server = backend_of(database.engine) is Backend.POSTGRESQL
    assert any(HASHED) == (on_server and request.node.callspec.params["walk_always"] == "hashed")


def test_a_walk_that_does_not_fill_the_page_gives_way_to_reading_the_matches(
    workspace: Workspace,
    database: Any,  # noqa: F811 - the fixture
    walk_always: list[bool],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The matches lie further down.
    monkeypatch.setattr(backends, "WALK_ROWS", dict.fromkeys(backends.WALK_ROWS, 2))
    monkeypatch.setattr(backends, "WALK_ROWS_HASHED", 2)
    monkeypatch.setattr(backends, "WALK_ROWS_FREQUENT", 2)
    assert _every_top_is_the_head(database) > 0  # pages of one or two rows
    with database.session() as session:
        flt = DossierFilter(text="pe")
        assert top_of_many(session, flt, "naam", False, 3) is None  # Aerts, Ähler first


def test_a_search_that_may_find_few_dossiers_does_not_walk(
    workspace: Workspace,
    database: Any,  # noqa: F811 - the fixture
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(backends, "WALK_FROM", 5)
    with database.session() as session:
        for typed in ("pelck", "zzz", "perez", "pe pelck"):  # a word in fewer than five
            assert top_of_many(session, DossierFilter(text=typed), "naam", False, 1) is None
        assert top_of_many(session, DossierFilter(text="pe"), "naam", False, 1) is not None


def _shown(model: DossierTableModel) -> list[int]:
    return [model.index(row, 0).data(NUM_ROLE) for row in range(model.rowCount())]


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Three rows a page and every list long: a dozen dossiers behave like a million."""
    monkeypatch.setattr(table_model, "BACKGROUND_FROM", 1)
    monkeypatch.setattr(table_model, "PAGE_SIZE", 3)


def test_on_a_server_a_search_shows_its_first_page_then_the_whole_list(
    qapp: Any,
    workspace: Workspace,
    database: Any,  # noqa: F811 - the fixture
    small_pages: None,
    walk_always: list[bool],
) -> None:
    model = DossierTableModel(workspace.dossiers, {}, {})
    model.set_filter(DossierFilter(), reload=False)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    while not model.complete:
        QCoreApplication.processEvents()
    searched: set[str] = set()
    for typed, descending in (("pe", False), ("pe", True), ("pe las", False), ("de", True)):
        flt = DossierFilter(text=typed)
        model.set_filter(DossierFilter())
        model.sort(0, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        model.set_filter(flt)
        whole = workspace.dossiers.find(flt, "naam", descending)
        # A search read before is kept (its reverse too): the whole list at once.
        if len(whole) >= 3 and typed not in searched:
            assert _shown(model) == whole[:3]  # the first page at once
            assert not model.length_known and not model.complete
            assert model.canFetchMore(QModelIndex())
            model.fetchMore(QModelIndex())  # the view scrolled to its end: read the rest
            while not model.complete:
                QCoreApplication.processEvents()
        assert model.length_known
        assert _shown(model) == whole
        searched.add(typed)
    model.set_filter(DossierFilter(text="pelck"))  # fewer than a page: complete at once
    assert model.complete and model.length_known
    assert len(_shown(model)) == 1


def _tab_searching(qtbot: Any, workspace: Workspace, typed: str) -> DossiersTab:
    """The Dossiers tab, its first list read, the search text typed."""
    tab = DossiersTab(workspace)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.model.complete, timeout=10_000)
    tab.search.setText(typed)
    tab.apply_filter()
    return tab


def test_the_count_says_the_list_is_still_being_read(
    qtbot: Any,
    workspace: Workspace,
    database: Any,  # noqa: F811 - the fixture
    small_pages: None,
    walk_always: list[bool],
) -> None:
    tab = _tab_searching(qtbot, workspace, "pe")
    found = len(workspace.dossiers.find(tab.current_filter()))
    assert tab.count_label.text() == "3 of meer dossiers; typ verder om te verfijnen"
    tab.table.scrollToBottom()  # the view asks for more at the end of the page
    tab.model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: tab.model.complete, timeout=10_000)
    assert tab.count_label.text() == f"{found} dossier(s)"
    assert tab.model.rowCount() == found


def test_the_rest_of_a_search_is_appended_below_the_page_the_user_scrolled(
    qtbot: Any,
    workspace: Workspace,
    database: Any,  # noqa: F811 - the fixture
    small_pages: None,
    walk_always: list[bool],
) -> None:
    tab = _tab_searching(qtbot, workspace, "pe")
    tab.select_row(2)  # the last row of the first page
    chosen = tab.model.data(tab.model.index(2, 0), NUM_ROLE)
    resets: list[bool] = []
    tab.model.modelReset.connect(lambda: resets.append(True))
    tab.model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: tab.model.complete, timeout=10_000)
    assert not resets  # rows appended: nothing shown moves
    current = tab.table.selectionModel().currentIndex()
    assert current.row() == 2 and tab.model.data(current, NUM_ROLE) == chosen
    whole = workspace.dossiers.find(tab.current_filter())
    assert _shown(tab.model) == whole


def test_on_a_server_the_rarest_word_is_hashed_once_not_searched_per_row(
    pg_database: Any,  # noqa: F811 - the fixture
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The walk's hashed word must stay a hashed subplan: turned into a join it would lose
    the list's order, run per row it would read the word's range once per dossier."""
    monkeypatch.setattr(backends, "WALK_FROM", 1)
    monkeypatch.setitem(backends.WALK_SHARE, Backend.POSTGRESQL, 1)
    monkeypatch.setattr(backends, "HASHED_SHARE", 10**9)
    workspace = Workspace(pg_database)
    _add_people(workspace)
    walks: list[tuple[str, Any]] = []

    def keep(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "CASE WHEN dossier.num IN" in statement:
            walks.append((statement, parameters))

    event.listen(pg_database.engine, "before_cursor_execute", keep)
    try:
        with pg_database.session() as session:
            top = top_of_many(session, DossierFilter(text="pe las"), "naam", False, 2)
            assert top == find_dossier_nums(session, DossierFilter(text="pe las"))[:2]
            assert walks, "the search was not walked with a hashed word"
            statement, parameters = walks[-1]
            plan = "\n".join(
                row[0]
                for row in session.connection().exec_driver_sql("EXPLAIN " + statement, parameters)
            )
    finally:
        event.remove(pg_database.engine, "before_cursor_execute", keep)
    assert "hashed SubPlan" in plan, plan


def test_on_a_server_the_rarest_word_is_counted_exactly(
    pg_database: Any,  # noqa: F811 - the fixture
) -> None:
    """Only the rarest word's count decides the walk; the others are counted up to the
    longest word's count, so they may read less than they hold, never less than it."""
    workspace = Workspace(pg_database)
    _add_people(workspace)
    with pg_database.session() as session:
        connection = session.connection()

        def counted(typed: str, most: int) -> dict[str, int]:
            statement = text(postgres.LEXEMES_SQL)
            parameters = {"typed": postgres.tsquery(typed.split()), "most": most}
            return {str(lexeme): int(found) for lexeme, found in connection.execute(
                statement, parameters)}  # fmt: skip

        def exact(lexeme: str) -> int:
            return int(counted(lexeme, 1_000)[lexeme])

        assert exact("pe") > exact("pee") > exact("peeters") > 0
        for typed in ("pe peeters", "peeters pe", "pe las", "las pe de", "pelck pe"):
            found = counted(typed, 1_000)
            rarest = min(found, key=lambda lexeme: (exact(lexeme), lexeme))
            assert found[rarest] == exact(rarest), typed
            assert all(found[lexeme] >= found[rarest] for lexeme in found), typed
        assert counted("pe", 3) == {"pe": 3}  # up to :most
