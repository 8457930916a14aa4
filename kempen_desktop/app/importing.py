"""Importing VDAB and OCMW lists: profiles, plan (preview), apply, history and undo.

Why the import engine gets the façade's `Database` and not a session (the exception to the
session style, kept on purpose): planning reads on its own connection with a large page
cache; applying first makes a safety backup of the file, then writes in chunks with progress
and cancellation on its own connection and checkpoints the WAL after the commit; undo also
checkpoints the file after its transaction. That is work on the database file, not one
use case in one transaction. Everything else here (profiles, history) is session style.
The UI runs plan/apply/undo inside an `Operation`; the announcement of a worker thread
reaches the GUI thread through the main window's queued signal.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from kempen_desktop.app.area import Area
from kempen_desktop.app.changes import Changes
from kempen_desktop.services import importing
from kempen_desktop.services.common import lookups
from kempen_desktop.services.common.lookups import Choice
from kempen_desktop.services.importing import (
    BatchInfo,
    ImportPlan,
    Profile,
    SheetData,
    UndoCheck,
    UndoResult,
    status_values,
)
from kempen_desktop.services.importing.status_values import StatusValue

Progress = Callable[[str, int], None]

# An import (or its undo) creates and changes dossiers, records a batch and audits it.
IMPORTED = Changes(dossiers=True, imports=True, audit=True)


class ImportingArea(Area):
    # --- profiles -----------------------------------------------------------------------------
    def profiles(self) -> list[Profile]:
        with self._read() as session:
            return importing.list_profiles(session)

    def profile(self, name: str) -> Profile:
        """A profile by name (exact, else ignoring case); ImportFailed if there is none."""
        with self._read() as session:
            return importing.get_profile(session, name)

    def save_profile(self, profile: Profile) -> Changes:
        importing.check_profile(profile)  # before a write transaction starts
        with self._write(Changes(reference_data=True, audit=True)) as session:
            importing.save_profile(session, profile)
        return Changes(reference_data=True, audit=True)

    def delete_profile(self, name: str) -> Changes:
        with self._write(Changes(reference_data=True, audit=True)) as session:
            importing.delete_profile(session, name)
        return Changes(reference_data=True, audit=True)

    # --- the status column, value by value ------------------------------------------------------
    def status_choices(self) -> list[Choice]:
        """Our statuses, as the wizard's value-mapping step offers them."""
        with self._read() as session:
            return lookups.statuses(session)

    def status_values(
        self, values: list[tuple[str, int]], status_map: dict[str, str]
    ) -> list[StatusValue]:
        """What each value of the list's status column becomes under ``status_map``."""
        with self._read() as session:
            labels = status_values.status_labels(session)
        return status_values.status_values(values, status_map, labels)

    def plan_status_values(self, plan: ImportPlan) -> list[StatusValue]:
        """The status values of a plan's rows with what they become (for the preview)."""
        matched = [
            row
            for row in plan.rows
            if row.dossier_id is not None and row.kind in ("update", "unchanged", "differs")
        ]
        with self._read() as session:
            labels = status_values.status_labels(session)
            current = status_values.dossier_statuses(
                session, [row.dossier_id for row in matched if row.dossier_id is not None]
            )
        existing = [
            (row.values.get("status", ""), current.get(row.dossier_id, ""))
            for row in matched
            if row.dossier_id is not None
        ]
        return status_values.plan_status_values(
            (row.values for row in plan.rows), plan.profile.status_map, labels, existing
        )

    # --- plan and apply -----------------------------------------------------------------------
    def plan(
        self,
        path: Path,
        profile: Profile,
        *,
        mode: str = "fill",
        sheet: str | None = None,
        header_row: int | None = None,
        columns: dict[str, int] | None = None,
        progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
        isolated: bool = False,
        data: SheetData | None = None,
    ) -> ImportPlan:
        """Read, check and match the file: what `apply` would write. Writes nothing."""
        return importing.plan_import(
            self._db,
            path,
            profile,
            mode=mode,
            sheet=sheet,
            header_row=header_row,
            columns=columns,
            progress=progress,
            should_cancel=should_cancel,
            isolated=isolated,
            data=data,
        )

    def apply(
        self,
        plan: ImportPlan,
        decisions: dict[int, str] | None = None,
        *,
        progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> uuid.UUID:
        """Write the plan as one batch (after a safety backup); the batch id."""
        batch_id = importing.apply_plan(
            self._db, plan, decisions, progress=progress, should_cancel=should_cancel
        )
        self._announce(IMPORTED)
        return batch_id

    # --- history and undo ---------------------------------------------------------------------
    def batches(self) -> list[BatchInfo]:
        """Every applied import, newest first."""
        with self._read() as session:
            return importing.list_batches(session)

    def batch(self, batch_id: uuid.UUID) -> BatchInfo:
        """One batch as recorded: the counts a completion message and `--json` show."""
        with self._read() as session:
            return importing.batch_info(session, batch_id)

    def find_batch(self, text: str) -> uuid.UUID:
        """A batch by its id or an unambiguous start of it (for the CLI)."""
        with self._read() as session:
            return importing.find_batch(session, text)

    def undo(self, batch_id: uuid.UUID) -> Changes:
        """Undo a whole batch, or change nothing (ImportUndoError lists every edited dossier)."""
        importing.undo_batch(self._db, batch_id)
        return self._announce(IMPORTED | Changes(meetings=True, action_points=True))

    def undo_check(self, batch_id: uuid.UUID) -> UndoCheck:
        """Before asking: every dossier of the batch edited since, and how many are not."""
        return importing.undo_check(self._db, batch_id)

    def undo_rest(self, batch_id: uuid.UUID) -> UndoResult:
        """Undo every part of the batch that nothing touched since, in one transaction; the
        edited dossiers keep what the import gave them (listed in the result)."""
        result = importing.undo_batch(self._db, batch_id, keep_edited=True)
        self._announce(IMPORTED | Changes(meetings=True, action_points=True))
        return result
