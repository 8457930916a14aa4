"""Keep the shipped reference data in the database: add what is missing, never overwrite.

The user may edit labels or deactivate codes; a newer app version may ship new codes or
municipalities. Inserting only the missing keys respects both.
"""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import CODE_LISTS, Municipality
from kempen_desktop.db.reference_data import load_codes, load_municipalities


def ensure_reference_data(session: Session) -> int:
    """Insert missing reference rows; returns how many were added."""
    added = 0
    known_nis = set(session.scalars(select(Municipality.nis_code)))
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
        known = set(session.scalars(select(model.code)))
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
