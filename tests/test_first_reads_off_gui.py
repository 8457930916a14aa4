"""Issue 17 (no frozen frame): in a large database the Overlegmomenten tab's reload and the
Dossiers tab's form pickers after a change are read off the GUI thread; what the user then
sees is the same as when they are read at once (a small database, or inline operations).
The size limits are set to 0 here, so a small test database counts as large."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from kempen_desktop.app import Changes, Workspace
from kempen_desktop.app.dossiers import DossiersArea
from kempen_desktop.app.meetings import MeetingsArea
from kempen_desktop.domain import meetings as rules
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.partners.partners import PartnerInput
from kempen_desktop.ui.dossiers import dossiers_tab
from kempen_desktop.ui.dossiers.dossiers_tab import DossiersTab
from kempen_desktop.ui.meetings import meetings_tab
from kempen_desktop.ui.meetings.meetings_tab import MeetingsTab
from tests.meetings_helpers import make_world


def _threads_of(monkeypatch: pytest.MonkeyPatch, cls: type, name: str) -> list[int]:
    """The threads `cls.name` runs on, from now on."""
    seen: list[int] = []
    original: Callable[..., Any] = getattr(cls, name)

    def recorded(self: object, *args: object, **kwargs: object) -> Any:
        seen.append(threading.get_ident())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, recorded)
    return seen


def _what_the_user_sees(tab: MeetingsTab) -> tuple[object, ...]:
    combos = [
        [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        for combo in (tab.type_filter, tab.partner_filter)
    ]
    rows = [tab.model.record(i) for i in range(tab.model.rowCount())]
    current = tab.current_row()
    return combos, rows, current.id if current else None, tab.summary.text(), tab.detail.toHtml()


def _shown_meetings_tab(qtbot: Any, database: Database) -> MeetingsTab:
    tab = MeetingsTab(Workspace(database))
    qtbot.addWidget(tab)
    tab.show()
    tab.wait()
    return tab


def test_a_large_database_reads_the_meetings_off_the_gui_thread(
    qtbot: Any, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_world(database)
    at_once = _what_the_user_sees(_shown_meetings_tab(qtbot, database))
    monkeypatch.setattr(meetings_tab, "READ_IN_BACKGROUND_FROM", 0)
    rows_read_on = _threads_of(monkeypatch, MeetingsArea, "rows")
    details_read_on = _threads_of(monkeypatch, MeetingsArea, "get")

    tab = MeetingsTab(Workspace(database))
    qtbot.addWidget(tab)
    tab.show()  # the first show starts the reading and returns
    assert tab.model.rowCount() == 0
    tab.wait()

    gui = threading.get_ident()
    assert rows_read_on and gui not in rows_read_on
    assert details_read_on and gui not in details_read_on  # the first row's detail too
    assert _what_the_user_sees(tab) == at_once
    assert tab.detail.toPlainText()  # the selected meeting's detail is shown


def test_inline_operations_show_the_meetings_at_once_as_before(
    qtbot: Any, database: Database, monkeypatch: pytest.MonkeyPatch, inline_operations: None
) -> None:
    make_world(database)
    at_once = _what_the_user_sees(_shown_meetings_tab(qtbot, database))
    monkeypatch.setattr(meetings_tab, "READ_IN_BACKGROUND_FROM", 0)
    tab = MeetingsTab(Workspace(database))
    qtbot.addWidget(tab)
    tab.show()
    assert _what_the_user_sees(tab) == at_once  # no waiting


def test_a_filter_chosen_while_reading_is_kept(
    qtbot: Any, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = make_world(database)
    monkeypatch.setattr(meetings_tab, "READ_IN_BACKGROUND_FROM", 0)
    tab = _shown_meetings_tab(qtbot, database)
    assert tab.model.rowCount() == 1
    tab.reload()  # a change elsewhere: read again in the background ...
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(rules.CANCELLED))  # ... meanwhile
    tab.wait()
    assert tab.model.rowCount() == 0  # the list follows the filter chosen, not the old one
    assert tab.partner_filter.findData(str(world.vdab)) > 0


def test_a_new_partner_reaches_the_dossier_form_read_off_the_gui_thread(
    qtbot: Any, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = Workspace(database)
    tab = DossiersTab(workspace)
    qtbot.addWidget(tab)
    monkeypatch.setattr(dossiers_tab, "CHOICES_IN_BACKGROUND_FROM", 0)
    read_on = _threads_of(monkeypatch, DossiersArea, "form_choices")

    workspace.partners.create(PartnerInput(name="Bakkerij Janssens", partner_type_code="vdab"))
    tab.on_changes(Changes(partners=True))
    tab.wait()

    assert read_on and threading.get_ident() not in read_on
    assert "Bakkerij Janssens" in [partner.name for partner in tab.choices.partners]
    assert "Bakkerij Janssens" in tab.detail.labels["partner"].values()


def test_after_f5_the_dossier_form_is_read_once_the_list_is(
    qtbot: Any, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F5 reads the list and the form's pickers in the background, one after the other: at
    once, the two reads left the window fewer turns of the GIL (issue 17)."""
    from kempen_desktop.services.dossiers.dossiers import DossierInput
    from kempen_desktop.ui.dossiers import dossier_table_model as table_model

    workspace = Workspace(database)
    for last in ("Janssens", "Peeters", "Maes"):
        workspace.dossiers.create(DossierInput(last_name=last, first_name="Test"))
    monkeypatch.setattr(table_model, "BACKGROUND_FROM", 1)  # the list is read off the GUI
    monkeypatch.setattr(dossiers_tab, "CHOICES_IN_BACKGROUND_FROM", 0)
    tab = DossiersTab(workspace)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.model.complete and not tab.model.reloading, timeout=10_000)
    order_done: list[float] = []
    choices_started: list[tuple[float, bool]] = []
    order = DossiersArea.order

    def timed_order(self: DossiersArea, *args: Any, **kwargs: Any) -> Any:
        found = order(self, *args, **kwargs)
        order_done.append(time.monotonic())
        return found

    choices = DossiersArea.form_choices

    def timed_choices(self: DossiersArea) -> Any:
        choices_started.append((time.monotonic(), tab.model.reloading))
        return choices(self)

    monkeypatch.setattr(DossiersArea, "order", timed_order)
    monkeypatch.setattr(DossiersArea, "form_choices", timed_choices)
    workspace.partners.create(PartnerInput(name="Bakkerij Janssens", partner_type_code="vdab"))
    tab.on_changes(Changes.everything())  # F5
    assert tab.reading_choices  # waiting for the list counts as reading
    qtbot.waitUntil(lambda: not tab.reading_choices and not tab.model.reloading, timeout=10_000)
    tab.wait()
    assert order_done and choices_started
    assert choices_started[0][0] >= order_done[0] and not choices_started[0][1]
    assert "Bakkerij Janssens" in tab.detail.labels["partner"].values()


def test_a_small_database_reads_the_dossier_form_at_once(
    qtbot: Any, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = Workspace(database)
    tab = DossiersTab(workspace)
    qtbot.addWidget(tab)
    read_on = _threads_of(monkeypatch, DossiersArea, "form_choices")
    workspace.partners.create(PartnerInput(name="Bakkerij Janssens", partner_type_code="vdab"))
    tab.on_changes(Changes(partners=True))
    assert read_on == [threading.get_ident()]
    assert "Bakkerij Janssens" in [partner.name for partner in tab.choices.partners]


def test_the_action_points_sub_tab_is_built_when_first_shown(
    qtbot: Any, database: Database
) -> None:
    make_world(database)
    tab = _shown_meetings_tab(qtbot, database)
    assert tab._actions_view is None  # not built with the tab
    tab.on_changes(Changes(action_points=True))  # no sub-tab yet: nothing to follow
    tab.inner_tabs.setCurrentIndex(1)  # the user clicks Actiepunten
    view = tab._actions_view
    assert view is not None
    assert tab.inner_tabs.currentWidget() is view and tab.inner_tabs.tabText(1) == "Actiepunten"
    assert tab.actions_view is view  # built once
    assert view.isVisible()
