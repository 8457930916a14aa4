"""Mapping profiles: which header holds which field, per source; built in, saved, or TOML.

A profile names header texts, not column letters, so it keeps working when a partner
moves or adds columns. The TOML form (``kempen import --profile lijst.toml`` and the
export in the GUI) is::

    name = "VDAB dienst intensieve begeleiding"
    source = "VDAB"
    [columns]
    insz = "INSZ-nummer"
    [options]
    sheet = "Lijst"                            # optional
    header_row = 3                             # optional
    target_groups = ["leefloongerechtigde"]    # optional
    vdab_number_width = 10                     # optional: klantnummer padded to 10 digits
    [status]                                   # optional: the list's status -> ours
    "In bemiddeling" = "in_begeleiding"
    "Wachtlijst" = "-"                         # "-": this value is deliberately not taken

The wizard's value-mapping step writes ``[status]`` too (``services.importing.status_values``
says what each value does).

Saved profiles live in the ``import_profile`` table as that TOML text. A saved profile
with the name of a built-in one takes its place in :func:`list_profiles`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kempen_desktop.db.base import utcnow
from kempen_desktop.db.models import ImportProfile
from kempen_desktop.services.common import audit
from kempen_desktop.services.importing.errors import ImportFailed
from kempen_desktop.services.importing.fields import FIELD_KEYS

MAX_PROFILE_BYTES = 64 * 1024


@dataclass
class Profile:
    name: str
    source: str
    columns: dict[str, str]  # field key -> header text
    sheet: str | None = None
    header_row: int | None = None
    target_groups: list[str] = field(default_factory=list)  # labels or codes, added to every row
    builtin: bool = False
    #: the klantnummer's width: shorter numbers get their leading zeros back (domain.identifiers)
    vdab_number_width: int | None = None
    #: the list's status text -> our status code, for the starting status of a new dossier
    status_map: dict[str, str] = field(default_factory=dict)


def builtin_profiles() -> list[Profile]:
    """The VDAB and OCMW lists as they usually come; other headers are found by synonyms."""
    return [
        Profile(
            name="VDAB",
            source="VDAB",
            columns={
                "insz": "INSZ",
                "vdab_client_number": "Klantnummer",
                "last_name": "Naam",
                "first_name": "Voornaam",
                "birth_date": "Geboortedatum",
                "sex": "Geslacht",
                "street": "Straat",
                "postal_code": "Postcode",
                "municipality": "Gemeente",
                "phone": "Telefoon",
                "email": "E-mail",
                "language": "Taal",
                "status": "Bemiddelingsstatus",
                "counsellor": "Bemiddelaar",
            },
            builtin=True,
        ),
        Profile(
            name="OCMW",
            source="OCMW",
            columns={
                "insz": "Rijksregisternummer",
                "last_name": "Familienaam",
                "first_name": "Voornaam",
                "birth_date": "Geboortedatum",
                "sex": "Geslacht",
                "street": "Adres",
                "postal_code": "Postcode",
                "municipality": "Woonplaats",
                "phone": "Telefoon",
                "email": "E-mail",
                "language": "Taal",
                "counsellor": "Maatschappelijk werker",
                "target_groups": "Doelgroep",
                "start_date": "Startdatum",
            },
            builtin=True,
        ),
    ]


# -- TOML ---------------------------------------------------------------------------------


def _toml_string(value: str) -> str:
    out = ['"']
    for ch in value:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def profile_to_toml(p: Profile) -> str:
    """The profile as TOML text (fields in the fixed order of FIELD_KEYS)."""
    lines = [
        f"name = {_toml_string(p.name)}",
        f"source = {_toml_string(p.source)}",
        "",
        "[columns]",
    ]
    for key in FIELD_KEYS:
        if p.columns.get(key):
            lines.append(f"{key} = {_toml_string(p.columns[key])}")
    options = []
    if p.sheet:
        options.append(f"sheet = {_toml_string(p.sheet)}")
    if p.header_row:
        options.append(f"header_row = {int(p.header_row)}")
    if p.target_groups:
        options.append(
            "target_groups = [" + ", ".join(_toml_string(g) for g in p.target_groups) + "]"
        )
    if p.vdab_number_width:
        options.append(f"vdab_number_width = {int(p.vdab_number_width)}")
    if options:
        lines += ["", "[options]", *options]
    if p.status_map:
        lines += ["", "[status]"]
        lines += [f"{_toml_string(k)} = {_toml_string(v)}" for k, v in p.status_map.items()]
    return "\n".join(lines) + "\n"


def _str(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise ImportFailed(f"Profiel: '{what}' moet een tekst zijn.")
    return value.strip()


def profile_from_toml(text: str, origin: str = "Het profiel") -> Profile:
    """Parse and check profile TOML text; Dutch ImportFailed on any problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = re.search(r"line (\d+)", str(error))
        where = f" (fout op regel {line[1]})" if line else ""
        raise ImportFailed(f"{origin} is geen geldig TOML-bestand{where}.") from None
    unknown_top = set(data) - {"name", "source", "columns", "options", "status"}
    if unknown_top:
        raise ImportFailed(f"{origin}: onbekende sleutel '{min(unknown_top)}'.")
    name = _str(data.get("name", ""), "name")
    if not name:
        raise ImportFailed(f"{origin}: het profiel heeft geen naam ('name').")
    if len(name) > 100:
        raise ImportFailed(f"{origin}: de naam van het profiel is te lang (hoogstens 100 tekens).")
    source = _str(data.get("source", ""), "source")[:40]
    columns_raw = data.get("columns", {})
    if not isinstance(columns_raw, dict):
        raise ImportFailed(f"{origin}: [columns] moet een tabel zijn.")
    columns: dict[str, str] = {}
    for key, header in columns_raw.items():
        if key not in FIELD_KEYS:
            raise ImportFailed(f"{origin}: onbekend veld '{key}' in [columns].")
        header_text = _str(header, f"columns.{key}")
        if header_text:
            columns[key] = header_text
    options = data.get("options", {})
    if not isinstance(options, dict):
        raise ImportFailed(f"{origin}: [options] moet een tabel zijn.")
    unknown = set(options) - {"sheet", "header_row", "target_groups", "vdab_number_width"}
    if unknown:
        raise ImportFailed(f"{origin}: onbekende optie '{min(unknown)}'.")
    sheet = options.get("sheet")
    if sheet is not None:
        sheet = _str(sheet, "options.sheet") or None
    header_row = options.get("header_row")
    if header_row is not None and (
        isinstance(header_row, bool)
        or not isinstance(header_row, int)
        or not 1 <= header_row <= 1_048_576
    ):
        raise ImportFailed(f"{origin}: 'header_row' moet een rijnummer zijn (1 of meer).")
    groups = options.get("target_groups", [])
    if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
        raise ImportFailed(f"{origin}: 'target_groups' moet een lijst van teksten zijn.")
    width = options.get("vdab_number_width")
    if width is not None and (
        isinstance(width, bool) or not isinstance(width, int) or not 1 <= width <= 20
    ):
        raise ImportFailed(f"{origin}: 'vdab_number_width' moet een getal van 1 tot 20 zijn.")
    status = data.get("status", {})
    if not isinstance(status, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in status.items()
    ):
        raise ImportFailed(f"{origin}: [status] moet teksten aan statuscodes koppelen.")
    return Profile(
        name=name,
        source=source,
        columns=columns,
        sheet=sheet,
        header_row=header_row,
        target_groups=[g.strip() for g in groups if g.strip()],
        vdab_number_width=width,
        status_map={k.strip(): v.strip() for k, v in status.items() if k.strip() and v.strip()},
    )


