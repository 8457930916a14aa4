"""Errors of the import with a Dutch message for the user."""

from __future__ import annotations


class ImportFailed(Exception):
    """The import cannot go on; the message is Dutch, one sentence or two, meant for the user."""


class ImportUndoError(ImportFailed):
    """Undo refused (nothing was changed); ``dossiers`` are the numbers edited since the import."""

    def __init__(self, message: str, dossiers: list[int] | None = None) -> None:
        super().__init__(message)
        self.dossiers = dossiers or []
