"""What a lezer reads: the views `team init` made for it (db/backends/postgres_access.py),
the dossier list without INSZ, birth date, address or notes, and the counts per status and
responsible partner. The lezer has no SELECT on the tables; the views exist only on the
server, and their SQL is db/backends/postgres_access.py's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from kempen_desktop.db.backends import postgres_access

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
    and accents aside), at most MAX_ROWS; and whether there were more."""
    words = [word for word in typed.split() if word]
    parameters: dict[str, object] = {f"w{i}": f"%{word}%" for i, word in enumerate(words)}
    parameters["limit"] = MAX_ROWS + 1
    sql = postgres_access.lezer_dossiers_sql(len(words))
    rows = session.execute(text(sql), parameters).all()
    found = [LezerRow(*row) for row in rows[:MAX_ROWS]]
    return found, len(rows) > MAX_ROWS


def lezer_figures(session: Session) -> list[LezerFigure]:
    rows = session.execute(text(postgres_access.LEZER_FIGURES_SQL)).all()
    return [LezerFigure(str(status), str(partner), int(n)) for status, partner, n in rows]
