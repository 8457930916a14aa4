"""A version on every editable record, and a change signal for other users' lists (issue 19).

``version`` (INTEGER NOT NULL DEFAULT 1) on dossier, person, partner, contact_person,
meeting, agenda_item, action_point, policy_action and event: the ORM bumps it on every
update and refuses an update over a version it did not read (db/models/versioned.py).
Plain ADD COLUMN with a server default: runs on SQLite and PostgreSQL alike.

On PostgreSQL the tables the lists show also get a statement-level trigger that sends
``NOTIFY kempen_changes`` (delivered when the writing transaction commits, several in one
transaction folded into one): an open app refreshes its lists when another user changed
data (app/changes_watch.py). SQLite needs no trigger: ``PRAGMA data_version`` tells a
connection that another one committed.

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

VERSIONED = (
    "dossier",
    "person",
    "partner",
    "contact_person",
    "meeting",
    "agenda_item",
    "action_point",
    "policy_action",
    "event",
)
# What the lists show: a change to one of these refreshes other users' lists.
WATCHED = (
    *VERSIONED,
    "dossier_target_group",
    "status_change",
    "timeline_entry",
    "consent",
    "work_exit",
    "partner_engagement",
    "cooperation_entry",
    "meeting_participant",
)
NOTIFY_FUNCTION = """CREATE FUNCTION kempen_notify_change() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('kempen_changes', ''); RETURN NULL; END $$"""


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(NOTIFY_FUNCTION)
    for table in WATCHED:
        op.execute(
            f"CREATE TRIGGER kempen_notify_{table} AFTER INSERT OR UPDATE OR DELETE "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION kempen_notify_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in WATCHED:
            op.execute(f"DROP TRIGGER IF EXISTS kempen_notify_{table} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS kempen_notify_change()")
    for table in VERSIONED:
        op.drop_column(table, "version")
