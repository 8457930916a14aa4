"""Keyboard first (issue 14): Alt-letters unique per window, Ctrl+Enter saves, Tab leaves a
text box, Delete and Enter act on the dossier list."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

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
    """Every dialog of the app, built on a small data set (a meeting with an action point,
    a policy action with an event), with the window as parent."""
    import uuid

    from kempen_desktop.services.actions.actions import ActionInput as PolicyAction
    from kempen_desktop.services.actions.events import EventInput
    from kempen_desktop.services.meetings.action_points import ActionFilter, ActionInput, Owner
    from kempen_desktop.services.meetings.meetings import MeetingInput
    from kempen_desktop.ui.actions import dialogs as actions_dialogs
    from kempen_desktop.ui.common import help_dialogs
    from kempen_desktop.ui.dossiers.dossier_exports import DossierSummaryDialog
    from kempen_desktop.ui.dossiers.status_dialog import StatusDialog
    from kempen_desktop.ui.importing.import_history import ImportHistoryDialog
    from kempen_desktop.ui.importing.import_wizard import ImportWizard
    from kempen_desktop.ui.meetings.action_points_view import ActionPointDialog
    from kempen_desktop.ui.meetings.agenda_editor import AgendaEditor
    from kempen_desktop.ui.meetings.meeting_dialog import MeetingDialog, MoveDialog
    from kempen_desktop.ui.partners.code_list_dialog import CodeListDialog
    from kempen_desktop.ui.partners.contact_dialog import ContactDialog
    from kempen_desktop.ui.partners.engagement_dialog import EngagementDialog
    from kempen_desktop.ui.partners.indicator_view import IndicatorDialog as PartnerIndicatorDialog
    from kempen_desktop.ui.partners.partner_dialog import PartnerDialog
    from kempen_desktop.ui.reports.period_report_dialog import PeriodReportDialog
    from kempen_desktop.ui.settings_dialog import SettingsDialog
    from kempen_desktop.ui.trust.audit_view import AuditView
    from kempen_desktop.ui.trust.backup_dialog import BackupDialog
    from kempen_desktop.ui.trust.lock_screen import UnlockPrompt
    from kempen_desktop.ui.trust.passphrase_dialog import NewPassphraseDialog, UnlockDialog
    from kempen_desktop.ui.trust.retention_dialog import RetentionDialog

    ws = main.workspace
    choices = ws.dossiers.form_choices()
    partner_choices = ws.partners.form_choices()
    meeting = ws.meetings.plan(MeetingInput(title="Dossierbespreking"))
    ws.action_points.create(ActionInput("Cv nakijken", Owner.regisseur(), None, meeting))
    action_point = ws.action_points.rows(ActionFilter(meeting_id=meeting, open_only=False))[0]
    action = ws.actions.save(PolicyAction("1.1.1", "Kansengroepen aan het werk"))
    event = ws.actions.save_event(EventInput("jobevent", "Jobbeurs Geel", date(2026, 3, 1)))
    start = datetime(2026, 3, 2, 9, 0)
    dossiers = [
        main.dossiers.model.dossier_id(row) for row in range(main.dossiers.model.rowCount())
    ]
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
        "engagement": lambda: EngagementDialog(lambda _d: None, "VDAB", [], [], parent=main),
        "code list": lambda: CodeListDialog(ws, "partner_types", "Soorten", parent=main),
        "import": lambda: ImportWizard(ws, parent=main),
        "import history": lambda: ImportHistoryDialog(ws, parent=main),
        "period report": lambda: PeriodReportDialog(
            ws, date(2026, 1, 1), date(2026, 6, 30), [], parent=main
        ),
        "meeting": lambda: MeetingDialog(ws, parent=main),
        "meeting series": lambda: MeetingDialog(ws, series=True, parent=main),
        "meeting edit": lambda: MeetingDialog(ws, meeting, parent=main),
        "move meeting": lambda: MoveDialog(start, None, parent=main),
        "agenda": lambda: AgendaEditor(ws, meeting, parent=main),
        "action point": lambda: ActionPointDialog(ws, action_point, parent=main),
        "policy action": lambda: actions_dialogs.ActionDialog(ws, action, parent=main),
        "indicator": lambda: actions_dialogs.IndicatorDialog(ws, action, parent=main),
        "measurement": lambda: actions_dialogs.MeasurementDialog(
            ws, uuid.uuid4(), False, parent=main
        ),
        "event": lambda: actions_dialogs.EventDialog(ws, event, parent=main),
        "meeting links": lambda: actions_dialogs.MeetingLinkDialog(ws, action, parent=main),
        "hire": lambda: actions_dialogs.HireDialog(ws, uuid.uuid4(), date(2026, 3, 1), main),
        "backup": lambda: BackupDialog(ws, parent=main),
        "retention": lambda: RetentionDialog(ws, parent=main),
        "audit": lambda: AuditView(ws, main),
        "new passphrase": lambda: NewPassphraseDialog(main, first_start=True),
        "change passphrase": lambda: NewPassphraseDialog(
            main, first_start=False, current="oud-wachtwoord"
        ),
        "unlock": lambda: UnlockDialog("kempen.db", main),
        "lock screen": lambda: UnlockPrompt(lambda _p: True, main),
        "shortcuts": lambda: help_dialogs.ShortcutsDialog(main, [], main),
        "guide": lambda: help_dialogs.GuideDialog("nl", main),
        "about": lambda: help_dialogs.AboutDialog("kempen.db", main),
        "case summary": lambda: DossierSummaryDialog(ws, dossiers, main),
        "inclusive employers": lambda: PartnerIndicatorDialog(ws, main),
        "settings": lambda: SettingsDialog(ws, parent=main),
    }


def _pages(dialog: QWidget) -> Iterator[str]:
    """Show each page of a dialog with pages (tabs, steps, wizard pages); yields its name."""
    from PySide6.QtWidgets import QWizard

    if isinstance(dialog, QWizard):
        dialog.restart()
        for step in range(len(dialog.pageIds())):
            yield f"page {step}"
            if not dialog.currentPage().isComplete():
                for button in ("no_encryption",):  # the one choice the first page asks for
                    if hasattr(dialog, button):
                        getattr(dialog, button).setChecked(True)
            dialog.next()
        return
    pages = getattr(dialog, "pages", None)
    if pages is not None and hasattr(pages, "count"):  # the import wizard's steps, tabs
        # The import wizard builds its later steps on the event loop's next turns, and shows
        # a step with its buttons (Vorige beside Volgende).
        getattr(dialog, "_build_later_pages", lambda: None)()
        show = getattr(dialog, "_show_page", pages.setCurrentIndex)
        for page in range(pages.count()):
            show(page)
            yield f"step {page}"


def _bare_ampersands(window: QWidget) -> list[str]:
    """Labels showing their '&': an Alt-letter without a field to go to (a form row holding a
    layout gets no buddy), so the '&' is drawn and Alt does nothing."""
    from PySide6.QtGui import Qt as GuiQt

    found = []
    for label in window.findChildren(QLabel):
        if label.window() is not window or not label.isVisibleTo(window) or label.buddy():
            continue
        text, kind = label.text(), label.textFormat()
        if kind == Qt.TextFormat.RichText or (
            kind == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
        ):
            continue  # '&' starts an entity there
        if mnemonic(text):
            found.append(f"{window.windowTitle()}: the label {text!r} shows its '&'")
    return found


def _problems(window: QWidget) -> list[str]:
    return clashes(window) + _bare_ampersands(window)


def _walk(qtbot, window: MainWindow) -> list[str]:  # type: ignore[no-untyped-def]
    """Every Alt-letter clash, and every label showing its '&', in the main window (each tab)
    and in every dialog (each page)."""
    found: list[str] = []
    for index in range(window.tabs.count()):  # each tab's page shows with the menu bar
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        found += _problems(window)
    for name, build in _dialogs(window).items():
        dialog = build()
        qtbot.addWidget(dialog)
        dialog.show()
        found += [f"[{name}] {problem}" for problem in _problems(dialog)]
        for page in _pages(dialog):
            found += [f"[{name} {page}] {problem}" for problem in _problems(dialog)]
        dialog.close()
    return sorted(set(found))


def test_no_window_or_dialog_uses_an_alt_letter_twice(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    found = _walk(qtbot, window)
    assert not found, "\n".join(found)


def test_no_alt_letter_twice_in_english_either(qtbot, workspace: Workspace, keyboard: None) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QTranslator

    from kempen_desktop.resources_location import resource_root

    translator = QTranslator()
    assert translator.load(str(resource_root() / "translations" / "kempen_en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        workspace.dossiers.create(DossierInput(last_name="Janssens", first_name="Mila"))
        main = MainWindow(workspace)
        qtbot.addWidget(main)
        main.show()
        found = _walk(qtbot, main)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert not found, "\n".join(found)


def test_first_run_wizard_pages_use_an_alt_letter_once(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "kempen.db")
    qtbot.addWidget(wizard)
    wizard.show()
    found: list[str] = []
    for page in _pages(wizard):
        found += [f"[{page}] {clash}" for clash in clashes(wizard)]
    wizard.close()
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
