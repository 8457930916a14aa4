"""Rules of BBC policy actions, their indicators and events: limits, levels, kinds, and
the list of indicators the app can compute from its own data."""

from __future__ import annotations

import re
from typing import Final

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
