"""A row of the Dossiers list as the screens show it: what the list query reads for one
dossier (services/dossiers/dossier_list.py) and the first look at start-up reads before the
data layer loads (app/first_look.py)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from kempen_desktop.domain import status as dossier_status


@dataclass(frozen=True)
class DossierRow:
    num: int
    id: uuid.UUID
    last_name: str
    first_name: str
    municipality: str
    status_code: str
    target_group_codes: tuple[str, ...]
    counsellor: str
    follow_up_on: date | None

    def is_overdue(self, today: date) -> bool:
        return (
            self.follow_up_on is not None
            and self.follow_up_on < today
            and dossier_status.is_open(self.status_code)
        )
