"""Reserved for performance (issue 17): search rows written per batch instead of per row.

Empty until that work lands (the revisions are numbered ahead so parallel work keeps one
linear history). Guard SQLite-only SQL with the dialect; it must run on PostgreSQL too.

Revision ID: 0016
Revises: 0015
"""

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
