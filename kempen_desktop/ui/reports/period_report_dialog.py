"""Beleidsrapportage…: the four WSE texts (a draft from the figures, or the saved text of
the period) to check and edit, then a PDF (preview, print, save) or an .xlsx."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.documents.period_report_data import PeriodReport
from kempen_desktop.domain.wse import WSE_CODES, WSE_TITLES
from kempen_desktop.ui.common import colours
from kempen_desktop.ui.common.operations import Operation
from kempen_desktop.ui.common.widgets import RememberingDialog

log = logging.getLogger(__name__)


class PeriodReportDialog(RememberingDialog):
    def __init__(
        self,
        workspace: Workspace,
        start: date,
        end: date,
        nis_codes: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reports = workspace.reports
        self.start, self.end, self.nis_codes = start, end, list(nis_codes)
        self.report: PeriodReport | None = None
        self.preview: QWidget | None = None
        self._operation: Operation | None = None
        self._waiting: Operation | None = None  # made, not started yet
        self.setWindowTitle(self.tr("Beleidsrapportage"))
        self.resize(860, 640)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Cijfers worden berekend…"))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        hint = QLabel(
            self.tr(
                "Per prioriteit staat een concepttekst op basis van de cijfers. Controleer en vul "
                "aan; de teksten worden per periode bewaard."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {colours.css(colours.MUTED)};")
        layout.addWidget(hint)
        self.tabs = QTabWidget()
        self.editors: dict[str, QPlainTextEdit] = {}
        for code in WSE_CODES:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            title = QLabel(WSE_TITLES[code])
            title.setStyleSheet("font-weight: bold;")
            editor = QPlainTextEdit()
            editor.setEnabled(False)
            reset = QPushButton(self.tr("Concepttekst terugzetten"))
            reset.clicked.connect(lambda _checked=False, c=code: self._reset(c))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(reset)
            page_layout.addWidget(title)
            page_layout.addWidget(editor, 1)
            page_layout.addLayout(row)
            self.editors[code] = editor
            self.tabs.addTab(page, code)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Teksten &bewaren"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.pdf_button = buttons.addButton(
            self.tr("&PDF bekijken en afdrukken…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.xlsx_button = buttons.addButton(
            self.tr("&Excel bewaren…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save_texts)
        self.pdf_button.clicked.connect(self.make_pdf)
        self.xlsx_button.clicked.connect(self.make_xlsx)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        for button in (self.save_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(False)
        self._operation = self._waiting = (
            Operation(
                self,
                self.tr("Cijfers berekenen"),
                lambda task: self.reports.period_report(start, end, nis_codes),
            )
            .success(self._loaded)
            .failure(self._failed)
        )
        # Counted once the dialog has shown and painted: a count holding the GIL beside
        # the dialog's first show made each of its many steps wait (a frozen frame).
        if Operation.inline:
            self._start_count()
        else:
            QTimer.singleShot(0, self, self._start_count)

    def _start_count(self) -> None:
        operation, self._waiting = self._waiting, None
        if operation is not None:
            operation.run()

    def wait(self) -> None:
        self._start_count()
        if self._operation is not None:
            self._operation.wait()
            QCoreApplication.processEvents()  # deliver the queued result

    def _loaded(self, report: PeriodReport) -> None:
        self.report = report
        self.heading.setText(
            self.tr(
                "%1 — %2 (%3 – %4): %5 actieve dossiers, %6 nieuw, %7 afgesloten, "
                "%8 uitstroom naar werk."
            )
            .replace("%1", report.label.capitalize())
            .replace("%2", report.scope_label)
            .replace("%3", f"{report.start:%d-%m-%Y}")
            .replace("%4", f"{report.end:%d-%m-%Y}")
            .replace("%5", str(report.active.count))
            .replace("%6", str(report.new.count))
            .replace("%7", str(report.closed.count))
            .replace("%8", str(report.exits.count))
        )
        for code, editor in self.editors.items():
            editor.setPlainText(report.texts.get(code, ""))
            editor.setEnabled(True)
        for button in (self.save_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(True)

    def _failed(self, error: Exception) -> None:
        log.warning("period report failed: %s", type(error).__name__)
        self.heading.setText(
            self.tr("De cijfers konden niet berekend worden: %1").replace("%1", str(error))
        )

    def _reset(self, code: str) -> None:
        if self.report is not None:
            self.editors[code].setPlainText(self.report.drafts.get(code, ""))

    def texts(self) -> dict[str, str]:
        return {code: editor.toPlainText().strip() for code, editor in self.editors.items()}

    def save_texts(self) -> bool:
        if self.report is None:
            return False
        texts = self.texts()
        # An unedited draft is not stored: it keeps following the figures (a report made
        # while the period runs must not freeze yesterday's numbers into the text).
        drafts = self.report.drafts
        stored = {
            code: "" if text == drafts.get(code, "").strip() else text
            for code, text in texts.items()
        }
        self.reports.save_texts(self.start, self.end, stored)
        self.report.texts = dict(texts)
        self.status.setText(self.tr("Teksten bewaard voor deze periode."))
        return True

    def _file_stem(self) -> str:
        return f"Beleidsrapportage {self.start:%Y-%m-%d} tot {self.end:%Y-%m-%d}"

    def make_pdf(self) -> bytes | None:
        """Write the report, show the preview; returns the PDF (in memory only)."""
        from kempen_desktop.ui.common.background import run_blocking
        from kempen_desktop.ui.common.pdf_preview import open_preview, pdf_bytes

        if not self.save_texts() or self.report is None:
            return None
        name = self._file_stem() + ".pdf"
        report = self.report
        # Written off the GUI thread (a second or more with the charts): the window paints.
        data, _none = run_blocking(
            self,
            self.tr("Beleidsrapportage"),
            lambda _task: pdf_bytes(  # audited before it appears
                name, lambda path: self.reports.write_period_report(path, report, "pdf")
            ),
        )
        self.preview = open_preview(
            self,
            data,
            self.tr("Beleidsrapportage — voorbeeld"),
            suggested_name=name,
            printed=lambda _pages: self.reports.record_printed(report),
        )
        return data

    def make_xlsx(self) -> Path | None:
        from kempen_desktop.ui.common.list_export import ask_save_path, show_write_error

        if not self.save_texts() or self.report is None:
            return None
        path = ask_save_path(
            self, self.tr("Beleidsrapportage bewaren"), self._file_stem() + ".xlsx"
        )
        if path is None:
            return None
        try:  # audited: the entry commits before the file appears (a disclosure)
            self.reports.write_period_report(path, self.report, "xlsx")
        except OSError as error:
            show_write_error(self, path, error)
            return None
        self.status.setText(
            self.tr("De beleidsrapportage is bewaard in %1.").replace("%1", str(path))
        )
        return path
