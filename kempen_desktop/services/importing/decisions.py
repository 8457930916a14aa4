"""Review decisions remembered for the next import of the same source (issue 15).

When the user decides that a row is the same person as a dossier ("zelfde persoon"), the
next list from that source holds the same row again; in fill mode nothing in the dossier
changed the match (the name stays as the user keeps it), so the same question would come
back on every import. The decision is stored as a SHA-256 of the source and the row's
identity as the file gives it (INSZ, klantnummer, name and birth date) with the dossier:
the identity itself is not stored a second time. The next plan treats such a row as
matched to that dossier and says so in its warnings. Undoing the import that recorded the
decision forgets it and brings back the decision it replaced (kept aside as 'replaced',
its key prefixed with the replacing batch, both in base85 to fit the column); deleting the
dossier forgets it too (foreign key).
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from kempen_desktop.db import backends
from kempen_desktop.services.importing.parsing import name_key
from kempen_desktop.services.importing.profiles import Profile
from kempen_desktop.services.importing.rows import ParsedRow


def identity_key(profile: Profile, row: ParsedRow) -> str:
    """The stored key of a row: a hash, never the identity itself."""
    source = (profile.source or profile.name).strip().casefold()
    birth = row.birth.isoformat() if row.birth else ""
    text = "|".join(
        (source, row.insz or "", row.vdab or "", name_key(row.last), name_key(row.first), birth)
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def remembered_decisions(connection: Connection) -> dict[str, str]:
    """row key -> dossier id (hex) of every remembered 'zelfde persoon' decision."""
    rows = backends.driver_sql(connection)(
        "SELECT row_key, dossier_id FROM import_decision WHERE decision = 'merge'"
    ).fetchall()
    return {str(key): str(dossier) for key, dossier in rows}


def _replaced_key(batch: str, key: str) -> str:
    """The key of a decision `batch` replaced: batch and row key as base85 bytes (20 + 1 + 40
    characters), within the 64 of row_key that PostgreSQL enforces (hex: 32 + 1 + 64)."""
    return f"{_dense(batch)}:{_dense(key)}"


def _dense(hex_text: str) -> str:
    return base64.b85encode(bytes.fromhex(hex_text)).decode("ascii")


def _replaced_prefixes(batch: str) -> list[tuple[str, Callable[[str], str]]]:
    """The prefixes of the keys `batch` replaced, with how to read the row key back: the
    base85 form, and the hex form files written before it may still hold."""
    return [
        (f"{_dense(batch)}:", lambda rest: base64.b85decode(rest).hex()),
        (f"{batch}:", lambda rest: rest),
    ]


def remember(connection: Any, items: list[tuple[str, str]], batch: str, stamp: str) -> None:
    """Store (row key, dossier id hex) merge decisions of ``batch``.

    An older decision for the same row is kept aside (decision 'replaced', its key prefixed
    with the replacing batch) so that undoing ``batch`` puts it back (`forget_batch`)."""
    for key, dossier_id in items:
        backends.driver_sql(connection)(
            "DELETE FROM import_decision WHERE row_key = ? AND batch_id = ?", (key, batch)
        )
        backends.driver_sql(connection)(
            "UPDATE import_decision SET row_key = ?, decision = 'replaced', updated_at = ? "
            "WHERE row_key = ?",
            (_replaced_key(batch, key), stamp, key),
        )
        backends.driver_sql(connection)(
            "INSERT INTO import_decision (id, row_key, decision, dossier_id, batch_id, "
            "created_at, updated_at) VALUES (?, ?, 'merge', ?, ?, ?, ?)",
            (uuid.uuid4().hex, key, dossier_id, batch, stamp, stamp),
        )


def forget_batch(connection: Any, batch: str, keep: set[str] | None = None) -> None:
    """Forget the decisions of ``batch``; the ones it replaced come back as they were.

    ``keep``: dossier ids (hex) whose decisions stay (undoing the rest of a batch keeps the
    dossiers edited since, and what was decided about them)."""
    own = backends.driver_sql(connection)(
        "SELECT id, row_key, dossier_id FROM import_decision WHERE batch_id = ?", (batch,)
    ).fetchall()
    forgotten = {str(key) for _id, key, dossier in own if str(dossier) not in (keep or set())}
    for decision_id, key, _dossier in own:
        if str(key) in forgotten:
            backends.driver_sql(connection)(
                "DELETE FROM import_decision WHERE id = ?", (decision_id,)
            )
    kept = [
        (decision_id, read(str(replaced_key)[len(prefix) :]))
        for prefix, read in _replaced_prefixes(batch)
        for decision_id, replaced_key in backends.driver_sql(connection)(
            "SELECT id, row_key FROM import_decision WHERE decision = 'replaced' "
            "AND substr(row_key, 1, ?) = ?",
            (len(prefix), prefix),
        ).fetchall()
    ]
    for decision_id, key in kept:
        if keep is not None and key not in forgotten:
            continue  # still replaced by a decision that stays
        holder = backends.driver_sql(connection)(
            "SELECT batch_id FROM import_decision WHERE row_key = ?", (key,)
        ).first()
        if holder is None:
            backends.driver_sql(connection)(
                "UPDATE import_decision SET row_key = ?, decision = 'merge' WHERE id = ?",
                (key, decision_id),
            )
        elif holder[0] is not None:
            # A later import decided this row again: ours comes back when that one is undone.
            backends.driver_sql(connection)(
                "UPDATE import_decision SET row_key = ? WHERE id = ?",
                (_replaced_key(str(holder[0]), key), decision_id),
            )
        else:
            backends.driver_sql(connection)(
                "DELETE FROM import_decision WHERE id = ?", (decision_id,)
            )
