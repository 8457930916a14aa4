"""Writing: multi-row INSERTs with checked column lists, rows built in a background thread."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, Table

from kempen_desktop.db.backend import backend_of
from kempen_desktop.db.bulk import PERSON_COLUMNS, InsertStatements, rows_per_statement
from kempen_desktop.db.list_columns import LIST_COLS

_T = TypeVar("_T")

MAX_ROWS_PER_INSERT = 1_000


@dataclass(frozen=True)
class _Prepared:
    table: str
    rows: int
    statements: list[tuple[str, tuple[Any, ...]]]


class _Failure:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def _in_background(items: Iterator[_T], depth: int = 2) -> Iterator[_T]:
    """Run the iterator in a worker thread, `depth` items ahead of the consumer.

    An exception in the worker is re-raised in the consumer; when the consumer stops
    early (or fails), the worker is told to stop and joined.
    """
    channel: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()
    finished = object()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                channel.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for item in items:
                if not put(item):
                    return
            put(finished)
        except BaseException as error:  # noqa: BLE001 - handed over to the consumer
            put(_Failure(error))

    worker = threading.Thread(target=work, name="demo-rows", daemon=True)
    worker.start()
    try:
        while True:
            item = channel.get()
            if item is finished:
                return
            if isinstance(item, _Failure):
                raise item.error
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        worker.join()


class _Writer:
    """Multi-row INSERTs on one connection, with column lists checked against the model.

    One statement inserts up to ``MAX_ROWS_PER_INSERT`` rows (fewer for wide tables, to
    stay under SQLite's limit of bound parameters); the sqlite3 module caches the prepared
    statements, so all full batches reuse one. Besides saving the per-statement overhead,
    this matters for the FTS5 triggers: FTS5 flushes its pending index data at the end of
    every statement, so executemany (one statement per row) would cost several times more.
    """

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._backend = backend_of(connection)
        self._statements = InsertStatements("Demo-insert")
        self.counts: dict[str, int] = {}

    def prepare(
        self, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
    ) -> _Prepared:
        """Statements and flat parameter tuples for the rows (thread-safe: no database access)."""
        per_statement = rows_per_statement(len(columns), MAX_ROWS_PER_INSERT)
        statements = []
        for start in range(0, len(rows), per_statement):
            batch = rows[start : start + per_statement]
            statements.append(
                (
                    self._statements.sql(table, columns, len(batch), self._backend),
                    tuple([value for row in batch for value in row]),
                )
            )
        return _Prepared(table.name, len(rows), statements)

    def execute(self, prepared: _Prepared) -> None:
        self.counts[prepared.table] = self.counts.get(prepared.table, 0) + prepared.rows
        for sql, parameters in prepared.statements:
            self._connection.exec_driver_sql(sql, parameters)

    def write(self, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        self.execute(self.prepare(table, columns, rows))

    def count(self, table: Table) -> int:
        return self.counts.get(table.name, 0)


def _table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


PERSON_COLS = PERSON_COLUMNS
DOSSIER_COLS = (
    "id",
    "num",
    "person_id",
    "status_code",
    "status_since",
    "opened_on",
    "closed_on",
    "closing_reason_code",
    "responsible_partner_id",
    "counsellor_id",
    "follow_up_on",
    "job_seeker_since",
    "situation",
    "created_at",
    "updated_at",
    *LIST_COLS,
)
TIMELINE_COLS = (
    "id",
    "dossier_id",
    "kind",
    "occurred_at",
    "title",
    "body",
    "author",
    "partner_id",
    "meeting_id",
    "import_batch_id",
    "created_at",
    "updated_at",
)
STATUS_COLS = (
    "id",
    "dossier_id",
    "from_code",
    "to_code",
    "effective_on",
    "closing_reason_code",
    "note",
    "changed_at",
)
CONSENT_COLS = (
    "id",
    "dossier_id",
    "partner_id",
    "purpose",
    "given_on",
    "method",
    "valid_until",
    "withdrawn_on",
    "note",
    "created_at",
    "updated_at",
)
EXIT_COLS = (
    "id",
    "dossier_id",
    "employer_partner_id",
    "employer_name",
    "sector",
    "contract_type_code",
    "started_on",
    "hours_per_week",
    "followup_6m_on",
    "still_working_6m",
    "followup_12m_on",
    "still_working_12m",
    "note",
    "created_at",
    "updated_at",
)
GROUP_COLS = ("dossier_id", "target_group_code")
PARTNER_COLS = (
    "id",
    "name",
    "partner_type_code",
    "kbo_number",
    "municipality_nis",
    "sector",
    "street",
    "postcode",
    "website",
    "phone",
    "email",
    "role",
    "inclusive_since",
    "inclusive_as",
    "inclusive_evidence",
    "notes",
    "active",
    "created_at",
    "updated_at",
)
CONTACT_COLS = (
    "id",
    "partner_id",
    "first_name",
    "last_name",
    "function",
    "email",
    "phone",
    "active",
    "created_at",
    "updated_at",
)
COOP_COLS = ("id", "partner_id", "occurred_on", "kind", "description", "created_at", "updated_at")
ENGAGEMENT_COLS = (
    "id",
    "partner_id",
    "kind",
    "role",
    "engaged_as",
    "forms",
    "started_on",
    "ended_on",
    "evidence",
    "created_at",
    "updated_at",
)
SERIES_COLS = ("id", "title", "meeting_type_code", "interval_months", "created_at", "updated_at")
MEETING_COLS = (
    "id",
    "meeting_type_code",
    "series_id",
    "title",
    "starts_at",
    "ends_at",
    "location",
    "status",
    "cancel_reason",
    "minutes",
    "minutes_sent_on",
    "created_at",
    "updated_at",
)
PARTICIPANT_COLS = ("id", "meeting_id", "partner_id", "contact_person_id", "name", "attendance")
AGENDA_COLS = ("id", "meeting_id", "position", "title", "dossier_id", "discussion", "agreements")
ACTION_COLS = (
    "id",
    "meeting_id",
    "agenda_item_id",
    "dossier_id",
    "description",
    "owner_partner_id",
    "owner_contact_id",
    "owner_is_regisseur",
    "deadline",
    "status",
    "completed_on",
    "created_at",
    "updated_at",
)
POLICY_COLS = (
    "id",
    "code",
    "short_description",
    "long_description",
    "status",
    "starts_on",
    "ends_on",
    "priority",
    "wse_code",
    "report_text",
    "parent_id",
    "level",
    "responsible",
    "created_at",
    "updated_at",
)
EVENT_COLS = (
    "id",
    "kind",
    "title",
    "held_on",
    "location",
    "policy_action_id",
    "participant_count",
    "results",
    "ends_on",
    "target_groups",
    "contacts",
    "interviews",
    "other_hires",
    "created_at",
    "updated_at",
)
INDICATOR_COLS = (
    "id",
    "action_id",
    "name",
    "unit",
    "target",
    "computed",
    "sort_order",
    "created_at",
    "updated_at",
)
MEASUREMENT_COLS = (
    "id",
    "indicator_id",
    "measured_on",
    "value",
    "note",
    "created_at",
    "updated_at",
)
EVENT_PARTICIPANT_COLS = (
    "id",
    "event_id",
    "dossier_id",
    "attended",
    "hired",
    "work_exit_id",
    "created_at",
    "updated_at",
)
