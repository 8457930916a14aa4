"""Reserved for team-mode scale (issue 19): indexes for 1,000,000 dossiers on PostgreSQL.

Empty until that work lands (the revisions are numbered ahead so parallel work keeps one
linear history). Guard dialect-specific SQL with `op.get_bind().dialect.name`.

Revision ID: 0017
Revises: 0016
"""

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
