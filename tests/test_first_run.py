"""Issue 18: the first-run setup appears only on a fresh path, seeds partners, is skippable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from kempen_desktop.app import first_run as setup
from kempen_desktop.app import opening
from kempen_desktop.ui import app as ui_app
from kempen_desktop.ui.common import settings
from kempen_desktop.ui.first_run import FirstRunWizard, apply_to, remember


def test_it_applies_only_to_a_fresh_default_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KEMPEN_DB", raising=False)
    fresh = tmp_path / "kempen.db"
    assert ui_app.first_run_applies(None, fresh)
    assert not ui_app.first_run_applies(str(fresh), fresh)  # --db: unattended
    monkeypatch.setenv("KEMPEN_DB", str(fresh))
    assert not ui_app.first_run_applies(None, fresh)  # KEMPEN_DB: unattended
    monkeypatch.delenv("KEMPEN_DB")
    opening.open_workspace(fresh).close()
    assert not ui_app.first_run_applies(None, fresh)  # a database exists
    settings.FIRST_RUN_DONE.set(settings.open_settings(), True)
    assert not ui_app.first_run_applies(None, tmp_path / "other.db")  # once


def test_presets_and_proposals_come_from_the_reference_lists() -> None:
    presets = {preset.code: preset for preset in setup.region_presets()}
    assert len(presets["turnhout"].nis_codes) == 27
    assert len(presets["zora"].nis_codes) == 7
    names = [p.name for p in setup.proposed_partners(list(presets["zora"].nis_codes), "zora")]
    assert "VDAB" in names and "GTB" in names and "OCMW Mortsel" in names
    assert "IOK" not in names  # a Kempen partner, not for ZORA


def test_the_wizard_seeds_the_chosen_partners(qtbot, tmp_path: Path) -> None:
    wizard = FirstRunWizard(tmp_path / "kempen.db")
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.currentPage().isComplete()  # a passphrase or explicitly none
    wizard.no_encryption.setChecked(True)
    assert wizard.currentPage().isComplete()
    wizard.next()
    wizard.region_combo.setCurrentIndex(wizard.region_combo.findData("zora"))
    assert len(wizard.chosen_municipalities()) == 7
    wizard.next()
    wizard.name_edit.setText("An Peeters")
    wizard.organisation_edit.setText("ZORA Werkt")
    wizard.next()
    assert wizard.partner_list.count() >= 10
    wizard.partner_list.item(0).setText("VDAB Kontich")  # editable
    wizard.partner_list.item(1).setCheckState(wizard.partner_list.item(1).checkState().Unchecked)
    wizard.grab().save(str(tmp_path / "wizard.png"))
    choices = wizard.choices()
    assert choices.passphrase is None and choices.region == "zora"
    remember(choices)
    store = settings.open_settings()
    assert settings.USER_NAME.get(store) == "An Peeters"
    assert settings.DATABASE_PATH.get(store) == str(tmp_path / "kempen.db")
    workspace = opening.open_workspace(choices.db_path)
    try:
        added = apply_to(workspace, choices)
        assert added == len(choices.partners) - 1
        names = {row.name for row in workspace.partners.rows()}
        assert "VDAB Kontich" in names and "OCMW Mortsel" in names
    finally:
        workspace.close()


def test_skipping_is_remembered(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: QWizard.DialogCode.Rejected)
    assert ui_app.run_first_run(tmp_path / "kempen.db") is None
    assert settings.FIRST_RUN_DONE.get(settings.open_settings())
    assert not ui_app.first_run_applies(None, tmp_path / "kempen.db")


def test_a_failing_partner_adds_none(tmp_path: Path) -> None:
    proposals = setup.proposed_partners(["11002"], "vrij")[:3]
    assert len(proposals) == 3
    proposals[1].partner_type_code = "bestaat-niet"  # the second one is invalid
    workspace = opening.open_workspace(tmp_path / "kempen.db")
    try:
        with pytest.raises(ValueError, match="Onbekende soort"):
            setup.seed_partners(workspace, proposals)
        assert workspace.partners.rows() == []  # all or nothing
    finally:
        workspace.close()


def test_a_failing_seed_warns_and_leaves_the_first_run_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kempen_desktop.ui.first_run import FirstRunChoices

    warned: list[str] = []
    monkeypatch.setattr(
        ui_app.QMessageBox, "warning", lambda _parent, _title, text, *a: warned.append(text)
    )
    proposals = setup.proposed_partners(["11002"], "vrij")[:2]
    proposals[1].partner_type_code = "bestaat-niet"
    choices = FirstRunChoices(tmp_path / "kempen.db", None, "vrij", ["11002"], partners=proposals)
    remember(choices)
    workspace = opening.open_workspace(choices.db_path)
    try:
        ui_app.seed_first_run(workspace, choices)
        assert workspace.partners.rows() == []
    finally:
        workspace.close()
    assert warned and "kernpartners" in warned[0]
    assert not settings.FIRST_RUN_DONE.get(settings.open_settings())
