"""The Partners tab through its dialogs: an organisation with two contacts and an
engagement, the duplicate question, the indicator in two clicks, the code-list editor."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import ContactPerson, Partner, PartnerEngagement, PartnerType
from kempen_desktop.ui.common.widgets import combo_value
from kempen_desktop.ui.partners.code_list_dialog import CodeListDialog
from kempen_desktop.ui.partners.contact_dialog import ContactDialog
from kempen_desktop.ui.partners.engagement_dialog import EngagementDialog
from kempen_desktop.ui.partners.partner_dialog import PartnerDialog
from kempen_desktop.ui.partners.partners_tab import PartnersTab

GEEL = "13008"


def _drive(monkeypatch, cls, fill):
    """Replace the modal exec() by: fill in the form, press Save, return the dialog's result."""
    seen = []

    def fake_exec(self):
        seen.append(self)
        fill(self)
        self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


@pytest.fixture
def tab(qtbot, database):
    workspace = Workspace(database)
    widget = PartnersTab(workspace)
    workspace.subscribe(widget.on_changes)  # as the main window does
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    widget.ensure_loaded()
    return widget


def _fill_partner(name, kbo):
    def fill(dialog: PartnerDialog):
        dialog.name.setText(name)
        dialog.type.setCurrentIndex(dialog.type.findData("werkgever"))
        dialog.kbo.setText(kbo)
        dialog.municipality.setCurrentIndex(dialog.municipality.findData(GEEL))
        dialog.sector.setText("Voeding")

    return fill


def test_create_organisation_with_two_contacts_and_an_engagement(tab, database, monkeypatch):
    # A wrong KBO number keeps the dialog open with a Dutch message; nothing is saved.
    dialogs = _drive(monkeypatch, PartnerDialog, _fill_partner("Bakkerij Peeters", "0203.201.341"))
    tab.new_button.click()
    assert "Controlegetal" in dialogs[0]._errors["kbo_number"].text()
    assert dialogs[0]._errors["kbo_number"].isVisibleTo(dialogs[0])
    with database.session() as session:
        assert session.scalar(select(Partner).where(Partner.name == "Bakkerij Peeters")) is None

    _drive(monkeypatch, PartnerDialog, _fill_partner("Bakkerij Peeters", "0203.201.340"))
    tab.new_button.click()
    assert tab.current() is not None and tab.current().name == "Bakkerij Peeters"
    assert tab.current().municipality == "Geel"

    for first, last, function in (("An", "Peeters", "Zaakvoerder"), ("Bart", "Claes", "Ploegbaas")):

        def fill_contact(dialog: ContactDialog, first=first, last=last, function=function):
            dialog.first_name.setText(first)
            dialog.last_name.setText(last)
            dialog.function.setText(function)
            dialog.email.setText(f"{first.lower()}@peeters.be")

        _drive(monkeypatch, ContactDialog, fill_contact)
        tab.add_contact()

    since = date.today() - timedelta(days=30)

    def fill_engagement(dialog: EngagementDialog):
        dialog.inclusive.setChecked(True)
        dialog.engaged_as.setCurrentIndex(dialog.engaged_as.findData("werkgever"))
        dialog.forms["stage"].setChecked(True)
        dialog.forms["werkplekleren"].setChecked(True)
        dialog.started_on.setDate(QDate(since.year, since.month, since.day))
        dialog.evidence.setPlainText("Biedt twee stageplaatsen aan.")

    _drive(monkeypatch, EngagementDialog, fill_engagement)
    tab.add_engagement()

    with database.session() as session:
        partner = session.scalar(select(Partner).where(Partner.name == "Bakkerij Peeters"))
        assert partner.kbo_number == "0203201340" and partner.municipality_nis == GEEL
        assert sorted(
            c.last_name
            for c in session.scalars(
                select(ContactPerson).where(ContactPerson.partner_id == partner.id)
            )
        ) == ["Claes", "Peeters"]
        engagement = session.scalar(
            select(PartnerEngagement).where(PartnerEngagement.partner_id == partner.id)
        )
        assert (engagement.kind, engagement.engaged_as, engagement.forms) == (
            "inclusief",
            "werkgever",
            "stage,werkplekleren",
        )
        assert engagement.started_on == since and engagement.ended_on is None
        assert partner.inclusive_since == since

    # What the user sees: the detail panel lists both contacts and the engagement.
    assert tab.contacts.model.rowCount() == 2
    assert tab.details.tabText(tab.details.indexOf(tab.contacts)).endswith("(2)")
    assert tab.engagements.model.rowCount() == 1
    assert "Engageert zich inclusief" in tab.header.text()
    assert "0203.201.340" in tab.header.text()


