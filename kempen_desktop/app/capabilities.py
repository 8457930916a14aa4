"""What the connected user may do: read once from the server, so the desktop hides or
disables what the database would refuse (team mode, issue 19).

On a shared PostgreSQL every person logs in with their own role, and `kempen team init`
(db/backends/postgres_access.py) grants each group what it may: a begeleider reads and
edits its partner's dossiers but creates, deletes or imports none and edits no partners,
meetings, policy actions or code lists; a lezer reads only the views without INSZ and notes.
The answers here are the server's own (has_table_privilege over those grants, pg_has_role
for the group), not a second copy of the rules; a button shown for something refused would
only end in "permission denied". On the local SQLite file everything is allowed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from kempen_desktop.services.common.database import Database
from kempen_desktop.services.team.access import user_access


@dataclass(frozen=True)
class Capabilities:
    """Each flag: the database accepts it for this user (the UI offers it only then)."""

    user: str = ""  # the server role ("" for the local file)
    local_file: bool = True  # backups, restore and the file's passphrase are the file's
    role: str = ""  # regisseur, begeleider, lezer, or "" (local file, owner, other role)
    read_dossiers: bool = True  # the dossier tables (a lezer reads only its views)
    create_dossiers: bool = True  # new dossier
    edit_dossiers: bool = True  # edit, status, notes
    delete_dossiers: bool = True
    read_notes: bool = True  # timeline, notes, INSZ and the rest of the person
    import_lists: bool = True  # import and its undo (the import history)
    read_partners: bool = True  # the partner directory (a lezer reads a few columns only)
    edit_partners: bool = True  # partners and their contacts
    read_meetings: bool = True
    edit_meetings: bool = True  # plan meetings, agendas
    edit_actions: bool = True  # policy actions, indicators, activities
    edit_code_lists: bool = True  # partner types, meeting types, ...
    read_reports: bool = True  # the status history the reports count from

    @property
    def reader_only(self) -> bool:
        """Only the lezer views: no dossier list of the tables, no detail, no edits."""
        return not self.read_dossiers


EVERYTHING = Capabilities()


def read_capabilities(database: Database) -> Capabilities:
    """The user's capabilities on `database` (EVERYTHING on the local file)."""
    access = user_access(database)
    if access is None:
        return EVERYTHING
    known = {field.name for field in fields(Capabilities)}
    flags = {name: value for name, value in access.allowed.items() if name in known}
    return Capabilities(user=access.user, role=access.role, local_file=False, **flags)
