"""Undo (Ctrl+Z) and redo of agenda changes inside the agenda editor: a QUndoStack of named
commands over the façade's agenda operations.

Each change is done first through the façade and, once it succeeded, recorded here; the
first redo is therefore skipped. Removing keeps what was removed (ids, texts, places and
action-point links, services/meetings/agenda_edits.py), so an undo puts the very same items
back; undoing an addition removes the added items, and redoing it puts them back again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from kempen_desktop.app.meetings import MeetingsArea
from kempen_desktop.services.meetings.agenda_edits import RemovedItem


class AgendaCommand(QUndoCommand):
    """A change already done; `report` shows an error of a later undo or redo."""

    def __init__(self, text: str, report: Callable[[str | None], None]) -> None:
        super().__init__(text)
        self._first = True
        self._report = report

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.do_again)

    def undo(self) -> None:
        self._run(self.take_back)

    def _run(self, action: Callable[[], None]) -> None:
        from kempen_desktop.domain.merge import EditConflictError
        from kempen_desktop.services.meetings.meetings import MeetingError
        from kempen_desktop.ui.common.conflict_dialog import stale_message

        try:
            action()
            self._report(None)
        except MeetingError as error:
            self._report(str(error))
            self.setObsolete(True)
        except EditConflictError:  # someone else changed it since: not undone over them
            self._report(stale_message())
            self.setObsolete(True)

    def do_again(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def take_back(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class Added(AgendaCommand):
    """Items were added (dossiers, a free item, the standard items): undo removes them."""

    def __init__(
        self,
        text: str,
        report: Callable[[str | None], None],
        meetings: MeetingsArea,
        meeting_id: uuid.UUID,
        item_ids: Sequence[uuid.UUID],
    ) -> None:
        super().__init__(text, report)
        self._meetings, self._meeting_id = meetings, meeting_id
        self._ids = list(item_ids)
        self._removed: list[RemovedItem] = []

    def take_back(self) -> None:
        self._removed = self._meetings.remove_items(self._meeting_id, self._ids)

    def do_again(self) -> None:
        self._meetings.restore_items(self._removed)


class Removed(AgendaCommand):
    """Items were removed (several at once, or the whole agenda): undo puts them back."""

    def __init__(
        self,
        text: str,
        report: Callable[[str | None], None],
        meetings: MeetingsArea,
        meeting_id: uuid.UUID,
        removed: Sequence[RemovedItem],
    ) -> None:
        super().__init__(text, report)
        self._meetings, self._meeting_id = meetings, meeting_id
        self._removed = list(removed)

    def take_back(self) -> None:
        self._meetings.restore_items(self._removed)

    def do_again(self) -> None:
        self._removed = self._meetings.remove_items(
            self._meeting_id, [entry.id for entry in self._removed]
        )


class Renamed(AgendaCommand):
    def __init__(
        self,
        text: str,
        report: Callable[[str | None], None],
        meetings: MeetingsArea,
        item_id: uuid.UUID,
        before: str,
        after: str,
    ) -> None:
        super().__init__(text, report)
        self._meetings, self._item_id = meetings, item_id
        self._before, self._after = before, after

    def take_back(self) -> None:
        self._meetings.rename_item(self._item_id, self._before, base=self._after)

    def do_again(self) -> None:
        self._meetings.rename_item(self._item_id, self._after, base=self._before)


class Reordered(AgendaCommand):
    def __init__(
        self,
        text: str,
        report: Callable[[str | None], None],
        meetings: MeetingsArea,
        meeting_id: uuid.UUID,
        before: Sequence[uuid.UUID],
        after: Sequence[uuid.UUID],
    ) -> None:
        super().__init__(text, report)
        self._meetings, self._meeting_id = meetings, meeting_id
        self._before, self._after = list(before), list(after)

    def take_back(self) -> None:
        self._meetings.reorder_items(self._meeting_id, self._before)

    def do_again(self) -> None:
        self._meetings.reorder_items(self._meeting_id, self._after)
