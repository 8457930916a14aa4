"""No silent overwrite in vergadermodus, the action points overview and a partner's
engagements (issue 19): two workspaces on one file (and PostgreSQL when installed).

Vergadermodus saves as you type and must never block a running meeting: when someone else
changed the same text meanwhile, both versions are kept in the field (theirs first, then
mine under a marker) and the screen says so in a banner; nothing is lost, nothing asks.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import update

from kempen_desktop.app import Workspace
from kempen_desktop.app import meetings as app_meetings
from kempen_desktop.db.models import ActionPoint
from kempen_desktop.domain.merge import CONFLICT_MESSAGE, EditConflictError
from kempen_desktop.services.meetings.action_points import ActionFilter, Owner
from kempen_desktop.services.meetings.action_points import ActionInput as PointInput
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
