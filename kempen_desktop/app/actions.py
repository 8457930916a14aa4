"""Acties en activiteiten: BBC policy actions with indicators and per-period reports, and
events with participants and results.

Changes are announced as ``Changes(actions=True)``; a participant or a hire also touches the
dossier (timeline, uitstroom) and a hire the employer's history, so those are announced too.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from kempen_desktop.app.area import Area
from kempen_desktop.app.changes import Changes
from kempen_desktop.services.actions import action_reports, actions, events, tree_io
from kempen_desktop.services.actions.action_reports import ActionReportLine
from kempen_desktop.services.actions.actions import ActionInput, ActionRow, IndicatorInput
from kempen_desktop.services.actions.events import (
    EventInput,
    EventRow,
    HireOutcome,
    ParticipantLine,
    PartnerEventRow,
)
from kempen_desktop.services.actions.tree_io import ActionImportResult
from kempen_desktop.services.common import lookups
from kempen_desktop.services.common.lookups import Choice
from kempen_desktop.services.meetings import action_points
from kempen_desktop.services.meetings.action_points import ActionFilter
from kempen_desktop.services.meetings.action_points import ActionRow as ActionPointRow

CHANGED = Changes(actions=True)


def _people(*dossier_ids: uuid.UUID) -> Changes:
    """A participant or a hire: the dossier (timeline, status, uitstroom), the employer's
    history and the hire's follow-ups (action points) change too."""
    return Changes(
        actions=True,
        dossiers=True,
        partners=True,
        action_points=True,
        dossier_ids=frozenset(dossier_ids),
    )


