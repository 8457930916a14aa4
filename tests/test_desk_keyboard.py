"""Keyboard first (issue 14): Alt-letters unique per window, Ctrl+Enter saves, Tab leaves a
text box, Delete and Enter act on the dossier list."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kempen_desktop.app import Workspace
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.ui.common.keyboard import install_keyboard, mnemonic, uninstall_keyboard
from kempen_desktop.ui.common.keyboard import mnemonic_clashes as clashes
from kempen_desktop.ui.dossiers.dossier_dialog import DossierDialog
from kempen_desktop.ui.dossiers.note_dialog import NoteDialog
from kempen_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def keyboard(qapp: QApplication) -> Iterator[None]:
    install_keyboard(qapp)
    yield
    uninstall_keyboard(qapp)


@pytest.fixture
def window(qtbot, workspace: Workspace, keyboard: None):  # type: ignore[no-untyped-def]
    for last, first in (("Janssens", "Mila"), ("Peeters", "Noah")):
        workspace.dossiers.create(DossierInput(last_name=last, first_name=first))
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def test_mnemonic_reads_the_alt_letter() -> None:
    assert mnemonic("&Bestand") == "b"
    assert mnemonic("Be&werken") == "w"
    assert mnemonic("Zoeken && vervangen") is None
    assert mnemonic("A && B &Cijfers") == "c"


def _dialogs(main: MainWindow) -> dict[str, Callable[[], QWidget]]:
    """Every dialog that can be built with just a workspace (and the window as parent)."""
    from kempen_desktop.ui.common import help_dialogs
    from kempen_desktop.ui.dossiers.status_dialog import StatusDialog
    from kempen_desktop.ui.importing.import_history import ImportHistoryDialog
    from kempen_desktop.ui.importing.import_wizard import ImportWizard
    from kempen_desktop.ui.partners.contact_dialog import ContactDialog
    from kempen_desktop.ui.partners.partner_dialog import PartnerDialog
    from kempen_desktop.ui.reports.period_report_dialog import PeriodReportDialog
    from kempen_desktop.ui.settings_dialog import SettingsDialog
    from kempen_desktop.ui.trust.backup_dialog import BackupDialog
    from kempen_desktop.ui.trust.retention_dialog import RetentionDialog

    ws = main.workspace
    choices = ws.dossiers.form_choices()
    partner_choices = ws.partners.form_choices()
    return {
        "dossier": lambda: DossierDialog(choices, lambda _d: None, parent=main),
        "note": lambda: NoteDialog(lambda *_a: None, parent=main),
        "status": lambda: StatusDialog(
            "aangemeld", choices.statuses, choices.closing_reasons, lambda *_a: None, parent=main
        ),
        "partner": lambda: PartnerDialog(
            ws, partner_choices.types, partner_choices.municipalities, parent=main
        ),
        "contact": lambda: ContactDialog(lambda _d: None, "VDAB", parent=main),
        "import": lambda: ImportWizard(ws, parent=main),
        "import history": lambda: ImportHistoryDialog(ws, parent=main),
        "period report": lambda: PeriodReportDialog(
            ws, date(2026, 1, 1), date(2026, 6, 30), [], parent=main
        ),
        "backup": lambda: BackupDialog(ws, parent=main),
        "retention": lambda: RetentionDialog(ws, parent=main),
        "shortcuts": lambda: help_dialogs.ShortcutsDialog(main, [], main),
        "settings": lambda: SettingsDialog(ws, parent=main),
    }


def test_no_window_or_dialog_uses_an_alt_letter_twice(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    found: list[str] = []
    for index in range(window.tabs.count()):  # each tab's page shows with the menu bar
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        found += clashes(window)
    for name, build in _dialogs(window).items():
        dialog = build()
        qtbot.addWidget(dialog)
        dialog.show()
        found += [f"[{name}] {clash}" for clash in clashes(dialog)]
        pages = getattr(dialog, "pages", None)
        if pages is not None and hasattr(pages, "count"):  # the import wizard's steps
            for page in range(pages.count()):
                pages.setCurrentIndex(page)
                found += [f"[{name} step {page}] {clash}" for clash in clashes(dialog)]
        dialog.close()
    assert not found, "\n".join(sorted(set(found)))


def test_ctrl_enter_saves_the_dossier_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = window.dossiers.current_dialog
    assert isinstance(dialog, DossierDialog)
    qtbot.keyClicks(dialog.last_name, "Maes")
    qtbot.keyClicks(dialog.first_name, "Lotte")
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    names = [window.workspace.dossiers.get(i).data.last_name for i in _all_ids(window)]
    assert "Maes" in names


def _all_ids(window: MainWindow) -> list:  # type: ignore[type-arg]
    model = window.dossiers.model
    return [model.dossier_id(row) for row in range(model.rowCount())]


def test_ctrl_enter_on_an_invalid_form_keeps_it_open(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.dossiers.new_dossier()
    dialog = window.dossiers.current_dialog
    qtbot.keyClick(dialog.last_name, Qt.Key.Key_Enter, CTRL)
    assert dialog.isVisible()  # the save ran and refused: the name is missing
    assert window.dossiers.model.rowCount() == 2
    dialog.reject()


def test_tab_leaves_the_note_box_and_ctrl_tab_types_a_tab(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.dossiers.select_row(0)
    window.dossiers.add_note()
    dialog = window.dossiers.current_dialog
    assert isinstance(dialog, NoteDialog)
    dialog.activateWindow()
    dialog.body.setFocus()
    qtbot.waitUntil(dialog.body.hasFocus)
    qtbot.keyClicks(dialog.body, "Belde")
    qtbot.keyClick(dialog.body, Qt.Key.Key_Tab, CTRL)
    assert dialog.body.toPlainText() == "Belde\t"
    qtbot.keyClick(dialog.body, Qt.Key.Key_Tab)
    assert dialog.body.toPlainText() == "Belde\t"  # no second tab typed
    assert not dialog.body.hasFocus()
    dialog.reject()


def test_delete_on_the_dossier_list_asks_then_deletes(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def question(_parent, title, *_args, **_kwargs):  # type: ignore[no-untyped-def]
            asked.append(title)
            return reply

        return question

    table = window.dossiers.table
    window.dossiers.select_row(0)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert asked == ["Dossier verwijderen"]
    assert window.dossiers.model.rowCount() == 2
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(asked) == 2
    assert window.dossiers.model.rowCount() == 1


def test_enter_on_the_dossier_list_opens_the_dossier(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    table = window.dossiers.table
    window.dossiers.select_row(1)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = window.dossiers.current_dialog
    assert isinstance(dialog, DossierDialog) and dialog.isVisible()
    assert dialog.last_name.text() == "Peeters"
    dialog.reject()
