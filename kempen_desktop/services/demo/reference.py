"""Reference data as found in the database: the municipalities of the two regions and
the code lists."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from kempen_desktop.db.models import (
    ClosingReason,
    ContractType,
    DossierStatus,
    MeetingType,
    Municipality,
    PartnerType,
    TargetGroup,
)
from kempen_desktop.domain import status as wf
from kempen_desktop.services.demo.content import ZORA_MUNICIPALITIES


@dataclass(frozen=True)
class _Place:
    nis: str
    name: str
    postcodes: tuple[str, ...]
    region: str  # "kempen" / "zora" / ""


@dataclass(frozen=True)
class _Reference:
    places: dict[str, _Place]  # by name, valid municipalities of the two regions
    nis_by_name: dict[str, str]
    codes: dict[str, frozenset[str]]

    @classmethod
    def load(cls, connection: Connection) -> _Reference:
        nis_by_name: dict[str, str] = {}
        places: dict[str, _Place] = {}
        rows = connection.execute(
            select(
                Municipality.nis_code,
                Municipality.name,
                Municipality.postcodes,
                Municipality.valid_until,
            ).order_by(Municipality.nis_code)
        ).all()
        for nis, name, postcodes, valid_until in rows:
            if valid_until is not None:
                continue
            nis_by_name.setdefault(name, nis)
            region = (
                "kempen" if nis.startswith("13") else "zora" if name in ZORA_MUNICIPALITIES else ""
            )
            if region and postcodes:
                places[name] = _Place(nis, name, tuple(postcodes.split(";")), region)
        if not any(p.region == "kempen" for p in places.values()):
            raise ValueError(
                "De gemeenten van het arrondissement Turnhout ontbreken in de referentiegegevens."
            )
        codes = {
            name: frozenset(connection.scalars(select(model.code)))
            for name, model in (
                ("target_groups", TargetGroup),
                ("statuses", DossierStatus),
                ("closing_reasons", ClosingReason),
                ("partner_types", PartnerType),
                ("meeting_types", MeetingType),
                ("contract_types", ContractType),
            )
        }
        missing = {code for code, _ in wf.ALL_STATUSES} - codes["statuses"]
        if missing:
            raise ValueError(
                "Dossierstatussen ontbreken in de referentiegegevens: "
                f"{', '.join(sorted(missing))}."
            )
        return cls(places, nis_by_name, codes)
