"""Lijst exporteren: what a table view shows ends up in the workbook, typed and safe."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from sqlalchemy import select

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import AuditEntry
from kempen_desktop.ui.common import list_export
from kempen_desktop.ui.common.record_table_model import Column, RecordTableModel
from kempen_desktop.ui.common.tables import configure_table


@dataclass
class Rec:
    name: str
    insz: str
    count: int
    day: date | None


COLUMNS = [
    Column("Naam", lambda r: r.name),
    Column("INSZ", lambda r: r.insz),
    Column("Aantal", lambda r: str(r.count), lambda r: r.count, True),
    Column(
        "Datum", lambda r: r.day.strftime("%d-%m-%Y") if r.day else "", lambda r: r.day or date.min
    ),
]
RECORDS = [
    Rec("Peeters", "01020312345", 12, date(2025, 3, 1)),
    Rec('=HYPERLINK("http://x")', "00010112345", 3, None),
    Rec("Aerts", "85073000161", 7, date(2024, 12, 31)),
]


def _view(qtbot) -> QTableView:
    model: RecordTableModel[Rec] = RecordTableModel(COLUMNS, "Test")
    view = QTableView()
    qtbot.addWidget(view)
    configure_table(view, model)
    model.set_records(RECORDS)
    return view


def _read(path: Path):
    return load_workbook(path).active


def test_rows_in_view_order_visible_columns_typed(qtbot, tmp_path: Path) -> None:
    view = _view(qtbot)
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by Aantal, high to low
    view.setColumnHidden(0, True)
    view.horizontalHeader().moveSection(3, 0)  # Datum first on screen
    out = tmp_path / "lijst.xlsx"
    assert list_export.write_view(view, out, "Testlijst") == 3
    ws = _read(out)
    assert ws["A1"].value == "Testlijst"
    assert [c.value for c in ws[4]] == ["Datum", "INSZ", "Aantal"]
    assert ws.freeze_panes == "A5"
    assert ws.auto_filter.ref == "A4:C7"
    # Sorted by Aantal descending: 12, 7, 3.
    assert [ws.cell(r, 3).value for r in range(5, 8)] == [12, 7, 3]
    assert ws.cell(5, 1).value.date() == date(2025, 3, 1)
    assert ws.cell(5, 1).number_format == "DD/MM/YYYY"
    assert ws.cell(7, 1).value is None
    # INSZ stays text with its leading zeros.
    assert ws.cell(7, 2).value == "00010112345"
    assert ws.cell(7, 2).data_type == "s"


def test_formula_like_text_is_never_a_formula(qtbot, tmp_path: Path) -> None:
    view = _view(qtbot)
    out = tmp_path / "lijst.xlsx"
    list_export.write_view(view, out, "Testlijst")
    ws = _read(out)
    cells = [ws.cell(r, 1) for r in range(5, 8)]
    evil = [c for c in cells if str(c.value).startswith("=")]
    assert len(evil) == 1 and evil[0].data_type == "s"


def test_export_view_asks_path_and_audits(qtbot, tmp_path: Path, database, monkeypatch) -> None:
    view = _view(qtbot)
    target = tmp_path / "gekozen"
    monkeypatch.setattr(
        list_export.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    path = list_export.export_view(
        None, view, "Partners", "partners", workspace=Workspace(database), entity="partner"
    )
    assert path == tmp_path / "gekozen.xlsx" and path.is_file()
    with database.session() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "export.xlsx")
        ).all()
    assert [(e.entity, e.detail) for e in entries] == [("partner", "3 rijen")]


def test_export_view_cancel_writes_nothing(qtbot, tmp_path: Path, monkeypatch) -> None:
    view = _view(qtbot)
    monkeypatch.setattr(
        list_export.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", ""))
    )
    assert list_export.export_view(None, view, "X", "x") is None


@pytest.mark.parametrize(
    "texts,right,kind",
    [
        (["01-02-2024", ""], False, "date"),
        (["12", "0012"], True, "text"),
        (["12", "7"], False, "text"),
        (["12", "7"], True, "int"),
        (["31-02-2024"], False, "text"),
    ],
)
def test_column_kind(texts, right, kind) -> None:
    assert list_export._typed_column(texts, right)[0] == kind
