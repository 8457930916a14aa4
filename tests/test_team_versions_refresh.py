"""Lists refresh when another user saves (issue 19): the change watch on PostgreSQL hears
other connections' commits (NOTIFY from migration 0015) and not the app's own; on the
SQLite file there is nothing to watch (no other process writes while the app is open)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from kempen_desktop.app import Workspace
from kempen_desktop.app.changes import Changes
from kempen_desktop.app.changes_watch import ChangeWatch
from kempen_desktop.services.common.database import Database, open_server_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.partners.partners import PartnerInput
from tests.pg import pg_cluster, pg_migrated_url, pg_template  # noqa: F401


@pytest.fixture
def two(pg_migrated_url: str) -> Iterator[tuple[Workspace, Workspace]]:  # noqa: F811
    mine = Workspace(open_server_database(pg_migrated_url))
    theirs = Workspace(open_server_database(pg_migrated_url))
    yield mine, theirs
    mine.close()
    theirs.close()


def test_the_watch_hears_other_users_and_not_this_app(two: tuple[Workspace, Workspace]) -> None:
    mine, theirs = two
    watch = ChangeWatch(mine)
    assert watch.start()
    try:
        assert not watch.poll()
        dossier_id = theirs.dossiers.create(DossierInput(last_name="Peeters", first_name="An"))
        changes = watch.poll()
        assert changes.dossiers and changes.partners and changes.meetings
        assert not watch.poll()  # heard once

        data = mine.dossiers.get(dossier_id).data
        mine.dossiers.save_edit(dossier_id, replace(data, phone="014 1"), base=data)
        assert not watch.poll()  # this app's own save is announced already

        theirs.partners.create(PartnerInput(name="Bakkerij Smets", partner_type_code="werkgever"))
        assert watch.poll().partners
    finally:
        watch.stop()
    assert not watch.active and not watch.poll()


def test_no_watch_on_the_sqlite_file(workspace: Workspace) -> None:
    watch = ChangeWatch(workspace)
    assert not watch.start()
    assert not watch.poll()


def test_the_poller_announces_other_users_changes(
    qtbot: Any, two: tuple[Workspace, Workspace]
) -> None:
    from kempen_desktop.ui.common.change_poller import ChangePoller

    mine, theirs = two
    heard: list[Changes] = []
    mine.subscribe(heard.append)
    poller = ChangePoller(mine)
    try:
        theirs.dossiers.create(DossierInput(last_name="Peeters", first_name="An"))
        poller.poll()  # what the timer does every few seconds
        assert heard and heard[-1].dossiers
    finally:
        poller.watch.stop()


def test_the_poller_does_nothing_on_the_sqlite_file(qtbot: Any, database: Database) -> None:
    from kempen_desktop.ui.common.change_poller import ChangePoller

    poller = ChangePoller(Workspace(database))
    assert not poller.watch.active and not poller._timer.isActive()
