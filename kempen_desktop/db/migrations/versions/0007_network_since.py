"""Reserved for honest numbers (issue 15): partner 'in netwerk sinds' and whatever else reports need.

Empty until that work lands (the revisions are numbered ahead so parallel work keeps one
linear history). Plain op.create_table / op.add_column only (see 0004 on batch mode).

Revision ID: 0007
Revises: 0006
"""

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
