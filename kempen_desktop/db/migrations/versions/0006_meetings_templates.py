"""Meeting templates (issue 13): the standard free agenda items of a kind of meeting.

* ``meeting_template_item``: per meeting type, in order, the titles of the free items put
  on the agenda of every new meeting of that type (e.g. "Welkom en verslag vorig overleg",
  "Varia"). Editable from the agenda editor; applied when a meeting is planned.

Plain op.create_table only (see 0004 on batch mode).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_template_item",
        sa.Column("meeting_type_code", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_type_code"],
            ["meeting_type.code"],
            name=op.f("fk_meeting_template_item_meeting_type_code_meeting_type"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_template_item")),
    )
    op.create_index(
        op.f("ix_meeting_template_item_meeting_type_code"),
        "meeting_template_item",
        ["meeting_type_code"],
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_meeting_template_item_meeting_type_code"), table_name="meeting_template_item"
    )
    op.drop_table("meeting_template_item")
