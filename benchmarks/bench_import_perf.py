"""Import and demo speed beside python-calamine (issue 17).

    python benchmarks/bench_import_perf.py [--scale 100000] [--encrypted] [--repeat 3]
                                           [--folder DIR] [--skip-100k]

Figures, each measured in fresh child processes (CPU time of the process, so a busy
machine shows less than in wall time; medians over ``--repeat`` runs):

* the demo of ``scale`` dossiers (``generate_demo``; its database is then imported into);
* import of 10,000 new rows into that database (the whole ``plan_import`` +
  ``apply_plan``, the safety backup included), beside python-calamine reading the same
  file in a process of its own; budget ≤ 5× calamine;
* import of 100,000 rows (half of them persons of the database found by INSZ, half new),
  CPU time (budget ≤ 15 s) and peak RSS (budget ≤ 500 MB: the Figure holds MB).

Module imports happen before the clock starts, in the import children as in the calamine
child; what the import loads lazily while it runs is counted.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from figures import Figure, print_figures

PASSPHRASE = "bench-17"
NEW_ROWS = 10_000
LARGE_ROWS = 100_000


def _cpu() -> float:
    return time.process_time()


def _open(path: Path, encrypted: bool, passphrase: str = PASSPHRASE):  # type: ignore[no-untyped-def]
    from kempen_desktop.services.common.database import open_database

    return open_database(path, passphrase=passphrase if encrypted else None)


# -- child processes -----------------------------------------------------------------------------


def child_demo(path: Path, scale: int, encrypted: bool) -> dict[str, float]:
    from kempen_desktop.services.common.database import open_database
    from kempen_desktop.services.demo import generate_demo

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    wall, cpu = time.perf_counter(), _cpu()
    db = open_database(path, mark_demo=True, passphrase=PASSPHRASE if encrypted else None)
    generate_demo(db, dossiers=scale, seed=1)
    db.close()
    return {"cpu": _cpu() - cpu, "wall": time.perf_counter() - wall}


def child_calamine(file: Path) -> dict[str, float]:
    import python_calamine

    wall, cpu = time.perf_counter(), _cpu()
    rows = python_calamine.load_workbook(file).get_sheet_by_index(0).to_python()
    return {"cpu": _cpu() - cpu, "wall": time.perf_counter() - wall, "rows": len(rows)}


def child_import(file: Path, db_path: Path, encrypted: bool) -> dict[str, float]:
    from kempen_desktop.services.importing import apply_plan, builtin_profiles, plan_import

    db = _open(db_path, encrypted)
    profile = builtin_profiles()[0]
    wall, cpu = time.perf_counter(), _cpu()
    plan = plan_import(db, file, profile)
    plan_cpu = _cpu() - cpu
    apply_plan(db, plan)
    result = {"cpu": _cpu() - cpu, "plan_cpu": plan_cpu, "wall": time.perf_counter() - wall}
    result.update({f"n_{k}": float(v) for k, v in plan.counts().items()})
    db.close()
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _run_child(*argv: str) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--child", *argv],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


# -- the list files ------------------------------------------------------------------------------


def write_list(
    path: Path,
    db_path: Path,
    encrypted: bool,
    rows: int,
    known_share: float,
    passphrase: str = PASSPHRASE,
) -> None:
    """A VDAB-like .xlsx (bench_import's columns): ``known_share`` of the rows are persons
    of the database (found by INSZ, with a new e-mail address), the others new people.
    ``passphrase``: the encrypted database's (other benchmarks' demo files have their own)."""
    from bench_import import FIRST, HEADER, LAST, PLACES, STATUSES, insz_for
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    rng = random.Random(rows)
    db = _open(db_path, encrypted, passphrase)
    with db.engine.connect() as connection:
        known = connection.exec_driver_sql(
            "SELECT p.insz, p.vdab_number, p.last_name, p.first_name, p.birth_date, p.sex, "
            "p.street, p.postcode, m.name, p.phone, p.language FROM person p "
            "LEFT JOIN municipality m ON m.nis_code = p.municipality_nis "
            "WHERE p.insz IS NOT NULL"
        ).fetchall()
    db.close()
    taken = {row[0] for row in known}
    existing = rng.sample(known, min(int(rows * known_share), len(known)))
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Lijst")
    sheet.append(["Lijst dienst intensieve begeleiding (fictief)"])
    sheet.append([f"Toestand op {date.today():%d-%m-%Y}"])
    sheet.append(HEADER)

    def dated(value: date) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "DD/MM/YYYY"
        return cell

    for index in range(rows):
        status = rng.choice(STATUSES)
        start = dated(date.today() - timedelta(days=rng.randrange(1, 900)))
        if existing and index % 2 == 0:
            insz, vdab, last, first, born, sex, street, postcode, place, phone, lang = (
                existing.pop()
            )
            email = f"{first}.{last}.{index}@voorbeeld.be".lower().replace(" ", "")
            sheet.append(
                [insz, vdab, last.upper(), first, dated(date.fromisoformat(born)), sex, street]
                + [postcode, place, phone, email, lang, status, "", start, ""]
            )
            continue
        while True:
            born_date = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 45 * 365))
            insz = insz_for(born_date, rng.randrange(1, 998))
            if insz not in taken:
                taken.add(insz)
                break
        first, last = rng.choice(FIRST), rng.choice(LAST)
        postcode, place = rng.choice(PLACES)
        phone = f"04{rng.randrange(70, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} 12"
        sheet.append(
            [
                int(insz) if insz.startswith("0") else insz,
                str(rng.randrange(10_000_000, 99_999_999)),
                last.upper(),
                first,
                dated(born_date),
                "M" if int(insz[6:9]) % 2 else "V",
                f"Kerkstraat {rng.randrange(1, 200)}",
                postcode,
                place,
                phone,
                f"{first}.{index}@voorbeeld.be".lower(),
                "Nederlands",
                status,
                "",
                start,
                "aangemeld via VDAB" if index % 7 == 0 else "",
            ]
        )
    workbook.save(path)


# -- the figures ---------------------------------------------------------------------------------


def _fresh_copy(base: Path, work: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(base, work)
    shutil.rmtree(work.parent / "backups", ignore_errors=True)


def _median(values: list[float]) -> float:
    return statistics.median(values) * 1000


def figures(
    scale: int, encrypted: bool, workdir: Path, repeat: int = 3, large: bool = True
) -> list[Figure]:
    workdir.mkdir(parents=True, exist_ok=True)
    tag = f"{scale}{'-enc' if encrypted else ''}"
    base = workdir / f"import-perf-demo-{tag}.db"
    demo = _run_child("demo", str(base), str(scale), str(int(encrypted)))
    _run_child("open", str(base), str(int(encrypted)))  # migrated once, before the copies
    shutil.rmtree(workdir / "backups", ignore_errors=True)
    kind = "encrypted" if encrypted else "plain"
    result = [
        Figure(
            f"demo of {scale:,} dossiers, {kind} (CPU)",
            demo["cpu"] * 1000,
            budget_ms=20_000 * max(1.0, scale / 100_000),  # 1M: a few minutes
        )
    ]
    work = workdir / f"import-perf-work-{tag}.db"
    sizes = [(NEW_ROWS, 0.0)] + ([(LARGE_ROWS, 0.5)] if large else [])
    for rows, known_share in sizes:
        file = workdir / f"import-perf-{rows}-{tag}.xlsx"
        write_list(file, base, encrypted, rows, known_share)
        floor: list[float] = []
        runs: list[dict[str, float]] = []
        for _ in range(repeat):
            floor.append(_run_child("calamine", str(file))["cpu"])
            _fresh_copy(base, work)
            runs.append(_run_child("import", str(file), str(work), str(int(encrypted))))
        what = "new rows" if known_share == 0 else "rows, half known"
        name = f"import {rows:,} {what} into {scale:,}, {kind} (CPU)"
        cpu = _median([r["cpu"] for r in runs])
        floor_name = "python-calamine reads the file (CPU)"
        if rows == NEW_ROWS:
            result.append(Figure(name, cpu, floor_name, _median(floor), budget_ratio=5))
        else:
            result.append(Figure(name, cpu, floor_name, _median(floor), budget_ms=15_000))
            rss = statistics.median([r["rss_mb"] for r in runs])
            result.append(
                Figure(f"import {rows:,} rows, peak RSS in MB (not ms)", rss, budget_ms=500)
            )
        counts = {k[2:]: int(v) for k, v in runs[-1].items() if k.startswith("n_")}
        plan = _median([r["plan_cpu"] for r in runs])
        print(f"  ({name}: plan {plan:.0f} ms CPU; counts {counts})", file=sys.stderr)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--encrypted", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-100k", action="store_true", help="only the 10k import")
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "demo":
            out = child_demo(Path(rest[0]), int(rest[1]), rest[2] == "1")
        elif kind == "open":
            _open(Path(rest[0]), rest[1] == "1").close()
            out = {}
        elif kind == "calamine":
            out = child_calamine(Path(rest[0]))
        else:
            out = child_import(Path(rest[0]), Path(rest[1]), rest[2] == "1")
        print(json.dumps(out))
        return
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.folder or Path(scratch)
        found = figures(
            args.scale, args.encrypted, folder, repeat=args.repeat, large=not args.skip_100k
        )
    print_figures(f"import and demo, {args.scale:,} dossiers", found)


if __name__ == "__main__":
    main()
