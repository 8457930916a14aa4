"""The Dossiers tab through its real widgets: create, search, edit, close, delete."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.app.dossiers import DossiersArea
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossier_list import DossierFilter
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.ui.dossiers.dossier_columns import COL_FOLLOW_UP, COL_GROUPS, COL_STATUS
from kempen_desktop.ui.dossiers.dossier_dialog import DossierDialog
from kempen_desktop.ui.dossiers.dossier_table_model import PAGE_SIZE, DossierTableModel
from kempen_desktop.ui.dossiers.dossiers_tab import DossiersTab
from kempen_desktop.ui.dossiers.status_dialog import StatusDialog


def _hosted(database: Database) -> DossiersTab:
    """The tab as the main window hosts it: every change of the workspace reaches on_changes."""
    workspace = Workspace(database)
    widget = DossiersTab(workspace)
    workspace.subscribe(widget.on_changes)
    return widget


@pytest.fixture
def tab(qtbot, database: Database) -> DossiersTab:  # type: ignore[no-untyped-def]
    widget = _hosted(database)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _dossiers(database: Database) -> list[tuple]:
    with database.session() as session:
        return session.execute(
            text(
                "SELECT p.last_name, p.first_name, p.insz, d.status_code, d.closing_reason_code, "
                "p.municipality_nis "
                "FROM dossier d JOIN person p ON p.id = d.person_id ORDER BY d.num"
            )
        ).all()


def _fill_new_dossier(
    qtbot, tab: DossiersTab, last: str, first: str, insz: str = ""
) -> DossierDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.current_dialog
    assert isinstance(dialog, DossierDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.last_name, last)
    qtbot.keyClicks(dialog.first_name, first)
    if insz:
        qtbot.keyClicks(dialog.insz, insz)
    return dialog


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_create_dossier_through_the_dialog(qtbot, tab: DossiersTab, database: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = _fill_new_dossier(qtbot, tab, "Peeters", "Jan", "85073003328")
    dialog.insz.editingFinished.emit()
    assert dialog.insz.text() == "85.07.30-033.28"  # formatted
    assert dialog.birth_date.value() == date(1985, 7, 30)  # filled from the INSZ
    dialog.municipality.setCurrentIndex(dialog.municipality.findText("Turnhout"))
    assert dialog.postcode.text() == "2300"
    dialog.group_boxes["kortgeschoold"].setChecked(True)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _dossiers(database) == [("Peeters", "Jan", "85073003328", "aangemeld", None, "13040")]
    assert tab.model.rowCount() == 1
    assert "Peeters, Jan" in tab.detail.browser.toPlainText()  # the new dossier is selected
    assert tab.model.index(0, COL_GROUPS).data() == "Kortgeschoold"


def test_invalid_insz_keeps_dialog_open_with_message(
    qtbot, tab: DossiersTab, database: Database
) -> None:  # type: ignore[no-untyped-def]
    dialog = _fill_new_dossier(qtbot, tab, "Peeters", "Jan", "85.07.30-033.29")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "controlecijfer" in dialog._errors["insz"].text()
    assert dialog._errors["insz"].isVisible()
    assert _dossiers(database) == []
    dialog.insz.clear()
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(_dossiers(database)) == 1


def test_missing_name_is_reported(qtbot, tab: DossiersTab, database: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = _fill_new_dossier(qtbot, tab, "", "Jan")
    _save(qtbot, dialog)
    assert dialog._errors["last_name"].text() == "Vul de naam in."
    assert dialog.summary.isVisible()
    assert _dossiers(database) == []


def _seed(database: Database) -> DossiersArea:
    service = Workspace(database).dossiers
    service.create(DossierInput(last_name="Peeters", first_name="Jan", municipality_nis="13040"))
    second = service.create(
        DossierInput(
            last_name="Janssens",
            first_name="Mila",
            municipality_nis="13025",
            follow_up_on=date(2020, 1, 1),
        )
    )
    service.add_timeline_entry(second, "note", "Intake", "Wil graag in de zorg werken.")
    service.create(DossierInput(last_name="Maes", first_name="Ella", municipality_nis="13025"))
    return service


def test_search_filters_as_you_type(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    _seed(database)
    tab = _hosted(database)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 3
    qtbot.keyClicks(tab.search, "zorg")  # a word from a note
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 0).data() == "Janssens"
    tab.search.clear()
    assert tab.model.rowCount() == 3
    tab.place_filter.setCurrentIndex(tab.place_filter.findText("Mol"))
    assert tab.model.rowCount() == 2
    tab.overdue_filter.setChecked(True)
    assert tab.model.rowCount() == 1
    assert tab.count_label.text() == "1 dossier(s)"


def test_edit_keeps_partner_and_counsellor(qtbot, database: Database, partner_ids: tuple) -> None:  # type: ignore[no-untyped-def]
    partner_id, contact_id = partner_ids
    service = Workspace(database).dossiers
    dossier_id = service.create(
        DossierInput(
            last_name="Aerts",
            first_name="Steven",
            responsible_partner_id=partner_id,
            counsellor_id=contact_id,
        )
    )
    tab = _hosted(database)
    qtbot.addWidget(tab)
    tab.select_row(0)
    tab.edit_dossier()
    dialog = tab.current_dialog
    assert isinstance(dialog, DossierDialog)
    assert dialog.partner.currentText() == "VDAB Turnhout"
    assert dialog.counsellor.currentText() == "Sofie Wouters"
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = service.get(dossier_id).data
    assert (saved.responsible_partner_id, saved.counsellor_id) == (partner_id, contact_id)
    assert tab.model.index(0, 5).data() == "Sofie Wouters"


def test_edit_selected_dossier(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    _seed(database)
    tab = _hosted(database)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.keyClicks(tab.search, "peeters")
    tab.select_row(0)
    tab.edit_dossier()
    dialog = tab.current_dialog
    assert isinstance(dialog, DossierDialog)
    assert dialog.last_name.text() == "Peeters"
    dialog.first_name.clear()
    qtbot.keyClicks(dialog.first_name, "Johan")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ("Peeters", "Johan") in [row[:2] for row in _dossiers(database)]
    assert tab.model.index(0, 1).data() == "Johan"
    assert "Peeters, Johan" in tab.detail.browser.toPlainText()


def test_close_dossier_asks_for_reason(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    _seed(database)
    tab = _hosted(database)
    qtbot.addWidget(tab)
    tab.show()
    tab.select_row(0)  # Janssens (sorted by name)
    assert tab.detail.close_button.isEnabled()
    qtbot.mouseClick(tab.detail.close_button, Qt.MouseButton.LeftButton)
    dialog = tab.current_dialog
    assert isinstance(dialog, StatusDialog)
    dialog.try_apply()  # no reason chosen yet
    assert dialog.isVisible() and "reden" in dialog.error.text()
    dialog.reason.setCurrentIndex(dialog.reason.findData("werk"))
    dialog.try_apply()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ("Janssens", "Mila", None, "afgesloten", "werk", "13025") in _dossiers(database)
    assert tab.model.index(0, COL_STATUS).data() == "Afgesloten"
    assert not tab.detail.close_button.isEnabled()
    assert "Uitstroom naar werk" in tab.detail.browser.toPlainText()


def test_delete_asks_for_confirmation(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _seed(database)
    tab = _hosted(database)
    qtbot.addWidget(tab)
    tab.select_row(0)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No
    )
    tab.delete_dossier()
    assert len(_dossiers(database)) == 3
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    tab.delete_dossier()
    assert [row[0] for row in _dossiers(database)] == ["Peeters", "Maes"]
    assert tab.model.rowCount() == 2
    assert "Kies een dossier" in tab.detail.browser.toPlainText()


class _FakeSource:
    """The listing service without a database: lets the model be tested on its own."""

    def __init__(self, count: int) -> None:
        from kempen_desktop.services.dossiers.dossier_list import DossierRow

        self.fetched: list[list[int]] = []
        self.rows_by_num = {
            n: DossierRow(
                n,
                __import__("uuid").uuid4(),
                f"Naam{n:06d}",
                "V",
                "Geel",
                "intake",
                ("jongere",),
                "",
                date(2020, 1, 1) if n % 2 else None,
            )
            for n in range(1, count + 1)
        }

    def find(
        self, flt: DossierFilter, sort_key: str = "naam", descending: bool = False
    ) -> list[int]:
        nums = sorted(self.rows_by_num)
        return nums[::-1] if descending else nums

    def order(self, flt: DossierFilter, sort_key: str = "naam") -> list[int]:
        return self.find(flt, sort_key)

    def matching(self, typed: str) -> frozenset[int] | None:
        return None

    def top_of_many(self, *args: object) -> list[int] | None:
        return None

    def largest_num(self) -> int:
        return max(self.rows_by_num, default=0)

    def rows(self, nums: list[int]) -> dict:
        self.fetched.append(list(nums))
        return {n: self.rows_by_num[n] for n in nums}


def test_model_fetches_rows_lazily_in_pages(qtbot) -> None:  # type: ignore[no-untyped-def]
    source = _FakeSource(10_000)
    model = DossierTableModel(source, {"intake": "Intake"}, {"jongere": "Jongere (< 25 jaar)"})
    model.reload()
    assert model.rowCount() == 10_000
    assert source.fetched == []  # nothing fetched until asked
    assert model.index(5_000, 0).data() == "Naam005001"
    assert len(source.fetched) == 1 and len(source.fetched[0]) == PAGE_SIZE
    assert model.index(5_001, COL_STATUS).data() == "Intake"
    assert model.index(5_001, COL_GROUPS).data() == "Jongere"
    assert len(source.fetched) == 1  # same page, served from the cache
    assert model.index(0, COL_FOLLOW_UP).data() == "01-01-2020"
    assert (
        model.index(0, COL_FOLLOW_UP).data(Qt.ItemDataRole.ForegroundRole) is not None
    )  # overdue in red
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Naam010000"
