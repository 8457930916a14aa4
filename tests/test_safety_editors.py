"""Editors never write what the user did not change (issue 11).

Opening and closing vergadermodus or any editor leaves the database file byte for byte as it
was; changing one field and saving changes only that field. The database is compared twice:
the file's bytes after the app has closed it, and an SQL dump (made through the app's own
engine, so through the same SQLite library) that names what differs when they do not match.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import AgendaItem
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.ui.meetings.meeting_mode import MeetingModeWindow
from tests.meetings_helpers import World, make_world

Dump = list[str]


# -- the helper: what is in the file, before and after ----------------------------------------


def dump(path: Path) -> Dump:
    """The schema and every row as SQL, read through the app's own engine (and so its own
    SQLite library) while nothing else has the file open."""
    database = open_database(path)
    try:
        with database.engine.connect() as connection:
            lines = [
                sql
                for (sql,) in connection.exec_driver_sql(
                    "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
                )
            ]
            tables = [
                name
                for (name,) in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                )
            ]
            for table in tables:
                found = connection.exec_driver_sql(f'SELECT * FROM "{table}"')
                # A saved row's version moves on as its updated_at does (issue 19): left out.
                kept = [i for i, name in enumerate(found.keys()) if name != "version"]
                for row in found:
                    values = [row[i] for i in kept]
                    lines.append(
                        f'INSERT INTO "{table}" VALUES({", ".join(map(_sql_value, values))});'
                    )
            return lines
    finally:
        database.close()


def _sql_value(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, bytes):
        return f"X'{value.hex()}'"
    return repr(value)


def file_digest(path: Path) -> str:
    """The database's bytes; only called while the app has the file closed (no -wal left)."""
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    return hashlib.sha256(path.read_bytes()).hexdigest()


def changed(before: Dump, after: Dump) -> tuple[list[str], list[str]]:
    """Lines only in before, lines only in after (the rows that differ)."""
    old, new = set(before), set(after)
    return sorted(old - new), sorted(new - old)


def without_audit(lines: list[str]) -> list[str]:
    return [line for line in lines if not line.startswith('INSERT INTO "audit_entry"')]


STAMP = re.compile(r"'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?'")


def only_change(before: Dump, after: Dump, old: str, new: str) -> bool:
    """True when the rows that differ (audit trail aside) differ only in `old` → `new` and in
    their time stamps (updated_at): no other field was written."""
    removed, added = map(without_audit, changed(before, after))
    strip = lambda lines: sorted(STAMP.sub("'T'", line) for line in lines)
    return bool(added) and strip(added) == strip([line.replace(old, new) for line in removed])


