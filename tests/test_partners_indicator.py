"""The inclusive-employer indicator on a known data set, in the service and the CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kempen_desktop.cli import main
from kempen_desktop.db.models import Partner, PartnerEngagement
from kempen_desktop.services.partners.partner_indicator import employers, indicator

GEEL, MOL = "13008", "13025"
REF = date(2025, 1, 1)


@pytest.fixture
def known(database):
    """Geel: 5 employers, 2 engaged on REF; Mol: 2 employers, 1 engaged; plus non-employers."""

    def partner(session, name, nis, type_code="werkgever", active=True):
        p = Partner(  # all in the network long before REF (issue 15: in netwerk sinds)
            name=name,
            partner_type_code=type_code,
            municipality_nis=nis,
            active=active,
            network_since=date(2000, 1, 1),
        )
        session.add(p)
        session.flush()
        return p

    def engage(session, p, started, ended=None, engaged_as="werkgever", kind="inclusief"):
        session.add(
            PartnerEngagement(
                partner_id=p.id,
                kind=kind,
                engaged_as=engaged_as if kind == "inclusief" else None,
                role="partner" if kind == "partnerschap" else None,
                started_on=started,
                ended_on=ended,
            )
        )

    with database.transaction() as s:
        engage(s, partner(s, "Geel open", GEEL), date(2024, 1, 1))  # counts
        engage(s, partner(s, "Geel starts on REF", GEEL), REF, engaged_as="opdrachtgever")  # counts
        engage(s, partner(s, "Geel starts later", GEEL), date(2025, 6, 1))  # not yet
        engage(s, partner(s, "Geel ended", GEEL), date(2023, 1, 1), date(2024, 6, 30))  # ended
        engage(
            s, partner(s, "Geel ends on REF", GEEL), date(2023, 1, 1), REF
        )  # ended_on == REF: no
        engage(s, partner(s, "Mol client", MOL), date(2020, 1, 1), date(2026, 1, 1))  # counts
        partner(s, "Mol none", MOL)
        engage(s, partner(s, "Mol partnership only", MOL), date(2020, 1, 1), kind="partnerschap")
        # Not employers: social economy, a closed (inactive) employer, a union.
        engage(s, partner(s, "Maatwerk", GEEL, "maatwerkbedrijf"), date(2000, 1, 1))
        engage(s, partner(s, "Gesloten", GEEL, active=False), date(2020, 1, 1))
        partner(s, "Vakbond", GEEL, "vakbond")
    return database


def test_indicator_per_municipality_and_total(known):
    with known.session() as session:
        result = indicator(session, REF)
    rows = {r.municipality: (r.employers, r.engaged) for r in result.rows}
    assert rows == {"Geel": (5, 2), "Mol": (3, 1)}
    assert (result.total.employers, result.total.engaged) == (8, 3)
    assert result.total.share == pytest.approx(3 / 8)
    assert not result.total.meets_goal
    geel = next(r for r in result.rows if r.municipality == "Geel")
    assert geel.share == pytest.approx(0.4)


def test_indicator_moves_with_the_reference_date(known):
    with known.session() as session:
        later = indicator(session, date(2025, 7, 1))
        earlier = indicator(session, date(2024, 3, 1))
    assert {r.municipality: r.engaged for r in later.rows} == {
        "Geel": 3,
        "Mol": 1,
    }  # "starts later" joined
    assert {r.municipality: r.engaged for r in earlier.rows} == {
        "Geel": 3,
        "Mol": 1,
    }  # both ended ones ran


def test_which_employers_in_geel(known):
    with known.session() as session:
        lines = employers(session, REF, GEEL, all_municipalities=False)
    assert [(line.name, line.engaged) for line in lines] == [
        ("Geel open", True),
        ("Geel starts on REF", True),
        ("Geel ended", False),
        ("Geel ends on REF", False),
        ("Geel starts later", False),
    ]
    assert lines[1].engaged_as == "opdrachtgever" and lines[1].since == REF


def test_cli_indicator_json_and_text(known, capsys):
    db = str(known.path)
    assert main(["--db", db, "partners", "indicator", "--as-of", "2025-01-01", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["as_of"] == "2025-01-01" and data["goal"] == 0.5
    assert data["total"] == {"employers": 8, "engaged": 3, "share": 0.375}
    assert {m["municipality"]: (m["employers"], m["engaged"]) for m in data["municipalities"]} == {
        "Geel": (5, 2),
        "Mol": (3, 1),
    }
    assert main(["--db", db, "partners", "indicator", "--as-of", "01-01-2025"]) == 0
    text = capsys.readouterr().out
    assert "Geel" in text and "40%" in text and "Totaal" in text
    assert main(["--db", db, "partners", "indicator", "--as-of", "2025-13-45"]) == 2
    assert "Ongeldige datum" in capsys.readouterr().err


def test_cli_partners_list(known, capsys):
    assert main(["--db", str(known.path), "partners", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 11
    assert {d["name"] for d in data if d["type"] == "werkgever"} >= {"Geel open", "Mol none"}
    assert main(["--db", str(known.path), "partners", "list", "--type", "bestaatniet"]) == 2
    assert "Geen partners van de soort" in capsys.readouterr().err


def test_stats_count_partners_with_an_inclusive_engagement_running_today(known):
    from kempen_desktop.services.reports.stats import collect_stats

    with known.session() as session:
        stats = collect_stats(session, today=date(2026, 11, 22))
    # Geel open, Geel starts on REF, Geel starts later, Maatwerk, Gesloten; the ended ones
    # (Geel ended, Geel ends on REF, Mol client ended 2026-01-01) and partnerships do not count.
    assert stats.inclusive_partners == 5
