"""The rules of issue 3 on real files: rejections, matching, fill/overwrite, review, decisions."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from import_helpers import count, make_insz, write_csv, write_xlsx

from kempen_desktop.app import Workspace
from kempen_desktop.db import backends
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.importing import (
    ImportCancelled,
    ImportFailed,
    Profile,
    apply_plan,
    builtin_profiles,
    plan_import,
)

VDAB = builtin_profiles()[0]
PEETERS = make_insz(date(1985, 7, 30))  # 85073003328
YOUNG = make_insz(date(2005, 7, 30), 41)  # starts with 0


def _kinds(plan) -> dict[int, str]:  # type: ignore[no-untyped-def]
    return {row.row: row.kind for row in plan.rows}


def _row(plan, number):  # type: ignore[no-untyped-def]
    return next(row for row in plan.rows if row.row == number)


def test_rejections_with_dutch_reasons_and_sheet_row_numbers(
    database: Database, tmp_path: Path
) -> None:
    future = date.today() + timedelta(days=3)
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            [PEETERS, None, "PEETERS", "JAN", "30/07/1985"],  # row 4: fine
            [None] * 9,  # row 5: empty, skipped and not counted
            ["85073003329", None, "Maes", "Ella", None],  # row 6: bad check digits
            [None, None, "Maes", None, "01/01/1990"],  # row 7: no INSZ, no first name
            [None, None, "Maes", "Ella", "31/02/1990"],  # row 8: unreadable birth date
            [None, None, "Maes", "Ella", future],  # row 9: future
            [None, None, "Maes", "Ella", "01/01/1899"],  # row 10: before 1900
            [PEETERS, None, "Peeters", "Jan", "31/07/1985"],  # row 11: contradicts the INSZ
            ["85.07.30-033.28", None, "Peeters", "Jan", None],  # row 12: INSZ of row 4 again
            [None, None, None, None, None, None, None, None, "x"],  # row 13: only an unmapped value
        ],
    )
    plan = plan_import(database, path, VDAB)
    reasons = {row.row: row.reason for row in plan.rows if row.kind == "rejected"}
    assert _kinds(plan)[4] == "new" and 5 not in _kinds(plan)
    assert reasons == {
        6: "INSZ-controlecijfer klopt niet. (cel INSZ: '85073003329')",
        7: "Geen INSZ, en voornaam ontbreekt: de persoon is niet te herkennen.",
        8: "Geboortedatum onleesbaar: '31/02/1990' is geen geldige datum.",
        9: f"Geboortedatum {future:%d-%m-%Y} ligt in de toekomst.",
        10: "Geboortedatum 01-01-1899 ligt vóór 1900.",
        11: "Geboortedatum 31-07-1985 verschilt van die in het INSZ (30-07-1985).",
        12: "Dit INSZ staat al op rij 4 van dit bestand.",
        13: (
            "Geen INSZ, en naam, voornaam en geboortedatum ontbreken: "
            "de persoon is niet te herkennen."
        ),
    }
    assert plan.counts() == {
        "rows": 9,
        "created": 1,
        "updated": 0,
        "unchanged": 0,
        "differs": 0,
        "review": 0,
        "rejected": 8,
    }
    assert count(database, "SELECT count(*) FROM person") == 0  # planning writes nothing


def test_insz_and_dates_in_all_forms_create_the_right_people(
    database: Database, tmp_path: Path
) -> None:
    others = [make_insz(date(1970 + i, 1 + i, 10 + i), 50 + i) for i in range(3)]
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            ["85.07.30-033.28", None, "PEETERS", "JAN", date(1985, 7, 30)],
            [
                int(YOUNG),
                None,
                "Yilmaz",
                "Ayse",
                38563,
            ],  # number without its leading zero; serial date
            [
                f"{others[0][:6]} {others[0][6:9]} {others[0][9:]}",
                None,
                "Aerts",
                "Tom",
                "10-1-1970",
            ],
            [others[1], None, "Claes", "Lies", "11.02.1971"],
            [others[2], None, "Wouters", "Bart", "1972-03-12"],
        ],
    )
    plan = plan_import(database, path, VDAB)
    assert [row.kind for row in plan.rows] == ["new"] * 5, [row.reason for row in plan.rows]
    apply_plan(database, plan)
    with database.session() as session:
        from sqlalchemy import text

        stored = dict(session.execute(text("SELECT insz, birth_date FROM person")).all())
        names = set(
            session.execute(text("SELECT last_name || ' ' || first_name FROM person")).scalars()
        )
    stored = {insz: str(born) for insz, born in stored.items()}  # a date on PostgreSQL
    assert stored[PEETERS] == "1985-07-30" and stored[YOUNG] == "2005-07-30"
    assert stored[others[0]] == "1970-01-10" and stored[others[2]] == "1972-03-12"
    assert "Peeters Jan" in names


def test_csv_as_saved_by_excel_in_belgium(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "lijst.csv",
        [
            [
                YOUNG[1:],
                "1234567",
                "DE SMET",
                "ÉLODIE",
                "30/07/2005",
                "2300",
                "Turnhout",
                "0471 12 34 56",
                "",
            ],
        ],
    )
    plan = plan_import(database, path, VDAB)
    row = plan.rows[0]
    assert row.row == 2 and row.kind == "new", row.reason
    assert row.values["insz"] == "05.07.30-041.??".replace("??", YOUNG[-2:])
    assert row.values["last_name"] == "De Smet" and row.values["first_name"] == "Élodie"


def _existing(database: Database, **values: object) -> object:
    data = {"last_name": "Peeters", "first_name": "Jan", "insz": PEETERS, **values}
    return Workspace(database).dossiers.create(DossierInput(**data))  # type: ignore[arg-type]


def test_matching_order_insz_then_klantnummer_then_name(database: Database, tmp_path: Path) -> None:
    by_insz = _existing(database)
    by_vdab = _existing(
        database,
        last_name="Maes",
        first_name="Ella",
        insz="",
        vdab_number="7654321",
        birth_date=date(1990, 1, 1),
    )
    by_name = _existing(
        database,
        last_name="Van den Broeck",
        first_name="Anne-Marie",
        insz="",
        birth_date=date(1988, 4, 5),
    )
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            [PEETERS, None, "Andere", "Naam", None, "2300"],
            [None, 7654321, "MAES", "ELLA", "01/01/1990", "2400"],
            [None, None, "VANDENBROECK", "ANNE MARIE", "05/04/1988", "2440"],
        ],
    )
    plan = plan_import(database, path, VDAB)
    assert [(r.kind, r.dossier_id) for r in plan.rows] == [
        ("update", by_insz),
        ("update", by_vdab),
        ("update", by_name),
    ]
    # fill mode: the stored name stays, the empty postcode is filled, and the municipality from it
    assert [(c.field, c.old, c.new) for c in plan.rows[0].changes] == [
        ("postal_code", "", "2300"),
        ("municipality", "", "Turnhout"),
    ]


def test_fill_and_overwrite_and_empty_cells_never_erase(
    database: Database, tmp_path: Path, partner_ids: tuple
) -> None:  # type: ignore[type-arg]
    dossier_id = _existing(
        database,
        postcode="2300",
        municipality_nis="13040",
        phone="014 11 22 33",
        target_groups={"kortgeschoold"},
    )
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            [PEETERS, 1234567, "PEETERS", "Jan", None, "2400", "Mol", None, "Leefloongerechtigde"],
        ],
    )
    fill = plan_import(database, path, VDAB)
    assert {c.field: (c.old, c.new) for c in fill.rows[0].changes} == {
        "vdab_client_number": ("", "1234567"),
        "target_groups": ("Kortgeschoold", "Leefloongerechtigde, Kortgeschoold"),
    }
    over = plan_import(database, path, VDAB, mode="overwrite")
    assert {c.field: (c.old, c.new) for c in over.rows[0].changes} == {
        "vdab_client_number": ("", "1234567"),
        "postal_code": ("2300", "2400"),
        "municipality": ("Turnhout", "Mol"),
        "target_groups": ("Kortgeschoold", "Leefloongerechtigde, Kortgeschoold"),
    }
    apply_plan(database, over)
    detail = Workspace(database).dossiers.get(dossier_id)  # type: ignore[arg-type]
    assert detail.data.postcode == "2400" and detail.data.municipality_nis == "13025"
    assert detail.data.phone == "014 11 22 33"  # empty cell: kept
    assert detail.data.last_name == "Peeters"  # "PEETERS" is the same name
    assert detail.data.target_groups == {"kortgeschoold", "leefloon"}  # added, never removed
    assert detail.timeline[0].kind == "import"
    assert detail.timeline[0].title.startswith(
        "Bijgewerkt door import: VDAB-klantnummer, postcode, gemeente"
    )


def test_unchanged_rows_and_same_file_twice_creates_nothing(
    database: Database, tmp_path: Path
) -> None:
    _existing(database, postcode="2300", municipality_nis="13040")
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            [PEETERS, None, "Peeters", "Jan", None, "2300"],
            [None, None, "Maes", "Ella", "01/01/1990", "2400", "Mol", None, "kortgeschoold"],
            [YOUNG, 555, "Yilmaz", "Ayse", None],
        ],
    )
    first = plan_import(database, path, VDAB)
    assert [r.kind for r in first.rows] == ["unchanged", "new", "new"]
    apply_plan(database, first)
    second = plan_import(database, path, VDAB)
    assert second.counts() == {
        "rows": 3,
        "created": 0,
        "updated": 0,
        "unchanged": 3,
        "differs": 0,
        "review": 0,
        "rejected": 0,
    }
    apply_plan(database, second)
    assert count(database, "SELECT count(*) FROM dossier") == 3


def test_possible_duplicates_are_never_merged_silently(database: Database, tmp_path: Path) -> None:
    fuzzy = _existing(
        database,
        last_name="Vandenbussche",
        first_name="Marieke",
        insz="",
        birth_date=date(1980, 3, 12),
    )
    swapped = _existing(
        database, last_name="Claes", first_name="Tom", insz="", birth_date=date(1975, 4, 6)
    )
    other_insz = _existing(
        database, last_name="Wouters", first_name="An", insz=make_insz(date(1992, 2, 2), 77)
    )
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            [None, None, "Vandenbusche", "Marieke", "12/03/1980", "2300"],
            [None, None, "Claes", "Tom", "04/06/1975"],
            [make_insz(date(1992, 2, 2), 79), None, "Wouters", "An", "02/02/1992"],
        ],
    )
    plan = plan_import(database, path, VDAB)
    assert [(r.kind, r.dossier_id) for r in plan.rows] == [
        ("review", fuzzy),
        ("review", swapped),
        ("review", other_insz),
    ]
    assert "gelijkaardige naam" in plan.rows[0].reason
    assert "omgewisseld" in plan.rows[1].reason
    assert "ander INSZ" in plan.rows[2].reason
    assert plan.rows[0].candidate_summary["Naam"] == "Vandenbussche"
    assert plan.rows[0].candidate_summary["Geboortedatum"] == "12-03-1980"
    assert [(c.field, c.new) for c in plan.rows[0].changes] == [
        ("postal_code", "2300"),
        ("municipality", "Turnhout"),
    ]
    # Undecided review rows are skipped: nothing changes.
    apply_plan(database, plan)
    assert count(database, "SELECT count(*) FROM dossier") == 3
    assert count(database, "SELECT postcode FROM person WHERE last_name = 'Vandenbussche'") == ""
    # Decided: merge the first, a new dossier for the second, skip the third.
    again = plan_import(database, path, VDAB)
    apply_plan(database, again, {2 + 2: "merge", 2 + 3: "new", 2 + 4: "skip"})
    assert (
        count(database, "SELECT postcode FROM person WHERE last_name = 'Vandenbussche'") == "2300"
    )
    assert count(database, "SELECT count(*) FROM person WHERE last_name = 'Claes'") == 2
    assert count(database, "SELECT count(*) FROM person WHERE last_name = 'Wouters'") == 1
    third = plan_import(database, path, VDAB)
    # The new Claes now matches exactly. The merge of Vandenbusche was remembered (issue 15):
    # not asked again; in fill mode the stored name stays, so the row says the file differs.
    # Wouters (skipped, not decided) still asks.
    assert [r.kind for r in third.rows] == ["differs", "unchanged", "review"]
    assert "Eerder beslist" in third.rows[0].warnings[-1]
    assert [(d.field, d.old, d.new) for d in third.rows[0].differences] == [
        ("last_name", "Vandenbussche", "Vandenbusche")
    ]
    assert third.counts()["created"] == 0


def test_decisions_must_fit_the_plan(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "lijst.xlsx", [[PEETERS, None, "Peeters", "Jan"]])
    plan = plan_import(database, path, VDAB)
    with pytest.raises(ImportFailed, match="vraagt geen beslissing"):
        apply_plan(database, plan, {4: "merge"})
    with pytest.raises(ImportFailed, match="onbekende beslissing"):
        apply_plan(database, plan, {4: "misschien"})


def test_same_person_twice_in_a_file_without_insz(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            [None, None, "Maes", "Ella", "01/01/1990"],
            [None, None, "MAES", "Ella", "1990-01-01"],
        ],
    )
    plan = plan_import(database, path, VDAB)
    assert [r.kind for r in plan.rows] == ["new", "rejected"]
    assert plan.rows[1].reason == "Deze persoon staat al op rij 4 van dit bestand."


def test_new_dossiers_status_numbers_groups_and_profile_groups(
    database: Database, tmp_path: Path
) -> None:
    _existing(database)
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            [
                YOUNG,
                None,
                "YILMAZ",
                "AYSE",
                None,
                "2300",
                "Borsbeek",
                "0471123456",
                "Anderstalig, jongere",
            ],
        ],
    )
    profile = Profile("OCMW Turnhout", "OCMW", {}, target_groups=["leefloongerechtigde"])
    plan = plan_import(database, path, profile)
    assert plan.rows[0].kind == "new"
    assert "Postcode 2300 hoort niet bij Antwerpen" in plan.rows[0].warnings[0]
    apply_plan(database, plan)
    dossier_id = plan.rows[0].dossier_id
    detail = Workspace(database).dossiers.get(dossier_id)  # type: ignore[arg-type]
    assert detail.num == 2 and plan.rows[0].dossier_num == 2
    assert detail.status_code == "aangemeld" and [s.to_code for s in detail.status_history] == [
        "aangemeld"
    ]
    assert detail.data.target_groups == {
        "anderstalig",
        "leefloon",
    }  # jongere follows from the birth date
    assert detail.data.municipality_nis is None and detail.data.postcode == "2300"
    assert detail.data.birth_date == date(2005, 7, 30)  # from the INSZ
    assert detail.timeline[0].title == "Aangemaakt door import van lijst.xlsx (OCMW)"
    with database.session() as session:
        from sqlalchemy import text

        assert session.execute(text("SELECT list_groups FROM dossier WHERE num = 2")).scalar() == (
            "Leefloongerechtigde, Anderstalig"
        )
        hits = session.execute(backends.matching_nums(["yilmaz"])).all()  # either backend
    assert hits == [(2,)]


def test_municipality_by_old_name_or_postcode(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            [None, None, "Aerts", "Tom", "01/01/1980", "2150", None],
            [None, None, "Aerts", "Lies", "01/01/1981", None, "BORSBEEK"],
            [None, None, "Aerts", "Bart", "01/01/1982", None, "2300 Turnhout"],
            [None, None, "Aerts", "Jan", "01/01/1983", None, "Nergenshuizen"],
        ],
    )
    plan = plan_import(database, path, VDAB)
    apply_plan(database, plan)
    with database.session() as session:
        from sqlalchemy import text

        rows = dict(session.execute(text("SELECT first_name, municipality_nis FROM person")).all())
    assert rows == {"Tom": "11002", "Lies": "11002", "Bart": "13040", "Jan": None}
    assert plan.rows[3].warnings == ["Gemeente 'Nergenshuizen' niet gevonden; niet overgenomen."]


def test_cancel_while_planning_and_applying_writes_nothing(
    database: Database, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            [None, None, f"Naam{i}", "Voornaam", date(1980, 1, 1) + timedelta(days=i)]
            for i in range(1200)
        ],
    )
    with pytest.raises(ImportCancelled):
        plan_import(database, path, VDAB, should_cancel=lambda: True)
    plan = plan_import(database, path, VDAB)
    calls = iter(range(1_000_000))
    with pytest.raises(ImportCancelled):
        apply_plan(database, plan, should_cancel=lambda: next(calls) > 3)
    assert count(database, "SELECT count(*) FROM person") == 0
    assert count(database, "SELECT count(*) FROM import_batch") == 0
    index = "dossier_fts" if database.url is None else "dossier_search"  # SQLite / PostgreSQL
    assert count(database, f"SELECT count(*) FROM {index}") == 0
    steps: list[tuple[str, int]] = []
    apply_plan(database, plan, progress=lambda stage, pct: steps.append((stage, pct)))
    assert count(database, "SELECT count(*) FROM dossier") == 1200 and steps[-1][1] == 100


def test_plan_refuses_when_the_dossier_changed_since(database: Database, tmp_path: Path) -> None:
    dossier_id = _existing(database)
    path = write_xlsx(tmp_path / "lijst.xlsx", [[PEETERS, None, "Peeters", "Jan", None, "2300"]])
    plan = plan_import(database, path, VDAB)
    service = Workspace(database).dossiers
    data = service.get(dossier_id).data  # type: ignore[arg-type]
    data.phone = "014 00 00 00"
    service.update(dossier_id, data)  # type: ignore[arg-type]
    with pytest.raises(ImportFailed, match=r"dossier 1\). Maak het voorbeeld opnieuw"):
        apply_plan(database, plan)
    fresh = plan_import(database, path, VDAB)
    apply_plan(database, fresh)
    with pytest.raises(ImportFailed, match="al toegepast"):
        apply_plan(database, fresh)


def test_mapping_without_insz_or_names_is_refused(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "lijst.xlsx", [["x", "y"]], header=["Postcode", "Gemeente"])
    with pytest.raises(ImportFailed, match="kolom met het INSZ"):
        plan_import(database, path, VDAB)
    with pytest.raises(ImportFailed, match="modus"):
        plan_import(database, path, VDAB, mode="replace")


def test_hidden_sheets_are_ignored_unless_chosen_and_profile_options(
    database: Database, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    hidden = workbook.active
    hidden.title = "Oud"
    hidden.sheet_state = "hidden"
    hidden.append(["INSZ", "Naam", "Voornaam"])
    hidden.append([PEETERS, "Peeters", "Jan"])
    shown = workbook.create_sheet("Lijst")
    shown.append(["Titel"])
    shown.append(["Rijksregisternr", "Fam. naam", "Voornaam", "Doelgroep"])
    shown.append([YOUNG, "Yilmaz", "Ayse", None])
    path = tmp_path / "twee.xlsx"
    workbook.save(path)
    assert [r.values["last_name"] for r in plan_import(database, path, VDAB).rows] == ["Yilmaz"]
    assert [r.values["last_name"] for r in plan_import(database, path, VDAB, sheet="Oud").rows] == [
        "Peeters"
    ]
    profile = Profile(
        "Eigen",
        "OCMW",
        {"last_name": "Fam. naam"},
        sheet="Oud",
        header_row=1,
        target_groups=["Leefloongerechtigde", "geen groep"],
    )
    plan = plan_import(database, path, profile)
    assert plan.layout.sheet == "Oud" and plan.layout.header_row == 1
    assert plan.rows[0].warnings == ["Kansengroep 'geen groep' uit het profiel is onbekend."]
    # The profile's sheet is missing from this file: the first visible sheet is used.
    other = Profile("Eigen", "OCMW", {"last_name": "Fam. naam"}, sheet="Weg")
    plan = plan_import(database, path, other)
    assert plan.layout.sheet == "Lijst" and plan.layout.columns["last_name"] == 1
    apply_plan(database, plan)
    assert count(database, "SELECT source FROM import_batch") == "OCMW"


def test_partner_and_counsellor_by_name(
    database: Database, tmp_path: Path, partner_ids: tuple
) -> None:  # type: ignore[type-arg]
    partner_id, contact_id = partner_ids
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            [YOUNG, None, "Yilmaz", "Ayse", None, "Wouters Sofie", None],
            [PEETERS, None, "Peeters", "Jan", None, "Niemand", "VDAB Turnhout"],
        ],
        header=[
            "INSZ",
            "Klantnummer",
            "Naam",
            "Voornaam",
            "Geboortedatum",
            "Trajectbegeleider",
            "Partner",
        ],
    )
    plan = plan_import(database, path, VDAB)
    assert plan.rows[1].warnings == [
        "Begeleider 'Niemand' niet gevonden bij de partners; niet overgenomen."
    ]
    apply_plan(database, plan)
    service = Workspace(database).dossiers
    first = service.get(plan.rows[0].dossier_id)  # type: ignore[arg-type]
    second = service.get(plan.rows[1].dossier_id)  # type: ignore[arg-type]
    assert (first.data.responsible_partner_id, first.data.counsellor_id) == (partner_id, contact_id)
    assert (second.data.responsible_partner_id, second.data.counsellor_id) == (partner_id, None)


def test_csv_in_utf8_with_bom(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "lijst.csv",
        [[PEETERS, None, "Peeters", "Jan", "30.07.1985", "2300"]],
        encoding="utf-8-sig",
    )
    plan = plan_import(database, path, VDAB)
    assert plan.rows[0].kind == "new" and plan.layout.headers[0] == "INSZ"


def test_status_from_the_file_starts_a_new_dossier_only_when_it_names_one_of_ours(
    database: Database, tmp_path: Path
) -> None:
    header = ["INSZ", "Klantnummer", "Familienaam", "Voornaam", "Geboortedatum", "Status"]
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            [None, None, "Aerts", "Tom", "01/01/1980", "In begeleiding"],
            [None, None, "Aerts", "Lies", "01/01/1981", "IN_OPLEIDING"],
            [None, None, "Aerts", "Bart", "01/01/1982", "Werkzoekend"],
            [None, None, "Aerts", "Jan", "01/01/1983", "Afgesloten"],
        ],
        header=header,
    )
    plan = plan_import(database, path, VDAB)
    apply_plan(database, plan)
    service = Workspace(database).dossiers
    details = [service.get(row.dossier_id) for row in plan.rows]  # type: ignore[arg-type]
    assert [d.status_code for d in details] == [
        "in_begeleiding",
        "in_opleiding",
        "aangemeld",
        "aangemeld",
    ]
    assert [s.to_code for s in details[0].status_history] == ["in_begeleiding"]
    # A status we do not know (or closing, which needs a reason) is kept as a note.
    assert "Status in de lijst: Werkzoekend" in details[2].timeline[0].body
    assert "Status in de lijst: Afgesloten" in details[3].timeline[0].body
    assert "Status in de lijst" not in details[0].timeline[0].body
