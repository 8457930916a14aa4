"""Issue 15: the file's status column is applied, value by value. The wizard's mapping page
shows every value of the status column with our status it stands for; the preview says
what each value does; the choice is remembered in the saved profile. From .xlsx and .csv
alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_helpers import write_csv, write_xlsx
from PySide6.QtWidgets import QInputDialog

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.importing import apply_plan, builtin_profiles, plan_import
from kempen_desktop.services.importing.status_values import (
    NOT_TAKEN,
    merge_status_map,
    resolve_status,
)
from kempen_desktop.ui.importing.import_wizard import PAGE_MAPPING, PAGE_PREVIEW, ImportWizard

HEADER = ["Familienaam", "Voornaam", "Geboortedatum", "Status"]
ROWS = [
    ["Aerts", "Tom", "01/01/1980", "In begeleiding"],
    ["Aerts", "Lies", "01/01/1981", "Werk"],
    ["Aerts", "Bart", "01/01/1982", "WERK"],
    ["Aerts", "Jan", "01/01/1983", "Afgesloten"],
    ["Aerts", "Mia", "01/01/1984", "Wachtlijst"],
    ["Aerts", "Els", "01/01/1985", ""],
]
LABELS = {
    "aangemeld": "Aangemeld",
    "in_begeleiding": "In begeleiding",
    "aan_het_werk": "Aan het werk",
    "afgesloten": "Afgesloten",
}


def _file(tmp_path: Path, kind: str) -> Path:
    if kind == "xlsx":
        return write_xlsx(tmp_path / "lijst.xlsx", ROWS, header=HEADER)
    return write_csv(tmp_path / "lijst.csv", ROWS, header=HEADER)


def _statuses(database: Database, plan) -> list[str]:  # type: ignore[no-untyped-def]
    service = Workspace(database).dossiers
    return [service.get(row.dossier_id).status_code for row in plan.rows]


def test_the_rule_value_by_value() -> None:
    status_map = {"Werk": "aan_het_werk", "Wachtlijst": NOT_TAKEN}
    assert resolve_status("WERK", status_map, LABELS) == ("aan_het_werk", "map")
    assert resolve_status("in begeleiding", status_map, LABELS) == ("in_begeleiding", "label")
    assert resolve_status("Wachtlijst", status_map, LABELS) == (None, "not_taken")
    assert resolve_status("Iets", status_map, LABELS) == (None, "unknown")
    # Mapped to our label instead of the code works too (a TOML written by hand).
    assert resolve_status("Werk", {"Werk": "Aan het werk"}, LABELS) == ("aan_het_werk", "map")
    assert merge_status_map(
        {"WERK": "in_begeleiding", "X": "aangemeld"}, {"Werk": "aan_het_werk"}
    ) == {
        "X": "aangemeld",
        "Werk": "aan_het_werk",
    }


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_mapped_values_start_new_dossiers_in_our_status(
    database: Database, tmp_path: Path, kind: str
) -> None:
    profile = builtin_profiles()[1]
    profile.status_map = {"Werk": "aan_het_werk", "Wachtlijst": NOT_TAKEN}
    plan = plan_import(database, _file(tmp_path, kind), profile)
    values = {v.text: v for v in Workspace(database).importing.plan_status_values(plan)}
    assert {text: (v.code, v.how, v.rows, v.starts_as) for text, v in values.items()} == {
        "In begeleiding": ("in_begeleiding", "label", 1, "in_begeleiding"),
        "Werk": ("aan_het_werk", "map", 2, "aan_het_werk"),
        "Afgesloten": ("afgesloten", "label", 1, "aangemeld"),
        "Wachtlijst": (None, "not_taken", 1, "aangemeld"),
    }
    apply_plan(database, plan)
    assert _statuses(database, plan) == [
        "in_begeleiding",
        "aan_het_werk",
        "aan_het_werk",
        "aangemeld",  # closing needs a reason: a new dossier never starts closed
        "aangemeld",  # not taken: the status stays, the text goes in the timeline
        "aangemeld",
    ]
    mia = Workspace(database).dossiers.get(plan.rows[4].dossier_id)  # type: ignore[arg-type]
    assert "Status in de lijst: Wachtlijst" in mia.timeline[0].body


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_wizard_maps_the_values_shows_them_in_the_preview_and_remembers_them(
    qtbot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:  # type: ignore[no-untyped-def]
    workspace = Workspace(database)
    wizard = ImportWizard(workspace, _file(tmp_path, kind))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.profile_combo.setCurrentIndex(wizard.profile_combo.findData("OCMW"))
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PAGE_MAPPING, timeout=20_000)
    assert wizard.mapping_combos["status"].currentData() == 3
    assert wizard.status_box.isVisibleTo(wizard)
    shown = {
        wizard.status_table.item(r, 0).text(): wizard.status_table.item(r, 1).text()
        for r in range(wizard.status_table.rowCount())
    }
    assert shown == {
        "Werk": "2",
        "In begeleiding": "1",
        "Afgesloten": "1",
        "Wachtlijst": "1",
    }  # "WERK" counts with "Werk"; the empty cell is no value
    assert wizard.status_combos["In begeleiding"].currentData() == "in_begeleiding"
    assert wizard.status_combos["Werk"].currentData() == NOT_TAKEN  # unknown until chosen
    werk = wizard.status_combos["Werk"]
    werk.setCurrentIndex(werk.findData("aan_het_werk"))
    wizard.grab().save(str(tmp_path / "mapping.png"))

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("OCMW met status", True))
    wizard.save_profile()
    saved = workspace.importing.profile("OCMW met status")
    assert saved.status_map["Werk"] == "aan_het_werk"
    assert saved.status_map["Wachtlijst"] == NOT_TAKEN

    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PAGE_PREVIEW, timeout=20_000)
    text = wizard.preview.status_summary.text()
    assert wizard.preview.status_summary.isVisibleTo(wizard)
    assert "‘Werk’ → Aan het werk (2 rijen)" in text
    assert "‘In begeleiding’ → In begeleiding (1 rij)" in text
    assert "‘Afgesloten’ → Afgesloten: een nieuw dossier start als Aangemeld" in text
    assert "‘Wachtlijst’ → niet overgenomen (1 rij)" in text
    assert "bestaande dossiers houden hun status" in text
    wizard.grab().save(str(tmp_path / "preview.png"))
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.go_next()
    assert _statuses(database, wizard.plan)[:3] == [
        "in_begeleiding",
        "aan_het_werk",
        "aan_het_werk",
    ]

    # The next list with the saved profile: the choice is already there.
    again = ImportWizard(workspace, _file(tmp_path, kind))
    qtbot.addWidget(again)
    again.profile_combo.setCurrentIndex(again.profile_combo.findData("OCMW met status"))
    again.go_next()
    qtbot.waitUntil(lambda: again.pages.currentIndex() == PAGE_MAPPING, timeout=20_000)
    assert again.status_combos["Werk"].currentData() == "aan_het_werk"


def test_an_existing_dossier_keeps_its_status_and_the_preview_says_so(
    database: Database, tmp_path: Path
) -> None:
    from datetime import date

    from kempen_desktop.services.dossiers.dossiers import DossierInput

    service = Workspace(database).dossiers
    tom = service.create(
        DossierInput(last_name="Aerts", first_name="Tom", birth_date=date(1980, 1, 1))
    )
    plan = plan_import(database, _file(tmp_path, "csv"), builtin_profiles()[1])
    assert plan.rows[0].dossier_id == tom and plan.rows[0].kind == "unchanged"
    values = {v.text: v for v in Workspace(database).importing.plan_status_values(plan)}
    assert values["In begeleiding"].existing_other == 1
    assert values["Werk"].existing_other == 0  # not mapped: nothing to compare
    apply_plan(database, plan)
    assert service.get(tom).status_code == "aangemeld"
