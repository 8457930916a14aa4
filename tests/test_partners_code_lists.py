"""The generic code-list service behind "Soorten beheren…" (also used for meeting types)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kempen_desktop.db.models import AuditEntry, MeetingType, PartnerType
from kempen_desktop.services.common import code_lists
from kempen_desktop.services.common.code_lists import CodeListError


def test_add_rename_move_deactivate_delete(database):
    code = code_lists.add_code(database, PartnerType, "  Sociaal   restaurant ")
    assert code == "sociaal_restaurant"
    with pytest.raises(CodeListError, match="bestaat al"):
        code_lists.add_code(database, PartnerType, "sociaal restaurant")
    with pytest.raises(CodeListError, match="omschrijving"):
        code_lists.add_code(database, PartnerType, "   ")
    code_lists.rename_code(database, PartnerType, code, "Buurtrestaurant")
    code_lists.move_code(database, PartnerType, code, -100)
    rows = code_lists.list_codes(database, PartnerType)
    assert rows[0].code == code and rows[0].label == "Buurtrestaurant"
    assert [r.sort_order for r in rows] == list(range(1, len(rows) + 1))
    code_lists.set_active(database, PartnerType, code, False)
    assert not code_lists.list_codes(database, PartnerType)[0].active
    code_lists.delete_code(database, PartnerType, code)
    assert code not in {r.code for r in code_lists.list_codes(database, PartnerType)}
    with database.session() as session:
        actions = set(session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "partner_type")))
    assert actions == {"codelist.create", "codelist.change", "codelist.delete"}


def test_codes_in_use_or_shipped_cannot_be_deleted(database, partner_ids):
    rows = {r.code: r for r in code_lists.list_codes(database, PartnerType)}
    assert rows["vdab"].uses == 1 and rows["vdab"].shipped
    with pytest.raises(CodeListError, match="in gebruik"):
        _delete_used_custom_code(database)
    with pytest.raises(CodeListError, match="meegeleverd"):
        code_lists.delete_code(database, PartnerType, "andere")
    # Generic: works for another code list too.
    assert any(r.code == "stuurgroep" for r in code_lists.list_codes(database, MeetingType))


def _delete_used_custom_code(database):
    from kempen_desktop.db.models import Partner

    code = code_lists.add_code(database, PartnerType, "Eigen soort")
    with database.transaction() as session:
        session.add(Partner(name="X", partner_type_code=code))
    code_lists.delete_code(database, PartnerType, code)
