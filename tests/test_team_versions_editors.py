"""No silent overwrite in the other editors (issue 19): agenda items, action points, policy
actions and events, on one SQLite file and on PostgreSQL (two workspaces, as two users).

Each editor passes what it loaded (`base`): what the other saved meanwhile stays, mine is
written, a field both changed is refused and nothing of either is lost. Retention and an
import that only adds kansengroepen give the rows they change a new version.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from kempen_desktop.app import Workspace
from kempen_desktop.domain.merge import EditConflictError
from kempen_desktop.services.actions.actions import ActionInput
from kempen_desktop.services.actions.events import EventInput
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.importing.profiles import Profile
from kempen_desktop.services.meetings.action_points import ActionEdit, ActionFilter, Owner
from kempen_desktop.services.meetings.action_points import ActionInput as PointInput
from kempen_desktop.services.meetings.meetings import MeetingInput
from kempen_desktop.ui.actions.dialogs import ActionDialog, EventDialog
from kempen_desktop.ui.common import conflict_dialog
from kempen_desktop.ui.common.conflict_dialog import MINE, THEIRS, ConflictDialog
from kempen_desktop.ui.meetings.action_points_view import ActionPointDialog
from kempen_desktop.ui.meetings.agenda_editor import AgendaEditor
from tests.test_team_versions import _open, location, two

__all__ = ["_open", "location", "two"]


def _meeting(workspace: Workspace) -> object:
    return workspace.meetings.plan(
        MeetingInput(title="Cliëntoverleg", starts_at=datetime(2026, 12, 10, 9, 0))
    )


def _titles(workspace: Workspace, meeting_id: object) -> list[str]:
    return [item.title for item in workspace.meetings.get(meeting_id).agenda]  # type: ignore[arg-type]


def test_an_agenda_item_renamed_by_someone_else_is_not_renamed_over(
    two: tuple[Workspace, Workspace],
) -> None:
    ann, bert = two
    meeting_id = _meeting(ann)
    item_id = ann.meetings.add_free_item(meeting_id, "Varia")  # type: ignore[arg-type]
    shown = "Varia"  # what Ann's agenda editor shows
    bert.meetings.rename_item(item_id, "Rondvraag", base=shown)
    with pytest.raises(EditConflictError) as raised:
        ann.meetings.rename_item(item_id, "Allerlei", base=shown)
    assert [(c.base, c.theirs, c.mine) for c in raised.value.conflicts] == [
        ("Varia", "Rondvraag", "Allerlei")
    ]
    assert "Rondvraag" in _titles(bert, meeting_id)  # Bert's title stays
    ann.meetings.rename_item(item_id, "Rondvraag", base=shown)  # the same edit: no conflict
    assert "Rondvraag" in _titles(ann, meeting_id)


def test_action_point_edits_merge_and_a_field_both_changed_is_refused(
    two: tuple[Workspace, Workspace],
) -> None:
    ann, bert = two
    point_id = ann.action_points.create(PointInput("Cv nakijken", Owner.regisseur()))
    opened = ActionEdit("Cv nakijken", Owner.regisseur(), None)  # both editors open it
    bert.action_points.update(
        point_id, "Cv nakijken", Owner.regisseur(), date(2026, 12, 24), base=opened
    )
    with pytest.raises(EditConflictError) as raised:
        ann.action_points.update(
            point_id, "Cv nakijken", Owner.regisseur(), date(2026, 12, 31), base=opened
        )
    assert raised.value.fields == ["deadline"]
    ann.action_points.update(  # another field: merged with Bert's deadline
        point_id, "Cv en motivatiebrief nakijken", Owner.regisseur(), None, base=opened
    )
    (row,) = bert.action_points.rows(ActionFilter())
    assert (row.description, row.deadline) == ("Cv en motivatiebrief nakijken", date(2026, 12, 24))


def test_policy_action_edits_merge_and_a_field_both_changed_is_refused(
    two: tuple[Workspace, Workspace],
) -> None:
    ann, bert = two
    action_id = ann.actions.save(ActionInput("1.1", "Kansengroepen aan het werk"))
    opened = ann.actions.get(action_id)
    bert.actions.save(replace(opened, responsible="Bert"), action_id, base=opened)
    with pytest.raises(EditConflictError) as raised:
        ann.actions.save(replace(opened, responsible="Ann"), action_id, base=opened)
    assert raised.value.fields == ["responsible"]
    assert bert.actions.get(action_id).responsible == "Bert"  # not overwritten
    ann.actions.save(replace(opened, priority=True), action_id, base=opened)
    stored = bert.actions.get(action_id)
    assert (stored.responsible, stored.priority) == ("Bert", True)
    # The conflict carries what a choice is saved over: Ann's value, then both kept.
    conflict = raised.value
    assert conflict.merged is not None and conflict.theirs is not None
    ann.actions.save(replace(stored, responsible="Ann"), action_id, base=stored)
    assert bert.actions.get(action_id) == replace(stored, responsible="Ann")


def test_event_edits_merge_by_field_and_by_member_and_conflict_on_the_same_field(
    two: tuple[Workspace, Workspace],
) -> None:
    ann, bert = two
    event_id = ann.actions.save_event(EventInput("jobevent", "Jobbeurs Geel", date(2026, 3, 1)))
    opened = ann.actions.event(event_id)
    bert.actions.save_event(
        replace(opened, location="Geel", target_groups=frozenset({"leefloon"})),
        event_id,
        base=opened,
    )
    with pytest.raises(EditConflictError) as raised:
        ann.actions.save_event(replace(opened, location="Mol"), event_id, base=opened)
    assert raised.value.fields == ["location"]
    ann.actions.save_event(
        replace(opened, visitors=120, target_groups=frozenset({"kortgeschoold"})),
        event_id,
        base=opened,
    )
    stored = bert.actions.event(event_id)
    assert (stored.location, stored.visitors) == ("Geel", 120)
    assert stored.target_groups == {"leefloon", "kortgeschoold"}  # both additions kept


def test_anonymising_gives_agenda_items_and_action_points_a_new_version(
    two: tuple[Workspace, Workspace],
    location: str,
) -> None:
    if location.startswith("postgresql"):
        pytest.skip("retention keeps a local safety backup first: the SQLite file only")
    ann, bert = two
    dossier_id = ann.dossiers.create(DossierInput(last_name="Peeters", first_name="An"))
    meeting_id = _meeting(ann)
    (item_id,) = ann.meetings.add_dossiers(meeting_id, [(dossier_id, "")])  # type: ignore[arg-type]
    point_id = ann.action_points.create(
        PointInput("Bellen met An Peeters", Owner.regisseur(), dossier_id=dossier_id)
    )
    before = _versions(ann, item_id, point_id)
    shown_title = _titles(ann, meeting_id)[0]  # an agenda editor still open on it
    opened = ActionEdit("Bellen met An Peeters", Owner.regisseur(), None)

    assert bert.trust.anonymise([dossier_id], today=date(2026, 12, 1)) == 1

    after = _versions(ann, item_id, point_id)
    assert all(new == old + 1 for new, old in zip(after, before, strict=True))
    with pytest.raises(EditConflictError):  # the old title is not written back
        ann.meetings.rename_item(item_id, "Dossier An Peeters", base=shown_title)
    # A form that changed only the deadline keeps the anonymised text.
    ann.action_points.update(
        point_id, "Bellen met An Peeters", Owner.regisseur(), date(2027, 1, 5), base=opened
    )
    (row,) = ann.action_points.rows(ActionFilter(open_only=False))
    assert "Peeters" not in row.description and row.deadline == date(2027, 1, 5)


def _versions(workspace: Workspace, item_id: object, point_id: object) -> tuple[int, int]:
    from sqlalchemy import select

    from kempen_desktop.db.models import ActionPoint, AgendaItem

    with workspace._database.session() as session:
        item = session.scalar(select(AgendaItem.version).where(AgendaItem.id == item_id))
        point = session.scalar(select(ActionPoint.version).where(ActionPoint.id == point_id))
    assert item is not None and point is not None
    return item, point


def test_an_import_that_only_adds_a_kansengroep_moves_the_dossiers_version(
    two: tuple[Workspace, Workspace],
    tmp_path: Path,
) -> None:
    ann, bert = two
    dossier_id = ann.dossiers.create(
        DossierInput(last_name="Peeters", first_name="Jan", insz="85073003328")
    )
    opened = ann.dossiers.get(dossier_id)
    book = openpyxl.Workbook()
    book.active.append(["INSZ", "Naam", "Voornaam"])
    book.active.append(["85.07.30-033.28", "Peeters", "Jan"])
    book.save(tmp_path / "lijst.xlsx")
    profile = Profile(
        "OCMW Geel",
        "OCMW",
        {"insz": "INSZ", "last_name": "Naam", "first_name": "Voornaam"},
        target_groups=["leefloon"],
    )
    bert.importing.apply(bert.importing.plan(tmp_path / "lijst.xlsx", profile))

    stored = ann.dossiers.get(dossier_id)
    assert stored.data.target_groups == {"leefloon"}
    assert stored.version > opened.version  # a form opened before the import merges with it
    ann.dossiers.save_edit(dossier_id, replace(opened.data, phone="014 22 33 44"), base=opened.data)
    stored = bert.dossiers.get(dossier_id)
    assert (stored.data.target_groups, stored.data.phone) == ({"leefloon"}, "014 22 33 44")


# --- the editors themselves (one SQLite file, two apps) -------------------------------------


@pytest.fixture
def other_user(database: Database) -> Iterator[Workspace]:
    """A second app on the same database file (another user)."""
    other = open_database(Path(database.location))
    yield Workspace(other)
    other.close()


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Answer the conflict dialog as a user would: `answer["pick"]` per field."""
    seen: dict[str, Any] = {"dialogs": []}

    def exec_(dialog: ConflictDialog) -> int:
        seen["dialogs"].append(dialog)
        for name, which in seen.get("pick", {}).items():
            dialog.choose(name, which)
        return int(QDialog.DialogCode.Accepted if seen.get("accept", True) else 0)

    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", exec_)
    return seen


