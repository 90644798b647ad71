#!/usr/bin/env sh
# Install doan-desktop for the current user from this unpacked archive (no root needed):
# the program goes to ~/.local/opt/doan-desktop, the command to ~/.local/bin, and a menu entry
# and icon to ~/.local/share. `./install.sh --uninstall` removes them again. Your records live
# in ~/.local/share/doan-desktop and are never touched by either.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
opt="$HOME/.local/opt/doan-desktop"
bin="$HOME/.local/bin"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt"
  rm -f "$bin/doan-desktop" "$apps/doan-desktop.desktop" \
    "$icons/scalable/apps/doan-desktop.svg" "$icons/256x256/apps/doan-desktop.png"
  echo "doan-desktop removed (your data folder is kept)."
  exit 0
fi

mkdir -p "$opt" "$bin" "$apps" "$icons/scalable/apps" "$icons/256x256/apps"
rm -rf "$opt"
mkdir -p "$opt"
cp -R "$here/doan-desktop" "$here/_internal" "$opt/"
ln -sf "$opt/doan-desktop" "$bin/doan-desktop"
cp "$here/doan-desktop.svg" "$icons/scalable/apps/doan-desktop.svg"
cp "$here/doan-desktop-256.png" "$icons/256x256/apps/doan-desktop.png"
sed "s|^Exec=.*|Exec=\"$opt/doan-desktop\"|" "$here/doan-desktop.desktop" >"$apps/doan-desktop.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "doan-desktop installed: menu entry 'Quản lý Đoàn xã', command $bin/doan-desktop"
