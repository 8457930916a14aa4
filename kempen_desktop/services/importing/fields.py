"""The fields an import can fill, their Dutch labels and the usual header texts for each.

Header texts are compared by :func:`header_key`: without case, accents, spaces or
punctuation, so "INSZ-nummer", "insz nummer" and "InszNummer" are the same header.
"""

from __future__ import annotations

import unicodedata

FIELD_KEYS: tuple[str, ...] = (
    "insz",
    "vdab_client_number",
    "last_name",
    "first_name",
    "birth_date",
    "sex",
    "street",
    "postal_code",
    "municipality",
    "phone",
    "email",
    "language",
    "status",
    "target_groups",
    "counsellor",
    "partner",
    "start_date",
    "notes",
)

FIELD_LABELS: dict[str, str] = {
    "insz": "INSZ",
    "vdab_client_number": "VDAB-klantnummer",
    "last_name": "Naam",
    "first_name": "Voornaam",
    "birth_date": "Geboortedatum",
    "sex": "Geslacht",
    "street": "Straat en nummer",
    "postal_code": "Postcode",
    "municipality": "Gemeente",
    "phone": "Telefoon",
    "email": "E-mail",
    "language": "Taal",
    "status": "Status",
    "target_groups": "Kansengroepen",
    "counsellor": "Begeleider",
    "partner": "Partner",
    "start_date": "Startdatum",
    "notes": "Opmerkingen",
}

#: Header texts recognised for every field when the profile does not name the column.
#: Order matters only within a field (the first one found wins).
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "insz": (
        "INSZ",
        "INSZ-nummer",
        "INSZ nr",
        "Rijksregisternummer",
        "Rijksregister",
        "Rijksregisternr",
        "RRN",
        "RR-nummer",
        "RR nr",
        "Nationaal nummer",
        "Nationaal register",
        "Identificatienummer",
        "Identificatienummer sociale zekerheid",
        "SSIN",
        "NISS",
        "BIS-nummer",
        "INSZ of BIS",
        "Rijksregister- of BIS-nummer",
    ),
    "vdab_client_number": (
        "Klantnummer",
        "Klantnummer VDAB",
        "VDAB-klantnummer",
        "VDAB klantnr",
        "Klantnr",
        "Klant nr",
        "VDAB-nummer",
        "VDAB nr",
        "Klant-ID",
        "Klant ID",
        "Klantid",
    ),
    "last_name": (
        "Familienaam",
        "Naam",
        "Achternaam",
        "Familie naam",
        "Fam. naam",
        "Naam klant",
        "Naam cliënt",
        "Last name",
        "Surname",
        "Nom",
    ),
    "first_name": ("Voornaam", "Voornamen", "Roepnaam", "First name", "Prénom"),
    "birth_date": (
        "Geboortedatum",
        "Geb. datum",
        "Geb.datum",
        "Geboren",
        "Geboren op",
        "Geboortedag",
        "Date of birth",
        "Birth date",
        "DOB",
        "Date de naissance",
    ),
    "sex": ("Geslacht", "Gender", "M/V", "V/M", "Sexe"),
    "street": (
        "Straat",
        "Adres",
        "Straat en nummer",
        "Straat en huisnummer",
        "Straat + nr",
        "Straat + nummer",
        "Straatnaam en nummer",
        "Domicilieadres",
        "Woonadres",
    ),
    "postal_code": ("Postcode", "Post code", "Postnummer", "PC", "Code postal"),
    "municipality": (
        "Gemeente",
        "Woonplaats",
        "Plaats",
        "Stad",
        "Woongemeente",
        "Commune",
        "Localité",
    ),
    "phone": (
        "Telefoon",
        "Telefoonnummer",
        "Tel",
        "Tel.",
        "Tel nr",
        "GSM",
        "GSM-nummer",
        "Gsm nr",
        "Mobiel",
        "Telefoon/GSM",
        "Telefoon of gsm",
    ),
    "email": ("E-mail", "Email", "E-mailadres", "Mail", "Mailadres"),
    "language": ("Taal", "Moedertaal", "Thuistaal", "Voertaal", "Spreektaal"),
    "status": (
        "Status",
        "Bemiddelingsstatus",
        "Statuut",
        "Status VDAB",
        "Stand van zaken",
    ),
    "target_groups": ("Kansengroep", "Kansengroepen", "Doelgroep", "Doelgroepen"),
    "counsellor": (
        "Begeleider",
        "Trajectbegeleider",
        "Consulent",
        "Bemiddelaar",
        "Maatschappelijk werker",
        "Trajectbemiddelaar",
        "Jobcoach",
        "Dossierbeheerder",
        "Contactpersoon",
        "Begeleid door",
    ),
    "partner": (
        "Partner",
        "Organisatie",
        "Dienst",
        "Verwijzer",
        "Doorverwijzer",
        "Verantwoordelijke partner",
    ),
    "start_date": (
        "Startdatum",
        "Start",
        "Begindatum",
        "Datum aanmelding",
        "Aanmelddatum",
        "Aangemeld op",
        "Datum inschrijving",
        "Inschrijvingsdatum",
        "Startdatum traject",
        "Ingangsdatum",
    ),
    "notes": (
        "Opmerking",
        "Opmerkingen",
        "Notitie",
        "Notities",
        "Commentaar",
        "Bemerkingen",
        "Info",
    ),
}


def header_key(text: object) -> str:
    """A header text without case, accents, spaces or punctuation ("Geb. datum" -> "gebdatum")."""
    if text is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


#: header_key -> field, for the synonyms above.
SYNONYM_FIELDS: dict[str, str] = {
    header_key(text): field for field, texts in HEADER_SYNONYMS.items() for text in texts
}
