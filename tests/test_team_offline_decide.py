"""Deciding what a check-in left waiting, against a real PostgreSQL (issue 20).

A record deleted on one side and edited on the other: until the user chooses, both are
kept (the server's record or its absence, the laptop's in the copy); the choice is applied
on the server as the user, in one transaction, audited, and the next check-in finds
nothing left to do. Field choices are audited too.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.app import working_copy as copies
from kempen_desktop.services.common.database import open_database, open_server_database
from kempen_desktop.services.dossiers.dossiers import DossierInput

PASSPHRASE = "beslis-geheim"


@pytest.fixture
def server(pg_migrated_url: str) -> Iterator[Workspace]:
    workspace = Workspace(open_server_database(pg_migrated_url))
    yield workspace
    workspace.close()


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KEMPEN_DB", raising=False)


def _dossier(server: Workspace, last_name: str, **fields: Any) -> uuid.UUID:
    return server.dossiers.create(DossierInput(last_name=last_name, first_name="An", **fields))


def _take(server: Workspace, out: Path, *dossiers: uuid.UUID) -> Workspace:
    nums = [server.dossiers.num_for(d) or 0 for d in dossiers]
    assert copies.take_along(server, out, PASSPHRASE, dossier_nums=nums) == len(dossiers)
    return Workspace(open_database(out, passphrase=PASSPHRASE))


def _edit(workspace: Workspace, dossier_id: uuid.UUID, **changes: Any) -> None:
    opened = workspace.dossiers.get(dossier_id)
    workspace.dossiers.save_edit(dossier_id, replace(opened.data, **changes), base=opened.data)


def _notes(workspace: Workspace, dossier_id: uuid.UUID) -> list[str]:
    return [t.body for t in workspace.dossiers.get(dossier_id).timeline if t.kind == "note"]


def _audited(server: Workspace) -> list[tuple[str, str, str]]:
    with server._database.engine.connect() as connection:
        rows = connection.execute(
            text(
                'SELECT entity, detail, "user" FROM audit_entry '
                "WHERE action = 'werkkopie.beslissing' ORDER BY detail"
            )
        )
        return [tuple(row) for row in rows]


def _whole(result: copies.CheckinResult) -> list[copies.Conflict]:
    return [c for c in result.conflicts if c.field == "*"]


@pytest.mark.parametrize("choice", [copies.KEPT, copies.DELETED])
def test_a_dossier_deleted_at_the_office_and_edited_on_the_laptop(
    server: Workspace, tmp_path: Path, choice: str
) -> None:
    gone = _dossier(server, "Weg", situation="voor")
    server.dossiers.add_note(gone, "note", "Gesprek", "op kantoor")
    num = server.dossiers.num_for(gone)
    laptop = _take(server, tmp_path / "kopie.db", gone)
    try:
        _edit(laptop, gone, situation="besproken op het overleg")
        server.dossiers.delete(gone)

        first = copies.bring_back(laptop)
        (conflict,) = _whole(first)
        assert (conflict.table, conflict.server) == ("dossier", None)
        assert conflict.laptop["situation"] == "besproken op het overleg"
        # Until decided both sides stay: gone on the server, the laptop's edit in the copy.
        assert server.dossiers.num_for(gone) is None
        assert laptop.dossiers.get(gone).data.situation == "besproken op het overleg"

        decided = copies.decide(laptop, [copies.Decision(conflict, choice)])
        second = copies.bring_back(laptop)
        third = copies.bring_back(laptop)
    finally:
        laptop.close()

    assert second.conflicts == [] and second.applied == 0 and second.created == 0
    assert third.applied == 0 and third.created == 0 and third.conflicts == []
    if choice == copies.KEPT:  # restored with the laptop's values and its timeline
        assert decided.restored >= 3  # person, dossier, note (and the status history)
        assert server.dossiers.num_for(gone) == num
        assert server.dossiers.get(gone).data.situation == "besproken op het overleg"
        assert _notes(server, gone) == ["op kantoor"]
        laptop = Workspace(open_database(tmp_path / "kopie.db", passphrase=PASSPHRASE))
        try:
            assert laptop.dossiers.num_for(gone) == num
        finally:
            laptop.close()
    else:  # stays deleted, and leaves the copy too
        assert decided.removed == 1 and decided.restored == 0
        assert server.dossiers.num_for(gone) is None
        laptop = Workspace(open_database(tmp_path / "kopie.db", passphrase=PASSPHRASE))
        try:
            assert laptop.dossiers.num_for(gone) is None
        finally:
            laptop.close()
    assert _audited(server) == [("dossier", f"verwijderd op de server: {choice}", "postgres")]


@pytest.mark.parametrize("choice", [copies.KEPT, copies.DELETED])
def test_a_note_deleted_on_the_laptop_and_edited_at_the_office(
    server: Workspace, tmp_path: Path, choice: str
) -> None:
    dossier = _dossier(server, "Notitie")
    note = server.dossiers.add_note(dossier, "note", "Afspraak", "op kantoor")
    laptop = _take(server, tmp_path / "kopie.db", dossier)
    try:
        laptop.dossiers.delete_timeline_entry(dossier, note)
        with server._database.engine.begin() as connection:
            connection.execute(
                text("UPDATE timeline_entry SET body = 'aangevuld' WHERE id = :id"), {"id": note}
            )

        first = copies.bring_back(laptop)
        (conflict,) = _whole(first)
        assert (conflict.table, conflict.laptop) == ("timeline_entry", None)
        assert conflict.server["body"] == "aangevuld"
        assert _notes(server, dossier) == ["aangevuld"]  # kept until decided
        assert _notes(laptop, dossier) == []

        copies.decide(laptop, [copies.Decision(conflict, choice)])
        second = copies.bring_back(laptop)
        on_laptop = _notes(laptop, dossier)
    finally:
        laptop.close()

    assert second.conflicts == [] and second.applied == 0 and second.created == 0
    expected = ["aangevuld"] if choice == copies.KEPT else []
    assert _notes(server, dossier) == expected
    assert on_laptop == expected
    assert _audited(server) == [
        ("timeline_entry", f"verwijderd op de laptop: {choice}", "postgres")
    ]


def test_deleting_what_the_office_changed_again_since_the_check_in_is_refused(
    server: Workspace, tmp_path: Path
) -> None:
    dossier = _dossier(server, "Opnieuw")
    note = server.dossiers.add_note(dossier, "note", "Afspraak", "op kantoor")
    laptop = _take(server, tmp_path / "kopie.db", dossier)
    try:
        laptop.dossiers.delete_timeline_entry(dossier, note)
        for body in ("aangevuld", "nog eens aangevuld"):
            with server._database.engine.begin() as connection:
                connection.execute(
                    text("UPDATE timeline_entry SET body = :b WHERE id = :id"),
                    {"b": body, "id": note},
                )
            if body == "aangevuld":
                (conflict,) = _whole(copies.bring_back(laptop))
        with pytest.raises(copies.WorkingCopyError, match="opnieuw gewijzigd"):
            copies.decide(laptop, [copies.Decision(conflict, copies.DELETED)])
    finally:
        laptop.close()
    assert _notes(server, dossier) == ["nog eens aangevuld"]
    assert _audited(server) == []  # one transaction: nothing audited either


def test_restoring_a_note_brings_back_the_dossier_the_office_deleted_with_it(
    server: Workspace, tmp_path: Path
) -> None:
    dossier = _dossier(server, "Drager", situation="ongewijzigd")
    note = server.dossiers.add_note(dossier, "note", "Afspraak", "eerste versie")
    laptop = _take(server, tmp_path / "kopie.db", dossier)
    try:
        with laptop._database.engine.begin() as connection:
            connection.execute(
                text("UPDATE timeline_entry SET body = 'offline aangevuld' WHERE id = :id"),
                {"id": note.hex},
            )
        server.dossiers.delete(dossier)
        (conflict,) = _whole(copies.bring_back(laptop))
        assert conflict.table == "timeline_entry"

        copies.decide(laptop, [copies.Decision(conflict, copies.KEPT)])
        again = copies.bring_back(laptop)
    finally:
        laptop.close()
    assert again.conflicts == [] and again.created == 0
    assert server.dossiers.get(dossier).data.situation == "ongewijzigd"
    assert _notes(server, dossier) == ["offline aangevuld"]


def test_field_choices_are_audited_on_the_server_without_their_values(
    server: Workspace, tmp_path: Path
) -> None:
    dossier = _dossier(server, "Velden", situation="oud", phone="011 00 00 00")
    laptop = _take(server, tmp_path / "kopie.db", dossier)
    try:
        _edit(server, dossier, situation="kantoor", phone="011 11 11 11")
        _edit(laptop, dossier, situation="laptop", phone="011 22 22 22")
        first = copies.bring_back(laptop)
        by_field = {c.field: c for c in first.conflicts}
        copies.decide(
            laptop,
            [
                copies.Decision(by_field["situation"], "kantoor en laptop"),
                copies.Decision(by_field["phone"], by_field["phone"].laptop),
            ],
        )
        second = copies.bring_back(laptop)
    finally:
        laptop.close()
    assert second.conflicts == []
    data = server.dossiers.get(dossier).data
    assert (data.situation, data.phone) == ("kantoor en laptop", "011 22 22 22")
    audited = _audited(server)
    assert [detail for _, detail, _ in audited] == [
        "veld phone: laptop",
        "veld situation: samengevoegd",
    ]
    assert not any("kantoor" in detail for _, detail, _ in audited)


@pytest.mark.parametrize("choice", [copies.KEPT, copies.DELETED])
def test_a_dossier_deleted_on_the_laptop_and_edited_at_the_office(
    server: Workspace, tmp_path: Path, choice: str
) -> None:
    dossier = _dossier(server, "Laptop weg", situation="voor")
    server.dossiers.add_note(dossier, "note", "Gesprek", "op kantoor")
    laptop = _take(server, tmp_path / "kopie.db", dossier)
    try:
        laptop.dossiers.delete(dossier)
        _edit(server, dossier, situation="kantoor")
        first = copies.bring_back(laptop)
        # The dossier and its person (deleted with it on the laptop, held by it on the server).
        conflicts = {c.table: c for c in _whole(first)}
        assert set(conflicts) == {"dossier", "person"}
        assert all(c.laptop is None for c in conflicts.values())
        assert conflicts["dossier"].server["situation"] == "kantoor"
        assert server.dossiers.get(dossier).data.situation == "kantoor"  # kept until decided
        copies.decide(laptop, [copies.Decision(c, choice) for c in conflicts.values()])
        second = copies.bring_back(laptop)
        on_laptop = laptop.dossiers.num_for(dossier)
    finally:
        laptop.close()
    assert second.conflicts == [] and second.applied == 0
    if choice == copies.KEPT:
        assert on_laptop is not None
        assert server.dossiers.get(dossier).data.situation == "kantoor"
    else:
        assert on_laptop is None and server.dossiers.num_for(dossier) is None


INSZ = "85073016095"


@pytest.mark.parametrize("choice", [copies.SAME_PERSON, "90020100526"])
def test_a_person_made_offline_with_an_insz_the_office_holds_for_someone_else(
    server: Workspace, tmp_path: Path, choice: str
) -> None:
    known = _dossier(server, "Peeters", insz=INSZ)
    other = _dossier(server, "Ander")
    laptop = _take(server, tmp_path / "kopie.db", other)
    try:
        made = laptop.dossiers.create(DossierInput(last_name="Peters", first_name="Bo", insz=INSZ))
        first = copies.bring_back(laptop)
        (conflict,) = first.conflicts
        assert (conflict.table, conflict.field) == ("person", "insz")
        with pytest.raises(copies.WorkingCopyError):  # a wrong INSZ is refused, nothing done
            copies.decide(laptop, [copies.Decision(conflict, "12345")])
        copies.decide(laptop, [copies.Decision(conflict, choice)])
        second = copies.bring_back(laptop)
    finally:
        laptop.close()
    assert second.conflicts == [] and second.created >= 1
    made_person = server.dossiers.get(made).data
    if choice == copies.SAME_PERSON:  # the new dossier is the known person's second one
        assert made_person.insz == INSZ
        assert made_person.last_name == server.dossiers.get(known).data.last_name == "Peeters"
    else:
        assert made_person.insz == "90020100526" and made_person.last_name == "Peters"
    detail = "insz: dezelfde persoon" if choice == copies.SAME_PERSON else "insz: verbeterd"
    assert _audited(server) == [("person", detail, "postgres")]
