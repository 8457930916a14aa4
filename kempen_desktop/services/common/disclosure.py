"""A disclosure and its audit record are one act: the record is committed before the
file appears under its final name, and if either fails neither exists.

    with disclosure(database) as session:
        write_workbook(path, sheets)          # finished under a temporary name
        audit.record(session, "export.xlsx", ...)
    # here: audit committed, then the file renamed into place

Order and why:
1. The files are written to locked temporary names next to their targets
   (documents/atomic.staged_outputs); nothing is visible yet.
2. The transaction with the audit entry commits. If it fails (a full disk) the
   temporary files are removed: no file, no record.
3. The files are renamed into place. A rename on the same folder rarely fails, but
   when it does (the target is open in Excel on Windows, the stick was pulled) the audit
   entries of this act are deleted again in a compensating transaction and the
   temporary files removed: no file, no record. Should that compensation itself fail,
   the record stays: a record of a disclosure that did not happen is the safe side of
   the error, a disclosure without a record is not.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, event
from sqlalchemy.orm import Session

from kempen_desktop.db.models import AuditEntry
from kempen_desktop.documents.atomic import staged_outputs

if TYPE_CHECKING:
    from kempen_desktop.services.common.database import Database

log = logging.getLogger(__name__)


@contextmanager
def disclosure(database: Database) -> Iterator[Session]:
    """A transaction whose files (written with atomic_output) appear only once it committed."""
    entries: list[AuditEntry] = []

    def collect(session: Session, _context: Any) -> None:
        entries.extend(o for o in session.new if isinstance(o, AuditEntry))

    with staged_outputs() as staged:
        with database.transaction() as session:
            event.listen(session, "after_flush", collect)
            yield session
            session.flush()
        try:
            staged.publish()
        except BaseException:
            _withdraw(database, [entry.id for entry in entries])
            raise


def _withdraw(database: Database, ids: list[Any]) -> None:
    if not ids:
        return
    try:
        with database.transaction() as session:
            session.execute(delete(AuditEntry).where(AuditEntry.id.in_(ids)))
    except Exception as error:  # noqa: BLE001 - the original failure is what the user must see
        log.error("audit entry of a failed export could not be withdrawn: %s", type(error).__name__)
