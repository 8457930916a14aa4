"""Trust: backups, restore, passphrase, integrity, retention, the audit log, subject
access and audited exports (disclosures).

The services of backups, integrity, the instance lock, opening, the passphrase and
restore work on the database FILE and take the `Database` (see services/trust/backups.py);
this area is where the façade hands them its file. A restore or a passphrase change
replaces or re-keys the whole file: it is announced as `Changes(database=True)`.
"""

from __future__ import annotations

import hmac
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.app.area import Area
from kempen_desktop.app.changes import Changes
from kempen_desktop.db.models import Dossier
from kempen_desktop.services.common import audit, audit_log
from kempen_desktop.services.common.audit_log import AuditFilter, AuditRow
from kempen_desktop.services.common.disclosure import disclosure
from kempen_desktop.services.dossiers import dossier_removal
from kempen_desktop.services.trust import backups, integrity, retention
from kempen_desktop.services.trust.backups import BackupInfo
from kempen_desktop.services.trust.retention import DueDossier

if TYPE_CHECKING:
    from kempen_desktop.documents.xlsx import XlsxSheet

Progress = Callable[[int, int], None]
WHOLE_FILE = Changes(database=True)
# Retention removes or blanks dossiers, and with them agenda items and action points.
FORGOTTEN = Changes(dossiers=True, meetings=True, action_points=True, audit=True)


