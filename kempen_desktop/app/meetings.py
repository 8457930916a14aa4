"""Overlegmomenten and action points: planning, the agenda, vergadermodus, closing, the
minutes and the calendar export; and the Actiepunten overview."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from kempen_desktop.app.area import Area
from kempen_desktop.app.changes import Changes
from kempen_desktop.app.conflicts import refuse_stale
from kempen_desktop.app.meeting_followup import MeetingFollowUp
from kempen_desktop.services.common import audit, lookups
from kempen_desktop.services.common.disclosure import disclosure
from kempen_desktop.services.meetings import action_points as actions
from kempen_desktop.services.meetings import (
    agenda,
    agenda_edits,
    ics,
    meeting_list,
    running,
    sharing,
    templates,
)
from kempen_desktop.services.meetings import meetings as planning
from kempen_desktop.services.meetings.action_points import (
    ActionEdit,
    ActionFilter,
    ActionInput,
    ActionRow,
    Owner,
)
from kempen_desktop.services.meetings.agenda import Suggestion
from kempen_desktop.services.meetings.agenda_edits import RemovedItem as Removed
from kempen_desktop.services.meetings.meeting_list import (
    DossierSummary,
    MeetingFilter,
    MeetingListRow,
)
from kempen_desktop.services.meetings.meetings import MeetingInput, MeetingView
from kempen_desktop.services.meetings.running import ItemTextSaved

MEETINGS = Changes(meetings=True)
# Closing writes the agreements into the timelines of the discussed dossiers.
CLOSED = Changes(meetings=True, dossiers=True, action_points=True)
ACTIONS = Changes(action_points=True)
AUDIT = Changes(audit=True)


class MeetingsArea(MeetingFollowUp, Area):
    # --- reading ------------------------------------------------------------------------------
    def rows(self, flt: MeetingFilter | None = None) -> list[MeetingListRow]:
        with self._read() as session:
            return meeting_list.list_meetings(session, flt)

    def get(self, meeting_id: uuid.UUID) -> MeetingView:
        with self._read() as session:
            return planning.load_view(session, meeting_id)

    def resolve_id(self, text: str) -> uuid.UUID:
        """A meeting by its UUID or a unique prefix of it (for the command line)."""
        with self._read() as session:
            return planning.resolve_meeting_id(session, text)

    def series_meetings(self, series_id: uuid.UUID) -> list[uuid.UUID]:
        with self._read() as session:
            return planning.series_meetings(session, series_id)

    def types(self) -> list[tuple[str, str]]:
        """(code, label) of the active kinds of meeting."""
        with self._read() as session:
            return planning.meeting_types(session)

    def partners_with_contacts(self) -> list[lookups.PartnerChoice]:
        """The partners (and their contact persons) one can invite or filter on."""
        with self._read() as session:
            return lookups.partners_with_contacts(session)

    def dossier_summary(self, dossier_id: uuid.UUID) -> DossierSummary | None:
        with self._read() as session:
            return meeting_list.dossier_summary(session, dossier_id)

    def suggest(
        self,
        meeting_id: uuid.UUID,
        rules: Sequence[str],
        partner_ids: Sequence[uuid.UUID] | None = None,
        followed_only: bool = True,
    ) -> list[Suggestion]:
        """What the agenda rules put forward (nothing changes); shareable ones first."""
        with self._read() as session:
            return agenda.suggest(session, meeting_id, rules, partner_ids, followed_only)

    def template_items(self, type_code: str) -> list[str]:
        """The standard free agenda items of a kind of meeting."""
        with self._read() as session:
            return templates.template_items(session, type_code)

    def not_shareable(self, meeting_id: uuid.UUID) -> dict[uuid.UUID, str]:
        """The meeting's agenda dossiers not shareable with every invited partner on its day,
        with the reason ('niet deelbaar met VDAB (geen toestemming)')."""
        with self._read() as session:
            return sharing.agenda_refusals(session, meeting_id)

    # --- planning -----------------------------------------------------------------------------
    def plan(self, data: MeetingInput) -> uuid.UUID:
        """Plan a meeting; the standard items of its type go on its agenda."""
        with self._write(MEETINGS) as session:
            meeting_id = planning.plan_meeting(session, data)
            templates.apply_template(session, meeting_id)
            return meeting_id

    def plan_series(
        self, data: MeetingInput, count: int, interval_months: int = 3
    ) -> tuple[uuid.UUID, list[uuid.UUID]]:
        planning.check_series(count, interval_months)
        with self._write(MEETINGS) as session:
            series_id, ids = planning.plan_series(session, data, count, interval_months)
            for meeting_id in ids:
                templates.apply_template(session, meeting_id)
            return series_id, ids

    def update(
        self,
        meeting_id: uuid.UUID,
        data: MeetingInput,
        minutes: str | None = None,
        *,
        base: MeetingInput | None = None,
    ) -> Changes:
        """`base` (the meeting as the form opened it): someone else's change since stays, or
        EditConflictError (domain.merge) when both changed a field; nothing written then."""
        planning.check_minutes(minutes)
        with self._write(MEETINGS) as session:
            planning.update_meeting(session, meeting_id, data, minutes, base=base)
        return MEETINGS

    def delete(self, meeting_id: uuid.UUID) -> Changes:
        changes = MEETINGS | ACTIONS | Changes(dossiers=True)  # its action points go with it
        with self._write(changes) as session:
            planning.delete_meeting(session, meeting_id)
        return changes

    def cancel(self, meeting_id: uuid.UUID, reason: str) -> Changes:
        with self._write(MEETINGS) as session:
            planning.cancel_meeting(session, meeting_id, reason)
        return MEETINGS

    def move(
        self, meeting_id: uuid.UUID, starts_at: datetime, ends_at: datetime | None, reason: str = ""
    ) -> uuid.UUID:
        with self._write(MEETINGS) as session:
            return planning.move_meeting(session, meeting_id, starts_at, ends_at, reason)

    # --- the agenda ---------------------------------------------------------------------------
    def add_dossiers(
        self, meeting_id: uuid.UUID, dossiers: Sequence[tuple[uuid.UUID, str]]
    ) -> list[uuid.UUID]:
        with self._write(MEETINGS) as session:
            return agenda.add_dossiers(session, meeting_id, dossiers)

    def add_free_item(self, meeting_id: uuid.UUID, title: str) -> uuid.UUID:
        with self._write(MEETINGS) as session:
            return agenda.add_free_item(session, meeting_id, title)

    def rename_item(self, item_id: uuid.UUID, title: str, *, base: str | None = None) -> Changes:
        """`base` (the title as shown): renamed by someone else since → EditConflictError."""
        with self._write(MEETINGS) as session:
            agenda.rename_item(session, item_id, title, base=base)
        return MEETINGS

    def remove_item(self, item_id: uuid.UUID) -> Changes:
        with self._write(MEETINGS) as session:
            agenda.remove_item(session, item_id)
        return MEETINGS

    def reorder_items(self, meeting_id: uuid.UUID, item_ids: Sequence[uuid.UUID]) -> Changes:
        with self._write(MEETINGS) as session:
            agenda.reorder_items(session, meeting_id, item_ids)
        return MEETINGS

    def remove_items(self, meeting_id: uuid.UUID, item_ids: Sequence[uuid.UUID]) -> list[Removed]:
        """Remove several items at once; returns them, to put back with restore_items."""
        with self._write(MEETINGS) as session:
            return agenda_edits.remove_items(session, meeting_id, item_ids)

    def clear_agenda(self, meeting_id: uuid.UUID) -> list[Removed]:
        """*Agenda leegmaken*; returns the removed items, to put back with restore_items."""
        with self._write(MEETINGS) as session:
            return agenda_edits.clear_agenda(session, meeting_id)

    def restore_items(self, removed: Sequence[Removed]) -> Changes:
        """Undo a removal: the same items (ids, texts, places, action links) come back."""
        with self._write(MEETINGS) as session:
            agenda_edits.restore_items(session, removed)
        return MEETINGS

    def set_template_items(self, type_code: str, titles: Sequence[str]) -> list[str]:
        """Replace the standard free items of a kind of meeting."""
        with self._write(Changes(reference_data=True)) as session:
            return templates.set_template_items(session, type_code, titles)

    def apply_template(self, meeting_id: uuid.UUID) -> list[uuid.UUID]:
        """Put the standard items of its type on an existing meeting's agenda."""
        with self._write(MEETINGS) as session:
            return templates.apply_template(session, meeting_id)

    # --- running ------------------------------------------------------------------------------
    def set_attendance(self, participant_id: uuid.UUID, attendance: str) -> Changes:
        with self._write(MEETINGS) as session:
            running.set_attendance(session, participant_id, attendance)
        return MEETINGS

    def save_item_text(
        self,
        item_id: uuid.UUID,
        discussion: str | None,
        agreements: str | None,
        *,
        base: tuple[str, str] | None = None,
    ) -> ItemTextSaved:
        """Autosave: None leaves a field as it is in the database; nothing is announced when
        nothing changed. `base` (the texts as the editor loaded or last saved them): a field
        someone else changed since keeps both versions, never blocks (running.MINE_FOLLOWS).
        The result is what is stored now: the editor's next base."""
        running.check_item_text(discussion, agreements)
        with refuse_stale(), self._db.transaction() as session:
            saved = running.save_item_text(session, item_id, discussion, agreements, base=base)
        self._announce(MEETINGS if saved.changed else Changes())
        return saved

    def save_minutes(self, meeting_id: uuid.UUID, minutes: str) -> Changes:
        planning.check_minutes(minutes)
        with self._db.transaction() as session:
            changed = running.save_minutes(session, meeting_id, minutes)
        return self._announce(MEETINGS if changed else Changes())

    def close(self, meeting_id: uuid.UUID) -> int:
        """Closed as held; returns how many dossiers received or updated a decision."""
        with self._write(CLOSED) as session:
            return running.close_meeting(session, meeting_id)

    # --- what leaves the application ----------------------------------------------------------
    def write_minutes(
        self,
        meeting_id: uuid.UUID,
        path: Path,
        partner_id: uuid.UUID | None = None,
        action_list: Path | None = None,
    ) -> int:
        """The verslag as PDF (full, or the version for one partner), and optionally its action
        list as .xlsx; the audit record is committed before the files appear. Returns pages."""
        from kempen_desktop.services.meetings.minutes import (
            write_action_list_xlsx,
            write_minutes_pdf,
        )

        with disclosure(self._db) as session:
            pages = write_minutes_pdf(session, meeting_id, path, partner_id, self._workspace.sender)
            if action_list is not None:
                write_action_list_xlsx(session, meeting_id, action_list, partner_id)
        self._announce(AUDIT)
        return pages

    def write_action_list(
        self, meeting_id: uuid.UUID, path: Path, partner_id: uuid.UUID | None = None
    ) -> None:
        from kempen_desktop.services.meetings.minutes import write_action_list_xlsx

        with disclosure(self._db) as session:
            write_action_list_xlsx(session, meeting_id, path, partner_id)
        self._announce(AUDIT)

    def partner_by_name(self, name: str) -> uuid.UUID:
        """The partner a minutes version is for, by (part of) its name (for the command line)."""
        from kempen_desktop.services.meetings.minutes import partner_by_name

        with self._read() as session:
            return partner_by_name(session, name)[0]

    def export_ics(self, meeting_id: uuid.UUID, path: Path, whole_series: bool = False) -> int:
        """The meeting (or its whole series) as an .ics file; returns the number of events.
        An audited disclosure: the audit entry commits before the file appears."""
        with disclosure(self._db) as session:
            ids = ics.series_ids(session, meeting_id) if whole_series else [meeting_id]
            count = ics.export_ics(session, ids, path)
            audit.record(session, "export.ics", "meeting", meeting_id, f"{count} events")
        self._announce(AUDIT)
        return count


