"""Search rows and list columns written per batch by bulk writers (issue 17).

The triggers of 0001/0002/0011 keep the search index (dossier_fts) and the dossier list's
sort columns right for every writer, one row at a time; for an import or the demo that
per-row work was half of the time. Here (SQLite only):

* ``bulk_writing``: a table that is empty in every committed state. A bulk writer puts one
  row in at the start of its transaction and takes it out before it commits
  (db/search_rows.py), so no other connection or tool ever sees a row.
* the insert and update triggers on dossier, person, timeline_entry and
  dossier_target_group that write dossier_fts or the list columns get
  ``WHEN NOT EXISTS (SELECT 1 FROM bulk_writing)``: while the row is there they do
  nothing, and the bulk writer writes the search rows and list columns of its batch with
  one statement each (the triggers' own statements, over the batch). Their bodies stay
  byte for byte; delete triggers and the triggers on reference data are not paused.

PostgreSQL (0014's PL/pgSQL triggers): unchanged; they keep working per row there.

Revision ID: 0016
Revises: 0015
"""

import re

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

PAUSED = (
    "dossier_fts_ai",
    "dossier_fts_au",
    "person_fts_au",
    "timeline_fts_insert",
    "timeline_fts_update",
    "dossier_list_ai",
    "dossier_list_au",
    "person_list_au",
    "dossier_group_list_ai",
)
WHEN = "WHEN NOT EXISTS (SELECT 1 FROM bulk_writing) "


def _rewrite(name: str, change: re.Pattern[str], replacement: str) -> None:
    bind = op.get_bind()
    sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
    ).scalar()
    if sql is None:
        raise RuntimeError(f"Trigger {name} ontbreekt.")
    new_sql, count = change.subn(replacement, sql, count=1)
    if count != 1:
        raise RuntimeError(f"Trigger {name} heeft een onverwachte vorm.")
    op.execute(f"DROP TRIGGER {name}")
    bind.exec_driver_sql(new_sql)  # as stored: no bind-parameter parsing of the text


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE bulk_writing (writer TEXT NOT NULL)")
    for name in PAUSED:
        _rewrite(name, re.compile(r"\bBEGIN\b"), WHEN + "BEGIN")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in PAUSED:
        _rewrite(name, re.compile(re.escape(WHEN)), "")
    op.execute("DROP TABLE bulk_writing")
