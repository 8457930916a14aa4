"""Import building blocks: cells (dates, INSZ, names), header detection and mapping profiles."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from import_helpers import make_insz

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.importing import (
    FIELD_KEYS,
    FIELD_LABELS,
    ImportFailed,
    Profile,
    builtin_profiles,
    detect_layout,
    load_profile_toml,
    profile_from_toml,
    profile_to_toml,
)
from kempen_desktop.services.importing.parsing import clean_name, name_key, parse_date, parse_insz
from kempen_desktop.services.importing.reader import SheetData

TODAY = date(2025, 3, 1)


@pytest.mark.parametrize(
    "value",
    [
        date(2023, 5, 3),
        datetime(2023, 5, 3, 0, 0),
        45049,
        45049.0,
        "03/05/2023",
        "3-5-2023",
        "03.05.2023",
        "2023-05-03",
        " 3/5/2023 ",
        "03/05/2023 00:00",
        "03/05/23",
    ],
)
def test_dates_in_every_written_form(value: object) -> None:
    assert parse_date(value, TODAY) == (date(2023, 5, 3), None)


@pytest.mark.parametrize(
    "value", ["05/13/2023", "31/02/2023", "morgen", "2023-13-01", True, -5, 9_999_999]
)
def test_dates_that_cannot_be_read_are_never_guessed(value: object) -> None:
    parsed, problem = parse_date(value, TODAY)
    assert parsed is None and problem


def test_excel_serials_early_in_1900() -> None:
    assert parse_date(1, TODAY)[0] == date(1900, 1, 1)
    assert parse_date(59, TODAY)[0] == date(1900, 2, 28)
    assert parse_date(61, TODAY)[0] == date(1900, 3, 1)


def test_empty_cells_are_not_dates() -> None:
    assert parse_date(None, TODAY) == (None, None)
    assert parse_date("  ", TODAY) == (None, None)


@pytest.mark.parametrize(
    "value", ["85.07.30-033.28", "85073003328", "850730 033 28", 85073003328, 85073003328.0]
)
def test_insz_in_every_written_form(value: object) -> None:
    assert parse_insz(value) == ("85073003328", None)


def test_insz_that_lost_its_leading_zero() -> None:
    insz = make_insz(date(2005, 7, 30))
    assert insz.startswith("0")
    assert parse_insz(int(insz)) == (insz, None)  # a number cell
    assert parse_insz(insz[1:]) == (insz, None)  # the same number as text in a CSV
    assert parse_insz("85073003329")[1] == "INSZ-controlecijfer klopt niet."
    assert parse_insz("1234")[1] == "INSZ moet 11 cijfers hebben (nu 4)."


def test_names_in_capitals_get_proper_case_others_are_kept() -> None:
    assert clean_name("  VAN DEN BROECK ", last_name=True) == "Van den Broeck"
    assert clean_name("DE SMET", last_name=True) == "De Smet"
    assert clean_name("D'HONDT", last_name=True) == "D'Hondt"
    assert clean_name("JAN-PIETER") == "Jan-Pieter"
    assert clean_name("ÉLODIE") == "Élodie"
    assert clean_name("van  den Broeck", last_name=True) == "van den Broeck"  # mixed case: as given
    assert clean_name("McDonald") == "McDonald"
    assert name_key("Van den Broeck") == name_key("VANDENBROECK") == name_key("van-den  broeck")
    assert name_key("Céline") == name_key("CELINE")


def _sheet(rows: list[list[object]]) -> SheetData:
    return SheetData(
        "Lijst", [(i + 1, r) for i, r in enumerate(rows) if any(c is not None for c in r)]
    )


def test_header_row_is_found_below_title_rows_and_columns_in_any_order() -> None:
    sheet = _sheet(
        [
            ["Lijst dienst intensieve begeleiding", None, None],
            [None, None, None],
            [
                "Opmerking",
                "Geb. datum",
                "VOORNAAM",
                "familie naam",
                "Rijksregisternummer",
                "Extra kolom",
                "Woonplaats",
            ],
            ["x", "01/01/1990", "Jan", "Peeters", "85073003328", "y", "Turnhout"],
        ]
    )
    layout = detect_layout(sheet, builtin_profiles()[0])
    assert layout.header_row == 3
    assert layout.columns == {
        "notes": 0,
        "birth_date": 1,
        "first_name": 2,
        "last_name": 3,
        "insz": 4,
        "municipality": 6,
    }
    assert layout.headers[5] == "Extra kolom"


def test_profile_columns_win_over_synonyms() -> None:
    sheet = _sheet([["Naam", "Naam moeder", "Voornaam", "Geboren"], ["A", "B", "C", "01/01/1990"]])
    profile = Profile("Eigen", "OCMW", {"last_name": "naam   MOEDER"})
    layout = detect_layout(sheet, profile)
    assert layout.columns["last_name"] == 1
    assert layout.columns["first_name"] == 2 and layout.columns["birth_date"] == 3


def test_no_header_row_is_a_dutch_error() -> None:
    with pytest.raises(ImportFailed, match="Geen kopregel"):
        detect_layout(_sheet([["a", "b"], ["c", "d"]]), builtin_profiles()[0])


def test_field_keys_and_labels() -> None:
    assert FIELD_KEYS[:5] == ("insz", "vdab_client_number", "last_name", "first_name", "birth_date")
    assert len(FIELD_KEYS) == 18 and set(FIELD_LABELS) == set(FIELD_KEYS)
    assert {p.name for p in builtin_profiles()} == {"VDAB", "OCMW"}


def test_profile_toml_round_trip(tmp_path: Path) -> None:
    profile = Profile(
        name='VDAB "intensief"',
        source="VDAB",
        columns={
            "insz": "INSZ-nummer",
            "last_name": "Familienaam",
            "birth_date": "Geboortedatum\\x",
        },
        sheet="Lijst",
        header_row=3,
        target_groups=["leefloongerechtigde", "Kortgeschoold"],
    )
    text = profile_to_toml(profile)
    path = tmp_path / "p.toml"
    path.write_text(text, encoding="utf-8")
    assert load_profile_toml(path) == profile


def test_profile_toml_of_the_issue() -> None:
    profile = profile_from_toml("""
