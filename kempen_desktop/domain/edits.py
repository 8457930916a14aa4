"""Keep what the user did not edit.

A form shows a record and reads it back: the round trip is not exact (a picker offers only
active partners, an editor turns CRLF into LF, a target group that was made inactive has no
box). So a form remembers three things: the record as loaded (`original`), what its fields
showed right after loading (`shown`) and what they hold now (`current`). Only fields where
`current` differs from `shown` were edited; everything else is saved as it was loaded.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def edited_fields(shown: Any, current: Any) -> list[str]:
    """Names of the dataclass fields the user changed."""
    return [
        f.name
        for f in dataclasses.fields(current)
        if getattr(shown, f.name) != getattr(current, f.name)
    ]


def apply_edits(original: T, shown: T, current: T) -> T:
    """`original` with only the edited fields taken from `current`. A set field gets the
    members the user added and loses those the user removed; members the form could not
    show stay."""
    changes: dict[str, Any] = {}
    for name in edited_fields(shown, current):
        before, after = getattr(shown, name), getattr(current, name)
        base = getattr(original, name)
        if (
            isinstance(after, (set, frozenset))
            and isinstance(before, (set, frozenset))
            and isinstance(base, (set, frozenset))
        ):
            after = type(base)((set(base) - (before - after)) | (after - before))
        changes[name] = after
    return dataclasses.replace(original, **changes)  # type: ignore[type-var]
