"""Worklists (issue 14) through the real widgets: the open-dossiers default and Filters wissen,
Mijn opvolgingen, saved filters and columns that survive re-creating the tab, right-click
menus, the edited dossier staying in view, and names sorted the Dutch way."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu
from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.domain.sorting import sort_key
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.ui.common.row_menu import plain_text
from kempen_desktop.ui.dossiers.dossier_dialog import DossierDialog
from kempen_desktop.ui.dossiers.dossiers_tab import DossiersTab
from kempen_desktop.ui.dossiers.note_dialog import NoteDialog
from kempen_desktop.ui.partners.partners_tab import PartnersTab


def _tab(qtbot, workspace: Workspace) -> DossiersTab:  # type: ignore[no-untyped-def]
    tab = DossiersTab(workspace)
    workspace.subscribe(tab.on_changes)
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    tab.show()
    return tab


def _add(workspace: Workspace, last: str, first: str = "Jan", **fields: object) -> uuid.UUID:
    return workspace.dossiers.create(DossierInput(last_name=last, first_name=first, **fields))  # type: ignore[arg-type]


def _names(tab: DossiersTab) -> list[str]:
    return [tab.model.index(row, 0).data() for row in range(tab.model.rowCount())]


def _menu_action(menu: QMenu, label: str):  # type: ignore[no-untyped-def]
    return next(a for a in menu.actions() if plain_text(a.text()) == label)


@pytest.fixture
def filled(workspace: Workspace) -> dict[str, uuid.UUID]:
    today = date.today()
    ids = {
        "Peeters": _add(workspace, "Peeters", follow_up_on=today - timedelta(days=3)),
        "Maes": _add(workspace, "Maes", follow_up_on=today + timedelta(days=40)),
        "Aerts": _add(workspace, "Aerts"),
    }
    workspace.dossiers.change_status(ids["Aerts"], "afgesloten", closing_reason="werk")
    return ids


def test_open_dossiers_by_default_and_filters_wissen(qtbot, workspace, filled) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, workspace)
    assert tab.status_filter.currentText() == "Open dossiers"
    assert _names(tab) == ["Maes", "Peeters"]  # Aerts is afgesloten
    tab.search.setText("Maes")
    assert _names(tab) == ["Maes"]
    qtbot.mouseClick(tab.filters.clear_button, Qt.MouseButton.LeftButton)
    assert tab.search.text() == ""
    assert tab.status_filter.currentText() == "Alle statussen"
    assert _names(tab) == ["Aerts", "Maes", "Peeters"]


def test_mijn_opvolgingen_is_one_click(qtbot, workspace, filled) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, workspace)
    qtbot.mouseClick(tab.filters.mine_button, Qt.MouseButton.LeftButton)
    assert _names(tab) == ["Peeters"]  # overdue; Maes is due in 40 days
    assert tab.count_label.text() == "1 dossier(s)"


def test_saved_filter_survives_recreating_the_tab(qtbot, workspace, filled) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, workspace)
    tab.overdue_filter.setChecked(True)
    tab.filters.save_current("Te laat")
    tab.close()
    again = _tab(qtbot, workspace)
    assert again.overdue_filter.isChecked() is False  # a new tab starts on the default
    combo = again.filters.saved_combo
    index = combo.findText("Te laat")
    assert index > 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert again.overdue_filter.isChecked()
    assert _names(again) == ["Peeters"]
    qtbot.mouseClick(again.filters.delete_saved_button, Qt.MouseButton.LeftButton)
    assert again.filters.saved_combo.findText("Te laat") == -1
    assert _tab(qtbot, workspace).filters.saved() == {}


def test_column_chooser_is_remembered(qtbot, workspace, filled) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, workspace)
    header = tab.table.horizontalHeader()
    menu = tab.columns.build_menu()
    _menu_action(menu, "Kansengroepen").toggle()  # hide
    header.moveSection(header.visualIndex(6), 0)  # Volgende opvolging first
    tab.close()
    again = _tab(qtbot, workspace).table.horizontalHeader()
    assert again.isSectionHidden(4)
    assert again.logicalIndex(0) == 6
    _tab(qtbot, workspace).columns.reset()
    assert not _tab(qtbot, workspace).table.horizontalHeader().isSectionHidden(4)


def test_partner_columns_are_remembered(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    first = PartnersTab(workspace)
    qtbot.addWidget(first)
    first.table.horizontalHeader().setSectionHidden(1, True)
    first.table.horizontalHeader().sectionMoved.emit(0, 0, 0)  # any change saves
    second = PartnersTab(workspace)
    qtbot.addWidget(second)
    assert second.table.horizontalHeader().isSectionHidden(1)


def test_right_click_menu_acts_on_the_row(qtbot, workspace, filled) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, workspace)
    rect = tab.table.visualRect(tab.model.index(1, 0))  # Peeters, not selected yet
    tab.table.customContextMenuRequested.emit(rect.center())
    menu = tab.row_menu.menu
    assert menu is not None
    assert [plain_text(a.text()) for a in menu.actions() if a.text()] == [
        "Bewerken…",
        "Status wijzigen…",
        "Notitie toevoegen…",
        "Afsluiten…",
        "Dossierfiche…",
        "Verwijderen…",
    ]
    menu.close()
    assert tab._selected == filled["Peeters"]
    _menu_action(menu, "Notitie toevoegen…").trigger()
    assert isinstance(tab.current_dialog, NoteDialog)


def test_partner_right_click_menu_follows_the_buttons(qtbot, workspace, partner_ids) -> None:  # type: ignore[no-untyped-def]
    tab = PartnersTab(workspace)
    qtbot.addWidget(tab)
    tab.show()
    rect = tab.table.visualRect(tab.model.index(0, 0))
    tab.table.customContextMenuRequested.emit(rect.center() + QPoint(0, 0))
    labels = [plain_text(a.text()) for a in tab.table.findChildren(QMenu)[-1].actions()]
    assert "Bewerken…" in labels and "Verwijderen" in labels


def test_edited_dossier_stays_selected_even_when_filtered_out(qtbot, workspace, filled) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, workspace)
    tab.search.setText("Peeters")
    tab.select_row(0)
    tab.edit_dossier()
    dialog = tab.current_dialog
    assert isinstance(dialog, DossierDialog)
    dialog.last_name.setText("Janssens")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert _names(tab) == ["Janssens"]  # kept although "Peeters" no longer matches
    assert tab._selected == filled["Peeters"]
    assert tab.table.selectionModel().isRowSelected(0, tab.table.rootIndex())
    assert tab.pinned.banner.isVisible()
    tab.search.setText("Maes")  # a new filter: the kept dossier follows the filters again
    assert _names(tab) == ["Maes"]
    assert not tab.pinned.banner.isVisible()


def test_new_dossier_is_selected_and_shown(qtbot, workspace, filled) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, workspace)
    tab.search.setText("Maes")
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.current_dialog
    assert isinstance(dialog, DossierDialog)
    qtbot.keyClicks(dialog.last_name, "Zeger")
    qtbot.keyClicks(dialog.first_name, "Ann")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert _names(tab) == ["Maes", "Zeger"]
    assert tab.detail.isVisible()
    assert tab.model.dossier_id(tab.table.currentIndex().row()) == tab._selected
    assert tab.pinned.banner.isVisible()


NAMES = ["Zeger", "Şahin", "Smet", "Öztürk", "Peeters", "Van den Broeck", "Vandenbroeck"]
NAMES += ["Van Aken", "Çelik", "Desmet", "De Smet", "D'Hondt", "Ørsted", "Østergaard"]


def test_names_sort_the_dutch_way(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    for name in NAMES:
        _add(workspace, name)
    tab = _tab(qtbot, workspace)
    listed = _names(tab)
    assert listed.index("Şahin") < listed.index("Smet") < listed.index("Van Aken")
    assert listed.index("Öztürk") < listed.index("Peeters")
    assert listed[-1] == "Zeger"
    assert abs(listed.index("Van den Broeck") - listed.index("Vandenbroeck")) == 1
    assert [sort_key(n) for n in listed] == sorted(sort_key(n) for n in NAMES)


def test_sql_sort_key_agrees_with_the_domain_rule(database: Database, workspace) -> None:  # type: ignore[no-untyped-def]
    names = [*NAMES, "Łukasz", "Ștefan-Ioan", "Müller-Lüdenscheidt", "Ahmed O'Neill", "ßauer"]
    for name in names:
        _add(workspace, name, first=name)
    with database.session() as session:
        rows = session.execute(
            text(
                "SELECT p.last_name, d.list_last_name, d.list_first_name "
                "FROM dossier d JOIN person p ON p.id = d.person_id"
            )
        ).all()
    for last, key_last, key_first in rows:
        assert key_last == sort_key(last) == key_first, last
