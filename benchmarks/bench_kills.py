"""Kill backup, restore, passphrase change and export many times and count the outcomes.

    python benchmarks/bench_kills.py [KILLS_PER_OPERATION=50] [DOSSIERS=300]

Each kill: a fresh copy of a demo database, a real `kempen` process SIGKILLed at a
random moment (3 in 4 counted from its first temporary file, within 1.5x the time
temporary files exist in an uninterrupted run; 1 in 4 anywhere in the run),
then the database opened again (and, for an export, the stick written to once more).
Prints per operation: kill points tried, how many landed before the process ended,
how many left the old / the new complete state, and every problem found.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.faults import killing


def main() -> int:
    per_operation = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    dossiers = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    problems = 0
    with tempfile.TemporaryDirectory(prefix="bench-kills-") as scratch:
        root = Path(scratch)
        base = killing.make_base(root / "base", dossiers)
        print(
            f"{'operation':<12}{'tried':>7}{'killed':>8}{'in temp':>9}"
            f"{'old':>6}{'new':>6}{'bad':>6}"
            f"{'window (s)':>14}{'time (s)':>10}"
        )
        for operation in killing.OPERATIONS:
            started = time.monotonic()
            rng = random.Random(f"bench-{operation}")
            probe = killing.prepare(operation, base, root / operation / "probe")
            window = killing.temp_window(probe.command, probe.env, probe.watch)
            states: Counter[str] = Counter()
            killed = in_temp = bad = 0
            for index, (delay, after_temp) in enumerate(
                killing.kill_points(per_operation, window, rng)
            ):
                attempt = killing.prepare(operation, base, root / operation / str(index))
                kill = killing.kill_during(
                    attempt.command, attempt.env, attempt.watch, delay=delay, after_temp=after_temp
                )
                outcome = killing.verify(attempt, kill, dossiers)
                killed += kill.killed
                in_temp += kill.killed and kill.temp_seen
                states[outcome.state] += 1
                if outcome.problems:
                    bad += 1
                    print(f"  {operation} #{index}: {kill} -> {'; '.join(outcome.problems)}")
            problems += bad
            print(
                f"{operation:<12}{per_operation:>7}{killed:>8}{in_temp:>9}"
                f"{states['old']:>6}{states['new']:>6}"
                f"{bad:>6}{f'{window[0]:.2f}+{window[1]:.2f}':>14}"
                f"{time.monotonic() - started:>10.0f}"
            )
    print(
        "no leftovers, every database sound, every target old or new"
        if not problems
        else f"{problems} kill point(s) with problems"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
