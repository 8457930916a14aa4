"""Issue 11, item 9: one delete path for a dossier, with the privacy rules of retention.

The Dossiers-tab delete left ``import_change`` rows holding the person's old values and
did not use ``secure_delete``, so the name and INSZ stayed in the file. Now the tab, the
retention review and the undo of an import all delete through ``dossier_removal``.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from import_helpers import make_insz, write_xlsx
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.dossiers import dossier_removal
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.importing import apply_plan, builtin_profiles, plan_import, undo_batch
from kempen_desktop.ui.dossiers.dossiers_tab import DossiersTab

VDAB = builtin_profiles()[0]
NAME = "Vanderzwaluwenborgh"
NEW_NAME = "Zwaluwenbergmans"  # the name an import wrote over it
INSZ = make_insz(date(1984, 9, 14), 157)
KEPT_INSZ = make_insz(date(1970, 1, 2), 21)


def _texts_holding(database: Database, needles: tuple[str, ...]) -> list[str]:
    """Every table (also the search index and its shadow tables) whose text or blob
    values contain one of the needles (without case)."""
    found = []
    wanted = [n.lower() for n in needles]
    with database.session() as session:
        tables = (
            session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
            .scalars()
            .all()
        )
        for table in tables:
            for row in session.execute(text(f'SELECT * FROM "{table}"')):
                for value in row:
                    if isinstance(value, bytes):
                        value = value.decode("latin-1")
                    if isinstance(value, str) and any(n in value.lower() for n in wanted):
                        found.append(table)
    return sorted(set(found))


def _raw_holds(path: Path, needles: tuple[str, ...]) -> list[str]:
    """Needles found in the database file and its -wal (read only while nothing has it open)."""
    raw = b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    return [n for n in needles if n.encode() in raw or n.lower().encode() in raw]


def _seed(database: Database, tmp_path: Path) -> uuid.UUID:
    """A dossier whose name an import overwrote (import history keeps the old one), and
    another person who stays."""
    service = Workspace(database).dossiers
    gone = service.create(
        DossierInput(
            last_name=NAME,
            first_name="Mireille",
            insz=INSZ,
            street="Zwaluwstraat 7",
            phone="014 99 88 77",
            situation="Schulden bij Zwaluwbank",
        )
    )
    service.add_timeline_entry(gone, "note", "Gesprek", "Geheim gesprek met Mireille")
    service.create(DossierInput(last_name="Blijft", first_name="Jan", insz=KEPT_INSZ))
    listing = write_xlsx(
        tmp_path / "lijst.xlsx", [[INSZ, 7654321, NEW_NAME, "Mireille", None, "2300"]]
    )
    apply_plan(database, plan_import(database, listing, VDAB, mode="overwrite"))
    with database.session() as session:
        held = session.execute(text("SELECT before_json FROM import_change")).scalar_one()
    assert NAME in held  # the import history holds the old name, as undo needs it
    return gone


def test_tab_delete_leaves_no_trace_of_the_person(
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "kempen.db"
    database = open_database(path)
    try:
        gone = _seed(database, tmp_path)
        needles = (NAME, NEW_NAME, INSZ, "Zwaluwstraat", "Zwaluwbank", "7654321")
        assert _texts_holding(database, needles)
        tab = DossiersTab(Workspace(database))
        qtbot.addWidget(tab)
        tab.select_dossier(gone)
        monkeypatch.setattr(
            QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
        )
        tab.delete_dossier()
        with database.session() as session:
            assert session.execute(text("SELECT count(*) FROM dossier")).scalar() == 1
            assert session.execute(text("SELECT last_name FROM person")).scalar_one() == "Blijft"
        assert _texts_holding(database, needles) == []
        tab.close()
    finally:
        database.close()
    # Freed pages were zeroed: the file no longer holds the deleted person anywhere.
    assert _raw_holds(path, needles) == []
    assert _raw_holds(path, (KEPT_INSZ,)) == [KEPT_INSZ]  # the check can see what is there


def test_service_delete_zeroes_freed_pages(tmp_path: Path) -> None:
    path = tmp_path / "kempen.db"
    database = open_database(path)
    try:
        gone = _seed(database, tmp_path)
    finally:
        database.close()
    assert INSZ in _raw_holds(path, (INSZ,))
    database = open_database(path)
    try:
        Workspace(database).dossiers.delete(gone)
    finally:
        database.close()
    assert _raw_holds(path, (NAME, NEW_NAME, INSZ, "Zwaluwbank")) == []


def test_undo_of_an_import_leaves_no_trace_of_the_created_person(tmp_path: Path) -> None:
    path = tmp_path / "kempen.db"
    insz = make_insz(date(1993, 4, 5), 77)
    database = open_database(path)
    try:
        listing = write_xlsx(
            tmp_path / "lijst.xlsx", [[insz, None, "Onbekendvogelaar", "Iris", None, "2300"]]
        )
        batch = apply_plan(database, plan_import(database, listing, VDAB))
        dossier_removal.checkpoint(database)
        undo_batch(database, batch)
        assert _texts_holding(database, ("Onbekendvogelaar", insz)) == []
    finally:
        database.close()
    assert _raw_holds(path, ("Onbekendvogelaar", insz)) == []


def test_every_dossier_delete_goes_through_one_path(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = dossier_removal.remove_in

    def spy(connection, ids):  # type: ignore[no-untyped-def]
        calls.append("remove_in")
        return real(connection, ids)

    monkeypatch.setattr(dossier_removal, "remove_in", spy)
    service = Workspace(database).dossiers
    service.delete(
        service.create(DossierInput(last_name="A", first_name="B", birth_date=date(1980, 1, 1)))
    )
    Workspace(database).trust.delete_dossiers(
        [service.create(DossierInput(last_name="C", first_name="D", birth_date=date(1981, 1, 1)))],
    )
    listing = write_xlsx(tmp_path / "lijst.xlsx", [[make_insz(date(1993, 4, 5)), None, "E", "F"]])
    undo_batch(database, apply_plan(database, plan_import(database, listing, VDAB)))
    assert calls == ["remove_in"] * 3
    with database.session() as session:
        assert session.execute(text("SELECT count(*) FROM dossier")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM person")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM import_change")).scalar() == 0
