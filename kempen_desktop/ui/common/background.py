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
