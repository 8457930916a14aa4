"""A working copy of server records on the laptop (issue 20): what it holds and how it is marked.

The copy is an ordinary encrypted Kempen database (the full app opens it) with two extras:
three `app_meta` rows that mark it (the server without password, since when, by whom)
and the table `checkout_base`, one row per copied record: its table, id, the server
version and the field values at checkout as JSON — the base of the three-way merge at
check-in. `checkout_base` lives only in copies, so it is created here, not by a migration.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    select,
)

from kempen_desktop.db.models import Base

# The records a copy carries and merges back, parents before children (insert order).
TRACKED_TABLES = (
    "partner",
    "contact_person",
    "meeting",
    "meeting_participant",
    "agenda_item",
    "person",
    "dossier",
    "consent",
    "status_change",
    "timeline_entry",
    "work_exit",
    "action_point",
)
# Never merged: the identity, the version and stamps the server keeps itself, the list
# sort keys its triggers maintain, and the dossier number (only the server hands it out).
_NOT_MERGED = {"id", "version", "created_at", "updated_at"}
_NOT_MERGED_IN = {"dossier": {"num"}}

# A dossier's kansengroepen (the dossier_target_group rows), merged as one field of it.
TARGET_GROUPS = "kansengroepen"

META_SERVER = "werkkopie.server"
META_SINCE = "werkkopie.sinds"
META_BY = "werkkopie.door"

_copy_metadata = MetaData()
checkout_base = Table(
    "checkout_base",
    _copy_metadata,
    Column("table_name", String(40), primary_key=True),
    Column("record_id", String(36), primary_key=True),
    Column("version", Integer, nullable=True),
    Column("fields", Text, nullable=False),  # JSON: {field: value at checkout}
)


class WorkingCopyError(ValueError):
    """A check-out or check-in problem, as one Dutch line."""


@dataclass(frozen=True)
class CopyMark:
    server: str  # postgresql://user@host:5432/db, never a password
    since: str  # ISO time (UTC) of the checkout
    by: str  # the server role that checked out


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def merged_fields(name: str) -> list[str]:
    """The columns of table `name` merged field by field at check-in."""
    skip = _NOT_MERGED | _NOT_MERGED_IN.get(name, set())
    return [c.name for c in table(name).columns if c.name not in skip and not _is_list_key(c.name)]


def _is_list_key(column: str) -> bool:
    return column.startswith("list_")  # sort keys maintained by triggers (migration 0002)


def json_value(value: Any) -> Any:
    """A value as the base stores it and a conflict reports it: JSON-safe and comparable."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def field_values(name: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """The merged fields of a row of table `name`, JSON-safe (a dossier with its groups)."""
    values = {f: json_value(row[f]) for f in merged_fields(name)}
    if name == "dossier":
        values[TARGET_GROUPS] = sorted(row.get(TARGET_GROUPS, ()))
    return values


def with_target_groups(connection: Connection, rows: Iterable[Any]) -> list[dict[str, Any]]:
    """Dossier rows with their kansengroepen (sorted codes) under TARGET_GROUPS."""
    rows = [dict(r) for r in rows]
    link = table("dossier_target_group")
    groups: dict[Any, list[str]] = {}
    ids = [r["id"] for r in rows]
    for start in range(0, len(ids), 500):
        query = select(link.c.dossier_id, link.c.target_group_code).where(
            link.c.dossier_id.in_(ids[start : start + 500])
        )
        for dossier_id, code in connection.execute(query):
            groups.setdefault(dossier_id, []).append(code)
    for row in rows:
        row[TARGET_GROUPS] = sorted(groups.get(row["id"], []))
    return rows


def set_target_groups(connection: Connection, dossier_id: uuid.UUID, codes: Iterable[str]) -> None:
    link = table("dossier_target_group")
    connection.execute(link.delete().where(link.c.dossier_id == dossier_id))
    values = [{"dossier_id": dossier_id, "target_group_code": code} for code in sorted(codes)]
    if values:
        connection.execute(link.insert(), values)


def insertable(name: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A row's values to insert elsewhere: everything except the trigger-kept sort keys."""
    return {c.name: row[c.name] for c in table(name).columns if not _is_list_key(c.name)}


def create_copy_tables(connection: Connection) -> None:
    _copy_metadata.create_all(connection)


def read_bases(connection: Connection, name: str) -> dict[str, tuple[int | None, dict[str, Any]]]:
    """{record id: (server version, fields at checkout)} of table `name` in a copy."""
    rows = connection.execute(
        select(checkout_base.c.record_id, checkout_base.c.version, checkout_base.c.fields).where(
            checkout_base.c.table_name == name
        )
    )
    return {r.record_id: (r.version, json.loads(r.fields)) for r in rows}


def write_base(
    connection: Connection,
    name: str,
    record_id: str,
    version: int | None,
    fields: Mapping[str, Any],
) -> None:
    """Remember (or replace) the base of one record in a copy."""
    delete_base(connection, name, record_id)
    connection.execute(
        checkout_base.insert().values(
            table_name=name,
            record_id=record_id,
            version=version,
            fields=json.dumps(dict(fields), sort_keys=True),
        )
    )


def insert_bases(connection: Connection, name: str, rows: Sequence[Mapping[str, Any]]) -> int:
    """The bases of freshly copied rows of table `name`, in one statement; how many."""
    values = [
        {
            "table_name": name,
            "record_id": str(row["id"]),
            "version": row.get("version"),
            "fields": json.dumps(field_values(name, row), sort_keys=True),
        }
        for row in rows
    ]
    if values:
        connection.execute(checkout_base.insert(), values)
    return len(values)


def delete_base(connection: Connection, name: str, record_id: str) -> None:
    connection.execute(
        checkout_base.delete().where(
            (checkout_base.c.table_name == name) & (checkout_base.c.record_id == record_id)
        )
    )


def read_mark(connection: Connection) -> CopyMark | None:
    """The copy's mark, or None for a database that is no working copy."""
    meta = table("app_meta")
    query = select(meta.c.key, meta.c.value).where(
        meta.c.key.in_((META_SERVER, META_SINCE, META_BY))
    )
    rows = {row.key: row.value for row in connection.execute(query)}
    if META_SERVER not in rows:
        return None
    return CopyMark(rows[META_SERVER], rows.get(META_SINCE, ""), rows.get(META_BY, ""))
