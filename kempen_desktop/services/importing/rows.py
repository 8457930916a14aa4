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
from typing import Any, TypeVar

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

_T = TypeVar("_T")

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


#: Per plan: (what, type of the cell, cell) -> the parsed result. A list repeats the same
#: municipality, sex, status, date or name thousands of times; each distinct cell is parsed
#: once. The type is part of the key: 1, 1.0 and True are equal keys but different cells.
Memo = dict[tuple[str, type, object], Any]


def _once(memo: Memo | None, what: str, raw: object, parse: Callable[[object], _T]) -> _T:
    if memo is None:
        return parse(raw)
    key = (what, raw.__class__, raw)
    found = memo.get(key, _MISSING)
    if found is _MISSING:
        found = memo[key] = parse(raw)
    return found  # type: ignore[no-any-return]


_MISSING = object()


def _missing_text(missing: list[str]) -> str:
    if len(missing) == 1:
        return missing[0]
    return ", ".join(missing[:-1]) + " en " + missing[-1]


def _too_long(values: dict[str, object]) -> tuple[str, str]:
    """The rejection and field key for the first mapped cell longer than its field."""
    for key, limit in MAX_TEXT.items():
        if key in values:
            raw = values[key]
            if raw.__class__ is str and len(raw) <= limit:
                continue  # cell_text never makes a text longer
            length = len(cell_text(raw))
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
    *,
    memo: Memo | None = None,
) -> ParsedRow:
    """Read the mapped cells of one row (see the module docstring).

    ``memo``: one dict for all rows of a file, so that each distinct cell of the columns
    that repeat (names, dates, sex, postcode, municipality, groups...) is parsed once.
    """
    today = ref.today
    display: dict[str, str] = {}
    row = ParsedRow(number, cells, display)
    # The mapped cells by field, once per row (None past the end of a short row).
    width = len(cells)
    values = {key: cells[i] if i < width else None for key, i in columns.items()}
    cell = values.get
    person = row.person

    # Names first: a rejected row still shows whose row it is.
    if "last_name" in columns:
        row.last = _once(memo, "last_name", cell("last_name"), _clean_last_name)
        display["last_name"] = row.last
    if "first_name" in columns:
        row.first = _once(memo, "first_name", cell("first_name"), clean_name)
        display["first_name"] = row.first
    raw_birth = cell("birth_date")
    birth, birth_problem, birth_text = _once(
        memo, "date", raw_birth, lambda value: _date_cell(value, today)
    )
    if "birth_date" in columns:
        display["birth_date"] = birth_text

    # INSZ (rule 2: invalid INSZ or BIS number); lost leading zeros come back when the
    # check digits confirm them (domain.identifiers), then the birth date is compared.
    raw_insz = cell("insz")
    insz, insz_problem = parse_insz(raw_insz)
    if "insz" in columns:
        display["insz"] = format_insz(insz) if insz else cell_text(raw_insz)
    if insz_problem:
        row.reject = f"{insz_problem} (cel INSZ: '{cell_text(raw_insz)[:30]}')"
        row.reject_field = "insz"
        return row
    too_long, too_long_field = _too_long(values)
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

    _read_details(row, cell, columns, ref, vdab_width, memo)
    for code in _profile_codes(profile_groups, ref, row):
        if code not in row.groups:
            row.groups.append(code)
    return row


def _clean_last_name(value: object) -> str:
    return clean_name(value, last_name=True)


def _date_cell(value: object, today: date) -> tuple[date | None, str | None, str]:
    """(date, problem, display text) of a date cell."""
    day, problem = parse_date(value, today)
    return day, problem, format_date(day) if day else cell_text(value)


def _profile_codes(texts: list[str], ref: Reference, row: ParsedRow) -> list[str]:
    codes: list[str] = []
    for text in texts:
        found, unknown = ref.target_groups(text)
        codes += found
        row.warnings += [f"Kansengroep '{u[:40]}' uit het profiel is onbekend." for u in unknown]
    return codes


