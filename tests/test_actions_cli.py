"""`kempen actions list|import|export` and `kempen events list` (issue 16): exact contracts,
the import → export → import round trip, hostile files in one Dutch line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from kempen_desktop.cli import main
from kempen_desktop.services.actions.actions import IndicatorInput
from kempen_desktop.services.actions.events import EventInput
from tests.actions_helpers import known_data
from tests.conftest import CORPUS

HEADER = [
    "Code",
    "Niveau",
    "Korte omschrijving",
    "Lange omschrijving",
    "Status",
    "Startdatum",
    "Einddatum",
    "Prioritair",
    "WSE-code",
]
ROWS = [
    ["5", "beleidsdoelstelling", "Werk en economie", "", "In uitvoering", None, None, "nee", ""],
    [
        "5.2",
        "beleidsdoelstelling",
        "Iedereen aan het werk",
        "",
        "in uitvoering",
        None,
        None,
        "",
        "",
    ],
    [
        "5.2.4",
        "actieplan",
        "Lokale regie sociale economie",
        "",
        "In uitvoering",
        None,
        None,
        "",
        "",
    ],
    [
        "5.2.4.11",
        "actie",
        "We hebben extra aandacht voor kansengroepen",
        "Samen met ZORA Werkt, VDAB en GTB.",
        "In uitvoering",
        "01-01-2023",
        None,
        "ja",
        "WSE-LR2",
    ],
    ["5.2.4.12", "actie", "x" * 101, "", "In uitvoering", None, None, "", "LR3"],
    ["5.2.4.13", "actie", "Onbekende status", "", "Half klaar", None, None, "", ""],
]


def _xlsx(path: Path, rows: list[list[object]], title: str = "Export BBC") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([title])
    sheet.append([])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _json(capsys: pytest.CaptureFixture[str], args: list[str]) -> object:
    assert main(args) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def test_import_export_import_round_trip_and_list(database, tmp_path, capsys):
    db = str(database.path)
    source = _xlsx(tmp_path / "bbc.xlsx", [HEADER, *ROWS])
    dry = _json(capsys, ["--db", db, "actions", "import", str(source), "--dry-run", "--json"])
    assert dry["created"] == 4 and dry["dry_run"] is True
    assert _json(capsys, ["--db", db, "actions", "list", "--json"]) == []
    result = _json(capsys, ["--db", db, "actions", "import", str(source), "--json"])
    assert result["created_codes"] == ["5", "5.2", "5.2.4", "5.2.4.11"]
    assert [r["row"] for r in result["rejected_rows"]] == [8, 9]
    assert "korte omschrijving is 101 tekens" in result["rejected_rows"][0]["reason"]
    assert "onbekende status ‘Half klaar’" in result["rejected_rows"][1]["reason"]
    listed = _json(capsys, ["--db", db, "actions", "list", "--json"])
    action = listed[-1]
    assert {k: action[k] for k in ("code", "short_description", "wse_code", "status")} == {
        "code": "5.2.4.11",
        "short_description": "We hebben extra aandacht voor kansengroepen",
        "wse_code": "WSE-LR2",
        "status": "in_uitvoering",
    }
    assert action["starts_on"] == "2023-01-01" and action["priority"] is True
    out = tmp_path / "uit.xlsx"
    assert main(["--db", db, "actions", "export", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"4 acties geschreven naar {out}."
    again = _json(capsys, ["--db", db, "actions", "import", str(out), "--json"])
    assert (again["created"], again["updated"], again["unchanged"], again["rejected"]) == (
        0,
        0,
        4,
        0,
    )
    assert _json(capsys, ["--db", db, "actions", "list", "--json"]) == listed


def test_list_shows_indicators_with_latest_value(workspace, database, capsys):
    from kempen_desktop.services.actions.actions import ActionInput

    action_id = workspace.actions.save(
        ActionInput("5.2.4.11", "Kansengroepen", status="in_uitvoering", wse_code="WSE-LR2")
    )
    ind = workspace.actions.save_indicator(action_id, IndicatorInput("Pop-ups", "winkels", 2))
    workspace.actions.add_measurement(ind, date(2024, 6, 30), 1)
    (row,) = _json(capsys, ["--db", str(database.path), "actions", "list", "--json"])
    assert row["indicators"] == [
        {
            "name": "Pop-ups",
            "unit": "winkels",
            "target": 2,
            "computed": None,
            "latest": 1,
            "latest_on": "2024-06-30",
        }
    ]
    assert main(["--db", str(database.path), "actions", "list"]) == 0
    assert "Pop-ups: 1 winkels op 30-06-2024" in capsys.readouterr().out


def test_events_list_with_period(workspace, database, capsys):
    known = known_data(database)
    event_id = workspace.actions.save_event(
        EventInput("jobdate", "Jobdate industrie", date(2024, 10, 25), visitors=10)
    )
    workspace.actions.save_event(EventInput("jobevent", "Oud", date(2023, 1, 17)))
    first = workspace.actions.add_participant(event_id, known.dossiers[0])
    workspace.actions.add_participant(event_id, known.dossiers[1])
    workspace.actions.set_hired(first, known.employer)
    db = str(database.path)
    rows = _json(capsys, ["--db", db, "events", "list", "--from", "2024-01-01", "--json"])
    assert rows == [
        {
            "title": "Jobdate industrie",
            "kind": "jobdate",
            "date": "2024-10-25",
            "end_date": None,
            "location": "",
            "action": None,
            "participants": 12,
            "registered": 2,
            "visitors": 10,
            "hires": 1,
        }
    ]
    assert len(_json(capsys, ["--db", db, "events", "list", "--to", "31-12-2023", "--json"])) == 1
    assert main(["--db", db, "events", "list", "--from", "gisteren"]) == 2
    assert capsys.readouterr().err.startswith("kempen: Ongeldige datum ‘gisteren’")


HOSTILE = sorted(
    p
    for folder in ("attacks", "malformed", "encrypted")
    for p in (CORPUS / folder).glob("*")
    if p.suffix.lower() in {".xlsx", ".xls", ".ods", ".xlsb", ".ooxml", ".csv"}
)


@pytest.mark.parametrize("path", HOSTILE, ids=lambda p: p.name)
def test_hostile_files_end_in_one_dutch_line(database, capsys, path):
    code = main(["--db", str(database.path), "actions", "import", str(path), "--json"])
    captured = capsys.readouterr()
    assert code == 2, captured.out
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kempen: ") and "Traceback" not in captured.err
    assert captured.out == ""


def test_missing_file_and_wrong_export_name(database, tmp_path, capsys):
    db = str(database.path)
    assert main(["--db", db, "actions", "import", str(tmp_path / "geen.xlsx")]) == 2
    assert capsys.readouterr().err.startswith("kempen: Bestand niet gevonden")
    assert main(["--db", db, "actions", "export", str(tmp_path / "uit.pdf")]) == 2
    assert "op .xlsx eindigen" in capsys.readouterr().err
