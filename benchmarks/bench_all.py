"""Every issue-17 figure beside its floor, as a ratio, and the scaling table: one command.

    python benchmarks/bench_all.py [--sizes 10000,100000] [--plain-only | --encrypted-only]
                                   [--only startup,lists,import,frames] [--workdir DIR]

For each size (dossiers in a demo database) and each kind of file (plain, encrypted) it
collects `figures(scale, encrypted, workdir)` from the benchmark modules below, each of
which measures its figures beside the floor they are judged against in the same run:

    startup  benchmarks/bench_startup.py     start-up vs a bare PySide6 window (≤ 2×)
    lists    benchmarks/bench_lists.py       sort, clear, search vs raw SQL / FTS5
    import   benchmarks/bench_import_perf.py import vs python-calamine reading the file
    frames   benchmarks/bench_frames.py      the longest frozen frame of the window (≤ 50 ms)

A module that is not there (yet) or fails is named in the output and the rest goes on.
The demo databases are made once in the work folder and reused by later runs (1,000,000
dossiers takes minutes to make). `--repeat` (default 3) goes to each module's own runs=
or repeat= knob; `--repeat 1 --only startup,lists,frames` is the quick look. The import
benchmark (a 100,000-row import per size and kind) is by far the longest part; with the
2-core machine shared, the whole default run took over 30 minutes. The machine is noisy:
compare the ratios, which come from one run. Budgets are printed, never asserted.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from figures import Figure, print_figures

MODULES = {
    "startup": "bench_startup",
    "lists": "bench_lists",
    "import": "bench_import_perf",
    "frames": "bench_frames",
}
# The scaling table: a row per kind of work, the worst figure whose name starts so.
SCALING_ROWS = (
    ("start-up: painted, with the list", ("start-up to painted",)),
    ("start-up: the main window in place", ("start-up: the main window",)),
    ("list: sort, clear, reload", ("sort", "reverse", "clear", "backspace", "reload")),
    ("search keystroke", ("search", "zoek", "keystroke")),
    ("import", ("import",)),
    ("frozen frame", ("frozen frame",)),
)


def load(key: str) -> tuple[object | None, str]:
    """The benchmark module for `key`, or None and why not."""
    try:
        return importlib.import_module(MODULES[key]), ""
    except Exception as error:  # noqa: BLE001 - say so and go on with the others
        return None, f"{MODULES[key]}.py not usable: {type(error).__name__}: {error}"


def options(function: object, repeat: int) -> dict[str, int]:
    """`repeat` for the modules' own repetition knobs (runs=, repeat=) where they have one."""
    parameters = inspect.signature(function).parameters  # type: ignore[arg-type]
    return {name: repeat for name in ("runs", "repeat") if name in parameters}


def collect(
    keys: list[str], sizes: list[int], kinds: list[bool], workdir: Path, repeat: int
) -> tuple[dict[tuple[int, bool], list[Figure]], list[str]]:
    found: dict[tuple[int, bool], list[Figure]] = {}
    problems: list[str] = []
    modules = {}
    for key in keys:
        module, why = load(key)
        if module is None:
            problems.append(why)
        else:
            modules[key] = module
    for size in sizes:
        for encrypted in kinds:
            kind = "encrypted" if encrypted else "plain"
            figures: list[Figure] = []
            for key, module in modules.items():
                started = time.perf_counter()
                try:
                    measure = module.figures  # type: ignore[attr-defined]
                    figures += measure(size, encrypted, workdir, **options(measure, repeat))
                except Exception as error:  # noqa: BLE001 - one failing module is reported
                    problems.append(
                        f"{MODULES[key]} at {size:,} {kind}: {type(error).__name__}: {error}"
                    )
                    traceback.print_exc(file=sys.stderr)
                took = time.perf_counter() - started
                print(f"  [{MODULES[key]} {size:,} {kind}: {took:.0f} s]", file=sys.stderr)
            found[(size, encrypted)] = figures
            print_figures(f"{size:,} dossiers, {kind}", figures)
            sys.stdout.flush()
    return found, problems


def cell(figures: list[Figure], words: tuple[str, ...]) -> str:
    # By the name's first words: "reload after a change (import)" is a list figure, "frozen
    # frame: import ..." a frame, "clear the search box ..." no search keystroke.
    matching = [f for f in figures if f.name.lower().startswith(words)]
    if not matching:
        return "—"
    worst = max(matching, key=lambda f: (f.ratio or 0.0, f.value_ms))
    ratio = f" ×{worst.ratio:.1f}" if worst.ratio is not None else ""
    mark = {True: "", False: " !", None: ""}[worst.holds]
    value = (
        f"{worst.value_ms / 1000:.2f} s" if worst.value_ms >= 1000 else f"{worst.value_ms:.0f} ms"
    )
    return f"{value}{ratio}{mark}"


def print_scaling(found: dict[tuple[int, bool], list[Figure]]) -> None:
    columns = sorted(found)
    print("\n## scaling (worst figure of each kind; ×ratio to its floor; ! over budget)")
    header = ["work"] + [f"{size:,} {'enc' if enc else 'plain'}" for size, enc in columns]
    rows = [header] + [
        [label] + [cell(found[column], words) for column in columns]
        for label, words in SCALING_ROWS
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for index, row in enumerate(rows):
        print("| " + " | ".join(text.ljust(width) for text, width in zip(row, widths)) + " |")
        if index == 0:
            print("|" + "|".join("-" * (width + 2) for width in widths) + "|")


def print_verdict(found: dict[tuple[int, bool], list[Figure]], problems: list[str]) -> None:
    every = [figure for figures in found.values() for figure in figures]
    over = [figure for figure in every if figure.holds is False]
    held = sum(1 for figure in every if figure.holds)
    print(f"\n## verdict: {held} within budget, {len(over)} over, {len(every)} figures")
    for figure in over:
        print(f"  OVER  {figure.name}")
    for problem in problems:
        print(f"  MISSING  {problem}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="dossiers, comma-separated")
    kinds = parser.add_mutually_exclusive_group()
    kinds.add_argument("--plain-only", action="store_true")
    kinds.add_argument("--encrypted-only", action="store_true")
    parser.add_argument("--only", default=",".join(MODULES), help="startup,lists,import,frames")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/kempen-bench"))
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each figure (a module's runs=/repeat=)"
    )
    args = parser.parse_args()
    sizes = [int(size.replace("_", "")) for size in args.sizes.split(",") if size]
    keys = [key for key in args.only.split(",") if key]
    unknown = [key for key in keys if key not in MODULES]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    chosen = [False] if args.plain_only else [True] if args.encrypted_only else [False, True]
    args.workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    found, problems = collect(keys, sizes, chosen, args.workdir, args.repeat)
    print_scaling(found)
    print_verdict(found, problems)
    print(f"\n(total {time.perf_counter() - started:.0f} s; workdir {args.workdir})")


if __name__ == "__main__":
    main()
