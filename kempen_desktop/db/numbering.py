"""Dossier numbers: taken from a counter that only grows.

A number that was ever given — on a printed fiche, in an e-mail — must never point at
another person later, also after a delete or an undone import. The counter lives in the
database (table ``counter``, migration 0005) and is raised in the caller's transaction:
a rolled-back transaction hands nothing out.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

DOSSIER_NUM = "dossier.num"


def take_dossier_numbers(connection: Connection, count: int = 1) -> int:
    """Reserve `count` consecutive dossier numbers in the open transaction; the first of them."""
    if count < 1:
        raise ValueError("count must be at least 1")
    # The row exists from migration 0005 on; this only guards a schema made by hand.
    # ON CONFLICT: SQLite and PostgreSQL alike ("WHERE true" keeps SQLite's parser from
    # reading ON as a join).
    connection.execute(
        text(
            "INSERT INTO counter (name, value) SELECT :name, coalesce(max(num), 0) FROM "
            "dossier WHERE true ON CONFLICT (name) DO NOTHING"
        ),
        {"name": DOSSIER_NUM},
    )
    connection.execute(
        text("UPDATE counter SET value = value + :count WHERE name = :name"),
        {"count": count, "name": DOSSIER_NUM},
    )
    last = connection.execute(
        text("SELECT value FROM counter WHERE name = :name"), {"name": DOSSIER_NUM}
    ).scalar_one()
    return int(last) - count + 1
