"""Reports: the Rapporten dashboard, the beleidsrapportage (texts, PDF, .xlsx) and the
counts of `kempen stats`.

The dossier history the figures are counted from takes seconds to load for 100,000
dossiers; the area keeps it until a change that concerns the figures is announced
(or `invalidate()`), so changing the period or the municipalities recounts from memory.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from kempen_desktop.app import gc_pauses
from kempen_desktop.app.area import Area
from kempen_desktop.app.changes import Changes
from kempen_desktop.app.counting_child import CountingChild
from kempen_desktop.documents.period_report_data import PeriodReport
from kempen_desktop.services.reports import dashboard as dashboard_service
from kempen_desktop.services.reports import period_report, period_texts
from kempen_desktop.services.reports.dashboard import Dashboard
from kempen_desktop.services.reports.history import History
from kempen_desktop.services.reports.stats import Stats, collect_stats

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kempen_desktop.app.workspace import Workspace
    from kempen_desktop.services.reports.exports import ExportResult

log = logging.getLogger(__name__)

# What the figures are counted from; any of these changing makes the kept history stale.
COUNTED_FROM = ("dossiers", "meetings", "partners", "action_points", "imports", "reference_data")
# Seconds before a dropped history is freed (ReportsArea._drop).
DROP_AFTER_S = 1.0
# From this many dossiers the desktop app counts in a child process (app/counting_child.py):
# below it a count is a fraction of a second and starting a child (0.7 s) costs more.
CHILD_FROM_DOSSIERS = 5_000


class ReportsArea(Area):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self._history: History | None = None
        self._lock = threading.Lock()  # one count at a time (they share the history)
        # Bumped by every invalidation: a history being loaded meanwhile is not kept. The
        # GUI thread invalidates without waiting for a count that holds the lock.
        self._generation = 0
        self._child: CountingChild | None = None
        self._child_refused = False  # no child could be started: count here from then on
        self._closed = False
        workspace.subscribe(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.database:  # another file under the same name (a restore): a new child
            self.stop_counting()
        if changes.touches(*COUNTED_FROM):
            self.invalidate()

    def close(self) -> None:
        """The workspace closes: the counting child ends first (it reads the file)."""
        self._closed = True
        self.stop_counting()

    def stop_counting(self) -> None:
        """End the counting child, if there is one (the next count starts another)."""
        self._stop_child()

    def _stop_child(self) -> None:
        child, self._child = self._child, None
        if child is not None:
            child.stop()

    def prepare_counting(self) -> None:
        """Start the counting child ahead of the first count (its imports take ~0.7 s), on a
        thread of its own; returns at once (the Rapporten tab, when it is built)."""
        if self._workspace.counts_in_child:
            threading.Thread(target=self._prepare, name="counting-child", daemon=True).start()

    def _prepare(self) -> None:
        with self._lock:
            self._counting_child()

    def _counting_child(self) -> CountingChild | None:
        """The child that counts (the caller holds the lock), when the desktop app asked for
        one, the file is local and holds many dossiers; else None: count here."""
        if (
            self._closed
            or self._child_refused
            or not self._workspace.counts_in_child
            or not self._db.backend.local_file
        ):
            return None
        if self._child is None or not self._child.alive():
            with self._read() as session:
                if dashboard_service.numbers_handed_out(session) < CHILD_FROM_DOSSIERS:
                    return None
            self._stop_child()
            try:
                self._child = CountingChild(self._db.path, self._db.passphrase)
            except Exception as error:  # noqa: BLE001 - no process to be had: the figures
                # are counted here as for a small file (slower frames, the same figures).
                log.warning("counting child could not start: %s", type(error).__name__)
                self._child_refused = True
                return None
            if self._closed:  # the workspace closed meanwhile (close() found no child yet)
                self._stop_child()
                return None
        return self._child

    # --- the kept history -----------------------------------------------------------------
    def invalidate(self) -> None:
        self._generation += 1
        dropped, self._history = self._history, None
        if dropped is not None:
            self._drop(dropped)

    def _drop(self, history: History) -> None:
        """Free a history no longer kept on a thread of its own, in small pieces: dropped
        whole, it froze the window for 0.15-0.3 s at 100,000 dossiers (History.dismantle).
        A moment later, when the reloads that the change set off have begun (one Python
        thread fewer beside the GUI thread), and after the count that may still be reading
        it (the lock; no later count gets this history)."""

        def dismantle() -> None:
            time.sleep(DROP_AFTER_S)
            with self._lock:
                pass
            history.dismantle(pause=0.002)  # a low-priority thread: nobody waits for it

        threading.Thread(target=dismantle, name="drop-history", daemon=True).start()

    @property
    def loaded(self) -> bool:
        """True when the history is kept: the next dashboard is counted from memory."""
        return self._history is not None

    def _kept_history(self, session: Session) -> History:
        """The kept history, loaded first when there is none (the caller holds the lock).
        Kept until invalidated; built without collector walks, then out of their sight."""
        history = self._history
        if history is None:
            generation = self._generation
            with gc_pauses.quiet(keep=True):
                history = History(session)
            if generation == self._generation:
                self._history = history
        return history

    def _done_with(self, history: History) -> None:
        """After a count (holding the lock): a history loaded but invalidated meanwhile is
        freed in pieces too, not dropped whole by the worker when the count returns."""
        if history is not self._history and history.info:
            self._drop(history)

    @property
    def kept_dossiers(self) -> int:
        """How many dossiers the kept history holds (0 when none is kept): what a recount
        from memory costs grows with it."""
        history = self._history
        return 0 if history is None else len(history.info)

    # --- reading --------------------------------------------------------------------------
    def municipalities(self) -> list[tuple[str, str]]:
        """(nis, name) of the municipalities that have dossiers, by name."""
        with self._read() as session:
            return dashboard_service.municipalities(session)

    def municipality_codes(self, names: Iterable[str]) -> list[str]:
        """NIS codes for names or codes; PeriodReportError for an unknown one."""
        with self._read() as session:
            return period_report.municipality_codes(session, names)

    def dashboard(
        self, start: date, end: date, nis_codes: Sequence[str] = (), *, today: date | None = None
    ) -> Dashboard:
        with self._lock:
            child = self._counting_child()
            if child is not None:
                # The answer's objects (some 100,000 at 100,000 dossiers) are made without
                # collector walks and kept out of later ones (keep): made with walks, they set
                # off a full walk over the whole app that froze the window 60-300 ms.
                with gc_pauses.quiet(keep=True):
                    counted = child.count(
                        self._generation, "dashboard", (start, end, nis_codes), today
                    )
                return cast("Dashboard", counted)
        with self._lock, gc_pauses.quiet(), self._read() as session:
            history = self._kept_history(session)
            try:
                return dashboard_service.dashboard(
                    session, history, start, end, nis_codes, today=today
                )
            finally:
                self._done_with(history)

    def period_report(
        self, start: date, end: date, nis_codes: Sequence[str] = (), *, today: date | None = None
    ) -> PeriodReport:
        """The full beleidsrapportage with the saved texts (a draft where none was saved)."""
        with self._lock:
            child = self._counting_child()
            if child is not None:
                args = (start, end, nis_codes)
                with gc_pauses.quiet(keep=True):  # as for the dashboard
                    counted = child.count(self._generation, "period_report", args, today)
                return cast("PeriodReport", counted)
        with self._lock, gc_pauses.quiet(), self._read() as session:
            history = self._kept_history(session)
            try:
                return period_report.compute(
                    session, start, end, nis_codes, history=history, with_texts=True, today=today
                )
            finally:
                self._done_with(history)

    def saved_texts(self, start: date, end: date) -> dict[str, str]:
        """The WSE texts saved for exactly this period (code -> text)."""
        with self._read() as session:
            return period_texts.load_texts(session, start, end)

    def stats(self, today: date | None = None) -> Stats:
        with self._read() as session:
            return collect_stats(session, today)

    # --- changing -------------------------------------------------------------------------
    def save_texts(self, start: date, end: date, texts: dict[str, str]) -> Changes:
        """The edited WSE texts of the period (one per code); audited."""
        with self._write(Changes(audit=True)) as session:
            period_texts.save_texts(session, start, end, texts)
        return Changes(audit=True)

    def write_period_report(self, path: Path, report: PeriodReport, kind: str) -> int:
        """Write the report as `kind` ("pdf" or "xlsx") to `path`: a disclosure (the audit
        entry commits before the file appears under its name; neither without the other).
        Returns the number of pages of a PDF (0 for a workbook)."""
        from kempen_desktop.services.common.disclosure import disclosure

        with disclosure(self._db) as session:
            if kind == "pdf":
                from kempen_desktop.documents.period_report_pdf import write_period_pdf

                pages = write_period_pdf(path, report, self._workspace.sender)
            elif kind == "xlsx":
                from kempen_desktop.documents.period_report_xlsx import write_period_xlsx

                write_period_xlsx(path, report)
                pages = 0
            else:
                raise ValueError(f"unknown report kind: {kind}")
            period_texts.record_output(session, report, kind)
        self._announce(Changes(audit=True))
        return pages

    def export_list(self, kind: str, path: Path, *, today: date | None = None) -> ExportResult:
        """The partner, meeting or action-point list (`kind`: "partners", "meetings" or
        "actions") to .xlsx as an audited disclosure (services/reports/exports.py)."""
        from kempen_desktop.services.common.disclosure import disclosure
        from kempen_desktop.services.reports import exports

        with disclosure(self._db) as session:
            if kind == "partners":
                result = exports.export_partners(session, path)
            elif kind == "meetings":
                result = exports.export_meetings(session, path)
            elif kind == "actions":
                result = exports.export_actions(session, path, today=today)
            else:
                raise ValueError(f"unknown list: {kind}")
        self._announce(Changes(audit=True))
        return result

    def record_printed(self, report: PeriodReport) -> Changes:
        """The report went to a printer (the print dialog wrote nothing we could stage)."""
        with self._write(Changes(audit=True)) as session:
            period_texts.record_output(session, report, "print")
        return Changes(audit=True)
