"""Who may see what on a shared PostgreSQL database: roles, grants and row-level security.

This is the team mode's access model, enforced by PostgreSQL itself (a user with psql and
hand-written SQL gets no more than the app shows):

* ``kempen_regisseur`` (NOLOGIN group): reads and writes every table, sees every row.
* ``kempen_begeleider``: sees and edits only the dossiers its partner *follows* (responsible
  partner, or the partner of the dossier's counsellor: domain.consent.follows) *and* for
  which the partner holds a valid consent today (domain.consent.consent_valid: given on or
  before today, not expired, not withdrawn), with what hangs off them (person, timeline,
  status history, work exits, target groups, agenda items, action points, event
  participation, the search row); of the consents only its own partner's. It cannot create
  dossiers: a dossier without a consent is not yet the begeleider's.
* ``kempen_lezer``: reads figures and lists through the views ``kempen_lezer_dossiers`` and
  ``kempen_lezer_figures`` (no INSZ, birth date, address, notes or situation), and has no
  SELECT on the tables that hold them.
* Every login role is a member of exactly one group (``team user add``); a begeleider's
  partner is recorded in ``team_member(role_name, partner_id)``, read through
  ``current_user`` by the policies and written only by the owner (``team user add``).
* ``audit_entry`` is append-only for the app's roles (INSERT and SELECT, no UPDATE or
  DELETE) and a trigger writes ``current_user`` into its user column, so the app cannot
  record another name.

Why not in a migration: migrations run for every database, also the local SQLite file, and
on the server as the schema's owner, who may not create roles (CREATEROLE is the IT
department's to give). The group roles are cluster-wide objects that only IT may create, so
``kempen team init`` (run by IT as the owner with CREATEROLE, or a superuser) creates all
of this, and is safe to run again -- after every schema upgrade, so that new tables get
their grants and policies (a new table is the regisseur's at once, through default
privileges, and stays closed to the begeleider and the lezer until then).

The policies call small SECURITY DEFINER functions (owned by whoever ran ``team init``,
who bypasses row-level security) for the checks that read other protected tables: a
policy reading a table with its own policy would recurse.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from sqlalchemy import Connection, bindparam, text

GROUPS = {
    "regisseur": "kempen_regisseur",
    "begeleider": "kempen_begeleider",
    "lezer": "kempen_lezer",
}
REGISSEUR, BEGELEIDER, LEZER = GROUPS["regisseur"], GROUPS["begeleider"], GROUPS["lezer"]
APP_GROUPS = (REGISSEUR, BEGELEIDER, LEZER)

# Tables every role may read: code lists, municipalities, bookkeeping of the schema.
REFERENCE_TABLES = (
    "action_status",
    "alembic_version",
    "app_meta",
    "closing_reason",
    "contract_type",
    "dossier_status",
    "meeting_type",
    "municipality",
    "partner_type",
    "sort_fold",
    "sort_position",
    "target_group",
)
# What else a begeleider may read whole: no client data -- the partner directory and its
# history, the policy plan, events, import batches (counts and file names), the counter.
BEGELEIDER_READS = (
    "action_indicator",
    "action_report",
    "contact_person",
    "cooperation_entry",
    "counter",
    "event",
    "event_employer",
    "event_partner",
    "import_batch",
    "indicator_measurement",
    "meeting_series",
    "meeting_template_item",
    "partner",
    "partner_engagement",
    "policy_action",
    "policy_action_meeting",
    "policy_action_partner",
)
# What a lezer may read whole besides the views: the policy plan, its figures and events.
LEZER_READS = (
    "action_indicator",
    "action_report",
    "event",
    "event_employer",
    "event_partner",
    "indicator_measurement",
    "policy_action",
    "policy_action_meeting",
    "policy_action_partner",
)
# Rows of a dossier (their dossier_id names it) -> the begeleider's privileges on them.
DOSSIER_ROWS = {
    "timeline_entry": "SELECT, INSERT, UPDATE, DELETE",
    "status_change": "SELECT, INSERT, UPDATE, DELETE",
    "work_exit": "SELECT, INSERT, UPDATE, DELETE",
    "dossier_target_group": "SELECT, INSERT, UPDATE, DELETE",
    "agenda_item": "SELECT",
    "action_point": "SELECT, UPDATE",
    "event_participant": "SELECT",
    "consent": "SELECT",
}
# Partner columns a lezer may read (not the regisseur's notes on the partner).
LEZER_PARTNER_COLUMNS = (
    "id", "name", "partner_type_code", "kbo_number", "municipality_nis", "sector", "postcode",
    "role", "active", "inclusive_since", "network_since",
)  # fmt: skip

_ME = "kempen_team_partner()"

FUNCTIONS = [
    """CREATE TABLE IF NOT EXISTS team_member (
        role_name TEXT PRIMARY KEY,
        partner_id UUID REFERENCES partner (id) ON DELETE CASCADE)""",
    # The policies look consents up by partner (the schema's index is by dossier).
    "CREATE INDEX IF NOT EXISTS ix_team_consent_partner ON consent (partner_id, dossier_id)",
    # Invoker's rights on purpose: current_user is the connected user's role here.
    """CREATE OR REPLACE FUNCTION kempen_team_partner() RETURNS uuid
        LANGUAGE sql STABLE SET search_path = public, pg_temp
        AS $$ SELECT partner_id FROM team_member WHERE role_name = current_user $$""",
    # domain.consent.consent_valid on the server's date.
    """CREATE OR REPLACE FUNCTION kempen_has_consent(dossier uuid, partner uuid)
        RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
        SELECT partner IS NOT NULL AND EXISTS (
            SELECT 1 FROM consent k
             WHERE k.dossier_id = dossier AND k.partner_id = partner
               AND k.given_on <= CURRENT_DATE
               AND (k.valid_until IS NULL OR k.valid_until >= CURRENT_DATE)
               AND (k.withdrawn_on IS NULL OR k.withdrawn_on > CURRENT_DATE)) $$""",
    # domain.consent.follows: responsible partner, or the partner of the counsellor.
    """CREATE OR REPLACE FUNCTION kempen_follows(responsible uuid, counsellor uuid, partner uuid)
        RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
        SELECT partner IS NOT NULL AND (responsible = partner OR EXISTS (
            SELECT 1 FROM contact_person c
             WHERE c.id = counsellor AND c.partner_id = partner)) $$""",
    # The dossiers a partner may see, as one set: a policy `id IN (SELECT ...)` runs it once
    # per query (a hashed subplan), not once per row -- a per-row check took seconds for a
    # few thousand timeline lines.
    """CREATE OR REPLACE FUNCTION kempen_visible_dossiers(partner uuid)
        RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
        SELECT d.id FROM dossier d
         WHERE (d.responsible_partner_id = partner OR d.counsellor_id IN (
                    SELECT c.id FROM contact_person c WHERE c.partner_id = partner))
           AND d.id IN (
                SELECT k.dossier_id FROM consent k
                 WHERE k.partner_id = partner AND k.given_on <= CURRENT_DATE
                   AND (k.valid_until IS NULL OR k.valid_until >= CURRENT_DATE)
                   AND (k.withdrawn_on IS NULL OR k.withdrawn_on > CURRENT_DATE)) $$""",
    """CREATE OR REPLACE FUNCTION kempen_visible_persons(partner uuid)
        RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
        SELECT d.person_id FROM dossier d
         WHERE d.id IN (SELECT kempen_visible_dossiers(partner)) $$""",
    """CREATE OR REPLACE FUNCTION kempen_visible_nums(partner uuid)
        RETURNS SETOF integer LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
        SELECT d.num FROM dossier d
         WHERE d.id IN (SELECT kempen_visible_dossiers(partner)) $$""",
    # A meeting: one of its agenda items or action points is on a visible dossier (or the
    # action point is the partner's), or the partner sat at the table.
    """CREATE OR REPLACE FUNCTION kempen_visible_meetings(partner uuid)
        RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
        SELECT p.meeting_id FROM meeting_participant p WHERE p.partner_id = partner
        UNION
        SELECT a.meeting_id FROM agenda_item a
         WHERE a.dossier_id IN (SELECT kempen_visible_dossiers(partner))
        UNION
        SELECT x.meeting_id FROM action_point x
         WHERE x.owner_partner_id = partner
            OR x.dossier_id IN (SELECT kempen_visible_dossiers(partner)) $$""",
    # The audit log names the connected role; the app cannot write another name.
    """CREATE OR REPLACE FUNCTION kempen_audit_user() RETURNS trigger LANGUAGE plpgsql
        AS $$ BEGIN NEW."user" := current_user; RETURN NEW; END $$""",
    'ALTER TABLE audit_entry ALTER COLUMN "user" SET DEFAULT current_user',
    "DROP TRIGGER IF EXISTS audit_entry_user ON audit_entry",
    """CREATE TRIGGER audit_entry_user BEFORE INSERT ON audit_entry
        FOR EACH ROW EXECUTE FUNCTION kempen_audit_user()""",
]

VIEWS = [
    "DROP VIEW IF EXISTS kempen_lezer_figures",
    "DROP VIEW IF EXISTS kempen_lezer_dossiers",
    # The dossier list without INSZ, birth date, address, contact details or notes.
    """CREATE VIEW kempen_lezer_dossiers AS
        SELECT d.num, p.last_name, p.first_name, m.name AS municipality,
               d.status_code, s.label AS status, d.status_since, d.opened_on, d.closed_on,
               d.closing_reason_code, r.name AS responsible_partner,
               c.first_name || ' ' || c.last_name AS counsellor,
               d.list_groups AS target_groups, d.follow_up_on
          FROM dossier d
          JOIN person p ON p.id = d.person_id
          JOIN dossier_status s ON s.code = d.status_code
          LEFT JOIN municipality m ON m.nis_code = p.municipality_nis
          LEFT JOIN partner r ON r.id = d.responsible_partner_id
          LEFT JOIN contact_person c ON c.id = d.counsellor_id""",
    """CREATE VIEW kempen_lezer_figures AS
        SELECT s.label AS status, r.name AS responsible_partner, count(*) AS dossiers
          FROM dossier d
          JOIN dossier_status s ON s.code = d.status_code
          LEFT JOIN partner r ON r.id = d.responsible_partner_id
         GROUP BY s.label, r.name""",
]


def _policy(
    table: str, name: str, role: str, command: str, using: str, check: str = ""
) -> list[str]:
    clause = f"CREATE POLICY {name} ON {table} AS PERMISSIVE FOR {command} TO {role}"
    if command != "INSERT":
        clause += f" USING ({using})"
    if command != "SELECT":
        clause += f" WITH CHECK ({check or using})"
    return [f"DROP POLICY IF EXISTS {name} ON {table}", clause]


def _row_security(table: str, begeleider_rule: tuple[str, str] | None) -> list[str]:
    statements = [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        *_policy(table, f"kempen_regisseur_all_{table}", REGISSEUR, "ALL", "true"),
    ]
    if begeleider_rule is not None:
        using, check = begeleider_rule
        statements += _policy(table, f"kempen_begeleider_{table}", BEGELEIDER, "ALL", using, check)
    return statements


def _begeleider_rules() -> dict[str, tuple[str, str]]:
    """Table -> (which rows a begeleider sees, what a row it writes must satisfy)."""
    visible = f"SELECT kempen_visible_dossiers({_ME})"
    rules = {
        "dossier": (
            f"id IN ({visible})",
            # The written row itself: handing the dossier to another partner is refused.
            (
                f"kempen_follows(responsible_partner_id, counsellor_id, {_ME}) "
                f"AND kempen_has_consent(id, {_ME})"
            ),
        ),
        "person": (f"id IN (SELECT kempen_visible_persons({_ME}))", ""),
        "dossier_search": (f"num IN (SELECT kempen_visible_nums({_ME}))", ""),
        # Its terms (migration 0017): written by a trigger, read by the search.
        "dossier_search_term": (f"num IN (SELECT kempen_visible_nums({_ME}))", ""),
        "meeting": (f"id IN (SELECT kempen_visible_meetings({_ME}))", ""),
    }
    rules |= {table: (f"dossier_id IN ({visible})", "") for table in DOSSIER_ROWS}
    # Never another partner's consent.
    rules["consent"] = (f"dossier_id IN ({visible}) AND partner_id = {_ME}", "")
    # Items and action points on no dossier: those of a meeting the partner may see (they
    # are in its minutes too); an action point on a dossier it may not see stays hidden,
    # also when it is the partner's own (its minutes mask that text as well).
    meetings = f"SELECT kempen_visible_meetings({_ME})"
    for table in ("agenda_item", "action_point"):
        rules[table] = (
            f"dossier_id IN ({visible}) OR (dossier_id IS NULL AND meeting_id IN ({meetings}))",
            "",
        )
    return rules


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tables(connection: Connection) -> list[str]:
    return list(
        connection.execute(
            text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                "ORDER BY tablename"
            )
        ).scalars()
    )


def group_statements() -> list[str]:
    """Create the three NOLOGIN group roles when missing (cluster-wide objects)."""
    return [
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') "
        f"THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
        for group in APP_GROUPS
    ]


def grant_statements(tables: list[str]) -> list[str]:
    """Start from nothing, then grant each group what it may (an unlisted table stays closed
    to the begeleider and the lezer)."""
    groups = ", ".join(APP_GROUPS)
    statements = [
        # Nobody but the owner creates objects here (PostgreSQL 15's default, not 13's and
        # 14's): a user's own function or operator could otherwise shadow one a policy uses.
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {groups}",
    ]
    statements += [f"REVOKE ALL ON {table} FROM {groups}" for table in tables]
    statements += [
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {REGISSEUR}"
        for table in tables
        if table not in ("audit_entry", "team_member", "alembic_version")
    ]
    for table in REFERENCE_TABLES:
        if table in tables:
            statements.append(f"GRANT SELECT ON {table} TO {groups}")
    statements += [
        f"GRANT SELECT ON team_member TO {groups}",
        f"GRANT SELECT, INSERT ON audit_entry TO {groups}",  # append-only: no UPDATE/DELETE
        f"GRANT SELECT, UPDATE ON dossier, person TO {BEGELEIDER}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON dossier_search TO {BEGELEIDER}",  # triggers
        f"GRANT SELECT ON dossier_search_term TO {BEGELEIDER}",  # its trigger is the definer's
        f"GRANT SELECT ON meeting, meeting_participant TO {BEGELEIDER}",
        *(f"GRANT SELECT ON {table} TO {BEGELEIDER}" for table in BEGELEIDER_READS),
        *(f"GRANT {rights} ON {table} TO {BEGELEIDER}" for table, rights in DOSSIER_ROWS.items()),
        *(f"GRANT SELECT ON {table} TO {LEZER}" for table in LEZER_READS),
        f"GRANT SELECT ({', '.join(LEZER_PARTNER_COLUMNS)}) ON partner TO {LEZER}",
        f"GRANT SELECT ON kempen_lezer_dossiers, kempen_lezer_figures TO {LEZER}, {REGISSEUR}",
    ]
    return statements


def policy_statements() -> list[str]:
    statements: list[str] = []
    for table, rule in _begeleider_rules().items():
        statements += _row_security(table, rule)
    # The audit log: the regisseur reads all of it, the others their own lines.
    statements += _row_security("audit_entry", None)
    for group in (BEGELEIDER, LEZER):
        statements += _policy(
            "audit_entry", f"{group}_audit_read", group, "SELECT", '"user" = current_user::text'
        )
        statements += _policy("audit_entry", f"{group}_audit_add", group, "INSERT", "", "true")
    return statements


def set_up_access(connection: Connection) -> None:
    """`kempen team init`: groups, grants, policies, views, audit trigger. Idempotent."""
    for statement in [*group_statements(), *FUNCTIONS, *VIEWS]:
        connection.execute(text(statement))
    for statement in [*grant_statements(_tables(connection)), *policy_statements()]:
        connection.execute(text(statement))
    # A table a later migration adds (run by the schema's owner) is the regisseur's at once;
    # the begeleider and the lezer get it only through the next `team init`.
    owner = connection.execute(
        text(
            "SELECT tableowner FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename = 'dossier'"
        )
    )
    connection.execute(
        text(
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {_quoted(str(owner.scalar()))} IN SCHEMA public "
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {REGISSEUR}"
        )
    )


def role_exists(connection: Connection, name: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


def is_superuser(connection: Connection, name: str) -> bool:
    found = connection.execute(
        text("SELECT rolsuper FROM pg_roles WHERE rolname = :n"), {"n": name}
    )
    return bool(found.scalar())


def groups_ready(connection: Connection) -> bool:
    """`team init` has run on this database (its member table and groups exist)."""
    has_table = connection.execute(text("SELECT to_regclass('team_member')")).scalar()
    return has_table is not None and all(role_exists(connection, g) for g in APP_GROUPS)


def scram_verifier(password: str, *, salt: bytes | None = None, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802/7677), made
    here so the password itself never travels to the server or into its statement log."""
    salt = salt if salt is not None else os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def add_login_role(
    connection: Connection,
    name: str,
    group: str,
    partner_id: str | None,
    password: str | None,
) -> bool:
    """Create (or re-use) the LOGIN role `name` in `group` only; record its partner.

    Returns True when the role was new. An existing role (e.g. one the organisation's
    directory made) keeps its password unless a new one is given.
    """
    role = _quoted(name)
    created = not role_exists(connection, name)
    if created:
        connection.execute(text(f"CREATE ROLE {role} LOGIN"))
    if password:
        # No bind parameters in DDL; a verifier is base64, '$' and ':' only (no quotes).
        connection.exec_driver_sql(f"ALTER ROLE {role} PASSWORD '{scram_verifier(password)}'")
    for other in APP_GROUPS:
        if other != group:
            connection.execute(text(f"REVOKE {other} FROM {role}"))
    connection.execute(text(f"GRANT {group} TO {role}"))
    connection.execute(text("DELETE FROM team_member WHERE role_name = :n"), {"n": name})
    connection.execute(
        text("INSERT INTO team_member (role_name, partner_id) VALUES (:n, :p)"),
        {"n": name, "p": partner_id},
    )
    return created


