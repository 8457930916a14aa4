"""The beleidsrapportage on a data set with known answers; PDF and workbook output."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.db.models import (
    ActionPoint,
    Dossier,
    Meeting,
    Partner,
    PartnerEngagement,
    Person,
    StatusChange,
    WorkExit,
    dossier_target_group,
)
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.reports import period_report

START, END = date(2025, 1, 1), date(2025, 6, 30)
TURNHOUT, GEEL = "13040", "13008"


def _dossier(
    session,
    num: int,
    nis: str,
    opened: date,
    changes: list[tuple[date, str]],
    birth: date | None = None,
    groups: tuple[str, ...] = (),
) -> Dossier:
    person = Person(
        last_name=f"Persoon{num}", first_name="Test", municipality_nis=nis, birth_date=birth
    )
    session.add(person)
    session.flush()
    dossier = Dossier(
        num=num,
        person_id=person.id,
        status_code=changes[-1][1],
        status_since=changes[-1][0],
        opened_on=opened,
        closed_on=changes[-1][0] if changes[-1][1] == "afgesloten" else None,
        closing_reason_code="andere" if changes[-1][1] == "afgesloten" else None,
    )
    session.add(dossier)
    session.flush()
    previous = None
    for index, (day, code) in enumerate(changes):
        session.add(
            StatusChange(
                dossier_id=dossier.id,
                from_code=previous,
                to_code=code,
                effective_on=day,
                changed_at=datetime(2026, 1, 1, 10, index),
            )
        )
        previous = code
    for code in groups:
        session.execute(
            dossier_target_group.insert().values(dossier_id=dossier.id, target_group_code=code)
        )
    return dossier


@pytest.fixture
def known(database: Database) -> Database:
    with database.transaction() as s:
        a = _dossier(
            s,
            1,
            TURNHOUT,
            date(2024, 10, 1),
            [(date(2024, 10, 1), "aangemeld"), (date(2024, 11, 1), "in_begeleiding")],
            birth=date(2001, 1, 1),
            groups=("kortgeschoold",),
        )
        # New in the period; closed only AFTER the period end: must not count as closed.
        _dossier(
            s,
            2,
            TURNHOUT,
            date(2025, 2, 1),
            [
                (date(2025, 2, 1), "aangemeld"),
                (date(2025, 3, 1), "intake"),
                (date(2025, 8, 1), "afgesloten"),
            ],
            birth=date(1970, 1, 1),
        )
        _dossier(
            s,
            3,
            TURNHOUT,
            date(2024, 1, 1),
            [(date(2024, 1, 1), "aangemeld"), (date(2024, 12, 1), "afgesloten")],
        )
        _dossier(
            s,
            4,
            TURNHOUT,
            date(2024, 5, 1),
            [(date(2024, 5, 1), "in_begeleiding"), (date(2025, 5, 15), "afgesloten")],
            groups=("kortgeschoold",),
        )
        _dossier(s, 5, TURNHOUT, date(2025, 7, 15), [(date(2025, 7, 15), "aangemeld")])
        _dossier(s, 6, GEEL, date(2025, 3, 1), [(date(2025, 3, 1), "aangemeld")])
        _dossier(
            s,
            7,
            TURNHOUT,
            date(2023, 1, 1),
            [
                (date(2023, 1, 1), "aangemeld"),
                (date(2024, 6, 1), "afgesloten"),
                (date(2025, 4, 1), "aangemeld"),
            ],
        )
        s.add_all(
            [
                WorkExit(
                    dossier_id=a.id,
                    started_on=date(2025, 3, 10),
                    contract_type_code="onbepaalde_duur",
                ),
                WorkExit(
                    dossier_id=a.id,
                    started_on=date(2024, 9, 1),
                    followup_6m_on=date(2025, 3, 5),
                    still_working_6m=True,
                ),
                # Followed up only after the period end: due, not yet checked on the end date.
                WorkExit(
                    dossier_id=a.id,
                    started_on=date(2024, 10, 1),
                    followup_6m_on=date(2025, 8, 1),
                    still_working_6m=False,
                ),
            ]
        )
        s.add_all(
            [
                Meeting(
                    meeting_type_code="clientoverleg",
                    title="Cliëntoverleg",
                    starts_at=datetime(2025, 2, 10, 9),
                    status="gehouden",
                ),
                Meeting(
                    meeting_type_code="clientoverleg",
                    title="Overleg VDAB",
                    starts_at=datetime(2025, 3, 10, 9),
                    status="geannuleerd",
                    cancel_reason="VDAB niet beschikbaar",
                ),
                Meeting(
                    meeting_type_code="clientoverleg",
                    title="Overleg OCMW",
                    starts_at=datetime(2025, 4, 10, 9),
                    status="verplaatst",
                ),
                Meeting(
                    meeting_type_code="clientoverleg",
                    title="Later",
                    starts_at=datetime(2025, 7, 10, 9),
                    status="gehouden",
                ),
            ]
        )
        created = datetime(2025, 1, 5)
        s.add_all(
            [
                ActionPoint(
                    description="a",
                    deadline=date(2025, 2, 1),
                    status="afgerond",
                    completed_on=date(2025, 3, 1),
                    created_at=created,
                ),
                ActionPoint(
                    description="b",
                    deadline=date(2025, 4, 1),
                    status="afgerond",
                    completed_on=date(2025, 8, 1),
                    created_at=created,
                ),
                ActionPoint(
                    description="c", deadline=date(2025, 5, 1), status="open", created_at=created
                ),
                ActionPoint(
                    description="d", deadline=date(2025, 9, 1), status="open", created_at=created
                ),
                ActionPoint(
                    description="e",
                    deadline=date(2025, 2, 1),
                    status="vervallen",
                    created_at=created,
                ),
            ]
        )
        early = Partner(
            name="Inclusief BV", partner_type_code="werkgever", municipality_nis=TURNHOUT
        )
        late = Partner(  # in the network before it engaged (issue 15: in netwerk sinds)
            name="Later NV",
            partner_type_code="werkgever",
            municipality_nis=TURNHOUT,
            network_since=date(2024, 1, 1),
        )
        s.add_all([early, late])
        s.flush()
        s.add_all(
            [
                PartnerEngagement(
                    partner_id=early.id,
                    kind="inclusief",
                    engaged_as="werkgever",
                    started_on=date(2025, 1, 1),
                ),
                PartnerEngagement(
                    partner_id=late.id,
                    kind="inclusief",
                    engaged_as="werkgever",
                    started_on=date(2025, 9, 1),
                ),
            ]
        )
    return database


def _report(database: Database, start: date, end: date, nis_codes=(), **kwargs):
    """A fresh façade per report: no kept history between the calls of a test."""
    return Workspace(database).reports.period_report(start, end, nis_codes, **kwargs)


def _save(database: Database, start: date, end: date, texts: dict[str, str]) -> None:
    Workspace(database).reports.save_texts(start, end, texts)


def _count(counts, label_start: str) -> int:
    return next(c.count for c in counts if c.label.startswith(label_start))


def test_figures_as_of_the_end_date(known: Database) -> None:
    r = _report(known, START, END, [TURNHOUT])
    assert r.active.nums == [1, 2, 4, 7]
    assert r.new.nums == [2]
    assert r.closed.nums == [4]  # dossier 2 closes only after the end date
    assert r.open_at_end.nums == [1, 2, 7]
    assert {c.label: c.count for c in r.by_status if c.count} == {
        "In begeleiding": 1,
        "Intake": 1,
        "Afgesloten": 1,
        "Aangemeld": 1,
    }
    assert _count(r.by_group, "Kortgeschoold") == 2
    assert _count(r.by_group, "Jongere") == 1  # 24 on 30-06-2025
    assert _count(r.by_group, "55-plusser") == 1  # 55 on 01-01-2025
    assert r.by_municipality == [("Turnhout", 4, 1, 1)]
    assert r.exits.count == 1
    assert r.followup_6m == (2, 1, 1)
    assert r.meetings == {"gehouden": 1, "geannuleerd": 1, "verplaatst": 1, "gepland": 0}
    assert r.cancelled == [(date(2025, 3, 10), "Overleg VDAB", "VDAB niet beschikbaar")]
    assert (r.actions_done, r.actions_overdue, r.actions_open) == (1, 2, 3)
    assert (r.employers, r.employers_engaged) == (2, 1)
    assert r.inclusive_share == 0.5


def test_all_municipalities_and_trends(known: Database) -> None:
    r = _report(known, START, END)
    assert r.active.count == 5 and r.new.count == 2
    by_label = {t.label: t for t in r.trends}
    assert set(by_label) == {"K1 2024", "K2 2024", "K3 2024", "K4 2024", "K1 2025", "K2 2025"}
    assert by_label["K4 2024"].closed == 1 and by_label["K4 2024"].new == 1
    assert by_label["K1 2025"].exits == 1
    assert by_label["K2 2025"].closed == 1


def test_running_period_counts_overdue_actions_as_of_today(known: Database) -> None:
    # The period has not ended yet: an action point due after today is not overdue.
    r = _report(known, START, END, today=date(2025, 4, 15))
    assert r.actions_overdue == 1  # only "b" (deadline 01-04); "c" is due on 01-05
    assert r.overdue_on == date(2025, 4, 15)
    assert _report(known, START, END, today=date(2026, 1, 1)).actions_overdue == 2


def test_today_changes_do_not_change_last_semester(known: Database) -> None:
    before = _report(known, START, END).as_dict()
    with known.transaction() as s:
        dossier = s.query(Dossier).filter_by(num=1).one()
        s.add(
            StatusChange(
                dossier_id=dossier.id,
                from_code="in_begeleiding",
                to_code="afgesloten",
                effective_on=date(2026, 1, 2),
                changed_at=datetime(2026, 1, 2),
            )
        )
        dossier.status_code = "afgesloten"
    after = _report(known, START, END).as_dict()
    assert before == after


def test_texts_draft_save_and_load(known: Database) -> None:
    r = _report(known, START, END, [TURNHOUT])
    assert "4 dossiers" in r.texts["WSE-LR1"] and "1 van de 2" in r.texts["WSE-LR3"]
    assert "VDAB niet beschikbaar" in r.texts["WSE-LR4"]
    _save(known, START, END, {"WSE-LR1": "Eigen tekst LR1."})
    again = _report(known, START, END, [TURNHOUT])
    assert (
        again.texts["WSE-LR1"] == "Eigen tekst LR1."
        and again.texts["WSE-LR2"] == again.drafts["WSE-LR2"]
    )
    other = _report(known, date(2025, 7, 1), date(2025, 12, 31))
    assert other.texts["WSE-LR1"] != "Eigen tekst LR1."
    with pytest.raises(period_report.PeriodReportError):
        _save(known, START, END, {"WSE-LR9": "x"})


def test_bad_input(known: Database) -> None:
    with pytest.raises(period_report.PeriodReportError):
        _report(known, END, START)
    with (
        known.session() as s,
        pytest.raises(period_report.PeriodReportError, match="Onbekende gemeente"),
    ):
        period_report.municipality_codes(s, ["Atlantis"])


def test_pdf_and_xlsx(known: Database, tmp_path: Path) -> None:
    _save(known, START, END, {"WSE-LR2": "Tekst over tewerkstelling."})
    db = str(known.path)
    pdf = tmp_path / "rapport.pdf"
    assert (
        main(
            [
                "--db",
                db,
                "report",
                "period",
                "--from",
                "2025-01-01",
                "--to",
                "2025-06-30",
                "--municipality",
                "Turnhout",
                str(pdf),
            ]
        )
        == 0
    )
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Beleidsrapportage eerste semester 2025" in text
    assert "Turnhout" in text and "Tekst over tewerkstelling." in text
    assert "WSE-LR4" in text and "VDAB niet beschikbaar" in text
    assert "Persoon1" not in text  # aggregated figures only
    xlsx = tmp_path / "rapport.xlsx"
    assert (
        main(
            [
                "--db",
                db,
                "report",
                "period",
                "--from",
                "2025-01-01",
                "--to",
                "2025-06-30",
                "--municipality",
                "Turnhout",
                str(xlsx),
            ]
        )
        == 0
    )
    book = load_workbook(xlsx)
    summary = {row[0].value: row[1].value for row in book["Samenvatting"].iter_rows(min_row=5)}
    assert summary["Actieve dossiers"] == 4 and summary["Afgesloten dossiers"] == 1
    texts = {row[0].value: row[1].value for row in book["Rapportering"].iter_rows(min_row=5)}
    assert any(v == "Tekst over tewerkstelling." for v in texts.values())
    assert (
        main(
            [
                "--db",
                db,
                "report",
                "period",
                "--from",
                "2025-06-30",
                "--to",
                "2025-01-01",
                str(xlsx),
            ]
        )
        == 2
    )
    assert (
        main(
            ["--db", db, "report", "period", "--from", "gisteren", "--to", "2025-01-01", str(xlsx)]
        )
        == 2
    )


def test_share_bar_labels_are_not_cut_mid_word() -> None:
    from reportlab.graphics.shapes import String

    from kempen_desktop.documents.charts import share_bars

    label = "Zeer langdurig werkzoekend (> 2 jaar)"
    drawing = share_bars([(label, 5), ("Een heel erg lange kansengroep " * 4, 3)], 10, 480)
    texts = [item.text for item in drawing.contents if isinstance(item, String)]
    assert label in texts  # it fits: shown whole
    assert any(t.endswith("…") for t in texts)  # too long: shortened visibly
