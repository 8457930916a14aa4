"""Time the reports and exports: ``python benchmarks/bench_reports.py DB [--out DIR]``.

DB is a demo database, e.g. made with ``kempen --db /tmp/reports/big.db demo --dossiers
100000``. Works on a copy, so the audit entries the exports write do not pile up in DB.
Budgets (issue 6): dossierfiche < 150 ms, 200 fiches in one PDF < 20 s, export of
100,000 dossiers < 30 s and < 500 MB, period report over 100,000 dossiers < 10 s,
dashboard refresh < 1 s. The export runs in a child process so its peak memory (max RSS)
is its own.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select

from kempen_desktop.db.models import AgendaItem, Dossier
from kempen_desktop.services.common.database import open_database


def _export_child(db: Path, out: Path) -> None:
    from kempen_desktop.app import Workspace
    from kempen_desktop.services.reports import exports

    database = open_database(db)
    start = time.perf_counter()
    result = Workspace(database).dossiers.export_dossiers(out, exports.DossierExport())
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{result.rows} {elapsed:.2f} {peak_mb:.0f}")


def line(name: str, seconds: float, budget: float, extra: str = "") -> None:
    verdict = "ok" if seconds <= budget else "OVER"
    print(f"{name:<40}{seconds:>9.3f} s   budget {budget:>6.2f} s  {verdict}  {extra}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--child-export", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_export:
        _export_child(*args.child_export)
        return
    work = args.out or Path(tempfile.mkdtemp(prefix="bench-reports-"))
    work.mkdir(parents=True, exist_ok=True)
    db_path = work / "bench.db"
    shutil.copyfile(args.db, db_path)
    # First, on the fresh copy: the export in its own process (its own peak memory).
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            str(db_path),
            "--child-export",
            str(db_path),
            str(work / "all.xlsx"),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    rows, seconds, peak = int(out[0]), float(out[1]), float(out[2])
    line(
        f"export of {rows:,} dossiers",
        seconds,
        30,
        f"peak {peak:.0f} MB (budget 500 MB); "
        f"{(work / 'all.xlsx').stat().st_size / 1e6:.1f} MB file",
    )
    database = open_database(db_path)
    with database.session() as session:
        dossiers = session.scalar(select(Dossier.id.is_not(None)).limit(1)) and len(
            session.scalars(select(Dossier.num)).all()
        )
        ids = list(session.scalars(select(Dossier.id).order_by(Dossier.num).limit(200)))
        agenda = session.scalar(
            select(AgendaItem.meeting_id).where(AgendaItem.dossier_id.is_not(None)).limit(1)
        )
    print(f"database: {args.db} ({dossiers:,} dossiers)")

    from kempen_desktop.app import Workspace

    fiches = Workspace(database).dossiers
    fiches.write_summaries(ids[:1], work / "warm.pdf")  # fonts, reportlab imports
    times = []
    for dossier_id in ids[:20]:
        start = time.perf_counter()
        fiches.write_summaries([dossier_id], work / "one.pdf")
        times.append(time.perf_counter() - start)
    times.sort()
    line(
        "dossierfiche, 1 dossier (median of 20)",
        times[len(times) // 2],
        0.150,
        f"max {times[-1]:.3f} s",
    )
    start = time.perf_counter()
    result = fiches.write_summaries(ids, work / "200.pdf")
    line("dossierfiches, 200 in one PDF", time.perf_counter() - start, 20, f"{result.pages} pages")
    if agenda is not None:
        agenda_ids = fiches.on_agenda(agenda)
        start = time.perf_counter()
        fiches.write_summaries(agenda_ids, work / "agenda.pdf")
        line(f"dossierfiches of a meeting ({len(agenda_ids)})", time.perf_counter() - start, 20)

    from kempen_desktop.documents.period_report_pdf import write_period_pdf
    from kempen_desktop.documents.period_report_xlsx import write_period_xlsx
    from kempen_desktop.services.reports import period_report
    from kempen_desktop.services.reports.dashboard import DashboardService

    start_day, end_day = period_report.previous_semester(date.today())
    start = time.perf_counter()
    report = period_report.build_report(database, start_day, end_day)
    built = time.perf_counter() - start
    write_period_pdf(work / "period.pdf", report)
    write_period_xlsx(work / "period.xlsx", report)
    line(
        "period report (figures + PDF + xlsx)",
        time.perf_counter() - start,
        10,
        f"figures {built:.2f} s",
    )

    service = DashboardService(database)
    start = time.perf_counter()
    service.compute(start_day, end_day)
    line("dashboard, first load (history)", time.perf_counter() - start, 10)
    refresh = []
    with database.session() as session:
        places = [nis for nis, _name in service.municipalities()][:3]
    for period in (period_report.semester_of(date.today()), (start_day, end_day)):
        for scope in ([], places):
            start = time.perf_counter()
            service.compute(*period, scope)
            refresh.append(time.perf_counter() - start)
    line(
        "dashboard refresh (period/municipalities)",
        max(refresh),
        1.0,
        f"mean {sum(refresh) / len(refresh):.3f} s",
    )
    database.close()

    if not args.out:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
