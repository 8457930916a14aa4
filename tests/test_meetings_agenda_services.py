"""Issue 13, first half, below the screens: the shareability rule on the agenda rules,
per-partner minutes (own action points, nothing about a dossier without consent, the full
version marked intern), the `kempen meetings agenda --suggest --json` contract, undoable
removal, and meeting templates."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.domain.consent import share_refusal
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.meetings import agenda
from kempen_desktop.services.meetings.action_points import ActionInput, Owner
from kempen_desktop.services.meetings.meetings import MeetingInput, ParticipantInput
from tests.meetings_helpers import give_consent, make_world


def _text(path: Path) -> str:
    """The text of all pages, whitespace (and table-cell line breaks) folded to spaces."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_rules_propose_only_what_every_invited_partner_may_see(database: Database) -> None:
    world = make_world(database)
    expired = date.today() - timedelta(days=2)
    give_consent(database, [(world.vdab_flagged, world.vdab), (world.vdab_flagged, world.ocmw)])
    give_consent(database, [(world.vdab_due, world.vdab)])  # not for OCMW
    give_consent(  # expired before the meeting
        database,
        [(world.ocmw_due, world.vdab), (world.ocmw_due, world.ocmw)],
        date.today() - timedelta(days=300),
        expired,
    )
    found = {
        s.dossier_id: s
        for s in Workspace(database).meetings.suggest(
            world.meeting, [agenda.FOLLOW_UP, agenda.FLAGGED]
        )
    }
    assert found[world.vdab_flagged].shareable and found[world.vdab_flagged].preselected
    assert not found[world.vdab_due].shareable and not found[world.vdab_due].preselected
    assert found[world.vdab_due].share_reason == "niet deelbaar met OCMW Geel (geen toestemming)"
    assert f"verlopen op {expired:%d-%m-%Y}" in found[world.ocmw_due].share_reason
    assert world.other not in found  # nobody invited follows it
    # Widened to all dossiers: Dirk comes too, never ticked beforehand.
    wide = {
        s.dossier_id: s
        for s in Workspace(database).meetings.suggest(
            world.meeting, [agenda.FOLLOW_UP], followed_only=False
        )
    }
    assert not wide[world.other].followed and not wide[world.other].preselected
    # The responsible partner is no exception to the rule.
    assert share_refusal([], world.vdab, date.today()) == "geen toestemming"


def test_minutes_per_partner_hold_its_own_action_points_and_nothing_unshareable(
    database: Database, tmp_path: Path
) -> None:
    world = make_world(database)
    # VDAB may see An; OCMW may see Elif only. Bram (VDAB's) is shareable with nobody.
    give_consent(database, [(world.vdab_due, world.vdab), (world.ocmw_due, world.ocmw)])
    meetings, actions = Workspace(database).meetings, Workspace(database).action_points
    items = meetings.add_dossiers(
        world.meeting, [(world.vdab_due, ""), (world.ocmw_due, ""), (world.vdab_flagged, "")]
    )
    meetings.save_item_text(items[0], "Traject An loopt.", "Sollicitatietraining.")
    meetings.save_item_text(items[1], "Huisvesting Elif.", "Budgetbegeleiding.")
    meetings.save_item_text(items[2], "Bram wil verhuizen.", "Gesprek met Bram.")
    # OCMW owns an action on An's dossier (followed by VDAB, not shareable with OCMW), and
    # VDAB owns one on Elif's (shareable with OCMW, not with VDAB).
    actions.create(
        ActionInput(
            "Bel An over haar huur",
            Owner(contact_id=world.jan),
            None,
            world.meeting,
            items[0],
            world.vdab_due,
        )
    )
    actions.create(
        ActionInput(
            "Elif inschrijven bij VDAB",
            Owner(contact_id=world.sofie),
            None,
            world.meeting,
            items[1],
            world.ocmw_due,
        )
    )
    actions.create(
        ActionInput(
            "Stagebedrijf zoeken voor Bram",
            Owner(partner_id=world.ocmw),
            None,
            world.meeting,
            items[2],
            world.vdab_flagged,
        )
    )
    full, ocmw_pdf, vdab_pdf = (tmp_path / n for n in ("vol.pdf", "ocmw.pdf", "vdab.pdf"))
    meetings.write_minutes(world.meeting, full)
    meetings.write_minutes(world.meeting, ocmw_pdf, world.ocmw)
    meetings.write_minutes(world.meeting, vdab_pdf, world.vdab)

    full_text = _text(full)
    assert "INTERN" in full_text and full_text.count("INTERN") >= 2  # header and footer
    assert "Bram wil verhuizen." in full_text and "Bel An over haar huur" in full_text

    ocmw = _text(ocmw_pdf)
    assert "INTERN" not in ocmw and "Versie voor OCMW Geel" in ocmw
    assert "Yilmaz" in ocmw and "Budgetbegeleiding." in ocmw
    assert "Actiepunten voor OCMW Geel" in ocmw
    # Its own action points on dossiers it may not see: there, without text or dossier.
    assert ocmw.count("niet met u gedeeld mag worden") == 2
    for secret in ("Janssens", "Traject An", "Bel An", "huur", "Bram", "Claes", "verhuizen"):
        assert secret not in ocmw, secret
    # A foreign-owned action point about a dossier OCMW may see: there, dossier named.
    assert "Elif inschrijven bij VDAB" in ocmw

    vdab = _text(vdab_pdf)
    assert "Janssens" in vdab and "Sollicitatietraining." in vdab
    assert "Actiepunten voor VDAB Turnhout" in vdab
    assert "niet met u gedeeld mag worden" in vdab  # its own action on Elif's dossier
    assert "Bel An over haar huur" in vdab  # OCMW's action on a dossier VDAB may see
    for secret in ("Yilmaz", "Elif", "Huisvesting", "Bram", "Stagebedrijf"):
        assert secret not in vdab, secret


