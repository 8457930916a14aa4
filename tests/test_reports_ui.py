"""The Rapporten dashboard, its click-through, the Dossiers tab's export and dossierfiche."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import select

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import Dossier, Person
from kempen_desktop.domain.periods import semester_of
from kempen_desktop.services.demo import generate_demo
from kempen_desktop.ui.common import list_export
from kempen_desktop.ui.common.pdf_preview import PdfPreviewDialog, render_pages
from kempen_desktop.ui.main_window import MainWindow

TODAY = date.today()


@pytest.fixture
def window(qtbot, database):
    generate_demo(database, dossiers=120, seed=5, today=TODAY)
    win = MainWindow(Workspace(database))
    qtbot.addWidget(win)
    win.show()
    return win


def test_dashboard_tiles_click_through_to_dossiers(qtbot, window) -> None:
    reports = window.reports
    window.tabs.setCurrentWidget(reports)
    reports.wait()
    qtbot.waitUntil(lambda: reports.dashboard is not None, timeout=10000)
    start, end = semester_of(TODAY)
    assert reports.period() == (start, end)  # a semester by default
    active = reports.dashboard.tile("active")
    assert active.nums and int(active.value.replace(".", "")) == len(active.nums)
    qtbot.mouseClick(reports.tiles[0], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.dossiers
    assert window.dossiers.model.rowCount() == len(active.nums)
    assert window.dossiers.nums_banner.isVisibleTo(window.dossiers)
    window.dossiers.clear_nums_filter()
    assert window.dossiers.model.rowCount() == 120


def test_dashboard_period_and_municipality(qtbot, window) -> None:
    reports = window.reports
    window.tabs.setCurrentWidget(reports)
    reports.wait()
    qtbot.waitUntil(lambda: reports.dashboard is not None, timeout=10000)
    whole = reports.dashboard.tile("active").nums
    reports.set_period(date(TODAY.year - 1, 1, 1), date(TODAY.year - 1, 12, 31))
    assert reports.dashboard.start == date(TODAY.year - 1, 1, 1)
    first_place = next(a for a in reports.place_menu.actions() if a.data())
    reports.set_municipalities([first_place.data()])
    scoped = reports.dashboard.tile("active").nums
    with window.workspace._database.session() as session:
        places = set(
            session.scalars(
                select(Person.municipality_nis)
                .join(Dossier, Dossier.person_id == Person.id)
                .where(Dossier.num.in_(scoped))
            )
        )
    assert places <= {first_place.data()}
    assert first_place.text() in reports.title.text()
    assert whole
    every = next(a for a in reports.place_menu.actions() if a.data() == "")
    every.trigger()
    assert reports.municipalities() == [] and "alle gemeenten" in reports.title.text()


def test_period_report_dialog_saves_texts_and_writes_pdf(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    reports = window.reports
    window.tabs.setCurrentWidget(reports)
    reports.wait()
    dialog = reports.open_period_report()
    dialog.wait()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert "dossiers" in dialog.editors["WSE-LR1"].toPlainText()
    dialog.editors["WSE-LR2"].setPlainText("Onze eigen tekst.")
    path = dialog.make_pdf()
    assert path is not None and isinstance(dialog.preview, PdfPreviewDialog)
    assert len(dialog.preview.page_labels) >= 3
    again = reports.open_period_report()
    again.wait()
    qtbot.waitUntil(lambda: again.report is not None, timeout=10000)
    assert again.editors["WSE-LR2"].toPlainText() == "Onze eigen tekst."
    target = tmp_path / "rapport.xlsx"
    monkeypatch.setattr(list_export, "ask_save_path", lambda *a, **k: target)
    assert again.make_xlsx() == target and target.exists()
    dialog.preview.close()


def test_dossier_export_dialog_as_shown(qtbot, window, tmp_path) -> None:
    tab = window.dossiers
    tab.filters.clear()  # every dossier, not only the open ones (the default, issue 14)
    tab.table.setColumnHidden(4, True)  # Kansengroepen hidden
    tab.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # Gemeente, Z to A
    dialog = tab.export_list()
    out = tmp_path / "lijst.xlsx"
    dialog.run_export(out)
    dialog.wait()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=10000)
    ws = load_workbook(out).active
    header = [c.value for c in ws[4]]
    assert header == ["Naam", "Voornaam", "Gemeente", "Status", "Begeleider", "Volgende opvolging"]
    places = [row[2].value or "" for row in ws.iter_rows(min_row=5)]
    assert len(places) == 120 and places == sorted(places, reverse=True)


def test_dossier_export_dialog_needs_a_partner(qtbot, window) -> None:
    dialog = window.dossiers.export_list()
    dialog.for_partner.setChecked(True)
    assert dialog.spec() is None and "partner" in dialog.error.text()


def _pdfs_under(*folders: Path) -> list[Path]:
    """Every PDF or Kempen temporary file under `folders` (by name or by content)."""
    from kempen_desktop.tempfiles import is_temp_name

    found = []
    for folder in folders:
        for path in folder.rglob("*") if folder.exists() else []:
            if path.is_file() and (
                is_temp_name(path.name)
                or path.suffix.lower() == ".pdf"
                or path.read_bytes()[:5] == b"%PDF-"
            ):
                found.append(path)
    return found


def test_dossierfiche_preview_of_selection(qtbot, window, tmp_path, monkeypatch) -> None:
    import tempfile

    from kempen_desktop.paths import data_dir

    system_temp = tmp_path / "tmp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    tab = window.dossiers
    tab.select_row(0)
    dialog = tab.print_summary()
    dialog.sections["tijdlijn"].setChecked(False)
    data = dialog.make()
    assert data is not None and data.startswith(b"%PDF")
    preview = dialog.preview
    assert isinstance(preview, PdfPreviewDialog) and preview.page_labels
    assert render_pages(data)[0].width() > 500
    assert _pdfs_under(system_temp, data_dir()) == []  # the PDF is in memory only
    preview.close()
    assert _pdfs_under(system_temp, data_dir()) == []


def test_file_menu_export_shortcut(qtbot, window) -> None:
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    opened = []
    window.dossiers.export_list = lambda: opened.append(True)  # type: ignore[method-assign]
    window.tabs.setCurrentWidget(window.dossiers)
    window.export_action.trigger()
    assert opened == [True]


def test_agenda_summaries_dialog(qtbot, window) -> None:
    from kempen_desktop.db.models import AgendaItem
    from kempen_desktop.ui.dossiers.dossier_exports import agenda_summaries

    with window.workspace._database.session() as session:
        meeting_id = session.scalar(
            select(AgendaItem.meeting_id).where(AgendaItem.dossier_id.is_not(None))
        )
    assert meeting_id is not None
    dialog = agenda_summaries(window, window.workspace, meeting_id, "Cliëntoverleg")
    assert dialog is not None
    path = dialog.make()
    assert path is not None and dialog.preview.page_labels
    dialog.preview.close()


def test_file_menu_exports_the_meetings_list_as_shown(qtbot, window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "overleg.xlsx"
    monkeypatch.setattr(list_export, "ask_save_path", lambda *a, **k: target)
    window.tabs.setCurrentWidget(window.meetings)
    window.meetings.ensure_loaded()
    shown = window.meetings.table.model().rowCount()
    window.export_action.trigger()
    ws = load_workbook(target).active
    assert ws.max_row - 4 == shown and ws["A4"].value


def test_print_pdf_paints_every_page(qtbot, database, partner_ids, tmp_path) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from kempen_desktop.services.dossiers.dossiers import DossierInput
    from kempen_desktop.ui.common.pdf_preview import print_pdf

    service = Workspace(database).dossiers
    ids = [service.create(DossierInput(last_name=f"Naam{i}", first_name="Test")) for i in range(3)]
    source = tmp_path / "fiches.pdf"
    assert Workspace(database).dossiers.write_summaries(ids, source).pages == 3
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert print_pdf(source, printer) == 3
    assert len(PdfReader(printed).pages) == 3


def test_preview_save_copy_never_leaves_a_truncated_pdf(
    qtbot, database, tmp_path, monkeypatch
) -> None:
    import errno

    from kempen_desktop.services.dossiers.dossiers import DossierInput
    from kempen_desktop.ui.common import pdf_preview

    dossier = Workspace(database).dossiers.create(DossierInput(last_name="Naam", first_name="Test"))
    source = tmp_path / "fiche.pdf"
    Workspace(database).dossiers.write_summaries([dossier], source)
    dialog = PdfPreviewDialog(source, "voorbeeld")
    qtbot.addWidget(dialog)
    target = tmp_path / "kopie.pdf"
    target.write_bytes(b"%PDF- the good old copy")
    monkeypatch.setattr(
        pdf_preview.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(pdf_preview.QMessageBox, "warning", staticmethod(lambda *a, **k: None))

    write_bytes = Path.write_bytes

    def full_disk(self, data):  # type: ignore[no-untyped-def]
        write_bytes(self, data[:100])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    assert dialog.save_copy() is None
    monkeypatch.undo()
    assert target.read_bytes() == b"%PDF- the good old copy"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_period_report_keeps_unedited_drafts_live(qtbot, window) -> None:
    reports = window.reports
    window.tabs.setCurrentWidget(reports)
    reports.wait()
    dialog = reports.open_period_report()
    dialog.wait()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    dialog.editors["WSE-LR3"].setPlainText("Eigen tekst over sociale economie.")
    assert dialog.save_texts()
    saved = window.workspace.reports.saved_texts(dialog.start, dialog.end)
    assert saved["WSE-LR3"] == "Eigen tekst over sociale economie."
    assert not saved.get("WSE-LR1")  # the draft was not frozen: it follows the figures
    dialog.close()


def test_preview_leaves_no_file_and_saves_the_whole_pdf(
    qtbot, database, tmp_path, monkeypatch
) -> None:
    import tempfile

    from kempen_desktop import tempfiles
    from kempen_desktop.paths import data_dir
    from kempen_desktop.services.dossiers.dossiers import DossierInput
    from kempen_desktop.ui.common import pdf_preview

    system_temp = tmp_path / "tmp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    service = Workspace(database).dossiers
    ids = [service.create(DossierInput(last_name=f"Peeters{i}", first_name="An")) for i in range(2)]
    seen: list[Path] = []

    def write(path: Path):  # type: ignore[no-untyped-def]
        seen.append(path)
        return service.write_summaries(ids, path)

    data, result = pdf_preview.pdf_bytes("Dossierfiches.pdf", write)
    assert result.pages == 2 and data.startswith(b"%PDF")
    assert seen[0].parent == data_dir() and tempfiles.is_temp_name(seen[0].name)
    assert _pdfs_under(system_temp, data_dir()) == []
    dialog = pdf_preview.open_preview(None, data, "voorbeeld", suggested_name="Dossierfiches.pdf")
    qtbot.addWidget(dialog)
    assert len(dialog.page_labels) == 2
    target = tmp_path / "bewaard" / "kopie"
    target.parent.mkdir()
    monkeypatch.setattr(
        pdf_preview.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert dialog.save_copy() == target.with_name("kopie.pdf")
    assert target.with_name("kopie.pdf").read_bytes() == data  # the whole PDF
    assert [p.name for p in target.parent.iterdir()] == ["kopie.pdf"]
    dialog.close()
    assert _pdfs_under(system_temp, data_dir()) == []
    assert not list(system_temp.glob("kempen-pdf-*"))


def test_preview_pdf_removed_when_the_writer_fails(tmp_path) -> None:
    from kempen_desktop.ui.common import pdf_preview

    def fail(path: Path) -> None:
        path.write_bytes(b"%PDF- half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        pdf_preview.pdf_bytes("Dossierfiche.pdf", fail, folder=tmp_path)
    assert list(tmp_path.iterdir()) == []
