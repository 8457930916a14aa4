"""Search at 1,000,000 dossiers on PostgreSQL (team mode, issue 19): a table of search terms.

On SQLite this migration does nothing: FTS5 keeps its own prefix indexes (0013).

On PostgreSQL the search (db/backends/postgres.py) read the matching dossier numbers
through the GIN index of ``dossier_search`` (0014): the index gives row addresses, so every
match cost a visit to a heap row, and a two- or three-letter prefix that matches tens of
thousands of dossiers took 0.2-2 s at 1,000,000 dossiers (benchmarks/bench_team_scale.py).
``dossier_search_term`` holds every lexeme of each search document with its dossier number,
keyed (term, num) in byte order: a prefix is one range of that B-tree, read by an
index-only scan, the numbers straight from the index. A row trigger on ``dossier_search``
keeps it equal to ``tsvector_to_array(document)``, so whatever writes the search rows
(0014's triggers, an import, a restore) keeps the terms too. SECURITY DEFINER: it writes
for whoever changed the search row, which row-level security already allowed; reading it
is governed like ``dossier_search`` (db/backends/postgres_access.py).

The GIN indexes of 0014 stay (the search falls back to them for words the two ways could
read differently, see postgres.SEARCH_SQL) and stop collecting changes in a pending list
(``fastupdate = off``): a save then never pays for flushing other users' pending entries.

Revision ID: 0017
Revises: 0016
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

GIN_INDEXES = ("ix_dossier_search_document", "ix_dossier_search_names_trgm")

# The terms of every search row, as the trigger below writes them.
FILL_TERMS = """INSERT INTO dossier_search_term (term, num)
    SELECT lexeme, num FROM dossier_search, unnest(tsvector_to_array(document)) AS lexeme"""
# Keys built after the fill (one sort instead of millions of inserts).
TERM_KEYS = [
    """ALTER TABLE dossier_search_term
        ADD CONSTRAINT pk_dossier_search_term PRIMARY KEY (term, num)""",
    # A dossier's terms: the trigger deletes by it, the search checks a second word with it.
    "CREATE INDEX ix_dossier_search_term_num ON dossier_search_term (num, term)",
]

UPGRADE = [
    # No search row changes unseen between the fill and the trigger (other users).
    "LOCK TABLE dossier_search IN SHARE ROW EXCLUSIVE MODE",
    """CREATE TABLE dossier_search_term (
        term TEXT COLLATE "C" NOT NULL,
        num INTEGER NOT NULL)""",
    FILL_TERMS,  # search rows written before this revision
    *TERM_KEYS,
    """CREATE FUNCTION kempen_trigger_dossier_search_terms() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND OLD.num = NEW.num AND OLD.document = NEW.document THEN
                RETURN NULL;
            END IF;
            IF TG_OP <> 'INSERT' THEN
                DELETE FROM dossier_search_term WHERE num = OLD.num;
            END IF;
            IF TG_OP <> 'DELETE' THEN
                INSERT INTO dossier_search_term (term, num)
                SELECT lexeme, NEW.num FROM unnest(tsvector_to_array(NEW.document)) AS lexeme;
            END IF;
            RETURN NULL;
        END $$""",
    """CREATE TRIGGER dossier_search_terms AFTER INSERT OR UPDATE OR DELETE ON dossier_search
        FOR EACH ROW EXECUTE FUNCTION kempen_trigger_dossier_search_terms()""",
    *(f"ALTER INDEX {name} SET (fastupdate = off)" for name in GIN_INDEXES),
]

DOWNGRADE = [
    *(f"ALTER INDEX {name} RESET (fastupdate)" for name in GIN_INDEXES),
    "DROP TRIGGER IF EXISTS dossier_search_terms ON dossier_search",
    "DROP FUNCTION IF EXISTS kempen_trigger_dossier_search_terms()",
    "DROP TABLE IF EXISTS dossier_search_term",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in DOWNGRADE:
        op.execute(statement)
