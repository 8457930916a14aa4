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


# -- the agenda rules --------------------------------------------------------------------------
# Each rule puts dossiers forward for a meeting's agenda (services/meetings/agenda.py runs
# them). The code is stored in agenda_item.suggested_by; the short name is the command line's.
FOLLOW_UP: Final = "follow_up"
NEW: Final = "new"
STATUS_CHANGED: Final = "status_changed"
FLAGGED: Final = "flagged"
ACTION_DUE: Final = "action_due"
AGENDA_RULES: Final = (FOLLOW_UP, NEW, STATUS_CHANGED, FLAGGED, ACTION_DUE)
AGENDA_RULE_LABELS: Final = {
    FOLLOW_UP: "Opvolgdatum vóór het overleg",
    NEW: "Nieuw sinds het vorige overleg",
    STATUS_CHANGED: "Status gewijzigd sinds het vorige overleg",
    FLAGGED: "Gemarkeerd om te bespreken",
    ACTION_DUE: "Open actiepunt dat vervalt",
}
AGENDA_RULE_NAMES: Final = {  # `kempen meetings agenda --rules due,new,changed,flagged,actions`
    "due": FOLLOW_UP,
    "new": NEW,
    "changed": STATUS_CHANGED,
    "flagged": FLAGGED,
    "actions": ACTION_DUE,
}
AGENDA_RULE_SHORT: Final = {code: name for name, code in AGENDA_RULE_NAMES.items()}
# Adding more dossiers than this at once asks first: an agenda of 458 dossiers is no agenda.
AGENDA_CONFIRM_ABOVE: Final = 30


def agenda_rules_from_names(text: str) -> list[str]:
    """'due,flagged' -> the rule codes; an unknown name raises ValueError (Dutch text)."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [name for name in names if name not in AGENDA_RULE_NAMES]
    if unknown or not names:
        raise ValueError(
            "Onbekende agendaregel: "
            + (", ".join(unknown) or "(geen)")
            + ". Kies uit "
            + ",".join(AGENDA_RULE_NAMES)
            + "."
        )
    return list(dict.fromkeys(AGENDA_RULE_NAMES[name] for name in names))


def preselected(shareable: bool, followed: bool) -> bool:
    """A suggestion is ticked beforehand only when it is shareable with every invited partner
    and within the default scope (dossiers the invited partners follow)."""
    return shareable and followed
