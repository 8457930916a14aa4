"""Run long work off the GUI thread with a progress dialog.

The worker gets a `progress(text, percent)` callback that is safe to call from its
thread (it emits a queued signal); it returns plain data, never widgets or ORM objects.
Errors come back to the GUI thread and go to the failure callback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[str, int], None]


class _Worker(QThread):
    progressed = Signal(str, int)
    finished_ok = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(lambda text, percent: self.progressed.emit(text, percent))
        except Exception as error:  # handed to the GUI thread, which decides what to show
            self.failed.emit(error)
        else:
            self.finished_ok.emit(result)


class Operation:
    """`Operation(parent, title, work).success(cb).failure(cb).run()`."""

    def __init__(self, parent: QWidget | None, title: str, work: Callable[[Progress], Any]) -> None:
        self._parent = parent
        self._title = title
        self._worker = _Worker(work)
        self._on_success: Callable[[Any], None] = lambda _result: None
        self._on_failure: Callable[[Exception], None] | None = None
        self.dialog: QProgressDialog | None = None

    def success(self, callback: Callable[[Any], None]) -> Operation:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Operation:
        self._on_failure = callback
        return self

    def run(self) -> Operation:
        dialog = QProgressDialog(self._title, "", 0, 100, self._parent)
        dialog.setWindowTitle(self._title)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(300)
        self.dialog = dialog
        self._worker.progressed.connect(self._progress)
        self._worker.finished_ok.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        self._worker.start()
        return self

    def wait(self) -> None:
        """Block until done (tests and start-up before the main window exists)."""
        self._worker.wait()

    def _progress(self, text: str, percent: int) -> None:
        if self.dialog is not None:
            self.dialog.setLabelText(text)
            self.dialog.setValue(percent)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None

    def _succeeded(self, result: Any) -> None:
        self._close_dialog()
        self._on_success(result)

    def _failed(self, error: Exception) -> None:
        self._close_dialog()
        if self._on_failure is None:
            raise error
        self._on_failure(error)
