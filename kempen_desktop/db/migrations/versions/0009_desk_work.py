"""Reserved for desk work (issue 14): labels per language and whatever else desk work needs.

Empty until that work lands (the revisions are numbered ahead so parallel work keeps one
linear history). Plain op.create_table / op.add_column only (see 0004 on batch mode).

Revision ID: 0009
Revises: 0008
"""

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
