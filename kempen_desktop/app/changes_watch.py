"""Lists follow what other users save (team mode on PostgreSQL, issue 19).

Migration 0015 makes every write to a table the lists show send ``NOTIFY kempen_changes``,
delivered when the writing transaction commits. The watch LISTENs on a connection of its
own and is asked every few seconds (ui/common/change_poller.py) whether anybody else
committed since: notices from this app's own connections (known by their server process
id) are left out, its own changes are announced already. No transaction is held open.

Not on SQLite: while the app is open it holds the file's writer lock, so no other process
writes to it (the command line only reads beside it); there is nothing to watch.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from sqlalchemy import event

from kempen_desktop.app.changes import NOTHING, Changes

if TYPE_CHECKING:
    from kempen_desktop.app.workspace import Workspace

log = logging.getLogger(__name__)

CHANNEL = "kempen_changes"
# What another user's change may touch: every list reloads what concerns it.
OTHERS_CHANGED = Changes(
    dossiers=True, meetings=True, partners=True, action_points=True, actions=True
)


class ChangeWatch:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._connection: Any = None  # the pooled connection that LISTENs (PostgreSQL)
        self._dbapi: Any = None
        self._own: set[int] = set()  # server process ids of this app's connections
        self._heard = False

    @property
    def active(self) -> bool:
        return self._dbapi is not None

    def start(self) -> bool:
        """LISTEN on a connection of its own; False (nothing to watch) on SQLite."""
        database = self._workspace._database
        if database.url is None or self._dbapi is not None:
            return self._dbapi is not None
        engine = database.engine
        event.listen(engine, "checkout", self._note_own)
        self._connection = engine.raw_connection()
        self._dbapi = self._connection.driver_connection
        self._dbapi.commit()  # no transaction open: autocommit can be set
        self._dbapi.autocommit = True
        self._dbapi.add_notify_handler(self._notified)
        self._dbapi.execute(f"LISTEN {CHANNEL}")
        return True

    def _note_own(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        self._own.add(dbapi_connection.info.backend_pid)

    def _notified(self, notify: Any) -> None:
        if notify.pid not in self._own:
            self._heard = True

    def poll(self) -> Changes:
        """What to reload because someone else committed since the last poll; NOTHING if not.
        A lost connection is logged and ends the watch (the lists then refresh on F5)."""
        if self._dbapi is None:
            return NOTHING
        import psycopg  # only here on PostgreSQL

        try:
            self._dbapi.execute("SELECT 1")  # reading a result delivers waiting notices
        except psycopg.Error as error:  # a server restart, a dropped network: stop quietly
            log.warning("change watch stopped: %s", type(error).__name__)
            self.stop()
            return NOTHING
        heard, self._heard = self._heard, False
        return OTHERS_CHANGED if heard else NOTHING

    def stop(self) -> None:
        if self._connection is None:
            return
        engine = self._workspace._database.engine
        if event.contains(engine, "checkout", self._note_own):
            event.remove(engine, "checkout", self._note_own)
        import psycopg

        with suppress(psycopg.Error):  # a connection that is gone already
            self._dbapi.execute(f"UNLISTEN {CHANNEL}")
            self._dbapi.autocommit = False
        with suppress(psycopg.Error):
            self._connection.close()
        self._connection = self._dbapi = None
