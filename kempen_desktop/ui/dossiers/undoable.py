"""Dossier actions that land on the undo stack (Bewerken → Ongedaan maken, issue 14).

Each function does the action through the façade (errors reach the dialog as before) and
then records how to take it back: an edit restores only the fields it changed, a status
change is reverted with its history entry, a note is deleted again.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication

from kempen_desktop.app import Workspace
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.ui.common.undo import CallCommand, EditCommand, record


def update(
    workspace: Workspace,
    dossier_id: uuid.UUID,
    data: DossierInput,
    *,
    base: DossierInput | None = None,
) -> None:
    """With `base` (the dossier as the form opened it), a change someone else saved since
    stays, or EditConflictError names the fields both changed (nothing is written)."""
    area = workspace.dossiers
    before = area.get(dossier_id).data
    if base is None:
        area.update(dossier_id, data)
    else:
        area.save_edit(dossier_id, data, base=base)
    after = area.get(dossier_id).data
    command = EditCommand(
        QCoreApplication.translate("DossierUndo", "Dossier bewerken"),
        before,
        after,
        lambda: area.get(dossier_id).data,
        lambda value: area.update(dossier_id, value),
    )
    if not command.fields:
        return  # nothing changed: nothing to take back
    if command.fields == ["follow_up_on"]:
        command.setText(QCoreApplication.translate("DossierUndo", "Opvolgdatum wijzigen"))
    record(workspace, command)


def change_status(
    workspace: Workspace,
    dossier_id: uuid.UUID,
    new_status: str,
    day: date,
    reason: str | None,
    note: str,
) -> None:
    area = workspace.dossiers
    before = area.status_state(dossier_id)
    area.change_status(dossier_id, new_status, effective_on=day, closing_reason=reason, note=note)
    text = (
        QCoreApplication.translate("DossierUndo", "Dossier afsluiten")
        if reason
        else QCoreApplication.translate("DossierUndo", "Status wijzigen")
    )
    record(
        workspace,
        CallCommand(
            text,
            lambda: area.change_status(
                dossier_id, new_status, effective_on=day, closing_reason=reason, note=note
            ),
            lambda: area.revert_status_change(dossier_id, before),
        ),
    )


class _Note:
    """The note's id changes with every redo: the undo deletes the latest one."""

    def __init__(self, workspace: Workspace, dossier_id: uuid.UUID, entry: tuple[str, ...]):
        self.area = workspace.dossiers
        self.dossier_id = dossier_id
        self.entry = entry
        self.entry_id: uuid.UUID | None = None

    def add(self) -> None:
        kind, title, body = self.entry
        self.entry_id = self.area.add_note(self.dossier_id, kind, title, body)

    def delete(self) -> None:
        if self.entry_id is not None:
            self.area.delete_timeline_entry(self.dossier_id, self.entry_id)


def add_note(workspace: Workspace, dossier_id: uuid.UUID, kind: str, title: str, body: str) -> None:
    note = _Note(workspace, dossier_id, (kind, title, body))
    note.add()
    record(
        workspace,
        CallCommand(
            QCoreApplication.translate("DossierUndo", "Notitie toevoegen"), note.add, note.delete
        ),
    )
