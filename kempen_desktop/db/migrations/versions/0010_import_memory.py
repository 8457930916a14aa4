"""Honest import numbers and remembered decisions (issue 15).

* ``import_batch.rows_differs``: rows of a fill-mode import whose file values differ from
  the dossier and were not applied (the count the preview, the history and ``--json`` show).
* ``import_decision``: a review decision ("zelfde persoon") remembered for the next import
  of the same source. ``row_key`` is a SHA-256 of the source and the row's identity (name,
  birth date, klantnummer), never the identity itself.

Plain op.create_table / op.add_column only (see 0004 on batch mode).

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "import_batch",
        sa.Column("rows_differs", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "import_decision",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_key", sa.String(length=64), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("batch_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
            name=op.f("fk_import_decision_dossier_id_dossier"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batch.id"],
            name=op.f("fk_import_decision_batch_id_import_batch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_decision")),
        sa.UniqueConstraint("row_key", name=op.f("uq_import_decision_row_key")),
    )
    op.create_index(op.f("ix_import_decision_dossier_id"), "import_decision", ["dossier_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_import_decision_dossier_id"), table_name="import_decision")
    op.drop_table("import_decision")
    op.drop_column("import_batch", "rows_differs")
