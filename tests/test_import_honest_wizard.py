"""Issue 15 in the wizard: the Verschilt tab, the compact review with bulk decisions, and a
completion message that reads the written batch (the numbers the history shows)."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.ui.importing.import_preview import TABS
from kempen_desktop.ui.importing.import_wizard import (
    PAGE_DONE,
    PAGE_MAPPING,
    PAGE_PREVIEW,
    ImportWizard,
)

pytestmark = pytest.mark.usefixtures("inline_operations")


def _list(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["INSZ", "Familienaam", "Voornaam", "Geboortedatum", "Straat"])
    sheet.append(["90.02.01-005.26", "Maes", "Ella", "01/02/1990", "Kerkstraat 9"])  # differs
    sheet.append(["", "Vandenbusche", "Marieke", "12/03/1980", ""])  # review (fuzzy)
    sheet.append(["", "Claes", "Tom", "04/06/1975", ""])  # review (day/month swapped)
    sheet.append(["12345", "Fout", "Nummer", "01/01/1990", ""])  # rejected
    book.save(path)
    return path


def _preview(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.profile_combo.setCurrentIndex(wizard.profile_combo.findData("VDAB"))
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PAGE_MAPPING, timeout=20_000)
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PAGE_PREVIEW, timeout=20_000)


def test_preview_tells_the_truth_and_bulk_decisions(
    qtbot,  # type: ignore[no-untyped-def]
    database: Database,
    tmp_path: Path,
) -> None:
    dossiers = Workspace(database).dossiers
    dossiers.create(
        DossierInput(last_name="Maes", first_name="Ella", insz="90020100526", street="Markt 1")
    )
    for last, first, born in (
        ("Vandenbussche", "Marieke", "1980-03-12"),
        ("Claes", "Tom", "1975-04-06"),
    ):
        from datetime import date

        dossiers.create(
            DossierInput(last_name=last, first_name=first, birth_date=date.fromisoformat(born))
        )
    wizard = ImportWizard(Workspace(database), _list(tmp_path / "lijst.xlsx"))
    qtbot.addWidget(wizard)
    wizard.resize(1100, 600)
    wizard.show()
    _preview(qtbot, wizard)
    tabs = {kind: wizard.preview_tabs.tabText(i) for i, kind in enumerate(TABS)}
    assert tabs["differs"] == "Verschilt, niet overgenomen (1)"
    assert tabs["unchanged"] == "Ongewijzigd (0)"
    assert tabs["review"] == "Te beslissen (2)"
    differs = wizard.differs_model.record(0)
    assert [(d.label, d.old, d.new) for d in differs.differences] == [
        ("Straat en nummer", "Markt 1", "Kerkstraat 9")
    ]
    assert "1 verschilt (niet overgenomen)" in wizard.summary.text()
    rejected = wizard.rejected_model.record(0)
    assert (rejected.row, rejected.values["last_name"], rejected.cell_field) == (5, "Fout", "insz")
    # Compact review: one line per decision, the difference highlighted.
    table = wizard.review_table
    assert table.rowCount() == 2 and table.item(0, 1).text() == "Vandenbusche, Marieke"
    assert "≠" in table.item(0, 3).text() and table.item(0, 3).background().color().isValid()
    if os.environ.get("KEMPEN_SHOTS"):
        wizard.preview_tabs.setCurrentIndex(TABS.index("review"))
        wizard.grab().save(os.environ["KEMPEN_SHOTS"] + "/review.png")
        wizard.preview_tabs.setCurrentIndex(TABS.index("differs"))
        wizard.grab().save(os.environ["KEMPEN_SHOTS"] + "/differs.png")
    wizard.preview.all_merge_button.click()
    assert set(wizard.decisions().values()) == {"merge"}
    wizard.preview.all_new_button.click()
    assert set(wizard.decisions().values()) == {"new"}
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.go_next()
    assert wizard.pages.currentIndex() == PAGE_DONE
    done = wizard.done_label.text()
    assert "2 nieuwe dossiers, 0 gewijzigde dossiers, 0 ongewijzigd, 1 verschilt" in done
    assert "1 geweigerd" in done
    batch = Workspace(database).importing.batches()[0]
    assert (batch.created, batch.updated, batch.differs, batch.rejected) == (2, 0, 1, 1)
    with database.session() as session:
        assert session.execute(text("SELECT count(*) FROM dossier")).scalar() == 5
