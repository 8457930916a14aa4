"""Honest numbers (issue 15): ``partner.network_since``, the day a partner joined the network.

The inclusive-employer indicator as of a day D counts only the employers that were in the
network on D. Existing partners get the start of their first engagement, or else the day
they were created. Plain ``op.add_column`` (see 0004 on batch mode).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("partner", sa.Column("network_since", sa.Date(), nullable=True))
    if op.get_bind().dialect.name != "sqlite":
        return  # a PostgreSQL database starts empty: no partners to date
    op.execute(
        "UPDATE partner SET network_since = coalesce("
        "(SELECT min(e.started_on) FROM partner_engagement e WHERE e.partner_id = partner.id), "
        "substr(partner.created_at, 1, 10))"
    )
    op.execute(
        "UPDATE partner SET network_since = inclusive_since "
        "WHERE inclusive_since IS NOT NULL AND inclusive_since < network_since"
    )


def downgrade() -> None:
    op.drop_column("partner", "network_since")
