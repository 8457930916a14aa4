"""Importing a list through the real wizard: preview before writing, apply, undo."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.importing import FIELD_KEYS
from kempen_desktop.ui.importing.import_history import ImportHistoryDialog
from kempen_desktop.ui.importing.import_wizard import (
    PAGE_DONE,
    PAGE_MAPPING,
    PAGE_PREVIEW,
    ImportWizard,
)
from kempen_desktop.ui.main_window import MainWindow


def _vdab_list(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Lijst"
    sheet.append(["VDAB dienst intensieve begeleiding — export"])
    sheet.append([])
    sheet.append(
        ["INSZ", "Klantnummer", "Familienaam", "Voornaam", "Geboortedatum", "Postcode", "Gemeente"]
    )
    sheet.append(["85.07.30-033.28", "1234567", "PEETERS", "Jan", "30/07/1985", "2300", "Turnhout"])
    sheet.append(["", "7654321", "Janssens", "Mila", "01/03/2004", "2400", "Mol"])
    sheet.append(["85.07.30-033.29", "", "Fout", "Nummer", "30/07/1985", "", ""])
    sheet.append(["90.02.01-005.26", "5555555", "Maes", "Ella", "01/02/1990", "", ""])
    book.save(path)
    return path


def _people(database: Database) -> list[tuple]:
    with database.session() as session:
        return session.execute(
            text(
                "SELECT p.last_name, p.first_name, p.phone, p.vdab_number FROM person p ORDER BY "
                "p.last_name"
            )
        ).all()


def _walk_to_preview(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.profile_combo.setCurrentIndex(wizard.profile_combo.findData("VDAB"))
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PAGE_MAPPING, timeout=20_000)
    assert wizard.mapping_combos["insz"].currentData() == 0
    assert wizard.mapping_combos["last_name"].currentData() == 2
    assert wizard.header_row.value() == 3
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PAGE_PREVIEW, timeout=20_000)


def test_import_preview_apply_and_undo(
    qtbot,
    database: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Workspace(database).dossiers.create(
        DossierInput(last_name="Maes", first_name="Ella", insz="90020100526")
    )
    before = _people(database)
    wizard = ImportWizard(Workspace(database), _vdab_list(tmp_path / "vdab.xlsx"))
    qtbot.addWidget(wizard)
    wizard.show()
    _walk_to_preview(qtbot, wizard)
    assert _people(database) == before  # nothing written by the preview
    assert wizard.new_model.rowCount() == 2
    assert wizard.rejected_model.rowCount() == 1
    assert wizard.rejected_model.record(0).row == 6  # as the spreadsheet numbers it
    assert "controlecijfer" in wizard.rejected_model.record(0).reason
    assert wizard.changed_model.rowCount() == 1  # Maes gets her klantnummer
    assert "Nieuw (2)" in wizard.preview_tabs.tabText(0)
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.go_next()
    assert wizard.pages.currentIndex() == PAGE_DONE
    people = _people(database)
    assert [p[0] for p in people] == ["Janssens", "Maes", "Peeters"]
    assert ("Maes", "Ella", "", "5555555") in people

    history = ImportHistoryDialog(Workspace(database))
    qtbot.addWidget(history)
    assert history.model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    history.undo_selected()
    assert _people(database) == before
    assert not history.undo_button.isEnabled()


def test_dropping_a_list_opens_the_wizard(qtbot, database: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Workspace(database))
    qtbot.addWidget(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_vdab_list(tmp_path / "drop.xlsx")))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert isinstance(window.current_dialog, ImportWizard)
    assert window.current_dialog.path_edit.text().endswith("drop.xlsx")
    assert window.current_dialog.sheet_combo.currentText() == "Lijst"


def test_wizard_builds_later_steps_after_opening(qtbot, database: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Opening shows the first step at once; the later steps are built on the next turns
    of the event loop (issue 17: built with the dialog they froze the window), and a step's
    widget asked for before then is there all the same."""
    workspace = Workspace(database)
    wizard = ImportWizard(workspace, _vdab_list(tmp_path / "lijst.xlsx"))
    qtbot.addWidget(wizard)
    assert "mapping_combos" not in wizard.__dict__ and "preview" not in wizard.__dict__
    wizard.show()
    qtbot.waitUntil(lambda: "done_label" in wizard.__dict__)
    for page in (PAGE_MAPPING, PAGE_PREVIEW, PAGE_DONE):
        assert wizard.pages.widget(page).findChildren(QWidget), page  # no empty placeholder
    assert wizard.pages.count() == 4 and wizard.pages.currentIndex() == 0

    at_once = ImportWizard(workspace)
    qtbot.addWidget(at_once)
    assert sorted(at_once.mapping_combos)[:2] == sorted(FIELD_KEYS)[:2]
    assert at_once.pages.widget(PAGE_MAPPING).isAncestorOf(at_once.mapping_table)
    assert at_once.pages.widget(PAGE_DONE).isAncestorOf(at_once.done_label)
    with pytest.raises(AttributeError):
        at_once.no_such_widget  # noqa: B018 - an unknown name stays an error


def test_a_wizard_gone_at_once_leaves_no_build_behind(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(Workspace(database))
    wizard.deleteLater()  # before the event loop built its later steps
    qtbot.wait(100)  # the steps still planned went with it: nothing runs on a deleted dialog


def test_unreadable_file_gives_a_dutch_message(qtbot, database: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(b"PK\x03\x04 dit is geen echte werkmap")
    wizard = ImportWizard(Workspace(database), bad)
    qtbot.addWidget(wizard)
    assert wizard.error.isVisibleTo(wizard)
    assert wizard.error.text()
    assert not wizard.next_button.isEnabled()


def test_profile_exported_as_toml_loads_on_another_laptop(
    qtbot,
    database: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from kempen_desktop.services.importing import load_profile_toml

    wizard = ImportWizard(Workspace(database), _vdab_list(tmp_path / "vdab.xlsx"))
    qtbot.addWidget(wizard)
    wizard.profile_combo.setCurrentIndex(wizard.profile_combo.findData("VDAB"))
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PAGE_MAPPING, timeout=20_000)
    target = tmp_path / "mijn-vdab.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    wizard.export_profile()
    exported = load_profile_toml(target)
    assert exported.columns["insz"] == "INSZ" and exported.columns["last_name"] == "Familienaam"
    assert exported.header_row == 3 and exported.sheet == "Lijst"

    target.write_text(
        target.read_text(encoding="utf-8").replace('name = "VDAB"', 'name = "Collega VDAB"'),
        encoding="utf-8",
    )
    other = ImportWizard(Workspace(database))
    qtbot.addWidget(other)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    other.load_profile()
    assert other.profile_combo.currentText() == "Collega VDAB"
    assert Workspace(database).importing.profile("Collega VDAB").columns == exported.columns
