"""Issue 14: one address helper. Postcode ↔ gemeente both ways, deelgemeenten and the 2025
mergers, never a stale value, the NIS code always stored for a Belgian postcode."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kempen_desktop.app import Workspace
from kempen_desktop.domain.address import AddressBook, Place, fold
from kempen_desktop.services.common import lookups
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.common.lookups import Choice
from kempen_desktop.ui.dossiers.dossier_dialog import DossierDialog
from kempen_desktop.ui.partners.partner_dialog import PartnerDialog


@pytest.fixture
def book(database: Database) -> AddressBook:
    with database.session() as session:
        return lookups.address_book(session)


@pytest.mark.parametrize(
    ("name", "postcode", "nis"),
    [
        ("Herentals", "2200", "13011"),
        ("herentals", "2200", "13011"),
        ("Morkhoven", "2200", "13011"),  # deelgemeente of Herentals
        ("Vremde", "2531", "11004"),  # deelgemeente of Boechout
        ("Wilrijk", "2610", "11002"),  # district of Antwerpen
        ("Borsbeek", "2150", "11002"),  # merged into Antwerpen in 2025
        ("Mol", "2400", "13025"),
        ("Oud-Turnhout", "2360", "13031"),
        ("oud turnhout", "2360", "13031"),
        ("Hasselt", "3500", "71072"),  # the 2025 Hasselt (new NIS code)
    ],
)
def test_names_lead_to_the_right_place(
    book: AddressBook, name: str, postcode: str, nis: str
) -> None:
    place = book.for_name(name)
    assert place is not None and (place.postcode, place.nis_code) == (postcode, nis)


def test_postcodes_lead_to_their_municipality_and_partial_names_to_nothing(
    book: AddressBook,
) -> None:
    assert [p.municipality for p in book.for_postcode("2400")] == ["Mol"]
    assert [p.municipality for p in book.for_postcode("2150")] == ["Antwerpen"]
    assert [p.nis_code for p in book.for_postcode("2431")] == ["13053"]  # Veerle, Laakdal
    assert book.for_name("H") is None and book.for_name("Herenta") is None
    assert book.for_postcode("9999") == []
    assert fold("  Şahin-Öztürk ") == "sahin ozturk"


@pytest.mark.parametrize(
    ("name", "postcode", "municipality"),
    [  # checked against bpost's postcode list of 2025 (resources/reference/README.md)
        ("Pulderbos", "2242", "Zandhoven"),
        ("Sint-Job-in-'t-Goor", "2960", "Brecht"),
        ("s Gravenwezel", "2970", "Schilde"),
        ("Beverlo", "3581", "Beringen"),
        ("Kortessem", "3720", "Hasselt"),  # merged into Hasselt in 2025
        ("Bilzen", "3740", "Bilzen-Hoeselt"),
        ("Meulebeke", "8760", "Tielt"),
        ("Moerbeke-Waas", "9180", "Lokeren"),
        ("Burcht", "2070", "Beveren-Kruibeke-Zwijndrecht"),
        ("Gooik", "1755", "Pajottegem"),
    ],
)
def test_deelgemeenten_of_antwerpen_limburg_and_the_2025_mergers(
    book: AddressBook, name: str, postcode: str, municipality: str
) -> None:
    place = book.for_name(name)
    assert place is not None and (place.postcode, place.municipality) == (postcode, municipality)
    assert municipality in [p.municipality for p in book.for_postcode(postcode)]


def test_a_deelgemeente_name_of_two_places_is_not_guessed(book: AddressBook) -> None:
    assert book.for_name("Tongerlo") is None  # Westerlo (2260) and Bree (3960)
    assert book.for_name("Meldert") is None  # Lummen, Hoegaarden, Aalst
    assert book.for_name("Halle").municipality == "Halle"  # a municipality name wins
    assert [p.municipality for p in book.for_postcode("2260")] == ["Westerlo"]
    assert [p.municipality for p in book.for_postcode("3960")] == ["Bree"]


def test_the_nis_code_to_store() -> None:
    book = AddressBook(
        [("13011", "Herentals", ["2200"]), ("24033", "Haacht", ["3150"])],
        [Place("2200", "Morkhoven", "13011", "")],
    )
    assert book.nis_for("2200", None) == "13011"  # a Belgian postcode always gets its NIS
    assert book.nis_for("2200", "24033") == "13011"  # never a gemeente of another postcode
    assert book.nis_for("", "24033") == "24033"
    assert book.nis_for("1012", None) is None  # not Belgian / unknown: nothing guessed


def _dossier_dialog(qtbot, workspace: Workspace) -> DossierDialog:  # type: ignore[no-untyped-def]
    dialog = DossierDialog(workspace.dossiers.form_choices(), workspace.dossiers.create)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.last_name, "Peeters")
    qtbot.keyClicks(dialog.first_name, "Jan")
    return dialog


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type_gemeente(qtbot, dialog, text: str) -> None:  # type: ignore[no-untyped-def]
    line = dialog.municipality.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    popup = line.completer().popup()
    if popup.isVisible():  # the suggestions close on the first Tab, the second leaves
        qtbot.keyClick(popup, Qt.Key.Key_Tab)
    qtbot.keyClick(line, Qt.Key.Key_Tab)  # leave the field


def test_postcode_2400_stores_mol_with_its_nis(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = _dossier_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.postcode, "2400")
    assert dialog.municipality.currentText() == "Mol"
    _save(qtbot, dialog)
    data = workspace.dossiers.get(dialog.saved_result).data
    assert (data.postcode, data.municipality_nis) == ("2400", "13025")


def test_herentals_typed_gives_2200_not_a_stale_postcode(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = _dossier_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.postcode, "3150")  # Haacht first ...
    assert dialog.municipality.currentText() == "Haacht"
    _type_gemeente(qtbot, dialog, "Herentals")  # ... then the gemeente is corrected
    assert dialog.postcode.text() == "2200"
    _save(qtbot, dialog)
    data = workspace.dossiers.get(dialog.saved_result).data
    assert (data.postcode, data.municipality_nis) == ("2200", "13011")


def test_a_new_postcode_never_keeps_the_old_gemeente(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = _dossier_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.postcode, "2200")
    assert dialog.municipality.currentText() == "Herentals"
    dialog.postcode.selectAll()
    qtbot.keyClicks(dialog.postcode, "2400")
    assert dialog.municipality.currentText() == "Mol"
    dialog.postcode.selectAll()
    qtbot.keyClicks(dialog.postcode, "1999")  # no such postcode: no gemeente, a message
    assert dialog.municipality.currentText() == ""
    assert "1999" in dialog.address.hint.text()


def test_a_deelgemeente_picks_its_municipality_and_postcode(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = _dossier_dialog(qtbot, workspace)
    _type_gemeente(qtbot, dialog, "Vremde")
    assert (dialog.municipality.currentText(), dialog.postcode.text()) == ("Boechout", "2531")
    _type_gemeente(qtbot, dialog, "Her")  # not a gemeente: nothing guessed
    assert dialog.address.nis() == "11004"  # the postcode 2531 still says Boechout
    dialog.municipality.lineEdit().editingFinished.emit()  # leaving the field (offscreen)
    assert "geen gemeente" in dialog.address.hint.text()


def test_partner_dialog_herentals_gives_2200(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    choices = workspace.partners.form_choices()
    dialog = PartnerDialog(workspace, [Choice("werkgever", "Werkgever")], choices.municipalities)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Bakkerij Peeters")
    dialog.type.setCurrentIndex(1)
    _type_gemeente(qtbot, dialog, "Herentals")
    assert dialog.postcode.text() == "2200"
    _save(qtbot, dialog)
    assert isinstance(dialog.partner_id, uuid.UUID)
    saved = workspace.partners.get(dialog.partner_id)
    assert (saved.postcode, saved.municipality_nis) == ("2200", "13011")


def test_a_deelgemeente_of_two_places_waits_for_the_postcode(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = _dossier_dialog(qtbot, workspace)
    _type_gemeente(qtbot, dialog, "Tongerlo")  # Westerlo 2260 or Bree 3960: no guess
    assert (dialog.postcode.text(), dialog.address.nis()) == ("", None)
    qtbot.keyClicks(dialog.postcode, "3960")
    assert dialog.municipality.currentText() == "Bree"
    _save(qtbot, dialog)
    data = workspace.dossiers.get(dialog.saved_result).data
    assert (data.postcode, data.municipality_nis) == ("3960", "72004")
