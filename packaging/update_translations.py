"""Update the English translation: extract messages with lupdate, compile them with lrelease.

    python packaging/update_translations.py

1. ``pyside6-lupdate`` scans every ``kempen_desktop/ui/**/*.py`` for ``self.tr(...)``,
   ``QCoreApplication.translate(...)`` and ``QT_TRANSLATE_NOOP(...)`` and merges the
   messages into ``resources/translations/kempen_en.ts``. Existing translations are kept;
   ``-no-obsolete`` drops messages that are no longer in the sources. New messages arrive
   as ``type="unfinished"``: translate them in the .ts (Qt Linguist or a text editor),
   then run this script again.
2. ``pyside6-lrelease`` compiles the .ts into ``resources/translations/kempen_en.qm``.

Why the compiled ``kempen_en.qm`` is committed: ``QTranslator`` loads only compiled .qm
files, never .ts, and the app must install with a plain ``pip install .`` (or from a
wheel, or as a PyInstaller bundle) without the Qt Linguist tools at build time. So the
.qm is a generated file that lives in the repository and ships as package data. This
script is the only way to regenerate it; ``tests/test_translations.py`` fails when a
user-facing message in the sources has no finished English translation or when the
committed .qm does not match the committed .ts, so the two cannot silently drift apart.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "kempen_desktop" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS / "kempen_en.ts"
QM_FILE = TRANSLATIONS / "kempen_en.qm"


def tool(name: str) -> str:
    """Path of a PySide6 tool: on PATH, or next to the running Python (a venv's bin/)."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(
            f"{name} not found: install PySide6-Essentials (it ships the Qt Linguist tools)."
        )
    return found


def sources() -> list[Path]:
    return sorted(UI_DIR.rglob("*.py"))


def run_lupdate(ts_file: Path) -> str:
    """Extract the messages of all UI modules into `ts_file` (created or merged)."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    command = [
        tool("pyside6-lupdate"),
        *(str(path.relative_to(ROOT)) for path in sources()),
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        "nl",
        "-target-language",
        "en",
        "-ts",
        str(ts_file),
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stdout + result.stderr


def run_lrelease(ts_file: Path, qm_file: Path) -> str:
    """Compile `ts_file` into `qm_file`; unfinished messages fall back to the Dutch source."""
    command = [tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stdout + result.stderr


def main() -> int:
    print(run_lupdate(TS_FILE).strip())
    report = run_lrelease(TS_FILE, QM_FILE).strip()
    print(report)
    # lrelease counts empty translations as "untranslated" and filled-in ones still marked
    # type="unfinished" as "unfinished"; both show up in Dutch in the English UI.
    missing = sum(int(n) for n in re.findall(r"(\d+) (?:unfinished|untranslated)", report))
    if missing:
        print(
            f"\n{missing} message(s) still need a finished English translation in "
            f"{TS_FILE.relative_to(ROOT)}; translate them and run this script again.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
