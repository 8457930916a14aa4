"""Where the table is: the header row, and which column holds which field.

The header row is the row, among the first :data:`SCAN_ROWS` non-empty rows, whose
cells name the most known fields (the profile's header texts and the built-in synonyms);
title rows above it ("Lijst intensieve begeleiding - maart") name none. Headers are
compared by :func:`header_key` (no case, accents, spaces or punctuation). The profile's
own header texts are matched first, then the synonyms; a column is used for one field.
"""

from __future__ import annotations

from dataclasses import dataclass

from kempen_desktop.services.importing.errors import ImportFailed
from kempen_desktop.services.importing.fields import FIELD_KEYS, SYNONYM_FIELDS, header_key
from kempen_desktop.services.importing.parsing import cell_text
from kempen_desktop.services.importing.profiles import Profile
from kempen_desktop.services.importing.reader import SheetData

SCAN_ROWS = 30
#: Whatever the profile or the user says, the header must be one of the first rows.
MAX_HEADER_ROW = 1_000


@dataclass
class Layout:
    sheet: str
    header_row: int  # 1-based, as the spreadsheet shows it
    headers: list[str]
    columns: dict[str, int]  # field key -> 0-based column index; unmapped fields absent


def _profile_keys(profile: Profile) -> dict[str, str]:
    return {
        header_key(text): key for key, text in profile.columns.items() if key in FIELD_KEYS and text
    }


def map_headers(headers: list[str], profile: Profile) -> dict[str, int]:
    """Field -> column: the profile's texts first, then the synonyms; each column once."""
    keys = [header_key(h) for h in headers]
    columns: dict[str, int] = {}
    used: set[int] = set()
    for field, text in profile.columns.items():
        if field not in FIELD_KEYS or not text:
            continue
        wanted = header_key(text)
        for index, key in enumerate(keys):
            if key and key == wanted and index not in used:
                columns[field] = index
                used.add(index)
                break
    for index, key in enumerate(keys):
        synonym = SYNONYM_FIELDS.get(key)
        if synonym and synonym not in columns and index not in used:
            columns[synonym] = index
            used.add(index)
    return columns


def _score(cells: list[object], known: dict[str, str]) -> int:
    fields = set()
    for cell in cells:
        if isinstance(cell, str):
            field = known.get(header_key(cell))
            if field:
                fields.add(field)
    return len(fields)


def detect_layout(sheet: SheetData, profile: Profile) -> Layout:
    """Header row and column mapping; ImportFailed (Dutch) when no header is found."""
    if not sheet.rows:
        raise ImportFailed(f"Het blad '{sheet.name}' is leeg.")
    known = {**SYNONYM_FIELDS, **_profile_keys(profile)}
    header: tuple[int, list[object]] | None = None
    if profile.header_row:
        if profile.header_row > MAX_HEADER_ROW:
            raise ImportFailed(f"Rij {profile.header_row} is geen kopregel.")
        header = next(((n, cells) for n, cells in sheet.rows if n == profile.header_row), None)
        if header is None:
            raise ImportFailed(
                f"Rij {profile.header_row} van het blad '{sheet.name}' is leeg; "
                "kies een andere kopregel."
            )
    else:
        best = 0
        for number, cells in sheet.rows[:SCAN_ROWS]:
            score = _score(cells, known)
            if score > best:
                best, header = score, (number, cells)
        if header is None or best < 2:
            raise ImportFailed(
                f"Geen kopregel gevonden op het blad '{sheet.name}': geen rij met kolomnamen zoals "
                "INSZ, Naam, Voornaam of Geboortedatum. Kies de kopregel en de kolommen zelf, of "
                "gebruik "
                "een importprofiel."
            )
    number, cells = header
    width = max((len(c) for _, c in sheet.rows[: SCAN_ROWS * 10]), default=len(cells))
    width = max(width, len(cells))
    headers = [cell_text(c)[:200] for c in cells] + [""] * (width - len(cells))
    return Layout(
        sheet=sheet.name, header_row=number, headers=headers, columns=map_headers(headers, profile)
    )
