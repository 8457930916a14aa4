"""One undo stack per open workspace: Bewerken → Ongedaan maken / Opnieuw (issue 14).

Each screen does its action through the façade as before and, once it succeeded, records
it here with `record(workspace, command)`. A command's undo calls the façade's inverse
operation; its redo calls the operation again. The first redo is skipped, since the action
is already done when it is recorded (errors stay in the dialog that caused them).

An edit is taken back field by field: only the fields the edit changed get their earlier
value, read fresh from the database, so a later edit of another field survives the undo
(the same only-edited-fields rule as the forms, domain/edits.py). When an undo can no
longer be done (the dossier was deleted, its status moved on), the command drops out of
the stack and the history's `failed` signal carries the reason for the user.
"""

from __future__ import annotations

import dataclasses
import logging
import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kempen_desktop.app import Workspace
from kempen_desktop.domain.edits import edited_fields

log = logging.getLogger(__name__)
T = TypeVar("T")
UNDO_LIMIT = 50


class History(QObject):
    """The workspace's undo stack, and a signal for an undo or redo that was refused."""

    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(UNDO_LIMIT)


_histories: weakref.WeakKeyDictionary[Workspace, History] = weakref.WeakKeyDictionary()


def history_for(workspace: Workspace) -> History:
    history = _histories.get(workspace)
    if history is None:
        history = _histories[workspace] = History()
    return history


def record(workspace: Workspace, command: DoneCommand) -> None:
    """Put an action that was just done on the workspace's undo stack."""
    command.history = history_for(workspace)
    command.history.stack.push(command)


class DoneCommand(QUndoCommand):
    """A command recorded after its action ran: the first redo() does nothing."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._done = True
        self.history: History | None = None

    def redo(self) -> None:
        if self._done:
            return
        self._guarded(self.do)
        self._done = True

    def undo(self) -> None:
        self._guarded(self.undo_action)
        self._done = False

    def _guarded(self, step: Callable[[], object]) -> None:
        try:
            step()
        except (ValueError, LookupError) as error:  # refused: the data moved on
            log.info("undo step refused: %s", type(error).__name__)
            self.setObsolete(True)
            if self.history is not None:
                self.history.failed.emit(str(error))

    def do(self) -> object:
        raise NotImplementedError

    def undo_action(self) -> object:
        raise NotImplementedError


class CallCommand(DoneCommand):
    """Undo and redo as two plain calls (a status change and its revert, a note...)."""

    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo

    def do(self) -> object:
        return self._do()

    def undo_action(self) -> object:
        return self._undo()


class EditCommand(DoneCommand, Generic[T]):
    """An edit of a record (a dataclass): undo puts back the edited fields' earlier values.

    `read()` returns the record as stored now, `write(record)` stores it.
    """

    def __init__(
        self,
        text: str,
        before: T,
        after: T,
        read: Callable[[], T],
        write: Callable[[T], object],
    ) -> None:
        super().__init__(text)
        self.fields = edited_fields(before, after)
        self._before, self._after = before, after
        self._read, self._write = read, write

    def _put(self, source: T) -> None:
        values: dict[str, Any] = {name: getattr(source, name) for name in self.fields}
        self._write(dataclasses.replace(self._read(), **values))  # type: ignore[type-var]

    def do(self) -> None:
        self._put(self._after)

    def undo_action(self) -> None:
        self._put(self._before)


def record_edit(
    workspace: Workspace,
    text: str,
    before: T,
    after: T,
    read: Callable[[], T],
    write: Callable[[T], object],
) -> None:
    """Record an edit that was just saved (nothing when no field changed)."""
    command = EditCommand(text, before, after, read, write)
    if command.fields:
        record(workspace, command)
