"""Exceptions, size limits and the Dutch messages of the spreadsheet reader."""

from __future__ import annotations


class SpreadsheetError(Exception):
    """The file cannot be imported; ``str(error)`` is one clear Dutch sentence for the user."""


class ImportCancelled(Exception):
    """``should_cancel()`` returned True while reading."""

    def __init__(self, message: str = "Het inlezen is geannuleerd.") -> None:
        super().__init__(message)


# --------------------------------------------------------------------------- limits

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_CSV_BYTES = 300 * 1024 * 1024
MAX_UNCOMPRESSED = 500 * 1000 * 1000  # all zip entries together
MAX_RATIO = 200  # per zip entry ...
RATIO_MIN_SIZE = 20 * 1000 * 1000  # ... once it unpacks to more than this
MAX_ZIP_ENTRIES = 10_000
MAX_CELLS = 12_000_000  # bounding box of one sheet (calamine: ~32 bytes per cell)
MAX_TEXT = 300_000_000  # characters of cell text in one sheet
CANCEL_EVERY = 2048  # rows between should_cancel() calls
_HEAD = 64 * 1024
_CHUNK = 4 * 1024 * 1024
_MAX_PIECE = 64 * 1024 * 1024  # longest stretch of XML without a ">" (or ODS row) accepted

# --------------------------------------------------------------------------- messages

MSG_EMPTY = "Het bestand is leeg."
MSG_PASSWORD = (
    "Dit bestand is beveiligd met een wachtwoord. Verwijder eerst het wachtwoord in Excel "
    "of LibreOffice en probeer opnieuw."
)
MSG_BOMB = "Dit bestand is verdacht groot als het uitgepakt wordt en wordt niet geopend."
MSG_CORRUPT = "Dit bestand is beschadigd of geen geldig Excel-bestand."
MSG_NOT_SPREADSHEET = (
    "Dit is geen spreadsheet die Kempen Desktop kan lezen (gebruik .xlsx, .xls, .ods of .csv)."
)
MSG_OLD_EXCEL = (
    "Dit is een heel oud Excel-bestand (Excel 4.0 of ouder) dat Kempen Desktop niet kan "
    "lezen. Open het in Excel of LibreOffice, bewaar het als .xlsx en probeer opnieuw."
)
MSG_DOCTYPE = (
    "Dit bestand bevat verdachte XML-instructies (een DOCTYPE of entiteiten) en wordt om "
    "veiligheidsredenen niet geopend."
)
MSG_MACROSHEET = (
    "Dit bestand bevat een Excel 4.0-macroblad dat Kempen Desktop niet kan lezen. Kopieer "
    "de gegevens naar een nieuwe werkmap en probeer opnieuw."
)
MSG_TOO_MUCH_TEXT = (
    "Dit bestand bevat te veel tekst (meer dan 300 miljoen tekens) en wordt niet geopend."
)
MSG_NO_SHEETS = "Dit bestand bevat geen werkbladen met gegevens."
MSG_NO_VISIBLE = "Dit bestand bevat geen zichtbaar werkblad. Kies zelf een werkblad: {names}."


def _dutch_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _msg_too_big(limit: int) -> str:
    return f"Het bestand is te groot om in te lezen (meer dan {limit // (1024 * 1024)} MB)."


def _msg_too_many_rows(max_rows: int) -> str:
    return (
        f"Het bestand heeft meer dan {_dutch_int(max_rows)} rijen; splits de lijst op in "
        "kleinere bestanden en probeer opnieuw."
    )


def _msg_too_many_cells(sheet: str | None) -> str:
    where = f"Het werkblad ‘{sheet}’" if sheet else "Een werkblad in dit bestand"
    return (
        f"{where} beslaat meer dan {_dutch_int(MAX_CELLS)} cellen (misschien staat er ver "
        "onder of naast de lijst nog een losse cel). Kopieer de lijst naar een nieuw "
        "werkblad en probeer opnieuw."
    )


def _msg_unknown_sheet(sheet: str, names: list[str]) -> str:
    available = ", ".join(f"‘{n}’" for n in names) if names else "geen"
    return (
        f"Het werkblad ‘{sheet}’ bestaat niet in dit bestand. Beschikbare werkbladen: {available}."
    )


def _msg_no_access(name: str) -> str:
    return (
        f"Kempen Desktop kan ‘{name}’ niet openen: het is in gebruik door een ander programma "
        "of u hebt geen leesrechten. Sluit het bestand (bijvoorbeeld in Excel) en probeer opnieuw."
    )
