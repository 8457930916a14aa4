"""What follows a meeting, for `workspace.meetings`: carrying what is left over to the next
meeting of the series, the e-mail drafts with each partner's minutes, and the dossierfiches
of the agenda with a cover page. A base class of MeetingsArea (app/meetings.py)."""

from __future__ import annotations

import uuid
from pathlib import Path

from kempen_desktop.app.area import Area
from kempen_desktop.app.changes import Changes
from kempen_desktop.services.common.disclosure import disclosure
from kempen_desktop.services.meetings import running
from kempen_desktop.services.meetings.running import CarryOver
from kempen_desktop.services.reports.dossier_fiche import SummaryResult

CLOSED = Changes(meetings=True, dossiers=True, action_points=True)
AUDIT = Changes(audit=True)


class MeetingFollowUp(Area):
    def carry_over_plan(self, meeting_id: uuid.UUID) -> CarryOver:
        """What closing can carry over to the next meeting of the series (changes nothing)."""
        with self._read() as session:
            return running.carry_over_plan(session, meeting_id)

    def carry_over(self, meeting_id: uuid.UUID) -> CarryOver:
        """The undiscussed dossiers and the open action points onto the next meeting of the
        series; returns what was added."""
        with self._write(Changes(meetings=True)) as session:
            return running.carry_over(session, meeting_id)

    def close_and_carry_over(self, meeting_id: uuid.UUID) -> tuple[int, CarryOver]:
        """Close as held and carry over, in one transaction: (dossiers with a decision, what
        went to the next meeting)."""
        with self._write(CLOSED) as session:
            touched = running.close_meeting(session, meeting_id)
            return touched, running.carry_over(session, meeting_id)

    def write_mail_drafts(
        self, meeting_id: uuid.UUID, folder: Path, partner_id: uuid.UUID | None = None
    ) -> list[Path]:
        """*Verslag versturen*: `folder/<partner>.eml` per invited partner (or one), each with
        that partner's minutes PDF; nothing is sent. One audit entry per partner, committed
        before the files appear."""
        from kempen_desktop.services.meetings.mail import write_mail_drafts

        with disclosure(self._db) as session:
            paths = write_mail_drafts(
                session, meeting_id, folder, partner_id, self._workspace.sender
            )
        self._announce(AUDIT)
        return paths

    def write_agenda_fiches(
        self, meeting_id: uuid.UUID, path: Path, partner: str | None = None
    ) -> SummaryResult:
        """The dossierfiches of the agenda in one PDF with a cover page; for `partner` (a
        name) only the dossiers shareable with it."""
        from kempen_desktop.services.reports.agenda_fiches import write_agenda_fiches

        with disclosure(self._db) as session:
            result = write_agenda_fiches(
                session, meeting_id, path, partner, sender=self._workspace.sender
            )
        self._announce(AUDIT)
        return result
