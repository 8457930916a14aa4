"""Dossiers: the list, one dossier's detail, every change to a dossier, and its documents.

Exports and dossier fiches run inside `disclosure()` here: the audit record is committed
before the file appears (issue 11). Deleting checkpoints the WAL after the commit
(`dossier_removal.delete_dossiers`), work on the file itself.
"""

from __future__ import annotations

import uuid
from array import array
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from kempen_desktop.app.area import Area
from kempen_desktop.app.changes import Changes
from kempen_desktop.app.conflicts import refuse_stale
from kempen_desktop.db.models import Dossier
from kempen_desktop.domain.dossier_rows import DossierRow
from kempen_desktop.services.common import lookups
from kempen_desktop.services.dossiers import dossier_removal, reversal
from kempen_desktop.services.dossiers import dossiers as service
from kempen_desktop.services.dossiers.dossier_list import (
    DossierFilter,
    dossier_count,
    dossier_order,
    fetch_rows,
    find_dossier_nums,
    first_in_order,
    search_matches,
    similar_names,
    top_of_many,
)
from kempen_desktop.services.dossiers.dossiers import (
    DossierDetail,
    DossierInput,
    DossierNotFoundError,
)
from kempen_desktop.services.reports import exports

if TYPE_CHECKING:
    from kempen_desktop.services.reports.dossier_fiche import SummaryOptions, SummaryResult


def _changed(*ids: uuid.UUID) -> Changes:
    return Changes(dossiers=True, dossier_ids=frozenset(ids))


