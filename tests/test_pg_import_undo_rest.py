"""The tests of test_import_undo_rest.py again, on PostgreSQL (team mode, issue 19).

Skipped without PostgreSQL (tests/pg.py); CI requires it. One test of its own, on SQLite: the
older form of a replaced import decision (the fix that made them fit PostgreSQL) still works.
"""

from pathlib import Path

from tests.pg import pg_database as database  # noqa: F401 - `database` is PostgreSQL here
from tests.test_import_undo_rest import *


def test_a_decision_replaced_in_the_older_hex_form_comes_back(tmp_path: Path) -> None:
    """Files written before the replaced keys became base85 (to fit row_key's 64 characters
    on PostgreSQL) hold them as '<batch hex>:<row key>': undoing still brings them back."""
    from import_helpers import write_xlsx
    from sqlalchemy import text

    from kempen_desktop.services.common.database import open_database
    from kempen_desktop.services.importing import (
        apply_plan,
        builtin_profiles,
        plan_import,
        undo_batch,
    )

    header = ["INSZ", "Klantnummer", "Naam", "Voornaam", "Geboortedatum", "Straat", "Telefoon"]
    profile = builtin_profiles()[0]
    first = write_xlsx(
        tmp_path / "a.xlsx",
        [
            ["", "", "Vandenbussche", "Marieke", "12/03/1980", "", ""],
            ["", "", "Claes", "Tom", "01/01/1970", "", ""],
        ],
        header=header,
    )
    fuzzy = write_xlsx(
        tmp_path / "b.xlsx",
        [["", "", "Vandenbusche", "Marieke", "12/03/1980", "Markt 1", ""]],
        header=header,
    )
    local = open_database(tmp_path / "k.db")

    def rows(query: str) -> list[tuple[object, ...]]:
        with local.session() as session:
            return [tuple(row) for row in session.execute(text(query))]

    try:
        apply_plan(local, plan_import(local, first, profile))
        apply_plan(local, plan_import(local, fuzzy, profile), {4: "merge"})
        with local.transaction() as session:  # the decision names another dossier: asked again
            session.execute(
                text(
                    "UPDATE import_decision SET dossier_id = (SELECT d.id FROM dossier d "
                    "JOIN person p ON p.id = d.person_id WHERE p.last_name = 'Claes')"
                )
            )
        before = rows("SELECT row_key, dossier_id, batch_id, decision FROM import_decision")
        second = apply_plan(local, plan_import(local, fuzzy, profile), {4: "merge"})
        with local.transaction() as session:  # as an older version wrote it
            older = session.execute(
                text("UPDATE import_decision SET row_key = :key WHERE decision = 'replaced'"),
                {"key": f"{second.hex}:{before[0][0]}"},
            )
            assert older.rowcount == 1
        undo_batch(local, second)
        after = rows("SELECT row_key, dossier_id, batch_id, decision FROM import_decision")
    finally:
        local.close()
    assert after == before
