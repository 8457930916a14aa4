"""Search and list performance (issue 17).

* The seven sort indexes of the dossier list (0002) end in ``status_code`` too. The Dossiers
  tab opens on open dossiers (status not afgesloten); with the status in the index that
  sorted list is read from the index alone instead of one table row per dossier (100,000
  dossiers: 1.3 s -> 0.09 s on a 2-core machine). Plain SQL: PostgreSQL gets the same.
* SQLite only: the search index (dossier_fts, 0001) gets FTS5 prefix indexes for 2 and 3
  characters, so a two-letter search reads one list instead of merging every word that
  starts with those letters. FTS5 options cannot be altered: the table is made anew and its
  rows are copied over as they are; the triggers that write it are kept byte for byte.

Revision ID: 0013
Revises: 0012
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_NAME = "list_last_name, list_first_name, num"
SORT_INDEXES = {
    "ix_dossier_list_name": _NAME,
    "ix_dossier_list_first_name": "list_first_name, list_last_name, num",
    "ix_dossier_list_place": f"list_place, {_NAME}",
    "ix_dossier_list_groups": f"list_groups, {_NAME}",
    "ix_dossier_list_counsellor": f"list_counsellor, {_NAME}",
    "ix_dossier_list_status": f"list_status_rank, {_NAME}",
    "ix_dossier_list_follow_up": f"list_follow_up, {_NAME}",
}

_FTS_COLUMNS = "names, identifiers, place, notes"
_FTS_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"
PREFIX = "prefix = '2 3'"


def _sort_indexes(extra: str) -> None:
    for name, columns in SORT_INDEXES.items():
        op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute(f"CREATE INDEX {name} ON dossier ({columns}{extra})")


# --- SQLite FTS5 (a PostgreSQL backend has its own search; nothing to do there) ------------
def _remake_search_index(options: str) -> None:
    """dossier_fts anew with these FTS5 options, the same rows and the same triggers."""
    bind = op.get_bind()
    triggers = bind.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%dossier_fts%'"
    ).fetchall()
    for name, _sql in triggers:  # renaming a table checks the triggers that name it
        op.execute(f"DROP TRIGGER {name}")
    op.execute(f"CREATE VIRTUAL TABLE dossier_fts_new USING fts5({_FTS_COLUMNS}, {options})")
    op.execute(
        f"INSERT INTO dossier_fts_new(rowid, {_FTS_COLUMNS}) "
        f"SELECT rowid, {_FTS_COLUMNS} FROM dossier_fts ORDER BY rowid"
    )
    op.execute("DROP TABLE dossier_fts")
    op.execute("ALTER TABLE dossier_fts_new RENAME TO dossier_fts")
    op.execute("INSERT INTO dossier_fts(dossier_fts) VALUES ('optimize')")
    for _name, sql in triggers:
        bind.exec_driver_sql(sql)  # as stored: no bind-parameter parsing of the text


def upgrade() -> None:
    _sort_indexes(", status_code")
    if op.get_bind().dialect.name == "sqlite":
        _remake_search_index(f"{_FTS_TOKENIZE}, {PREFIX}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _remake_search_index(_FTS_TOKENIZE)
    _sort_indexes("")