def load_profile_toml(path: Path) -> Profile:
    try:
        if path.stat().st_size > MAX_PROFILE_BYTES:
            raise ImportFailed(f"{path.name} is te groot voor een profielbestand.")
        raw = path.read_bytes()
    except OSError:
        raise ImportFailed(
            f"Het profielbestand ‘{path.name}’ bestaat niet of kan niet gelezen worden."
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFailed(f"{path.name} is geen UTF-8-tekstbestand.") from None
    return profile_from_toml(text, path.name)


# -- store ----------------------------------------------------------------------------------


def _saved(session: Session) -> dict[str, Profile]:
    rows = session.execute(select(ImportProfile.name, ImportProfile.toml)).all()
    saved = {}
    for name, text in rows:
        try:
            profile = profile_from_toml(text)
        except ImportFailed:
            continue  # a damaged row must not hide the others
        saved[name] = replace(profile, name=name, builtin=False)
    return saved


def list_profiles(session: Session) -> list[Profile]:
    """Built-in profiles (or the user's saved version of them), then the user's own."""
    saved = _saved(session)
    builtins = [saved.pop(p.name, p) for p in builtin_profiles()]
    return builtins + sorted(saved.values(), key=lambda p: p.name.casefold())


def get_profile(session: Session, name: str) -> Profile:
    profiles = list_profiles(session)
    for profile in profiles:
        if profile.name == name:
            return profile
    for profile in profiles:
        if profile.name.casefold() == name.strip().casefold():
            return profile
    raise ImportFailed(f"Er is geen importprofiel met de naam '{name}'.")


def check_profile(p: Profile) -> str:
    """The TOML text to store for `p` (checked: it loads again); ImportFailed if not."""
    name = p.name.strip()
    if not name:
        raise ImportFailed("Geef het profiel een naam.")
    text = profile_to_toml(replace(p, name=name))
    profile_from_toml(text)  # what we store must load again
    return text


def save_profile(session: Session, p: Profile) -> None:
    name = p.name.strip()
    text = check_profile(p)
    row = session.scalar(select(ImportProfile).where(ImportProfile.name == name))
    if row is None:
        session.add(ImportProfile(name=name, source=p.source[:40], toml=text))
    else:
        row.source = p.source[:40]
        row.toml = text
        row.updated_at = utcnow()
    audit.record(session, "import.profile.save", "import_profile")


def delete_profile(session: Session, name: str) -> None:
    result = session.execute(delete(ImportProfile).where(ImportProfile.name == name))
    if not result.rowcount:  # type: ignore[attr-defined]
        if any(p.name == name for p in builtin_profiles()):
            raise ImportFailed("Een ingebouwd profiel kan niet verwijderd worden.")
        raise ImportFailed(f"Er is geen bewaard importprofiel met de naam '{name}'.")
    audit.record(session, "import.profile.delete", "import_profile")
