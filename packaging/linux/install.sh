#!/usr/bin/env bash
# Install this Kempen Desktop bundle for the current user (no root): the app folder goes to
# ~/.local/opt/KempenDesktop (replaced on upgrade), the menu entry and icons to ~/.local/share.
# The database stays where it is (~/.local/share/KempenDesktop), also on upgrade and removal.
#   ./install.sh            install or upgrade      ./install.sh --uninstall   remove the app
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
TARGET="${XDG_OPT_HOME:-$HOME/.local/opt}/KempenDesktop"
SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
SIZES="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$TARGET" "$SHARE/applications/kempen-desktop.desktop"
  for size in $SIZES; do rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/kempen-desktop.png"; done
  rm -f "$SHARE/icons/hicolor/scalable/apps/kempen-desktop.svg"
  echo "Kempen Desktop verwijderd (uw database en back-ups blijven bewaard)."
  exit 0
fi

if [ "$HERE" != "$TARGET" ]; then
  rm -rf "$TARGET.new" && mkdir -p "$(dirname "$TARGET")"
  cp -r "$HERE" "$TARGET.new" && rm -rf "$TARGET" && mv "$TARGET.new" "$TARGET"
fi
mkdir -p "$SHARE/applications"
sed "s|^Exec=.*|Exec=\"$TARGET/kempen-desktop\" %f|" "$TARGET/kempen-desktop.desktop" \
  > "$SHARE/applications/kempen-desktop.desktop"
cp -r "$TARGET/icons/." "$SHARE/icons/hicolor/" 2>/dev/null || { mkdir -p "$SHARE/icons/hicolor" && cp -r "$TARGET/icons/." "$SHARE/icons/hicolor/"; }
command -v update-desktop-database >/dev/null && update-desktop-database "$SHARE/applications" || true
echo "Kempen Desktop geïnstalleerd in $TARGET; u vindt het in het menu Kantoor."
