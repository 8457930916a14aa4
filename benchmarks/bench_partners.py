"""Partners benchmark: a demo database plus a large synthetic network of employers.

    python benchmarks/bench_partners.py [--dossiers 20000] [--employers 3000] [--runs 3]

Measures (median of --runs, in one process): the partner list query, the indicator for
today, the per-municipality employer list, a partner's history (VDAB, which follows the
most dossiers), the Partners tab reload and selecting a partner (offscreen Qt), the
indicator dialog, exporting all partners to .xlsx and importing that file back.
No budgets are asserted; the issue gives none. Compare ratios: the machine is noisy.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _time(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=20_000)
    parser.add_argument("--employers", type=int, default=3_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from sqlalchemy import insert, select

    from kempen_desktop.db.models import Municipality, Partner, PartnerEngagement
    from kempen_desktop.services.common.database import open_database, recreate_demo_database
    from kempen_desktop.services.demo import generate_demo
    from kempen_desktop.services.partners.partner_history import partner_history
    from kempen_desktop.services.partners.partner_indicator import employers, indicator
    from kempen_desktop.services.partners.partner_lists import export_partners, import_partners
    from kempen_desktop.services.reports import overview

    work = Path(tempfile.mkdtemp(prefix="bench-partners-"))
    path = work / "demo.db"
    start = time.perf_counter()
    database = recreate_demo_database(path)
    generate_demo(database, dossiers=args.dossiers, seed=1)
    rng = random.Random(5)
    with database.transaction() as session:
        places = list(
            session.scalars(select(Municipality.nis_code).where(Municipality.valid_until.is_(None)))
        )[:40]
        partners, engagements = [], []
        for index in range(args.employers):
            pid = uuid.uuid4()
            partners.append(
                {
                    "id": pid,
                    "name": f"Werkgever {index:05d}",
                    "partner_type_code": "werkgever",
                    "municipality_nis": rng.choice(places),
                    "sector": "",
                    "street": "",
                    "postcode": "",
                    "website": "",
                    "phone": "",
                    "email": "",
                    "role": "",
                    "inclusive_evidence": "",
                    "notes": "",
                    "active": True,
                    "shared_fields": "",
                }
            )
            if rng.random() < 0.5:
                started = date.today() - timedelta(days=rng.randint(0, 2000))
                ended = (
                    started + timedelta(days=rng.randint(30, 900)) if rng.random() < 0.3 else None
                )
                engagements.append(
                    {
                        "id": uuid.uuid4(),
                        "partner_id": pid,
                        "kind": "inclusief",
                        "engaged_as": "werkgever",
                        "forms": "stage",
                        "started_on": started,
                        "ended_on": ended,
                        "evidence": "",
                    }
                )
        session.execute(insert(Partner), partners)
        session.execute(insert(PartnerEngagement), engagements)
    database.close()
    print(
        f"set-up: {args.dossiers} dossiers, +{args.employers} employers in "
        f"{time.perf_counter() - start:.1f} s"
    )

    database = open_database(path)
    with database.session() as session:
        vdab = session.scalar(select(Partner.id).where(Partner.name == "VDAB"))
        geel = "13008"
        n_partners = len(overview.partners(session))
        results = {
            "partner list query": _time(args.runs, lambda: overview.partners(session)),
            "indicator (today)": _time(args.runs, lambda: indicator(session)),
            "employers in Geel": _time(args.runs, lambda: employers(session, None, geel, False)),
            "history of VDAB": _time(args.runs, lambda: partner_history(session, vdab)),
        }
        history = partner_history(session, vdab)

    from PySide6.QtWidgets import QApplication

    from kempen_desktop.ui.partners.indicator_view import IndicatorDialog
    from kempen_desktop.ui.partners.partners_tab import PartnersTab

    app = QApplication([])
    tab = PartnersTab(database)
    tab.resize(1400, 800)
    tab.show()
    results["tab reload + first paint"] = _time(args.runs, lambda: (tab.reload(), tab.grab()))
    results["select VDAB (detail + history)"] = _time(
        args.runs, lambda: (tab.select_partner(vdab), tab.grab())
    )
    results["indicator dialog open"] = _time(args.runs, lambda: IndicatorDialog(database).grab())
    out = work / "partners.xlsx"
    results["export all partners (.xlsx)"] = _time(1, lambda: export_partners(database, out))
    results["import that file back"] = _time(1, lambda: import_partners(database, out))
    app.processEvents()
    print(
        f"{n_partners} partners; VDAB follows {history.followed_total} dossiers, "
        f"{history.meetings_total} meetings"
    )
    for name, seconds in results.items():
        print(f"{name:<34}{seconds * 1000:>9.0f} ms")
    database.close()


if __name__ == "__main__":
    main()