name = "VDAB dienst intensieve begeleiding"
source = "VDAB"
[columns]
insz = "INSZ-nummer"
vdab_client_number = "Klantnummer VDAB"
last_name = "Familienaam"
first_name = "Voornaam"
birth_date = "Geboortedatum"
[options]
sheet = "Lijst"           # optional: first visible sheet otherwise
header_row = 3            # optional: detected otherwise
target_groups = ["leefloongerechtigde"]   # optional: added to every imported dossier
""")
    assert profile.name == "VDAB dienst intensieve begeleiding" and profile.header_row == 3
    assert profile.columns["vdab_client_number"] == "Klantnummer VDAB"
    assert profile.target_groups == ["leefloongerechtigde"] and not profile.builtin


@pytest.mark.parametrize(
    "text, message",
    [
        ("name = ", "geen geldig TOML"),
        ('source = "x"', "geen naam"),
        ('name = "x"\n[columns]\nschoenmaat = "Maat"', "onbekend veld 'schoenmaat'"),
        ('name = "x"\n[options]\nheader_row = 0', "header_row"),
    ],
)
def test_bad_profiles_are_refused_in_dutch(text: str, message: str) -> None:
    with pytest.raises(ImportFailed, match=message):
        profile_from_toml(text)


def test_profile_store_saves_lists_and_deletes(database: Database) -> None:
    store = Workspace(database).importing
    assert [p.name for p in store.profiles()] == ["VDAB", "OCMW"]
    own = Profile("OCMW Geel", "OCMW", {"insz": "RRN"}, header_row=2, target_groups=["leefloon"])
    store.save_profile(own)
    assert store.profile("OCMW Geel") == own
    assert [p.name for p in store.profiles()] == ["VDAB", "OCMW", "OCMW Geel"]
    own.columns["last_name"] = "Familienaam"
    store.save_profile(own)
    assert store.profile("ocmw geel").columns == {"insz": "RRN", "last_name": "Familienaam"}
    # A saved profile with a built-in name takes its place; deleting it brings the built-in back.
    store.save_profile(Profile("VDAB", "VDAB", {"insz": "Mijn INSZ"}))
    assert (
        store.profile("VDAB").columns == {"insz": "Mijn INSZ"} and not store.profile("VDAB").builtin
    )
    store.delete_profile("VDAB")
    assert store.profile("VDAB").builtin
    store.delete_profile("OCMW Geel")
    with pytest.raises(ImportFailed, match="geen importprofiel"):
        store.profile("OCMW Geel")
    with pytest.raises(ImportFailed, match="ingebouwd"):
        store.delete_profile("OCMW")
