"""A save over a row someone else changed in between becomes the Dutch conflict (issue 19).

The ORM checks every update against the version it read (db/models/versioned.py) and
raises StaleDataError when another connection wrote the row first; the façade turns that
into EditConflictError ("Iemand anders heeft dit intussen gewijzigd — opnieuw openen"),
which the UI shows and the command line exits on. Nothing was written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm.exc import StaleDataError

from kempen_desktop.domain.merge import EditConflictError, FieldConflict


@contextmanager
def refuse_stale() -> Iterator[None]:
    try:
        yield
    except StaleDataError as error:
        raise EditConflictError[object]() from error


__all__ = ["EditConflictError", "FieldConflict", "refuse_stale"]
