"""Every corpus file through `kempen import`: one JSON object, or one Dutch line and exit 2.

The whole pipeline (reader, header detection, rows, matching, writing) runs in one child
process, file after file, against one database: a refused file must leave the database
exactly as it was, and no file may take more than 20 s or push the process past 1 GB.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.paths import CORPUS, REPO

FILES = (
    sorted(
        p.relative_to(CORPUS).as_posix()
        for p in CORPUS.rglob("*")
        if p.is_file() and p.name not in ("MANIFEST.tsv", "README.md", "OPENPYXL_3.1.5_SMOKE.txt")
    )
    if CORPUS.is_dir()
    else []
)
TIME_LIMIT = 20
RSS_LIMIT_MB = 1024
KEYS = {"batch", "rows", "created", "updated", "unchanged", "review", "rejected", "rejected_rows"}

_CHILD = r"""
import contextlib, io, json, resource, sqlite3, sys, time
from pathlib import Path
from kempen_desktop.cli import main

db, corpus = sys.argv[1], Path(sys.argv[2])

def state():
    connection = sqlite3.connect(db)
    try:
        return [connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("person", "dossier", "timeline_entry", "import_batch")]
    except sqlite3.Error:
        return None
    finally:
        connection.close()

for name in sys.stdin.read().split("\n"):
    if not name:
        continue
    before = state()
    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--db", db, "import", str(corpus / name), "--json"])
        except SystemExit as exit:
            code = exit.code
    print(json.dumps({"name": name, "code": code, "out": out.getvalue(), "err": err.getvalue(),
                      "seconds": time.perf_counter() - started, "before": before, "after": state(),
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}),
          flush=True)
"""


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:  # type: ignore[type-arg]
    db = tmp_path_factory.mktemp("corpus") / "k.db"
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(db), str(CORPUS)],
        input="\n".join(FILES),
        text=True,
        check=False,
        capture_output=True,
        cwd=REPO,
        timeout=TIME_LIMIT * len(FILES) + 60,
    )
    results = {}
    for line in child.stdout.splitlines():
        record = json.loads(line)
        results[record["name"]] = record
    return results


@pytest.mark.skipif(not FILES, reason=f"corpus not found at {CORPUS}")
@pytest.mark.parametrize("name", FILES)
def test_corpus_file_through_the_command_line(name: str, outcomes: dict[str, dict]) -> None:  # type: ignore[type-arg]
    assert name in outcomes, "the child process died on this file"
    result = outcomes[name]
    assert result["seconds"] < TIME_LIMIT and result["rss_mb"] < RSS_LIMIT_MB
    assert "Traceback" not in result["err"]
    if result["code"] == 0:
        assert result["err"] == ""
        summary = json.loads(result["out"])  # exactly one JSON object
        assert set(summary) == KEYS
        assert summary["rows"] == sum(
            summary[k] for k in ("created", "updated", "unchanged", "review", "rejected")
        )
    else:
        assert result["code"] == 2 and result["out"] == ""
        lines = result["err"].splitlines()
        assert len(lines) == 1 and lines[0].startswith("kempen: ") and lines[0].endswith(".")
        if result["before"] is not None:
            assert result["after"] == result["before"]  # the database is untouched
