"""Issue 15: reports count what they say — scope labels, 'as of the end', small bases, lists."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.db.models import (
    Dossier,
    Meeting,
    Partner,
    PartnerEngagement,
    Person,
    StatusChange,
    WorkExit,
)
from kempen_desktop.domain.kpi import percent_text
from kempen_desktop.domain.texts import dutch_list
from kempen_desktop.services.partners.partner_indicator import indicator

GEEL, MOL, DESSEL = "13008", "13025", "13006"
START, END = date(2025, 1, 1), date(2025, 6, 30)
TODAY = date(2026, 2, 1)


def test_small_bases_are_counts_and_lists_end_with_en() -> None:
    assert percent_text(2, 2) == "2 van 2"
    assert percent_text(3, 9) == "3 van 9"
    assert percent_text(5, 10) == "50%"
    assert percent_text(0, 0) == "—"
    assert dutch_list(["Geel"]) == "Geel"
    assert dutch_list(["Geel", "Mol"]) == "Geel en Mol"
    assert dutch_list(["Geel", "Mol", "Dessel"]) == "Geel, Mol en Dessel"


def _dossier(s, num, nis, opened, follow_up=None, closed=None):
    person = Person(last_name=f"P{num}", first_name="T", municipality_nis=nis)
    s.add(person)
    s.flush()
    d = Dossier(
        num=num,
        person_id=person.id,
        status_code="afgesloten" if closed else "in_begeleiding",
        status_since=closed or opened,
        opened_on=opened,
        closed_on=closed,
        closing_reason_code="werk" if closed else None,
        follow_up_on=follow_up,
    )
    s.add(d)
    s.flush()
    s.add(
        StatusChange(
            dossier_id=d.id,
            to_code="in_begeleiding",
            effective_on=opened,
            changed_at=datetime(2024, 1, 1, 9, num),
        )
    )
    if closed:
        s.add(
            StatusChange(
                dossier_id=d.id,
                from_code="in_begeleiding",
                to_code="afgesloten",
                effective_on=closed,
                changed_at=datetime(2024, 1, 1, 10, num),
            )
        )
    return d


def _data(database):
    with database.transaction() as s:
        # Geel: follow-up due 01-05-2025 (overdue on the period end), and one due only in
        # the autumn (overdue today, not on 30-06-2025). Mol: one exit to work, followed up.
        _dossier(s, 1, GEEL, date(2024, 1, 1), follow_up=date(2025, 5, 1))
        _dossier(s, 2, GEEL, date(2024, 1, 1), follow_up=date(2025, 10, 1))
        mol = _dossier(s, 3, MOL, date(2024, 1, 1))
        other = _dossier(s, 4, MOL, date(2024, 1, 1))
        _dossier(s, 5, DESSEL, date(2024, 1, 1), follow_up=date(2025, 2, 1))
        for dossier in (mol, other):
            s.add(
                WorkExit(
                    dossier_id=dossier.id,
                    employer_name="X",
                    started_on=date(2024, 10, 1),
                    followup_6m_on=date(2025, 4, 2),
                    still_working_6m=True,
                )
            )
        for day in (10, 11):
            s.add(
                Meeting(
                    meeting_type_code="clientoverleg",
                    title="Overleg",
                    starts_at=datetime(2025, 3, day, 10),
                    status="gehouden",
                )
            )


def test_dashboard_for_two_municipalities_follows_or_says_hele_regio(database) -> None:
    _data(database)
    board = Workspace(database).reports.dashboard(START, END, [GEEL, MOL], today=TODAY)
    assert board.scope_label == "Geel en Mol"
    assert board.tile("active").value == "4"  # Dessel's dossier left out
    # As of the period end, not today: dossier 2's follow-up falls after 30-06-2025.
    overdue = board.tile("overdue")
    assert (overdue.value, overdue.nums) == ("1", (1,))
    assert "30-06-2025" in overdue.note and "Geel en Mol" in overdue.note
    assert board.tile("exits").note.startswith("2 van 2 nog aan het werk")
    assert "100%" not in " ".join(t.note + t.value for t in board.tiles)
    # Meetings and action points belong to no municipality: said so.
    assert board.tile("meetings").value == "2"
    assert board.tile("meetings").note.startswith("hele regio")
    assert board.tile("actions").note.startswith("hele regio")
    assert "Geel en Mol" in board.tile("inclusive").note
    everything = Workspace(database).reports.dashboard(START, END, [], today=TODAY)
    assert "hele regio" not in " ".join(t.note for t in everything.tiles)
    assert everything.tile("overdue").value == "2"  # Dessel too; dossier 2 still not


def test_period_report_texts_do_not_credit_regional_meetings(database) -> None:
    _data(database)
    report = Workspace(database).reports.period_report(START, END, [GEEL, MOL], today=TODAY)
    assert report.scope_label == "Geel en Mol"
    assert "in Geel en Mol" in report.texts["WSE-LR1"]
    assert "Er vonden in de hele regio 2 overlegmomenten plaats" in report.texts["WSE-LR1"]
    assert "in de hele regio vorm in 2 gehouden overlegmomenten" in report.texts["WSE-LR4"]
    assert "2 van de 2 opgevolgde werknemers" in report.texts["WSE-LR2"]
    assert "%" not in report.texts["WSE-LR2"]


def test_indicator_as_of_a_past_day_leaves_out_employers_that_joined_later(
    database, capsys
) -> None:
    with database.transaction() as s:
        old = Partner(
            name="Oud BV",
            partner_type_code="werkgever",
            municipality_nis=GEEL,
            network_since=date(2015, 1, 1),
        )
        new = Partner(name="Nieuw BV", partner_type_code="werkgever", municipality_nis=GEEL)
        s.add_all([old, new])
        s.flush()
        s.add(
            PartnerEngagement(
                partner_id=old.id,
                kind="inclusief",
                engaged_as="werkgever",
                started_on=date(2019, 1, 1),
            )
        )
    with database.session() as session:
        past = indicator(session, date(2020, 1, 1))
        now = indicator(session, date.today())
    assert (past.total.employers, past.total.engaged) == (1, 1)  # created today: not yet in
    assert (now.total.employers, now.total.engaged) == (2, 1)
    assert (
        main(
            ["--db", str(database.path), "partners", "indicator", "--as-of", "2020-01-01", "--json"]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["total"]["employers"] == 1


def test_network_since_filled_editable_and_moved_back_by_an_engagement(database) -> None:
    from kempen_desktop.services.partners.engagements import EngagementInput
    from kempen_desktop.services.partners.partners import PartnerInput

    partners = Workspace(database).partners
    pid = partners.create(PartnerInput(name="Bakkerij Peeters", partner_type_code="werkgever"))
    assert partners.get(pid).network_since == date.today()  # from its creation
    shown = partners.get(pid)
    from dataclasses import replace

    partners.update(pid, replace(shown, network_since=date(2022, 3, 1)))
    assert partners.get(pid).network_since == date(2022, 3, 1)
    partners.add_engagement(
        pid, EngagementInput(kind="inclusief", engaged_as="werkgever", started_on=date(2021, 5, 1))
    )
    assert partners.get(pid).network_since == date(2021, 5, 1)
    assert partners.get(pid).network_since < date.today() - timedelta(days=1)


def test_period_xlsx_shares_on_small_bases_are_counts_and_regional_rows_say_so(
    database, tmp_path
) -> None:
    from dataclasses import replace

    from openpyxl import load_workbook

    from kempen_desktop.documents.period_report_data import Count
    from kempen_desktop.documents.period_report_xlsx import write_period_xlsx

    _data(database)
    report = Workspace(database).reports.period_report(START, END, [GEEL, MOL], today=TODAY)
    assert report.active.count < 10
    path = tmp_path / "rapport.xlsx"
    write_period_xlsx(path, report)
    book = load_workbook(path)
    shares = [row[2].value for row in book["Status"].iter_rows(min_row=5) if row[0].value]
    assert shares and all(isinstance(v, str) and " van " in v for v in shares), shares
    assert f"van {report.active.count}" in shares[0]
    summary = [row[0].value for row in book["Samenvatting"].iter_rows(min_row=5)]
    assert "Overlegmomenten gehouden (hele regio)" in summary
    assert "Actiepunten afgerond (hele regio)" in summary
    assert "Actieve dossiers" in summary  # follows the selection: no label

    big = replace(report, active=Count("actief", 20), by_status=[Count("In begeleiding", 5)])
    write_period_xlsx(path, big)
    cell = load_workbook(path)["Status"].cell(row=5, column=3)
    assert cell.value == 0.25 and "%" in cell.number_format
    everything = replace(report, municipalities=[])
    write_period_xlsx(path, everything)
    summary = [row[0].value for row in load_workbook(path)["Samenvatting"].iter_rows(min_row=5)]
    assert not any("hele regio" in str(label) for label in summary)