def test_cli_agenda_suggest_json_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "k.db"
    database = open_database(path)
    try:
        world = make_world(database)
        give_consent(database, [(world.vdab_flagged, world.vdab), (world.vdab_flagged, world.ocmw)])
        nums = {
            d: Workspace(database).meetings.suggest(world.meeting, [agenda.FLAGGED]) for d in ()
        }
        assert nums == {}
    finally:
        database.close()
    db = ("--db", str(path))
    code = main([*db, "meetings", "agenda", world.meeting.hex[:8], "--suggest", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"rules", "dossiers"}
    assert data["rules"] == {"due": 2, "new": 0, "changed": 0, "flagged": 1, "actions": 0}
    assert len(data["dossiers"]) == 3
    for entry in data["dossiers"]:
        assert set(entry) == {"num", "rule", "shareable", "reason"}
    by_shareable = {e["shareable"]: e for e in data["dossiers"]}
    assert data["dossiers"][0]["shareable"] is True  # shareable first
    assert data["dossiers"][0]["rule"] == "flagged"
    assert "niet deelbaar met" in by_shareable[False]["reason"]
    code = main(
        [*db, "meetings", "agenda", str(world.meeting), "--suggest", "--rules", "flagged", "--json"]
    )
    out, _ = capsys.readouterr()
    assert code == 0 and json.loads(out)["rules"] == {"flagged": 1}
    code = main([*db, "meetings", "agenda", str(world.meeting), "--suggest", "--rules", "x"])
    _out, err = capsys.readouterr()
    assert code == 2 and "Onbekende agendaregel" in err and len(err.strip().splitlines()) == 1
    # Nothing was changed.
    database = open_database(path)
    try:
        assert Workspace(database).meetings.get(world.meeting).agenda == ()
    finally:
        database.close()


def test_remove_several_and_restore_them_unchanged(database: Database) -> None:
    world = make_world(database)
    meetings = Workspace(database).meetings
    meetings.add_free_item(world.meeting, "Welkom")
    items = meetings.add_dossiers(world.meeting, [(world.vdab_due, ""), (world.ocmw_due, "")])
    meetings.add_free_item(world.meeting, "Varia")
    meetings.save_item_text(items[0], "Besproken An", "Afspraak An")
    point = Workspace(database).action_points.create(
        ActionInput("Cv nalezen", Owner.regisseur(), None, world.meeting, items[0], world.vdab_due)
    )
    before = meetings.get(world.meeting).agenda
    removed = meetings.remove_items(world.meeting, items)
    assert [i.title for i in meetings.get(world.meeting).agenda] == ["Welkom", "Varia"]
    meetings.restore_items(removed)
    after = meetings.get(world.meeting).agenda
    assert [(i.id, i.title, i.discussion, i.agreements) for i in after] == [
        (i.id, i.title, i.discussion, i.agreements) for i in before
    ]
    from kempen_desktop.db.models import ActionPoint

    with database.session() as session:
        assert session.get(ActionPoint, point).agenda_item_id == items[0]  # type: ignore[union-attr]
    cleared = meetings.clear_agenda(world.meeting)
    assert len(cleared) == 4 and meetings.get(world.meeting).agenda == ()


def test_template_items_go_on_a_new_meeting_of_that_type(database: Database) -> None:
    meetings = Workspace(database).meetings
    saved = meetings.set_template_items(
        "clientoverleg", ["Welkom en verslag vorig overleg", "", "  Varia  "]
    )
    assert saved == ["Welkom en verslag vorig overleg", "Varia"]
    assert meetings.template_items("clientoverleg") == saved
    start = date.today() + timedelta(days=7)
    from datetime import datetime, time

    meeting_id = meetings.plan(
        MeetingInput(
            "clientoverleg",
            "Cliëntoverleg",
            datetime.combine(start, time(9)),
            participants=[ParticipantInput(name="Griet")],
        )
    )
    assert [i.title for i in meetings.get(meeting_id).agenda] == saved
    assert meetings.apply_template(meeting_id) == []  # not twice
    other_type = next(code for code, _label in meetings.types() if code != "clientoverleg")
    other = meetings.plan(
        MeetingInput(other_type, "Ander overleg", datetime.combine(start, time(14)))
    )
    assert meetings.get(other).agenda == ()
