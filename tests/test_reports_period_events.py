"""Events in the Beleidsrapportage (issue 16): an event with three participants of whom one
is hired shows in the dossier, the employer's history, the dashboard, the PDF text and the
.xlsx cells; small counts of people print as '< 5'; the municipality selection is followed
for participants with a dossier and labelled 'hele regio' for the rest."""

from __future__ import annotations

import json
import re
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from kempen_desktop.cli import main
from kempen_desktop.db.models import Dossier
from kempen_desktop.services.actions.events import EventInput
from tests.actions_helpers import known_data

START, END = date(2024, 7, 1), date(2024, 12, 31)
GEEL, MOL = "13008", "13025"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _setup(workspace, database):  # type: ignore[no-untyped-def]
    known = known_data(database)
    with database.transaction() as s:  # dossier 1 lives in Geel, 2 and 3 in Mol
        for dossier_id, nis in zip(known.dossiers, (GEEL, MOL, MOL), strict=True):
            s.get(Dossier, dossier_id).person.municipality_nis = nis
    event_id = workspace.actions.save_event(
        EventInput(
            "jobdate",
            "Jobdate industrie",
            date(2024, 10, 24),
            date(2024, 10, 25),
            location="Kontich",
            organiser_ids=frozenset({known.vdab}),
            visitors=30,
            contacts=12,
            interviews=7,
        )
    )
    participants = [workspace.actions.add_participant(event_id, d) for d in known.dossiers]
    workspace.actions.set_hired(participants[1], known.employer)
    workspace.actions.save_event(  # outside the period: not reported
        EventInput("jobatelier", "Jongeren en Werk", date(2024, 5, 3), visitors=9)
    )
    return known


