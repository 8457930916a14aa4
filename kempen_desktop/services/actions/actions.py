"""BBC policy actions: the tree, one action as a form edits it, indicators and measurements.

Session functions: the caller owns the transaction. Saving an existing action writes only
the fields given (the form applies domain.edits first), so nothing it did not show is lost.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import (
    ActionIndicator,
    ActionStatus,
    IndicatorMeasurement,
    Partner,
    PolicyAction,
)
from kempen_desktop.domain.actions import COMPUTABLE, LEVELS, action_problem
from kempen_desktop.domain.merge import EditConflictError, three_way
from kempen_desktop.domain.wse import WSE_CODES
from kempen_desktop.services.actions.indicators import compute
from kempen_desktop.services.common.labels import label_column

T = TypeVar("T")


class ActionError(ValueError):
    """An action or indicator that cannot be saved; the message is one Dutch sentence."""


@dataclass(frozen=True)
class ActionInput:
    code: str
    short_description: str
    long_description: str = ""
    level: str = "actie"
    parent_id: uuid.UUID | None = None
    status: str = "niet_gestart"
    starts_on: date | None = None
    ends_on: date | None = None
    priority: bool = False
    wse_code: str | None = None
    responsible: str = ""
    partner_ids: frozenset[uuid.UUID] = frozenset()


@dataclass(frozen=True)
class IndicatorLine:
    id: uuid.UUID
    name: str
    unit: str
    target: float | None
    computed: str | None
    latest_on: date | None
    latest: float | None
    measurements: list[tuple[uuid.UUID, date, float, str]] = field(default_factory=list)


@dataclass(frozen=True)
class ActionRow:
    id: uuid.UUID
    parent_id: uuid.UUID | None
    code: str
    level: str
    short_description: str
    status: str
    status_label: str
    wse_code: str | None
    priority: bool
    starts_on: date | None
    ends_on: date | None
    responsible: str
    indicators: list[IndicatorLine]


@dataclass(frozen=True)
class IndicatorInput:
    name: str
    unit: str = ""
    target: float | None = None
    computed: str | None = None


def status_labels(session: Session) -> dict[str, str]:
    return dict(
        session.execute(
            select(ActionStatus.code, ActionStatus.label).order_by(ActionStatus.sort_order)
        ).all()
    )


def shown_status_labels(session: Session) -> dict[str, str]:
    """Status labels in the UI's language (documents use the Dutch `status_labels`)."""
    return dict(session.execute(select(ActionStatus.code, label_column(ActionStatus))).all())


def statuses(session: Session, keep: str = "") -> list[tuple[str, str]]:
    """Active statuses in list order (labels in the UI's language), plus `keep` (the status
    of an edited action)."""
    return [
        (code, label)
        for code, label, active in session.execute(
            select(ActionStatus.code, label_column(ActionStatus), ActionStatus.active).order_by(
                ActionStatus.sort_order
            )
        )
        if active or code == keep
    ]


def _line(session: Session, indicator: ActionIndicator, today: date) -> IndicatorLine:
    points = [(m.id, m.measured_on, m.value, m.note) for m in indicator.measurements]
    if indicator.computed:
        latest_on: date | None = today
        latest = compute(session, indicator.computed, today)
    elif points:
        latest_on, latest = points[-1][1], points[-1][2]
    else:
        latest_on, latest = None, None
    return IndicatorLine(
        indicator.id,
        indicator.name,
        indicator.unit,
        indicator.target,
        indicator.computed,
        latest_on,
        latest,
        points,
    )


def action_rows(session: Session, today: date | None = None) -> list[ActionRow]:
    """Every action in code order, each with its indicators and their latest value."""
    day = today or date.today()
    labels = shown_status_labels(session)
    rows = []
    for action in session.scalars(select(PolicyAction)):
        rows.append(
            ActionRow(
                action.id,
                action.parent_id,
                action.code,
                action.level,
                action.short_description,
                action.status,
                labels.get(action.status, action.status),
                action.wse_code,
                action.priority,
                action.starts_on,
                action.ends_on,
                action.responsible,
                [_line(session, i, day) for i in action.indicators],
            )
        )
    rows.sort(key=lambda r: code_key(r.code))
    return rows


