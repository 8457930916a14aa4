"""Actions and events (issue 16).

* ``policy_action``: ``parent_id`` and ``level`` (the tree beleidsdoelstelling → actieplan →
  actie), ``responsible``; ``policy_action_partner``: the partners involved.
* ``action_status``: the editable list of action statuses (seeded from reference data).
* ``action_indicator`` and ``indicator_measurement``: indicators per action and their dated
  values; ``action_report``: the inhoudelijke rapportering per action and report period.
* ``event``: ``ends_on``, ``target_groups``, ``contacts``, ``interviews``, ``other_hires``;
  ``event_employer``: participating employers; ``event_participant``: dossiers at an event.

Plain op.create_table / op.add_column only (see 0004 on batch mode).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _link(name: str, left: str, left_table: str, right: str = "partner") -> None:
    op.create_table(
        name,
        sa.Column(left, sa.Uuid(), nullable=False),
        sa.Column(f"{right}_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            [left],
            [f"{left_table}.id"],
            name=op.f(f"fk_{name}_{left}_{left_table}"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            [f"{right}_id"],
            [f"{right}.id"],
            name=op.f(f"fk_{name}_{right}_id_{right}"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(left, f"{right}_id", name=op.f(f"pk_{name}")),
    )


def upgrade() -> None:
    # SQLite adds a column with a reference only as plain SQL (alembic refuses the constraint);
    # PostgreSQL keeps ids as uuid, not CHAR(32).
    id_type = "CHAR(32)" if op.get_bind().dialect.name == "sqlite" else "UUID"
    op.execute(
        f"ALTER TABLE policy_action ADD COLUMN parent_id {id_type} "
        "CONSTRAINT fk_policy_action_parent_id_policy_action "
        "REFERENCES policy_action (id) ON DELETE SET NULL"
    )
    op.create_index(op.f("ix_policy_action_parent_id"), "policy_action", ["parent_id"])
    op.add_column(
        "policy_action",
        sa.Column("level", sa.String(length=20), nullable=False, server_default="actie"),
    )
    op.add_column(
        "policy_action",
        sa.Column("responsible", sa.String(length=200), nullable=False, server_default=""),
    )
    _link("policy_action_partner", "policy_action_id", "policy_action")
    _link("policy_action_meeting", "policy_action_id", "policy_action", "meeting")
    op.create_table(
        "action_status",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=400), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_action_status")),
    )
    op.create_table(
        "action_indicator",
        sa.Column("action_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("computed", sa.String(length=40), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False, server_default="0"),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["policy_action.id"],
            name=op.f("fk_action_indicator_action_id_policy_action"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_indicator")),
    )
    op.create_index(op.f("ix_action_indicator_action_id"), "action_indicator", ["action_id"])
    op.create_table(
        "indicator_measurement",
        sa.Column("indicator_id", sa.Uuid(), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False, server_default=""),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["action_indicator.id"],
            name=op.f("fk_indicator_measurement_indicator_id_action_indicator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_measurement")),
    )
    op.create_index(
        op.f("ix_indicator_measurement_indicator_id"), "indicator_measurement", ["indicator_id"]
    )
    op.create_table(
        "action_report",
        sa.Column("action_id", sa.Uuid(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["policy_action.id"],
            name=op.f("fk_action_report_action_id_policy_action"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_report")),
        sa.UniqueConstraint(
            "action_id", "period_start", "period_end", name="uq_action_report_period"
        ),
    )
    op.create_index(op.f("ix_action_report_action_id"), "action_report", ["action_id"])

    op.add_column("event", sa.Column("ends_on", sa.Date(), nullable=True))
    op.add_column(
        "event",
        sa.Column("target_groups", sa.String(length=400), nullable=False, server_default=""),
    )
    op.add_column("event", sa.Column("contacts", sa.Integer(), nullable=True))
    op.add_column("event", sa.Column("interviews", sa.Integer(), nullable=True))
    op.add_column("event", sa.Column("other_hires", sa.Integer(), nullable=True))
    _link("event_employer", "event_id", "event")
    op.create_table(
        "event_participant",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("attended", sa.Boolean(), nullable=False, server_default="1"),
        sa.Column("hired", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("work_exit_id", sa.Uuid(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_participant_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
            name=op.f("fk_event_participant_dossier_id_dossier"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["work_exit_id"],
            ["work_exit.id"],
            name=op.f("fk_event_participant_work_exit_id_work_exit"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_participant")),
        sa.UniqueConstraint("event_id", "dossier_id", name="uq_event_participant_dossier"),
    )
    op.create_index(op.f("ix_event_participant_event_id"), "event_participant", ["event_id"])
    op.create_index(op.f("ix_event_participant_dossier_id"), "event_participant", ["dossier_id"])
    # statuses were free text: keep them, as codes of the new list where they match
    op.execute(
        "UPDATE policy_action SET status = CASE lower(status) "
        "WHEN 'niet gestart' THEN 'niet_gestart' WHEN 'in uitvoering' THEN 'in_uitvoering' "
        "WHEN 'afgerond' THEN 'afgerond' WHEN 'beëindigd' THEN 'afgerond' "
        "WHEN 'uitgesteld' THEN 'uitgesteld' WHEN 'stopgezet' THEN 'stopgezet' ELSE status END"
    )


def downgrade() -> None:
    op.drop_table("event_participant")
    op.drop_table("event_employer")
    for column in ("other_hires", "interviews", "contacts", "target_groups", "ends_on"):
        op.drop_column("event", column)
    op.drop_table("action_report")
    op.drop_table("indicator_measurement")
    op.drop_table("action_indicator")
    op.drop_table("action_status")
    op.drop_table("policy_action_meeting")
    op.drop_table("policy_action_partner")
    op.drop_index(op.f("ix_policy_action_parent_id"), table_name="policy_action")
    for column in ("responsible", "level", "parent_id"):
        op.drop_column("policy_action", column)
