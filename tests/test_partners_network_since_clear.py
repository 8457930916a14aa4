"""Issue 15: *in netwerk sinds* can be emptied again once saved (only the fields the user
changed are written), and a Belgian postcode without a municipality gets its NIS code."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import Partner
from kempen_desktop.services.partners.partners import PartnerInput
from kempen_desktop.ui.partners.partner_dialog import PartnerDialog

MOL = "13025"


def _stored(database, partner_id):
    with database.session() as session:
        p = session.scalars(select(Partner).where(Partner.id == partner_id)).one()
        return {
            "network_since": p.network_since,
            "name": p.name,
            "sector": p.sector,
            "phone": p.phone,
            "notes": p.notes,
            "municipality_nis": p.municipality_nis,
            "updated_at": p.updated_at,
        }


def test_set_save_clear_save_stores_null_and_keeps_the_rest(database) -> None:
    partners = Workspace(database).partners
    pid = partners.create(
        PartnerInput(name="Bakkerij Peeters", partner_type_code="werkgever", sector="Voeding")
    )
    shown = partners.get(pid)
    partners.update(pid, replace(shown, network_since=date(2019, 3, 4)), changed=["network_since"])
    assert _stored(database, pid)["network_since"] == date(2019, 3, 4)
    before = _stored(database, pid)
    shown = partners.get(pid)
    # Another field in the data differs from the database, but the user did not change it:
    # it must not be written.
    partners.update(
        pid, replace(shown, network_since=None, sector="Iets anders"), changed=["network_since"]
    )
    after = _stored(database, pid)
    assert after["network_since"] is None
    assert after["sector"] == "Voeding" == before["sector"]
    assert {k: after[k] for k in ("name", "phone", "notes", "municipality_nis")} == {
        k: before[k] for k in ("name", "phone", "notes", "municipality_nis")
    }
    # Emptied: the form shows the derived date again (the day it was created).
    assert partners.get(pid).network_since == date.today()


def test_without_changed_an_empty_date_keeps_the_stored_one(database) -> None:
    """Older callers (no list of changed fields) keep their meaning: None is 'not given'."""
    partners = Workspace(database).partners
    pid = partners.create(
        PartnerInput(
            name="Schrijnwerkerij", partner_type_code="werkgever", network_since=date(2020, 1, 1)
        )
    )
    partners.update(pid, replace(partners.get(pid), network_since=None))
    assert _stored(database, pid)["network_since"] == date(2020, 1, 1)


def test_partner_dialog_clears_a_saved_date(qtbot, database) -> None:
    workspace = Workspace(database)
    pid = workspace.partners.create(
        PartnerInput(
            name="Bakkerij Peeters",
            partner_type_code="werkgever",
            phone="014 11 22 33",
            network_since=date(2018, 6, 1),
        )
    )
    before = _stored(database, pid)
    choices = workspace.partners.form_choices()
    dialog = PartnerDialog(workspace, choices.types, choices.municipalities, partner_id=pid)
    qtbot.addWidget(dialog)
    assert dialog.network_since.value() == date(2018, 6, 1)
    dialog.network_since.edit.clear()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == PartnerDialog.DialogCode.Accepted
    after = _stored(database, pid)
    assert after["network_since"] is None
    assert after["phone"] == before["phone"] and after["name"] == before["name"]


def test_partner_dialog_unchanged_writes_nothing(qtbot, database) -> None:
    workspace = Workspace(database)
    pid = workspace.partners.create(
        PartnerInput(name="Bakkerij Peeters", partner_type_code="werkgever")
    )
    before = _stored(database, pid)
    choices = workspace.partners.form_choices()
    dialog = PartnerDialog(workspace, choices.types, choices.municipalities, partner_id=pid)
    qtbot.addWidget(dialog)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert _stored(database, pid) == before  # derived date not stored, stamp unchanged


def test_a_belgian_postcode_without_municipality_stores_its_nis(database) -> None:
    partners = Workspace(database).partners
    pid = partners.create(
        PartnerInput(name="Kringwinkel", partner_type_code="werkgever", postcode="2400")
    )
    assert _stored(database, pid)["municipality_nis"] == MOL
    # An existing partner with a postcode and no municipality gets it on its next save.
    other = partners.create(PartnerInput(name="Drukkerij", partner_type_code="werkgever"))
    shown = partners.get(other)
    partners.update(other, replace(shown, postcode="2400"), changed=["postcode"])
    assert _stored(database, other)["municipality_nis"] == MOL
    # A chosen municipality is never replaced by the postcode's.
    geel = partners.create(
        PartnerInput(
            name="Bakkerij Geel",
            partner_type_code="werkgever",
            postcode="2400",
            municipality_nis="13008",
        )
    )
    assert _stored(database, geel)["municipality_nis"] == "13008"
