"""Tests for the shipped reference data and its reader."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from datetime import date

import pytest

from kempen_desktop.db import reference_data as rd
from kempen_desktop.resources_location import resource_root

LAST_DAY_OLD = date(2024, 12, 31)
FIRST_DAY_NEW = date(2025, 1, 1)

# 2025 mergers: new (or kept) NIS code -> (name, NIS codes that ended 2024-12-31)
MERGERS_2025 = {
    "11002": ("Antwerpen", {"11007"}),
    "23106": ("Pajottegem", {"23023", "23024", "23032"}),
    "37021": ("Wingene", {"37012", "37018"}),
    "37022": ("Tielt", {"37007", "37015"}),
    "44086": ("Nazareth-De Pinte", {"44012", "44048"}),
    "44087": ("Lochristi", {"44034", "44073"}),
    "44088": ("Merelbeke-Melle", {"44040", "44043"}),
    "46029": ("Lokeren", {"44045", "46014"}),
    "46030": ("Beveren-Kruibeke-Zwijndrecht", {"11056", "46003", "46013"}),
    "71071": ("Tessenderlo-Ham", {"71057", "71069"}),
    "71072": ("Hasselt", {"71022", "73040"}),
    "73110": ("Bilzen-Hoeselt", {"73006", "73032"}),
    "73111": ("Tongeren-Borgloon", {"73009", "73083"}),
}

MERGERS_2019 = {
    "12041": ("Puurs-Sint-Amands", {"12030", "12034"}),
    "44083": ("Deinze", {"44011", "44049"}),
    "44084": ("Aalter", {"44001", "44029"}),
    "44085": ("Lievegem", {"44036", "44072", "44080"}),
    "45068": ("Kruisem", {"45017", "45057"}),
    "72042": ("Oudsbergen", {"71047", "72040"}),
    "72043": ("Pelt", {"72025", "72029"}),
}

KEMPEN = {
    "Arendonk",
    "Baarle-Hertog",
    "Balen",
    "Beerse",
    "Dessel",
    "Geel",
    "Grobbendonk",
    "Herentals",
    "Herenthout",
    "Herselt",
    "Hoogstraten",
    "Hulshout",
    "Kasterlee",
    "Laakdal",
    "Lille",
    "Meerhout",
    "Merksplas",
    "Mol",
    "Olen",
    "Oud-Turnhout",
    "Ravels",
    "Retie",
    "Rijkevorsel",
    "Turnhout",
    "Vorselaar",
    "Vosselaar",
    "Westerlo",
}

ZORA_WERKT = {
    "11004": ("Boechout", {"2530", "2531"}),
    "11013": ("Edegem", {"2650"}),
    "11021": ("Hove", {"2540"}),
    "11024": ("Kontich", {"2550"}),
    "11025": ("Lint", {"2547"}),
    "11029": ("Mortsel", {"2640"}),
    "11052": ("Wommelgem", {"2160"}),
}

PROVINCES = {"Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"}


@pytest.fixture(scope="module")
def by_code() -> dict[str, rd.Municipality]:
    return {m.nis_code: m for m in rd.load_municipalities()}


# --- municipalities ---------------------------------------------------------


def test_counts_around_2025_mergers():
    assert len(rd.municipalities_valid_on(LAST_DAY_OLD)) == 300
    assert len(rd.municipalities_valid_on(FIRST_DAY_NEW)) == 285


def test_counts_around_2019_mergers():
    assert len(rd.municipalities_valid_on(date(2018, 12, 31))) == 308
    assert len(rd.municipalities_valid_on(date(2019, 1, 1))) == 300


def test_nis_codes_unique_and_well_formed():
    codes = [m.nis_code for m in rd.load_municipalities()]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"\d{5}", c) for c in codes)


def test_names_unique_on_any_day():
    for day in (date(2018, 12, 31), date(2019, 1, 1), LAST_DAY_OLD, FIRST_DAY_NEW):
        names = Counter(m.name for m in rd.municipalities_valid_on(day))
        assert [n for n, c in names.items() if c > 1] == []


def test_fields_are_consistent():
    for m in rd.load_municipalities():
        assert m.province in PROVINCES
        assert m.name and m.arrondissement
        assert m.postcodes, m
        assert all(re.fullmatch(r"\d{4}", p) for p in m.postcodes), m
        assert len(set(m.postcodes)) == len(m.postcodes), m
        if m.valid_until is not None:
            assert m.valid_from <= m.valid_until
            assert m.successor_nis_code is not None, m
        else:
            assert m.successor_nis_code is None, m


def test_every_ended_municipality_has_a_valid_successor(by_code):
    for m in rd.load_municipalities():
        if m.valid_until is None:
            continue
        successor = by_code[m.successor_nis_code]
        day_after = date.fromordinal(m.valid_until.toordinal() + 1)
        assert successor.is_valid_on(day_after), (m, successor)


def test_merged_away_2025_have_successor_valid_on_2025_01_01(by_code):
    ended = [m for m in rd.load_municipalities() if m.valid_until == LAST_DAY_OLD]
    assert len(ended) == 27
    for m in ended:
        assert m.is_valid_on(LAST_DAY_OLD)
        assert not m.is_valid_on(FIRST_DAY_NEW)
        assert by_code[m.successor_nis_code].is_valid_on(FIRST_DAY_NEW)


@pytest.mark.parametrize("new_code", sorted(MERGERS_2025))
def test_2025_mergers(by_code, new_code):
    name, old_codes = MERGERS_2025[new_code]
    new = by_code[new_code]
    assert new.name == name
    assert new.is_valid_on(FIRST_DAY_NEW) and new.valid_until is None
    for old in old_codes:
        assert by_code[old].valid_until == LAST_DAY_OLD
        assert by_code[old].successor_nis_code == new_code
        # the merged municipality covers the postcodes of its parts
        assert set(by_code[old].postcodes) <= set(new.postcodes)
    if new_code == "11002":
        assert new.valid_from == date(1977, 1, 1)  # Antwerpen kept its code
    else:
        assert new.valid_from == FIRST_DAY_NEW


def test_borsbeek_merged_into_antwerpen(by_code):
    borsbeek = by_code["11007"]
    assert borsbeek.name == "Borsbeek"
    assert borsbeek.valid_until == LAST_DAY_OLD
    assert borsbeek.successor_nis_code == "11002"
    assert by_code["11002"].name == "Antwerpen"
    assert rd.resolve_municipality("11007", FIRST_DAY_NEW).name == "Antwerpen"
    assert rd.resolve_municipality("11007", LAST_DAY_OLD).name == "Borsbeek"


def test_zwijndrecht_changes_province(by_code):
    assert by_code["11056"].province == "Antwerpen"
    assert by_code["46030"].province == "Oost-Vlaanderen"


@pytest.mark.parametrize("new_code", sorted(MERGERS_2019))
def test_2019_mergers(by_code, new_code):
    name, old_codes = MERGERS_2019[new_code]
    new = by_code[new_code]
    assert new.name == name
    assert new.valid_from == date(2019, 1, 1)
    for old in old_codes:
        assert by_code[old].valid_from == date(1977, 1, 1)
        assert by_code[old].valid_until == date(2018, 12, 31)
        assert by_code[old].successor_nis_code == new_code


def test_kempen_27_municipalities():
    for day in (LAST_DAY_OLD, FIRST_DAY_NEW, date(2019, 1, 1)):
        kempen = rd.kempen_municipalities(day)
        assert len(kempen) == 27
        assert {m.name for m in kempen} == KEMPEN
        assert {m.arrondissement for m in kempen} == {"Turnhout"}
        assert {m.province for m in kempen} == {"Antwerpen"}
    arr_turnhout = [
        m for m in rd.municipalities_valid_on(FIRST_DAY_NEW) if m.arrondissement == "Turnhout"
    ]
    assert len(arr_turnhout) == 27


def test_turnhout_and_kempen_postcodes(by_code):
    turnhout = by_code["13040"]
    assert turnhout.name == "Turnhout"
    assert turnhout.postcodes == ("2300",)
    assert turnhout.valid_until is None
    assert by_code["13025"].postcodes[0] == "2400"  # Mol
    assert by_code["13008"].postcodes[0] == "2440"  # Geel
    assert by_code["13010"].postcodes == ("2280", "2288")  # Grobbendonk, Bouwel


def test_zora_werkt_municipalities(by_code):
    for code, (name, postcodes) in ZORA_WERKT.items():
        m = by_code[code]
        assert m.name == name
        assert set(m.postcodes) == postcodes
        assert m.is_valid_on(FIRST_DAY_NEW)


def test_is_valid_on_bounds(by_code):
    borsbeek = by_code["11007"]
    assert borsbeek.is_valid_on(date(1977, 1, 1))
    assert not borsbeek.is_valid_on(date(1976, 12, 31))
    assert borsbeek.is_valid_on(LAST_DAY_OLD)
    assert not borsbeek.is_valid_on(FIRST_DAY_NEW)


def test_resolve_municipality():
    assert rd.resolve_municipality("44049", FIRST_DAY_NEW).name == "Deinze"  # Nevele
    assert rd.resolve_municipality("73040", FIRST_DAY_NEW).nis_code == "71072"  # Kortessem
    assert rd.resolve_municipality("71022", date(2020, 6, 1)).nis_code == "71022"
    assert rd.resolve_municipality("46030", date(2024, 6, 1)) is None  # not yet existing
    assert rd.resolve_municipality("99999", FIRST_DAY_NEW) is None
    assert rd.get_municipality("13040").name == "Turnhout"
    assert rd.get_municipality("00000") is None


def test_loaders_return_fresh_lists():
    first = rd.load_municipalities()
    first.clear()
    assert len(rd.load_municipalities()) > 300
    codes = rd.load_codes("statuses")
    codes.clear()
    assert rd.load_codes("statuses")


# --- code lists -------------------------------------------------------------

EXPECTED_CODES = {
    "target_groups": [
        ("jongere", "Jongere (< 25 jaar)"),
        ("55plus", "55-plusser"),
        ("langdurig_werkzoekend", "Langdurig werkzoekend (> 1 jaar)"),
        ("zeer_langdurig_werkzoekend", "Zeer langdurig werkzoekend (> 2 jaar)"),
        ("leefloon", "Leefloongerechtigde"),
        ("arbeidsbeperking", "Persoon met arbeidsbeperking"),
        ("kortgeschoold", "Kortgeschoold"),
        ("anderstalig", "Anderstalig"),
        ("nieuwkomer", "Nieuwkomer / vluchteling"),
        ("tijdelijk_ontheemde", "Tijdelijk ontheemde (Oekraïne)"),
        ("herintreder", "Niet-beroepsactief / herintreder"),
        ("neet", "NEET-jongere"),
        ("buso_schoolverlater", "BuSO-schoolverlater"),
    ],
    "statuses": [
        ("aangemeld", "Aangemeld"),
        ("intake", "Intake"),
        ("in_begeleiding", "In begeleiding"),
        ("in_opleiding", "In opleiding"),
        ("werkervaring", "Werkervaring"),
        ("aan_het_werk", "Aan het werk"),
        ("afgesloten", "Afgesloten"),
    ],
    "closing_reasons": [
        ("werk", "Uitstroom naar werk"),
        ("opleiding", "Uitstroom naar opleiding"),
        ("verhuisd", "Verhuisd buiten de regio"),
        ("doorverwezen", "Doorverwezen naar andere dienst"),
        ("geen_medewerking", "Geen medewerking"),
        ("niet_bereikbaar", "Niet meer bereikbaar"),
        ("ziekte", "Medische redenen"),
        ("overleden", "Overleden"),
        ("andere", "Andere reden"),
    ],
    "meeting_types": [
        ("clientoverleg", "Cliëntoverleg"),
        ("dossierbespreking", "Dossierbespreking"),
        ("thematisch_overleg", "Thematisch overleg"),
        ("stuurgroep", "Stuurgroep"),
        ("netwerkmoment", "Netwerkmoment"),
        ("rondetafel", "Rondetafel"),
    ],
}

EXPECTED_CODE_SETS = {
    "partner_types": {
        "werkgever",
        "maatwerkbedrijf",
        "lokale_diensteneconomie",
        "vdab",
        "ocmw",
        "gtb",
        "opleidingsverstrekker",
        "school",
        "welzijn",
        "vakbond",
        "werkgeversorganisatie",
        "lokaal_bestuur",
        "intergemeentelijk",
        "interimkantoor",
        "andere",
    },
    "contract_types": {
        "onbepaalde_duur",
        "bepaalde_duur",
        "interim",
        "art60",
        "maatwerk",
        "lde",
        "ibo",
        "deeltijds",
        "zelfstandige",
        "flexi",
        "andere",
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED_CODES))
def test_code_lists_exact(name):
    assert [(c.code, c.label) for c in rd.load_codes(name)] == EXPECTED_CODES[name]


@pytest.mark.parametrize("name", sorted(EXPECTED_CODE_SETS))
def test_code_lists_codes(name):
    assert {c.code for c in rd.load_codes(name)} == EXPECTED_CODE_SETS[name]


def test_contract_type_labels():
    labels = {c.code: c.label for c in rd.load_codes("contract_types")}
    assert labels["art60"] == "Art. 60"
    assert labels["ibo"] == "IBO"


@pytest.mark.parametrize("name", rd.CODE_LIST_NAMES)
def test_code_lists_well_formed(name):
    entries = rd.load_codes(name)
    assert entries
    assert len({c.code for c in entries}) == len(entries)
    assert len({c.sort_order for c in entries}) == len(entries)
    assert [c.sort_order for c in entries] == sorted(c.sort_order for c in entries)
    assert all(re.fullmatch(r"[a-z0-9_]+", c.code) for c in entries)
    assert all(c.label for c in entries)
    assert all(c.description is None or c.description.strip() for c in entries)


def test_unknown_code_list():
    with pytest.raises(ValueError):
        rd.load_codes("municipalities")


def test_reference_files_are_utf8_with_header():
    ref = resource_root() / "reference"
    for name in (*rd.CODE_LIST_NAMES, "municipalities"):
        raw = (ref / f"{name}.csv").read_bytes()
        text = raw.decode("utf-8")
        assert not text.startswith("\ufeff")
        header = next(csv.reader(io.StringIO(text)))
        if name == "municipalities":
            assert header == [
                "nis_code",
                "name",
                "arrondissement",
                "province",
                "postcodes",
                "valid_from",
                "valid_until",
                "successor_nis_code",
            ]
        else:
            assert header[:3] == ["code", "label", "sort_order"]


def test_resource_root_finds_reference_dir():
    assert (resource_root() / "reference" / "municipalities.csv").is_file()
