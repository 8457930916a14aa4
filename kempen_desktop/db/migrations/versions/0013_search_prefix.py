"""Search and list performance (issue 17).

Reserved ahead so parallel work keeps one linear history; filled by the performance change.

Revision ID: 0013
Revises: 0012
"""

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
