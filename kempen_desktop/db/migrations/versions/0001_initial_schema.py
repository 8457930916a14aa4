"""Initial schema: the whole product model plus the FTS5 search index over dossiers.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 06:25:01.328266
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


# Full-text search over dossiers (names, INSZ, klantnummer, dossier number, municipality,
# notes). One FTS row per dossier, keyed by dossier.num, kept in sync by triggers so that
# every writer (UI, import, CLI) keeps it right. Migrations are frozen history: this SQL
# is copied here on purpose and must not import from the application.
_FTS_ROW = """
    SELECT d.num,
           p.last_name || ' ' || p.first_name,
           coalesce(p.insz, '') || ' ' || coalesce(p.vdab_number, '') || ' ' || d.num,
           coalesce(m.name, '') || ' ' || p.postcode,
           d.situation || ' ' || coalesce(
               (SELECT group_concat(t.title || ' ' || t.body, ' ')
                  FROM timeline_entry t WHERE t.dossier_id = d.id), '')
      FROM dossier d
      JOIN person p ON p.id = d.person_id
      LEFT JOIN municipality m ON m.nis_code = p.municipality_nis
"""
_FTS_INSERT = "INSERT INTO dossier_fts(rowid, names, identifiers, place, notes) " + _FTS_ROW

FTS_STATEMENTS = [
    (
        "CREATE VIRTUAL TABLE dossier_fts USING fts5("
        "names, identifiers, place, notes, tokenize = 'unicode61 remove_diacritics 2')"
    ),
    f"""CREATE TRIGGER dossier_fts_ai AFTER INSERT ON dossier BEGIN
        {_FTS_INSERT} WHERE d.id = NEW.id;
    END""",
    f"""CREATE TRIGGER dossier_fts_au AFTER UPDATE OF num, person_id, situation ON dossier BEGIN
        DELETE FROM dossier_fts WHERE rowid = OLD.num;
        {_FTS_INSERT} WHERE d.id = NEW.id;
    END""",
    """CREATE TRIGGER dossier_fts_ad AFTER DELETE ON dossier BEGIN
        DELETE FROM dossier_fts WHERE rowid = OLD.num;
    END""",
    f"""CREATE TRIGGER person_fts_au AFTER UPDATE OF last_name, first_name, insz, vdab_number,
        municipality_nis, postcode ON person BEGIN
        DELETE FROM dossier_fts WHERE rowid IN (SELECT num FROM dossier WHERE person_id = NEW.id);
        {_FTS_INSERT} WHERE d.person_id = NEW.id;
    END""",
]
for _event, _ref in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
    FTS_STATEMENTS.append(
        f"""CREATE TRIGGER timeline_fts_{_event.lower()} AFTER {_event} ON timeline_entry BEGIN
            DELETE FROM dossier_fts WHERE rowid = (SELECT num FROM dossier WHERE id = {_ref}.dossier_id);
            {_FTS_INSERT} WHERE d.id = {_ref}.dossier_id;
        END"""  # noqa: E501 - the trigger SQL stays byte-identical to what databases hold
    )
FTS_OBJECTS = [
    ("TRIGGER", "timeline_fts_delete"),
    ("TRIGGER", "timeline_fts_update"),
    ("TRIGGER", "timeline_fts_insert"),
    ("TRIGGER", "person_fts_au"),
    ("TRIGGER", "dossier_fts_ad"),
    ("TRIGGER", "dossier_fts_au"),
    ("TRIGGER", "dossier_fts_ai"),
    ("TABLE", "dossier_fts"),
]


# PostgreSQL has no NOCASE collation; the models name it for the person's name columns. A
# deterministic ICU collation at strength 2 sorts "DE SMET" with "de Smet" (equality stays
# exact, so LIKE and unique indexes work as on SQLite).
PG_NOCASE = (
    'CREATE COLLATION IF NOT EXISTS "NOCASE" '
    "(provider = icu, locale = 'und-u-ks-level2', deterministic = true)"
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if not sqlite:
        op.execute(PG_NOCASE)
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_meta")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("detail", sa.String(length=400), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)

    op.create_table(
        "closing_reason",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=400), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_closing_reason")),
    )
    op.create_table(
        "contract_type",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=400), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_contract_type")),
    )
    op.create_table(
        "dossier_status",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=400), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_dossier_status")),
    )
    op.create_table(
        "import_batch",
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("rows_total", sa.Integer(), nullable=False),
        sa.Column("rows_new", sa.Integer(), nullable=False),
        sa.Column("rows_changed", sa.Integer(), nullable=False),
        sa.Column("rows_unchanged", sa.Integer(), nullable=False),
        sa.Column("rows_rejected", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    op.create_table(
        "import_mapping",
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("mapping_json", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mapping")),
        sa.UniqueConstraint("source", name=op.f("uq_import_mapping_source")),
    )
    op.create_table(
        "meeting_type",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=400), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_meeting_type")),
    )
    op.create_table(
        "municipality",
        sa.Column("nis_code", sa.String(length=5), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("arrondissement", sa.String(length=80), nullable=False),
        sa.Column("province", sa.String(length=80), nullable=False),
        sa.Column("postcodes", sa.String(length=200), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("successor_nis_code", sa.String(length=5), nullable=True),
        sa.PrimaryKeyConstraint("nis_code", name=op.f("pk_municipality")),
    )
    with op.batch_alter_table("municipality", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_municipality_name"), ["name"], unique=False)

    op.create_table(
        "partner_type",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=400), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_partner_type")),
    )
    op.create_table(
        "policy_action",
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("short_description", sa.String(length=100), nullable=False),
        sa.Column("long_description", sa.String(length=4000), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("priority", sa.Boolean(), nullable=False),
        sa.Column("wse_code", sa.String(length=10), nullable=True),
        sa.Column("report_text", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_action")),
    )
    with op.batch_alter_table("policy_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_policy_action_code"), ["code"], unique=False)

    op.create_table(
        "target_group",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=400), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_target_group")),
    )
    op.create_table(
        "event",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("policy_action_id", sa.Uuid(), nullable=True),
        sa.Column("participant_count", sa.Integer(), nullable=True),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["policy_action_id"],
            ["policy_action.id"],
            name=op.f("fk_event_policy_action_id_policy_action"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_held_on"), ["held_on"], unique=False)

    op.create_table(
        "meeting_series",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("meeting_type_code", sa.String(length=40), nullable=False),
        sa.Column("interval_months", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_type_code"],
            ["meeting_type.code"],
            name=op.f("fk_meeting_series_meeting_type_code_meeting_type"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_series")),
    )
    op.create_table(
        "partner",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("partner_type_code", sa.String(length=40), nullable=False),
        sa.Column("kbo_number", sa.String(length=10), nullable=True),
        sa.Column("municipality_nis", sa.String(length=5), nullable=True),
        sa.Column("sector", sa.String(length=120), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("inclusive_since", sa.Date(), nullable=True),
        sa.Column("inclusive_as", sa.String(length=20), nullable=True),
        sa.Column("inclusive_evidence", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_nis"],
            ["municipality.nis_code"],
            name=op.f("fk_partner_municipality_nis_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_type_code"],
            ["partner_type.code"],
            name=op.f("fk_partner_partner_type_code_partner_type"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
    )
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_kbo_number"), ["kbo_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_partner_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_partner_partner_type_code"), ["partner_type_code"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("last_name", sa.String(length=100, collation="NOCASE"), nullable=False),
        sa.Column("first_name", sa.String(length=100, collation="NOCASE"), nullable=False),
        sa.Column("insz", sa.String(length=11), nullable=True),
        sa.Column("vdab_number", sa.String(length=20), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("municipality_nis", sa.String(length=5), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_nis"],
            ["municipality.nis_code"],
            name=op.f("fk_person_municipality_nis_municipality"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("insz", name=op.f("uq_person_insz")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_name", ["last_name", "first_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_vdab_number"), ["vdab_number"], unique=False)

    op.create_table(
        "contact_person",
        sa.Column("partner_id", sa.Uuid(), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("function", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_contact_person_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_person")),
    )
    with op.batch_alter_table("contact_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_person_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "cooperation_entry",
        sa.Column("partner_id", sa.Uuid(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_cooperation_entry_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cooperation_entry")),
    )
    with op.batch_alter_table("cooperation_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cooperation_entry_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "event_partner",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("partner_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_partner_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_event_partner_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "partner_id", name=op.f("pk_event_partner")),
    )
    op.create_table(
        "meeting",
        sa.Column("meeting_type_code", sa.String(length=40), nullable=False),
        sa.Column("series_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("minutes_sent_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_type_code"],
            ["meeting_type.code"],
            name=op.f("fk_meeting_meeting_type_code_meeting_type"),
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["meeting_series.id"],
            name=op.f("fk_meeting_series_id_meeting_series"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_meeting_type_code"), ["meeting_type_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_meeting_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "dossier",
        sa.Column("num", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("status_code", sa.String(length=40), nullable=False),
        sa.Column("status_since", sa.Date(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closing_reason_code", sa.String(length=40), nullable=True),
        sa.Column("responsible_partner_id", sa.Uuid(), nullable=True),
        sa.Column("counsellor_id", sa.Uuid(), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("job_seeker_since", sa.Date(), nullable=True),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["closing_reason_code"],
            ["closing_reason.code"],
            name=op.f("fk_dossier_closing_reason_code_closing_reason"),
        ),
        sa.ForeignKeyConstraint(
            ["counsellor_id"],
            ["contact_person.id"],
            name=op.f("fk_dossier_counsellor_id_contact_person"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_dossier_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["responsible_partner_id"],
            ["partner.id"],
            name=op.f("fk_dossier_responsible_partner_id_partner"),
        ),
        sa.ForeignKeyConstraint(
            ["status_code"],
            ["dossier_status.code"],
            name=op.f("fk_dossier_status_code_dossier_status"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier")),
        sa.UniqueConstraint("num", name=op.f("uq_dossier_num")),
    )
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dossier_counsellor_id"), ["counsellor_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_dossier_follow_up_on"), ["follow_up_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_dossier_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_dossier_responsible_partner_id"),
            ["responsible_partner_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_dossier_status_code"), ["status_code"], unique=False)

    op.create_table(
        "meeting_participant",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("partner_id", sa.Uuid(), nullable=True),
        sa.Column("contact_person_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("attendance", sa.String(length=20), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_meeting_participant_contact_person_id_contact_person"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_participant_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_meeting_participant_partner_id_partner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_participant")),
    )
    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_participant_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "agenda_item",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=True),
        sa.Column("discussion", sa.Text(), nullable=False),
        sa.Column("agreements", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
            name=op.f("fk_agenda_item_dossier_id_dossier"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_agenda_item_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_dossier_id"), ["dossier_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "consent",
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("partner_id", sa.Uuid(), nullable=True),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=40), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
            name=op.f("fk_consent_dossier_id_dossier"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_consent_partner_id_partner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_dossier_id"), ["dossier_id"], unique=False)

    op.create_table(
        "dossier_target_group",
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("target_group_code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
            name=op.f("fk_dossier_target_group_dossier_id_dossier"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_group_code"],
            ["target_group.code"],
            name=op.f("fk_dossier_target_group_target_group_code_target_group"),
        ),
        sa.PrimaryKeyConstraint(
            "dossier_id", "target_group_code", name=op.f("pk_dossier_target_group")
        ),
    )
    with op.batch_alter_table("dossier_target_group", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dossier_target_group_target_group_code"),
            ["target_group_code"],
            unique=False,
        )

    op.create_table(
        "status_change",
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("from_code", sa.String(length=40), nullable=True),
        sa.Column("to_code", sa.String(length=40), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("closing_reason_code", sa.String(length=40), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["closing_reason_code"],
            ["closing_reason.code"],
            name=op.f("fk_status_change_closing_reason_code_closing_reason"),
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
            name=op.f("fk_status_change_dossier_id_dossier"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["from_code"],
            ["dossier_status.code"],
            name=op.f("fk_status_change_from_code_dossier_status"),
        ),
        sa.ForeignKeyConstraint(
            ["to_code"],
            ["dossier_status.code"],
            name=op.f("fk_status_change_to_code_dossier_status"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_change")),
    )
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_status_change_dossier_id"), ["dossier_id"], unique=False
        )

    op.create_table(
        "timeline_entry",
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("partner_id", sa.Uuid(), nullable=True),
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.Column("import_batch_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
            name=op.f("fk_timeline_entry_dossier_id_dossier"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_timeline_entry_import_batch_id_import_batch"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_timeline_entry_meeting_id_meeting"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_timeline_entry_partner_id_partner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timeline_entry")),
    )
    with op.batch_alter_table("timeline_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_timeline_entry_dossier", ["dossier_id", "occurred_at"], unique=False
        )

    op.create_table(
        "work_exit",
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("employer_partner_id", sa.Uuid(), nullable=True),
        sa.Column("employer_name", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=120), nullable=False),
        sa.Column("contract_type_code", sa.String(length=40), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("hours_per_week", sa.Double(), nullable=True),
        sa.Column("followup_6m_on", sa.Date(), nullable=True),
        sa.Column("still_working_6m", sa.Boolean(), nullable=True),
        sa.Column("followup_12m_on", sa.Date(), nullable=True),
        sa.Column("still_working_12m", sa.Boolean(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_type_code"],
            ["contract_type.code"],
            name=op.f("fk_work_exit_contract_type_code_contract_type"),
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
            name=op.f("fk_work_exit_dossier_id_dossier"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["employer_partner_id"],
            ["partner.id"],
            name=op.f("fk_work_exit_employer_partner_id_partner"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_exit")),
    )
    with op.batch_alter_table("work_exit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_work_exit_dossier_id"), ["dossier_id"], unique=False)

    op.create_table(
        "action_point",
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.Column("agenda_item_id", sa.Uuid(), nullable=True),
        sa.Column("dossier_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_partner_id", sa.Uuid(), nullable=True),
        sa.Column("owner_contact_id", sa.Uuid(), nullable=True),
        sa.Column("owner_is_regisseur", sa.Boolean(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_action_point_agenda_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
            name=op.f("fk_action_point_dossier_id_dossier"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_action_point_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_contact_id"],
            ["contact_person.id"],
            name=op.f("fk_action_point_owner_contact_id_contact_person"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_partner_id"],
            ["partner.id"],
            name=op.f("fk_action_point_owner_partner_id_partner"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_point")),
    )
    with op.batch_alter_table("action_point", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_point_deadline"), ["deadline"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_action_point_dossier_id"), ["dossier_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_point_meeting_id"), ["meeting_id"], unique=False
        )

    if sqlite:  # PostgreSQL's search index: migration 0014
        for statement in FTS_STATEMENTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for kind, name in FTS_OBJECTS:
            op.execute(f"DROP {kind} IF EXISTS {name}")
    with op.batch_alter_table("action_point", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_point_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_point_dossier_id"))
        batch_op.drop_index(batch_op.f("ix_action_point_deadline"))

    op.drop_table("action_point")
    with op.batch_alter_table("work_exit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_work_exit_dossier_id"))

    op.drop_table("work_exit")
    with op.batch_alter_table("timeline_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_timeline_entry_dossier")

    op.drop_table("timeline_entry")
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_change_dossier_id"))

    op.drop_table("status_change")
    with op.batch_alter_table("dossier_target_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_target_group_target_group_code"))

    op.drop_table("dossier_target_group")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_dossier_id"))

    op.drop_table("consent")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_dossier_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_participant_meeting_id"))

    op.drop_table("meeting_participant")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_status_code"))
        batch_op.drop_index(batch_op.f("ix_dossier_responsible_partner_id"))
        batch_op.drop_index(batch_op.f("ix_dossier_person_id"))
        batch_op.drop_index(batch_op.f("ix_dossier_follow_up_on"))
        batch_op.drop_index(batch_op.f("ix_dossier_counsellor_id"))

    op.drop_table("dossier")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_starts_at"))
        batch_op.drop_index(batch_op.f("ix_meeting_meeting_type_code"))

    op.drop_table("meeting")
    op.drop_table("event_partner")
    with op.batch_alter_table("cooperation_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cooperation_entry_partner_id"))

    op.drop_table("cooperation_entry")
    with op.batch_alter_table("contact_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_person_partner_id"))

    op.drop_table("contact_person")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_vdab_number"))
        batch_op.drop_index("ix_person_name")

    op.drop_table("person")
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_partner_type_code"))
        batch_op.drop_index(batch_op.f("ix_partner_name"))
        batch_op.drop_index(batch_op.f("ix_partner_kbo_number"))

    op.drop_table("partner")
    op.drop_table("meeting_series")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_held_on"))

    op.drop_table("event")
    op.drop_table("target_group")
    with op.batch_alter_table("policy_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_policy_action_code"))

    op.drop_table("policy_action")
    op.drop_table("partner_type")
    with op.batch_alter_table("municipality", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_municipality_name"))

    op.drop_table("municipality")
    op.drop_table("meeting_type")
    op.drop_table("import_mapping")
    op.drop_table("import_batch")
    op.drop_table("dossier_status")
    op.drop_table("contract_type")
    op.drop_table("closing_reason")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
    op.drop_table("app_meta")
