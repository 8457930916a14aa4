"""Generate a realistic, fictional demo database (Dutch data, Kempen and ZORA Werkt).

``generate_demo`` fills an *empty* database with persons, dossiers and everything that
hangs off them (status history, timeline, consents, exits to work), partners with
contact persons and cooperation history, overlegmomenten with agendas and action
points, BBC actions and events. The same seed and reference date always give the same
data: every random choice, UUIDs included, comes from one ``random.Random(seed)``, used
by one thread at a time.

Speed (100,000 dossiers in well under a minute on a modest two-core laptop) shapes the
design:

* Everything is planned in plain Python and written in one transaction with multi-row
  ``INSERT ... VALUES (...), (...)`` statements through the session's connection
  (``Connection.exec_driver_sql``). The values are produced directly in the storage
  format SQLAlchemy uses on SQLite (UUID as 32 lowercase hex digits, ``YYYY-MM-DD``
  dates, ``YYYY-MM-DD HH:MM:SS.ffffff`` datetimes, 0/1 booleans): the per-value bind
  processing of a Core ``insert()`` costs about four times as much as the insert itself.
  The column lists are checked against the SQLAlchemy tables, so a renamed or new
  NOT NULL column fails loudly instead of silently. Multi-row statements also matter
  for FTS5, which flushes its pending index data at the end of every statement.
* The per-row triggers that keep the search index (migration 0001) and the dossier list
  columns (migration 0002) are paused while the demo writes; the search rows of all dossiers
  are written at the end (db/search_rows.py), in one statement with a roomy FTS5 buffer
  (``search_index``), the list columns with the dossier rows themselves (db/list_columns.py,
  the trigger's own values). While the triggers are paused, the
  plain indexes of the dossier tables are built once after their rows (``indexes``) and
  parents go in before their children. On PostgreSQL, whose triggers keep running per row,
  timeline entries and target groups go in *before* their dossiers instead (``PRAGMA
  defer_foreign_keys = ON`` / ``SET CONSTRAINTS ALL DEFERRED`` postpone the foreign-key check
  to the commit).
* The rows of the next chunk are built in a background thread while SQLite writes the
  current one (the sqlite3 module releases the GIL while SQLite works).

No Qt here: the UI calls this from a worker thread and shows ``progress``.

The package, in small modules with one job each (a leading underscore marks a name as
internal to the package, also where a sibling module imports it):

* ``content``: the static Dutch content tables (names, streets, texts, partners).
* ``formats``: storage-format helpers, valid INSZ and KBO numbers, fast seeded random.
* ``reference``: the reference data as found in the database.
* ``plans``: the plans (what will be written) and the weighted tables that shape them.
* ``writer``: the multi-row INSERTs with checked column lists, and the background thread.
* ``search_index`` and ``indexes``: SQLite settings for the bulk write, put back afterwards.
* ``base``, ``partners``, ``dossiers``, ``dossier_rows``, ``meetings`` and ``activities``:
  the generator's state and its parts, combined in ``generator``, whose ``run`` sets the
  order in which everything is written.
"""

from __future__ import annotations

import gc
import sys
from datetime import date

from kempen_desktop.services.common.database import Database
from kempen_desktop.services.demo.base import ProgressCallback
from kempen_desktop.services.demo.formats import insz_for, kbo_for
from kempen_desktop.services.demo.generator import DemoSummary, _generate

__all__ = ["DemoSummary", "ProgressCallback", "generate_demo", "insz_for", "kbo_for"]


def generate_demo(
    db: Database,
    *,
    dossiers: int = 400,
    seed: int = 1,
    today: date | None = None,
    progress: ProgressCallback | None = None,
) -> DemoSummary:
    """Fill the empty database ``db`` with fictional demo data; deterministic per seed.

    Raises ValueError (Dutch message) when the database already holds dossiers,
    persons or partners: the caller recreates the demo file instead.
    """
    if dossiers < 0:
        raise ValueError("Het aantal demodossiers kan niet negatief zijn.")
    day = today or date.today()
    report = progress or (lambda _stage, _percent: None)
    report("Referentiegegevens lezen", 0)
    # Millions of small objects would trigger ever longer full garbage collections;
    # nothing here creates reference cycles that need collecting.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    # The row-building thread would otherwise keep the GIL for up to 5 ms each time
    # SQLite finishes a statement and the writing thread wants it back.
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(min(switch_interval, 0.0005))
    try:
        summary = _generate(db, dossiers, seed, day, report)
    finally:
        sys.setswitchinterval(switch_interval)
        if gc_was_enabled:
            gc.enable()
    report("Demogegevens klaar", 100)
    return summary
