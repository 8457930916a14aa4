"""Messages from the services in the UI's language.

The services and the domain raise Dutch messages (the CLI and the logs show them as they
are). The screens pass them through :func:`translated`: a message listed here comes back
in the UI's language, with the values it quotes (``%1``, ``%2``) carried over; any other
message comes back unchanged. The list holds the messages a user meets while editing a
dossier, its status, notes and the code lists.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ServiceMessages"

MESSAGES = (
    # dossier form (services/dossiers/dossiers.py, domain/insz.py)
    QT_TRANSLATE_NOOP("ServiceMessages", "Vul de naam in."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Vul de voornaam in."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Geboortedatum verschilt van die in het INSZ (%1)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "De geboortedatum ligt in de toekomst."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Dit is geen geldig e-mailadres."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Een Belgische postcode heeft 4 cijfers."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Het VDAB-klantnummer bestaat uit cijfers."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Werkzoekend sinds ligt in de toekomst."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Er bestaat al een dossier met dit INSZ (dossier %1)."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "De begeleider hoort niet bij de verantwoordelijke partner."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "INSZ mag alleen cijfers bevatten (eventueel met punten, streepjes of spaties).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "INSZ-controlecijfer klopt niet."),
    QT_TRANSLATE_NOOP("ServiceMessages", "INSZ bevat een ongeldige geboortedatum."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "INSZ bevat een ongeldig volgnummer (000 en 999 worden nooit toegekend).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "INSZ moet %1 cijfers hebben (nu %2)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Hoogstens %1 tekens; hier staan er %2."),
    # notes and long texts (domain/text_limits.py)
    QT_TRANSLATE_NOOP("ServiceMessages", "Een notitie zonder tekst wordt niet bewaard."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "%1 is %2 tekens lang; het maximum is %3 tekens. "
        "Bewaar een langere tekst in een apart document.",
    ),
    # status changes (domain/status.py)
    QT_TRANSLATE_NOOP("ServiceMessages", "Het dossier heeft al de status '%1'."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Een dossier afsluiten vraagt een reden."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Een reden voor afsluiten hoort alleen bij de status '%1'."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Een afgesloten dossier kan alleen heropend worden als '%1' of '%2'.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Van '%1' kan een dossier niet rechtstreeks naar '%2'."),
    # code lists (services/common/code_lists.py)
    QT_TRANSLATE_NOOP("ServiceMessages", "Geef een omschrijving."),
    QT_TRANSLATE_NOOP("ServiceMessages", "De omschrijving mag hoogstens %1 tekens hebben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Er bestaat al een waarde ‘%1’."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Deze waarde bestaat niet meer."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "‘%1’ wordt met het programma meegeleverd en kan niet verwijderd worden. "
        "Zet de waarde op inactief: ze wordt dan niet meer aangeboden.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "‘%1’ is in gebruik (%2×) en kan niet verwijderd worden. "
        "Zet de waarde op inactief: ze blijft dan zichtbaar bij bestaande gegevens "
        "maar wordt niet meer aangeboden.",
    ),
)


@cache
def _pattern(source: str) -> re.Pattern[str]:
    parts = re.split(r"(%\d)", source)
    return re.compile(
        "".join("(.+?)" if re.fullmatch(r"%\d", part) else re.escape(part) for part in parts),
        re.DOTALL,
    )


def translated(message: str) -> str:
    """`message` in the UI's language when it is a known service message, else unchanged."""
    for source in MESSAGES:
        match = _pattern(source).fullmatch(message)
        if match is None:
            continue
        text = QCoreApplication.translate(CONTEXT, source)
        for number, value in enumerate(match.groups(), start=1):
            text = text.replace(f"%{number}", value)
        return text
    return message


def translated_errors(errors: dict[str, str]) -> dict[str, str]:
    return {key: translated(message) for key, message in errors.items()}
