"""One figure of a benchmark, measured beside its floor in the same run (issue 17).

Every benchmark module that `bench_all.py` collects exposes

    def figures(scale: int, encrypted: bool, workdir: Path) -> list[Figure]

and measures each figure next to the floor it is judged against (a bare PySide6 window,
raw SQL on the same file, python-calamine reading the same file), so a busy machine
slows both and the ratio stays meaningful. Budgets are printed, never asserted in tests.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str  # what was measured, e.g. "sort, last name"
    value_ms: float  # median of the runs
    floor_name: str = ""  # what it is judged against, e.g. "ORDER BY on the raw driver"
    floor_ms: float | None = None
    budget_ratio: float | None = None  # ≤ this many times the floor
    budget_ms: float | None = None  # or ≤ this many milliseconds

    @property
    def ratio(self) -> float | None:
        if self.floor_ms is None or self.floor_ms <= 0:
            return None
        return self.value_ms / self.floor_ms

    @property
    def holds(self) -> bool | None:
        """True/False against the budget, None when the figure has no budget."""
        checks: list[bool] = []
        if self.budget_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.budget_ratio)
        if self.budget_ms is not None:
            checks.append(self.value_ms <= self.budget_ms)
        return all(checks) if checks else None

    def line(self) -> str:
        floor = ""
        if self.floor_ms is not None:
            floor = f"  floor {self.floor_ms:9.1f} ms ({self.floor_name})  ×{self.ratio:5.2f}"
        budget = []
        if self.budget_ratio is not None:
            budget.append(f"≤{self.budget_ratio:g}×")
        if self.budget_ms is not None:
            budget.append(f"≤{self.budget_ms:g} ms")
        verdict = {True: "ok", False: "OVER", None: ""}[self.holds]
        return f"{self.name:<48} {self.value_ms:9.1f} ms{floor}  {' '.join(budget)} {verdict}"


def print_figures(title: str, figures: list[Figure]) -> None:
    print(f"\n## {title}")
    for figure in figures:
        print(figure.line())