def test_an_event_with_one_hire_of_three_everywhere(workspace, database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    known = _setup(workspace, database)
    # the dossier and the employer's history
    assert workspace.dossiers.get(known.dossiers[1]).status_code == "aan_het_werk"
    history = workspace.partners.detail(known.employer).history
    assert [d.num for d in history.employed] == [2]
    assert [e.title for e in history.events] == ["Jobdate industrie"]
    # the dashboard
    board = workspace.reports.dashboard(START, END)
    assert board.tile("event_participants").value == "33"
    assert board.tile("event_hires").value == "1"
    # the report's data
    report = workspace.reports.period_report(START, END, [])
    (line,) = report.events
    assert (line.title, line.kind, line.organisers) == ("Jobdate industrie", "Jobdate", "VDAB")
    assert (line.dossiers, line.visitors, line.participants, line.all_hires) == (3, 30, 33, 1)
    assert (
        "Op 1 activiteiten (jobevents, jobdates en andere) waren er 33 deelnemers en "
        in (report.texts["WSE-LR2"])
    )
    assert "minder dan 5 aanwervingen" in report.texts["WSE-LR2"]
    # the PDF
    pdf = tmp_path / "rapport.pdf"
    workspace.reports.write_period_report(pdf, report, "pdf")
    text = _flat(" ".join(page.extract_text() for page in PdfReader(pdf).pages))
    section = text[text.index("Activiteiten en jobevents") :]
    assert "Activiteiten gehouden 1 Deelnemers 33 Contacten 12 Sollicitatiegesprekken 7 " in (
        section
    )
    assert "Aanwervingen < 5" in section
    assert (
        "24-10-2024 – 25-10-2024 Jobdate: Jobdate industrie · Kontich · VDAB 33 12 7 < 5" in section
    )
    assert "Jongeren en Werk" not in section
    assert "deelnemers aan activiteiten" in text  # the key-figure tile
    # the .xlsx
    xlsx = tmp_path / "rapport.xlsx"
    workspace.reports.write_period_report(xlsx, report, "xlsx")
    book = load_workbook(xlsx)
    rows = [[c.value for c in row] for row in book["Activiteiten"].iter_rows(min_row=1)]
    head = next(i for i, row in enumerate(rows) if row[0] == "Datum")
    header, (cells, totals) = rows[head], rows[head + 1 :]
    by = dict(zip(header, cells, strict=True))
    assert by["Activiteit"] == "Jobdate industrie" and by["Organisatoren"] == "VDAB"
    assert by["Datum"].date() == date(2024, 10, 24)
    assert (by["Deelnemers"], by["Contacten"], by["Gesprekken"]) == (33, 12, 7)
    assert by["Aanwervingen"] == "< 5"
    assert totals == ["Totaal", None, None, None, None, None, 33, 12, 7, "< 5"]
    summary = {row[0]: row[1] for row in book["Samenvatting"].iter_rows(values_only=True) if row[0]}
    assert summary["Activiteiten gehouden"] == 1
    assert summary["Deelnemers"] == 33
    assert summary["Aanwervingen"] == "< 5"


def test_municipalities_follow_dossiers_and_label_the_rest(workspace, database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _setup(workspace, database)
    report = workspace.reports.period_report(START, END, [GEEL])
    (line,) = report.events
    assert (line.dossiers, line.hires, line.visitors) == (1, 0, 30)  # the hire lives in Mol
    board = workspace.reports.dashboard(START, END, [GEEL])
    assert board.tile("event_participants").value == "31"
    assert "hele regio" in board.tile("event_participants").note
    assert board.tile("event_hires").value == "0"
    pdf = tmp_path / "geel.pdf"
    workspace.reports.write_period_report(pdf, report, "pdf")
    text = _flat(" ".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert "Activiteiten gehouden (hele regio) 1" in text
    assert "Deelnemers (met een dossier: uit Geel; zonder dossier: hele regio) 31" in text
    assert "Contacten (hele regio) 12" in text
    assert "Aanwervingen (met een dossier: uit Geel; zonder dossier: hele regio) 0" in text
    assert "alleen uit Geel" in text
    xlsx = tmp_path / "geel.xlsx"
    workspace.reports.write_period_report(xlsx, report, "xlsx")
    rows = list(load_workbook(xlsx)["Activiteiten"].iter_rows(values_only=True))
    header = next(row for row in rows if row[0] == "Datum")
    assert "Gesprekken (hele regio)" in header
    assert "Deelnemers (met een dossier: uit Geel; zonder dossier: hele regio)" in header


def test_cli_json_carries_the_event_totals(workspace, database, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    _setup(workspace, database)
    out = tmp_path / "rapport.xlsx"
    args = ["--db", str(database.path), "report", "period", "--from", "2024-07-01"]
    assert main([*args, "--to", "2024-12-31", str(out), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)["figures"]
    assert figures["event_totals"]["events"] == 1
    assert figures["events"][0]["title"] == "Jobdate industrie"


def test_a_hidden_hire_is_not_given_away_by_the_total(workspace, database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _setup(workspace, database)  # the jobdate: one hire
    workspace.actions.save_event(
        EventInput("jobevent", "Jobevent zorg", date(2024, 11, 20), visitors=40, other_hires=9)
    )
    report = workspace.reports.period_report(START, END, [])
    assert report.event_totals.all_hires == 10
    pdf = tmp_path / "rapport.pdf"
    workspace.reports.write_period_report(pdf, report, "pdf")
    text = _flat(" ".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert "Aanwervingen 10" in text  # the total stays exact ...
    assert "Jobdate industrie · Kontich · VDAB 33 12 7 < 5" in text
    assert "Jobevent: Jobevent zorg 40 0 0 ≥ 5" in text  # ... so 10 - 9 cannot say 1
    xlsx = tmp_path / "rapport.xlsx"
    workspace.reports.write_period_report(xlsx, report, "xlsx")
    rows = list(load_workbook(xlsx)["Activiteiten"].iter_rows(values_only=True))
    assert [row[-1] for row in rows[-3:]] == ["< 5", "≥ 5", 10]
