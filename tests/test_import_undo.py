"""Rule 6: undo of a batch restores exactly, or refuses (naming the dossiers) and changes
nothing."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from import_helpers import count, dump, make_insz, write_xlsx

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.importing import (
    ImportFailed,
    ImportUndoError,
    apply_plan,
    builtin_profiles,
    plan_import,
    undo_batch,
)

VDAB = builtin_profiles()[0]
PEETERS = make_insz(date(1985, 7, 30))


def _setup(database: Database, tmp_path: Path) -> tuple[uuid.UUID, uuid.UUID, Path]:
    service = Workspace(database).dossiers
    peeters = service.create(
        DossierInput(
            last_name="Peeters",
            first_name="Jan",
            insz=PEETERS,
            target_groups={"kortgeschoold"},
            phone="014 11 22 33",
        )
    )
    maes = service.create(
        DossierInput(
            last_name="Maes",
            first_name="Ella",
            birth_date=date(1990, 1, 1),
            postcode="2300",
            municipality_nis="13040",
        )
    )
    service.add_timeline_entry(maes, "note", "Intake", "Eerste gesprek.")
    path = write_xlsx(
        tmp_path / "ocmw.xlsx",
        [
            [PEETERS, 1234567, "PEETERS", "JAN", None, "2400", "Mol", None, "Leefloongerechtigde"],
            [None, None, "MAES", "ELLA", "01/01/1990", "2400", "Mol", "0471 00 00 00", None],
            [
                make_insz(date(2004, 2, 3), 12),
                None,
                "Yilmaz",
                "Ayse",
                None,
                "2300",
                None,
                None,
                "Anderstalig",
            ],
            [None, None, "Nieuw", "Iemand", "05/06/1977"],
        ],
    )
    return peeters, maes, path


def test_undo_restores_exactly(database: Database, tmp_path: Path) -> None:
    _, _, path = _setup(database, tmp_path)
    before = dump(database)
    plan = plan_import(database, path, VDAB, mode="overwrite")
    assert plan.counts()["created"] == 2 and plan.counts()["updated"] == 2
    batch = apply_plan(database, plan)
    after = dump(database)
    assert after != before and len(after["dossier"]) == 4
    assert count(database, "SELECT count(*) FROM timeline_entry WHERE kind = 'import'") == 4
    undo_batch(database, batch)
    assert dump(database) == before
    info = Workspace(database).importing.batches()[0]
    assert info.status == "ongedaan" and info.undone_at is not None and info.created == 2
    with pytest.raises(ImportFailed, match="al ongedaan"):
        undo_batch(database, batch)


def test_undo_refuses_after_a_later_edit_and_changes_nothing(
    database: Database, tmp_path: Path
) -> None:
    peeters, _, path = _setup(database, tmp_path)
    plan = plan_import(database, path, VDAB)
    batch = apply_plan(database, plan)
    service = Workspace(database).dossiers
    data = service.get(peeters).data
    data.email = "jan@voorbeeld.be"
    service.update(peeters, data)
    created = plan.rows[2]
    assert created.kind == "new" and created.dossier_num == 3 and created.dossier_id is not None
    service.add_timeline_entry(created.dossier_id, "note", "Bel", "Terugbellen.")
    snapshot = dump(database)
    with pytest.raises(ImportUndoError) as caught:
        undo_batch(database, batch)
    assert str(caught.value).startswith(
        "Deze import kan niet ongedaan gemaakt worden: dossiers 1 en 3 werden"
    )
    assert caught.value.dossiers == [1, 3]
    assert dump(database) == snapshot
    assert Workspace(database).importing.batches()[0].status == "toegepast"


def test_later_import_must_be_undone_first(database: Database, tmp_path: Path) -> None:
    _, _, path = _setup(database, tmp_path)
    before = dump(database)
    first = apply_plan(database, plan_import(database, path, VDAB))
    second_file = write_xlsx(
        tmp_path / "vdab.xlsx",
        [[PEETERS, None, "Peeters", "Jan", None, None, None, "0499 99 99 99", "Anderstalig"]],
    )
    second = apply_plan(database, plan_import(database, second_file, VDAB, mode="overwrite"))
    with pytest.raises(ImportUndoError, match="dossier 1 werd na de import gewijzigd"):
        undo_batch(database, first)
    undo_batch(database, second)
    undo_batch(database, first)
    assert dump(database) == before


def test_undo_after_the_user_deleted_a_created_dossier(database: Database, tmp_path: Path) -> None:
    _, _, path = _setup(database, tmp_path)
    plan = plan_import(database, path, VDAB)
    batch = apply_plan(database, plan)
    created = [r.dossier_id for r in plan.rows if r.kind == "new"]
    Workspace(database).dossiers.delete(created[0])  # type: ignore[arg-type]
    undo_batch(database, batch)
    assert count(database, "SELECT count(*) FROM dossier") == 2


def test_unknown_batch(database: Database) -> None:
    with pytest.raises(ImportFailed, match="bestaat niet"):
        undo_batch(database, uuid.uuid4())


def test_undo_refuses_when_only_the_target_groups_were_edited(
    database: Database, tmp_path: Path
) -> None:
    peeters, _, path = _setup(database, tmp_path)
    batch = apply_plan(database, plan_import(database, path, VDAB))
    service = Workspace(database).dossiers
    data = service.get(peeters).data
    data.target_groups = {"kortgeschoold"}  # the user removes the group the import added
    service.update(peeters, data)
    with pytest.raises(ImportUndoError, match="dossier 1 werd na de import gewijzigd"):
        undo_batch(database, batch)


def test_vdab_then_ocmw_list_for_the_same_people_and_undo_of_the_second(
    database: Database, tmp_path: Path
) -> None:
    """The issue's 'done when': both lists, who is new / changed / a possible duplicate, undo."""
    people = [
        (
            make_insz(date(1980 + i, 1 + i % 12, 1 + i), 11 + 2 * i),
            f"Naam{i}",
            f"Voornaam{i}",
            date(1980 + i, 1 + i % 12, 1 + i),
        )
        for i in range(6)
    ]
    vdab = write_xlsx(
        tmp_path / "vdab.xlsx",
        [
            [insz, 1000 + i, last.upper(), first.upper(), born, None, None, None, None]
            for i, (insz, last, first, born) in enumerate(people)
        ],
    )
    first_batch = apply_plan(database, plan_import(database, vdab, VDAB))
    assert count(database, "SELECT count(*) FROM dossier") == 6
    before = dump(database)
    ocmw_rows = [
        [
            f"{insz[:2]}.{insz[2:4]}.{insz[4:6]}-{insz[6:9]}.{insz[9:]}",
            None,
            last,
            first,
            f"{born:%d/%m/%Y}",
            "2300",
            "Turnhout",
            None,
            "leefloon",
        ]
        for insz, last, first, born in people[:4]
    ]
    ocmw_rows.append(
        [None, None, "Naam4x", "Voornaam4", f"{people[4][3]:%d/%m/%Y}", None, None, None, None]
    )
    ocmw_rows.append([None, None, "Nieuwe", "Persoon", "01/02/1999", None, None, None, None])
    ocmw = write_xlsx(tmp_path / "ocmw.xlsx", ocmw_rows)
    plan = plan_import(database, ocmw, builtin_profiles()[1])
    assert [r.kind for r in plan.rows] == ["update"] * 4 + ["review", "new"]
    assert {c.field for c in plan.rows[0].changes} == {
        "postal_code",
        "municipality",
        "target_groups",
    }
    second = apply_plan(database, plan)
    assert count(database, "SELECT count(*) FROM dossier") == 7
    undo_batch(database, second)
    assert dump(database) == before
    assert [b.status for b in Workspace(database).importing.batches()] == ["ongedaan", "toegepast"]
    assert Workspace(database).importing.batches()[1].id == first_batch
