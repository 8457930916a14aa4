"""No silent overwrite in vergadermodus, the action points overview and a partner's
engagements (issue 19): two workspaces on one file (and PostgreSQL when installed).

Vergadermodus saves as you type and must never block a running meeting: when someone else
changed the same text meanwhile, both versions are kept in the field (theirs first, then
mine under a marker) and the screen says so in a banner; nothing is lost, nothing asks.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from typing import Any

import pytest
from sqlalchemy import update

from kempen_desktop.app import Workspace
from kempen_desktop.app import meetings as app_meetings
from kempen_desktop.db.models import ActionPoint
from kempen_desktop.domain.merge import CONFLICT_MESSAGE, EditConflictError
from kempen_desktop.services.meetings.action_points import ActionFilter, Owner
from kempen_desktop.services.meetings.action_points import ActionInput as PointInput
from kempen_desktop.services.meetings.meetings import MeetingInput
from kempen_desktop.services.meetings.running import MINE_FOLLOWS
from kempen_desktop.services.partners.engagements import EngagementInput
from kempen_desktop.services.partners.partners import PartnerInput
from kempen_desktop.ui.meetings.meeting_mode import MeetingModeWindow
from kempen_desktop.ui.partners.engagement_dialog import EngagementDialog
from tests.test_team_versions import _open, location, two

__all__ = ["_open", "location", "two"]


def _written_by_someone_else_in_between(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """The service reads the point, then another user's write moves its version before
    this one flushes: the ORM's version check (versioned.py) raises StaleDataError."""
    original = getattr(app_meetings.actions, name)

    def racing(session: Any, action_id: Any, *args: Any) -> Any:
        read = session.get(ActionPoint, action_id)  # held: the identity map is weak
        session.execute(
            update(ActionPoint)
            .where(ActionPoint.id == action_id)
            .values(version=ActionPoint.version + 1)
            .execution_options(synchronize_session=False)
        )
        assert read is not None
        return original(session, action_id, *args)

    monkeypatch.setattr(app_meetings.actions, name, racing)


