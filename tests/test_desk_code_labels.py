"""Issue 14, language: the code lists shown from the database (statuses, kansengroepen, ...)
speak the UI's language. English labels for the shipped codes, Dutch for values the user
added or renamed; the Dutch UI unchanged; Qt's own dialogs in the chosen language."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from kempen_desktop.app import Workspace, code_lists
from kempen_desktop.db.engine import make_engine
from kempen_desktop.db.migrate import alembic_config
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.ui.common import settings
from kempen_desktop.ui.dossiers.dossier_columns import COL_GROUPS, COL_STATUS
from kempen_desktop.ui.dossiers.dossier_dialog import DossierDialog
from kempen_desktop.ui.dossiers.dossiers_tab import DossiersTab
from kempen_desktop.ui.partners.code_list_dialog import CodeListDialog


@pytest.fixture
def english_labels() -> Iterator[None]:
    code_lists.use_language("en")
    try:
        yield
    finally:
        code_lists.use_language("nl")


def _dossier(workspace: Workspace) -> uuid.UUID:
    return workspace.dossiers.create(
        DossierInput(last_name="Peeters", first_name="Jan", target_groups={"leefloon"})
    )


def _tab(qtbot, workspace: Workspace) -> DossiersTab:  # type: ignore[no-untyped-def]
    tab = DossiersTab(workspace)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _combo_texts(combo) -> list[str]:  # type: ignore[no-untyped-def]
    return [combo.itemText(i) for i in range(combo.count())]


def test_english_ui_shows_english_statuses_and_target_groups(
    qtbot, workspace: Workspace, english_labels: None
) -> None:  # type: ignore[no-untyped-def]
    _dossier(workspace)
    tab = _tab(qtbot, workspace)
    assert tab.model.index(0, COL_STATUS).data() == "Registered"
    assert "living wage" in tab.model.index(0, COL_GROUPS).data()
    assert "In guidance" in _combo_texts(tab.status_filter)
    assert "Newcomer / refugee" in _combo_texts(tab.group_filter)
    assert "In begeleiding" not in _combo_texts(tab.status_filter)

    dialog = DossierDialog(tab.choices, lambda _values: None)
    qtbot.addWidget(dialog)
    boxes = [box.text().replace("&", "") for box in dialog.group_boxes.values()]
    assert "Low-skilled" in boxes and "Kortgeschoold" not in boxes


def test_dutch_ui_is_unchanged(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    _dossier(workspace)
    tab = _tab(qtbot, workspace)
    assert tab.model.index(0, COL_STATUS).data() == "Aangemeld"
    assert "Leefloongerechtigde" in tab.model.index(0, COL_GROUPS).data()
    assert "In begeleiding" in _combo_texts(tab.status_filter)


def test_user_values_fall_back_to_dutch_and_renames_touch_the_shown_language(
    qtbot, workspace: Workspace, english_labels: None
) -> None:  # type: ignore[no-untyped-def]
    workspace.code_lists.add("target_groups", "Wijkwerker")
    dialog = CodeListDialog(workspace, "target_groups", "Target groups")
    qtbot.addWidget(dialog)
    shown = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert "Low-skilled" in shown and "Wijkwerker" in shown

    workspace.code_lists.rename("target_groups", "kortgeschoold", "Without a diploma")
    english = {row.code: row.label for row in workspace.code_lists.rows("target_groups")}
    code_lists.use_language("nl")
    dutch = {row.code: row.label for row in workspace.code_lists.rows("target_groups")}
    assert english["kortgeschoold"] == "Without a diploma"
    assert dutch["kortgeschoold"] == "Kortgeschoold"  # the Dutch label is left alone


def test_migration_gives_shipped_codes_english_labels_unless_renamed(tmp_path: Path) -> None:
    from alembic import command

    engine = make_engine(tmp_path / "oud.db")
    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0011")
            connection.execute(
                text(
                    "INSERT INTO dossier_status (code, label, sort_order, description, active) "
                    "VALUES ('aangemeld', 'Aangemeld', 1, '', 1), "
                    "('intake', 'Kennismaking', 2, '', 1), ('eigen', 'Eigen status', 9, '', 1)"
                )
            )
            command.upgrade(config, "0012")
            rows = connection.execute(text("SELECT code, label_en FROM dossier_status"))
            labels = {code: english for code, english in rows}
    finally:
        engine.dispose()
    assert labels == {"aangemeld": "Registered", "intake": "", "eigen": ""}


@pytest.mark.parametrize(("language", "look_in"), [("en", "Look in:"), ("nl", "Zoeken in:")])
def test_chosen_language_reaches_qt_dialogs_and_labels(
    qapp: QApplication, workspace: Workspace, language: str, look_in: str
) -> None:
    from kempen_desktop.ui.app import install_translator

    settings.LANGUAGE.set(settings.open_settings(), language)
    # An earlier test's start may have left Qt's Dutch texts installed: set aside the ones
    # installed (removeTranslator says which were) and put exactly those back afterwards.
    before = set(qapp.findChildren(QTranslator))
    installed = [translator for translator in before if qapp.removeTranslator(translator)]
    try:
        install_translator(qapp)
        assert QCoreApplication.translate("QFileDialog", "Look in:") == look_in
        assert code_lists.label_language() == language
        statuses = {row.code: row.label for row in workspace.code_lists.rows("statuses")}
        assert statuses["afgesloten"] == ("Closed" if language == "en" else "Afgesloten")
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.setParent(None)  # gone, not a child an earlier `before` would hold
        for translator in installed:
            qapp.installTranslator(translator)
        code_lists.use_language("nl")


@pytest.fixture
def english_ui(qapp: QApplication) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from kempen_desktop.resources_location import resource_root

    translator = QTranslator()
    assert translator.load(str(resource_root() / "translations" / "kempen_en.qm"))
    QCoreApplication.installTranslator(translator)
    code_lists.use_language("en")
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        code_lists.use_language("nl")


def test_service_messages_speak_english_in_the_english_ui(
    qtbot, workspace: Workspace, english_ui: None, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, workspace)
    tab.new_dossier()
    dialog = tab.current_dialog
    assert isinstance(dialog, DossierDialog)
    qtbot.keyClicks(dialog.first_name, "Jan")
    dialog.try_save()  # no last name: the service refuses in Dutch, the form shows English
    shown = [label.text() for label in dialog._errors.values() if label.isVisible()]
    assert shown == ["Fill in the last name."]
    dialog.reject()

    warnings: list[str] = []
    monkeypatch.setattr(
        "kempen_desktop.ui.partners.code_list_dialog.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    codes = CodeListDialog(workspace, "target_groups", "Target groups")
    qtbot.addWidget(codes)
    codes._run(workspace.code_lists.add, "Kortgeschoold")
    assert warnings == ["A value ‘Kortgeschoold’ already exists."]


def test_unknown_service_messages_pass_unchanged(english_ui: None) -> None:
    from kempen_desktop.ui.common.service_messages import translated

    assert translated("Iets anders liep mis.") == "Iets anders liep mis."
    assert translated("INSZ moet 11 cijfers hebben (nu 7).") == (
        "The INSZ must have 11 digits (now 7)."
    )


def test_meeting_types_follow_the_ui_language(workspace: Workspace, english_labels: None) -> None:
    from kempen_desktop.services.meetings.meetings import MeetingInput

    workspace.meetings.plan(MeetingInput(type_code="stuurgroep", title="Stuurgroep"))
    assert ("stuurgroep", "Steering group") in workspace.meetings.types()
    assert [row.type_label for row in workspace.meetings.rows()] == ["Steering group"]


def test_policy_action_statuses_follow_the_ui_language(
    workspace: Workspace, english_labels: None
) -> None:
    from kempen_desktop.services.actions.actions import ActionInput

    workspace.actions.save(ActionInput("1.1", "Kansengroepen aan het werk", status="in_uitvoering"))
    assert "In progress" in [choice.label for choice in workspace.actions.statuses()]
    assert [row.status_label for row in workspace.actions.rows()] == ["In progress"]


def test_partner_types_follow_the_ui_language_but_exports_stay_dutch(
    workspace: Workspace, english_labels: None, tmp_path: Path
) -> None:
    from kempen_desktop.services.partners.partners import PartnerInput

    workspace.partners.create(PartnerInput(name="Bakkerij Janssens", partner_type_code="werkgever"))
    assert ("werkgever", "Employer") in [(c.value, c.label) for c in workspace.partners.types()]
    assert [row.type_label for row in workspace.partners.rows()] == ["Employer"]
    from python_calamine import CalamineWorkbook

    out = tmp_path / "partners.xlsx"
    workspace.partners.export_list(out)
    cells = [
        c
        for row in CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
        for c in row
    ]
    assert "Werkgever" in cells and "Employer" not in cells