class TrustArea(Area):
    # --- the file -------------------------------------------------------------------------
    def passphrase_matches(self, text: str) -> bool:
        """For the lock screen: does `text` open this file (constant-time compare)."""
        expected = self._db.passphrase
        return bool(expected) and hmac.compare_digest(
            text.encode("utf-8"), (expected or "").encode("utf-8")
        )

    @property
    def passphrase(self) -> str | None:
        """The passphrase in use (the change dialog asks for it before a new one)."""
        return self._db.passphrase

    def quick_check(self) -> list[str]:
        return integrity.quick_check(self._db)

    def integrity_check(self) -> list[str]:
        """The full check (`kempen check`); the problems found, [] when sound."""
        return integrity.integrity_check(self._db)

    def make_read_only(self) -> None:
        integrity.make_read_only(self._db)

    def check_before_start(self) -> bool:
        return integrity.check_before_start(self._db.path)

    @property
    def local_file(self) -> bool:
        """False in team mode: the server's checks and backups are IT's, not the app's."""
        return self._db.backend.local_file

    # --- backups --------------------------------------------------------------------------
    def backup_folder(self) -> Path:
        return backups.backup_folder(self._db)

    def set_backup_folder(self, folder: Path | None) -> Changes:
        backups.set_backup_folder(self._db, folder)
        return self._announce(Changes(settings=True, audit=True))

    def backup_keep_daily(self) -> int:
        """How many daily backups the rotation keeps (stored in the database)."""
        return backups.keep_daily(self._db)

    def set_backup_keep_daily(self, count: int) -> Changes:
        backups.set_keep_daily(self._db, count)
        return self._announce(Changes(settings=True, audit=True))

    def list_backups(self, folder: Path | None = None) -> list[BackupInfo]:
        return backups.list_backups(self._db, folder)

    def make_backup(
        self,
        reason: str = "handmatig",
        *,
        target: Path | None = None,
        progress: Progress | None = None,
    ) -> Path:
        """A backup into the backup folder (rotated), or to `target` when given."""
        path = backups.make_backup(self._db, reason, target=target, progress=progress)
        self._announce(Changes(audit=True))
        return path

    def backup_if_due(self) -> Path | None:
        return backups.backup_if_due(self._db)

    def purge_backups_before(self, moment: datetime) -> list[Path]:
        removed = backups.purge_backups_before(self._db, moment)
        self._announce(Changes(audit=True))
        return removed

    def restore_backup(self, backup: Path, backup_passphrase: str | None = None) -> Path:
        """Replace the file by `backup` (the current state is backed up first)."""
        self._workspace.release_file()
        kept = backups.restore_backup(self._db, backup, backup_passphrase)
        self._announce(WHOLE_FILE)
        return kept

    def replace_damaged(self, backup: Path, backup_passphrase: str | None = None) -> None:
        """The open file is damaged: swap in `backup` and reopen in place (the instance lock
        stays held)."""
        database = self._db
        self._workspace.release_file()
        database.engine.dispose()
        integrity.replace_damaged(database.path, backup, database.passphrase, backup_passphrase)
        database.reopen(database.passphrase)
        self._announce(WHOLE_FILE)

    def change_passphrase(self, new_passphrase: str | None) -> Changes:
        self._workspace.release_file()
        backups.change_passphrase(self._db, new_passphrase)
        return self._announce(WHOLE_FILE)

    # --- retention ------------------------------------------------------------------------
    def retention_years(self) -> dict[str, int]:
        with self._read() as session:
            return retention.retention_years(session)

    def set_retention_years(self, rule_key: str, years: int) -> Changes:
        changes = Changes(settings=True, audit=True)
        with self._write(changes) as session:
            retention.set_retention_years(session, rule_key, years)
        return changes

    def purge_audit(self, today: date | None = None) -> int:
        with self._write(Changes(audit=True)) as session:
            return retention.purge_audit(session, today)

    def due_dossiers(self, today: date | None = None) -> list[DueDossier]:
        with self._read() as session:
            return retention.due_dossiers(session, today)

    def anonymise(self, dossier_ids: list[uuid.UUID], today: date | None = None) -> int:
        """Anonymise (after a safety backup of the file; the WAL folded in after the commit)."""
        return self._forget(
            "bewaartermijn",
            lambda session: retention.anonymise(session, dossier_ids, today),
            dossier_ids,
        )

    def delete_dossiers(self, dossier_ids: list[uuid.UUID]) -> int:
        """Delete for good (after a safety backup of the file; the WAL folded in after the
        commit)."""
        return self._forget(
            "verwijderen",
            lambda session: retention.delete_dossiers(session, dossier_ids),
            dossier_ids,
        )

    def _forget(
        self, backup_reason: str, work: Callable[[Session], int], dossier_ids: list[uuid.UUID]
    ) -> int:
        """The file-level part of retention: a safety backup before, a checkpoint after (the
        old pages leave the WAL); the work itself runs in one transaction."""
        if not dossier_ids:
            return 0
        backups.safety_backup(self._db, backup_reason)
        with self._write(FORGOTTEN | Changes(dossier_ids=frozenset(dossier_ids))) as session:
            done = work(session)
        dossier_removal.checkpoint(self._db)
        return done

    # --- the audit log --------------------------------------------------------------------
    def audit_users(self) -> list[str]:
        with self._read() as session:
            return audit_log.users(session)

    def audit_actions(self) -> list[str]:
        with self._read() as session:
            return audit_log.actions(session)

    def audit_entries(self, spec: AuditFilter) -> list[AuditRow]:
        with self._read() as session:
            return audit_log.query(session, spec)

    def audit_of_dossier(self, dossier_id: uuid.UUID, limit: int = 500) -> list[AuditRow]:
        with self._read() as session:
            return audit_log.for_dossier(session, dossier_id, limit=limit)

    def dossier_id_of_num(self, num: int) -> uuid.UUID | None:
        with self._read() as session:
            return session.scalar(select(Dossier.id).where(Dossier.num == num))

    # --- disclosures ----------------------------------------------------------------------
    def export_workbook(
        self, path: Path, sheets: Sequence[XlsxSheet], *, entity: str, detail: str
    ) -> int:
        """Write `sheets` to `path` as an audited disclosure (action export.xlsx): the entry
        commits before the file appears; neither exists without the other. Never put names
        in `detail`. Returns the number of rows written."""
        from kempen_desktop.documents.xlsx import write_workbook

        with disclosure(self._db) as session:
            rows = write_workbook(path, sheets)
            audit.record(session, "export.xlsx", entity, "", detail.replace("{rows}", str(rows)))
        self._announce(Changes(audit=True))
        return rows

    def person_of_dossier(self, dossier_id: uuid.UUID) -> uuid.UUID | None:
        # Imported here: it brings the PDF and workbook writers (openpyxl), which the main
        # window's first paint does not need (issue 17).
        from kempen_desktop.services.trust import subject_access

        with self._read() as session:
            return subject_access.person_of_dossier(session, dossier_id)

    def export_subject_access(
        self, person_id: uuid.UUID, *, pdf: Path | None = None, xlsx: Path | None = None
    ) -> None:
        """The inzage (GDPR art. 15) as an audited disclosure: files and entry, or neither."""
        from kempen_desktop.services.trust import subject_access

        with disclosure(self._db) as session:
            subject_access.export(
                session, person_id, pdf=pdf, xlsx=xlsx, sender=self._workspace.sender
            )
        self._announce(Changes(audit=True))
