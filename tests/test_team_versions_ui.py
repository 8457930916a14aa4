"""The conflict dialog (issue 19): two users edit the same dossier or partner; the second
save shows the fields both changed, and what the user picks per field is what is stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.partners.partners import PartnerInput
from kempen_desktop.ui.common import conflict_dialog
from kempen_desktop.ui.common.conflict_dialog import MERGED, MINE, THEIRS, ConflictDialog
from kempen_desktop.ui.dossiers.dossier_dialog import DossierDialog
from kempen_desktop.ui.dossiers.dossiers_tab import DossiersTab
from kempen_desktop.ui.partners.partner_dialog import PartnerDialog

SHOTS = Path(__file__).parent.parent / "build" / "screenshots"


@pytest.fixture
def other_user(database: Database) -> Any:
    """A second app on the same database file (another user, or the command line)."""
    other = open_database(Path(database.location))
    yield Workspace(other)
    other.close()


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Answer the conflict dialog as a user would: `answer["pick"]` per field."""
    seen: dict[str, Any] = {"dialogs": []}

    def exec_(dialog: ConflictDialog) -> int:
        seen["dialogs"].append(dialog)
        dialog.adjustSize()
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "conflict_dialog.png"))
        for name, (which, text) in seen.get("pick", {}).items():
            dialog.choose(name, which, text)
        return int(QDialog.DialogCode.Accepted if seen.get("accept", True) else 0)

    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", exec_)
    return seen


def _edit_in_tab(qtbot: Any, workspace: Workspace) -> DossierDialog:
    tab = DossiersTab(workspace)
    workspace.subscribe(tab.on_changes)
    qtbot.addWidget(tab)
    tab.select_row(0)
    tab.edit_dossier()
    dialog = tab.current_dialog
    assert isinstance(dialog, DossierDialog)
    return dialog


def _open_dossier_then_other_saves(qtbot: Any, workspace: Workspace, other: Workspace) -> Any:
    dossier_id = workspace.dossiers.create(
        DossierInput(last_name="Peeters", first_name="An", phone="014 11 11 11")
    )
    dialog = _edit_in_tab(qtbot, workspace)
    theirs = other.dossiers.get(dossier_id).data
    theirs.phone, theirs.situation = "011 22 22 22", "Zoekt werk in Geel"
    other.dossiers.save_edit(dossier_id, theirs, base=other.dossiers.get(dossier_id).data)
    dialog.phone.setText("0470 12 34 56")
    dialog.email.setText("an@example.be")
    return dossier_id, dialog


@pytest.mark.parametrize(
    ("pick", "phone"),
    [
        ((MINE, None), "0470 12 34 56"),
        ((THEIRS, None), "011 22 22 22"),
        ((MERGED, "011 22 22 22 of 0470 12 34 56"), "011 22 22 22 of 0470 12 34 56"),
    ],
)
def test_dossier_dialog_asks_per_field_and_stores_the_choice(
    qtbot: Any,
    workspace: Workspace,
    other_user: Workspace,
    answer: dict[str, Any],
    pick: tuple[int, str | None],
    phone: str,
) -> None:
    dossier_id, dialog = _open_dossier_then_other_saves(qtbot, workspace, other_user)
    answer["pick"] = {"phone": pick}
    dialog.try_save()

    [shown] = answer["dialogs"]
    assert list(shown.rows) == ["phone"]  # only the field both changed is asked
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = other_user.dossiers.get(dossier_id).data
    assert stored.phone == phone
    assert stored.email == "an@example.be"  # mine only: merged without asking
    assert stored.situation == "Zoekt werk in Geel"  # theirs only: kept


def test_cancelling_the_conflict_dialog_saves_nothing_and_keeps_the_form_open(
    qtbot: Any, workspace: Workspace, other_user: Workspace, answer: dict[str, Any]
) -> None:
    dossier_id, dialog = _open_dossier_then_other_saves(qtbot, workspace, other_user)
    answer["accept"] = False
    dialog.try_save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "iemand anders" in dialog.summary.text()
    stored = workspace.dossiers.get(dossier_id).data
    assert (stored.phone, stored.email) == ("011 22 22 22", "")


def test_the_conflict_dialog_names_fields_and_shows_values_as_the_form_does(
    qtbot: Any, workspace: Workspace, other_user: Workspace, answer: dict[str, Any]
) -> None:
    _dossier_id, dialog = _open_dossier_then_other_saves(qtbot, workspace, other_user)
    dialog.try_save()
    [shown] = answer["dialogs"]
    texts = {b.text() for b in shown.rows["phone"].group.buttons()}
    assert {"011 22 22 22", "0470 12 34 56"} <= texts
    assert shown.windowTitle() == "Intussen gewijzigd door iemand anders"


@pytest.mark.parametrize(("pick", "phone"), [(MINE, "014 3"), (THEIRS, "014 2")])
def test_partner_dialog_asks_per_field_and_stores_the_choice(
    qtbot: Any,
    workspace: Workspace,
    other_user: Workspace,
    answer: dict[str, Any],
    pick: int,
    phone: str,
) -> None:
    partner_id = workspace.partners.create(
        PartnerInput(name="Bakkerij Smets", partner_type_code="werkgever", phone="014 1")
    )
    choices = workspace.partners.form_choices()
    dialog = PartnerDialog(workspace, choices.types, choices.municipalities, partner_id=partner_id)
    qtbot.addWidget(dialog)
    base = other_user.partners.get(partner_id)
    theirs = PartnerInput(**{**vars(base), "phone": "014 2", "sector": "Voeding"})
    other_user.partners.update(partner_id, theirs, changed=["phone", "sector"], base=base)
    dialog.phone.setText("014 3")
    dialog.email.setText("info@smets.be")
    answer["pick"] = {"phone": (pick, None)}
    dialog._save()

    [shown] = answer["dialogs"]
    assert list(shown.rows) == ["phone"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = other_user.partners.get(partner_id)
    assert (stored.phone, stored.email, stored.sector) == (phone, "info@smets.be", "Voeding")
