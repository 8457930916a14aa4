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
    update,
)

from kempen_desktop.db.models import CODE_LISTS, Base

# The code lists, keyed by their code (the same on every database), merged like records.
CODE_TABLES = tuple(model.__tablename__ for model in CODE_LISTS.values())
# The records a copy carries and merges back, parents before children (insert order).
TRACKED_TABLES = (
    *CODE_TABLES,
    "meeting_series",
    "partner",
    "contact_person",
    "cooperation_entry",
    "policy_action",
    "action_indicator",
    "indicator_measurement",
    "action_report",
    "period_report_text",
    "meeting_template_item",
    "import_profile",
    "event",
    "person",
    "dossier",
    "consent",
    "status_change",
    "work_exit",
    "meeting",
    "meeting_participant",
    "agenda_item",
    "timeline_entry",
    "event_participant",
    "partner_engagement",
    "action_point",
)
# Never merged: the identity, the version and stamps the server keeps itself, the list
# sort keys its triggers maintain, and the dossier number (only the server hands it out).
_NOT_MERGED = {"id", "version", "created_at", "updated_at"}
_NOT_MERGED_IN = {"dossier": {"num"}}

# A dossier's kansengroepen (the dossier_target_group rows), merged as one field of it.
TARGET_GROUPS = "kansengroepen"


@dataclass(frozen=True)
class SetField:
    """A set field of a record: the rows of a link table (owner column, member column)."""

    link: str
    owner: str
    member: str


# Link tables without an identity of their own, each merged as a set field of its owner.
SET_FIELDS: dict[str, dict[str, SetField]] = {
    "dossier": {TARGET_GROUPS: SetField("dossier_target_group", "dossier_id", "target_group_code")},
    "event": {
        "organisatoren": SetField("event_partner", "event_id", "partner_id"),
        "werkgevers": SetField("event_employer", "event_id", "partner_id"),
    },
    "policy_action": {
        "partners": SetField("policy_action_partner", "policy_action_id", "partner_id"),
        "vergaderingen": SetField("policy_action_meeting", "policy_action_id", "meeting_id"),
    },
}
LINK_TABLES = tuple(s.link for fields in SET_FIELDS.values() for s in fields.values())

# In a base: the user chose the laptop's deletion of this record, also where the server holds
# rows hanging off it that the laptop never saw (they go with it, ON DELETE CASCADE).
DELETE_ANYWAY = "(verwijderen)"

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


def key_column(name: str) -> str:
    """The column that identifies a record of table `name`: `id`, or `code` for a code list."""
    (column,) = table(name).primary_key.columns
    return column.name


def record_key(name: str, record: str) -> Any:
    """A record id as a conflict or a base names it (text), as the key column takes it."""
    return python_value(name, key_column(name), record)


def python_value(name: str, column: str, value: Any) -> Any:
    """A JSON-safe value back in the Python type of column `column` of table `name`."""
    if value is None:
        return None
    kind = table(name).c[column].type.python_type
    if kind is uuid.UUID:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    if kind is datetime and not isinstance(value, datetime):
        return datetime.fromisoformat(str(value))
    if kind is date and not isinstance(value, date):
        return date.fromisoformat(str(value))
    return value


def merged_fields(name: str) -> list[str]:
    """The columns of table `name` merged field by field at check-in."""
    skip = _NOT_MERGED | _NOT_MERGED_IN.get(name, set()) | {key_column(name)}
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
    """The merged fields of a row of table `name`, JSON-safe, with its set fields (sorted)."""
    values = {f: json_value(row[f]) for f in merged_fields(name)}
    for set_name in SET_FIELDS.get(name, {}):
        values[set_name] = sorted(json_value(m) for m in row.get(set_name, ()))
    return values


