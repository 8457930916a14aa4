"""The generic code lists (workspace.code_lists) behind "Soorten beheren…" (also used for
meeting types)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import AuditEntry
from kempen_desktop.services.common.code_lists import CodeListError


def test_add_rename_move_deactivate_delete(database):
    code = Workspace(database).code_lists.add("partner_types", "  Sociaal   restaurant ")
    assert code == "sociaal_restaurant"
    with pytest.raises(CodeListError, match="bestaat al"):
        Workspace(database).code_lists.add("partner_types", "sociaal restaurant")
    with pytest.raises(CodeListError, match="omschrijving"):
        Workspace(database).code_lists.add("partner_types", "   ")
    Workspace(database).code_lists.rename("partner_types", code, "Buurtrestaurant")
    Workspace(database).code_lists.move("partner_types", code, -100)
    rows = Workspace(database).code_lists.rows("partner_types")
    assert rows[0].code == code and rows[0].label == "Buurtrestaurant"
    assert [r.sort_order for r in rows] == list(range(1, len(rows) + 1))
    Workspace(database).code_lists.set_active("partner_types", code, False)
    assert not Workspace(database).code_lists.rows("partner_types")[0].active
    Workspace(database).code_lists.delete("partner_types", code)
    assert code not in {r.code for r in Workspace(database).code_lists.rows("partner_types")}
    with database.session() as session:
        actions = set(
            session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "partner_type"))
        )
    assert actions == {"codelist.create", "codelist.change", "codelist.delete"}


def test_codes_in_use_or_shipped_cannot_be_deleted(database, partner_ids):
    rows = {r.code: r for r in Workspace(database).code_lists.rows("partner_types")}
    assert rows["vdab"].uses == 1 and rows["vdab"].shipped
    with pytest.raises(CodeListError, match="in gebruik"):
        _delete_used_custom_code(database)
    with pytest.raises(CodeListError, match="meegeleverd"):
        Workspace(database).code_lists.delete("partner_types", "andere")
    # Generic: works for another code list too.
    assert any(r.code == "stuurgroep" for r in Workspace(database).code_lists.rows("meeting_types"))


def _delete_used_custom_code(database):
    from kempen_desktop.db.models import Partner

    code = Workspace(database).code_lists.add("partner_types", "Eigen soort")
    with database.transaction() as session:
        session.add(Partner(name="X", partner_type_code=code))
    Workspace(database).code_lists.delete("partner_types", code)
