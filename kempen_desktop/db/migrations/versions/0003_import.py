"""Import of VDAB/OCMW lists: saved profiles, batch details and the changes undo needs.

* ``import_profile`` replaces the unused ``import_mapping``: a mapping profile is kept
  as the TOML text the user can also export.
* ``import_batch`` gains the profile name, the update mode and the number of rows left
  for a decision.
* ``import_change`` records, per dossier, what a batch created or changed, with the
  previous values, so that undo restores them exactly.

Plain ``op.add_column`` / ``op.create_table`` only: Alembic batch mode would rebuild
tables and drop the search and list triggers of migrations 0001 and 0002.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_profile",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("toml", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_profile")),
        sa.UniqueConstraint("name", name=op.f("uq_import_profile_name")),
    )
    op.drop_table("import_mapping")
    op.add_column(
        "import_batch",
        sa.Column("profile_name", sa.String(length=100), nullable=False, server_default=""),
    )
    op.add_column(
        "import_batch",
        sa.Column("mode", sa.String(length=20), nullable=False, server_default="fill"),
    )
    op.add_column(
        "import_batch", sa.Column("rows_review", sa.Integer(), nullable=False, server_default="0")
    )
    op.create_table(
        "import_change",
        sa.Column("batch_id", sa.Uuid(), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=True),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=False),
        sa.Column("after_json", sa.Text(), nullable=False),
        sa.Column("stamp_after", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batch.id"],
            name=op.f("fk_import_change_batch_id_import_batch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_change")),
    )
    op.create_index(op.f("ix_import_change_batch_id"), "import_change", ["batch_id"], unique=False)
    # Timeline entries of a batch are looked up (and removed) by batch on undo.
    op.create_index(
        "ix_timeline_entry_import_batch_id", "timeline_entry", ["import_batch_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_timeline_entry_import_batch_id", table_name="timeline_entry")
    op.drop_index(op.f("ix_import_change_batch_id"), table_name="import_change")
    op.drop_table("import_change")
    for column in ("rows_review", "mode", "profile_name"):
        op.execute(f"ALTER TABLE import_batch DROP COLUMN {column}")
    op.create_table(
        "import_mapping",
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("mapping_json", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mapping")),
        sa.UniqueConstraint("source", name=op.f("uq_import_mapping_source")),
    )
    op.drop_table("import_profile")
