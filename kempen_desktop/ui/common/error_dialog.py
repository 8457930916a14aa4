"""One handler for unexpected errors: log the traceback, show a copyable Dutch message."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop import APP_NAME, __version__
from kempen_desktop.services.common.storage_errors import StorageError, as_storage_error

log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Er ging iets mis"))
        self.resize(620, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Kempen Desktop stootte op een onverwachte fout. Uw gegevens zijn bewaard tot aan "
                "de "
                "laatste geslaagde handeling. Kopieer de technische details hieronder als u de "
                "fout "
                "wilt melden; ze bevatten geen gegevens van cliënten."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Kopiëren"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def format_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The traceback with the exception *type* only: messages can quote client data."""
    frames = "".join(traceback.format_tb(tb))
    return f"Kempen Desktop {__version__}\n{exc_type.__module__}.{exc_type.__qualname__}\n{frames}"


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    storage = as_storage_error(exc)
    if (
        storage is not None
    ):  # full disk, read-only, no access, in use: named, not "onverwachte fout"
        log.warning("storage error (%s): %s", storage.kind, exc_type.__name__)
        if QApplication.instance() is not None:
            QMessageBox.warning(QApplication.activeWindow(), APP_NAME, storage_text(storage))
        return
    details = format_details(exc_type, exc, tb)
    log.error("Onverwachte fout:\n%s", details)
    app = QApplication.instance()
    if app is not None:
        ErrorDialog(details, QApplication.activeWindow()).exec()


def storage_text(error: StorageError) -> str:
    """The Dutch message for a storage failure, with the reassurance that matches it."""
    return QApplication.translate(
        "ErrorDialog", "%1\n\nUw gegevens zijn bewaard tot aan de laatste geslaagde handeling."
    ).replace("%1", str(error))


def install_excepthook() -> None:
    sys.excepthook = handle_exception