def test_action_dialog_merges_and_asks_for_the_field_both_changed(
    qtbot: Any, database: Database, other_user: Workspace, answer: dict[str, Any]
) -> None:
    mine = Workspace(database)
    action_id = mine.actions.save(ActionInput("1.1", "Kansengroepen aan het werk"))
    dialog = ActionDialog(mine, action_id)
    qtbot.addWidget(dialog)
    opened = other_user.actions.get(action_id)
    other_user.actions.save(
        replace(opened, responsible="Bert", long_description="Met de OCMW's"),
        action_id,
        base=opened,
    )
    dialog.responsible.setText("Ann")
    dialog.priority.setChecked(True)
    answer["pick"] = {"responsible": MINE}
    dialog._save()

    assert list(answer["dialogs"][0].rows) == ["responsible"]  # only the field both changed
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = other_user.actions.get(action_id)
    assert (stored.responsible, stored.priority, stored.long_description) == (
        "Ann",
        True,
        "Met de OCMW's",
    )


def test_event_dialog_cancelled_conflict_saves_nothing_and_says_so(
    qtbot: Any,
    database: Database,
    other_user: Workspace,
    answer: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mine = Workspace(database)
    event_id = mine.actions.save_event(EventInput("jobevent", "Jobbeurs Geel", date(2026, 3, 1)))
    dialog = EventDialog(mine, event_id)
    qtbot.addWidget(dialog)
    opened = other_user.actions.event(event_id)
    other_user.actions.save_event(replace(opened, location="Geel"), event_id, base=opened)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )
    dialog.location.setText("Mol")
    dialog.visitors.setValue(80)
    answer["accept"] = False
    dialog._save()

    assert warnings == ["Iemand anders heeft dit intussen gewijzigd — opnieuw openen"]
    assert dialog.result() != QDialog.DialogCode.Accepted
    stored = other_user.actions.event(event_id)
    assert (stored.location, stored.visitors) == ("Geel", None)  # nothing of mine written


