#!/usr/bin/env bash
# Build the Linux bundle of Kempen Desktop: a one-folder PyInstaller app in a tarball with a
# .desktop file, icons (SVG and PNG sizes, rendered from the SVG with Qt) and install.sh.
#
#   packaging/build.sh [OUT_DIR]        (default: dist/)
#
# Needs the build extra:  pip install ".[build]"  (PyInstaller) and binutils (objdump).
# Writes OUT_DIR/KempenDesktop/ (the app) and OUT_DIR/kempen-desktop-<version>-linux-<arch>.tar.gz
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$(mkdir -p "${1:-$ROOT/dist}" && cd "${1:-$ROOT/dist}" && pwd)"
WORK="$ROOT/build"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
cd "$ROOT"

VERSION="$(python -c 'import kempen_desktop; print(kempen_desktop.__version__)')"
ARCH="$(uname -m)"
python packaging/render_icons.py "$WORK/icons"
python -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath "$WORK/pyinstaller" --distpath "$OUT" packaging/kempen_desktop.spec

APP="$OUT/KempenDesktop"
cp packaging/kempen-desktop.desktop "$APP/kempen-desktop.desktop"
rm -rf "$APP/icons" && cp -r "$WORK/icons/hicolor" "$APP/icons"
cp packaging/linux/install.sh "$APP/install.sh"
chmod +x "$APP/install.sh" "$APP/kempen-desktop"

TARBALL="$OUT/kempen-desktop-$VERSION-linux-$ARCH.tar.gz"
tar -C "$OUT" -czf "$TARBALL" KempenDesktop
echo "bundle:  $APP ($(du -sh "$APP" | cut -f1))"
echo "tarball: $TARBALL ($(du -sh "$TARBALL" | cut -f1))"