def test_duplicate_question_and_filters(tab, database, monkeypatch):
    _drive(monkeypatch, PartnerDialog, _fill_partner("Bakkerij Peeters", ""))
    tab.new_button.click()
    answers = []
    monkeypatch.setattr(
        PartnerDialog, "_confirm_duplicates", lambda self, dup: answers.append(dup) or False
    )
    _drive(monkeypatch, PartnerDialog, _fill_partner("bakkerij peeters bv", ""))
    tab.new_button.click()
    assert answers and answers[0].candidates[0].name == "Bakkerij Peeters"
    with database.session() as session:
        assert len(session.scalars(select(Partner)).all()) == 1
    monkeypatch.setattr(PartnerDialog, "_confirm_duplicates", lambda self, dup: True)
    tab.new_button.click()
    with database.session() as session:
        assert len(session.scalars(select(Partner)).all()) == 2
    tab.search.setText("zzz")
    assert tab.model.rowCount() == 0
    tab.search.setText("bakkerij")
    assert tab.model.rowCount() == 2
    tab.place_filter.setCurrentIndex(tab.place_filter.findData(GEEL))
    assert tab.model.rowCount() == 2
    tab.type_filter.setCurrentIndex(tab.type_filter.findData("werkgever"))
    assert tab.model.rowCount() == 2


def test_indicator_answers_geel_in_two_clicks(tab, database, qtbot):
    with database.transaction() as s:
        engaged = Partner(
            name="Logistiek Geel", partner_type_code="werkgever", municipality_nis=GEEL
        )
        s.add_all(
            [
                engaged,
                Partner(name="Nethechem", partner_type_code="werkgever", municipality_nis=GEEL),
                Partner(name="Mol BV", partner_type_code="werkgever", municipality_nis="13025"),
            ]
        )
        s.flush()
        s.add(
            PartnerEngagement(
                partner_id=engaged.id,
                kind="inclusief",
                engaged_as="werkgever",
                started_on=date(2024, 1, 1),
            )
        )
    tab.reload()
    tab.indicator_button.click()  # click 1
    view = tab._indicator.view
    qtbot.addWidget(tab._indicator)
    assert "1 van de 3" in view.headline.text()
    assert view.select_municipality("Geel")  # click 2 (selecting the row)
    names = [
        (view.employer_model.record(i).name, view.employer_model.record(i).engaged)
        for i in range(view.employer_model.rowCount())
    ]
    assert names == [("Logistiek Geel", True), ("Nethechem", False)]
    assert "1 van 2 inclusief" in view.employers_title.text()
    view.only_engaged.setChecked(True)
    assert view.employer_model.rowCount() == 1
    # Double-clicking an employer shows it in the partner list.
    view._employer_chosen(view.employer_model.index(0, 0))
    assert tab.current().name == "Logistiek Geel"


def test_code_list_dialog(qtbot, database, monkeypatch, partner_ids):
    dialog = CodeListDialog(Workspace(database), "partner_types", "Soorten organisaties")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("Sociaal restaurant", True)
    )
    dialog.add_button.click()
    assert dialog.current().label == "Sociaal restaurant"
    assert dialog.delete_button.isEnabled()  # new and unused
    dialog.up_button.click()
    rows = [r.label for r in dialog._rows]
    assert rows.index("Sociaal restaurant") == len(rows) - 2
    monkeypatch.setattr(
        "PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("Buurtrestaurant", True)
    )
    dialog.rename_button.click()
    dialog.active_button.click()
    with database.session() as session:
        row = session.scalar(select(PartnerType).where(PartnerType.label == "Buurtrestaurant"))
        assert row is not None and not row.active
    # 'vdab' is in use (fixture partner) and shipped: only deactivating is possible.
    dialog.table.selectRow(next(i for i, r in enumerate(dialog._rows) if r.code == "vdab"))
    assert not dialog.delete_button.isEnabled()
    assert dialog.current().uses == 1
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.question",
        lambda *a, **k: __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Yes,
    )
    dialog.table.selectRow(
        next(i for i, r in enumerate(dialog._rows) if r.label == "Buurtrestaurant")
    )
    dialog.delete_button.click()
    assert "Buurtrestaurant" not in [r.label for r in dialog._rows]
    assert dialog.changed


