"""What an operation changed, so every screen can decide what to reload.

Modelled on Anki's `OpChanges`: an operation does not know which screens exist; it says
which kinds of records it touched, and the main window hands that to every tab. A tab
that shows none of those kinds does nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    dossiers: bool = False
    meetings: bool = False
    partners: bool = False
    action_points: bool = False
    actions: bool = False  # BBC policy actions, their indicators and reports, and events
    reference_data: bool = False  # code lists, kansengroepen, municipalities, profiles
    settings: bool = False
    imports: bool = False  # import batches (history, undo)
    audit: bool = False  # the audit log itself (disclosures, logins, retention)
    # The whole file was replaced or re-keyed (restore, passphrase change, demo): all of it.
    database: bool = False
    # Which dossiers, when known: lets the dossier list refresh rows instead of reloading.
    dossier_ids: frozenset[uuid.UUID] = frozenset()

    @classmethod
    def everything(cls) -> Changes:
        flags: dict[str, object] = {f.name: True for f in fields(cls) if f.type == "bool"}
        return cls(**flags)  # type: ignore[arg-type]  # only the bool fields, all True

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.type == "bool")

    def __or__(self, other: Changes) -> Changes:
        values: dict[str, object] = {
            f.name: getattr(self, f.name) or getattr(other, f.name)
            for f in fields(self)
            if f.type == "bool"
        }
        values["dossier_ids"] = self.dossier_ids | other.dossier_ids
        return Changes(**values)  # type: ignore[arg-type]

    def touches(self, *kinds: str) -> bool:
        """True when any of `kinds` (field names) changed, or the whole database did."""
        return self.database or any(getattr(self, kind) for kind in kinds)


NOTHING = Changes()
