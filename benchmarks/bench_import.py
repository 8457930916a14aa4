"""Time the import of VDAB-like lists into a database of 100,000 demo dossiers.

    python benchmarks/bench_import.py [--rows 10000 100000] [--repeat 3] [--folder DIR]

The demo database (``kempen demo --dossiers 100000``, about 40 s) is made once in
DIR (default: <tmp>/kempen-bench) and reused. Per size, a VDAB-like .xlsx is written
with openpyxl write_only (16 columns, two title rows, dates as real dates): half of its
rows are demo persons found by INSZ (with an e-mail address, so those without one are
updated), the other half new people. Each measurement runs in a fresh child process on a
fresh copy of the database, and reports:

* calamine: python-calamine alone reading the sheet (``to_python``), the yardstick;
* read: our reader (``read_sheet``, with its safety checks);
* plan: ``plan_import`` (reads the file again, checks, matches);
* apply: ``apply_plan`` up to the moment its COMMIT returned (its progress reports
  "Opruimen" then); the WAL checkpoint that follows inside apply_plan is shown apart;
* file-to-commit = plan + apply, its ratio to calamine, and the peak RSS of the process.

Budgets (issue 3): 10k rows < 4 s and <= 3x calamine; 100k rows < 40 s and < 1 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEMO_DOSSIERS = 100_000
HEADER = [
    "INSZ",
    "Klantnummer",
    "Naam",
    "Voornaam",
    "Geboortedatum",
    "Geslacht",
    "Straat",
    "Postcode",
    "Gemeente",
    "Telefoon",
    "E-mail",
    "Taal",
    "Bemiddelingsstatus",
    "Bemiddelaar",
    "Startdatum",
    "Opmerking",
]
FIRST = [
    "Jan",
    "An",
    "Tom",
    "Els",
    "Bart",
    "Lies",
    "Ahmed",
    "Fatima",
    "Olena",
    "Pieter",
    "Sofie",
    "Mohamed",
    "Ines",
    "Kevin",
    "Nathalie",
    "Yusuf",
    "Emma",
    "Lucas",
    "Marie",
    "Noah",
]
LAST = [
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Van den Broeck",
    "Yilmaz",
    "El Amrani",
    "Kovalenko",
    "Verhoeven",
    "Aerts",
    "Dubois",
    "Lambrechts",
    "Van Gestel",
    "Op de Beeck",
]
PLACES = [
    ("2300", "Turnhout"),
    ("2400", "Mol"),
    ("2440", "Geel"),
    ("2200", "Herentals"),
    ("2260", "Westerlo"),
    ("2250", "Olen"),
    ("2360", "Oud-Turnhout"),
    ("2460", "Kasterlee"),
]
STATUSES = ["in bemiddeling", "in opleiding of voortraject", "niet inzetbaar op lange termijn"]


def insz_for(born: date, sequence: int) -> str:
    base = f"{born:%y%m%d}{sequence:03d}"
    number = int(("2" if born.year >= 2000 else "") + base)
    return base + f"{97 - number % 97:02d}"


def demo_database(folder: Path) -> Path:
    path = folder / f"demo-{DEMO_DOSSIERS}.db"
    if not path.exists():
        print(f"demo database maken: {path} (eenmalig, ongeveer 40 s)", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "kempen_desktop.cli",
                "--db",
                str(path),
                "demo",
                "--dossiers",
                str(DEMO_DOSSIERS),
            ],
            check=True,
            cwd=ROOT,
        )
    # Bring it to the current schema once, so that the copies need no migration (and backup).
    from kempen_desktop.services.common.database import open_database

    open_database(path).close()
    shutil.rmtree(folder / "backups", ignore_errors=True)
    return path


def write_list(path: Path, db: Path, rows: int, seed: int = 7) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    rng = random.Random(seed)
    connection = sqlite3.connect(db)
    known = connection.execute(
        "SELECT p.insz, p.vdab_number, p.last_name, p.first_name, p.birth_date, p.sex, p.street, "
        "p.postcode, "
        "m.name, p.phone, p.language FROM person p LEFT JOIN municipality m ON m.nis_code = "
        "p.municipality_nis "
        "WHERE p.insz IS NOT NULL"
    ).fetchall()
    taken = {row[0] for row in known}
    connection.close()
    existing = rng.sample(known, min(rows // 2, len(known)))
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
        start = date.today() - timedelta(days=rng.randrange(1, 900))
        if index % 2 == 0 and index // 2 < len(existing):
            insz, vdab, last, first, born, sex, street, postcode, place, phone, language = existing[
                index // 2
            ]
            born_date = date.fromisoformat(born)
            email = f"{first}.{last}.{index}@voorbeeld.be".lower().replace(" ", "")
            sheet.append(
                [
                    insz,
                    vdab,
                    last.upper(),
                    first,
                    dated(born_date),
                    sex,
                    street,
                    postcode,
                    place,
                    phone,
                    email,
                    language,
                    status,
                    "",
                    dated(start),
                    "",
                ]
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
        phone = (
            f"04{rng.randrange(70, 99)} {rng.randrange(10, 99)} "
            f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}"
        )
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
                dated(start),
                "aangemeld via VDAB" if index % 7 == 0 else "",
            ]
        )
    workbook.save(path)


# -- child process: one measurement -------------------------------------------------------------


def child(kind: str, file: Path, db: Path | None) -> dict[str, float]:
    result: dict[str, float] = {}
    if kind == "calamine":
        import python_calamine

        start = time.perf_counter()
        workbook = python_calamine.CalamineWorkbook.from_path(str(file))
        rows = workbook.get_sheet_by_name("Lijst").to_python()
        result["calamine"] = time.perf_counter() - start
        result["rows"] = len(rows)
    elif kind == "read":
        from kempen_desktop.services.importing import read_sheet

        start = time.perf_counter()
        data = read_sheet(file)
        result["read"] = time.perf_counter() - start
        result["rows"] = len(data.rows)
    else:
        assert db is not None
        from kempen_desktop.services.common.database import open_database
        from kempen_desktop.services.importing import apply_plan, builtin_profiles, plan_import

        database = open_database(db)
        start = time.perf_counter()
        plan = plan_import(database, file, builtin_profiles()[0])
        result["plan"] = time.perf_counter() - start
        committed: list[float] = []

        def progress(stage: str, _percent: int) -> None:
            if stage == "Opruimen":  # reported right after the COMMIT returned
                committed.append(time.perf_counter())

        start = time.perf_counter()
        apply_plan(database, plan, progress=progress)
        end = time.perf_counter()
        result["apply"] = committed[0] - start
        result["checkpoint"] = end - committed[0]
        result.update({f"n_{k}": v for k, v in plan.counts().items()})
        database.close()
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def measure(kind: str, file: Path, db: Path | None = None) -> dict[str, float]:
    argv = [sys.executable, __file__, "--child", kind, str(file)] + ([str(db)] if db else [])
    output = subprocess.run(argv, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "kempen-bench")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, file, *db = args.child
        print(json.dumps(child(kind, Path(file), Path(db[0]) if db else None)))
        return
    args.folder.mkdir(parents=True, exist_ok=True)
    base = demo_database(args.folder)
    for rows in args.rows:
        file = args.folder / f"vdab-{rows}.xlsx"
        if not file.exists():
            write_list(file, base, rows)
        runs: dict[str, list[float]] = {}
        counts: dict[str, float] = {}
        for _ in range(args.repeat):
            for key, value in measure("calamine", file).items():
                runs.setdefault("calamine" if key == "calamine" else f"calamine_{key}", []).append(
                    value
                )
            runs.setdefault("read", []).append(measure("read", file)["read"])
            work = args.folder / "work.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{work}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(base, work)
            os.sync()  # the copy's write-back must not run during the measurement
            time.sleep(1)
            result = measure("import", file, work)
            for key in ("plan", "apply", "checkpoint", "rss_mb"):
                runs.setdefault(key, []).append(result[key])
            runs.setdefault("total", []).append(result["plan"] + result["apply"])
            counts = {k[2:]: v for k, v in result.items() if k.startswith("n_")}
        med = {key: statistics.median(values) for key, values in runs.items()}
        print(
            f"\n{rows:,} rows into {DEMO_DOSSIERS:,} demo dossiers (median of {args.repeat}, fresh "
            "processes)"
        )
        print("  plan counts: " + ", ".join(f"{k} {int(v):,}" for k, v in counts.items()))
        print(f"  calamine alone     {med['calamine']:7.2f} s")
        print(f"  read_sheet         {med['read']:7.2f} s")
        print(f"  plan_import        {med['plan']:7.2f} s   (reads the file itself)")
        print(f"  apply_plan         {med['apply']:7.2f} s   (up to the returned COMMIT)")
        print(
            f"  file-to-commit     {med['total']:7.2f} s   = {med['total'] / med['calamine']:.1f}x "
            "calamine"
        )
        print(
            f"  WAL checkpoint     {med['checkpoint']:7.2f} s   (after the commit, before "
            "apply_plan returns)"
        )
        print(
            f"  peak RSS import    {med['rss_mb']:7.0f} MB  (calamine alone "
            f"{med['calamine_rss_mb']:.0f} MB)"
        )
    for suffix in ("", "-wal", "-shm"):
        Path(f"{args.folder / 'work.db'}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