def test_inclusive_state_follows_the_engagement_dates_not_the_stored_cache(qtbot, database):
    # The engagement ended last week; the partner.inclusive_* cache was written before that day.
    with database.transaction() as session:
        partner = Partner(
            name="Brouwerij Stuyck",
            partner_type_code="werkgever",
            municipality_nis=GEEL,
            inclusive_since=date(2020, 1, 1),
            inclusive_as="werkgever",
        )
        session.add(partner)
        session.flush()
        session.add(
            PartnerEngagement(
                partner_id=partner.id,
                kind="inclusief",
                engaged_as="werkgever",
                forms="stages",
                started_on=date(2020, 1, 1),
                ended_on=date.today() - timedelta(days=7),
            )
        )
    widget = PartnersTab(Workspace(database))
    qtbot.addWidget(widget)
    widget.show()
    widget.ensure_loaded()
    assert "engageren 0 van 1 werkgevers" in widget.summary.text()
    assert widget.model.record(0).inclusive_since is None
    assert "geen lopend inclusief engagement" in widget.header.text()


def test_engagement_forms_are_shown_as_words_not_codes(qtbot):
    from kempen_desktop.ui.partners.engagement_dialog import forms_text
    from kempen_desktop.ui.partners.indicator_view import EMPLOYER_COLUMNS

    assert forms_text("art60,stage,wijk-werken") == "art. 60, stages, wijk-werken"
    assert forms_text("") == ""
    forms_column = EMPLOYER_COLUMNS[-1]
    line = type("Line", (), {"forms": "art60,aanwerving"})()
    assert forms_column.display(line) == "art. 60, aanwerving"


def test_editing_a_partner_keeps_its_type_after_that_type_was_deactivated(
    tab, database, monkeypatch
):
    with database.transaction() as session:
        session.add(
            Partner(name="Vakbond Kempen", partner_type_code="vakbond", municipality_nis=GEEL)
        )
        session.get(PartnerType, "vakbond").active = False
    tab.reload()
    tab.select_partner(tab.model.record(0).id)
    seen = _drive(monkeypatch, PartnerDialog, lambda dialog: dialog.sector.setText("Vakbond"))
    tab.edit_button.click()
    assert combo_value(seen[0].type) == "vakbond"
    assert seen[0].type.currentText() == "Vakbond"  # its label, not the bare code
    assert seen[0].result() == PartnerDialog.DialogCode.Accepted
    with database.session() as session:
        assert (
            session.scalar(
                select(Partner.partner_type_code).where(Partner.name == "Vakbond Kempen")
            )
            == "vakbond"
        )


def test_partner_dialog_saves_an_edited_in_netwerk_sinds_date(qtbot, database):
    """Issue 15: the *in netwerk sinds* date is editable in the dialog and read back as saved;
    the dialog shows the derived date when none was saved."""
    workspace = Workspace(database)
    with database.transaction() as session:
        partner = Partner(name="Bakkerij Peeters", partner_type_code="werkgever")
        session.add(partner)
        session.flush()
        partner_id = partner.id
    choices = workspace.partners.form_choices()
    dialog = PartnerDialog(workspace, choices.types, choices.municipalities, partner_id=partner_id)
    qtbot.addWidget(dialog)
    assert dialog.network_since.value() == workspace.partners.get(partner_id).network_since
    dialog.network_since.set_value(date(2019, 3, 4))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == PartnerDialog.DialogCode.Accepted
    assert workspace.partners.get(partner_id).network_since == date(2019, 3, 4)

    new = PartnerDialog(workspace, choices.types, choices.municipalities)
    qtbot.addWidget(new)
    new.name.setText("Schrijnwerkerij Mol")
    new.type.setCurrentIndex(new.type.findData("werkgever"))
    new.network_since.set_value(date(2021, 9, 1))
    new.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert new.partner_id is not None
    assert workspace.partners.get(new.partner_id).network_since == date(2021, 9, 1)