def _read_details(
    row: ParsedRow,
    cell: Callable[[str], object],
    columns: dict[str, int],
    ref: Reference,
    vdab_width: int | None = None,
    memo: Memo | None = None,
) -> None:
    """The cells that never reject a row; unusable ones become warnings."""
    display = row.display
    person = row.person
    warn = row.warnings.append

    if "vdab_client_number" in columns:
        raw = cell("vdab_client_number")
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

    def take_parsed(
        key: str,
        parser: Callable[[object], tuple[str | None, str | None]],
        memo: Memo | None = None,
    ) -> None:
        """A cell whose parser returns (value, problem): keep the value or warn."""
        if key not in columns:
            return
        raw = cell(key)
        value, problem, text = _once(memo, key, raw, lambda raw: (*parser(raw), cell_text(raw)))
        display[key] = text
        if value:
            person[key] = value
        elif problem:
            warn(problem + " Niet overgenomen.")

    take_parsed("sex", parse_sex, memo)
    for key in ("street", "language"):  # no longer than MAX_TEXT: see _too_long
        if key in columns:
            text = cell_text(cell(key))
            display[key] = text
            if text:
                person[key] = text
    postcode: str | None = None
    if "postal_code" in columns:
        raw = cell("postal_code")
        postcode, problem, text = _once(memo, "postal_code", raw, _postcode_cell)
        display["postal_code"] = text
        if problem:
            warn(problem + " Niet overgenomen.")
    nis: str | None = None
    if "municipality" in columns:
        raw = cell("municipality")
        nis, written_postcode, text = _once(
            memo, "municipality", raw, lambda value: _municipality_cell(value, ref)
        )
        postcode = postcode or written_postcode
        display["municipality"] = text
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
        text = parse_phone(cell("phone"))
        display["phone"] = text
        if text:
            person["phone"] = text
    take_parsed("email", parse_email)
    if "status" in columns:
        row.status_text = cell_text(cell("status"))
        display["status"] = row.status_text
    if "target_groups" in columns:
        raw = cell("target_groups")
        display["target_groups"] = cell_text(raw)
        codes, unknown = _once(memo, "target_groups", raw, ref.target_groups)
        row.groups = list(codes)  # a copy: the profile's groups are added to it
        for text in unknown:
            warn(f"Kansengroep '{text[:40]}' niet herkend; niet overgenomen.")
    _read_partner_and_counsellor(row, cell, columns, ref, memo)
    if "start_date" in columns:
        raw = cell("start_date")
        start, problem, text = _once(memo, "date", raw, lambda value: _date_cell(value, ref.today))
        display["start_date"] = text
        if problem or (start and not date(1990, 1, 1) <= start <= ref.today):
            warn(f"Startdatum '{cell_text(raw)[:20]}' is onbruikbaar; vandaag wordt gebruikt.")
        else:
            row.start = start
    if "notes" in columns:
        text = cell_text(cell("notes"))
        display["notes"] = text
        row.situation = text


def _postcode_cell(value: object) -> tuple[str | None, str | None, str]:
    """(postcode, problem, display text) of a postcode cell."""
    postcode, problem = parse_postcode(value)
    return postcode, problem, postcode or cell_text(value)


def _municipality_cell(value: object, ref: Reference) -> tuple[str | None, str | None, str]:
    """(NIS code, postcode written with the name, display text) of a municipality cell."""
    nis, written_postcode = ref.municipality(value)
    return nis, written_postcode, ref.municipality_names.get(nis, "") if nis else cell_text(value)


def _read_partner_and_counsellor(
    row: ParsedRow,
    cell: Callable[[str], object],
    columns: dict[str, int],
    ref: Reference,
    memo: Memo | None = None,
) -> None:
    if "partner" in columns:
        raw = cell("partner")
        row.display["partner"] = cell_text(raw)
        if not is_empty(raw):
            row.partner = _once(memo, "partner", raw, ref.partner)
            if row.partner is None:
                row.warnings.append(
                    f"Partner '{cell_text(raw)[:60]}' niet gevonden; niet overgenomen."
                )
    if "counsellor" in columns:
        raw = cell("counsellor")
        row.display["counsellor"] = cell_text(raw)
        if is_empty(raw):
            return
        found = list(_once(memo, "counsellor", raw, ref.counsellors))
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
