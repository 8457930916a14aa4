"""The checks that keep the house in order, run as part of the suite: `ruff check` over the
code, tests, benchmarks and packaging (the configured line length included) and
`mypy --strict` over the pyproject `[tool.mypy] files` (domain, db, documents, services,
app). Any finding fails. Each check is skipped, with the reason, only when its tool is not
installed (`pip install -e .[test]` pins both).

Measured on the 2-core machine: ruff 0.2-0.7 s; mypy about 12 s from a cold cache
(.mypy_cache), about 4 s warm.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from tests.paths import REPO

RUFF_PATHS = ("kempen_desktop", "tests", "benchmarks", "packaging")


def _run(args: list[str], timeout: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff is not installed")
def test_ruff_finds_nothing() -> None:
    paths = [path for path in RUFF_PATHS if (REPO / path).is_dir()]
    result = _run(["ruff", "check", "--no-cache", "--output-format", "concise", *paths], 300)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed")
def test_mypy_strict_finds_nothing() -> None:
    # The files come from pyproject.toml ([tool.mypy] files), strict from its config too.
    result = _run(["mypy"], 900)
    assert result.returncode == 0, result.stdout + result.stderr