class DossiersArea(Area):
    # --- reading ------------------------------------------------------------------------------
    def form_choices(self) -> lookups.DossierFormChoices:
        with self._read() as session:
            return lookups.dossier_form_choices(session)

    def partner_choices(self) -> list[lookups.PartnerChoice]:
        """The partners (with their contact persons) a list or a fiche can be meant for."""
        with self._read() as session:
            return list(lookups.partners_with_contacts(session))

    def find(
        self, flt: DossierFilter, sort_key: str = "naam", descending: bool = False
    ) -> list[int]:
        """Dossier numbers matching `flt`, sorted in SQL (the list holds numbers, not rows)."""
        with self._read() as session:
            return find_dossier_nums(session, flt, sort_key, descending)

    def order(self, flt: DossierFilter, sort_key: str = "naam") -> array[int]:
        """Like find, ascending, as an array (8 bytes a dossier): the list's own reading;
        descending is its reverse."""
        with self._read() as session:
            return dossier_order(session, flt, sort_key)

    def top_of_many(
        self, flt: DossierFilter, sort_key: str, descending: bool, count: int
    ) -> list[int] | None:
        """The first page of a search that finds many dossiers, without reading them all
        (dossier_list.top_of_many); None: read the matches."""
        with self._read() as session:
            return top_of_many(session, flt, sort_key, descending, count)

    def first(self, flt: DossierFilter, sort_key: str, descending: bool, count: int) -> list[int]:
        """The top `count` of the sorted list (a long list shows it while `order` runs)."""
        with self._read() as session:
            return first_in_order(session, flt, sort_key, descending, count)

    def largest_num(self) -> int:
        """The highest dossier number, 0 for none: one index lookup at any size, telling a
        large database from a small one (screens read it in the background only when large)."""
        with self._read() as session:
            return int(session.scalar(select(func.max(Dossier.num))) or 0)

    def count(self, flt: DossierFilter) -> int:
        """How many dossiers match `flt` (the list's length before its order is read)."""
        with self._read() as session:
            return dossier_count(session, flt)

    def matching(self, typed: str) -> frozenset[int] | None:
        """Every dossier number the search text finds (the list narrows its own order with
        it); None when there is nothing to search for."""
        with self._read() as session:
            return search_matches(session, typed)

    def similar(self, typed: str) -> list[int]:
        """Dossier numbers whose name is like the search text though spelt otherwise
        ("Jansens" for "Janssens"), offered when the search finds nothing."""
        with self._read() as session:
            return similar_names(session, typed)

    def rows(self, nums: Sequence[int]) -> dict[int, DossierRow]:
        with self._read() as session:
            return fetch_rows(session, nums)

    def get(self, dossier_id: uuid.UUID) -> DossierDetail:
        with self._read() as session:
            return service.get_dossier(session, dossier_id)

    def num_for(self, dossier_id: uuid.UUID) -> int | None:
        with self._read() as session:
            return service.num_for(session, dossier_id)

    # --- changing -----------------------------------------------------------------------------
    def create(self, data: DossierInput, opened_on: date | None = None) -> uuid.UUID:
        with self._db.transaction() as session:
            new_id = service.create_dossier(session, data, opened_on)
        self._announce(_changed(new_id))
        return new_id

    def update(self, dossier_id: uuid.UUID, data: DossierInput) -> Changes:
        changes = _changed(dossier_id)
        with refuse_stale(), self._write(changes) as session:
            service.update_dossier(session, dossier_id, data)
        return changes

    def save_edit(
        self,
        dossier_id: uuid.UUID,
        data: DossierInput,
        *,
        base: DossierInput | None = None,
        expect_version: int | None = None,
    ) -> int:
        """Save an edit made on `base` (or on version `expect_version`) without losing what
        someone else saved meanwhile; returns the new version. Raises EditConflictError
        (domain.merge) with the fields both changed: nothing is written then."""
        changes = _changed(dossier_id)
        with refuse_stale(), self._write(changes) as session:
            return service.update_dossier(
                session, dossier_id, data, base=base, expect_version=expect_version
            )

    def change_status(
        self,
        dossier_id: uuid.UUID,
        new_status: str,
        *,
        effective_on: date | None = None,
        closing_reason: str | None = None,
        note: str = "",
    ) -> Changes:
        changes = _changed(dossier_id)
        with self._write(changes) as session:
            service.change_status(
                session,
                dossier_id,
                new_status,
                effective_on=effective_on,
                closing_reason=closing_reason,
                note=note,
            )
        return changes

    def close(
        self, dossier_id: uuid.UUID, reason: str, *, on: date | None = None, note: str = ""
    ) -> Changes:
        """Close the dossier (status afgesloten) with a closing reason."""
        from kempen_desktop.domain.status import AFGESLOTEN

        return self.change_status(
            dossier_id, AFGESLOTEN, effective_on=on, closing_reason=reason, note=note
        )

    def set_discuss(self, dossier_id: uuid.UUID, discuss: bool) -> Changes:
        changes = _changed(dossier_id)
        with self._write(changes) as session:
            service.set_discuss(session, dossier_id, discuss)
        return changes

    def add_timeline_entry(
        self, dossier_id: uuid.UUID, kind: str, title: str, body: str
    ) -> Changes:
        service.check_timeline_entry(title, body)  # before a write transaction starts
        changes = _changed(dossier_id)
        with self._write(changes) as session:
            service.add_timeline_entry(session, dossier_id, kind, title, body)
        return changes

    def add_note(self, dossier_id: uuid.UUID, kind: str, title: str, body: str) -> uuid.UUID:
        """Like add_timeline_entry, returning the new line's id (for its undo)."""
        service.check_timeline_entry(title, body)
        with self._write(_changed(dossier_id)) as session:
            return service.add_timeline_entry(session, dossier_id, kind, title, body)

    # --- taking back (Bewerken → Ongedaan maken; raises reversal.UndoRefusedError) -----------
    def status_state(self, dossier_id: uuid.UUID) -> reversal.StatusState:
        with self._read() as session:
            return reversal.status_state(session, dossier_id)

    def revert_status_change(self, dossier_id: uuid.UUID, before: reversal.StatusState) -> Changes:
        """Take back the last status change (history entry and timeline line included)."""
        changes = _changed(dossier_id)
        with self._write(changes) as session:
            reversal.revert_status_change(session, dossier_id, before)
        return changes

    def delete_timeline_entry(self, dossier_id: uuid.UUID, entry_id: uuid.UUID) -> Changes:
        changes = _changed(dossier_id)
        with self._write(changes) as session:
            reversal.delete_timeline_entry(session, dossier_id, entry_id)
        return changes

    def delete(self, dossier_id: uuid.UUID) -> Changes:
        """Delete for good, with the person if it was their last dossier (dossier_removal)."""
        if not dossier_removal.delete_dossiers(self._db, [dossier_id], ""):
            raise DossierNotFoundError("Dit dossier bestaat niet (meer).")
        # Agenda items, action points and import history of the dossier go with it.
        return self._announce(
            _changed(dossier_id)
            | Changes(meetings=True, action_points=True, imports=True, audit=True)
        )

    # --- documents (audited: the record is committed before the file appears) -----------------
    def export_dossiers(
        self,
        path: Path,
        spec: exports.DossierExport,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> exports.ExportResult:
        """The dossier list to .xlsx (as shown, full, for a partner, or statistical)."""
        from kempen_desktop.services.common.disclosure import disclosure

        with disclosure(self._db) as session:  # the audit entry commits before the file appears
            result = exports.export_dossiers(session, path, spec, progress=progress)
        self._announce(Changes(audit=True))
        return result

    def write_summaries(
        self,
        dossier_ids: Sequence[uuid.UUID],
        path: Path,
        options: SummaryOptions | None = None,
        *,
        meeting_title: str = "",
    ) -> SummaryResult:
        """The Dossierfiche PDF of these dossiers, each on its own page."""
        from kempen_desktop.services.common.disclosure import disclosure
        from kempen_desktop.services.reports import dossier_fiche

        with disclosure(self._db) as session:  # the audit entry commits before the PDF appears
            result = dossier_fiche.write_summaries(
                session,
                dossier_ids,
                path,
                options or dossier_fiche.SummaryOptions(),
                meeting_title=meeting_title,
                sender=self._workspace.sender,
            )
        self._announce(Changes(audit=True))
        return result

    def on_agenda(self, meeting_id: uuid.UUID) -> list[uuid.UUID]:
        """The dossiers on a meeting's agenda, in agenda order, each once."""
        from kempen_desktop.services.reports import dossier_fiche

        with self._read() as session:
            return dossier_fiche.agenda_dossiers(session, meeting_id)

    def resolve(self, text: str) -> uuid.UUID:
        """A dossier number or UUID (as typed on the command line) -> its id; SummaryError."""
        from kempen_desktop.services.reports import dossier_fiche

        with self._read() as session:
            return dossier_fiche.resolve_dossier(session, text)

    def resolve_meeting(self, text: str) -> tuple[uuid.UUID, str]:
        """A meeting UUID -> (id, 'title dd-mm-jjjj') for a fiche of its agenda; SummaryError."""
        from kempen_desktop.services.reports import dossier_fiche

        with self._read() as session:
            return dossier_fiche.resolve_meeting(session, text)
