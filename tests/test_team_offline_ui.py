"""Bestand → Werkkopie meenemen… and terugbrengen… as the user sees them (issue 20), offscreen,
against a real PostgreSQL server: the take-along dialog counts what goes along before
anything is written; after a check-in every waiting conflict can be decided, a deleted
record against an edited one too; a summary names the renumbered dossiers and the lists
show the final numbers."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from kempen_desktop.app import Workspace
from kempen_desktop.app import working_copy as copies
from kempen_desktop.services.common.database import open_database, open_server_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.ui import working_copy_actions
from kempen_desktop.ui.main_window import MainWindow
from kempen_desktop.ui.working_copy_conflicts import LAPTOP, SERVER, WorkingCopyConflictDialog
from kempen_desktop.ui.working_copy_summary import BroughtBackDialog
from kempen_desktop.ui.working_copy_take_dialog import TakeAlongDialog

PASSPHRASE = "ui-geheim"
SHOTS = Path("/tmp/kempen-werkkopie-shots")


@pytest.fixture
def server(pg_migrated_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    monkeypatch.delenv("KEMPEN_DB", raising=False)
    workspace = Workspace(open_server_database(pg_migrated_url))
    yield workspace
    workspace.close()


def _shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def _dossier(server: Workspace, last_name: str, **fields: Any) -> uuid.UUID:
    return server.dossiers.create(DossierInput(last_name=last_name, first_name="An", **fields))


def _edit(workspace: Workspace, dossier_id: uuid.UUID, **changes: Any) -> None:
    opened = workspace.dossiers.get(dossier_id)
    workspace.dossiers.save_edit(dossier_id, replace(opened.data, **changes), base=opened.data)


def _meeting_and_partner(server: Workspace) -> tuple[uuid.UUID, uuid.UUID, list[uuid.UUID]]:
    """A planned overleg with two agenda dossiers, and a partner following a third."""
    from kempen_desktop.db.models import AgendaItem, Meeting, Partner

    on_agenda = [_dossier(server, "Agenda een"), _dossier(server, "Agenda twee")]
    with server._database.transaction() as session:
        partner = Partner(name="OCMW Geel", partner_type_code="ocmw")
        session.add(partner)
        session.flush()
        partner_id = partner.id
        later = Meeting(
            meeting_type_code="clientoverleg", title="Later overleg",
            starts_at=datetime.now().replace(second=0, microsecond=0) + timedelta(days=30),
        )  # fmt: skip
        meeting = Meeting(
            meeting_type_code="clientoverleg", title="Volgend overleg",
            starts_at=datetime.now().replace(hour=9, minute=0, second=0, microsecond=0)
            + timedelta(days=3),
        )  # fmt: skip
        meeting.agenda += [
            AgendaItem(position=i, title=f"Punt {i}", dossier_id=d)
            for i, d in enumerate(on_agenda, start=1)
        ]
        session.add_all([later, meeting])
        session.flush()
        meeting_id = meeting.id
    followed = _dossier(server, "Gevolgd", responsible_partner_id=partner_id)
    return meeting_id, partner_id, [*on_agenda, followed]


def test_take_along_dialog_counts_what_goes_along_before_writing(
    qtbot: Any,
    server: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    inline_operations: None,
) -> None:
    meeting_id, partner_id, (first, second, followed) = _meeting_and_partner(server)
    other = _dossier(server, "Ander")
    nums = {d: server.dossiers.num_for(d) for d in (first, second, followed, other)}
    window = MainWindow(server)
    qtbot.addWidget(window)
    dialog = TakeAlongDialog(server, window)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.by_meeting.isChecked()  # the next planned overleg first
    assert "Volgend overleg" in dialog.meeting.currentText()
    assert "(2 dossiers op de agenda)" in dialog.meeting.currentText()
    assert (datetime.now() + timedelta(days=3)).strftime("%d-%m-%Y 09:00") in (
        dialog.meeting.currentText()
    )
    assert dialog.count_label.text() == "In de werkkopie: 2 dossiers."
    assert not dialog.ok.isEnabled()  # no file, no password yet

    qtbot.mouseClick(dialog.by_partner, Qt.MouseButton.LeftButton)
    dialog.partner.setCurrentIndex(dialog.partner.findData(str(partner_id)))
    assert dialog.partner.currentText() == "OCMW Geel (1 dossiers)"
    assert dialog.count_label.text() == "In de werkkopie: 1 dossiers."

    qtbot.keyClicks(dialog.numbers, f"{nums[first]}, 99999")
    qtbot.waitUntil(dialog.by_numbers.isChecked)  # asked once the typing pauses
    assert "niet gevonden of niet zichtbaar voor u: 99999" in dialog.count_label.text()
    assert not dialog.ok.isEnabled()
    dialog.numbers.clear()
    qtbot.keyClicks(dialog.numbers, f"{nums[first]}, {nums[other]}")
    qtbot.waitUntil(lambda: dialog.count_label.text() == "In de werkkopie: 2 dossiers.")

    out = tmp_path / "overleg.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.choose_file()
    assert dialog.path.text() == str(out)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.again, PASSPHRASE + "x")
    assert not dialog.ok.isEnabled()
    assert dialog.error.text() == "De wachtwoorden verschillen."
    qtbot.keyClick(dialog.again, Qt.Key.Key_Backspace)
    assert dialog.ok.isEnabled() and dialog.error.isHidden()
    qtbot.mouseClick(dialog.by_meeting, Qt.MouseButton.LeftButton)
    assert dialog.count_label.text() == "In de werkkopie: 2 dossiers."
    _shot(dialog, "meenemen.png")

    choice = dialog.result_value()
    assert (choice.meeting_id, choice.path) == (meeting_id, out)
    assert window.working_copy.take(choice)
    laptop = Workspace(open_database(out, passphrase=PASSPHRASE))
    try:
        taken = {d for d in nums if laptop.dossiers.num_for(d) is not None}
    finally:
        laptop.close()
    assert taken == {first, second}


def test_the_menu_takes_a_partners_dossiers_through_the_dialog(
    qtbot: Any,
    server: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    inline_operations: None,
) -> None:
    _meeting_id, partner_id, (first, _second, followed) = _meeting_and_partner(server)
    out = tmp_path / "partner.db"

    def exec_filled(dialog: TakeAlongDialog) -> int:
        dialog.by_partner.setChecked(True)
        dialog.partner.setCurrentIndex(dialog.partner.findData(str(partner_id)))
        dialog.path.setText(str(out))
        dialog.passphrase.setText(PASSPHRASE)
        dialog.again.setText(PASSPHRASE)
        assert dialog.ok.isEnabled()
        return 1

    monkeypatch.setattr(TakeAlongDialog, "exec", exec_filled)
    window = MainWindow(server)
    qtbot.addWidget(window)
    window.working_copy.take_action.trigger()

    assert "Werkkopie met 1 dossiers bewaard" in window.statusBar().currentMessage()
    laptop = Workspace(open_database(out, passphrase=PASSPHRASE))
    try:
        assert laptop.dossiers.num_for(followed) is not None
        assert laptop.dossiers.num_for(first) is None
    finally:
        laptop.close()


def test_every_waiting_conflict_is_decided_in_the_window_and_a_summary_follows(
    qtbot: Any,
    server: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    inline_operations: None,
) -> None:
    gone = _dossier(server, "Weg", situation="voor het overleg")
    noted = _dossier(server, "Notitie")
    note = server.dossiers.add_note(noted, "note", "Afspraak", "op kantoor")
    clash = _dossier(server, "Botsing", situation="oud")
    out = tmp_path / "kopie.db"
    nums = [server.dossiers.num_for(d) or 0 for d in (gone, noted, clash)]
    assert copies.take_along(server, out, PASSPHRASE, dossier_nums=nums) == 3
    laptop = Workspace(open_database(out, passphrase=PASSPHRASE))
    try:
        _edit(laptop, gone, situation="besproken op het overleg")
        laptop.dossiers.delete_timeline_entry(noted, note)
        _edit(laptop, clash, situation="laptop")
        made = laptop.dossiers.create(DossierInput(last_name="Nieuw", first_name="Offline"))
        offline = laptop.dossiers.num_for(made)
        # Meanwhile at the office: deleted, edited, edited; a new dossier takes the number.
        server.dossiers.delete(gone)
        from sqlalchemy import text

        with server._database.engine.begin() as connection:
            connection.execute(
                text("UPDATE timeline_entry SET body = 'aangevuld' WHERE id = :id"), {"id": note}
            )
        _edit(server, clash, situation="kantoor")
        _dossier(server, "Kantoor")

        window = MainWindow(laptop)
        qtbot.addWidget(window)
        window.resize(1100, 650)
        window.show()
        seen: dict[str, Any] = {}

        def decide_by_clicking(dialog: WorkingCopyConflictDialog) -> int:
            labels = [r.conflict.table + ":" + r.conflict.field for r in dialog.rows]
            texts = {
                key: [b.text() for b in row.group.buttons()]
                for key, row in zip(labels, dialog.rows, strict=True)
            }
            seen["texts"] = texts
            for row in dialog.rows:
                c = row.conflict
                if c.table == "dossier" and c.field == "*":
                    qtbot.mouseClick(row.group.button(LAPTOP), Qt.MouseButton.LeftButton)
                elif c.table == "timeline_entry":
                    qtbot.mouseClick(row.group.button(SERVER), Qt.MouseButton.LeftButton)
            dialog.resize(1000, 480)
            _shot(dialog, "conflicten.png")
            return 1

        monkeypatch.setattr(WorkingCopyConflictDialog, "exec", decide_by_clicking)
        window.working_copy.back_action.trigger()

        texts = seen["texts"]
        assert set(texts) == {"dossier:*", "timeline_entry:*", "dossier:situation"}
        assert any("Verwijderd op de server" in t for t in texts["dossier:*"])
        assert any(
            "Gewijzigd op de laptop" in t and "besproken op het overleg" in t
            and "herstellen met de waarden van de laptop" in t
            for t in texts["dossier:*"]
        )  # fmt: skip
        assert any("Verwijderd op de laptop" in t for t in texts["timeline_entry:*"])
        assert any(
            "Gewijzigd of aangevuld op de server" in t and "aangevuld" in t
            for t in texts["timeline_entry:*"]
        )
        assert "Later beslissen" in texts["dossier:situation"]

        summaries = window.findChildren(BroughtBackDialog)
        assert len(summaries) == 1
        summary = summaries[0]
        final = server.dossiers.num_for(made)
        assert final is not None and final != offline
        assert f"Dossier {offline} (offline gemaakt) heeft nu nummer {final}" in summary.lines
        assert "Conflicten door u beslist: 2" in summary.lines
        assert summary.waiting.text().startswith("<b>1 conflicten wachten nog")
        _shot(summary, "samenvatting.png")
        # The list shows the final number, the restored dossier and the kept note.
        assert window.dossiers.model.row_of_num(final) is not None
        assert laptop.dossiers.get(clash).data.situation == "laptop"  # kept until decided
        assert [t.body for t in laptop.dossiers.get(noted).timeline if t.kind == "note"] == [
            "aangevuld"
        ]
        window.close()
    finally:
        laptop.close()
    assert server.dossiers.get(gone).data.situation == "besproken op het overleg"
    assert [t.body for t in server.dossiers.get(noted).timeline if t.kind == "note"] == [
        "aangevuld"
    ]
    assert server.dossiers.get(clash).data.situation == "kantoor"  # not decided: unchanged


def test_a_decision_the_server_refuses_still_shows_what_the_check_in_did(
    qtbot: Any,
    server: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    inline_operations: None,
) -> None:
    dossier = _dossier(server, "Geweigerd")
    note = server.dossiers.add_note(dossier, "note", "Afspraak", "op kantoor")
    out = tmp_path / "kopie.db"
    copies.take_along(server, out, PASSPHRASE, dossier_nums=[server.dossiers.num_for(dossier) or 0])
    laptop = Workspace(open_database(out, passphrase=PASSPHRASE))
    try:
        laptop.dossiers.delete_timeline_entry(dossier, note)
        from sqlalchemy import text

        def set_body(body: str) -> None:
            with server._database.engine.begin() as connection:
                connection.execute(
                    text("UPDATE timeline_entry SET body = :b WHERE id = :id"),
                    {"b": body, "id": note},
                )

        set_body("aangevuld")
        window = MainWindow(laptop)
        qtbot.addWidget(window)
        warnings: list[str] = []
        monkeypatch.setattr(
            working_copy_actions.QMessageBox, "warning", lambda *a: warnings.append(a[2])
        )

        def delete_after_the_office_changed_it_again(conflicts: list[Any]) -> dict[int, Any]:
            set_body("nog eens aangevuld")
            return {0: copies.DELETED}

        window.working_copy.decide_conflicts = delete_after_the_office_changed_it_again
        shown: list[Any] = []
        window.working_copy.show_summary = shown.append
        window.working_copy.bring_back()
        window.close()
    finally:
        laptop.close()
    assert len(warnings) == 1 and "opnieuw gewijzigd" in warnings[0]
    assert [s.waiting for s in shown] == [1]
    assert [t.body for t in server.dossiers.get(dossier).timeline if t.kind == "note"] == [
        "nog eens aangevuld"
    ]


def test_an_insz_the_office_holds_for_someone_else_is_corrected_in_the_dialog(
    qtbot: Any,
    server: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    inline_operations: None,
) -> None:
    insz, corrected = "85073016095", "90020100526"
    _dossier(server, "Peeters", insz=insz)
    other = _dossier(server, "Ander")
    out = tmp_path / "kopie.db"
    copies.take_along(server, out, PASSPHRASE, dossier_nums=[server.dossiers.num_for(other) or 0])
    laptop = Workspace(open_database(out, passphrase=PASSPHRASE))
    try:
        made = laptop.dossiers.create(DossierInput(last_name="Peters", first_name="Bo", insz=insz))
        window = MainWindow(laptop)
        qtbot.addWidget(window)
        seen: list[str] = []

        def type_the_right_insz(dialog: WorkingCopyConflictDialog) -> int:
            (row,) = dialog.rows
            seen.extend(b.text() for b in row.group.buttons())
            assert row.merged is not None
            qtbot.keyClicks(row.merged, corrected)
            assert row.group.checkedId() == LAPTOP
            dialog.resize(900, 260)
            _shot(dialog, "insz.png")
            return 1

        monkeypatch.setattr(WorkingCopyConflictDialog, "exec", type_the_right_insz)
        window.working_copy.show_summary = lambda _summary: None
        result = window.working_copy.bring_back()
        window.close()
    finally:
        laptop.close()
    assert any("Op de server hoort dit INSZ bij" in t and "Peeters" in t for t in seen)
    assert any("Op de laptop ingegeven voor" in t and "Peters Bo" in t for t in seen)
    assert result is not None and result.conflicts == []
    assert server.dossiers.get(made).data.insz == corrected
