"""read_sheet versus raw python-calamine on generated VDAB-like lists.

    python benchmarks/bench_import_read.py [--rows 10000 100000] [--repeat 3]

Writes a 16-column .xlsx per size with openpyxl write_only into a temporary folder
(text, an INSZ as text, dates with a number format, whole and decimal numbers, empty
cells), then times, in the same run and alternating so that machine noise hits both:

* raw: ``python_calamine.load_workbook(path).get_sheet_by_index(0).to_python()``
* read_sheet: the app's reader (package checks, bounding-box and text pre-scan,
  calamine, '' -> None, whole floats -> int, row numbers).

Prints the median of each and the ratio. The ratio is what matters: the machine is
noisy (about ±30 %), see docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import datetime
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kempen_desktop.services.importing.reader import read_sheet

FIRST = ["Céline", "Jan", "Mohamed", "Sofie", "Pieter", "Fatima", "Lotte", "Kevin"]
LAST = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens"]
TOWNS = ["Geel", "Mol", "Turnhout", "Herentals", "Kasterlee", "Retie", "Dessel", "Balen"]
HEADER = [
    "Rijksregisternummer",
    "Naam",
    "Voornaam",
    "Geboortedatum",
    "Straat",
    "Nr",
    "Postcode",
    "Gemeente",
    "Telefoon",
    "E-mail",
    "Statuut",
    "Startdatum",
    "Uren",
    "Opmerking",
    "Consulent",
    "Code",
]


def write_list(path: Path, rows: int) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    rnd = random.Random(rows)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Lijst")
    sheet.append(HEADER)
    for i in range(rows):
        born = WriteOnlyCell(
            sheet, datetime.date(1960, 1, 1) + datetime.timedelta(days=rnd.randrange(20000))
        )
        born.number_format = "DD/MM/YYYY"
        start = WriteOnlyCell(
            sheet, datetime.date(2020, 1, 1) + datetime.timedelta(days=rnd.randrange(1500))
        )
        start.number_format = "DD/MM/YYYY"
        sheet.append(
            [
                f"{rnd.randrange(10**10, 10**11)}",
                rnd.choice(LAST),
                rnd.choice(FIRST),
                born,
                "Kerkstraat",
                rnd.randrange(1, 200),
                2400 + rnd.randrange(50),
                rnd.choice(TOWNS),
                f"04{rnd.randrange(10**8):08d}",
                f"p{i}@voorbeeld.be",
                rnd.choice(["art. 60", "WEP+", "IBO"]),
                start,
                rnd.choice([19, 38, 30.4]),
                None if i % 3 else "opvolgen",
                rnd.choice(["An", "Bart"]),
                None,
            ]
        )
    workbook.save(path)


def raw_calamine(path: Path) -> int:
    import python_calamine

    return len(python_calamine.load_workbook(path).get_sheet_by_index(0).to_python())


def ours(path: Path) -> int:
    return len(read_sheet(path).rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            path = Path(folder) / f"lijst_{rows}.xlsx"
            started = time.perf_counter()
            write_list(path, rows)
            print(
                f"{rows:>7} rows: wrote {path.stat().st_size / 1e6:.1f} MB in "
                f"{time.perf_counter() - started:.1f} s"
            )
            assert ours(path) == rows + 1 and raw_calamine(path) == rows + 1  # warm-up and sanity
            timings: dict[str, list[float]] = {"raw": [], "read_sheet": []}
            for _ in range(args.repeat):
                for name, function in (("raw", raw_calamine), ("read_sheet", ours)):
                    started = time.perf_counter()
                    function(path)
                    timings[name].append(time.perf_counter() - started)
            raw = statistics.median(timings["raw"])
            mine = statistics.median(timings["read_sheet"])
            print(
                f"         raw calamine to_python {raw:.3f} s | read_sheet {mine:.3f} s | ratio "
                f"{mine / raw:.2f}"
            )


if __name__ == "__main__":
    main()