# What the connected user may do, asked of the server's own grants (team init's above), so
# the desktop offers only what PostgreSQL will accept: name -> (table, privilege).
USER_PRIVILEGES = {
    "read_dossiers": ("dossier", "SELECT"),
    "create_dossiers": ("dossier", "INSERT"),
    "edit_dossiers": ("dossier", "UPDATE"),
    "delete_dossiers": ("dossier", "DELETE"),
    "read_notes": ("timeline_entry", "SELECT"),
    "import_lists": ("import_batch", "INSERT"),
    "read_partners": ("partner", "SELECT"),  # every column (a lezer has a few)
    "edit_partners": ("partner", "INSERT"),
    "read_meetings": ("meeting", "SELECT"),
    "edit_meetings": ("meeting", "INSERT"),
    "edit_actions": ("policy_action", "INSERT"),
    "edit_code_lists": ("partner_type", "INSERT"),
    "read_reports": ("status_change", "SELECT"),
}


def user_privileges(connection: Connection) -> tuple[str, str | None, dict[str, bool]]:
    """(current_user, the app group it belongs to or None, USER_PRIVILEGES' answers).

    The group is the first of regisseur, begeleider, lezer the user is a member of
    (pg_has_role; None for the owner or a user outside the groups, whose grants still say
    what it may do)."""
    checks = ", ".join(
        f"has_table_privilege(current_user, '{table}', '{privilege}')"
        for table, privilege in USER_PRIVILEGES.values()
    )
    row = connection.execute(text(f"SELECT current_user::text, {checks}")).one()
    groups = connection.execute(
        text(
            "SELECT rolname FROM pg_roles WHERE rolname IN :groups "
            "AND pg_has_role(current_user, oid, 'MEMBER')"
        ).bindparams(bindparam("groups", expanding=True)),
        {"groups": list(APP_GROUPS)},
    ).scalars()
    member = set(groups)
    group = next((g for g in APP_GROUPS if g in member), None)
    return str(row[0]), group, dict(zip(USER_PRIVILEGES, map(bool, row[1:]), strict=True))


def lezer_dossiers_sql(words: int) -> str:
    """The lezer's dossier list from its view, by name: each of `words` parameters (:w0,
    :w1, ... as '%word%') found in the name, number or municipality, accents and case aside;
    at most :limit rows."""
    text_of_row = "kempen_unaccent(lower(concat_ws(' ', last_name, first_name, num, municipality)))"
    where = " AND ".join(f"{text_of_row} LIKE kempen_unaccent(lower(:w{i}))" for i in range(words))
    return (
        "SELECT num, last_name, first_name, coalesce(municipality, ''), status, status_since, "
        "coalesce(responsible_partner, ''), coalesce(counsellor, ''), "
        "coalesce(target_groups, ''), follow_up_on FROM kempen_lezer_dossiers "
        + (f"WHERE {where} " if where else "")
        + "ORDER BY lower(last_name), lower(first_name), num LIMIT :limit"
    )


# The lezer's figures: dossiers per status and responsible partner.
LEZER_FIGURES_SQL = (
    "SELECT status, coalesce(responsible_partner, ''), dossiers "
    "FROM kempen_lezer_figures ORDER BY status, 2"
)
