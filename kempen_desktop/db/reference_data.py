"""Reader for the shipped reference data in ``resources/reference/``.

Pure standard library: the CSV files are read through ``importlib.resources``
(see :func:`kempen_desktop.resources_location.resource_root`) and turned into
frozen dataclasses. Every file is parsed once per process (``functools.cache``);
the public loaders return fresh lists so callers may sort or filter them freely.
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from datetime import date

from kempen_desktop.resources_location import resource_root

REFERENCE_DIR = "reference"
MUNICIPALITIES_FILE = "municipalities.csv"

#: Code lists that :func:`load_codes` accepts (file ``<name>.csv``).
CODE_LIST_NAMES: tuple[str, ...] = (
    "target_groups",
    "statuses",
    "closing_reasons",
    "partner_types",
    "meeting_types",
    "contract_types",
    "action_statuses",
)

#: NIS codes of arrondissement Turnhout (the Kempen) start with this prefix.
KEMPEN_NIS_PREFIX = "13"


class ReferenceDataError(ValueError):
    """A shipped reference file is missing a column or holds an invalid value."""


@dataclass(frozen=True, slots=True)
class Municipality:
    """A Flemish municipality as known to Statbel (NIS/REFNIS code).

    ``valid_until`` is ``None`` while the municipality still exists. A
    municipality that was merged away has ``successor_nis_code`` set to the
    municipality it became part of.
    """

    nis_code: str
    name: str
    arrondissement: str
    province: str
    postcodes: tuple[str, ...]
    valid_from: date
    valid_until: date | None
    successor_nis_code: str | None

    def is_valid_on(self, day: date) -> bool:
        """True if the municipality existed on ``day`` (both bounds inclusive)."""
        if day < self.valid_from:
            return False
        return self.valid_until is None or day <= self.valid_until

    @property
    def is_kempen(self) -> bool:
        """True for municipalities of arrondissement Turnhout."""
        return self.nis_code.startswith(KEMPEN_NIS_PREFIX)


@dataclass(frozen=True, slots=True)
class CodeLabel:
    """One entry of a code list: stable ``code``, Dutch ``label`` and English ``label_en``."""

    code: str
    label: str
    sort_order: int
    description: str | None = None
    label_en: str = ""


def _read_csv(filename: str, required: tuple[str, ...]) -> list[dict[str, str]]:
    path = resource_root() / REFERENCE_DIR / filename
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise ReferenceDataError(f"reference file not found: {filename}") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise ReferenceDataError(f"{filename}: missing column(s) {', '.join(missing)}")
    rows = []
    for row in reader:
        rows.append({k: (v or "").strip() for k, v in row.items() if k is not None})
    return rows


def _parse_date(value: str, filename: str, line: int) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ReferenceDataError(f"{filename} line {line}: invalid date {value!r}") from exc


@functools.cache
def _municipalities() -> tuple[Municipality, ...]:
    required = (
        "nis_code",
        "name",
        "arrondissement",
        "province",
        "postcodes",
        "valid_from",
        "valid_until",
        "successor_nis_code",
    )
    result = []
    for line, row in enumerate(_read_csv(MUNICIPALITIES_FILE, required), start=2):
        result.append(
            Municipality(
                nis_code=row["nis_code"],
                name=row["name"],
                arrondissement=row["arrondissement"],
                province=row["province"],
                postcodes=tuple(p.strip() for p in row["postcodes"].split(";") if p.strip()),
                valid_from=_parse_date(row["valid_from"], MUNICIPALITIES_FILE, line),
                valid_until=(
                    _parse_date(row["valid_until"], MUNICIPALITIES_FILE, line)
                    if row["valid_until"]
                    else None
                ),
                successor_nis_code=row["successor_nis_code"] or None,
            )
        )
    return tuple(result)


@functools.cache
def _municipalities_by_code() -> dict[str, Municipality]:
    return {m.nis_code: m for m in _municipalities()}


@functools.cache
def _codes(name: str) -> tuple[CodeLabel, ...]:
    filename = f"{name}.csv"
    result = []
    for line, row in enumerate(_read_csv(filename, ("code", "label", "sort_order")), start=2):
        try:
            sort_order = int(row["sort_order"])
        except ValueError as exc:
            raise ReferenceDataError(
                f"{filename} line {line}: invalid sort_order {row['sort_order']!r}"
            ) from exc
        result.append(
            CodeLabel(
                code=row["code"],
                label=row["label"],
                sort_order=sort_order,
                description=row.get("description") or None,
                label_en=row.get("label_en") or "",
            )
        )
    result.sort(key=lambda c: (c.sort_order, c.code))
    return tuple(result)


def load_municipalities() -> list[Municipality]:
    """All municipalities in the file, including historical ones, by NIS code."""
    return list(_municipalities())


def load_codes(name: str) -> list[CodeLabel]:
    """Entries of code list ``name`` (one of :data:`CODE_LIST_NAMES`), by sort order."""
    if name not in CODE_LIST_NAMES:
        expected = ", ".join(CODE_LIST_NAMES)
        raise ValueError(f"unknown code list {name!r}; expected one of {expected}")
    return list(_codes(name))


def municipalities_valid_on(day: date | None = None) -> list[Municipality]:
    """Municipalities that existed on ``day`` (default: today), by NIS code."""
    day = day or date.today()
    return [m for m in _municipalities() if m.is_valid_on(day)]


def kempen_municipalities(day: date | None = None) -> list[Municipality]:
    """Municipalities of arrondissement Turnhout (the Kempen) valid on ``day``."""
    return [m for m in municipalities_valid_on(day) if m.is_kempen]


def get_municipality(nis_code: str) -> Municipality | None:
    """The municipality with this NIS code (current or historical), if any."""
    return _municipalities_by_code().get(nis_code)


def resolve_municipality(nis_code: str, day: date | None = None) -> Municipality | None:
    """Follow successors from ``nis_code`` to the municipality valid on ``day``.

    Useful for records that still point to a merged-away municipality, e.g.
    Borsbeek (11007) resolves to Antwerpen (11002) on or after 2025-01-01.
    Returns ``None`` if the code is unknown or no valid municipality is reached.
    """
    day = day or date.today()
    by_code = _municipalities_by_code()
    current = by_code.get(nis_code)
    seen: set[str] = set()
    while current is not None and current.nis_code not in seen:
        if current.is_valid_on(day):
            return current
        seen.add(current.nis_code)
        if current.successor_nis_code is None or day < current.valid_from:
            return None
        current = by_code.get(current.successor_nis_code)
    return None