def code_key(code: str) -> tuple[tuple[int, int | str], ...]:
    """5.2.4.9 before 5.2.4.11."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in code.split("."))


def get_action(session: Session, action_id: uuid.UUID) -> ActionInput:
    action = session.get(PolicyAction, action_id)
    if action is None:
        raise ActionError("Deze actie bestaat niet (meer).")
    return ActionInput(
        action.code,
        action.short_description,
        action.long_description or "",
        action.level,
        action.parent_id,
        action.status,
        action.starts_on,
        action.ends_on,
        action.priority,
        action.wse_code,
        action.responsible or "",
        frozenset(p.id for p in action.partners),
    )


def check_action(session: Session, data: ActionInput, action_id: uuid.UUID | None) -> None:
    problem = action_problem(data.code, data.short_description, data.long_description)
    if problem:
        raise ActionError(problem)
    if data.level not in LEVELS:
        raise ActionError(f"Onbekend niveau ‘{data.level}’.")
    if data.wse_code is not None and data.wse_code not in WSE_CODES:
        raise ActionError(f"Onbekende WSE-code ‘{data.wse_code}’: gebruik WSE-LR1 … WSE-LR4.")
    if data.status not in status_labels(session):
        raise ActionError(f"Onbekende status ‘{data.status}’.")
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        raise ActionError("De einddatum ligt voor de startdatum.")
    if len(data.responsible) > 200:
        raise ActionError("De verantwoordelijke is langer dan 200 tekens.")
    same = session.scalar(
        select(PolicyAction.id).where(PolicyAction.code == data.code.strip()).limit(1)
    )
    if same is not None and same != action_id:
        raise ActionError(f"Er bestaat al een actie met code {data.code.strip()}.")
    if action_id is not None and data.parent_id is not None:
        parent: uuid.UUID | None = data.parent_id
        while parent is not None:
            if parent == action_id:
                raise ActionError("Een actie kan niet onder zichzelf hangen.")
            row = session.get(PolicyAction, parent)
            parent = row.parent_id if row else None


def save_action(
    session: Session,
    data: ActionInput,
    action_id: uuid.UUID | None = None,
    *,
    base: ActionInput | None = None,
) -> uuid.UUID:
    """`base`: the action as the form opened it. What someone else changed since stays
    unless I changed it too: then EditConflictError, nothing written (issue 19)."""
    if base is not None and action_id is not None:
        data = merged_with_theirs(base, get_action(session, action_id), data)
    check_action(session, data, action_id)
    if action_id is None:
        action = PolicyAction(code=data.code.strip(), short_description="")
        session.add(action)
    else:
        found = session.get(PolicyAction, action_id)
        if found is None:
            raise ActionError("Deze actie bestaat niet (meer).")
        action = found
    action.code = data.code.strip()
    action.short_description = data.short_description.strip()
    action.long_description = data.long_description
    action.level = data.level
    action.parent_id = data.parent_id
    action.status = data.status
    action.starts_on = data.starts_on
    action.ends_on = data.ends_on
    action.priority = data.priority
    action.wse_code = data.wse_code
    action.responsible = data.responsible.strip()
    if {p.id for p in action.partners} != set(data.partner_ids):
        action.partners = list(
            session.scalars(select(Partner).where(Partner.id.in_(list(data.partner_ids))))
        )
    session.flush()
    return action.id


def merged_with_theirs(base: T, theirs: T, mine: T) -> T:
    """My edits (from `base`) over what is stored now; EditConflictError for the fields both
    sides changed, with the merge so far and theirs (for the conflict dialog)."""
    merge = three_way(base, theirs, mine)
    if merge.conflicts:
        raise EditConflictError(merge.conflicts, merged=merge.merged, theirs=theirs)
    return merge.merged


def delete_action(session: Session, action_id: uuid.UUID) -> None:
    action = session.get(PolicyAction, action_id)
    if action is not None:
        session.delete(action)


def _indicator_problem(data: IndicatorInput) -> str | None:
    if not data.name.strip():
        return "Geef de indicator een naam."
    if len(data.name) > 200 or len(data.unit) > 40:
        return "De naam (200) of de eenheid (40 tekens) van de indicator is te lang."
    if data.computed is not None and data.computed not in COMPUTABLE:
        return f"Onbekende berekende indicator ‘{data.computed}’."
    return None


def save_indicator(
    session: Session,
    action_id: uuid.UUID,
    data: IndicatorInput,
    indicator_id: uuid.UUID | None = None,
) -> uuid.UUID:
    problem = _indicator_problem(data)
    if problem:
        raise ActionError(problem)
    if indicator_id is None:
        count = len(
            session.scalars(
                select(ActionIndicator.id).where(ActionIndicator.action_id == action_id)
            ).all()
        )
        indicator = ActionIndicator(action_id=action_id, name="", sort_order=count)
        session.add(indicator)
    else:
        found = session.get(ActionIndicator, indicator_id)
        if found is None:
            raise ActionError("Deze indicator bestaat niet (meer).")
        indicator = found
    indicator.name = data.name.strip()
    indicator.unit = data.unit.strip() or (COMPUTABLE[data.computed][1] if data.computed else "")
    indicator.target = data.target
    indicator.computed = data.computed
    session.flush()
    return indicator.id


def delete_indicator(session: Session, indicator_id: uuid.UUID) -> None:
    found = session.get(ActionIndicator, indicator_id)
    if found is not None:
        session.delete(found)


def add_measurement(
    session: Session,
    indicator_id: uuid.UUID,
    measured_on: date,
    value: float | None = None,
    note: str = "",
) -> float:
    """Record a value on a date; for a computed indicator without `value` the app computes it."""
    indicator = session.get(ActionIndicator, indicator_id)
    if indicator is None:
        raise ActionError("Deze indicator bestaat niet (meer).")
    if value is None:
        if not indicator.computed:
            raise ActionError("Geef een waarde: deze indicator wordt niet berekend.")
        computed = compute(session, indicator.computed, measured_on)
        if computed is None:
            raise ActionError("Op deze datum valt er niets te berekenen.")
        value = computed
    session.add(
        IndicatorMeasurement(
            indicator_id=indicator_id, measured_on=measured_on, value=value, note=note[:200]
        )
    )
    return value


def delete_measurement(session: Session, measurement_id: uuid.UUID) -> None:
    found = session.get(IndicatorMeasurement, measurement_id)
    if found is not None:
        session.delete(found)
