"""Keep the shipped reference data in the database: add what is missing, never overwrite.

The user may edit labels or deactivate codes; a newer app version may ship new codes or
municipalities. Inserting only the missing keys respects both.
"""

from __future__ import annotations

from sqlalchemy import insert, literal_column, select, union_all
from sqlalchemy.orm import Session

from kempen_desktop.db.models import CODE_LISTS, Municipality
from kempen_desktop.db.reference_data import load_codes, load_municipalities


def ensure_reference_data(session: Session) -> int:
    """Insert missing reference rows; returns how many were added."""
    added = 0
    known_keys = _known_keys(session)
    known_nis = known_keys[MUNICIPALITIES]
    rows = [
        {
            "nis_code": m.nis_code,
            "name": m.name,
            "arrondissement": m.arrondissement,
            "province": m.province,
            "postcodes": ";".join(m.postcodes),
            "valid_from": m.valid_from,
            "valid_until": m.valid_until,
            "successor_nis_code": m.successor_nis_code,
        }
        for m in load_municipalities()
        if m.nis_code not in known_nis
    ]
    if rows:
        session.execute(insert(Municipality), rows)
        added += len(rows)
    for list_name, model in CODE_LISTS.items():
        known = known_keys[list_name]
        new = [
            {
                "code": c.code,
                "label": c.label,
                "label_en": c.label_en,
                "sort_order": c.sort_order,
                "description": c.description or "",
                "active": True,
            }
            for c in load_codes(list_name)
            if c.code not in known
        ]
        if new:
            session.execute(insert(model), new)
            added += len(new)
    return added


MUNICIPALITIES = "municipalities"


def _known_keys(session: Session) -> dict[str, set[str]]:
    """The keys of every reference table, in one Core statement: run at every open, eight
    ORM statements cost ~150 ms there (their first compile in the process)."""
    names = [MUNICIPALITIES, *CODE_LISTS]
    columns = [Municipality.__table__.c.nis_code]
    columns += [model.__table__.c.code for model in CODE_LISTS.values()]
    parts = [select(literal_column(str(index)), column) for index, column in enumerate(columns)]
    known: dict[str, set[str]] = {name: set() for name in names}
    for index, key in session.connection().execute(union_all(*parts)):
        known[names[index]].add(key)
    return known
