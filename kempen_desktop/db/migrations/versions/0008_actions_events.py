"""Reserved for actions and events (issue 16).

Empty until that work lands (the revisions are numbered ahead so parallel work keeps one
linear history). Plain op.create_table / op.add_column only (see 0004 on batch mode).

Revision ID: 0008
Revises: 0007
"""

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
