"""Bringing a working copy back: the three-way merge of one record, field by field (issue 20).

The copy remembers every record as it was checked out (`base`). At check-in the laptop's
record (`laptop`) and the server's record now (`server`) are compared with it:

* changed only on the laptop: applied;
* changed only on the server: stays;
* changed on both to the same value: nothing to do;
* changed on both to different values: a conflict, never applied, kept in the copy.

A record deleted on one side and edited on the other is a conflict of the whole record;
deleted on one side and untouched on the other follows the deletion. Values are the
JSON-safe forms (text, numbers, booleans, None) so the base can be stored as JSON.

A set field (a dossier's kansengroepen, an event's organisers) merges per element
(`merge_set`): what one side added or removed is applied to the other's set. Membership of
one element is yes or no, so when both sides changed it they changed it the same way: a
set never conflicts (the same rule as domain/merge.py for a form saved over a newer one).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

# The field name of a conflict about the record as a whole (deleted against edited).
WHOLE_RECORD = "*"
DELETED = None  # a missing side: the record was deleted there (or is no longer visible)

Values = Mapping[str, Any]


@dataclass(frozen=True)
class RecordConflict:
    field: str  # WHOLE_RECORD when one side deleted the record
    server: Any  # the server's value now (None: deleted on the server)
    laptop: Any  # the laptop's value (None: deleted on the laptop)


@dataclass(frozen=True)
class RecordMerge:
    """What to do on the server for one record."""

    changes: dict[str, Any] = field(default_factory=dict)  # fields to write (laptop's value)
    conflicts: tuple[RecordConflict, ...] = ()
    delete: bool = False  # delete the record on the server

    @property
    def applies(self) -> bool:
        return bool(self.changes) or self.delete


def _edited(base: Values, side: Values) -> bool:
    return any(side.get(name) != value for name, value in base.items())


def merge_set(
    base: Iterable[Any] | None, server: Iterable[Any] | None, laptop: Iterable[Any] | None
) -> list[Any]:
    """The elements of a set field after the merge, sorted; None counts as empty.

    Added on either side: in. Removed on one side and untouched on the other: out.
    Removed on both: out. Never a conflict (see the module's note)."""
    old, theirs, mine = (set(v or ()) for v in (base, server, laptop))
    return sorted((theirs - (old - mine)) | (mine - old), key=str)


def merge_record(
    base: Values,
    server: Values | None,
    laptop: Values | None,
    sets: Collection[str] = (),
) -> RecordMerge:
    """The three-way merge of one record checked out as `base`; None: deleted on that side.

    The fields named in `sets` hold lists of elements merged per element (`merge_set`);
    their change carries the merged list, every other change the laptop's value."""
    if laptop is None and server is None:
        return RecordMerge()  # deleted on both sides
    if laptop is None:
        assert server is not None
        if _edited(base, server):
            return RecordMerge(conflicts=(RecordConflict(WHOLE_RECORD, dict(server), None),))
        return RecordMerge(delete=True)
    if server is None:
        if _edited(base, laptop):
            return RecordMerge(conflicts=(RecordConflict(WHOLE_RECORD, None, dict(laptop)),))
        return RecordMerge()  # deleted on the server, untouched on the laptop: stays deleted
    changes: dict[str, Any] = {}
    conflicts: list[RecordConflict] = []
    # A field missing from the base (a record both sides hold without one) counts as None.
    for name in [*base, *(f for f in laptop if f not in base)]:
        old, mine, theirs = base.get(name), laptop.get(name), server.get(name)
        if mine == old or mine == theirs:
            continue  # not edited on the laptop, or both made the same edit
        if name in sets:
            merged = merge_set(old, theirs, mine)
            if merged != sorted(theirs or (), key=str):
                changes[name] = merged
        elif theirs == old:
            changes[name] = mine
        else:
            conflicts.append(RecordConflict(name, theirs, mine))
    return RecordMerge(changes, tuple(conflicts))


def _folded(name: str) -> str:
    """A name without accents, case, spaces, hyphens or apostrophes: 'Van den Broeck' and
    'vandenbroeck', 'Müller' and 'Muller' agree."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed.casefold() if ch.isalnum())


def same_person(last_a: str, first_a: str, last_b: str, first_b: str) -> bool:
    """Whether two people with the same INSZ also carry the same name, so a person created
    offline may be taken for the one the server already holds (issue 20)."""
    return _folded(last_a) == _folded(last_b) and _folded(first_a) == _folded(first_b)
