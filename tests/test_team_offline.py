"""Offline working copies against a real PostgreSQL (issue 20): check out, edit, check in.

Two laptops check out the same dossiers, the office edits the server meanwhile, and at
check-in every change survives or is listed as a conflict — in either order of check-in.
The copies are opened with the normal app (Workspace), as a user would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.services.common.database import open_database, open_server_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.team.checkin import HOLD_ENV_VAR

PASSPHRASE = "werkkopie-geheim"


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEMPEN_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("KEMPEN_DB", raising=False)


@pytest.fixture
def server(pg_migrated_url: str) -> Iterator[Workspace]:
    """The office: the app on the server."""
    workspace = Workspace(open_server_database(pg_migrated_url))
    yield workspace
    workspace.close()


def _cli(*argv: str) -> tuple[int, str, str]:
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def _dossier(server: Workspace, last_name: str, **fields: Any) -> uuid.UUID:
    return server.dossiers.create(DossierInput(last_name=last_name, first_name="An", **fields))


def _checkout(url: str, out: Path, *nums: int) -> Path:
    code, stdout, stderr = _cli(
        "--db", url, "team", "checkout", "--out", str(out), "--dossiers",
        ",".join(str(n) for n in nums),
    )  # fmt: skip
    assert code == 0, stderr
    assert "Werkkopie geschreven" in stdout
    return out


def _checkin(url: str | None, copy: Path) -> tuple[int, dict[str, Any]]:
    db = ["--db", url] if url else []
    code, stdout, stderr = _cli(*db, "team", "checkin", str(copy), "--json")
    assert code in (0, 3), stderr
    return code, json.loads(stdout)


def _open_copy(path: Path) -> Workspace:
    return Workspace(open_database(path, passphrase=PASSPHRASE))


def _edit(workspace: Workspace, dossier_id: uuid.UUID, **changes: Any) -> None:
    opened = workspace.dossiers.get(dossier_id)
    workspace.dossiers.save_edit(dossier_id, replace(opened.data, **changes), base=opened.data)


def _data(workspace: Workspace, dossier_id: uuid.UUID) -> DossierInput:
    return workspace.dossiers.get(dossier_id).data


def test_checkout_holds_only_the_chosen_dossiers_encrypted_and_marked(
    server: Workspace,
    pg_migrated_url: str,
    tmp_path: Path,
) -> None:
    wanted = _dossier(server, "Peeters", situation="zoekt werk")
    other = _dossier(server, "Janssens")
    server.dossiers.add_note(wanted, "note", "Gesprek", "eerste gesprek")
    copy = _checkout(pg_migrated_url, tmp_path / "kopie.db", server.dossiers.num_for(wanted) or 0)

    with pytest.raises(Exception, match="versleuteld|wachtwoord"):
        open_database(copy)  # no passphrase: an encrypted file
    laptop = _open_copy(copy)
    try:
        assert _data(laptop, wanted).situation == "zoekt werk"
        assert laptop.dossiers.num_for(other) is None
        assert [t.title for t in laptop.dossiers.get(wanted).timeline if t.kind == "note"] == [
            "Gesprek"
        ]
    finally:
        laptop.close()
    copy_db = open_database(copy, passphrase=PASSPHRASE)
    try:
        with copy_db.engine.connect() as connection:
            query = text("SELECT key, value FROM app_meta WHERE key LIKE 'werk%'")
            marks = {row.key: row.value for row in connection.execute(query)}
            tables = set(connection.execute(text("SELECT table_name FROM checkout_base")).scalars())
    finally:
        copy_db.close()
    assert marks["werkkopie.server"].startswith("postgresql://postgres@")
    assert marks["werkkopie.door"] == "postgres"
    assert {"dossier", "person", "timeline_entry"} <= tables


@pytest.mark.parametrize("order", ["ann first", "bert first"])
def test_every_merge_case_with_two_copies_in_both_orders(
    server: Workspace,
    pg_migrated_url: str,
    tmp_path: Path,
    order: str,
) -> None:
    only_laptop = _dossier(server, "Alleen laptop")
    only_server = _dossier(server, "Alleen server")
    same = _dossier(server, "Zelfde")
    clash = _dossier(server, "Botsing", situation="oud")
    nums = [server.dossiers.num_for(d) or 0 for d in (only_laptop, only_server, same, clash)]
    ann_copy = _checkout(pg_migrated_url, tmp_path / "ann.db", *nums)
    bert_copy = _checkout(pg_migrated_url, tmp_path / "bert.db", *nums)

    ann, bert = _open_copy(ann_copy), _open_copy(bert_copy)
    try:
        _edit(ann, only_laptop, situation="door Ann offline", target_groups={"leefloon"})
        _edit(ann, same, phone="0470 00 00 00")
        _edit(bert, same, phone="0470 00 00 00")
        _edit(ann, clash, situation="Ann")
        _edit(bert, clash, situation="Bert")
    finally:
        ann.close()
        bert.close()
    _edit(server, only_server, email="kantoor@example.be")

    first, second = (ann_copy, bert_copy) if order == "ann first" else (bert_copy, ann_copy)
    code_first, result_first = _checkin(None, first)  # the server the copy came from
    code_second, result_second = _checkin(None, second)

    assert code_first == 0 and result_first["conflicts"] == []
    assert code_second == 3
    winner, loser = ("Ann", "Bert") if order == "ann first" else ("Bert", "Ann")
    assert result_second["conflicts"] == [
        {"table": "dossier", "record": str(clash), "field": "situation",
         "server": winner, "laptop": loser},
    ]  # fmt: skip
    assert _data(server, only_laptop).situation == "door Ann offline"  # laptop only: applied
    assert _data(server, only_laptop).target_groups == {"leefloon"}
    assert _data(server, only_server).email == "kantoor@example.be"  # server only: stays
    assert _data(server, same).phone == "0470 00 00 00"  # both the same: fine
    assert _data(server, clash).situation == winner  # the conflict is not applied
    loser_copy = _open_copy(second)
    try:  # kept in the copy until decided; the server's other changes came along
        assert _data(loser_copy, clash).situation == loser
        assert _data(loser_copy, only_laptop).situation == "door Ann offline"
        assert _data(loser_copy, only_laptop).target_groups == {"leefloon"}
        assert _data(loser_copy, only_server).email == "kantoor@example.be"
    finally:
        loser_copy.close()


def test_deletion_on_one_side_against_an_edit_on_the_other_is_a_conflict(
    server: Workspace,
    pg_migrated_url: str,
    tmp_path: Path,
) -> None:
    kept = _dossier(server, "Bewaard")
    gone = _dossier(server, "Weg")
    note = server.dossiers.add_note(kept, "note", "Afspraak", "op kantoor")
    copy = _checkout(
        pg_migrated_url, tmp_path / "kopie.db",
        server.dossiers.num_for(kept) or 0, server.dossiers.num_for(gone) or 0,
    )  # fmt: skip
    laptop = _open_copy(copy)
    try:
        laptop.dossiers.delete_timeline_entry(kept, note)  # deleted on the laptop ...
        _edit(laptop, gone, situation="offline bijgewerkt")  # ... edited on the laptop
    finally:
        laptop.close()
    with server._database.engine.begin() as connection:  # ... edited at the office
        connection.execute(
            text("UPDATE timeline_entry SET body = 'aangevuld' WHERE id = :id"), {"id": note}
        )
    server.dossiers.delete(gone)  # ... deleted at the office

    code, result = _checkin(pg_migrated_url, copy)

    assert code == 3
    assert sorted((c["table"], c["record"], c["field"]) for c in result["conflicts"]) == sorted(
        [("timeline_entry", str(note), "*"), ("dossier", str(gone), "*")]
    )
    timeline = server.dossiers.get(kept).timeline
    assert [t.body for t in timeline if t.kind == "note"] == ["aangevuld"]  # not deleted
    assert server.dossiers.num_for(gone) is None  # not brought back silently


def test_a_copy_checked_in_twice_changes_nothing_the_second_time(
    server: Workspace,
    pg_migrated_url: str,
    tmp_path: Path,
) -> None:
    dossier = _dossier(server, "Twee keer")
    copy = _checkout(pg_migrated_url, tmp_path / "kopie.db", server.dossiers.num_for(dossier) or 0)
    laptop = _open_copy(copy)
    try:
        _edit(laptop, dossier, situation="offline")
        laptop.dossiers.add_note(dossier, "note", "Overleg", "besproken")
        made = laptop.dossiers.create(DossierInput(last_name="Nieuw", first_name="Offline"))
    finally:
        laptop.close()

    code, first = _checkin(pg_migrated_url, copy)
    assert code == 0 and first["applied"] == 1 and first["created"] >= 3  # person, dossier, note
    before = _server_state(server)
    code, second = _checkin(pg_migrated_url, copy)

    assert code == 0
    assert second["applied"] == 0 and second["created"] == 0 and second["conflicts"] == []
    assert second["unchanged"] >= 5
    assert _server_state(server) == before
    assert server.dossiers.num_for(made) is not None


def _server_state(server: Workspace) -> list[Any]:
    with server._database.engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                text(
                    "SELECT id, num, version, situation FROM dossier UNION ALL "
                    "SELECT id, 0, version, last_name FROM person UNION ALL "
                    "SELECT id, 0, 0, body FROM timeline_entry ORDER BY 1"
                )
            )
        ]


def test_a_dossier_made_offline_gets_a_fresh_server_number(
    server: Workspace,
    pg_migrated_url: str,
    tmp_path: Path,
) -> None:
    taken = _dossier(server, "Bestaand")
    copy = _checkout(pg_migrated_url, tmp_path / "kopie.db", server.dossiers.num_for(taken) or 0)
    laptop = _open_copy(copy)
    try:
        made = laptop.dossiers.create(
            DossierInput(last_name="Offline", first_name="Nieuw", target_groups={"leefloon"})
        )
        offline_num = laptop.dossiers.num_for(made)
    finally:
        laptop.close()
    meanwhile = _dossier(server, "Kantoor")  # takes the number the laptop used offline
    assert server.dossiers.num_for(meanwhile) == offline_num

    code, result = _checkin(pg_migrated_url, copy)

    assert code == 0 and result["created"] >= 2
    final = server.dossiers.num_for(made)
    assert final is not None and final not in (offline_num, server.dossiers.num_for(taken))
    assert _data(server, made).last_name == "Offline"
    assert _data(server, made).target_groups == {"leefloon"}
    assert server.dossiers.num_for(meanwhile) == offline_num  # the office's dossier kept it
    laptop = _open_copy(copy)
    try:
        assert laptop.dossiers.num_for(made) == final  # the copy shows the final number
    finally:
        laptop.close()


def test_a_kill_during_check_in_leaves_the_server_unchanged(
    server: Workspace,
    pg_migrated_url: str,
    tmp_path: Path,
) -> None:
    dossier = _dossier(server, "Onderbroken", situation="voor")
    copy = _checkout(pg_migrated_url, tmp_path / "kopie.db", server.dossiers.num_for(dossier) or 0)
    laptop = _open_copy(copy)
    try:
        _edit(laptop, dossier, situation="na")
        laptop.dossiers.create(DossierInput(last_name="Half", first_name="Nieuw"))
    finally:
        laptop.close()
    before = _server_state(server)
    holding = tmp_path / "holding"
    env = {**os.environ, HOLD_ENV_VAR: str(holding), "KEMPEN_PASSPHRASE": PASSPHRASE}
    run_cli = "import sys; from kempen_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    process = subprocess.Popen(
        [sys.executable, "-c", run_cli, "--db", pg_migrated_url, "team", "checkin", str(copy)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(600):
            if holding.exists() or process.poll() is not None:
                break
            time.sleep(0.1)
        assert holding.exists(), "the check-in never reached its commit"
        process.kill()
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert _server_state(server) == before
    assert _data(server, dossier).situation == "voor"

    code, result = _checkin(pg_migrated_url, copy)  # the copy is intact: it still checks in
    assert code == 0 and result["applied"] == 1
    assert _data(server, dossier).situation == "na"


def test_checkin_json_has_exactly_the_promised_keys_and_audits_the_user(
    server: Workspace,
    pg_migrated_url: str,
    tmp_path: Path,
) -> None:
    dossier = _dossier(server, "Json")
    copy = _checkout(pg_migrated_url, tmp_path / "kopie.db", server.dossiers.num_for(dossier) or 0)
    code, result = _checkin(pg_migrated_url, copy)
    assert code == 0
    assert set(result) == {"applied", "unchanged", "conflicts", "created"}
    with server._database.engine.connect() as connection:
        audited = connection.execute(
            text("SELECT action, \"user\" FROM audit_entry WHERE action LIKE 'werkkopie.%'")
        ).all()
    assert sorted(audited) == [
        ("werkkopie.checkin", "postgres"),
        ("werkkopie.checkout", "postgres"),
    ]


def test_checkout_refuses_without_a_passphrase_or_a_server(
    pg_migrated_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("KEMPEN_PASSPHRASE")
    code, _, err = _cli(
        "--db", pg_migrated_url, "team", "checkout", "--out", str(tmp_path / "k.db"),
        "--dossiers", "1",
    )  # fmt: skip
    assert code == 2 and "versleuteld" in err
    assert not (tmp_path / "k.db").exists()
    code, _, err = _cli("team", "checkout", "--out", str(tmp_path / "k.db"), "--dossiers", "1")
    assert code == 2 and "--db postgresql" in err


def test_a_begeleider_takes_only_what_the_server_lets_it_see_and_brings_it_back(
    server: Workspace, pg_migrated_url: str, tmp_path: Path
) -> None:
    from datetime import date, datetime, timedelta

    from kempen_desktop.db.models import AgendaItem, Consent, Meeting, MeetingParticipant, Partner

    with server._database.transaction() as session:
        vdab = Partner(name="VDAB Turnhout", partner_type_code="vdab")
        ocmw = Partner(name="OCMW Geel", partner_type_code="ocmw")
        session.add_all([vdab, ocmw])
        session.flush()
        vdab_id, ocmw_id = vdab.id, ocmw.id
    own = _dossier(server, "Eigen", responsible_partner_id=vdab_id)
    other = _dossier(server, "Ander", responsible_partner_id=ocmw_id)
    with server._database.transaction() as session:
        for dossier_id, partner_id in ((own, vdab_id), (other, ocmw_id)):
            session.add(
                Consent(dossier_id=dossier_id, partner_id=partner_id, purpose="traject",
                        given_on=date.today() - timedelta(days=10))
            )  # fmt: skip
        meeting = Meeting(
            meeting_type_code="clientoverleg", title="Overleg", starts_at=datetime(2026, 3, 2, 9)
        )
        meeting.participants.append(MeetingParticipant(partner_id=vdab_id))
        meeting.agenda += [
            AgendaItem(position=1, title="Eigen", dossier_id=own),
            AgendaItem(position=2, title="Ander", dossier_id=other),
        ]
        session.add(meeting)
        session.flush()
        meeting_id = meeting.id
    assert _cli("--db", pg_migrated_url, "team", "init")[0] == 0
    code, _, err = _cli(
        "--db", pg_migrated_url, "team", "user", "add", "wk_begeleider", "--role", "begeleider",
        "--partner", "VDAB Turnhout",
    )  # fmt: skip
    assert code == 0, err
    as_begeleider = pg_migrated_url.replace("://postgres@", "://wk_begeleider@", 1)

    copy = tmp_path / "begeleider.db"
    code, _, err = _cli(
        "--db", as_begeleider, "team", "checkout", "--out", str(copy), "--meeting", str(meeting_id)
    )
    assert code == 0, err
    laptop = _open_copy(copy)
    try:
        assert laptop.dossiers.num_for(other) is None  # the server's access rules decided
        _edit(laptop, own, situation="besproken op het overleg")
    finally:
        laptop.close()

    code, result = _checkin(as_begeleider, copy)

    assert code == 0 and result["applied"] == 1 and result["conflicts"] == []
    assert _data(server, own).situation == "besproken op het overleg"
    with server._database.engine.connect() as connection:
        users = set(
            connection.execute(
                text("SELECT \"user\" FROM audit_entry WHERE action LIKE 'werkkopie.%'")
            ).scalars()
        )
    assert users == {"wk_begeleider"}


@pytest.mark.parametrize("choice", ["laptop", "server"])
def test_a_conflict_decided_in_the_copy_is_applied_at_the_next_check_in(
    server: Workspace, pg_migrated_url: str, tmp_path: Path, choice: str
) -> None:
    from kempen_desktop.app import working_copy

    dossier = _dossier(server, "Beslist", situation="oud")
    copy = _checkout(pg_migrated_url, tmp_path / "kopie.db", server.dossiers.num_for(dossier) or 0)
    _edit(server, dossier, situation="kantoor")
    laptop = _open_copy(copy)
    try:
        assert working_copy.copy_mark(laptop) is not None
        assert working_copy.copy_mark(server) is None
        _edit(laptop, dossier, situation="laptop")
        first = working_copy.bring_back(laptop)
        assert [(c.field, c.server, c.laptop) for c in first.conflicts] == [
            ("situation", "kantoor", "laptop")
        ]
        chosen = first.conflicts[0].laptop if choice == "laptop" else first.conflicts[0].server
        working_copy.decide(laptop, [working_copy.Decision(first.conflicts[0], chosen)])
        assert _data(laptop, dossier).situation == chosen
        second = working_copy.bring_back(laptop)
    finally:
        laptop.close()
    assert second.conflicts == []
    assert second.applied == (1 if choice == "laptop" else 0)
    assert _data(server, dossier).situation == chosen


def test_the_window_of_a_copy_says_werkkopie_and_brings_it_back_after_a_choice(
    qtbot: Any, server: Workspace, pg_migrated_url: str, tmp_path: Path, inline_operations: None
) -> None:
    from kempen_desktop.ui.main_window import MainWindow

    dossier = _dossier(server, "Venster", situation="oud")
    copy = _checkout(pg_migrated_url, tmp_path / "kopie.db", server.dossiers.num_for(dossier) or 0)
    _edit(server, dossier, situation="kantoor")
    server_window = MainWindow(server)
    qtbot.addWidget(server_window)
    assert server_window.working_copy.take_action.isEnabled()  # team mode: take a copy along
    assert not server_window.working_copy.back_action.isEnabled()
    assert "werkkopie" not in server_window.windowTitle()
    from_menu = tmp_path / "uit-het-menu.db"
    num = server.dossiers.num_for(dossier) or 0
    assert server_window.working_copy.take_along(f"{num}", from_menu, "menu-geheim")
    menu_copy = Workspace(open_database(from_menu, passphrase="menu-geheim"))
    try:
        assert _data(menu_copy, dossier).situation == "kantoor"
    finally:
        menu_copy.close()

    laptop = _open_copy(copy)
    try:
        _edit(laptop, dossier, situation="laptop")
        window = MainWindow(laptop)
        qtbot.addWidget(window)
        window.resize(1100, 650)
        window.show()
        assert "werkkopie sinds" in window.windowTitle()
        assert window.working_copy.back_action.isEnabled()
        assert not window.working_copy.take_action.isEnabled()
        shown: list[list[Any]] = []

        def choose_laptop(conflicts: list[Any]) -> dict[int, Any]:
            shown.append([(c.field, c.server, c.laptop) for c in conflicts])
            return {0: conflicts[0].laptop}

        window.working_copy.decide_conflicts = choose_laptop
        result = window.working_copy.bring_back()
        assert shown == [[("situation", "kantoor", "laptop")]]  # side by side, then chosen
        assert result is not None and result.conflicts == [] and result.applied == 1
        window.grab().save(str(tmp_path / "werkkopie.png"))
        window.close()
    finally:
        laptop.close()
    assert _data(server, dossier).situation == "laptop"


def test_checkout_by_partner_and_the_plain_report_names_the_new_numbers(
    server: Workspace, pg_migrated_url: str, tmp_path: Path
) -> None:
    from kempen_desktop.db.models import Partner

    with server._database.transaction() as session:
        partner = Partner(name="OCMW Geel", partner_type_code="ocmw")
        session.add(partner)
        session.flush()
        partner_id = partner.id
    followed = _dossier(server, "Gevolgd", responsible_partner_id=partner_id)
    not_followed = _dossier(server, "Niet gevolgd")
    copy = tmp_path / "partner.db"
    code, _, err = _cli(
        "--db", pg_migrated_url, "team", "checkout", "--out", str(copy), "--partner", "ocmw geel"
    )
    assert code == 0, err
    laptop = _open_copy(copy)
    try:
        assert laptop.dossiers.num_for(followed) is not None
        assert laptop.dossiers.num_for(not_followed) is None
        made = laptop.dossiers.create(DossierInput(last_name="Nieuw", first_name="Offline"))
        offline = laptop.dossiers.num_for(made)
    finally:
        laptop.close()
    _dossier(server, "Kantoor")

    code, out, err = _cli("team", "checkin", str(copy))

    final = server.dossiers.num_for(made)
    assert code == 0, err
    assert f"Dossier {offline} (offline) heeft nu nummer {final}." in out
    assert "0 conflicten" in out


def test_a_copy_whose_rebase_was_lost_checks_in_again_without_doubling(
    server: Workspace, pg_migrated_url: str, tmp_path: Path
) -> None:
    """The laptop died after the server committed, before the copy was updated: the copy as
    it was before the check-in comes back, and a second check-in creates and changes nothing."""
    import shutil

    dossier = _dossier(server, "Verloren", situation="voor")
    copy = _checkout(pg_migrated_url, tmp_path / "kopie.db", server.dossiers.num_for(dossier) or 0)
    laptop = _open_copy(copy)
    try:
        _edit(laptop, dossier, situation="na")
        made = laptop.dossiers.create(DossierInput(last_name="Eenmaal", first_name="Nieuw"))
    finally:
        laptop.close()
    before_checkin = tmp_path / "voor-checkin.db"
    shutil.copyfile(copy, before_checkin)  # closed: the WAL was folded into the file

    code, first = _checkin(pg_migrated_url, copy)
    assert code == 0 and first["created"] >= 2
    after_first = _server_state(server)
    code, again = _checkin(pg_migrated_url, before_checkin)

    assert code == 0
    assert again["created"] == 0 and again["applied"] == 0 and again["conflicts"] == []
    assert _server_state(server) == after_first
    laptop = _open_copy(before_checkin)
    try:
        assert laptop.dossiers.num_for(made) == server.dossiers.num_for(made)
    finally:
        laptop.close()
