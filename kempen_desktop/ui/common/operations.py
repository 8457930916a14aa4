"""Run long work off the GUI thread with a progress dialog and, if wanted, a cancel button.

The work function receives a `Task`: `task.progress(text, percent)` is safe to call from
the worker thread, as often as it likes: it only records the latest state, which the GUI
thread polls ten times a second. `task.cancelled()` tells whether the user pressed Cancel.

The dialog's bar is our own QProgressBar, updated directly: QProgressDialog.setValue()
on a modal dialog runs a nested event loop, in which the operation could finish and
delete the dialog under its own feet (seen as a refcount crash at exit after large
imports). The work returns plain data, never widgets or ORM objects. Errors
come back to the GUI thread and go to the failure callback. Keep the Operation object
referenced until it finishes: a QThread that is garbage-collected while running aborts.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from kempen_desktop.services.common.storage_errors import as_storage_error


class Task:
    """What the work function may use: report progress and check for cancellation."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._state: tuple[str, int] | None = None

    def progress(self, text: str, percent: int) -> None:
        with self._lock:
            self._state = (text, percent)

    def latest(self) -> tuple[str, int] | None:
        with self._lock:
            return self._state

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


# Workers still running, waited for at exit: quitting while a count ran in the background
# destroyed its QThread while running, which aborts the process ("QThread: Destroyed while
# thread is still running").
_RUNNING: set[QThread] = set()


@atexit.register
def _wait_for_workers() -> None:
    for worker in list(_RUNNING):
        worker.wait()


class _Worker(QThread):
    finished_ok = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Task], Any]) -> None:
        super().__init__()
        self._work = work
        self.task = Task()

    def run(self) -> None:
        try:
            result = self._work(self.task)
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread, which decides
            self.failed.emit(error)
        else:
            self.finished_ok.emit(result)


class Operation:
    """`Operation(parent, title, work, cancellable=True).success(cb).failure(cb).run()`."""

    # Tests switch this on (fixture `inline_operations`): the work then runs on the calling
    # thread, so a test needs no waiting (Picard's inline thread pool).
    inline = False

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        work: Callable[[Task], Any],
        *,
        cancellable: bool = False,
    ) -> None:
        self._parent = parent
        self._title = title
        self._cancellable = cancellable
        self._worker = _Worker(work)
        self._on_success: Callable[[Any], None] = lambda _result: None
        self._on_failure: Callable[[Exception], None] | None = None
        self.dialog: QProgressDialog | None = None
        self._poll = QTimer(parent)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._progress)

    @property
    def task(self) -> Task:
        return self._worker.task

    def success(self, callback: Callable[[Any], None]) -> Operation:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Operation:
        self._on_failure = callback
        return self

    def run(self) -> Operation:
        if Operation.inline:
            try:
                result = self._worker._work(self._worker.task)
            except Exception as error:  # noqa: BLE001 - routed like a worker's failure
                self._failed(error)
            else:
                self._succeeded(result)
            return self
        cancel_text = (
            QCoreApplication.translate("Operation", "Annuleren") if self._cancellable else ""
        )
        dialog = QProgressDialog(self._title, cancel_text, 0, 100, self._parent)
        dialog.setWindowTitle(self._title)
        if self._cancellable:
            dialog.canceled.connect(self._worker.task.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._bar = QProgressBar(dialog)
        self._bar.setRange(0, 100)
        dialog.setBar(self._bar)
        self.dialog = dialog
        QTimer.singleShot(300, self._show_if_running)  # short work shows no dialog at all
        self._poll.start()
        self._worker.finished_ok.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        worker = self._worker
        _RUNNING.add(worker)
        worker.finished.connect(lambda: _RUNNING.discard(worker))
        worker.start()
        return self

    def is_running(self) -> bool:
        return self._worker.isRunning()

    def wait(self) -> None:
        """Block until done (tests and start-up before the main window exists)."""
        self._worker.wait()

    def _show_if_running(self) -> None:
        if self.dialog is not None and self._worker.isRunning():
            self.dialog.show()

    def _progress(self) -> None:
        state = self._worker.task.latest()
        if self.dialog is not None and state is not None:
            text, percent = state
            self.dialog.setLabelText(text)
            self._bar.setValue(max(0, min(99, percent)))

    def _close_dialog(self) -> None:
        """Tidy up on the GUI thread while Qt is alive: a finished QThread or a dialog
        left for interpreter shutdown to destroy could crash the process at exit."""
        self._poll.stop()
        self._worker.wait()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _parent_gone(self) -> bool:
        """The widget the work was for was deleted meanwhile (its window closed or was
        replaced): its timer and dialog went with it, and nobody is left to tell."""
        import shiboken6

        return self._parent is not None and not shiboken6.isValid(self._parent)

    def _succeeded(self, result: Any) -> None:
        if self._parent_gone():
            return
        self._close_dialog()
        self._on_success(result)

    def _failed(self, error: Exception) -> None:
        if self._parent_gone():
            return
        self._close_dialog()
        # A full disk, read-only stick or locked file reaches every failure handler as a
        # StorageError (an OSError with a Dutch message), not as a raw OperationalError.
        error = as_storage_error(error) or error
        if self._on_failure is None:
            raise error
        self._on_failure(error)
