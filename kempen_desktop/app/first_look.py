"""The first look at a file at start-up: the top of the Dossiers list, read before the data
layer has loaded (issue 17: a painted window within 2x a bare Qt window).

Importing SQLAlchemy, the models and the tabs takes 0.6-0.7 s; a bare window paints in
0.2 s. So the start-up path reads, with the raw driver of db/raw.py (the engine's own
SQLite library, read-only), what the Dossiers tab shows first -- its open dossiers in the
remembered order, the first screenful of rows and their labels -- and paints that
(ui/first_look.py) while the rest loads. The list's own query lives in
services/dossiers/dossier_list.py; this one reads the same columns and orders by the same
`list_*` columns, and tests/test_first_look.py checks that both show the same rows for
every sort.

Only a plain local file at the schema's head is looked at, not a working copy (its title
says so) and nothing the app would have to migrate first; anything unexpected gives no
first look (None) and the start goes on as before. The connection is closed before the
data layer opens the file.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from kempen_desktop.db import keys
from kempen_desktop.db.file_kind import is_new_file
from kempen_desktop.db.raw import connect_raw
from kempen_desktop.db.schema_head import SCHEMA_HEAD
from kempen_desktop.domain import status as dossier_status
from kempen_desktop.domain.dossier_rows import DossierRow
from kempen_desktop.domain.target_groups import age_based_groups

log = logging.getLogger(__name__)

#: The Dossiers list's sort per column (services/dossiers/dossier_list._sort_columns).
_NAME = ("list_last_name", "list_first_name", "num")
SORTS = (
    _NAME,
    ("list_first_name", "list_last_name", "num"),
    ("list_place", *_NAME),
    ("list_status_rank", *_NAME),
    ("list_groups", *_NAME),
    ("list_counsellor", *_NAME),
    ("list_follow_up", *_NAME),
)
DEMO_KEY = "demo"  # app_meta (services/common/database.DEMO_KEY)
WORKING_COPY_KEY = "werkkopie.server"  # app_meta (services/team/working_copy.META_SERVER)


@dataclass(frozen=True)
class FirstLook:
    """What the Dossiers tab shows first: its length, its top rows and their labels."""

    is_demo: bool
    total: int  # the open dossiers: the tab's first list
    rows: list[DossierRow] = field(default_factory=list)
    status_labels: dict[str, str] = field(default_factory=dict)
    group_labels: dict[str, str] = field(default_factory=dict)


def read_first_look(
    path: Path,
    passphrase: str | None,
    *,
    sort_column: int = 0,
    descending: bool = False,
    count: int = 60,
    language: str = "nl",
    today: date | None = None,
) -> FirstLook | None:
    """The first look at the file at `path`, or None when there is none to take."""
    if is_new_file(path):
        return None  # nothing to look at; the data layer makes it
    if not 0 <= sort_column < len(SORTS):
        sort_column, descending = 0, False
    # A file closed cleanly has no -wal: read as immutable, SQLite then makes no -wal or
    # -shm beside it (read-only, it could not remove them again). After a crash the -wal
    # holds the latest changes: read through it.
    mode = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    try:
        connection = connect_raw(Path(f"file:{quote(str(path))}?{mode}"), passphrase, uri=True)
    except Exception:  # noqa: BLE001 - no first look; the start-up path says what is wrong
        return None
    try:
        connection.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp file
        look = _read(connection, sort_column, descending, count, language, today or date.today())
        if passphrase and look is not None:
            _derive_for_the_engine(connection, path, passphrase)
        return look
    except Exception as error:  # noqa: BLE001 - a wrong passphrase, damage, an old schema
        log.info("no first look at the file: %s", type(error).__name__)
        return None
    finally:
        connection.close()


def _derive_for_the_engine(connection: Any, path: Path, passphrase: str) -> None:
    """The passphrase fits (rows were read): the file's key is derived on a thread while the
    data layer loads, and the engine's connections skip their own derivation."""
    salt = keys.salt_of(connection)
    if salt:
        keys.derive_soon(path, passphrase, salt)


