"""One data row of the file: read every mapped cell and apply rule 2 (rejections).

The result holds the values in the form they are stored in SQLite (dates as
``YYYY-MM-DD``, UUIDs as 32 hex digits), the display texts for the preview, the reason
when the row is rejected (also a cell longer than its field: see MAX_TEXT; with the
field of the cell in question), and warnings about cells that could not be used (a postcode
that is not Belgian, an unknown municipality or target group): those cells are left
out, the row itself goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from kempen_desktop.domain.identifiers import normalise_vdab_number
from kempen_desktop.domain.insz import birth_date_from_insz, format_insz
from kempen_desktop.domain.text_limits import MAX_TEXT_CHARS
from kempen_desktop.services.importing.fields import FIELD_LABELS
from kempen_desktop.services.importing.parsing import (
    cell_text,
    clean_name,
    format_date,
    is_empty,
    parse_date,
    parse_email,
    parse_insz,
    parse_phone,
    parse_postcode,
    parse_sex,
)
from kempen_desktop.services.importing.reference import Reference

EARLIEST_BIRTH = date(1900, 1, 1)
#: The longest text each mapped text cell may hold (characters), per import field.
#: A longer cell rejects its row, naming the field: a value is never cut without a word.
#: Names, street, language, phone and status have the lengths of their columns (db/models):
#: a longer cell is not a value but a mapping mistake or pasted text, and half a name is
#: a wrong name. The notes (dossier.situation, a text column) hold up to MAX_NOTE, the
#: limit for notes the user types; the other fields are parsed or looked up, not stored.
MAX_NOTE = MAX_TEXT_CHARS  # the same limit as a note typed in the app (domain.text_limits)
MAX_TEXT = {
    "last_name": 100,
    "first_name": 100,
    "street": 200,
    "language": 40,
    "phone": 40,
    "status": 100,
    "notes": MAX_NOTE,
}


@dataclass(slots=True)
class ParsedRow:
    row: int
    cells: list[object]
    display: dict[str, str]
    reject: str = ""
    reject_field: str = ""  # field key of the cell that rejected the row ('' for none/several)
    warnings: list[str] = field(default_factory=list)
    insz: str | None = None
    vdab: str | None = None
    last: str = ""
    first: str = ""
    birth: date | None = None  # from the file, or else from the INSZ
    #: person column -> storage value, only for cells that hold a usable value
    person: dict[str, object] = field(default_factory=dict)
    partner: str | None = None  # hex
    counsellor: str | None = None  # contact hex
    situation: str = ""
    groups: list[str] = field(default_factory=list)  # target group codes to add
    start: date | None = None
    status_text: str = ""


def _cell(cells: list[object], index: int | None) -> object:
    if index is None or index >= len(cells):
        return None
    return cells[index]


def _missing_text(missing: list[str]) -> str:
    if len(missing) == 1:
        return missing[0]
    return ", ".join(missing[:-1]) + " en " + missing[-1]


def _too_long(cells: list[object], columns: dict[str, int]) -> tuple[str, str]:
    """The rejection and field key for the first mapped cell longer than its field."""
    for key, limit in MAX_TEXT.items():
        if key in columns:
            length = len(cell_text(_cell(cells, columns[key])))
            if length > limit:
                return (
                    f"De cel '{FIELD_LABELS[key]}' is te lang: {_count(length)} tekens, hoogstens "
                    f"{_count(limit)}. Pas de cel aan in het bestand; de rij werd niet ingelezen."
                ), key
    return "", ""


def _count(number: int) -> str:
    return f"{number:,}".replace(",", ".")  # 12.000, as Dutch writes it


def parse_row(
    number: int,
    cells: list[object],
    columns: dict[str, int],
    ref: Reference,
    profile_groups: list[str],
    vdab_width: int | None = None,
) -> ParsedRow:
    """Read the mapped cells of one row (see the module docstring)."""
    today = ref.today
    display: dict[str, str] = {}
    row = ParsedRow(number, cells, display)
    get = columns.get
    person = row.person

    # Names first: a rejected row still shows whose row it is.
    if "last_name" in columns:
        row.last = clean_name(_cell(cells, get("last_name")), last_name=True)
        display["last_name"] = row.last
    if "first_name" in columns:
        row.first = clean_name(_cell(cells, get("first_name")))
        display["first_name"] = row.first
    raw_birth = _cell(cells, get("birth_date"))
    birth, birth_problem = parse_date(raw_birth, today)
    if "birth_date" in columns:
        display["birth_date"] = format_date(birth) if birth else cell_text(raw_birth)

    # INSZ (rule 2: invalid INSZ or BIS number); lost leading zeros come back when the
    # check digits confirm them (domain.identifiers), then the birth date is compared.
    raw_insz = _cell(cells, get("insz"))
    insz, insz_problem = parse_insz(raw_insz)
    if "insz" in columns:
        display["insz"] = format_insz(insz) if insz else cell_text(raw_insz)
    if insz_problem:
        row.reject = f"{insz_problem} (cel INSZ: '{cell_text(raw_insz)[:30]}')"
        row.reject_field = "insz"
        return row
    too_long, too_long_field = _too_long(cells, columns)
    if too_long:
        row.reject, row.reject_field = too_long, too_long_field
        return row
    row.insz = insz
    if insz:
        person["insz"] = insz

    # Birth date (rule 2: unreadable, future, before 1900, contradicts the INSZ)
    if not insz:
        missing = [
            label
            for label, present in (
                ("naam", row.last),
                ("voornaam", row.first),
                ("geboortedatum", not is_empty(raw_birth)),
            )
            if not present
        ]
        if missing:
            verb = "ontbreekt" if len(missing) == 1 else "ontbreken"
            row.reject = (
                f"Geen INSZ, en {_missing_text(missing)} {verb}: de persoon is niet te herkennen."
            )
            return row
    row.reject_field = "birth_date"
    if birth_problem:
        row.reject = f"Geboortedatum onleesbaar: {birth_problem}"
        return row
    if birth is not None:
        if birth > today:
            row.reject = f"Geboortedatum {format_date(birth)} ligt in de toekomst."
            return row
        if birth < EARLIEST_BIRTH:
            row.reject = f"Geboortedatum {format_date(birth)} ligt vóór 1900."
            return row
    from_insz = birth_date_from_insz(insz) if insz else None
    if birth and from_insz and birth != from_insz:
        row.reject = (
            f"Geboortedatum {format_date(birth)} verschilt van die in het INSZ "
            f"({format_date(from_insz)})."
        )
        return row
    row.reject_field = ""
    row.birth = birth or from_insz
    if row.birth:
        person["birth_date"] = row.birth.isoformat()
    if row.last:
        person["last_name"] = row.last
    if row.first:
        person["first_name"] = row.first

    _read_details(row, cells, columns, ref, vdab_width)
    for code in _profile_codes(profile_groups, ref, row):
        if code not in row.groups:
            row.groups.append(code)
    return row


def _profile_codes(texts: list[str], ref: Reference, row: ParsedRow) -> list[str]:
    codes: list[str] = []
    for text in texts:
        found, unknown = ref.target_groups(text)
        codes += found
        row.warnings += [f"Kansengroep '{u[:40]}' uit het profiel is onbekend." for u in unknown]
    return codes


def _read_details(
    row: ParsedRow,
    cells: list[object],
    columns: dict[str, int],
    ref: Reference,
    vdab_width: int | None = None,
) -> None:
    """The cells that never reject a row; unusable ones become warnings."""
    get = columns.get
    display = row.display
    person = row.person
    warn = row.warnings.append

    if "vdab_client_number" in columns:
        raw = _cell(cells, get("vdab_client_number"))
        digits = "" if is_empty(raw) else normalise_vdab_number(raw, vdab_width)
        display["vdab_client_number"] = cell_text(raw)
        if digits:
            if digits.isdigit() and len(digits) <= 20:
                row.vdab = digits
                person["vdab_number"] = digits
                display["vdab_client_number"] = digits
            else:
                warn(
                    f"VDAB-klantnummer '{cell_text(raw)[:20]}' bestaat niet uit cijfers; "
                    "niet overgenomen."
                )

    def take_parsed(key: str, parser: Callable[[object], tuple[str | None, str | None]]) -> None:
        """A cell whose parser returns (value, problem): keep the value or warn."""
        if key not in columns:
            return
        raw = _cell(cells, get(key))
        value, problem = parser(raw)
        display[key] = cell_text(raw)
        if value:
            person[key] = value
        elif problem:
            warn(problem + " Niet overgenomen.")

    take_parsed("sex", parse_sex)
    for key in ("street", "language"):  # no longer than MAX_TEXT: see _too_long
        if key in columns:
            text = cell_text(_cell(cells, get(key)))
            display[key] = text
            if text:
                person[key] = text
    postcode: str | None = None
    if "postal_code" in columns:
        raw = _cell(cells, get("postal_code"))
        postcode, problem = parse_postcode(raw)
        display["postal_code"] = postcode or cell_text(raw)
        if problem:
            warn(problem + " Niet overgenomen.")
    nis: str | None = None
    if "municipality" in columns:
        raw = _cell(cells, get("municipality"))
        nis, written_postcode = ref.municipality(raw)
        postcode = postcode or written_postcode
        display["municipality"] = ref.municipality_names.get(nis, "") if nis else cell_text(raw)
        if nis is None and not is_empty(raw):
            nis = ref.municipality_for_postcode(postcode) if postcode else None
            if nis is None:
                warn(f"Gemeente '{cell_text(raw)[:40]}' niet gevonden; niet overgenomen.")
    if nis is None and postcode:
        nis = ref.municipality_for_postcode(postcode)
    if postcode and nis and postcode not in ref.postcodes_of.get(nis, ()):
        warn(
            f"Postcode {postcode} hoort niet bij {ref.municipality_names.get(nis, nis)}; "
            "de gemeente wordt niet overgenomen."
        )
        nis = None
    if postcode:
        person["postcode"] = postcode
    if nis:
        person["municipality_nis"] = nis
    if "phone" in columns:
        text = parse_phone(_cell(cells, get("phone")))
        display["phone"] = text
        if text:
            person["phone"] = text
    take_parsed("email", parse_email)
    if "status" in columns:
        row.status_text = cell_text(_cell(cells, get("status")))
        display["status"] = row.status_text
    if "target_groups" in columns:
        raw = _cell(cells, get("target_groups"))
        display["target_groups"] = cell_text(raw)
        codes, unknown = ref.target_groups(raw)
        row.groups = codes
        for text in unknown:
            warn(f"Kansengroep '{text[:40]}' niet herkend; niet overgenomen.")
    _read_partner_and_counsellor(row, cells, columns, ref)
    if "start_date" in columns:
        raw = _cell(cells, get("start_date"))
        start, problem = parse_date(raw, ref.today)
        display["start_date"] = format_date(start) if start else cell_text(raw)
        if problem or (start and not date(1990, 1, 1) <= start <= ref.today):
            warn(f"Startdatum '{cell_text(raw)[:20]}' is onbruikbaar; vandaag wordt gebruikt.")
        else:
            row.start = start
    if "notes" in columns:
        text = cell_text(_cell(cells, get("notes")))
        display["notes"] = text
        row.situation = text


def _read_partner_and_counsellor(
    row: ParsedRow, cells: list[object], columns: dict[str, int], ref: Reference
) -> None:
    get = columns.get
    if "partner" in columns:
        raw = _cell(cells, get("partner"))
        row.display["partner"] = cell_text(raw)
        if not is_empty(raw):
            row.partner = ref.partner(raw)
            if row.partner is None:
                row.warnings.append(
                    f"Partner '{cell_text(raw)[:60]}' niet gevonden; niet overgenomen."
                )
    if "counsellor" in columns:
        raw = _cell(cells, get("counsellor"))
        row.display["counsellor"] = cell_text(raw)
        if is_empty(raw):
            return
        found = ref.counsellors(raw)
        if row.partner:
            found = [c for c in found if ref.contact_partner.get(c) == row.partner]
        if len(found) == 1:
            row.counsellor = found[0]
        elif not found:
            row.warnings.append(
                f"Begeleider '{cell_text(raw)[:60]}' niet gevonden bij de partners; "
                "niet overgenomen."
            )
        else:
            row.warnings.append(
                f"Er zijn meerdere begeleiders '{cell_text(raw)[:60]}'; "
                "vul de partner in om te kiezen."
            )
