"""A counter for dossier numbers that only grows, so a number is never handed out twice.

Before this, a new dossier got ``max(dossier.num) + 1``: after deleting dossier 2001 (or
undoing the import that made it) the next dossier got 2001 again, and a printed fiche or
an e-mail about "dossier 2001" then pointed at another person.

* ``counter``: one row per kind of number (``dossier.num``), the last number handed out.
  It starts at the highest number known to have been given: the dossiers still there and
  the numbers recorded in the import history (``import_change.after_json``), which also
  holds dossiers deleted or undone since.
* a trigger raises the counter whenever a dossier is inserted with a higher number, so a
  writer that does not take its numbers from the counter cannot make it fall behind.

Plain ``op.create_table`` only (see 0004 on batch mode).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "counter",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counter")),
    )
    if op.get_bind().dialect.name != "sqlite":
        # A PostgreSQL database starts empty; the trigger is the function of 0014.
        op.execute("INSERT INTO counter (name, value) VALUES ('dossier.num', 0)")
        return
    # json_valid first: json_extract raises on a malformed text instead of giving NULL.
    op.execute(
        "INSERT INTO counter (name, value) SELECT 'dossier.num', max("
        "(SELECT coalesce(max(num), 0) FROM dossier), "
        "(SELECT coalesce(max(CAST(json_extract(after_json, '$.num') AS INTEGER)), 0) "
        " FROM import_change WHERE json_valid(after_json)))"
    )
    op.execute(
        "CREATE TRIGGER counter_dossier_num AFTER INSERT ON dossier "
        "BEGIN UPDATE counter SET value = NEW.num WHERE name = 'dossier.num' AND value < NEW.num; "
        "END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS counter_dossier_num")
    op.drop_table("counter")