def _read(
    connection: Any, sort_column: int, descending: bool, count: int, language: str, day: date
) -> FirstLook | None:
    (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision != SCHEMA_HEAD:
        return None  # the data layer migrates it first
    meta = dict(
        connection.execute(
            "SELECT key, value FROM app_meta WHERE key IN (?, ?)", (DEMO_KEY, WORKING_COPY_KEY)
        ).fetchall()
    )
    if WORKING_COPY_KEY in meta:
        return None
    direction = " DESC" if descending else ""
    order = ", ".join(f"{column}{direction}" for column in SORTS[sort_column])
    open_only = "status_code != ?"
    # All less the closed ones: two counts on the status index, 29 ms at 1,000,000 dossiers
    # where counting the open ones walks all of it (131 ms). status_code is never NULL.
    (total,) = connection.execute(
        "SELECT (SELECT count(*) FROM dossier) "
        "- (SELECT count(*) FROM dossier WHERE status_code = ?)",
        (dossier_status.AFGESLOTEN,),
    ).fetchone()
    nums = [
        num
        for (num,) in connection.execute(
            f"SELECT num FROM dossier WHERE {open_only} ORDER BY {order} LIMIT ?",
            (dossier_status.AFGESLOTEN, count),
        )
    ]
    rows = _rows(connection, nums, day)
    return FirstLook(
        is_demo=DEMO_KEY in meta,
        total=int(total),
        rows=[rows[num] for num in nums if num in rows],
        status_labels=_labels(connection, "dossier_status", language),
        group_labels=_labels(connection, "target_group", language),
    )


def _rows(connection: Any, nums: list[int], day: date) -> dict[int, DossierRow]:
    """The rows as services/dossiers/dossier_list.fetch_rows reads them."""
    if not nums:
        return {}
    marks = ", ".join("?" * len(nums))
    groups: dict[int, list[str]] = {}
    found = connection.execute(
        "SELECT d.num, g.target_group_code, t.sort_order FROM dossier_target_group AS g "
        "JOIN dossier AS d ON d.id = g.dossier_id "
        "JOIN target_group AS t ON t.code = g.target_group_code "
        f"WHERE d.num IN ({marks})",
        nums,
    ).fetchall()
    for num, code, _order in sorted(found, key=lambda group: (group[2], group[1])):
        groups.setdefault(num, []).append(code)
    result: dict[int, DossierRow] = {}
    for (
        num,
        dossier_id,
        last,
        first,
        birth,
        place,
        status_code,
        c_first,
        c_last,
        follow_up,
    ) in connection.execute(
        "SELECT d.num, d.id, p.last_name, p.first_name, p.birth_date, m.name, d.status_code, "
        "c.first_name, c.last_name, d.follow_up_on FROM dossier AS d "
        "JOIN person AS p ON p.id = d.person_id "
        "LEFT JOIN municipality AS m ON m.nis_code = p.municipality_nis "
        "LEFT JOIN contact_person AS c ON c.id = d.counsellor_id "
        f"WHERE d.num IN ({marks})",
        nums,
    ):
        birth_date = date.fromisoformat(birth) if birth else None
        result[num] = DossierRow(
            num=num,
            id=uuid.UUID(dossier_id),
            last_name=last,
            first_name=first,
            municipality=place or "",
            status_code=status_code,
            target_group_codes=tuple(
                sorted(age_based_groups(birth_date, day)) + groups.get(num, [])
            ),
            counsellor=f"{c_first} {c_last}" if c_first is not None else "",
            follow_up_on=date.fromisoformat(follow_up) if follow_up else None,
        )
    return result


def _labels(connection: Any, table: str, language: str) -> dict[str, str]:
    """The active values' labels, as services/common/lookups reads them for the list."""
    labels: dict[str, str] = {}
    for code, label, label_en in connection.execute(
        f"SELECT code, label, label_en FROM {table} WHERE active ORDER BY sort_order, label"
    ):
        labels[code] = (label_en or label) if language == "en" else label
    return labels
