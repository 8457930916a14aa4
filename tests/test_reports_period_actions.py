"""The per-action texts in the Beleidsrapportage (issue 16): under their WSE priority in the
PDF, the .xlsx and `kempen report period`."""

from __future__ import annotations

import json
import re
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from kempen_desktop.cli import main
from kempen_desktop.services.actions.actions import ActionInput

START, END = date(2025, 1, 1), date(2025, 6, 30)
SAVED = "Jobevent voor Oekraïners en anderstaligen op 17/1 te Mortsel; 64 deelnemers."


def _actions(workspace):  # type: ignore[no-untyped-def]
    kansen = workspace.actions.save(
        ActionInput(
            "5.2.4.11",
            "We hebben extra aandacht voor kansengroepen",
            status="in_uitvoering",
            wse_code="WSE-LR2",
            starts_on=date(2023, 1, 1),
            priority=True,
        )
    )
    workspace.actions.save_report(kansen, START, END, SAVED)
    workspace.actions.save(
        ActionInput(
            "5.2.4.12",
            "We versterken de sociale economie",
            long_description="Twee pop-up winkels per jaar.",
            status="in_uitvoering",
            wse_code="WSE-LR3",
        )
    )
    workspace.actions.save(  # ended before the period: not reported
        ActionInput("5.2.4.9", "Afgelopen actie", wse_code="WSE-LR2", ends_on=date(2024, 1, 1))
    )


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_report_lines_reach_the_report_data(workspace) -> None:  # type: ignore[no-untyped-def]
    _actions(workspace)
    lines = workspace.actions.report_lines(START, END)
    assert [a.code for a in lines["WSE-LR2"]] == ["5.2.4.11"]
    report = workspace.reports.period_report(START, END, [])
    (kansen,) = report.action_texts["WSE-LR2"]
    assert (kansen.code, kansen.text, kansen.saved, kansen.status) == (
        "5.2.4.11",
        SAVED,
        True,
        "In uitvoering",
    )
    (shop,) = report.action_texts["WSE-LR3"]
    assert shop.saved is False and "Twee pop-up winkels per jaar." in shop.text
    assert report.action_texts["WSE-LR1"] == [] and report.action_texts["WSE-LR4"] == []


def test_pdf_prints_the_action_text_under_its_wse_heading(workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _actions(workspace)
    report = workspace.reports.period_report(START, END, [])
    out = tmp_path / "rapport.pdf"
    workspace.reports.write_period_report(out, report, "pdf")
    text = _flat(" ".join(page.extract_text() for page in PdfReader(out).pages))
    lr2, lr3 = text.index("WSE-LR2 — Tewerkstelling"), text.index("WSE-LR3 — Ondernemerschap")
    lr4 = text.index("WSE-LR4 — Partnerschappen")
    action = text.index("Actie 5.2.4.11 We hebben extra aandacht voor kansengroepen")
    assert lr2 < action < text.index(_flat(SAVED)) < lr3
    assert "Status: In uitvoering · start 01-01-2023 · prioritair" in text
    assert lr3 < text.index("Actie 5.2.4.12 We versterken de sociale economie") < lr4
    assert "5.2.4.9" not in text


def test_xlsx_and_cli_carry_the_action_texts(workspace, database, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    _actions(workspace)
    out = tmp_path / "rapport.xlsx"
    args = ["--db", str(database.path), "report", "period", "--from", "2025-01-01"]
    assert main([*args, "--to", "2025-06-30", str(out), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)["figures"]
    assert figures["action_texts"]["WSE-LR2"][0]["text"] == SAVED
    rows = [
        [cell.value for cell in row]
        for row in load_workbook(out)["Rapportering"].iter_rows(min_row=5)
    ]
    keys = [row[0] for row in rows]
    at = keys.index("WSE-LR2 · 5.2.4.11 We hebben extra aandacht voor kansengroepen")
    assert keys[at - 1].startswith("WSE-LR2 —") and rows[at][1] == SAVED
    assert rows[at][2].startswith("Status: In uitvoering")
    pdf = tmp_path / "rapport.pdf"
    assert main([*args, "--to", "2025-06-30", str(pdf)]) == 0
    text = _flat(" ".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert _flat(SAVED) in text
