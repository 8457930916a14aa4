"""The four WSE priorities (lokale regie sociale economie en werk) the period report
reports on: their codes and titles, defined once."""

from __future__ import annotations

WSE_CODES: tuple[str, ...] = ("WSE-LR1", "WSE-LR2", "WSE-LR3", "WSE-LR4")

WSE_TITLES: dict[str, str] = {
    "WSE-LR1": "WSE-LR1 — Opnemen van de regierol sociale economie en werk",
    "WSE-LR2": "WSE-LR2 — Tewerkstelling van personen met een afstand tot de arbeidsmarkt",
    "WSE-LR3": (
        "WSE-LR3 — Ondernemerschap, sociale economie en maatschappelijk verantwoord ondernemen"
    ),
    "WSE-LR4": "WSE-LR4 — Partnerschappen en de samenwerking met VDAB",
}


def is_wse_code(code: str) -> bool:
    return code in WSE_CODES
