"""The application façade: the one door through which the UI and the CLI reach the data.

Learned from Anki's `Collection`: screens never see a database handle or a session. The
`Workspace` is built once per open database and handed to every tab and dialog; its areas
(`workspace.dossiers`, `.meetings`, ...) are the use cases, taking and returning plain data.
Every change is announced as a `Changes` value to every subscriber after its transaction
committed, from whichever thread did the work; the main window forwards it to each tab's
`on_changes()`. Areas are built on first use, so start-up imports only what it shows.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from kempen_desktop.app.changes import Changes
from kempen_desktop.documents.sender import NOBODY, Sender

if TYPE_CHECKING:
    from kempen_desktop.app.actions import ActionsArea
    from kempen_desktop.app.capabilities import Capabilities
    from kempen_desktop.app.code_lists import CodeListsArea
    from kempen_desktop.app.dossiers import DossiersArea
    from kempen_desktop.app.importing import ImportingArea
    from kempen_desktop.app.meetings import ActionPointsArea, MeetingsArea
    from kempen_desktop.app.partners import PartnersArea
    from kempen_desktop.app.reports import ReportsArea
    from kempen_desktop.app.trust import TrustArea
    from kempen_desktop.services.common.database import Database

log = logging.getLogger(__name__)

Listener = Callable[[Changes], None]


class Workspace:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._listeners: list[Listener] = []
        self._listeners_lock = threading.Lock()
        # Who the documents come from (letterhead, the user's name): the UI sets it from the
        # settings at start and after Instellingen; every PDF and e-mail draft gets it.
        self.sender: Sender = NOBODY
        # The desktop app counts the figures of a large file in a child process
        # (app/counting_child.py); the command line and the tests count in this one.
        self.counts_in_child = False

    # --- the open file ------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self._database.path

    @property
    def is_demo(self) -> bool:
        return self._database.is_demo

    @property
    def encrypted(self) -> bool:
        return self._database.encrypted

    @property
    def read_only(self) -> bool:
        return self._database.read_only

    def release_file(self) -> None:
        """A restore or a new passphrase is about to replace the file: the counting child of
        the figures lets go of it first (Windows cannot replace a file that is open)."""
        if "reports" in self.__dict__:
            self.reports.stop_counting()

    def close(self) -> None:
        if "reports" in self.__dict__:  # its counting child reads the file: it ends first
            self.reports.close()
        self._database.close()

    @cached_property
    def capabilities(self) -> Capabilities:
        """What this user may do (team mode: the server's grants; the local file: all),
        read once: the window offers only what the database accepts."""
        from kempen_desktop.app.capabilities import read_capabilities

        return read_capabilities(self._database)

    # --- changes ------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(changes)` after every change; returns the function that unsubscribes."""
        with self._listeners_lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._listeners_lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def announce(self, changes: Changes) -> Changes:
        if changes:
            with self._listeners_lock:
                listeners = list(self._listeners)
            for listener in listeners:
                listener(changes)
        return changes

    # --- areas --------------------------------------------------------------------------------
    @cached_property
    def dossiers(self) -> DossiersArea:
        from kempen_desktop.app.dossiers import DossiersArea

        return DossiersArea(self)

    @cached_property
    def importing(self) -> ImportingArea:
        from kempen_desktop.app.importing import ImportingArea

        return ImportingArea(self)

    @cached_property
    def reports(self) -> ReportsArea:
        from kempen_desktop.app.reports import ReportsArea

        return ReportsArea(self)

    @cached_property
    def trust(self) -> TrustArea:
        from kempen_desktop.app.trust import TrustArea

        return TrustArea(self)

    @cached_property
    def meetings(self) -> MeetingsArea:
        from kempen_desktop.app.meetings import MeetingsArea

        return MeetingsArea(self)

    @cached_property
    def action_points(self) -> ActionPointsArea:
        from kempen_desktop.app.meetings import ActionPointsArea

        return ActionPointsArea(self)

    @cached_property
    def partners(self) -> PartnersArea:
        from kempen_desktop.app.partners import PartnersArea

        return PartnersArea(self)

    @cached_property
    def actions(self) -> ActionsArea:
        """BBC policy actions, indicators, per-period reports, and events."""
        from kempen_desktop.app.actions import ActionsArea

        return ActionsArea(self)

    @cached_property
    def code_lists(self) -> CodeListsArea:
        """Reference lists the user edits; changes are announced as reference_data."""
        from kempen_desktop.app.code_lists import CodeListsArea

        return CodeListsArea(self)
