"""What a lezer reads: the views `team init` made for it (db/backends/postgres_access.py),
the dossier list without INSZ, birth date, address or notes, and the counts per status and
responsible partner. Plain SQL over the views: the lezer has no SELECT on the tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

# More rows than a list on screen can usefully show; the search narrows it down.
MAX_ROWS = 2_000


@dataclass(frozen=True)
class LezerRow:
    num: int
    last_name: str
    first_name: str
    municipality: str
    status: str
    status_since: date | None
    responsible_partner: str
    counsellor: str
    target_groups: str
    follow_up_on: date | None


@dataclass(frozen=True)
class LezerFigure:
    status: str
    responsible_partner: str
    dossiers: int


def lezer_dossiers(session: Session, typed: str = "") -> tuple[list[LezerRow], bool]:
    """The rows (by name) whose name, number or municipality holds every typed word (case
    aside), at most MAX_ROWS; and whether there were more."""
    words = [word.casefold() for word in typed.split() if word]
    where = " AND ".join(
        f"lower(concat_ws(' ', last_name, first_name, num, municipality)) LIKE :w{i}"
        for i in range(len(words))
    )
    parameters: dict[str, object] = {f"w{i}": f"%{word}%" for i, word in enumerate(words)}
    parameters["limit"] = MAX_ROWS + 1
    rows = session.execute(
        text(
            "SELECT num, last_name, first_name, coalesce(municipality, ''), status, "
            "status_since, coalesce(responsible_partner, ''), coalesce(counsellor, ''), "
            "coalesce(target_groups, ''), follow_up_on FROM kempen_lezer_dossiers "
            + (f"WHERE {where} " if where else "")
            + "ORDER BY lower(last_name), lower(first_name), num LIMIT :limit"
        ),
        parameters,
    ).all()
    found = [LezerRow(*row) for row in rows[:MAX_ROWS]]
    return found, len(rows) > MAX_ROWS


def lezer_figures(session: Session) -> list[LezerFigure]:
    rows = session.execute(
        text(
            "SELECT status, coalesce(responsible_partner, ''), dossiers "
            "FROM kempen_lezer_figures ORDER BY status, 2"
        )
    ).all()
    return [LezerFigure(str(status), str(partner), int(n)) for status, partner, n in rows]
