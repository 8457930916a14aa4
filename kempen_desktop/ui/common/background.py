"""Run a long trust action (backup, restore, re-encryption, anonymising) off the GUI
thread while the caller waits: the window keeps painting, a progress dialog appears after
0.3 s, and the result (or the exception) comes back as from a plain function call."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from kempen_desktop.ui.common.operations import Operation, Task


def run_blocking(parent: QWidget | None, title: str, work: Callable[[Task], Any]) -> Any:
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def succeeded(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: Exception) -> None:
        outcome["error"] = error
        loop.quit()

    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        operation = Operation(parent, title, work).success(succeeded).failure(failed).run()
        if operation.is_running() or not outcome:
            loop.exec()
    finally:
        QGuiApplication.restoreOverrideCursor()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def page_progress(task: Task, text: str) -> Callable[[int, int], None]:
    """A backup-API progress callback (pages done, total) reporting to `task`."""
    return lambda done, total: task.progress(text, int(100 * done / total) if total else 0)


# What the first use of a tab, the import wizard, the period report or a PDF imports;
# loaded in the background once the main window is up (issue 17), so that first use does
# not freeze the window for the second or more these imports take. Python hands the GIL to
# the GUI thread every few milliseconds, so the window keeps painting meanwhile.
PRELOADED = (
    "kempen_desktop.app.reports",
    "kempen_desktop.ui.reports.reports_tab",
    "kempen_desktop.app.meetings",
    "kempen_desktop.ui.meetings.meetings_tab",
    "kempen_desktop.app.partners",
    "kempen_desktop.ui.partners.partners_tab",
    "kempen_desktop.app.actions",
    "kempen_desktop.ui.actions.actions_tab",
    "kempen_desktop.app.trust",
    "kempen_desktop.app.importing",
    "kempen_desktop.ui.importing.import_wizard",
    "kempen_desktop.ui.reports.period_report_dialog",
    "kempen_desktop.ui.common.pdf_preview",
    "kempen_desktop.documents.pdf",
    "kempen_desktop.documents.period_report_pdf",
    "kempen_desktop.documents.minutes",
    "kempen_desktop.documents.ics",
)


class Preloader:
    """Import `names` one by one on a background thread; `stop()` (at quit) waits for the
    module being imported and skips the rest."""

    def __init__(self, names: tuple[str, ...] = PRELOADED) -> None:
        import threading

        self._names = names
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="preload", daemon=True)

    def start(self) -> Preloader:
        if not self._stopped.is_set():
            self._thread.start()
        return self

    def running(self) -> bool:
        return self._thread.is_alive()

    def finished(self) -> bool:
        """Started, and done (or stopped)."""
        return self._thread.ident is not None and not self._thread.is_alive()

    def _run(self) -> None:
        import importlib
        import logging

        from kempen_desktop.app import gc_pauses

        # Modules live as long as the app: no collector walks over the whole process while
        # they load (one took 85 ms, a frozen frame), and out of the walks' sight after,
        # with everything start-up made (app/gc_pauses.py).
        gc_pauses.keep_long_lived()
        with gc_pauses.quiet(keep=True):
            for name in self._names:
                if self._stopped.is_set():
                    return
                try:
                    importlib.import_module(name)
                except Exception:  # noqa: BLE001 - imported again (and raising) where used
                    logging.getLogger(__name__).warning("preloading %s failed", name)

    def stop(self) -> None:
        self._stopped.set()
        if self._thread.is_alive():
            self._thread.join()
