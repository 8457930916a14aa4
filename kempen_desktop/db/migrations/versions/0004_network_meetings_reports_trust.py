"""Schema for partners, meetings, reports and trust, added in one step.

* ``partner_engagement``: dated history of a partner's engagement — partnership role
  (voortrekker / partner) or inclusive employer (as employer or as client of social
  economy, in which forms), with evidence (note, a dossier's exit to work, an event).
  Existing ``partner.inclusive_since`` values are copied in as the first engagement.
* ``partner.shared_fields``: the dossier fields a partner may receive in exports.
* ``meeting.organiser`` and ``meeting.moved_from_id`` (a moved meeting keeps its row with
  status *verplaatst*; the new date is a new meeting that points back to it).
* ``agenda_item.suggested_by``: the rule that put a dossier on the agenda, if any.
* ``dossier.discuss``: the "bespreken" flag used to build agendas.
* ``period_report_text``: the editable *inhoudelijke rapportering* per period and WSE code.
* ``dossier.anonymised_on`` / ``person.anonymised_on``: retention.
* an index on the audit trail by record, for the per-dossier audit view.

Plain ``op.add_column`` / ``op.create_table`` only: Alembic batch mode would rebuild
tables and drop the search and list triggers of migrations 0001 and 0002.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _new_id() -> str:
    """A new UUID in SQL: SQLite stores them as 32 hex digits, PostgreSQL as uuid."""
    if op.get_bind().dialect.name == "sqlite":
        return "lower(hex(randomblob(16)))"
    return "gen_random_uuid()"


def upgrade() -> None:
    op.create_table(
        "partner_engagement",
        sa.Column("partner_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=True),
        sa.Column("engaged_as", sa.String(length=20), nullable=True),
        sa.Column("forms", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False, server_default=""),
        sa.Column("work_exit_id", sa.Uuid(), nullable=True),
        sa.Column("event_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_partner_engagement_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["work_exit_id"],
            ["work_exit.id"],
            name=op.f("fk_partner_engagement_work_exit_id_work_exit"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_partner_engagement_event_id_event"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_engagement")),
    )
    op.create_index(op.f("ix_partner_engagement_partner_id"), "partner_engagement", ["partner_id"])
    op.execute(
        "INSERT INTO partner_engagement (id, partner_id, kind, engaged_as, forms, started_on, "
        "evidence, "
        "created_at, updated_at) "
        f"SELECT {_new_id()}, id, 'inclusief', "
        "CASE WHEN inclusive_as = 'opdrachtgever' THEN 'opdrachtgever' ELSE 'werkgever' END, '', "
        "inclusive_since, inclusive_evidence, created_at, updated_at "
        "FROM partner WHERE inclusive_since IS NOT NULL"
    )
    op.add_column(
        "partner", sa.Column("shared_fields", sa.Text(), nullable=False, server_default="")
    )
    op.add_column(
        "meeting", sa.Column("organiser", sa.String(length=200), nullable=False, server_default="")
    )
    op.add_column("meeting", sa.Column("moved_from_id", sa.Uuid(), nullable=True))
    op.add_column(
        "agenda_item",
        sa.Column("suggested_by", sa.String(length=40), nullable=False, server_default=""),
    )
    op.add_column("dossier", sa.Column("discuss", sa.Boolean(), nullable=False, server_default="0"))
    op.add_column("dossier", sa.Column("anonymised_on", sa.Date(), nullable=True))
    op.add_column("person", sa.Column("anonymised_on", sa.Date(), nullable=True))
    op.create_table(
        "period_report_text",
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("wse_code", sa.String(length=10), nullable=False),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_report_text")),
        sa.UniqueConstraint(
            "period_start", "period_end", "wse_code", name="uq_period_report_text_period"
        ),
    )
    op.create_index("ix_audit_entry_record", "audit_entry", ["entity", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_entry_record", table_name="audit_entry")
    op.drop_table("period_report_text")
    for table, column in (
        ("person", "anonymised_on"),
        ("dossier", "anonymised_on"),
        ("dossier", "discuss"),
        ("agenda_item", "suggested_by"),
        ("meeting", "moved_from_id"),
        ("meeting", "organiser"),
        ("partner", "shared_fields"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    op.drop_index(op.f("ix_partner_engagement_partner_id"), table_name="partner_engagement")
    op.drop_table("partner_engagement")