class ActionsArea(Area):
    # --- actions ------------------------------------------------------------------------------
    def rows(self, today: date | None = None) -> list[ActionRow]:
        with self._read() as session:
            return actions.action_rows(session, today)

    def get(self, action_id: uuid.UUID) -> ActionInput:
        with self._read() as session:
            return actions.get_action(session, action_id)

    def statuses(self, keep: str = "") -> list[Choice]:
        with self._read() as session:
            return [Choice(code, label) for code, label in actions.statuses(session, keep)]

    def save(
        self,
        data: ActionInput,
        action_id: uuid.UUID | None = None,
        *,
        base: ActionInput | None = None,
    ) -> uuid.UUID:
        """`base` (the action as the form opened it): merged with someone else's change
        since, or EditConflictError when both changed a field; nothing written then."""
        with self._write(CHANGED) as session:
            return actions.save_action(session, data, action_id, base=base)

    def delete(self, action_id: uuid.UUID) -> Changes:
        with self._write(CHANGED) as session:
            actions.delete_action(session, action_id)
        return CHANGED

    # --- indicators ---------------------------------------------------------------------------
    def save_indicator(
        self, action_id: uuid.UUID, data: IndicatorInput, indicator_id: uuid.UUID | None = None
    ) -> uuid.UUID:
        with self._write(CHANGED) as session:
            return actions.save_indicator(session, action_id, data, indicator_id)

    def delete_indicator(self, indicator_id: uuid.UUID) -> Changes:
        with self._write(CHANGED) as session:
            actions.delete_indicator(session, indicator_id)
        return CHANGED

    def add_measurement(
        self, indicator_id: uuid.UUID, on: date, value: float | None = None, note: str = ""
    ) -> float:
        """Record a value; without `value` a computed indicator is computed as of `on`."""
        with self._write(CHANGED) as session:
            return actions.add_measurement(session, indicator_id, on, value, note)

    def delete_measurement(self, measurement_id: uuid.UUID) -> Changes:
        with self._write(CHANGED) as session:
            actions.delete_measurement(session, measurement_id)
        return CHANGED

    # --- inhoudelijke rapportering --------------------------------------------------------------
    def report_text(self, action_id: uuid.UUID, start: date, end: date) -> tuple[str, bool]:
        """(text, saved): the saved text of the period, else a generated draft."""
        with self._read() as session:
            return action_reports.report_text(session, action_id, start, end)

    def draft(self, action_id: uuid.UUID, start: date, end: date) -> str:
        with self._read() as session:
            return action_reports.draft(session, action_id, start, end)

    def save_report(
        self, action_id: uuid.UUID, start: date, end: date, text: str | None
    ) -> Changes:
        with self._write(CHANGED) as session:
            action_reports.save_report(session, action_id, start, end, text)
        return CHANGED

    def report_lines(self, start: date, end: date) -> dict[str, list[ActionReportLine]]:
        """Per WSE code the actions and their texts, for the Beleidsrapportage."""
        with self._read() as session:
            return action_reports.report_lines(session, start, end)

    def linked_meetings(self, action_id: uuid.UUID) -> list[uuid.UUID]:
        with self._read() as session:
            return action_reports.linked_meetings(session, action_id)

    def set_linked_meetings(self, action_id: uuid.UUID, meeting_ids: set[uuid.UUID]) -> Changes:
        with self._write(CHANGED) as session:
            action_reports.set_linked_meetings(session, action_id, meeting_ids)
        return CHANGED

    def meeting_choices(self) -> list[tuple[uuid.UUID, str]]:
        """Meetings to link to an action: (id, "dd/mm/yyyy title (status)"), newest first."""
        from kempen_desktop.db.models import Meeting

        with self._read() as session:
            return [
                (mid, f"{starts:%d/%m/%Y} {title} ({status})")
                for mid, starts, title, status in session.execute(
                    select(Meeting.id, Meeting.starts_at, Meeting.title, Meeting.status)
                    .order_by(Meeting.starts_at.desc())
                    .limit(500)
                )
            ]

    # --- the tree in and out of .xlsx --------------------------------------------------------
    def import_tree(self, path: Path, *, dry_run: bool = False) -> ActionImportResult:
        if dry_run:
            with self._read() as session:  # never committed
                return tree_io.import_tree(session, path)
        with self._write(CHANGED | Changes(audit=True)) as session:
            return tree_io.import_tree(session, path)

    def export_tree(self, path: Path) -> int:
        from kempen_desktop.services.common.disclosure import disclosure

        with disclosure(self._db) as session:
            written = tree_io.export_tree(session, path)
        self._announce(Changes(audit=True))
        return written

    # --- events -------------------------------------------------------------------------------
    def events(
        self,
        start: date | None = None,
        end: date | None = None,
        action_id: uuid.UUID | None = None,
    ) -> list[EventRow]:
        with self._read() as session:
            return events.event_rows(session, start, end, action_id)

    def event(self, event_id: uuid.UUID) -> EventInput:
        with self._read() as session:
            return events.get_event(session, event_id)

    def save_event(
        self,
        data: EventInput,
        event_id: uuid.UUID | None = None,
        *,
        base: EventInput | None = None,
    ) -> uuid.UUID:
        """`base`: as for `save`."""
        with self._write(CHANGED | Changes(partners=True)) as session:
            return events.save_event(session, data, event_id, base=base)

    def delete_event(self, event_id: uuid.UUID) -> Changes:
        changes = _people()
        with self._write(changes) as session:
            events.delete_event(session, event_id)
        return changes

    def participants(self, event_id: uuid.UUID) -> list[ParticipantLine]:
        with self._read() as session:
            return events.participants(session, event_id)

    def add_participant(
        self, event_id: uuid.UUID, dossier_id: uuid.UUID, attended: bool = True
    ) -> uuid.UUID:
        with self._write(_people(dossier_id)) as session:
            return events.add_participant(session, event_id, dossier_id, attended)

    def set_attended(self, participant_id: uuid.UUID, attended: bool) -> Changes:
        with self._write(CHANGED) as session:
            events.set_attended(session, participant_id, attended)
        return CHANGED

    def remove_participant(self, participant_id: uuid.UUID) -> Changes:
        changes = _people()
        with self._write(changes) as session:
            events.remove_participant(session, participant_id)
        return changes

    def set_hired(
        self,
        participant_id: uuid.UUID,
        employer_id: uuid.UUID | None,
        started_on: date | None = None,
    ) -> HireOutcome:
        """Record a hire by `employer_id` (None takes it back): the dossier's uitstroom naar
        werk and status, its timeline, the employer's history and the follow-ups at 3 and 6
        months (the rule: domain/actions.py). The outcome says when the status stayed."""
        with self._write(_people()) as session:
            return events.set_hired(session, participant_id, employer_id, started_on)

    def dossier_events(self, dossier_id: uuid.UUID) -> list[tuple[date, str, str, bool]]:
        with self._read() as session:
            return events.dossier_events(session, dossier_id)

    def partner_events(self, partner_id: uuid.UUID) -> list[PartnerEventRow]:
        """The events the partner organised or took part in as employer, newest first, with
        participants and hires (the Activiteiten tab of the partner detail)."""
        with self._read() as session:
            return events.partner_event_rows(session, partner_id)

    def dossier_follow_ups(
        self, dossier_id: uuid.UUID, today: date | None = None
    ) -> list[ActionPointRow]:
        """The dossier's open action points, the follow-ups of a hire among them, by due
        date (the dossier detail shows them; `is_overdue(today)` marks the late ones)."""
        with self._read() as session:
            return action_points.query(
                session, ActionFilter(dossier_id=dossier_id, open_only=True), today
            )

    def totals(self, start: date, end: date) -> tuple[int, int]:
        """(deelnemers, aanwervingen) of the events held in [start, end]."""
        with self._read() as session:
            return events.totals(session, start, end)

    # --- pickers ------------------------------------------------------------------------------
    def partner_choices(self) -> list[tuple[uuid.UUID, str]]:
        with self._read() as session:
            return events.partner_choices(session)

    def dossier_choices(self, text: str = "") -> list[tuple[uuid.UUID, str]]:
        with self._read() as session:
            return events.dossier_choices(session, text)

    def target_groups(self) -> list[Choice]:
        with self._read() as session:
            return lookups.target_groups(session)

    def action_choices(self) -> list[tuple[uuid.UUID, str]]:
        return [(r.id, f"{r.code} {r.short_description}") for r in self.rows()]