class ActionPointsArea(Area):
    def rows(self, flt: ActionFilter, today: date | None = None) -> list[ActionRow]:
        with self._read() as session:
            return actions.query(session, flt, today)

    # A point another user changed or removed between reading and writing it is refused in
    # Dutch (refuse_stale, app/conflicts.py), as in every other area: never a raw error.
    def create(self, data: ActionInput) -> uuid.UUID:
        with refuse_stale(), self._db.transaction() as session:
            point = actions.create_action(session, data)
            point_id, dossier_id = point.id, point.dossier_id
        self._announce(_changed(dossier_id))
        return point_id

    def update(
        self,
        action_id: uuid.UUID,
        description: str,
        owner: Owner,
        deadline: date | None,
        *,
        base: ActionEdit | None = None,
    ) -> Changes:
        """`base` (as the editor opened it): merged with someone else's change since, or
        EditConflictError when both changed a field (domain.merge); nothing written then."""
        with refuse_stale(), self._db.transaction() as session:
            dossier_id = actions.update_action(
                session, action_id, description, owner, deadline, base=base
            ).dossier_id
        return self._announce(_changed(dossier_id))

    def set_status(self, action_id: uuid.UUID, status: str, on: date | None = None) -> Changes:
        with refuse_stale(), self._db.transaction() as session:
            dossier_id = actions.set_action_status(session, action_id, status, on).dossier_id
        return self._announce(_changed(dossier_id))

    def mark_done(self, action_id: uuid.UUID, on: date | None = None) -> Changes:
        from kempen_desktop.domain.meetings import DONE

        return self.set_status(action_id, DONE, on)

    def delete(self, action_id: uuid.UUID) -> Changes:
        with refuse_stale(), self._db.transaction() as session:
            dossier_id = actions.delete_action(session, action_id)
        return self._announce(_changed(dossier_id))


def _changed(dossier_id: uuid.UUID | None) -> Changes:
    """An action point changed: the overview, the meeting's counts and the dossier's detail."""
    return Changes(
        action_points=True,
        meetings=True,
        dossier_ids=frozenset({dossier_id}) if dossier_id else frozenset(),
    )
