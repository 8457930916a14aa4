"""Rules of BBC policy actions, their indicators and events: limits, levels, kinds, and
the list of indicators the app can compute from its own data."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Final

from kempen_desktop.domain.dates import add_months
from kempen_desktop.domain.k_anonymity import K
from kempen_desktop.domain.status import (
    AAN_HET_WERK,
    AFGESLOTEN,
    ALL_STATUSES,
    IN_BEGELEIDING,
    IN_OPLEIDING,
    WERKERVARING,
    status_label,
)

SHORT_MAX: Final = 100  # korte omschrijving (BBC)
LONG_MAX: Final = 4_000  # lange omschrijving (BBC)
CODE_MAX: Final = 30

LEVELS: Final = ("beleidsdoelstelling", "actieplan", "actie")
LEVEL_LABELS: Final = {
    "beleidsdoelstelling": "Beleidsdoelstelling",
    "actieplan": "Actieplan",
    "actie": "Actie",
}

EVENT_KIND_LABELS: Final = {
    "jobevent": "Jobevent",
    "jobdate": "Jobdate",
    "jobatelier": "Jobatelier",
    "infosessie": "Infosessie",
    "rondetafel": "Rondetafel",
    "popupwinkel": "Pop-up winkel",
    "netwerkmoment": "Netwerkmoment",
    "andere": "Andere",
}

#: Indicators the app computes from its own data as of a date: key -> (name, unit).
COMPUTABLE: Final = {
    "clientoverleg_gehouden": ("Aantal cliëntoverleggen gehouden (kalenderjaar)", "overleggen"),
    "jongeren_in_begeleiding": ("Aantal jongeren (< 25) in begeleiding", "personen"),
    "uitstroom_werk": ("Uitstroom naar werk (kalenderjaar)", "personen"),
    "inclusieve_werkgevers": ("Aandeel inclusieve werkgevers", "%"),
    "deelnemers_jobevents": ("Aantal deelnemers aan jobevents (kalenderjaar)", "deelnemers"),
    "werkplekleren_besturen": ("Aantal lokale besturen in werkplekleren", "besturen"),
}

_CODE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-/ ]*$")


def level_label(level: str) -> str:
    return LEVEL_LABELS.get(level, level)


def kind_label(kind: str) -> str:
    return EVENT_KIND_LABELS.get(kind, kind)


def level_from_code(code: str) -> str:
    """A guess when a file gives no level: 5.2 → beleidsdoelstelling, 5.2.4 → actieplan."""
    parts = [p for p in code.split(".") if p]
    if len(parts) <= 2:
        return "beleidsdoelstelling"
    if len(parts) == 3:
        return "actieplan"
    return "actie"


def parent_code(code: str) -> str:
    """5.2.4.11 → 5.2.4; a code without a dot has no parent ("")."""
    return code.rsplit(".", 1)[0] if "." in code else ""


def action_problem(code: str, short: str, long: str) -> str | None:
    """One Dutch sentence when an action cannot be saved like this, else None."""
    if not code.strip():
        return "Geef een code (bv. 5.2.4.11)."
    if len(code) > CODE_MAX or not _CODE.match(code.strip()):
        return f"Ongeldige code ‘{code[:40]}’: cijfers en punten, hoogstens {CODE_MAX} tekens."
    if not short.strip():
        return "Geef een korte omschrijving."
    if len(short) > SHORT_MAX:
        return (
            f"De korte omschrijving is {len(short)} tekens lang; het maximum is {SHORT_MAX} tekens."
        )
    if len(long) > LONG_MAX:
        return (
            f"De lange omschrijving is {len(long):,} tekens lang; het maximum is "
            f"{LONG_MAX:,} tekens."
        ).replace(",", ".")
    return None


def format_value(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}".replace(".", ",")
    return f"{text} {unit}".strip() if unit and unit != "%" else f"{text}{unit}"


# --- a hire at an event ------------------------------------------------------------------
# Recording a hire is the dossier's *uitstroom naar werk* (a work exit with the employer), and
# it moves the dossier along the normal status workflow:
#
# * from in begeleiding, in opleiding or werkervaring to *aan het werk*, through the dossier
#   status service (status history, timeline, audit), with the employer and the event in the
#   note; effective on the first working day, but never before the dossier's last status
#   change (the workflow refuses that) and never after today (a status cannot lie in the
#   future: a hire that starts later moves the status today, the note gives the start);
# * a dossier already *aan het werk* keeps its status (the hire is still recorded);
# * aangemeld and intake may not jump to aan het werk (the workflow wants begeleiding first)
#   and an afgesloten dossier is not reopened by a hire: the status stays and the regisseur
#   is told why, so nothing is invented in the status history.
#
# The employer's history gets the hire: a line 'aanwerving' in its cooperation log, the
# dossier among those it employed (through the work exit) and the event among its events.
# It does not by itself open an inclusive engagement: that period feeds the 1-op-2
# indicator and is the regisseur's judgement; the engagement dialog can name the hire's
# uitstroom and event as its evidence.
#
# Taking a hire back (or removing the participant or the event) removes the work exit and
# the hire's follow-ups that are still open, but leaves the status as it is: the status
# history is what happened, and a wrongly set status is corrected by the regisseur along the
# workflow. A timeline note says the hire was removed. The dossier's next follow-up date is
# left too: a date that stays hides nothing, one that is cleared could.

HIRE_FOLLOW_UP_MONTHS: Final = (3, 6)
_TO_WORK_FROM: Final = frozenset({IN_BEGELEIDING, IN_OPLEIDING, WERKERVARING})


def hire_status(current: str) -> str | None:
    """The status a hire moves a dossier in `current` to, or None when it stays."""
    return AAN_HET_WERK if current in _TO_WORK_FROM else None


def hire_status_kept(current: str) -> str:
    """Why a hire leaves this status as it is (Dutch, for the regisseur); '' when it does not."""
    if current in _TO_WORK_FROM:
        return ""
    if current == AAN_HET_WERK:
        return ""
    label = status_label(current) if current in dict(ALL_STATUSES) else current
    if current == AFGESLOTEN:
        return f"Het dossier is afgesloten: de status blijft ‘{label}’."
    return (
        f"De status blijft ‘{label}’: een dossier gaat pas naar ‘Aan het werk’ vanuit een "
        "begeleiding. Pas de status zelf aan in het dossier."
    )


def hire_status_day(started_on: date, status_since: date, today: date) -> date:
    """The day the hire's status change takes effect: the first working day, kept between the
    dossier's last status change and today."""
    return max(status_since, min(started_on, today))


