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
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop import __version__

log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Er ging iets mis"))
        self.resize(620, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Kempen Desktop stootte op een onverwachte fout. Uw gegevens zijn bewaard tot aan de "
            "laatste geslaagde handeling. Kopieer de technische details hieronder als u de fout "
            "wilt melden; ze bevatten geen gegevens van cliënten."
        ))
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


def format_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The traceback with the exception *type* only: messages can quote client data."""
    frames = "".join(traceback.format_tb(tb))
    return f"Kempen Desktop {__version__}\n{exc_type.__module__}.{exc_type.__qualname__}\n{frames}"


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = format_details(exc_type, exc, tb)
    log.error("Onverwachte fout:\n%s", details)
    app = QApplication.instance()
    if app is not None:
        ErrorDialog(details, QApplication.activeWindow()).exec()


def install_excepthook() -> None:
    sys.excepthook = handle_exception
