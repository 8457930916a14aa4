"""Packaging: every Python package is declared in pyproject.toml (so `pip install .` ships
it), and the PyInstaller bundle and the Windows installer name the same files (issue 18)."""

import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_declared() -> None:
    declared = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "kempen_desktop").rglob("__init__.py")
    }
    assert found - declared == set()


# --- The packaged build (issue 18) -------------------------------------------------------

SPEC = ROOT / "packaging" / "kempen_desktop.spec"
ISS = ROOT / "packaging" / "windows" / "kempen-desktop.iss"


def _spec_constants() -> dict[str, str]:
    """The plain string constants of the spec (BUNDLE_DIR, EXE_NAME), read without running it."""
    import ast

    found = {}
    for node in ast.parse(SPEC.read_text()).body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            found[node.targets[0].id] = node.value.value
    return found


def _iss_defines() -> dict[str, str]:
    import re

    return dict(re.findall(r'^#define (\w+) "([^"]*)"', ISS.read_text(), flags=re.MULTILINE))


def test_the_installer_names_the_files_the_spec_produces() -> None:
    spec, defines = _spec_constants(), _iss_defines()
    assert defines["BundleDir"] == spec["BUNDLE_DIR"]
    assert defines["ExeName"] == spec["EXE_NAME"] + ".exe"
    text = ISS.read_text()
    # The one folder from dist/: the exe and PyInstaller's contents folder (its default name).
    assert 'AddBackslash(SourcePath) + "..\\..\\dist\\" + BundleDir' in text
    assert "contents_directory" not in SPEC.read_text()
    assert 'Source: "{#Bundle}\\{#ExeName}"' in text
    assert 'Source: "{#Bundle}\\_internal\\*"' in text
    # The icon the spec's Windows branch uses is the one render_icons.py writes.
    assert 'ROOT / "build" / "icons" / "kempen.ico"' in SPEC.read_text()
    assert "SetupIconFile=..\\..\\build\\icons\\kempen.ico" in text
    assert '"kempen.ico"' in (ROOT / "packaging" / "render_icons.py").read_text()
    assert (ROOT / "LICENSE").exists() and "LicenseFile=..\\..\\LICENSE" in text


def test_the_installer_is_per_user_and_upgrades_in_place() -> None:
    text = ISS.read_text()
    assert "PrivilegesRequired=lowest" in text
    assert "AppId={{" in text  # fixed: a new version upgrades the installed one
    assert "{group}" in text and "{uninstallexe}" in text  # start menu, uninstaller
    # The data folder (platformdirs: %LOCALAPPDATA%\KempenDesktop) is never under {app}.
    assert "DefaultDirName={autopf}\\{#AppName}" in text
    assert "{localappdata}" not in text and "KempenDesktop\\" not in text.split("[Setup]")[1]


def test_the_spec_takes_name_and_version_from_the_package_and_only_used_qt() -> None:
    spec = SPEC.read_text()
    assert "from kempen_desktop import APP_NAME, __version__" in spec
    used = {
        module
        for path in (ROOT / "kempen_desktop").rglob("*.py")
        for module in __import__("re").findall(r"PySide6\.(Qt\w+)", path.read_text())
    }
    assert used <= {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"}, (
        f"a new Qt module is used: add it to QT_USED in the spec: {used}"
    )


def test_the_one_step_schema_ships_with_pip_and_the_bundle() -> None:
    """A new database is made from migrations/head_sqlite.sql (db/fresh_schema.py): without
    it the first start runs every migration (correct, but ~1.5 s slower)."""
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]
    assert "head_sqlite.sql" in package_data["kempen_desktop.db.migrations"]
    assert (ROOT / "kempen_desktop" / "db" / "migrations" / "head_sqlite.sql").exists()
    migrations = (
        '(str(ROOT / "kempen_desktop" / "db" / "migrations"), "kempen_desktop/db/migrations")'
    )
    assert migrations in SPEC.read_text()  # the whole folder, the snapshot with it


@pytest.mark.slow
def test_the_linux_bundle_builds_and_starts(tmp_path: Path) -> None:
    """packaging/build.sh makes the bundle and tarball; the bundle answers --version and
    passes --smoke offscreen (about 1-2 minutes)."""
    import os
    import subprocess
    import sys
    import tarfile

    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux bundle is built on Linux")
    pytest.importorskip("PyInstaller")
    out = tmp_path / "dist"
    subprocess.run(["bash", str(ROOT / "packaging" / "build.sh"), str(out)], check=True)
    exe = out / "KempenDesktop" / "kempen-desktop"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    version = subprocess.run(
        [str(exe), "--version"], env=env, capture_output=True, text=True, check=True
    )
    assert version.returncode == 0
    from kempen_desktop import __version__

    assert version.stdout.strip() == f"kempen-desktop {__version__}"
    smoke = subprocess.run(
        [str(exe), "--smoke"], check=False, env=env, capture_output=True, text=True, timeout=120
    )
    assert smoke.returncode == 0, smoke.stderr[-2000:]
    assert "smoke: ok" in smoke.stdout
    (tarball,) = out.glob("kempen-desktop-*-linux-*.tar.gz")
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    assert "KempenDesktop/kempen-desktop" in names
    assert "KempenDesktop/kempen-desktop.desktop" in names
    assert "KempenDesktop/install.sh" in names
    assert "KempenDesktop/_internal/kempen_desktop/db/migrations/head_sqlite.sql" in names
    assert "KempenDesktop/icons/scalable/apps/kempen-desktop.svg" in names
    for size in (16, 32, 48, 256):
        assert f"KempenDesktop/icons/{size}x{size}/apps/kempen-desktop.png" in names
