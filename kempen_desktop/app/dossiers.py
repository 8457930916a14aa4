"""Dossiers: the list, one dossier's detail, and every change to a dossier."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from kempen_desktop.app.area import Area
from kempen_desktop.app.changes import Changes
from kempen_desktop.services.common import lookups
from kempen_desktop.services.dossiers.dossier_list import (
    DossierFilter,
    DossierRow,
    fetch_rows,
    find_dossier_nums,
)
from kempen_desktop.services.dossiers.dossiers import DossierDetail, DossierInput, DossierService


def _changed(*ids: uuid.UUID) -> Changes:
    return Changes(dossiers=True, dossier_ids=frozenset(ids))


class DossiersArea(Area):
    @property
    def _service(self) -> DossierService:
        return DossierService(self._db)

    # --- reading ------------------------------------------------------------------------------
    def form_choices(self) -> lookups.DossierFormChoices:
        with self._read() as session:
            return lookups.dossier_form_choices(session)

    def find(self, flt: DossierFilter, sort_key: str = "naam", descending: bool = False) -> list[int]:
        """Dossier numbers matching `flt`, sorted in SQL (the list holds numbers, not rows)."""
        with self._read() as session:
            return find_dossier_nums(session, flt, sort_key, descending)

    def rows(self, nums: Sequence[int]) -> dict[int, DossierRow]:
        with self._read() as session:
            return fetch_rows(session, nums)

    def get(self, dossier_id: uuid.UUID) -> DossierDetail:
        return self._service.get(dossier_id)

    def num_for(self, dossier_id: uuid.UUID) -> int | None:
        return self._service.num_for(dossier_id)

    # --- changing -----------------------------------------------------------------------------
    def create(self, data: DossierInput, opened_on: date | None = None) -> uuid.UUID:
        new_id = self._service.create(data, opened_on)
        self._announce(_changed(new_id))
        return new_id

    def update(self, dossier_id: uuid.UUID, data: DossierInput) -> Changes:
        self._service.update(dossier_id, data)
        return self._announce(_changed(dossier_id))

    def change_status(self, dossier_id: uuid.UUID, new_status: str, *, effective_on: date | None = None,
                      closing_reason: str | None = None, note: str = "") -> Changes:
        self._service.change_status(dossier_id, new_status, effective_on=effective_on,
                                    closing_reason=closing_reason, note=note)
        return self._announce(_changed(dossier_id))

    def set_discuss(self, dossier_id: uuid.UUID, discuss: bool) -> Changes:
        self._service.set_discuss(dossier_id, discuss)
        return self._announce(_changed(dossier_id))

    def add_timeline_entry(self, dossier_id: uuid.UUID, kind: str, title: str, body: str) -> Changes:
        self._service.add_timeline_entry(dossier_id, kind, title, body)
        return self._announce(_changed(dossier_id))

    def delete(self, dossier_id: uuid.UUID) -> Changes:
        self._service.delete(dossier_id)
        # Agenda items and action points of the dossier go with it.
        return self._announce(_changed(dossier_id) | Changes(meetings=True, action_points=True))
