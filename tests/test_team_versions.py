"""No silent overwrite (issue 19): two people save the same record, on SQLite and PostgreSQL.

Each test opens the same database twice (two Workspaces, as two users' apps): what one saves
after the other opened the record merges field by field, a field both changed is a
conflict the façade names, and nothing is ever lost without someone choosing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.domain.merge import CONFLICT_MESSAGE, EditConflictError
from kempen_desktop.services.common.database import open_database, open_server_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.partners.partners import PartnerInput


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where both users' apps open the database: a file, or a PostgreSQL URL (tests/pg.py)."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_migrated_url"))
    path = tmp_path / "kempen.db"
    open_database(path).close()
    return str(path)


def _open(location: str) -> Workspace:
    if location.startswith("postgresql"):
        return Workspace(open_server_database(location))
    return Workspace(open_database(Path(location)))


@pytest.fixture
def two(location: str) -> Iterator[tuple[Workspace, Workspace]]:
    first, second = _open(location), _open(location)
    yield first, second
    first.close()
    second.close()


def _dossier(workspace: Workspace) -> Any:
    new_id = workspace.dossiers.create(
        DossierInput(last_name="Peeters", first_name="An", phone="014 11 11 11")
    )
    return new_id


def test_different_fields_merge_and_nothing_is_lost(two: tuple[Workspace, Workspace]) -> None:
    ann, bert = two
    dossier_id = _dossier(ann)
    opened_by_ann = ann.dossiers.get(dossier_id)
    opened_by_bert = bert.dossiers.get(dossier_id)

    bert.dossiers.save_edit(
        dossier_id, replace(opened_by_bert.data, email="an@example.be"), base=opened_by_bert.data
    )
    ann.dossiers.save_edit(
        dossier_id,
        replace(opened_by_ann.data, phone="0470 12 34 56", target_groups={"leefloon"}),
        base=opened_by_ann.data,
    )

    stored = bert.dossiers.get(dossier_id)
    assert stored.data.email == "an@example.be"  # Bert's edit stays
    assert stored.data.phone == "0470 12 34 56"  # Ann's edit is written
    assert stored.data.target_groups == {"leefloon"}
    assert stored.version > opened_by_ann.version


def test_the_same_field_changed_by_both_is_a_conflict_and_nothing_is_written(
    two: tuple[Workspace, Workspace],
) -> None:
    ann, bert = two
    dossier_id = _dossier(ann)
    opened_by_ann = ann.dossiers.get(dossier_id)
    opened_by_bert = bert.dossiers.get(dossier_id)
    bert.dossiers.save_edit(
        dossier_id,
        replace(opened_by_bert.data, phone="011 22 22 22", situation="Zoekt werk in Geel"),
        base=opened_by_bert.data,
    )

    with pytest.raises(EditConflictError) as raised:
        ann.dossiers.save_edit(
            dossier_id,
            replace(opened_by_ann.data, phone="0470 12 34 56", email="an@example.be"),
            base=opened_by_ann.data,
        )

    conflict = raised.value
    assert str(conflict) == CONFLICT_MESSAGE
    assert [(c.field, c.base, c.theirs, c.mine) for c in conflict.conflicts] == [
        ("phone", "014 11 11 11", "011 22 22 22", "0470 12 34 56")
    ]
    stored = ann.dossiers.get(dossier_id)
    assert stored.data.phone == "011 22 22 22"  # Bert's value, not overwritten
    assert stored.data.email == ""  # nothing of Ann's save was written either
    # Ann chooses her phone number: saved over what she has now seen, Bert's text stays.
    assert conflict.merged is not None and conflict.theirs is not None
    ann.dossiers.save_edit(
        dossier_id, replace(conflict.merged, phone="0470 12 34 56"), base=conflict.theirs
    )
    stored = bert.dossiers.get(dossier_id)
    assert (stored.data.phone, stored.data.email, stored.data.situation) == (
        "0470 12 34 56",
        "an@example.be",
        "Zoekt werk in Geel",
    )


def test_the_same_change_by_both_is_no_conflict(two: tuple[Workspace, Workspace]) -> None:
    ann, bert = two
    dossier_id = _dossier(ann)
    opened = ann.dossiers.get(dossier_id).data
    bert.dossiers.save_edit(dossier_id, replace(opened, email="an@example.be"), base=opened)
    ann.dossiers.save_edit(dossier_id, replace(opened, email="an@example.be"), base=opened)
    assert bert.dossiers.get(dossier_id).data.email == "an@example.be"


def test_a_save_without_changes_writes_nothing(two: tuple[Workspace, Workspace]) -> None:
    ann, _bert = two
    dossier_id = _dossier(ann)
    opened = ann.dossiers.get(dossier_id)
    assert ann.dossiers.save_edit(dossier_id, opened.data, base=opened.data) == opened.version
    assert ann.dossiers.get(dossier_id).version == opened.version


def test_an_expected_version_refuses_any_change_since(two: tuple[Workspace, Workspace]) -> None:
    ann, bert = two
    dossier_id = _dossier(ann)
    opened = ann.dossiers.get(dossier_id)
    new_version = bert.dossiers.save_edit(
        dossier_id, replace(opened.data, street="Markt 1"), expect_version=opened.version
    )
    assert new_version > opened.version
    with pytest.raises(EditConflictError) as raised:
        ann.dossiers.save_edit(
            dossier_id, replace(opened.data, street="Kerkstraat 2"), expect_version=opened.version
        )
    assert raised.value.fields == ["street"]
    assert raised.value.version == new_version
    assert ann.dossiers.get(dossier_id).data.street == "Markt 1"


def test_partner_edits_merge_and_conflict(two: tuple[Workspace, Workspace]) -> None:
    ann, bert = two
    partner_id = ann.partners.create(
        PartnerInput(name="Bakkerij Smets", partner_type_code="werkgever", phone="014 1")
    )
    opened_by_ann = ann.partners.get(partner_id)
    opened_by_bert = bert.partners.get(partner_id)
    bert.partners.update(
        partner_id,
        replace(opened_by_bert, sector="Voeding", phone="014 2"),
        changed=["sector", "phone"],
        base=opened_by_bert,
    )

    with pytest.raises(EditConflictError) as raised:
        ann.partners.update(
            partner_id,
            replace(opened_by_ann, phone="014 3", email="info@smets.be"),
            changed=["phone", "email"],
            base=opened_by_ann,
        )
    assert raised.value.fields == ["phone"]
    assert ann.partners.get(partner_id).phone == "014 2"

    ann.partners.update(
        partner_id,
        replace(opened_by_ann, email="info@smets.be"),
        changed=["email"],
        base=opened_by_ann,
    )
    stored = bert.partners.get(partner_id)
    assert (stored.sector, stored.phone, stored.email) == ("Voeding", "014 2", "info@smets.be")


def test_a_row_changed_between_reading_and_writing_is_refused_not_overwritten(
    two: tuple[Workspace, Workspace], location: str
) -> None:
    """The version check in the UPDATE itself (version_id_col): a writer that read the row
    before another one committed gets the Dutch conflict, never a silent overwrite."""
    from sqlalchemy import select

    from kempen_desktop.app.conflicts import refuse_stale
    from kempen_desktop.db.models import Dossier

    ann, bert = two
    dossier_id = _dossier(ann)
    session = ann._database.session()
    try:
        stale = session.scalars(select(Dossier).where(Dossier.id == dossier_id)).one()
        opened = bert.dossiers.get(dossier_id).data
        bert.dossiers.save_edit(dossier_id, replace(opened, situation="Bert"), base=opened)
        stale.situation = "Ann"
        with pytest.raises(EditConflictError, match="opnieuw openen"), refuse_stale():
            session.commit()
    finally:
        session.rollback()
        session.close()
    assert ann.dossiers.get(dossier_id).data.situation == "Bert"


# --- the command line ------------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as leaving:
        code = int(leaving.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_update_with_expected_version(
    location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = _open(location)
    try:
        num = workspace.dossiers.get(_dossier(workspace)).num
    finally:
        workspace.close()
    code, out, _ = _cli(capsys, "--db", location, "dossiers", "show", str(num), "--json")
    shown = json.loads(out)
    assert code == 0 and shown["phone"] == "014 11 11 11"
    version = shown["version"]

    code, out, err = _cli(
        capsys, "--db", location, "dossiers", "update", str(num),
        "--set", "phone=0470 12 34 56", "--set", "follow_up_on=2030-01-31",
        "--expect-version", str(version), "--json",
    )  # fmt: skip
    assert code == 0, err
    saved = json.loads(out)
    assert saved["number"] == num and saved["version"] > version

    # The same version again: the dossier changed since, so nothing is written.
    code, out, err = _cli(
        capsys, "--db", location, "dossiers", "update", str(num),
        "--set", "phone=011 00 00 00", "--set", "email=an@example.be",
        "--expect-version", str(version), "--json",
    )  # fmt: skip
    assert code == 3
    lines = err.strip().splitlines()
    assert lines[0].startswith("kempen: phone: intussen gewijzigd in '0470 12 34 56'")
    refused = json.loads(out)
    assert refused["conflict"] is True and refused["version"] == saved["version"]
    assert {f["field"] for f in refused["fields"]} == {"phone", "email"}

    code, out, _ = _cli(capsys, "--db", location, "dossiers", "show", str(num), "--json")
    after = json.loads(out)
    assert (after["phone"], after["email"], after["follow_up_on"], after["version"]) == (
        "0470 12 34 56",
        "",
        "2030-01-31",
        saved["version"],
    )

    # Without --expect-version: the fields given are written; plain output is the version.
    code, out, _ = _cli(
        capsys, "--db", location, "dossiers", "update", str(num), "--set", "target_groups=leefloon"
    )
    assert code == 0 and int(out.strip()) > saved["version"]


def test_cli_update_refuses_an_unknown_field(
    location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = _open(location)
    try:
        num = workspace.dossiers.get(_dossier(workspace)).num
    finally:
        workspace.close()
    code, _, err = _cli(capsys, "--db", location, "dossiers", "update", str(num), "--set", "x=1")
    assert code == 2 and "Onbekend veld" in err


from tests.pg import pg_cluster, pg_migrated_url, pg_template  # noqa: F401


def test_meeting_edits_merge_and_a_field_both_changed_is_refused(
    two: tuple[Workspace, Workspace],
) -> None:
    """Editors without the field dialog merge too, and refuse in Dutch rather than overwrite."""
    from datetime import datetime

    from kempen_desktop.services.meetings.meetings import MeetingInput

    ann, bert = two
    meeting_id = ann.meetings.plan(
        MeetingInput(title="Cliëntoverleg", starts_at=datetime(2030, 3, 4, 9, 30), location="Geel")
    )
    opened_by_ann = ann.meetings.get(meeting_id).as_input()
    opened_by_bert = bert.meetings.get(meeting_id).as_input()
    bert.meetings.update(
        meeting_id,
        replace(opened_by_bert, location="Mol", organiser="Bert"),
        base=opened_by_bert,
    )
    with pytest.raises(EditConflictError, match="opnieuw openen") as raised:
        ann.meetings.update(
            meeting_id, replace(opened_by_ann, location="Turnhout"), base=opened_by_ann
        )
    assert raised.value.fields == ["location"]
    ann.meetings.update(meeting_id, replace(opened_by_ann, title="Overleg Q1"), base=opened_by_ann)
    stored = bert.meetings.get(meeting_id)
    assert (stored.title, stored.location, stored.organiser) == ("Overleg Q1", "Mol", "Bert")


def test_kansengroepen_merge_by_member_and_move_the_version(
    two: tuple[Workspace, Workspace],
) -> None:
    ann, bert = two
    dossier_id = _dossier(ann)
    opened = ann.dossiers.get(dossier_id)
    bert.dossiers.save_edit(
        dossier_id, replace(opened.data, target_groups={"leefloon"}), base=opened.data
    )
    ann.dossiers.save_edit(
        dossier_id, replace(opened.data, target_groups={"kortgeschoold"}), base=opened.data
    )
    stored = bert.dossiers.get(dossier_id)
    assert stored.data.target_groups == {"leefloon", "kortgeschoold"}  # both additions kept
    assert stored.version == opened.version + 2  # one new version per save


def test_contact_person_edits_merge_and_a_field_both_changed_is_refused(
    two: tuple[Workspace, Workspace],
) -> None:
    from kempen_desktop.services.partners.contacts import ContactInput

    ann, bert = two
    partner_id = ann.partners.create(
        PartnerInput(name="Bakkerij Smets", partner_type_code="werkgever")
    )
    contact_id = ann.partners.add_contact(partner_id, ContactInput("Els", "Smets", phone="014 1"))
    opened = ann.partners.get_contact(contact_id)
    bert.partners.update_contact(contact_id, replace(opened, function="Zaakvoerder"), base=opened)
    with pytest.raises(EditConflictError):
        bert.partners.update_contact(contact_id, replace(opened, function="Bediende"), base=opened)
    ann.partners.update_contact(contact_id, replace(opened, phone="014 2"), base=opened)
    stored = bert.partners.get_contact(contact_id)
    assert (stored.function, stored.phone) == ("Zaakvoerder", "014 2")
