"""The base of each area of the façade: one transaction per use case, then its Changes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from kempen_desktop.app.changes import Changes
from kempen_desktop.app.conflicts import refuse_stale

if TYPE_CHECKING:
    from kempen_desktop.app.workspace import Workspace
    from kempen_desktop.services.common.database import Database


class Area:
    """One room of the façade (dossiers, meetings, ...). Only areas open sessions."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    @property
    def _db(self) -> Database:
        return self._workspace._database

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._db.session() as session:
            yield session

    @contextmanager
    def _write(self, changes: Changes) -> Iterator[Session]:
        """One transaction; `changes` is announced only after it committed. A row another
        user changed between reading and writing it is refused in Dutch (EditConflictError,
        app/conflicts.py), never overwritten."""
        with refuse_stale(), self._db.transaction() as session:
            yield session
        self._workspace.announce(changes)

    def _announce(self, changes: Changes) -> Changes:
        return self._workspace.announce(changes)
