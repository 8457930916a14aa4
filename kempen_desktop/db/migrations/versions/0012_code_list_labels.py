"""Code-list labels per language (issue 14).

Reserved ahead so parallel work keeps one linear history; filled by the desk-work change.

Revision ID: 0012
Revises: 0011
"""

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
