"""Rule 3: which existing dossier a row belongs to, or whether a person must decide.

In this order: the same valid INSZ; else the same VDAB klantnummer; else exactly one
person with the same last name, first name and birth date (compared by name_key:
without case, accents, spaces or hyphens), unless both carry a different INSZ, and never
when the row brings an INSZ the person does not have yet (attaching an INSZ on name and
birth date alone needs a review decision: ATTACH_INSZ); else a
person who is probably the same (same birth date and a very similar name, or the same
name with day and month of the birth date swapped) needs a decision; else new.

Only the persons that can match are read, set-based: the file's INSZ numbers, klantnummers
and birth dates (with their day/month swaps) go into a temporary table, and one join per
kind reads the persons they name. Names are normalised only for persons on a birth date
that a row asks about (each distinct name part once), so a 10,000-row file never compares
names against all 100,000 persons. The fuzzy comparison (rapidfuzz: the
best of ``token_sort_ratio`` on the folded full name, which forgives swapped first and
last names, and ``ratio`` on the name keys, which forgives "Vanden Broeck" for
"Van den Broeck"; threshold :data:`FUZZY_THRESHOLD`) only runs within one birth date.

A person with several dossiers is matched through one of them: the most recent open
one, or else the most recent one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz.fuzz import ratio, token_sort_ratio
from sqlalchemy import Connection

from kempen_desktop.db import backends
from kempen_desktop.domain.identifiers import normalise_vdab_number
from kempen_desktop.domain.status import is_open
from kempen_desktop.services.importing.parsing import fuzzy_name, name_key
from kempen_desktop.services.importing.rows import ParsedRow

FUZZY_THRESHOLD = 88
CHUNK = 2_000

PERSON_COLUMNS = (
    "last_name",
    "first_name",
    "insz",
    "vdab_number",
    "birth_date",
    "sex",
    "street",
    "postcode",
    "municipality_nis",
    "phone",
    "email",
    "language",
)
DOSSIER_COLUMNS = ("responsible_partner_id", "counsellor_id", "situation")

MATCH, REVIEW, NEW = "match", "review", "new"
ATTACH_INSZ = (
    "Zelfde naam en geboortedatum; het dossier heeft nog geen INSZ. Kies 'zelfde persoon' om "
    "het INSZ uit de lijst aan dit dossier te koppelen, of 'nieuw dossier'."
)


@dataclass(slots=True)
class Known:
    """A person in the database, as far as matching needs it."""

    person_id: str
    insz: str | None
    vdab: str | None
    last: str
    first: str
    birth: str | None
    _key: str | None = None
    _fuzzy: str | None = None

    @property
    def key(self) -> str:
        if self._key is None:
            self._key = name_key(self.last) + "|" + name_key(self.first)
        return self._key

    @property
    def fuzzy(self) -> str:
        if self._fuzzy is None:
            self._fuzzy = fuzzy_name(self.last, self.first)
        return self._fuzzy


@dataclass(slots=True)
class Match:
    kind: str  # MATCH, REVIEW or NEW
    person: Known | None = None
    reason: str = ""


def in_chunks(
    connection: Connection, sql: str, values: Iterable[Any], extra: tuple[Any, ...] = ()
) -> Iterator[tuple[Any, ...]]:
    """Rows of ``sql`` (one ``{}`` for the IN placeholders, then ``extra``'s) for all values."""
    items = list(values)
    for start in range(0, len(items), CHUNK):
        chunk = items[start : start + CHUNK]
        yield from backends.driver_sql(connection)(
            sql.format(",".join("?" * len(chunk))), (*chunk, *extra)
        ).fetchall()


def swapped(day: date) -> date | None:
    if day.day > 12 or day.day == day.month:
        return None
    try:
        return date(day.year, day.day, day.month)
    except ValueError:
        return None


_NARROW = "id, insz, vdab_number, last_name, first_name, birth_date"
_WIDE = _NARROW + ", updated_at, " + ", ".join(PERSON_COLUMNS)


@dataclass
class PersonIndex:
    by_insz: dict[str, Known] = field(default_factory=dict)
    by_vdab: dict[str, list[Known]] = field(default_factory=dict)
    by_birth: dict[str, list[Known]] = field(default_factory=dict)
    #: person id -> (stored person values, updated_at), for persons found by INSZ or klantnummer
    details: dict[str, tuple[dict[str, Any], str]] = field(default_factory=dict)

    @classmethod
    def load(cls, connection: Connection, rows: list[ParsedRow]) -> PersonIndex:
        index = cls()
        seen: dict[str, Known] = {}
        keys: dict[str, str] = {}  # name part -> name_key: names repeat, the key is computed once

        def part_key(text: str) -> str:
            key = keys.get(text)
            if key is None:
                key = keys[text] = name_key(text)
            return key

        texts: dict[str, str] = {}  # one copy of each name and birth date
        pair_keys: dict[tuple[str, str], str] = {}

        def known(values: tuple[Any, ...]) -> Known:
            person = seen.get(values[0])
            if person is None:
                person_id, insz, vdab, last, first, birth = values[:6]
                last = texts.setdefault(last, last)
                first = texts.setdefault(first, first)
                if birth is not None:
                    birth = texts.setdefault(birth, birth)
                person = seen[person_id] = Known(person_id, insz, vdab, last, first, birth)
                pair = (last, first)
                key = pair_keys.get(pair)
                if key is None:
                    key = pair_keys[pair] = part_key(last) + "|" + part_key(first)
                person._key = key
            if len(values) > 6 and person.person_id not in index.details:
                index.details[person.person_id] = (
                    dict(zip(PERSON_COLUMNS, values[7:], strict=True)),
                    str(values[6]),
                )
            return person

        # Set-based: the file's identifiers go into a temporary table once, and each kind of
        # match is one join against it (per key the persons in rowid order, as before).
        # Most rows are settled by their INSZ; those persons are read in full at once.
        inszs = {r.insz for r in rows if r.insz}
        for values in keyed_rows(
            connection,
            f"SELECT {_WIDE} FROM {_KEYS} AS k JOIN person ON person.insz = k.value",
            inszs,
        ):
            person = known(values)
            index.by_insz[person.insz or ""] = person
        open_rows = [r for r in rows if not (r.insz and r.insz in index.by_insz)]
        # Klantnummers compare without leading zeros: a list that lost them (Excel) and a
        # dossier typed with them are the same client. (One scan of person, not one per chunk.)
        vdabs = {vdab_key(r.vdab) for r in open_rows if r.vdab}
        for values in keyed_rows(
            connection,
            f"SELECT {_WIDE} FROM person WHERE ltrim(vdab_number, '0') IN "
            f"(SELECT value FROM {_KEYS})",
            vdabs,
        ):
            person = known(values)
            index.by_vdab.setdefault(vdab_key(person.vdab or ""), []).append(person)
        births: set[str] = set()
        for r in open_rows:
            if r.birth:
                births.add(r.birth.isoformat())
                other = swapped(r.birth)
                if other:
                    births.add(other.isoformat())
        for values in keyed_rows(
            connection,
            f"SELECT {_NARROW} FROM {_KEYS} AS k "
            f"JOIN person ON person.birth_date = {backends.iso_date(connection, 'k.value')}",
            births,
        ):
            person = known(values)
            index.by_birth.setdefault(person.birth or "", []).append(person)
        return index


_KEYS = "import_match_key"  # the temporary table of keyed_rows


def keyed_rows(
    connection: Connection, sql: str, values: Iterable[str]
) -> Iterator[tuple[Any, ...]]:
    """Rows of ``sql``, which joins the temporary table ``import_match_key(value)`` holding
    ``values``; the table lives while the rows are read (in memory: PRAGMA temp_store).
    The rows stream: 50,000 wide person rows at once would be some 60 MB more at the peak."""
    items = list(values)
    if not items:
        return
    run = backends.driver_sql(connection)
    # The sqlite3 module runs DDL outside its transactions, so the DROP below can be rolled
    # back with the plan's read transaction and leave an empty table: start clean.
    run(f"DROP TABLE IF EXISTS {_KEYS}")
    run(f"CREATE TEMPORARY TABLE {_KEYS} (value TEXT PRIMARY KEY)")
    try:
        per_statement = 500
        for start in range(0, len(items), per_statement):
            chunk = items[start : start + per_statement]
            run(
                f"INSERT INTO {_KEYS} (value) VALUES " + ",".join(["(?)"] * len(chunk)),
                tuple(chunk),
            )
        yield from run(sql)
    finally:
        run(f"DROP TABLE {_KEYS}")


def vdab_key(value: str) -> str:
    """A klantnummer as compared: digits without leading zeros (text kept as is)."""
    return normalise_vdab_number(value).lstrip("0")


class Matcher:
    """Applies rule 3 row by row; remembers the rows planned as new within this file."""

    def __init__(self, index: PersonIndex) -> None:
        self.index = index

    def match(self, row: ParsedRow) -> Match:
        index = self.index
        if row.insz:
            person = index.by_insz.get(row.insz)
            if person is not None:
                return Match(MATCH, person)
        if row.vdab:
            found = index.by_vdab.get(vdab_key(row.vdab), [])
            if len(found) > 1:
                return Match(REVIEW, found[0], "Meerdere dossiers hebben dit VDAB-klantnummer.")
            if found:
                person = found[0]
                if row.insz and person.insz and person.insz != row.insz:
                    return Match(REVIEW, person, "Zelfde VDAB-klantnummer, maar een ander INSZ.")
                return Match(MATCH, person)
        if not (row.last and row.first and row.birth):
            return Match(NEW)
        key = name_key(row.last) + "|" + name_key(row.first)
        same_day = index.by_birth.get(row.birth.isoformat(), [])
        exact = [p for p in same_day if p.key == key]
        if len(exact) == 1:
            person = exact[0]
            if row.insz and person.insz and person.insz != row.insz:
                return Match(REVIEW, person, "Zelfde naam en geboortedatum, maar een ander INSZ.")
            if row.insz and not person.insz:
                # Never attach an INSZ on name and birth date alone: the user decides.
                return Match(REVIEW, person, ATTACH_INSZ)
            return Match(MATCH, person)
        if exact:
            return Match(REVIEW, exact[0], "Meerdere dossiers met dezelfde naam en geboortedatum.")

        def compatible(person: Known) -> bool:
            # Two different INSZ numbers are two different people, however alike the names.
            return not (row.insz and person.insz and person.insz != row.insz)

        full = fuzzy_name(row.last, row.first)
        compact = key
        best: tuple[float, Known] | None = None
        for person in same_day:
            if not compatible(person):
                continue
            score = max(
                token_sort_ratio(full, person.fuzzy, score_cutoff=FUZZY_THRESHOLD),
                ratio(compact, person.key, score_cutoff=FUZZY_THRESHOLD),
            )
            if score and (best is None or score > best[0]):
                best = (score, person)
        if best is not None:
            return Match(
                REVIEW,
                best[1],
                "Mogelijk dezelfde persoon: zelfde geboortedatum en een gelijkaardige naam.",
            )
        other_day = swapped(row.birth)
        if other_day is not None:
            for person in index.by_birth.get(other_day.isoformat(), []):
                if person.key == key and compatible(person):
                    return Match(
                        REVIEW,
                        person,
                        "Mogelijk dezelfde persoon: zelfde naam, maar dag en maand "
                        "van de geboortedatum zijn omgewisseld.",
                    )
        return Match(NEW)


# -- details of the persons that matched -------------------------------------------------------


@dataclass(slots=True)
class Existing:
    """The stored values of a matched person and the dossier the row belongs to."""

    person_id: str
    person: dict[str, Any]
    person_stamp: str
    dossier_id: str
    num: int
    status_code: str
    dossier: dict[str, Any]
    dossier_stamp: str
    groups: set[str]


def load_existing(
    connection: Connection,
    person_ids: Iterable[str],
    known: dict[str, tuple[dict[str, Any], str]] | None = None,
) -> dict[str, Existing]:
    """person id -> Existing, for persons that have a dossier (persons without one are left out).

    ``known`` holds persons already read in full (PersonIndex.details).
    """
    ids = list(dict.fromkeys(person_ids))
    persons = {pid: known[pid] for pid in ids if known and pid in known}
    columns = ", ".join(PERSON_COLUMNS)
    for values in in_chunks(
        connection,
        f"SELECT id, updated_at, {columns} FROM person WHERE id IN ({{}})",
        [pid for pid in ids if pid not in persons],
    ):
        persons[values[0]] = (dict(zip(PERSON_COLUMNS, values[2:], strict=True)), str(values[1]))
    chosen: dict[str, tuple[Any, ...]] = {}
    dossier_columns = ", ".join(DOSSIER_COLUMNS)
    for values in in_chunks(
        connection,
        f"SELECT person_id, id, num, status_code, opened_on, updated_at, {dossier_columns} "
        "FROM dossier WHERE person_id IN ({})",
        ids,
    ):
        current = chosen.get(values[0])
        if current is None or _preference(values) > _preference(current):
            chosen[values[0]] = values
    groups: dict[str, set[str]] = {}
    for dossier_id, code in in_chunks(
        connection,
        "SELECT dossier_id, target_group_code FROM dossier_target_group WHERE dossier_id IN ({})",
        [values[1] for values in chosen.values()],
    ):
        groups.setdefault(dossier_id, set()).add(code)
    result = {}
    for person_id, values in chosen.items():
        if person_id not in persons:
            continue
        person, person_stamp = persons[person_id]
        result[person_id] = Existing(
            person_id=person_id,
            person=person,
            person_stamp=person_stamp,
            dossier_id=values[1],
            num=values[2],
            status_code=values[3],
            dossier=dict(zip(DOSSIER_COLUMNS, values[6:], strict=True)),
            dossier_stamp=str(values[5]),
            groups=groups.get(values[1], set()),
        )
    return result


def _preference(values: tuple[Any, ...]) -> tuple[bool, str, int]:
    return (is_open(str(values[3])), str(values[4]), int(values[2]))
