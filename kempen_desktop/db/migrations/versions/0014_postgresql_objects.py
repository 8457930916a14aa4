"""PostgreSQL's own versions of what SQLite does with FTS5 and triggers (team mode, issue 19).

On SQLite this migration does nothing: its search index (FTS5, 0001/0013) and the triggers
that keep the dossier list's sort columns (0002/0011) and the number counter (0005) are
SQLite SQL. On PostgreSQL the same jobs are done here, in PL/pgSQL:

* ``dossier_search``: one row per dossier (its number, names, identifiers, place, notes),
  with a stored ``tsvector`` over the unaccented text ('simple' configuration: no Dutch
  stemming, names are not words) and a GIN index; searched with prefix queries
  (``to_tsquery('simple', 'jan:* & pee:*')``, see db/backends/postgres.py). A trigram index
  (pg_trgm) over the names serves similarity ("did you mean") look-ups.
* ``kempen_sort_key(text)``: domain.sorting.sort_key() over the ``sort_fold`` table of 0011;
  trigger functions fill the list_* columns of 0002 exactly as the SQLite triggers do.
* the ``counter`` row of dossier numbers follows every insert (0005).
* every foreign key becomes DEFERRABLE (still checked per statement unless a bulk writer
  defers them, as SQLite's ``PRAGMA defer_foreign_keys`` does). A later migration that adds
  a foreign key on PostgreSQL makes it DEFERRABLE too.

`unaccent` and `pg_trgm` are trusted extensions: the database owner may create them.

Revision ID: 0014
Revises: 0013
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

NO_DATE = "9999-12-31"

FUNCTIONS = [
    "CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public",
    # unaccent() is STABLE (its dictionary could change); a stored column needs IMMUTABLE.
    # Names qualified: a generated column is also computed under pg_restore's empty path.
    """CREATE FUNCTION kempen_unaccent(value text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, value) $$""",
    """CREATE FUNCTION kempen_sort_key(value text) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN value ~ '[^A-Za-z]' THEN lower(coalesce((
            SELECT string_agg(coalesce(f.replacement, c.ch), '' ORDER BY c.n)
              FROM regexp_split_to_table(value, '') WITH ORDINALITY AS c(ch, n)
              LEFT JOIN public.sort_fold AS f ON f.ch = c.ch), ''))
        ELSE lower(value) END $$""",
]

SEARCH_TABLE = [
    """CREATE TABLE dossier_search (
        num INTEGER PRIMARY KEY,
        names TEXT NOT NULL,
        identifiers TEXT NOT NULL,
        place TEXT NOT NULL,
        notes TEXT NOT NULL,
        document tsvector GENERATED ALWAYS AS (to_tsvector('simple', kempen_unaccent(
            names || ' ' || identifiers || ' ' || place || ' ' || notes))) STORED)""",
    "CREATE INDEX ix_dossier_search_document ON dossier_search USING gin (document)",
    (
        "CREATE INDEX ix_dossier_search_names_trgm ON dossier_search "
        "USING gin (kempen_unaccent(lower(names)) gin_trgm_ops)"
    ),
]

_SEARCH_ROW = """
    INSERT INTO dossier_search (num, names, identifiers, place, notes)
    SELECT d.num,
           p.last_name || ' ' || p.first_name,
           coalesce(p.insz, '') || ' ' || coalesce(p.vdab_number, '') || ' ' || d.num,
           coalesce(m.name, '') || ' ' || p.postcode,
           d.situation || ' ' || coalesce(
               (SELECT string_agg(t.title || ' ' || t.body, ' ')
                  FROM timeline_entry t WHERE t.dossier_id = d.id), '')
      FROM dossier d
      JOIN person p ON p.id = d.person_id
      LEFT JOIN municipality m ON m.nis_code = p.municipality_nis
     WHERE {where}
    ON CONFLICT (num) DO UPDATE SET names = EXCLUDED.names,
        identifiers = EXCLUDED.identifiers, place = EXCLUDED.place, notes = EXCLUDED.notes"""


def _search_refresh(old_nums: str, where: str) -> str:
    return (
        f"DELETE FROM dossier_search WHERE num IN ({old_nums}); {_SEARCH_ROW.format(where=where)};"
    )


def _list_refresh(where: str) -> str:
    """0011's _refresh() in PostgreSQL SQL: the dossier list's sort columns."""
    key = "kempen_sort_key"
    return f"""
    UPDATE dossier SET
      list_last_name = coalesce((SELECT {key}(last_name) FROM person
                                  WHERE id = dossier.person_id), ''),
      list_first_name = coalesce((SELECT {key}(first_name) FROM person
                                   WHERE id = dossier.person_id), ''),
      list_place = coalesce((SELECT m.name FROM person p JOIN municipality m
                               ON m.nis_code = p.municipality_nis
                              WHERE p.id = dossier.person_id), ''),
      list_groups = coalesce((SELECT string_agg(tg.label, ', ' ORDER BY tg.sort_order)
                                FROM dossier_target_group x
                                JOIN target_group tg ON tg.code = x.target_group_code
                               WHERE x.dossier_id = dossier.id), ''),
      list_counsellor = coalesce((SELECT {key}(c.last_name) || ' ' || {key}(c.first_name)
                                   FROM contact_person c WHERE c.id = dossier.counsellor_id), ''),
      list_status_rank = coalesce((SELECT sort_order FROM dossier_status
                                    WHERE code = dossier.status_code), 0),
      list_follow_up = coalesce(to_char(follow_up_on, 'YYYY-MM-DD'), '{NO_DATE}')
    WHERE {where};"""


# trigger name -> (when, body): each becomes a PL/pgSQL function and a row trigger.
TRIGGERS: dict[str, tuple[str, str]] = {
    "dossier_list_ai": ("AFTER INSERT ON dossier", _list_refresh("id = NEW.id")),
    "dossier_list_au": (
        "AFTER UPDATE OF person_id, status_code, counsellor_id, follow_up_on ON dossier",
        _list_refresh("id = NEW.id"),
    ),
    "person_list_au": (
        "AFTER UPDATE OF last_name, first_name, municipality_nis ON person",
        _list_refresh("person_id = NEW.id"),
    ),
    "dossier_group_list_ai": (
        "AFTER INSERT ON dossier_target_group",
        _list_refresh("id = NEW.dossier_id"),
    ),
    "dossier_group_list_ad": (
        "AFTER DELETE ON dossier_target_group",
        _list_refresh("id = OLD.dossier_id"),
    ),
    "contact_list_au": (
        "AFTER UPDATE OF first_name, last_name ON contact_person",
        _list_refresh("counsellor_id = NEW.id"),
    ),
    "target_group_list_au": (
        "AFTER UPDATE OF label, sort_order ON target_group",
        _list_refresh(
            "id IN (SELECT dossier_id FROM dossier_target_group WHERE target_group_code = NEW.code)"
        ),
    ),
    "municipality_list_au": (
        "AFTER UPDATE OF name ON municipality",
        _list_refresh("person_id IN (SELECT id FROM person WHERE municipality_nis = NEW.nis_code)"),
    ),
    "status_list_au": (
        "AFTER UPDATE OF sort_order ON dossier_status",
        _list_refresh("status_code = NEW.code"),
    ),
    "counter_dossier_num": (
        "AFTER INSERT ON dossier",
        "UPDATE counter SET value = NEW.num WHERE name = 'dossier.num' AND value < NEW.num;",
    ),
    "dossier_search_ai": ("AFTER INSERT ON dossier", _search_refresh("NULL", "d.id = NEW.id")),
    "dossier_search_au": (
        "AFTER UPDATE OF num, person_id, situation ON dossier",
        _search_refresh("OLD.num", "d.id = NEW.id"),
    ),
    "dossier_search_ad": (
        "AFTER DELETE ON dossier",
        "DELETE FROM dossier_search WHERE num = OLD.num;",
    ),
    "person_search_au": (
        (
            "AFTER UPDATE OF last_name, first_name, insz, vdab_number, municipality_nis, postcode "
            "ON person"
        ),
        _search_refresh("SELECT num FROM dossier WHERE person_id = NEW.id", "d.person_id = NEW.id"),
    ),
    **{
        f"timeline_search_{event.lower()}": (
            f"AFTER {event} ON timeline_entry",
            _search_refresh(
                f"SELECT num FROM dossier WHERE id = {ref}.dossier_id", f"d.id = {ref}.dossier_id"
            ),
        )
        for event, ref in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))
    },
}


# Bulk writers (the demo) insert children before their parents and let the keys be checked
# at COMMIT (SQLite: PRAGMA defer_foreign_keys; here SET CONSTRAINTS ALL DEFERRED).
DEFERRABLE_KEYS = """DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
              WHERE contype = 'f' AND connamespace = current_schema()::regnamespace LOOP
        EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE',
                       r.tbl, r.conname);
    END LOOP; END $$"""


def _function(name: str) -> str:
    return f"kempen_trigger_{name}"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in [*FUNCTIONS, *SEARCH_TABLE, DEFERRABLE_KEYS]:
        op.execute(statement)
    for name, (when, body) in TRIGGERS.items():
        op.execute(
            f"CREATE FUNCTION {_function(name)}() RETURNS trigger LANGUAGE plpgsql "
            f"AS $$ BEGIN {body} RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {name} {when} FOR EACH ROW EXECUTE FUNCTION {_function(name)}()"
        )
    # Rows written before this revision (none in a new database): fill what the triggers keep.
    op.execute(_list_refresh("TRUE"))
    op.execute(_SEARCH_ROW.format(where="TRUE"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for name, (when, _body) in TRIGGERS.items():
        table = when.rsplit(" ON ", 1)[1]
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {_function(name)}()")
    op.execute("DROP TABLE IF EXISTS dossier_search")
    op.execute("DROP FUNCTION IF EXISTS kempen_sort_key(text)")
    op.execute("DROP FUNCTION IF EXISTS kempen_unaccent(text)")
