"""Issue 17: the address book is built once per set of municipalities (every F5 and every
change asked for it again, ~30 ms on the GUI thread), and still follows a change."""

from __future__ import annotations

from sqlalchemy import update

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import Municipality
from kempen_desktop.services.common import lookups
from kempen_desktop.services.common.database import Database


def test_the_address_book_is_built_once_while_the_municipalities_stay(
    database: Database, workspace: Workspace
) -> None:
    first = workspace.dossiers.form_choices().address
    assert workspace.dossiers.form_choices().address is first  # F5: not built again
    assert first.main_postcode("13011") == "2200"


def test_the_address_book_follows_a_changed_postcode_or_name(database: Database) -> None:
    with database.session() as session:
        before = lookups.address_book(session)
    with database.transaction() as session:
        session.execute(
            update(Municipality)
            .where(Municipality.nis_code == "13011")
            .values(name="Herentals-Test", postcodes="2299;2200")
        )
    with database.session() as session:
        after = lookups.address_book(session)
    assert after is not before
    assert after.main_postcode("13011") == "2299"
    assert [place.municipality for place in after.for_postcode("2299")] == ["Herentals-Test"]
    assert before.main_postcode("13011") == "2200"  # a book once handed out never changes
