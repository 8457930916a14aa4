"""Filtering, searching and sorting the dossier list in SQL."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossier_list import (
    DossierFilter,
    fetch_rows,
    find_dossier_nums,
    latest_birth_date_for_age,
)
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.dossiers.search import fts_query

TODAY = date(2026, 11, 22)


@pytest.fixture
def listed(database: Database, partner_ids: tuple) -> Database:
    partner_id, contact_id = partner_ids
    service = Workspace(database).dossiers
    people = [
        # last, first, municipality, birth, groups, follow-up
        (
            "peeters",
            "Jan",
            "13040",
            date(1985, 7, 30),
            {"kortgeschoold"},
            date(2026, 1, 5),
        ),  # overdue
        (
            "Van den Broeck",
            "Ann",
            "13025",
            date(2003, 2, 1),
            {"leefloon", "anderstalig"},
            date(2027, 1, 1),
        ),
        ("Aerts", "Zeno", "13040", date(1965, 5, 5), set(), None),
        ("Ähler", "Bert", "13001", None, {"arbeidsbeperking"}, date(2026, 11, 1)),  # overdue
    ]
    for last, first, nis, born, groups, follow_up in people:
        service.create(
            DossierInput(
                last_name=last,
                first_name=first,
                municipality_nis=nis,
                birth_date=born,
                target_groups=groups,
                follow_up_on=follow_up,
                responsible_partner_id=partner_id if last == "Aerts" else None,
                counsellor_id=contact_id if last == "Aerts" else None,
            )
        )
    closed = service.create(
        DossierInput(last_name="Maes", first_name="Ella", follow_up_on=date(2026, 1, 1))
    )
    service.close(closed, "werk")
    return database


def nums(
    database: Database, flt: DossierFilter | None = None, sort: str = "naam", desc: bool = False
) -> list[int]:
    with database.session() as session:
        return find_dossier_nums(
            session, DossierFilter() if flt is None else flt, sort, desc, today=TODAY
        )


def test_default_sort_by_name_ignores_case(listed: Database) -> None:
    # Aerts(3), Ähler(4), Maes(5), peeters(1), Van den Broeck(2): lower-case 'peeters' sorts
    # with P, 'Ähler' among the A (accents folded, issue 14; domain/sorting.py).
    assert nums(listed) == [3, 4, 5, 1, 2]
    assert nums(listed, desc=True) == [2, 1, 5, 4, 3]


def test_sort_by_each_column(listed: Database) -> None:
    assert nums(listed, sort="voornaam")[:2] == [2, 4]  # Ann, Bert
    assert nums(listed, sort="gemeente")[0] == 5  # no municipality first
    assert nums(listed, sort="status")[-1] == 5  # afgesloten last
    assert nums(listed, sort="begeleider")[-1] == 3  # only Aerts has a counsellor
    # Closing cleared Maes' follow-up: dossiers without a date go last (first when descending).
    assert nums(listed, sort="opvolging") == [1, 4, 2, 3, 5]
    assert nums(listed, sort="opvolging", desc=True) == [5, 3, 2, 4, 1]
    # Stored groups as displayed (list order): none (Aerts, Maes) < "Kortgeschoold"
    # < "Leefloongerechtigde, Anderstalig" < "Persoon met arbeidsbeperking".
    assert nums(listed, sort="kansengroepen") == [3, 5, 1, 2, 4]
    with pytest.raises(ValueError):
        nums(listed, sort="bogus")


def test_filters(listed: Database) -> None:
    assert sorted(nums(listed, DossierFilter(status="afgesloten"))) == [5]
    assert sorted(nums(listed, DossierFilter(municipality_nis="13040"))) == [1, 3]
    assert sorted(nums(listed, DossierFilter(target_group="leefloon"))) == [2]
    assert sorted(nums(listed, DossierFilter(target_group="jongere"))) == [2]  # born 2003
    assert sorted(nums(listed, DossierFilter(target_group="55plus"))) == [3]  # born 1965
    assert sorted(nums(listed, DossierFilter(overdue_only=True))) == [1, 4]  # closed one excluded
    assert nums(listed, DossierFilter(text="zeno", municipality_nis="13025")) == []


def test_search_prefix_accents_and_safety(listed: Database) -> None:
    assert nums(listed, DossierFilter(text="van den")) == [2]
    assert nums(listed, DossierFilter(text="ahler")) == [4]  # accents folded
    assert nums(listed, DossierFilter(text="PEET")) == [1]
    assert nums(listed, DossierFilter(text='") OR * ( NEAR')) == []  # FTS syntax is neutralised
    assert len(nums(listed, DossierFilter(text="   "))) == 5


def test_fetch_rows_for_display(listed: Database) -> None:
    with listed.session() as session:
        rows = fetch_rows(session, [1, 2, 3], today=TODAY)
    assert rows[1].municipality == "Turnhout"
    assert rows[1].is_overdue(TODAY)
    assert rows[2].target_group_codes[0] == "jongere"
    assert set(rows[2].target_group_codes) == {"jongere", "leefloon", "anderstalig"}
    assert rows[3].counsellor == "Sofie Wouters"
    assert "55plus" in rows[3].target_group_codes


def test_fts_query_building() -> None:
    assert fts_query("jan pee") == '"jan"* AND "pee"*'
    assert fts_query("85.07.30-033.28") == '"85073003328"*'
    assert fts_query("Jean-Pierre") == '"Jean"* AND "Pierre"*'
    assert fts_query(" ") is None
    assert fts_query("m") is None  # one letter narrows nothing down
    assert fts_query("jan m") == '"jan"*'


def test_age_threshold_matches_domain_rule() -> None:
    # Someone born on this date turns 25 today; one day later they are still 24.
    assert latest_birth_date_for_age(25, date(2026, 11, 22)) == date(2001, 11, 22)
    # Born 29 February 2000: 25 only on 1 March 2025 (domain rule for leap-day births).
    assert latest_birth_date_for_age(25, date(2025, 2, 28)) < date(2000, 2, 29)
    assert latest_birth_date_for_age(25, date(2025, 3, 1)) >= date(2000, 2, 29)


def test_sort_keys_follow_edits(listed: Database, partner_ids: tuple) -> None:
    """Triggers keep the list's sort copies right when names, groups or counsellors change."""
    from sqlalchemy import text

    service = Workspace(listed).dossiers
    with listed.session() as session:
        aerts = session.execute(text("SELECT id FROM dossier WHERE num = 3")).scalar()
    aerts_id = uuid.UUID(hex=aerts)
    data = service.get(aerts_id).data
    data.last_name = "Zwarts"
    data.target_groups = {"neet"}
    service.update(aerts_id, data)
    assert nums(listed)[-1] == 3  # Zwarts last; Ähler sorts among the A (issue 14)
    assert nums(listed, sort="kansengroepen")[-2:] == [3, 4]  # "NEET-jongere" < "Persoon met ..."
    with listed.transaction() as session:
        session.execute(text("UPDATE contact_person SET last_name = 'Aaa'"))
        session.execute(
            text("UPDATE person SET municipality_nis = '13001' WHERE last_name = 'peeters'")
        )
    with listed.session() as session:
        assert (
            session.execute(text("SELECT list_counsellor FROM dossier WHERE num = 3")).scalar()
            == "aaa sofie"  # the sort key (migration 0011), not the display text
        )
        assert (
            session.execute(text("SELECT list_place FROM dossier WHERE num = 1")).scalar()
            == "Arendonk"
        )
    # Reference data edited by the user: the list follows.
    with listed.transaction() as session:
        session.execute(
            text("UPDATE municipality SET name = 'Arendonk (test)' WHERE nis_code = '13001'")
        )
        session.execute(text("UPDATE target_group SET label = 'Aaa NEET' WHERE code = 'neet'"))
        session.execute(text("UPDATE dossier_status SET sort_order = 99 WHERE code = 'aangemeld'"))
    with listed.session() as session:
        assert (
            session.execute(text("SELECT list_place FROM dossier WHERE num = 1")).scalar()
            == "Arendonk (test)"
        )
        assert (
            session.execute(text("SELECT list_groups FROM dossier WHERE num = 3")).scalar()
            == "Aaa NEET"
        )
    assert nums(listed, sort="kansengroepen")[:2] == [5, 3]  # after Maes, who has no groups
    assert nums(listed, sort="status")[-1] != 5  # 'aangemeld' now sorts after 'afgesloten'
