"""Dossier status workflow.

Allowed transitions::

    aangemeld  -> intake, in_begeleiding, afgesloten
    intake     -> in_begeleiding, afgesloten
    in_begeleiding, in_opleiding, werkervaring, aan_het_werk
               -> any other of these four, afgesloten
    afgesloten -> aangemeld, intake          (heropenen: a new trajectory)

Design decisions:

* aangemeld may skip intake and go straight to in_begeleiding: often the
  referring partner (VDAB, OCMW) already did the intake. It may not jump to
  in_opleiding, werkervaring or aan_het_werk: those need begeleiding first.
* The four "active" statuses move freely between each other, because people
  go back and forth between training, work experience, work and guidance.
* There is no way back from intake to aangemeld, nor from the active
  statuses to intake; a wrongly set status is corrected by moving forward or
  by closing and reopening.
* Every open status can be closed, and closing needs a reason from
  :data:`CLOSING_REASONS`. A reason is only accepted when closing.
* Staying in the same status is not a transition.

Codes are stored in the database: never change existing ones.
"""

from __future__ import annotations

AANGEMELD = "aangemeld"
INTAKE = "intake"
IN_BEGELEIDING = "in_begeleiding"
IN_OPLEIDING = "in_opleiding"
WERKERVARING = "werkervaring"
AAN_HET_WERK = "aan_het_werk"
AFGESLOTEN = "afgesloten"

ALL_STATUSES: tuple[tuple[str, str], ...] = (
    (AANGEMELD, "Aangemeld"),
    (INTAKE, "Intake"),
    (IN_BEGELEIDING, "In begeleiding"),
    (IN_OPLEIDING, "In opleiding"),
    (WERKERVARING, "Werkervaring"),
    (AAN_HET_WERK, "Aan het werk"),
    (AFGESLOTEN, "Afgesloten"),
)

CLOSING_REASONS: tuple[tuple[str, str], ...] = (
    ("werk", "Uitstroom naar werk"),
    ("opleiding", "Uitstroom naar opleiding"),
    ("verhuisd", "Verhuisd buiten de regio"),
    ("doorverwezen", "Doorverwezen naar andere dienst"),
    ("geen_medewerking", "Geen medewerking"),
    ("niet_bereikbaar", "Niet meer bereikbaar"),
    ("ziekte", "Medische redenen"),
    ("overleden", "Overleden"),
    ("andere", "Andere reden"),
)

_STATUS_LABELS = dict(ALL_STATUSES)
_REASON_LABELS = dict(CLOSING_REASONS)

OPEN_STATUSES: tuple[str, ...] = tuple(code for code, _ in ALL_STATUSES if code != AFGESLOTEN)
_ACTIVE = frozenset({IN_BEGELEIDING, IN_OPLEIDING, WERKERVARING, AAN_HET_WERK})

_TRANSITIONS: dict[str, frozenset[str]] = {
    AANGEMELD: frozenset({INTAKE, IN_BEGELEIDING, AFGESLOTEN}),
    INTAKE: frozenset({IN_BEGELEIDING, AFGESLOTEN}),
    **{status: (_ACTIVE - {status}) | {AFGESLOTEN} for status in _ACTIVE},
    AFGESLOTEN: frozenset({AANGEMELD, INTAKE}),
}


class TransitionError(ValueError):
    """A status change that the workflow does not allow; str() is a Dutch message."""


def _require_status(code: str) -> None:
    if code not in _STATUS_LABELS:
        raise TransitionError(f"Onbekende status: {code!r}.")


def status_label(code: str) -> str:
    """Dutch label of a status code; raises ValueError for unknown codes."""
    try:
        return _STATUS_LABELS[code]
    except KeyError:
        raise ValueError(f"Onbekende status: {code!r}.") from None


def closing_reason_label(code: str) -> str:
    """Dutch label of a closing reason code; raises ValueError for unknown codes."""
    try:
        return _REASON_LABELS[code]
    except KeyError:
        raise ValueError(f"Onbekende reden voor afsluiten: {code!r}.") from None


def is_open(code: str) -> bool:
    """True for every status except afgesloten; raises ValueError for unknown codes."""
    status_label(code)
    return code != AFGESLOTEN


def allowed_next(status: str) -> tuple[str, ...]:
    """Statuses reachable from status, in workflow order (for a combo box)."""
    _require_status(status)
    targets = _TRANSITIONS[status]
    return tuple(code for code, _ in ALL_STATUSES if code in targets)


def can_transition(current: str, new: str) -> bool:
    """True if the workflow allows current -> new (ignoring the closing reason)."""
    if current not in _STATUS_LABELS or new not in _STATUS_LABELS:
        return False
    return new in _TRANSITIONS[current]


def check_transition(current: str, new: str, closing_reason: str | None = None) -> None:
    """Raise TransitionError with a Dutch message unless current -> new is allowed.

    Closing (new == afgesloten) needs a known closing reason; any other
    transition must not carry one. A blank reason counts as no reason.
    """
    _require_status(current)
    _require_status(new)
    reason = closing_reason.strip() if closing_reason else None
    if current == new:
        raise TransitionError(f"Het dossier heeft al de status '{status_label(new)}'.")
    if new not in _TRANSITIONS[current]:
        raise TransitionError(_not_allowed_message(current, new))
    if new == AFGESLOTEN:
        if not reason:
            raise TransitionError("Een dossier afsluiten vraagt een reden.")
        if reason not in _REASON_LABELS:
            raise TransitionError(f"Onbekende reden voor afsluiten: {reason!r}.")
    elif reason:
        raise TransitionError(
            f"Een reden voor afsluiten hoort alleen bij de status '{status_label(AFGESLOTEN)}'."
        )


def _not_allowed_message(current: str, new: str) -> str:
    if current == AFGESLOTEN:
        return (
            "Een afgesloten dossier kan alleen heropend worden als "
            f"'{status_label(AANGEMELD)}' of '{status_label(INTAKE)}'."
        )
    return (
        f"Van '{status_label(current)}' kan een dossier niet rechtstreeks "
        f"naar '{status_label(new)}'."
    )
