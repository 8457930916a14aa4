"""Merging my edit with what someone else saved in between (team mode, issue 19).

A form remembers the record as it was opened (`base`). When it is saved, the record may
since have been changed by someone else (`theirs`). Field by field:

* changed only by them: their value stays;
* changed only by me: my value is written;
* changed by both to the same value: nothing to choose;
* changed by both to different values: a conflict the user decides (never overwritten).

A set field (kansengroepen) merges by member: what I added or removed is applied to
theirs, so it never conflicts.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")

CONFLICT_MESSAGE = "Iemand anders heeft dit intussen gewijzigd — opnieuw openen"


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base: Any  # as the form opened it
    theirs: Any  # as it is stored now
    mine: Any  # as I want it


@dataclass(frozen=True)
class Merge(Generic[T]):
    merged: T  # theirs with every edit of mine that does not conflict
    conflicts: tuple[FieldConflict, ...]


class EditConflictError(ValueError, Generic[T]):
    """The record changed since it was opened and some fields were changed by both sides.

    `merged` is theirs plus my non-conflicting edits, `theirs` the stored record: save
    `merged` with the chosen values over `theirs` (as the new base) to resolve. A record
    that cannot be merged field by field carries no conflicts (just reopen it).
    """

    def __init__(
        self,
        conflicts: tuple[FieldConflict, ...] = (),
        *,
        merged: T | None = None,
        theirs: T | None = None,
        version: int | None = None,
    ) -> None:
        super().__init__(CONFLICT_MESSAGE)
        self.conflicts = conflicts
        self.merged = merged
        self.theirs = theirs
        self.version = version  # the stored version now

    @property
    def fields(self) -> list[str]:
        return [c.field for c in self.conflicts]


def _is_set(*values: Any) -> bool:
    return all(isinstance(v, (set, frozenset)) for v in values)


def three_way(base: T, theirs: T, mine: T) -> Merge[T]:
    """Merge two edits of the same dataclass record made from the same `base`."""
    changes: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for f in dataclasses.fields(mine):  # type: ignore[arg-type]
        old, their, my = getattr(base, f.name), getattr(theirs, f.name), getattr(mine, f.name)
        if my == old or my == their:
            continue  # not edited by me, or both made the same edit
        if _is_set(old, their, my):
            changes[f.name] = type(their)((set(their) - (old - my)) | (my - old))
        elif their == old:
            changes[f.name] = my
        else:
            conflicts.append(FieldConflict(f.name, old, their, my))
    merged = dataclasses.replace(theirs, **changes)  # type: ignore[type-var]
    return Merge(merged, tuple(conflicts))
