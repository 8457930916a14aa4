"""`kempen meetings list|ics` and `kempen report minutes` on a small world."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.services.common.database import open_database
from tests.meetings_helpers import give_consent, make_world


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_meetings_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "k.db"
    database = open_database(path)
    try:
        world = make_world(database)
        give_consent(database, [(world.vdab_due, world.vdab), (world.ocmw_due, world.ocmw)])
        items = Workspace(database).meetings.add_dossiers(
            world.meeting, [(world.vdab_due, ""), (world.ocmw_due, "")]
        )
        Workspace(database).meetings.save_item_text(items[0], "", "Afspraak voor An.")
        Workspace(database).meetings.save_item_text(items[1], "", "Afspraak voor Elif.")
    finally:
        database.close()
    db = ("--db", str(path))

    code, out, _ = run(capsys, *db, "meetings", "list", "--json")
    [meeting] = json.loads(out)
    assert code == 0 and meeting["id"] == str(world.meeting) and meeting["dossiers"] == 2
    assert meeting["status"] == "gepland" and meeting["participants"] == 3
    code, out, _ = run(capsys, *db, "meetings", "list")
    assert code == 0 and "Cliëntoverleg Geel" in out and "1 overlegmoment" in out

    ics = tmp_path / "overleg.ics"
    code, out, _ = run(capsys, *db, "meetings", "ics", world.meeting.hex[:8], str(ics))
    assert code == 0 and str(ics) in out
    [event] = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(event["UID"]) == f"{world.meeting}@kempen-desktop.local"
    assert "Janssens" not in ics.read_text(encoding="utf-8")  # client names stay out of calendars

    pdf = tmp_path / "verslag.pdf"
    code, out, _ = run(
        capsys, *db, "report", "minutes", str(world.meeting), str(pdf), "--partner", "OCMW Geel"
    )
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert code == 0 and "Afspraak voor Elif." in text and "Afspraak voor An." not in text

    for argv, message in (
        (("meetings", "ics", "zzzzzzzz", str(ics)), "Geen overleg"),
        (("meetings", "ics", str(world.meeting), str(tmp_path / "x.txt")), ".ics"),
        (
            ("report", "minutes", str(world.meeting), str(pdf), "--partner", "Onbekend"),
            "Geen partner",
        ),
        (
            ("report", "minutes", str(world.meeting), str(tmp_path / "nope" / "v.pdf")),
            "bestaat niet",
        ),
    ):
        code, _out, err = run(capsys, *db, *argv)
        assert code == 2 and message in err and err.count("\n") == 1
