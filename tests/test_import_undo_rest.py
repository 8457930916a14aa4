"""Issue 15: undo lists every dossier later work touched and offers to undo the rest (every
dossier of the import that nothing touched since), in one audited transaction; the touched
ones stay and can be undone with the rest later, once the later work is gone."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

import pytest
from import_helpers import count, dump, make_insz, write_xlsx
from PySide6.QtWidgets import QMessageBox

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.importing import (
    ImportFailed,
    ImportUndoError,
    apply_plan,
    builtin_profiles,
    plan_import,
    undo_batch,
    undo_check,
)
from kempen_desktop.ui.importing.import_history import ImportHistoryDialog
from kempen_desktop.ui.importing.undo_conflict import UndoConflictDialog

VDAB = builtin_profiles()[0]
PEETERS = make_insz(date(1985, 7, 30))


def _setup(database: Database, tmp_path: Path) -> tuple[uuid.UUID, Path]:
    peeters = Workspace(database).dossiers.create(
        DossierInput(last_name="Peeters", first_name="Jan", insz=PEETERS)
    )
    path = write_xlsx(
        tmp_path / "vdab.xlsx",
        [
            [PEETERS, 1234567, "PEETERS", "JAN", None, "2400", "Mol", "0471 00 00 00", None],
            [make_insz(date(2004, 2, 3), 12), None, "Yilmaz", "Ayse", None, "2300"],
            [None, None, "Nieuw", "Iemand", "05/06/1977"],
            [None, None, "Claes", "Lotte", "06/07/1988"],
        ],
    )
    return peeters, path


def _names(database: Database) -> list[str]:
    with database.session() as session:
        from sqlalchemy import text

        return [row[0] for row in session.execute(text("SELECT last_name FROM person ORDER BY 1"))]


def _touch(database: Database, plan, peeters: uuid.UUID) -> list[int]:  # type: ignore[no-untyped-def]
    """Later work: Peeters edited, a note on the first created dossier."""
    service = Workspace(database).dossiers
    data = service.get(peeters).data
    data.email = "jan@voorbeeld.be"
    service.update(peeters, data)
    created = [r for r in plan.rows if r.kind == "new"]
    service.add_timeline_entry(created[0].dossier_id, "note", "Bel", "Terugbellen.")
    return sorted([1, created[0].dossier_num])


def test_check_lists_every_dossier_and_the_rest_is_undone(
    database: Database, tmp_path: Path
) -> None:
    peeters, path = _setup(database, tmp_path)
    plan = plan_import(database, path, VDAB)
    assert plan.counts()["created"] == 3 and plan.counts()["updated"] == 1
    batch = apply_plan(database, plan)
    touched = _touch(database, plan, peeters)
    check = undo_check(database, batch)
    assert check.blocked == touched == [1, 2] and check.undoable == 2
    with pytest.raises(ImportUndoError) as caught:
        undo_batch(database, batch)
    assert caught.value.dossiers == touched

    result = undo_batch(database, batch, keep_edited=True)
    assert (result.removed, result.restored, result.kept) == (2, 0, [1, 2])
    # The two untouched new dossiers are gone; Peeters keeps what the import filled in and
    # the user's e-mail; Yilmaz keeps her note and her import entry.
    assert _names(database) == ["Peeters", "Yilmaz"]
    assert count(database, "SELECT phone FROM person WHERE last_name = 'Peeters'") != ""
    assert count(database, "SELECT count(*) FROM timeline_entry WHERE kind = 'import'") == 2
    info = Workspace(database).importing.batch(batch)
    assert info.status == "deels ongedaan" and info.undone_at is not None
    assert count(database, "SELECT detail FROM audit_entry WHERE action = 'import.undo_rest'") == (
        "2 verwijderd, 0 hersteld, 2 behouden (na de import gewijzigd)"
    )
    # Nothing left that nothing touched: the rest cannot be undone twice.
    with pytest.raises(ImportUndoError, match="Er blijft niets over"):
        undo_batch(database, batch, keep_edited=True)


def test_the_rest_of_an_import_after_a_later_import_then_all_of_it(
    database: Database, tmp_path: Path
) -> None:
    _, path = _setup(database, tmp_path)
    before = dump(database)
    first = apply_plan(database, plan_import(database, path, VDAB))
    second_file = write_xlsx(
        tmp_path / "tweede.xlsx",
        [[PEETERS, None, "Peeters", "Jan", None, None, None, "0499 99 99 99", "Anderstalig"]],
    )
    second = apply_plan(database, plan_import(database, second_file, VDAB, mode="overwrite"))
    assert undo_check(database, first).blocked == [1]
    assert undo_batch(database, first, keep_edited=True).kept == [1]
    assert _names(database) == ["Peeters"]
    # The later import goes, and then what is left of the first: back to the start.
    undo_batch(database, second)
    assert undo_check(database, first).blocked == []
    undo_batch(database, first)
    assert dump(database) == before
    assert Workspace(database).importing.batch(first).status == "ongedaan"
    with pytest.raises(ImportFailed, match="al ongedaan"):
        undo_check(database, first)


def test_history_dialog_lists_all_and_undoes_the_rest(
    qtbot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    peeters, path = _setup(database, tmp_path)
    plan = plan_import(database, path, VDAB)
    apply_plan(database, plan)
    _touch(database, plan, peeters)
    history = ImportHistoryDialog(Workspace(database))
    qtbot.addWidget(history)
    seen: list[UndoConflictDialog] = []

    def choose_the_rest(dialog: UndoConflictDialog) -> int:
        seen.append(dialog)
        dialog.grab().save(str(tmp_path / "conflict.png"))
        dialog.rest_button.click()
        return dialog.result()

    monkeypatch.setattr(UndoConflictDialog, "exec", choose_the_rest)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    history.undo_selected()
    listed = [seen[0].dossiers.item(i).text() for i in range(seen[0].dossiers.count())]
    assert listed == ["Dossier 1", "Dossier 2"]
    assert "2 dossier(s)" in seen[0].explanation.text()
    assert "De 2 andere dossier(s)" in seen[0].offer.text()
    assert _names(database) == ["Peeters", "Yilmaz"]
    assert "Behouden zoals ze nu zijn: dossier(s) 1, 2." in told[0]
    assert history.model.record(0).status == "deels ongedaan"
    assert "Deels ongedaan" in history.model.index(0, 6).data()
    assert history.undo_button.isEnabled()  # the rest of it, once the later work is gone


def test_history_dialog_cancel_changes_nothing(
    qtbot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    peeters, path = _setup(database, tmp_path)
    plan = plan_import(database, path, VDAB)
    apply_plan(database, plan)
    _touch(database, plan, peeters)
    snapshot = dump(database)
    history = ImportHistoryDialog(Workspace(database))
    qtbot.addWidget(history)
    monkeypatch.setattr(UndoConflictDialog, "exec", lambda self: 0)
    history.undo_selected()
    assert dump(database) == snapshot


def test_cli_lists_every_dossier_and_undoes_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "k.db"
    people = [[None, None, f"Naam{i:02d}", "Voornaam", f"01/02/19{70 + i}"] for i in range(13)]
    path = write_xlsx(tmp_path / "lijst.xlsx", people)
    assert main(["--db", str(db), "import", str(path), "--json"]) == 0
    batch = json.loads(capsys.readouterr()[0])["batch"]
    database = open_database(db)
    workspace = Workspace(database)
    with database.session() as session:
        from sqlalchemy import text

        ids = session.execute(text("SELECT id FROM dossier ORDER BY num LIMIT 12")).scalars()
        ids = [uuid.UUID(hex=str(i)) for i in ids]
    for dossier_id in ids:
        workspace.dossiers.add_timeline_entry(dossier_id, "note", "Bel", "Terugbellen.")
    database.close()

    assert main(["--db", str(db), "import", "--undo", batch]) != 0
    err = capsys.readouterr()[1]
    assert "en 2 andere" in err and "Alle dossiers: 1, 2, 3" in err and ", 12." in err
    assert "--rest" in err
    assert main(["--db", str(db), "import", str(path), "--rest"]) != 0
    assert "--rest hoort bij --undo" in capsys.readouterr()[1]

    assert main(["--db", str(db), "import", "--undo", batch, "--rest", "--json"]) == 0
    out = json.loads(capsys.readouterr()[0])
    assert out == {"undone": batch, "removed": 1, "restored": 0, "kept": list(range(1, 13))}
    database = open_database(db)
    assert count(database, "SELECT count(*) FROM dossier") == 12
    database.close()


def _decisions(database: Database) -> list[str]:
    from sqlalchemy import text

    with database.session() as session:
        return sorted(
            row[0]
            for row in session.execute(
                text(
                    "SELECT p.last_name FROM import_decision i "
                    "JOIN dossier d ON d.id = i.dossier_id "
                    "JOIN person p ON p.id = d.person_id WHERE i.decision = 'merge'"
                )
            )
        )


def test_the_rest_keeps_the_decisions_of_the_kept_dossiers_only(
    database: Database, tmp_path: Path
) -> None:
    """'Zelfde persoon' decisions stay with the dossiers that stay; the others are forgotten
    with the rest (asked again at the next import)."""
    service = Workspace(database).dossiers
    marieke = service.create(
        DossierInput(last_name="Vandenbussche", first_name="Marieke", birth_date=date(1980, 3, 12))
    )
    service.create(
        DossierInput(last_name="Verhoeven", first_name="Tom", birth_date=date(1970, 1, 1))
    )
    header = ["INSZ", "Klantnummer", "Naam", "Voornaam", "Geboortedatum", "Straat", "Postcode"]
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            ["", "", "Vandenbusche", "Marieke", "12/03/1980", "Markt 1", ""],
            ["", "", "Verhoeve", "Tom", "01/01/1970", "Kerkstraat 2", ""],
            ["", "", "Nieuw", "Iemand", "01/01/1990", "", ""],
        ],
        header=header,
    )
    plan = plan_import(database, path, VDAB)
    assert [r.kind for r in plan.rows] == ["review", "review", "new"]
    batch = apply_plan(database, plan, {4: "merge", 5: "merge"})
    assert _decisions(database) == ["Vandenbussche", "Verhoeven"]
    service.add_timeline_entry(marieke, "note", "Bel", "Terugbellen.")
    result = undo_batch(database, batch, keep_edited=True)
    assert result.kept == [1] and (result.removed, result.restored) == (1, 1)
    assert _decisions(database) == ["Vandenbussche"]
    assert count(database, "SELECT street FROM person WHERE last_name = 'Verhoeven'") == ""
    assert count(database, "SELECT count(*) FROM dossier") == 2


def test_a_deleted_dossier_is_not_in_the_way(database: Database, tmp_path: Path) -> None:
    """The import changed Peeters, the user deleted him since: his change record went with
    him, so nothing of him blocks and the whole batch can be undone."""
    peeters, path = _setup(database, tmp_path)
    batch = apply_plan(database, plan_import(database, path, VDAB))
    Workspace(database).dossiers.delete(peeters)
    assert undo_check(database, batch).blocked == []
    result = undo_batch(database, batch, keep_edited=True)
    assert result.kept == [] and result.removed == 3
    assert Workspace(database).importing.batch(batch).status == "ongedaan"
    assert count(database, "SELECT count(*) FROM dossier") == 0


def test_history_dialog_undoes_what_is_left_once_the_later_import_is_gone(
    qtbot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _, path = _setup(database, tmp_path)
    before = dump(database)
    first = apply_plan(database, plan_import(database, path, VDAB))
    second_file = write_xlsx(
        tmp_path / "tweede.xlsx",
        [[PEETERS, None, "Peeters", "Jan", None, None, None, "0499 99 99 99", "Anderstalig"]],
    )
    apply_plan(database, plan_import(database, second_file, VDAB, mode="overwrite"))
    history = ImportHistoryDialog(Workspace(database))
    qtbot.addWidget(history)

    def choose_the_rest(dialog: UndoConflictDialog) -> int:
        dialog.rest_button.click()
        return dialog.result()

    monkeypatch.setattr(UndoConflictDialog, "exec", choose_the_rest)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    asked: list[str] = []

    def yes(_parent, _title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    row_of = {history.model.record(r).id: r for r in range(history.model.rowCount())}
    history.table.selectRow(row_of[first])
    history.undo_selected()  # blocked by the later import: the rest
    assert Workspace(database).importing.batch(first).status == "deels ongedaan"
    history.table.selectRow(0 if history.model.record(0).id != first else 1)
    history.undo_selected()  # the later import
    row_of = {history.model.record(r).id: r for r in range(history.model.rowCount())}
    history.table.selectRow(row_of[first])
    history.undo_selected()  # what is left of the first
    assert asked[-1].startswith("Wat nog overblijft van de import van vdab.xlsx ongedaan maken?")
    assert "1 dossier(s)" in asked[-1]
    assert dump(database) == before
    assert Workspace(database).importing.batch(first).status == "ongedaan"