def with_sets(connection: Connection, name: str, rows: Iterable[Any]) -> list[dict[str, Any]]:
    """Rows of table `name` with their set fields (SET_FIELDS) as lists of members."""
    rows = [dict(r) for r in rows]
    ids = [r["id"] for r in rows]
    for set_name, spec in SET_FIELDS.get(name, {}).items():
        link = table(spec.link)
        members: dict[Any, list[Any]] = {}
        for start in range(0, len(ids), 500):
            query = select(link.c[spec.owner], link.c[spec.member]).where(
                link.c[spec.owner].in_(ids[start : start + 500])
            )
            for owner, member in connection.execute(query):
                members.setdefault(owner, []).append(member)
        for row in rows:
            row[set_name] = sorted(members.get(row["id"], []), key=str)
    return rows


def with_target_groups(connection: Connection, rows: Iterable[Any]) -> list[dict[str, Any]]:
    """Dossier rows with their kansengroepen (sorted codes) under TARGET_GROUPS."""
    return with_sets(connection, "dossier", rows)


def write_set(
    connection: Connection, name: str, owner: uuid.UUID, set_name: str, members: Iterable[Any]
) -> None:
    """Make the set field `set_name` of record `owner` hold `members`: only the rows that
    differ are deleted or inserted."""
    spec = SET_FIELDS[name][set_name]
    link = table(spec.link)
    wanted = {python_value(spec.link, spec.member, m) for m in members}
    held = set(
        connection.execute(select(link.c[spec.member]).where(link.c[spec.owner] == owner)).scalars()
    )
    if held - wanted:
        connection.execute(
            link.delete().where(
                (link.c[spec.owner] == owner)
                & link.c[spec.member].in_(sorted(held - wanted, key=str))
            )
        )
    added = sorted(wanted - held, key=str)
    if added:
        connection.execute(link.insert(), [{spec.owner: owner, spec.member: m} for m in added])


def set_target_groups(connection: Connection, dossier_id: uuid.UUID, codes: Iterable[str]) -> None:
    write_set(connection, "dossier", dossier_id, TARGET_GROUPS, codes)


def link_rows(name: str, rows: Iterable[Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The link-table rows of the set fields of `rows` (table `name`), per link table."""
    found: dict[str, list[dict[str, Any]]] = {}
    for set_name, spec in SET_FIELDS.get(name, {}).items():
        found[spec.link] = [
            {spec.owner: row["id"], spec.member: member}
            for row in rows
            for member in row.get(set_name, ())
        ]
    return found


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
            "record_id": str(row[key_column(name)]),
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


def adopt_record(
    connection: Connection, name: str, offline: str, server_row: Mapping[str, Any]
) -> None:
    """In a copy: replace record `offline` (made offline) of table `name` by the server's own
    record `server_row` (typed or JSON-safe values; at least its key): whatever pointed at
    the offline record points at the server's, which gets its base. For a person created
    offline whose INSZ the server already holds."""
    t = table(name)
    key = key_column(name)
    old_key, new_key = record_key(name, offline), python_value(name, key, server_row[key])
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is t:
                connection.execute(
                    update(child).where(fk.parent == old_key).values({fk.parent.name: new_key})
                )
    connection.execute(t.delete().where(t.c[key] == old_key))
    delete_base(connection, name, offline)
    if connection.execute(select(t.c[key]).where(t.c[key] == new_key)).first() is None:
        values = {
            c.name: python_value(name, c.name, server_row[c.name])
            for c in t.columns
            if c.name in server_row and not _is_list_key(c.name)
        }
        connection.execute(t.insert().values(**values))
    fields = {f: json_value(server_row.get(f)) for f in merged_fields(name)}
    write_base(connection, name, str(new_key), server_row.get("version"), fields)


def accept_deletion(
    connection: Connection, name: str, record: str, server_fields: Mapping[str, Any]
) -> None:
    """In a copy: the user chose the laptop's deletion of a record the server changed (a
    conflict "*" whose laptop side is None): its base becomes the server's values as the
    conflict showed them, so the next check-in deletes it, with what hangs off it. Should
    the server change it again meanwhile, that is a new conflict."""
    version = read_bases(connection, name).get(record, (None, {}))[0]
    write_base(connection, name, record, version, {**server_fields, DELETE_ANYWAY: True})


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
