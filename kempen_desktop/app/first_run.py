"""First-run setup: the region presets, the proposed core partners and their seeding, and
the team server a user may choose instead of a local file.

Reads the reference lists shipped in resources/reference (regions.csv, core_partners.csv,
municipalities.csv); seeding goes through the partners façade, all partners in one transaction.
A team server is typed as `gebruiker@server:5432/database` (or a full postgresql:// URL);
its password is asked, used for the connection and never stored.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sqlalchemy import URL
from sqlalchemy.exc import ArgumentError

from kempen_desktop.app.workspace import Workspace
from kempen_desktop.db.backend import server_url, shown_url
from kempen_desktop.db.locations import is_server_url
from kempen_desktop.resources_location import resource_root
from kempen_desktop.services.common.database import open_server_database
from kempen_desktop.services.partners.partners import PartnerInput
from kempen_desktop.services.team.server_check import ServerCheck, check_server

FREE_CHOICE = "vrij"


@dataclass(frozen=True)
class Municipality:
    nis_code: str
    name: str
    arrondissement: str


@dataclass(frozen=True)
class RegionPreset:
    code: str
    label: str
    nis_codes: tuple[str, ...]


@dataclass
class ProposedPartner:
    name: str
    partner_type_code: str
    municipality_nis: str | None = None
    notes: str = ""
    chosen: bool = True


def _rows(name: str) -> list[dict[str, str]]:
    text = (resource_root() / "reference" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def municipalities() -> list[Municipality]:
    """The municipalities valid today, by name."""
    found = [
        Municipality(row["nis_code"], row["name"], row["arrondissement"])
        for row in _rows("municipalities.csv")
        if not row["valid_until"]
    ]
    return sorted(found, key=lambda m: m.name)


def region_presets() -> list[RegionPreset]:
    current = municipalities()
    presets = []
    for row in _rows("regions.csv"):
        if row["nis_codes"]:
            codes = tuple(row["nis_codes"].split(";"))
        else:
            codes = tuple(m.nis_code for m in current if m.arrondissement == row["arrondissement"])
        presets.append(RegionPreset(row["code"], row["label"], codes))
    return presets


def proposed_partners(nis_codes: list[str], region: str = FREE_CHOICE) -> list[ProposedPartner]:
    """The core partners for these municipalities (one OCMW each) and this preset."""
    names = {m.nis_code: m.name for m in municipalities()}
    proposals = []
    for row in _rows("core_partners.csv"):
        if row["regions"] and region not in row["regions"].split(";"):
            continue
        if row["per_municipality"] == "1":
            for code in nis_codes:
                proposals.append(
                    ProposedPartner(
                        row["name"].replace("{gemeente}", names.get(code, code)),
                        row["partner_type_code"],
                        code,
                        row["notes"],
                    )
                )
        else:
            proposals.append(
                ProposedPartner(row["name"], row["partner_type_code"], None, row["notes"])
            )
    return proposals


def seed_partners(workspace: Workspace, proposals: list[ProposedPartner]) -> int:
    """Add the chosen proposals as partners, in one transaction: all of them or, when one
    fails, none (the error is raised). Returns how many were added."""
    inputs = [
        PartnerInput(
            name=proposal.name.strip(),
            partner_type_code=proposal.partner_type_code,
            municipality_nis=proposal.municipality_nis,
            notes=proposal.notes,
        )
        for proposal in proposals
        if proposal.chosen and proposal.name.strip()
    ]
    workspace.partners.create_many(inputs, confirm_duplicates=True)
    return len(inputs)


# -- a team server instead of a local file ---------------------------------------------------


def team_server_url(typed: str) -> str | None:
    """`gebruiker@server:5432/kempen` (or a postgresql:// URL) as the URL the settings keep
    (postgresql://..., never a password); None when it is no server address with a user
    and a database."""
    typed = typed.strip()
    if not typed:
        return None
    if not is_server_url(typed):
        typed = "postgresql://" + typed
    try:
        url = server_url(typed)
    except (ValueError, ArgumentError):
        return None
    if not url.username or not url.database:
        return None
    return shown_url(url._replace(password=None))  # (URL.set ignores None)


def _with_password(url: str, password: str | None) -> URL:
    target = server_url(url)
    return target.set(password=password) if password else target


def test_team_server(url: str, password: str | None) -> ServerCheck:
    """Connect as the user of `url` (team_server_url's) with `password` (None: none, or
    ~/.pgpass / PGPASSWORD) and say plainly what stands in the way, if anything."""
    return check_server(_with_password(url, password))


def open_team_server(url: str, password: str | None) -> Workspace:
    """The workspace on the team server (migrated if the app is newer); the password stays
    in this connection's memory. DatabaseOpenError in Dutch."""
    return Workspace(open_server_database(_with_password(url, password)))
