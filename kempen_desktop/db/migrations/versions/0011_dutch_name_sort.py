"""Names in the dossier list sorted the Dutch way (issue 14; rule in domain/sorting.py).

The name sort columns of 0002 (list_last_name, list_first_name, list_counsellor) now hold a
sort key instead of a copy: accents folded ("Şahin" among the S, not after Z), lower case,
spaces, hyphens and apostrophes left out ("Van den Broeck" under V, next to "Vandenbroeck").
The list shows names from the person row, never from these columns.

The key is computed in plain SQL by the 0002 triggers, re-created here: a lookup table
``sort_fold`` (character -> replacement, from domain.sorting) walked with ``sort_position``
(1..200). No function or collation registered on the connection: every writer of the file
keeps working. Names of ASCII letters only skip the walk (a GLOB test): about 1.5 µs a row,
8 µs for a name with accents or spaces.

Revision ID: 0011
Revises: 0010
"""

from alembic import op

from kempen_desktop.domain.sorting import IGNORED, folds

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

NO_DATE = "9999-12-31"
MAX_LENGTH = 200  # longer than any name column


def _q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def sort_key_sql(expr: str) -> str:
    """domain.sorting.sort_key() in SQL over `expr`."""
    return (
        f"CASE WHEN {expr} GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat("
        f"coalesce(f.replacement, substr({expr}, p.n, 1)), ''), '')) FROM sort_position AS p "
        f"LEFT JOIN sort_fold AS f ON f.ch = substr({expr}, p.n, 1) "
        f"WHERE p.n <= length({expr})) ELSE lower({expr}) END"
    )


def _refresh(where: str, keyed: bool = True) -> str:
    key = sort_key_sql if keyed else (lambda expr: expr)
    return f"""
    UPDATE dossier SET
      list_last_name = coalesce((SELECT {key("last_name")} FROM person
                                  WHERE id = dossier.person_id), ''),
      list_first_name = coalesce((SELECT {key("first_name")} FROM person
                                   WHERE id = dossier.person_id), ''),
      list_place = coalesce((SELECT m.name FROM person p JOIN municipality m
                               ON m.nis_code = p.municipality_nis
                              WHERE p.id = dossier.person_id), ''),
      list_groups = coalesce((SELECT group_concat(label, ', ') FROM
                               (SELECT tg.label FROM dossier_target_group x
                                  JOIN target_group tg ON tg.code = x.target_group_code
                                 WHERE x.dossier_id = dossier.id ORDER BY tg.sort_order)), ''),
      list_counsellor = coalesce((SELECT {key("c.last_name")} || ' ' || {key("c.first_name")}
                                   FROM contact_person c WHERE c.id = dossier.counsellor_id), ''),
      list_status_rank = coalesce((SELECT sort_order FROM dossier_status
                                    WHERE code = dossier.status_code), 0),
      list_follow_up = coalesce(follow_up_on, '{NO_DATE}')
    WHERE {where};"""


def _triggers(keyed: bool) -> dict[str, str]:
    def refresh(where: str) -> str:
        return _refresh(where, keyed)

    return {
        "dossier_list_ai": f"AFTER INSERT ON dossier BEGIN {refresh('id = NEW.id')} END",
        "dossier_list_au": "AFTER UPDATE OF person_id, status_code, counsellor_id, follow_up_on "
        f"ON dossier BEGIN {refresh('id = NEW.id')} END",
        "person_list_au": "AFTER UPDATE OF last_name, first_name, municipality_nis ON person "
        f"BEGIN {refresh('person_id = NEW.id')} END",
        "dossier_group_list_ai": "AFTER INSERT ON dossier_target_group "
        f"BEGIN {refresh('id = NEW.dossier_id')} END",
        "dossier_group_list_ad": "AFTER DELETE ON dossier_target_group "
        f"BEGIN {refresh('id = OLD.dossier_id')} END",
        "contact_list_au": "AFTER UPDATE OF first_name, last_name ON contact_person "
        f"BEGIN {refresh('counsellor_id = NEW.id')} END",
        "target_group_list_au": "AFTER UPDATE OF label, sort_order ON target_group BEGIN "
        + refresh(
            "id IN (SELECT dossier_id FROM dossier_target_group WHERE target_group_code = NEW.code)"
        )
        + " END",
        "municipality_list_au": "AFTER UPDATE OF name ON municipality BEGIN "
        + refresh("person_id IN (SELECT id FROM person WHERE municipality_nis = NEW.nis_code)")
        + " END",
        "status_list_au": "AFTER UPDATE OF sort_order ON dossier_status "
        f"BEGIN {refresh('status_code = NEW.code')} END",
    }


def _replace_triggers(keyed: bool) -> None:
    triggers = _triggers(keyed)
    for name in triggers:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    key = sort_key_sql if keyed else (lambda expr: expr)
    # Only the name columns change: the other list columns and their indexes stay untouched.
    op.execute(
        f"""UPDATE dossier SET
          list_last_name = coalesce((SELECT {key("last_name")} FROM person
                                      WHERE id = dossier.person_id), ''),
          list_first_name = coalesce((SELECT {key("first_name")} FROM person
                                       WHERE id = dossier.person_id), ''),
          list_counsellor = coalesce((SELECT {key("c.last_name")} || ' ' || {key("c.first_name")}
                                       FROM contact_person c
                                      WHERE c.id = dossier.counsellor_id), '')"""
    )
    for name, body in triggers.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def upgrade() -> None:
    op.execute("CREATE TABLE sort_fold (ch TEXT PRIMARY KEY, replacement TEXT NOT NULL)")
    op.execute("CREATE TABLE sort_position (n INTEGER PRIMARY KEY)")
    rows = [*folds().items(), *((char, "") for char in IGNORED)]
    values = ", ".join(f"({_q(char)}, {_q(replacement)})" for char, replacement in rows)
    op.execute(f"INSERT INTO sort_fold (ch, replacement) VALUES {values}")
    positions = ", ".join(f"({n})" for n in range(1, MAX_LENGTH + 1))
    op.execute(f"INSERT INTO sort_position (n) VALUES {positions}")
    if op.get_bind().dialect.name == "sqlite":  # PostgreSQL: kempen_sort_key() of 0014
        _replace_triggers(keyed=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _replace_triggers(keyed=False)
    op.execute("DROP TABLE sort_position")
    op.execute("DROP TABLE sort_fold")