class Snapshot:
    """Close the app's database, remember its bytes and dump, open it again for the test."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.digest = file_digest(path)
        self.dump = dump(path)

    def assert_unchanged(self) -> None:
        removed, added = changed(self.dump, dump(self.path))
        assert (removed, added) == ([], []), "the database changed although nothing was edited"
        assert file_digest(self.path) == self.digest

    def differences(self) -> tuple[list[str], list[str]]:
        return changed(self.dump, dump(self.path))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kempen.db"


# -- vergadermodus ------------------------------------------------------------------------------

# CRLF as a CLI or import may store it
DISCUSSION = "An is gestart met de opleiding.\r\nVolgende stap: stage."
AGREEMENTS = "VDAB volgt op tot juni."


def _meeting_with_minutes(path: Path, held: bool) -> tuple[World, list[uuid.UUID]]:
    database = open_database(path)
    try:
        world = make_world(database)
        agenda = Workspace(database).meetings
        items = [agenda.add_free_item(world.meeting, "Welkom")]
        items += agenda.add_dossiers(world.meeting, [(world.vdab_due, ""), (world.ocmw_due, "")])
        items.append(agenda.add_free_item(world.meeting, "Varia"))
        meetings = Workspace(database).meetings
        for number, item_id in enumerate(items):
            meetings.save_item_text(item_id, f"{DISCUSSION} ({number})", f"{AGREEMENTS} ({number})")
        if held:
            meetings.close(world.meeting)
    finally:
        database.close()
    return world, items


def _item_texts(path: Path, item_id: uuid.UUID) -> tuple[str, str]:
    database = open_database(path)
    try:
        with database.session() as session:
            item = session.get(AgendaItem, item_id)
            assert item is not None
            return item.discussion, item.agreements
    finally:
        database.close()


@pytest.mark.parametrize("held", [False, True], ids=["gepland", "gehouden"])
def test_esc_right_away_keeps_the_minutes_of_item_one(qtbot, db_path: Path, held: bool) -> None:  # type: ignore[no-untyped-def]
    world, items = _meeting_with_minutes(db_path, held)
    database = open_database(db_path)
    window = MeetingModeWindow(Workspace(database), world.meeting)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClick(window.discussion, Qt.Key.Key_Escape)
    assert not window.isVisible()
    database.close()
    assert _item_texts(db_path, items[0]) == (f"{DISCUSSION} (0)", f"{AGREEMENTS} (0)")


@pytest.mark.parametrize("held", [False, True], ids=["gepland", "gehouden"])
def test_walking_through_vergadermodus_leaves_the_file_as_it_was(
    qtbot,
    db_path: Path,  # type: ignore[no-untyped-def]
    held: bool,
) -> None:
    world, items = _meeting_with_minutes(db_path, held)
    snapshot = Snapshot(db_path)
    database = open_database(db_path)
    window = MeetingModeWindow(Workspace(database), world.meeting)
    qtbot.addWidget(window)
    window.show()
    window.discussion.setFocus()
    for _ in items:
        qtbot.keyClick(window.discussion, Qt.Key.Key_PageDown)
    assert window.position_label.text() == f"Punt {len(items)} van {len(items)}"
    for _ in items:
        qtbot.keyClick(window.discussion, Qt.Key.Key_PageUp)
    window.toggle_private()  # F9 re-fills the agenda list: no save either
    window.toggle_private()
    qtbot.keyClick(window.discussion, Qt.Key.Key_Escape)
    qtbot.wait(20)
    database.close()
    snapshot.assert_unchanged()


def test_editing_one_field_in_vergadermodus_keeps_the_others(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    world, items = _meeting_with_minutes(db_path, held=False)
    snapshot = Snapshot(db_path)
    database = open_database(db_path)
    window = MeetingModeWindow(Workspace(database), world.meeting)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClick(window.discussion, Qt.Key.Key_PageDown)
    # Meanwhile the agreement of this item is changed elsewhere (the CLI, a second window).
    Workspace(database).meetings.save_item_text(items[1], None, "Afspraak van elders.")
    window.discussion.setFocus()
    qtbot.keyClick(window.discussion, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.discussion, " Aangevuld.")
    qtbot.keyClick(window.discussion, Qt.Key.Key_Escape)
    database.close()
    discussion, agreements = _item_texts(db_path, items[1])
    assert discussion == f"{DISCUSSION} (1)".replace("\r\n", "\n") + " Aangevuld."
    assert agreements == "Afspraak van elders."
    removed, added = snapshot.differences()
    # Only agenda item 2 changed (plus the audit trail of the two saves).
    assert len(without_audit(removed)) == 1 and len(without_audit(added)) == 1
    assert str(items[1].hex) in without_audit(added)[0]
    for other in (items[0], items[2], items[3]):
        assert _item_texts(db_path, other) == (
            f"{DISCUSSION} ({items.index(other)})",
            f"{AGREEMENTS} ({items.index(other)})",
        )


# -- the dossier form ---------------------------------------------------------------------------


def _dossier_with_history(path: Path) -> uuid.UUID:
    """A dossier as it looks after a year of use: its partner, counsellor and a target group
    have since been made inactive (so the form's pickers no longer offer them), and its
    situation came in with Windows line ends from an import."""
    from kempen_desktop.db.models import ContactPerson, Dossier, Partner, TargetGroup
    from kempen_desktop.services.dossiers.dossiers import DossierInput

    database = open_database(path)
    try:
        world = make_world(database)
        dossier_id = Workspace(database).dossiers.create(
            DossierInput(
                last_name="Janssens",
                first_name="Lien",
                phone="014 12 34 56",
                email="lien@example.be",
                street="Markt 1",
                postcode="2440",
                municipality_nis="13008",
                language="Nederlands",
                target_groups={"leefloon", "herintreder"},
                responsible_partner_id=world.vdab,
                counsellor_id=world.sofie,
                situation="Eerste lijn",
            )
        )
        with database.transaction() as session:
            session.get(Dossier, dossier_id).situation = "Eerste lijn.\r\nTweede lijn."  # type: ignore[union-attr]
            session.get(Partner, world.vdab).active = False  # type: ignore[union-attr]
            session.get(ContactPerson, world.sofie).active = False  # type: ignore[union-attr]
            session.get(TargetGroup, "herintreder").active = False  # type: ignore[union-attr]
    finally:
        database.close()
    return dossier_id


def _dossier_dialog(qtbot, database: Database, dossier_id: uuid.UUID):  # type: ignore[no-untyped-def]
    """The form as the Dossiers tab opens it for editing."""
    from kempen_desktop.services.common.lookups import dossier_form_choices
    from kempen_desktop.ui.dossiers.dossier_dialog import DossierDialog

    service = Workspace(database).dossiers
    with database.session() as session:
        choices = dossier_form_choices(session)
    dialog = DossierDialog(
        choices, lambda data: service.update(dossier_id, data), service.get(dossier_id).data
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_dossier_form_cancel_and_unchanged_save_write_nothing(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    dossier_id = _dossier_with_history(db_path)
    snapshot = Snapshot(db_path)
    database = open_database(db_path)
    _dossier_dialog(qtbot, database, dossier_id).reject()
    dialog = _dossier_dialog(qtbot, database, dossier_id)
    dialog.try_save()  # Bewaren without a change
    assert dialog.result() == dialog.DialogCode.Accepted
    database.close()
    snapshot.assert_unchanged()


def test_dossier_form_changes_only_the_edited_field(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    dossier_id = _dossier_with_history(db_path)
    snapshot = Snapshot(db_path)
    database = open_database(db_path)
    dialog = _dossier_dialog(qtbot, database, dossier_id)
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "0470 11 22 33")
    dialog.try_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    database.close()
    assert only_change(snapshot.dump, dump(db_path), "014 12 34 56", "0470 11 22 33")
    _removed, added = snapshot.differences()
    assert [line[:20] for line in without_audit(added)] == ['INSERT INTO "person"']


# -- the meeting form ---------------------------------------------------------------------------


def _meeting_without_end(path: Path) -> World:
    """A meeting planned on the command line: no end time, notes with Windows line ends."""
    from kempen_desktop.db.models import Meeting

    database = open_database(path)
    try:
        world = make_world(database)
        with database.transaction() as session:
            meeting = session.get(Meeting, world.meeting)
            meeting.ends_at = None  # type: ignore[union-attr]
            meeting.minutes = "Parkeren achteraan.\r\nKoffie voorzien."  # type: ignore[union-attr]
    finally:
        database.close()
    return world


def test_meeting_form_cancel_and_unchanged_save_write_nothing(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.ui.meetings.meeting_dialog import MeetingDialog

    world = _meeting_without_end(db_path)
    snapshot = Snapshot(db_path)
    database = open_database(db_path)
    for close in ("reject", "_save"):
        dialog = MeetingDialog(Workspace(database), world.meeting)
        qtbot.addWidget(dialog)
        dialog.show()
        getattr(dialog, close)()
        assert dialog.result() == (
            dialog.DialogCode.Rejected if close == "reject" else dialog.DialogCode.Accepted
        )
    database.close()
    snapshot.assert_unchanged()


def test_meeting_form_changes_only_the_edited_field(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.ui.meetings.meeting_dialog import MeetingDialog

    world = _meeting_without_end(db_path)
    snapshot = Snapshot(db_path)
    database = open_database(db_path)
    dialog = MeetingDialog(Workspace(database), world.meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.location.clear()
    qtbot.keyClicks(dialog.location, "Stadhuis Geel")
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    database.close()
    assert only_change(snapshot.dump, dump(db_path), "'Sociaal Huis Geel'", "'Stadhuis Geel'")


# -- the partner form ---------------------------------------------------------------------------


def _partner_in_borsbeek(path: Path) -> uuid.UUID:
    """A partner in Borsbeek (merged into Antwerpen on 1 January 2025, so no longer offered by
    the municipality picker), with notes that have Windows line ends."""
    from kempen_desktop.db.models import Partner

    database = open_database(path)
    try:
        with database.transaction() as session:
            partner = Partner(
                name="Buurtwerk Borsbeek",
                partner_type_code="ocmw",
                municipality_nis="11007",
                phone="03 123 45 67",
                notes="Eerste afspraak.\r\nTweede afspraak.",
            )
            session.add(partner)
            session.flush()
            return partner.id
    finally:
        database.close()


def _partner_dialog(qtbot, database: Database, partner_id: uuid.UUID):  # type: ignore[no-untyped-def]
    from kempen_desktop.app import Workspace
    from kempen_desktop.services.common import lookups
    from kempen_desktop.services.common.lookups import Choice
    from kempen_desktop.ui.partners.partner_dialog import PartnerDialog

    with database.session() as session:
        places, postcodes = lookups.municipalities(session), lookups.municipality_postcodes(session)
    dialog = PartnerDialog(
        Workspace(database), [Choice("ocmw", "OCMW")], places, postcodes, partner_id
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_partner_form_cancel_and_unchanged_save_write_nothing(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    partner_id = _partner_in_borsbeek(db_path)
    snapshot = Snapshot(db_path)
    database = open_database(db_path)
    _partner_dialog(qtbot, database, partner_id).reject()
    dialog = _partner_dialog(qtbot, database, partner_id)
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    database.close()
    snapshot.assert_unchanged()


def test_partner_form_changes_only_the_edited_field(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    partner_id = _partner_in_borsbeek(db_path)
    snapshot = Snapshot(db_path)
    database = open_database(db_path)
    dialog = _partner_dialog(qtbot, database, partner_id)
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "03 765 43 21")
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    database.close()
    assert only_change(snapshot.dump, dump(db_path), "'03 123 45 67'", "'03 765 43 21'")
