"""Deciding a check-in's conflicts in the working copy (issue 20).

A conflict stays in the copy until the user chooses: the server's value, the laptop's,
or a merged text. The choice is written into the copy and the field's base becomes the
server's value as the conflict reported it, so the next check-in applies the choice as a
laptop-only change (or finds nothing to do when the server's value was chosen). Should the
server's value have moved again meanwhile, the next check-in reports a fresh conflict.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import update

from kempen_desktop.services.common.database import Database
from kempen_desktop.services.team import working_copy as wc
from kempen_desktop.services.team.checkin import Conflict
from kempen_desktop.services.team.working_copy import WorkingCopyError, table


@dataclass(frozen=True)
class Decision:
    conflict: Conflict
    value: Any  # JSON-safe, as a Conflict carries values: server, laptop or merged text


def _typed(name: str, column: str, value: Any) -> Any:
    """A JSON-safe value back in the column's Python type."""
    if value is None:
        return None
    kind = table(name).c[column].type.python_type
    if kind is uuid.UUID:
        return uuid.UUID(str(value))
    if kind is datetime:
        return datetime.fromisoformat(str(value))
    if kind is date:
        return date.fromisoformat(str(value))
    return value


def decide(copy_db: Database, decisions: Sequence[Decision]) -> None:
    """Write the chosen values into the copy; the next check-in carries them to the server."""
    with copy_db.engine.begin() as copy:
        for decision in decisions:
            c = decision.conflict
            if c.field == "*":
                raise WorkingCopyError(
                    "Een verwijderd record kiest u niet per veld: herstel of verwijder het in "
                    "de werkkopie en breng ze opnieuw terug."
                )
            bases = wc.read_bases(copy, c.table)
            if c.record not in bases:
                continue
            version, base = bases[c.record]
            base[c.field] = c.server
            wc.write_base(copy, c.table, c.record, version, base)
            record = uuid.UUID(c.record)
            if c.field == wc.TARGET_GROUPS:
                wc.set_target_groups(copy, record, decision.value or [])
                continue
            t = table(c.table)
            copy.execute(
                update(t)
                .where(t.c.id == record)
                .values({c.field: _typed(c.table, c.field, decision.value)})
            )
