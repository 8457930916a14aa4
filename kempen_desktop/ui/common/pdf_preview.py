"""Preview and print our own PDFs.

The pages are rendered with pypdfium2 into images and shown one under the other; "Afdrukken…"
opens the system print dialog (QPrintDialog) and paints each page, rendered at the
printer's resolution, onto the QPrinter. "Opslaan als…" keeps a copy where the user wants
it. Printing is recorded in the audit trail by the caller through `printed`.

The preview holds the PDF's bytes in memory: a fiche or report (client data) is never left
in a temporary folder. The writers write to a path, so `pdf_bytes` lets them write under a
temporary name of kempen_desktop.tempfiles' pattern in the data folder and removes the file
as soon as it is read (a crash in between leaves a file that the next sweep of that folder
removes).
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDir, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)
PREVIEW_DPI = 96
T = TypeVar("T")
Pdf = bytes | Path  # a PDF in memory, or a file


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


def _open(pdf: Pdf):  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))


def page_count(pdf: Pdf) -> int:
    document = _open(pdf)
    try:
        return len(document)
    finally:
        document.close()


def render_pages(
    pdf: Pdf, dpi: float = PREVIEW_DPI, pages: list[int] | None = None
) -> list[QImage]:
    """The PDF's pages as images (a copy: independent of pdfium's buffers)."""
    document = _open(pdf)
    images = []
    try:
        for index in pages if pages is not None else range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            image = QImage(
                data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888
            ).copy()
            images.append(image)
            page.close()
    finally:
        document.close()
    return images


def print_pdf(pdf: Pdf, printer: object) -> int:
    """Paint every page of the PDF on a QPrinter; returns the number of pages printed."""
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    dpi = min(300, max(150, printer.resolution()))
    count = page_count(pdf)
    first, last = printer.fromPage(), printer.toPage()
    wanted = list(range(count)) if first == 0 else list(range(first - 1, min(last, count)))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(_tr(QT_TRANSLATE_NOOP("PdfPreview", "De printer kon niet gestart worden.")))
    try:
        for position, index in enumerate(wanted):
            if position:
                printer.newPage()
            image = render_pages(pdf, dpi, [index])[0]
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
    finally:
        painter.end()
    return len(wanted)


class PdfPreviewDialog(QDialog):
    """A scrollable preview of a PDF (its bytes) with Afdrukken, Opslaan als and Sluiten."""

    def __init__(
        self,
        pdf: Pdf,
        title: str,
        parent: QWidget | None = None,
        *,
        printed: Callable[[int], None] | None = None,
        suggested_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.data = pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()
        self._printed = printed
        self._suggested = suggested_name or (
            Path(pdf).name if not isinstance(pdf, bytes) else "document.pdf"
        )
        self.setWindowTitle(title)
        self.resize(880, 900)  # an A4 page at 96 dpi without a horizontal scroll bar
        layout = QVBoxLayout(self)
        self.info = QLabel()
        layout.addWidget(self.info)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        pages = QWidget()
        pages.setStyleSheet("background: #8a9099;")
        self.pages_layout = QVBoxLayout(pages)
        self.pages_layout.setSpacing(12)
        self.scroll.setWidget(pages)
        layout.addWidget(self.scroll, 1)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Opslaan &als…"))
        self.save_button.clicked.connect(self.save_copy)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        for button in (self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.page_labels: list[QLabel] = []
        self._load()

    def _load(self) -> None:
        from kempen_desktop.ui.common.background import run_blocking

        # Rendered off the GUI thread (QImage, not QPixmap): the window keeps painting.
        images = run_blocking(self, self.windowTitle(), lambda _task: render_pages(self.data))
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        self.info.setText(self.tr("%n pagina('s)", "", len(images)))

    def print_document(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, len(self.page_labels))
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, len(self.page_labels)))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            printed = print_pdf(self.data, printer)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Afdrukken mislukt"), str(error))
            return False
        if self._printed is not None:
            self._printed(printed)
        return True

    def save_copy(self) -> Path | None:
        from kempen_desktop.ui.common.list_export import LAST_DIR
        from kempen_desktop.ui.common.settings import open_settings

        store = open_settings()
        folder = LAST_DIR.get(store) or QDir.homePath()
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("PDF opslaan"),
            str(Path(folder) / self._suggested),
            self.tr("PDF-document (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        from kempen_desktop.documents.atomic import atomic_output

        try:
            # Via a temporary file and a rename: a full disk never leaves a truncated PDF in place.
            with atomic_output(target) as temp:
                temp.write_bytes(self.data)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Opslaan mislukt"), str(error))
            return None
        LAST_DIR.set(store, str(target.parent))
        log.info("pdf saved")
        return target


def pdf_bytes(name: str, write: Callable[[Path], T], folder: Path | None = None) -> tuple[bytes, T]:
    """Let `write` make a PDF and return its bytes (and what `write` returned).

    `write` gets a path named like kempen_desktop.tempfiles' temporary files, in the data
    folder (not the system temp folder); it writes there atomically (a locked temporary file,
    renamed into place), and the file is read and removed at once, also when `write` fails.
    """
    from kempen_desktop import tempfiles
    from kempen_desktop.paths import data_dir

    folder = Path(folder) if folder is not None else data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f".{name}.{os.getpid()}.{secrets.token_hex(4)}{tempfiles.SUFFIX}"
    assert tempfiles.is_temp_name(path.name)
    try:
        result = write(path)
        data = path.read_bytes() if path.exists() else b""
    finally:
        path.unlink(missing_ok=True)
    return data, result


def open_preview(
    parent: QWidget | None,
    pdf: Pdf,
    title: str,
    *,
    suggested_name: str = "",
    printed: Callable[[int], None] | None = None,
) -> PdfPreviewDialog:
    """Show the preview window-modal."""
    dialog = PdfPreviewDialog(pdf, title, parent, printed=printed, suggested_name=suggested_name)
    dialog.open()
    return dialog