def hire_follow_up_days(started_on: date) -> tuple[date, ...]:
    """The follow-ups of a hire: 3 and 6 months after the first working day."""
    return tuple(add_months(started_on, months) for months in HIRE_FOLLOW_UP_MONTHS)


def next_follow_up(current: date | None, candidates: tuple[date, ...]) -> date | None:
    """The dossier's next follow-up date after adding `candidates`: the earliest of them, but
    never later than a date already set (a sooner date the regisseur chose stays)."""
    days = [d for d in (current, *candidates) if d is not None]
    return min(days) if days else None


def hire_follow_up_text(months: int, employer: str, event: str) -> str:
    """The description of a hire's follow-up (an action point of the regisseur)."""
    return f"Opvolging {months} maanden na aanwerving door {employer} ({event}): nog aan het werk?"


# --- small numbers in the report -----------------------------------------------------------


def masked_count(value: int, k: int = K) -> int | str:
    """A count of people as the period report prints it: 0 and k or more as they are, 1 to
    k-1 as '< k' (one hire at one jobevent on one day points at a person; the rule and k come
    from domain.k_anonymity)."""
    return value if value == 0 or value >= k else f"< {k}"


def people_text(value: int, k: int = K) -> str:
    """A count of people in a sentence: '12', or 'minder dan 5' for 1 to k-1."""
    shown = masked_count(value, k)
    return str(shown) if isinstance(shown, int) else f"minder dan {k}"


def masked_column(values: Sequence[int], k: int = K) -> list[int | str]:
    """The cells of a column of counts printed beside their exact total: 1 to k-1 as '< k';
    and where the total would give a hidden cell away (one hidden cell; or hidden cells
    that can only all be 1, or all k-1), the smallest other cells as '≥ k' too, until no
    hidden small cell can be worked out from the total. A total below k is itself printed
    as '< k' (masked_count), so it gives nothing away and nothing more is hidden."""
    shown: list[int | str] = [masked_count(v, k) for v in values]
    if sum(values) < k:
        return shown
    while _small_cell_found(values, shown, k):
        visible = [i for i, cell in enumerate(shown) if isinstance(cell, int) and cell > 0]
        if not visible:
            break
        shown[min(visible, key=lambda i: values[i])] = f"≥ {k}"
    return shown


def _small_cell_found(values: Sequence[int], shown: Sequence[int | str], k: int) -> bool:
    """True when some '< k' cell has only one value that fits the total: each hidden cell
    lies in [1, k-1] ('< k') or [k, total] ('≥ k') and together they make up the rest."""
    hidden = [i for i, cell in enumerate(shown) if isinstance(cell, str)]
    rest = sum(values[i] for i in hidden)
    small = {i for i in hidden if shown[i] == f"< {k}"}
    low = {i: 1 if i in small else k for i in hidden}
    high = {i: k - 1 if i in small else rest for i in hidden}
    all_low, all_high = sum(low.values()), sum(high.values())
    for i in small:
        least = max(low[i], rest - (all_high - high[i]))
        most = min(high[i], rest - (all_low - low[i]))
        if most <= least:
            return True
    return False
