"""Reserved for the meetings work (issue 13): meeting templates and whatever else the agenda needs.

Empty until that work lands (the revisions are numbered ahead so parallel work keeps one
linear history). Plain op.create_table / op.add_column only (see 0004 on batch mode).

Revision ID: 0006
Revises: 0005
"""

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