def test_action_point_dialog_keeps_their_deadline_when_chosen_and_writes_my_text(
    qtbot: Any, database: Database, other_user: Workspace, answer: dict[str, Any]
) -> None:
    mine = Workspace(database)
    point_id = mine.action_points.create(PointInput("Cv nakijken", Owner.regisseur()))
    (record,) = mine.action_points.rows(ActionFilter())
    dialog = ActionPointDialog(mine, record)
    qtbot.addWidget(dialog)
    other_user.action_points.update(
        point_id,
        "Cv nakijken",
        Owner.regisseur(),
        date(2026, 12, 24),
        base=ActionEdit("Cv nakijken", Owner.regisseur(), None),
    )
    dialog.description.setText("Cv en brief nakijken")
    dialog.deadline.set_value(date(2026, 12, 31))
    answer["pick"] = {"deadline": THEIRS}
    dialog._save()

    assert list(answer["dialogs"][0].rows) == ["deadline"]
    (row,) = other_user.action_points.rows(ActionFilter())
    assert (row.description, row.deadline) == ("Cv en brief nakijken", date(2026, 12, 24))


def test_agenda_editor_does_not_rename_over_someone_elses_title(
    qtbot: Any, database: Database, other_user: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = Workspace(database)
    meeting_id = _meeting(mine)
    item_id = mine.meetings.add_free_item(meeting_id, "Varia")  # type: ignore[arg-type]
    editor = AgendaEditor(mine, meeting_id)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    other_user.meetings.rename_item(item_id, "Rondvraag", base="Varia")
    editor.agenda.setCurrentRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Allerlei", True))
    editor.rename_current()

    assert not editor.error.isHidden()
    assert editor.error.text() == "Iemand anders heeft dit intussen gewijzigd — opnieuw openen"
    assert _titles(other_user, meeting_id) == ["Rondvraag"]
    assert editor.agenda.item(0).text().endswith("Rondvraag")  # the list shows theirs now


def test_undoing_a_rename_does_not_undo_someone_elses_later_title(
    qtbot: Any, database: Database, other_user: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = Workspace(database)
    meeting_id = _meeting(mine)
    item_id = mine.meetings.add_free_item(meeting_id, "Varia")  # type: ignore[arg-type]
    editor = AgendaEditor(mine, meeting_id)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.agenda.setCurrentRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Allerlei", True))
    editor.rename_current()
    other_user.meetings.rename_item(item_id, "Rondvraag", base="Allerlei")
    editor.undo_stack.undo()

    assert editor.error.text() == "Iemand anders heeft dit intussen gewijzigd — opnieuw openen"
    assert _titles(other_user, meeting_id) == ["Rondvraag"]
