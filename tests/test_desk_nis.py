"""Issue 14: a dossier saved with a Belgian postcode carries the NIS code of its gemeente,
whatever path it took (the dossier service, the CLI import), so it counts in every gemeente
filter and report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.services.dossiers.dossiers import DossierInput


def _nis(workspace: Workspace, dossier_id) -> str | None:  # type: ignore[no-untyped-def]
    return workspace.dossiers.get(dossier_id).data.municipality_nis


@pytest.mark.parametrize(
    ("postcode", "nis"),
    [
        ("2400", "13025"),  # Mol
        ("2431", "13053"),  # Veerle, deelgemeente of Laakdal
        ("2150", "11002"),  # Borsbeek: Antwerpen since 2025
        ("", None),
    ],
)
def test_a_new_dossier_gets_the_nis_of_its_postcode(
    workspace: Workspace, postcode: str, nis: str | None
) -> None:
    created = workspace.dossiers.create(
        DossierInput(last_name="Peeters", first_name="Jan", postcode=postcode)
    )
    assert _nis(workspace, created) == nis


def test_editing_the_postcode_moves_the_gemeente_along(workspace: Workspace) -> None:
    dossier_id = workspace.dossiers.create(
        DossierInput(last_name="Maes", first_name="Ella", postcode="2400", municipality_nis="13025")
    )
    data = workspace.dossiers.get(dossier_id).data
    data.postcode = "2200"  # moved to Herentals; the form still held Mol
    workspace.dossiers.update(dossier_id, data)
    assert _nis(workspace, dossier_id) == "13011"


def test_a_chosen_gemeente_that_fits_the_postcode_is_kept(workspace: Workspace) -> None:
    dossier_id = workspace.dossiers.create(
        DossierInput(
            last_name="Aerts", first_name="Lien", postcode="2200", municipality_nis="13011"
        )
    )
    assert _nis(workspace, dossier_id) == "13011"


def test_the_cli_import_stores_the_nis_of_a_postcode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lijst.csv"
    path.write_text(
        "Naam;Voornaam;Geboortedatum;Postcode\n"
        "Janssens;Mila;05/04/1990;2400\nWouters;Tom;06/07/1985;2431\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "k.db")
    assert main(["--db", db, "import", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 2
    assert main(["--db", db, "dossiers", "list", "--json"]) == 0
    places = {r["last_name"]: r["municipality"] for r in json.loads(capsys.readouterr().out)}
    assert places == {"Janssens": "Mol", "Wouters": "Laakdal"}