@pytest.mark.parametrize("name", ["set_action_status", "delete_action"])
def test_action_point_status_or_delete_over_a_concurrent_write_is_the_dutch_conflict(
    two: tuple[Workspace, Workspace], monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    ann, bert = two
    point_id = ann.action_points.create(PointInput("Cv nakijken", Owner.regisseur()))
    _written_by_someone_else_in_between(monkeypatch, name)
    with pytest.raises(EditConflictError, match=CONFLICT_MESSAGE):
        if name == "delete_action":
            ann.action_points.delete(point_id)
        else:
            ann.action_points.mark_done(point_id)
    rows = bert.action_points.rows(ActionFilter(open_only=False))
    assert [(row.id, row.status) for row in rows] == [(point_id, "open")]  # nothing written


# --- vergadermodus ---------------------------------------------------------------------------


def _item(workspace: Workspace) -> tuple[Any, Any]:
    """A meeting of today (so vergadermodus edits it) with one free item."""
    meeting_id = workspace.meetings.plan(
        MeetingInput(title="Cliëntoverleg", starts_at=datetime.combine(date.today(), time(9)))
    )
    return meeting_id, workspace.meetings.add_free_item(meeting_id, "Rondvraag")


def _texts(workspace: Workspace, meeting_id: Any) -> tuple[str, str]:
    item = workspace.meetings.get(meeting_id).agenda[0]
    return item.discussion, item.agreements


def test_a_text_only_i_changed_is_written_and_becomes_my_base(
    two: tuple[Workspace, Workspace],
) -> None:
    ann, bert = two
    meeting_id, item_id = _item(ann)
    saved = ann.meetings.save_item_text(item_id, "An start", None, base=("", ""))
    assert (saved.kept_both, saved.discussion) == ((), "An start")
    # Typing on: my own save is my base, so it is no conflict with myself.
    ann.meetings.save_item_text(item_id, "An start maandag", None, base=("An start", ""))
    assert _texts(bert, meeting_id) == ("An start maandag", "")


def test_a_text_both_changed_keeps_both_versions_and_loses_nothing(
    two: tuple[Workspace, Workspace],
) -> None:
    ann, bert = two
    meeting_id, item_id = _item(ann)
    ann.meetings.save_item_text(item_id, "Begin", "", base=("", ""))
    bert.meetings.save_item_text(item_id, "Begin, Bert vult aan", None, base=("Begin", ""))
    saved = ann.meetings.save_item_text(
        item_id, "Begin, Ann vult aan", "VDAB belt", base=("Begin", "")
    )
    assert saved.kept_both == ("discussion",)
    stored = _texts(bert, meeting_id)
    assert stored == (
        f"Begin, Bert vult aan\n\n{MINE_FOLLOWS}\nBegin, Ann vult aan",
        "VDAB belt",  # only Ann changed the agreement: written as it is
    )
    # Ann types on from what is stored now: no second copy of anything.
    ann.meetings.save_item_text(item_id, stored[0] + ".", None, base=stored)
    assert _texts(bert, meeting_id)[0] == stored[0] + "."


def _window(qtbot: Any, workspace: Workspace, meeting_id: Any) -> MeetingModeWindow:
    window = MeetingModeWindow(workspace, meeting_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_meeting_mode_shows_both_versions_in_a_banner_and_types_on(
    qtbot: Any, two: tuple[Workspace, Workspace]
) -> None:
    ann, bert = two
    meeting_id, item_id = _item(ann)
    window = _window(qtbot, ann, meeting_id)
    assert not window.read_only
    bert.meetings.save_item_text(item_id, None, "Bert: OCMW belt", base=("", ""))
    window.agreement.setFocus()
    qtbot.keyClicks(window.agreement, "Ann: VDAB belt")
    window.save_now()  # what the 500 ms timer does
    assert window.conflict_banner.isVisible()
    assert window.conflict_banner.text() == (
        "Iemand anders wijzigde deze tekst; beide versies bewaard"
    )
    both = f"Bert: OCMW belt\n\n{MINE_FOLLOWS}\nAnn: VDAB belt"
    assert window.agreement.toPlainText() == both
    assert _texts(bert, meeting_id)[1] == both
    qtbot.keyClicks(window.agreement, ".")  # the cursor stayed at the end of my text
    window.save_now()
    assert _texts(bert, meeting_id)[1] == both + "."
    window.grab().save("/tmp/meeting_mode_conflict.png")
    window.close()


# --- a partner's engagements -----------------------------------------------------------------


def _engagement(workspace: Workspace) -> Any:
    partner_id = workspace.partners.create(
        PartnerInput(name="Bakkerij Smets", partner_type_code="werkgever")
    )
    return workspace.partners.add_engagement(
        partner_id,
        EngagementInput(engaged_as="werkgever", started_on=date(2025, 3, 1), evidence="Charter"),
    )


def test_engagement_edits_merge_and_a_field_both_changed_is_refused(
    two: tuple[Workspace, Workspace],
) -> None:
    ann, bert = two
    engagement_id = _engagement(ann)
    opened = ann.partners.get_engagement(engagement_id)[1]  # both open the same engagement
    bert.partners.update_engagement(
        engagement_id, replace(opened, ended_on=date(2026, 6, 30)), base=opened
    )
    with pytest.raises(EditConflictError) as raised:
        ann.partners.update_engagement(
            engagement_id, replace(opened, ended_on=date(2026, 12, 31)), base=opened
        )
    assert [(c.field, c.theirs, c.mine) for c in raised.value.conflicts] == [
        ("ended_on", date(2026, 6, 30), date(2026, 12, 31))
    ]
    ann.partners.update_engagement(
        engagement_id, replace(opened, evidence="Charter, getekend"), base=opened
    )
    stored = bert.partners.get_engagement(engagement_id)[1]
    assert (stored.ended_on, stored.evidence) == (date(2026, 6, 30), "Charter, getekend")


def test_engagement_dialog_over_someone_elses_change_to_the_same_field_saves_nothing(
    qtbot: Any, two: tuple[Workspace, Workspace]
) -> None:
    ann, bert = two
    engagement_id = _engagement(ann)
    opened = ann.partners.get_engagement(engagement_id)[1]
    dialog = EngagementDialog(
        lambda value: ann.partners.update_engagement(engagement_id, value, base=opened),
        "Bakkerij Smets",
        [],
        [],
        opened,
    )
    qtbot.addWidget(dialog)
    bert.partners.update_engagement(engagement_id, replace(opened, evidence="Bert"), base=opened)
    dialog.evidence.setPlainText("Ann")
    dialog._save()
    assert dialog.result() == 0 and CONFLICT_MESSAGE in dialog.summary.text()
    assert bert.partners.get_engagement(engagement_id)[1].evidence == "Bert"
