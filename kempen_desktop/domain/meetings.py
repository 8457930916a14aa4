"""The vocabulary of overlegmomenten and action points: statuses, which change is allowed
from which status, attendance, and their Dutch labels. Defined once; services, reports,
the demo and the screens use these names (the screens translate the labels)."""

from __future__ import annotations

from typing import Final

# -- the status of a meeting -------------------------------------------------------------------
PLANNED: Final = "gepland"
HELD: Final = "gehouden"
CANCELLED: Final = "geannuleerd"
MOVED: Final = "verplaatst"
MEETING_STATUSES: Final = (PLANNED, HELD, CANCELLED, MOVED)
MEETING_STATUS_LABELS: Final = {
    PLANNED: "Gepland",
    HELD: "Gehouden",
    CANCELLED: "Geannuleerd",
    MOVED: "Verplaatst",
}

# What may be done to a meeting, by its status.
CAN_CANCEL: Final = frozenset({PLANNED})
CAN_MOVE: Final = frozenset({PLANNED})
CAN_CLOSE: Final = frozenset({PLANNED, HELD})  # closing again updates the dossier timelines
CAN_DELETE: Final = frozenset({PLANNED, CANCELLED, MOVED})  # a held one keeps its minutes
CAN_RUN: Final = frozenset({PLANNED, HELD})  # vergadermodus
AGENDA_EDITABLE: Final = frozenset({PLANNED, HELD})
# status -> the statuses it may change into
TRANSITIONS: Final = {
    PLANNED: frozenset({HELD, CANCELLED, MOVED}),
    HELD: frozenset({HELD}),
    CANCELLED: frozenset[str](),
    MOVED: frozenset[str](),
}


def can_change(current: str, new: str) -> bool:
    return new in TRANSITIONS.get(current, frozenset())


def meeting_status_label(code: str) -> str:
    return MEETING_STATUS_LABELS.get(code, code)


# -- attendance of a participant ---------------------------------------------------------------
INVITED: Final = "uitgenodigd"
PRESENT: Final = "aanwezig"
EXCUSED: Final = "verontschuldigd"
ABSENT: Final = "afwezig"
ATTENDANCE: Final = (INVITED, PRESENT, EXCUSED, ABSENT)
ATTENDANCE_LABELS: Final = {
    INVITED: "uitgenodigd",
    PRESENT: "aanwezig",
    EXCUSED: "verontschuldigd",
    ABSENT: "afwezig",
}

# -- the status of an action point -------------------------------------------------------------
OPEN: Final = "open"
BUSY: Final = "bezig"
DONE: Final = "afgerond"
LAPSED: Final = "vervallen"
ACTION_STATUSES: Final = (OPEN, BUSY, DONE, LAPSED)
OPEN_ACTION_STATUSES: Final = (OPEN, BUSY)  # still to do
ACTION_STATUS_LABELS: Final = {OPEN: "Open", BUSY: "Bezig", DONE: "Afgerond", LAPSED: "Vervallen"}


def action_is_open(status: str) -> bool:
    return status in OPEN_ACTION_STATUSES


def action_status_label(code: str) -> str:
    return ACTION_STATUS_LABELS.get(code, code)
