"""Partner changes reach the other screens through the one path (workspace → main window →
every tab's on_changes), without F5: a new partner is offered by the meeting dialog and by
the dossier form; a renamed code-list entry shows its new label in the pickers elsewhere."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from kempen_desktop.app import Workspace
from kempen_desktop.ui.dossiers.dossier_dialog import DossierDialog
from kempen_desktop.ui.main_window import MainWindow
from kempen_desktop.ui.meetings.meeting_dialog import MeetingDialog
from kempen_desktop.ui.partners.code_list_dialog import CodeListDialog
from kempen_desktop.ui.partners.partner_dialog import PartnerDialog


@pytest.fixture
def window(qtbot, workspace: Workspace, inline_operations):  # type: ignore[no-untyped-def]
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    return win


def _opened(monkeypatch, cls):  # type: ignore[no-untyped-def]
    """exec() only records the dialog (as the user would see it) and cancels."""
    seen = []
    monkeypatch.setattr(cls, "exec", lambda self: seen.append(self) or 0)
    return seen


def _new_partner(monkeypatch, window, name: str) -> None:  # type: ignore[no-untyped-def]
    def fake_exec(dialog: PartnerDialog) -> int:
        dialog.name.setText(name)
        dialog.type.setCurrentIndex(dialog.type.findData("werkgever"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(PartnerDialog, "exec", fake_exec)
    window.tabs.setCurrentWidget(window.partners)
    window.partners.new_button.click()


def test_a_new_partner_is_offered_by_the_meeting_dialog_and_the_dossier_form(window, monkeypatch):
    # Both tabs were looked at before: whatever they cached is from before the partner existed.
    for tab in (window.meetings, window.dossiers):
        window.tabs.setCurrentWidget(tab)
    _new_partner(monkeypatch, window, "Bakkerij Peeters")
    assert window.partners.current().name == "Bakkerij Peeters"
    partner_id = window.partners.current().id

    meetings = _opened(monkeypatch, MeetingDialog)
    window.tabs.setCurrentWidget(window.meetings)
    window.meetings.new_meeting()
    tree = meetings[0].picker.tree
    assert "Bakkerij Peeters" in [
        tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())
    ]

    dossiers = []
    monkeypatch.setattr(DossierDialog, "open", lambda self: dossiers.append(self))
    window.tabs.setCurrentWidget(window.dossiers)
    window.dossiers.new_dossier()
    assert dossiers[0].partner.findData(str(partner_id)) >= 0  # "Verantwoordelijke partner"


def test_a_renamed_code_list_entry_shows_its_new_label_elsewhere(window, monkeypatch):
    _new_partner(monkeypatch, window, "Bakkerij Peeters")
    monkeypatch.setattr(
        "PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("Onderneming", True)
    )

    def rename_werkgever(dialog: CodeListDialog) -> int:
        dialog.table.selectRow(next(i for i, r in enumerate(dialog._rows) if r.code == "werkgever"))
        dialog.rename_button.click()
        return 0

    monkeypatch.setattr(CodeListDialog, "exec", rename_werkgever)
    window.partners.manage_types()
    # The partner list, its filter and the partner form all say the new label.
    assert window.partners.current().type_label == "Onderneming"
    type_filter = window.partners.type_filter
    assert type_filter.itemText(type_filter.findData("werkgever")) == "Onderneming"
    forms = _opened(monkeypatch, PartnerDialog)
    window.partners.new_partner()
    assert forms[0].type.itemText(forms[0].type.findData("werkgever")) == "Onderneming"

    # A kind of meeting renamed from the Overlegmomenten tab: the meeting dialog offers it so.
    window.workspace.code_lists.rename("meeting_types", "stuurgroep", "Stuurgroep Kempen")
    meetings = _opened(monkeypatch, MeetingDialog)
    window.tabs.setCurrentWidget(window.meetings)
    window.meetings.new_meeting()
    combo = meetings[0].type_combo
    assert combo.itemText(combo.findData("stuurgroep")) == "Stuurgroep Kempen"
