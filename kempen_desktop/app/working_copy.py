"""Working copies for the screens (issue 20): take dossiers along, bring them back, decide.

The desktop app in team mode (a Workspace on the server) counts what a copy would hold
(`copy_size`) and writes it; opened as an ordinary file, a Workspace on the copy knows it
is one (`copy_mark`), brings it back to the server it came from, and applies the user's
choices for what waits (`decide`: a deleted-against-edited record on the server at once,
a field through the next check-in; services/team/decide.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from kempen_desktop.app.changes import Changes
from kempen_desktop.app.workspace import Workspace
from kempen_desktop.services.team.checkin import CheckinResult, Conflict
from kempen_desktop.services.team.decide import (
    DELETED,
    KEPT,
    SAME_PERSON,
    DecideResult,
    Decision,
    is_insz_clash,
)
from kempen_desktop.services.team.working_copy import CopyMark, WorkingCopyError

__all__ = [
    "DELETED",
    "KEPT",
    "SAME_PERSON",
    "CheckinResult",
    "Conflict",
    "CopyMark",
    "DecideResult",
    "Decision",
    "WorkingCopyError",
    "bring_back",
    "copy_mark",
    "copy_size",
    "decide",
    "is_insz_clash",
    "is_team_server",
    "take_along",
]


def is_team_server(workspace: Workspace) -> bool:
    """True when the workspace is a server database: a copy can be taken from it."""
    return workspace._database.url is not None


def copy_mark(workspace: Workspace) -> CopyMark | None:
    """Where and since when the open file was checked out; None for no working copy."""
    from sqlalchemy import exc

    from kempen_desktop.services.team.working_copy import read_mark

    if is_team_server(workspace):
        return None
    try:
        with workspace._database.engine.connect() as connection:
            return read_mark(connection)
    except exc.DBAPIError:
        return None


def take_along(
    workspace: Workspace,
    out: Path,
    passphrase: str,
    *,
    dossier_nums: Sequence[int] = (),
    meeting_id: uuid.UUID | None = None,
    partner_id: uuid.UUID | None = None,
) -> int:
    """Write a working copy of the chosen dossiers (a meeting's agenda, a partner's dossiers,
    or by number); how many dossiers."""
    from kempen_desktop.services.team.checkout import Selection, checkout

    if not passphrase:
        raise WorkingCopyError("Een werkkopie wordt altijd versleuteld: kies een wachtwoord.")
    from sqlalchemy import exc

    selection = Selection(meeting_id, partner_id, tuple(dossier_nums))
    try:
        return checkout(workspace._database, out, passphrase, selection).dossiers
    except exc.DBAPIError as error:
        kind = type(error.orig).__name__
        raise WorkingCopyError(f"De server weigerde de werkkopie ({kind}).") from error


def bring_back(workspace: Workspace, server: str | None = None) -> CheckinResult:
    """Check the open working copy in on its server (or `server`), as this user."""
    from sqlalchemy import exc

    from kempen_desktop.services.common.database import DatabaseOpenError, open_server_database
    from kempen_desktop.services.team.checkin import checkin

    mark = copy_mark(workspace)
    if mark is None:
        raise WorkingCopyError("Het geopende bestand is geen werkkopie.")
    try:
        server_db = open_server_database(server or mark.server)
    except DatabaseOpenError as error:
        raise WorkingCopyError(str(error)) from error
    try:
        result = checkin(workspace._database, server_db)
    except exc.DBAPIError as error:
        raise WorkingCopyError(_server_refused(error)) from error
    finally:
        server_db.close()
    workspace.announce(Changes.everything())  # the server's changes came into the copy
    return result


def _server_refused(error: Exception) -> str:
    if getattr(getattr(error, "orig", None), "sqlstate", None) == "42501":
        return (
            "Uw gebruiker op de server mag niet alles wijzigen wat in de werkkopie gewijzigd "
            "is; er werd niets teruggebracht."
        )
    kind = type(getattr(error, "orig", None) or error).__name__
    return f"De server weigerde het terugbrengen ({kind}); er werd niets teruggebracht."


def decide(workspace: Workspace, decisions: Sequence[Decision]) -> DecideResult:
    """Apply the user's choices for a check-in's conflicts, as this user on the copy's server:
    a deleted-or-edited record at once (audited, one server transaction), a field in the copy
    (applied by the next check-in, which the screens do right after)."""
    from sqlalchemy import exc

    from kempen_desktop.services.common.database import DatabaseOpenError, open_server_database
    from kempen_desktop.services.team.decide import decide as write_decisions

    mark = copy_mark(workspace)
    if mark is None:
        raise WorkingCopyError("Het geopende bestand is geen werkkopie.")
    try:
        server_db = open_server_database(mark.server)
    except DatabaseOpenError as error:
        raise WorkingCopyError(str(error)) from error
    try:
        result = write_decisions(workspace._database, decisions, server_db)
    except exc.DBAPIError as error:
        raise WorkingCopyError(_server_refused_decision(error)) from error
    finally:
        server_db.close()
    workspace.announce(Changes.everything())
    return result


def _server_refused_decision(error: Exception) -> str:
    kind = type(getattr(error, "orig", None) or error).__name__
    return (
        f"De server weigerde de keuze ({kind}); er werd niets beslist. Misschien mag uw "
        "gebruiker dit record niet zien of wijzigen."
    )


def copy_size(
    workspace: Workspace,
    *,
    dossier_nums: Sequence[int] = (),
    meeting_id: uuid.UUID | None = None,
    partner_id: uuid.UUID | None = None,
) -> int:
    """How many dossiers a copy of this choice would hold (the server's access rules apply)."""
    from sqlalchemy import exc

    # The very rule checkout takes them by, so the number shown is the number written.
    from kempen_desktop.services.team.checkout import Selection, _dossier_ids

    selection = Selection(meeting_id, partner_id, tuple(dossier_nums))
    try:
        with workspace._database.engine.connect() as connection:
            return len(_dossier_ids(connection, selection))
    except exc.DBAPIError as error:
        kind = type(error.orig).__name__
        raise WorkingCopyError(f"De server kon de dossiers niet tellen ({kind}).") from error
