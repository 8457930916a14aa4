"""One path for dossier and import changes: the other tabs follow without F5.

Each test builds the real main window over a Workspace, changes something through the
façade or through the Dossiers tab, and looks at what the user sees in the OTHER tabs.
No test calls `reload_all` (F5): the change reaches every tab through the workspace's
announcement and `MainWindow.apply_changes` -> each tab's `on_changes`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.importing import builtin_profiles
from kempen_desktop.ui.dossiers.status_dialog import StatusDialog
from kempen_desktop.ui.main_window import MainWindow


def _vdab_list(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Lijst"
    sheet.append(["INSZ", "Klantnummer", "Familienaam", "Voornaam", "Geboortedatum", "Partner"])
    sheet.append(["85.07.30-033.28", "1234567", "Peeters", "Jan", "30/07/1985", "VDAB Turnhout"])
    sheet.append(["", "7654321", "Janssens", "Mila", "01/03/2004", "VDAB Turnhout"])
    book.save(path)
    return path


@pytest.fixture
def window(qtbot, database: Database, inline_operations: None) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(Workspace(database))
    qtbot.addWidget(win)
    win.show()
    return win


def _show(window: MainWindow, tab) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(tab)
    if tab is window.reports:
        tab.wait()


def _tile(window: MainWindow, key: str) -> str:
    _show(window, window.reports)
    return window.reports.dashboard.tile(key).value


def _open_dossiers_of(window: MainWindow, partner: str) -> int:
    _show(window, window.partners)
    model = window.partners.model
    records = [model.record(row) for row in range(model.rowCount())]
    return next(r.dossiers for r in records if r.name == partner)


def test_an_import_reaches_the_dossiers_reports_and_partners_tabs(
    qtbot, window: MainWindow, partner_ids: tuple, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # Every tab has been looked at once, so each holds what it showed before the import.
    assert _open_dossiers_of(window, "VDAB Turnhout") == 0
    assert _tile(window, "active") == "0"
    _show(window, window.dossiers)
    assert window.dossiers.model.rowCount() == 0

    vdab, _ocmw = builtin_profiles()
    importing = window.workspace.importing
    importing.apply(importing.plan(_vdab_list(tmp_path / "vdab.xlsx"), vdab))

    assert window.dossiers.model.rowCount() == 2  # the visible tab at once
    assert window.dossiers.count_label.text() == "2 dossier(s)"
    assert _tile(window, "active") == "2"
    assert _tile(window, "new") == "2"
    assert _open_dossiers_of(window, "VDAB Turnhout") == 2


def test_undo_of_an_import_in_the_history_reaches_the_other_tabs(
    qtbot,
    window: MainWindow,
    partner_ids: tuple,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vdab, _ocmw = builtin_profiles()
    importing = window.workspace.importing
    importing.apply(importing.plan(_vdab_list(tmp_path / "vdab.xlsx"), vdab))
    assert _open_dossiers_of(window, "VDAB Turnhout") == 2
    _show(window, window.dossiers)
    assert window.dossiers.model.rowCount() == 2

    history = window.open_import_history()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    history.undo_selected()

    assert window.dossiers.model.rowCount() == 0
    assert _open_dossiers_of(window, "VDAB Turnhout") == 0
    assert _tile(window, "active") == "0"


def test_closing_a_dossier_in_the_dossiers_tab_changes_the_reports_tile(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.workspace.dossiers.create(
        DossierInput(last_name="Peeters", first_name="Jan"), opened_on=date.today().replace(day=1)
    )
    assert _tile(window, "closed") == "0"
    _show(window, window.dossiers)
    window.dossiers.select_row(0)
    window.dossiers.change_status(closing=True)
    dialog = window.dossiers.current_dialog
    assert isinstance(dialog, StatusDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("werk"))
    dialog.try_apply()
    assert not dialog.isVisible()

    assert window.dossiers.model.index(0, 3).data() == "Afgesloten"
    assert _tile(window, "closed") == "1"


def test_a_new_dossier_reaches_the_partners_tab(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    partner_ids: tuple,
) -> None:
    partner_id, contact_id = partner_ids
    assert _open_dossiers_of(window, "VDAB Turnhout") == 0
    window.workspace.dossiers.create(
        DossierInput(
            last_name="Aerts",
            first_name="Steven",
            responsible_partner_id=partner_id,
            counsellor_id=contact_id,
        )
    )
    assert _open_dossiers_of(window, "VDAB Turnhout") == 1
    _show(window, window.dossiers)
    assert window.dossiers.model.rowCount() == 1
