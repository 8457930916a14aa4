"""A misspelt name still finds the person, on both backends (issue 19): a search that finds
nothing offers the dossiers whose name is like it (PostgreSQL: pg_trgm trigram similarity
over the whole table; SQLite: rapidfuzz), and an import row is a possible duplicate."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from import_helpers import write_xlsx

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossier_list import DossierFilter
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.importing import builtin_profiles, plan_import
from tests.pg import database_on_both_backends as database  # noqa: F401


def _people(workspace: Workspace) -> dict[str, int]:
    nums = {}
    for last, first in (("Janssens", "Jan"), ("Peeters", "Ann"), ("Şahin", "Elif")):
        dossier_id = workspace.dossiers.create(DossierInput(last_name=last, first_name=first))
        num = workspace.dossiers.num_for(dossier_id)
        assert num is not None
        nums[last] = num
    return nums


def test_a_misspelt_name_is_offered(database: Database) -> None:  # noqa: F811
    workspace = Workspace(database)
    nums = _people(workspace)
    dossiers = workspace.dossiers
    # The search itself stays exact (prefixes): "Jansens" finds nobody ...
    assert dossiers.find(DossierFilter(text="Jansens", status="")) == []
    # ... and the similar names offer Janssens, not the others.
    assert dossiers.similar("Jansens") == [nums["Janssens"]]
    assert dossiers.similar("jansens jan") == [nums["Janssens"]]
    assert dossiers.similar("Peters") == [nums["Peeters"]]
    assert dossiers.similar("sahn") == [nums["Şahin"]]  # accents ignored
    assert dossiers.similar("Verstraeten") == []
    assert dossiers.similar("j") == []  # nothing to search for


def test_the_dossiers_tab_offers_the_similar_names(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from PySide6.QtCore import Qt

    from kempen_desktop.ui.dossiers.dossiers_tab import DossiersTab

    workspace = Workspace(database)
    nums = _people(workspace)
    tab = DossiersTab(workspace)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.similar_button.isVisible()
    qtbot.keyClicks(tab.search, "Jansens")
    qtbot.waitUntil(lambda: tab.similar_button.isVisible())
    assert tab.model.rowCount() == 0
    qtbot.mouseClick(tab.similar_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1 and tab.model.row_of_num(nums["Janssens"]) == 0
    assert tab.nums_banner.isVisible() and "Jansens" in tab.nums_label.text()
    assert not tab.similar_button.isVisible()
    # Nothing alike: said on the button, the list stays empty.
    tab.clear_nums_filter()
    tab.search.clear()
    qtbot.keyClicks(tab.search, "Verstraeten")
    qtbot.waitUntil(lambda: tab.similar_button.isVisible())
    qtbot.mouseClick(tab.similar_button, Qt.MouseButton.LeftButton)
    assert not tab.similar_button.isEnabled()
    assert tab.model.rowCount() == 0


def test_an_import_offers_a_misspelt_name_as_a_possible_duplicate(
    database: Database,  # noqa: F811
    tmp_path: Path,
) -> None:
    # Within one birth date the import compares names itself (rapidfuzz, the same on both
    # backends): a handful of persons, no index needed.
    janssens = Workspace(database).dossiers.create(
        DossierInput(last_name="Janssens", first_name="Jan", birth_date=date(1980, 3, 12))
    )
    path = write_xlsx(tmp_path / "lijst.xlsx", [[None, None, "Jansens", "Jan", "12/03/1980"]])
    plan = plan_import(database, path, builtin_profiles()[0])
    assert [(row.kind, row.dossier_id) for row in plan.rows] == [("review", janssens)]
    assert "gelijkaardige naam" in plan.rows[0].reason
