#!/usr/bin/env bash
# Make a .deb from the one-folder build: the program in /opt/doan-desktop, a command in /usr/bin,
# a menu entry and the icon. Called by packaging/build.sh; needs only dpkg-deb.
#
#   make_deb.sh NAME VERSION FOLDER_BUILD STAGING_DIR     → dist/NAME_VERSION_ARCH.deb
set -euo pipefail
name=$1 version=$2 folder=$3 stage=$4
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
arch="$(dpkg --print-architecture 2>/dev/null || echo amd64)"

rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/doc/$name"
cp -a "$folder" "$stage/opt/$name"
ln -s "/opt/$name/$name" "$stage/usr/bin/$name"
install -m 644 "$here/doan-desktop.desktop" "$stage/usr/share/applications/$name.desktop"
install -m 644 "$root/resources/icons/doan-desktop.svg" \
  "$stage/usr/share/icons/hicolor/scalable/apps/$name.svg"
for size in 16 24 32 48 64 128 256; do
  mkdir -p "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 644 "$root/build/icons/doan-desktop-$size.png" \
    "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$name.png"
done
install -m 644 "$root/packaging/README.md" "$stage/usr/share/doc/$name/README.packaging.md"

size_kb="$(du -sk "$stage" | cut -f1)"
# The bundle carries its own Qt and Python; what it needs from the system is the usual desktop
# stack (X11/xcb or Wayland client libraries, fontconfig, GL).
cat >"$stage/DEBIAN/control" <<CONTROL
Package: $name
Version: $version
Architecture: $arch
Maintainer: doan-desktop maintainers <noreply@invalid>
Installed-Size: $size_kb
Depends: libc6, libfontconfig1, libfreetype6, libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3, libglib2.0-0
Section: misc
Priority: optional
Homepage: https://invalid/doan-desktop
Description: Records of a commune Youth Union office (Đoàn xã, phường)
 Chapters, roster, meetings, trainings and reports of a commune-level office of
 the Ho Chi Minh Communist Youth Union. The data is kept in each user's own data
 folder (~/.local/share/doan-desktop); removing the package leaves it untouched.
CONTROL
find "$stage" -type d -exec chmod 755 {} +
out="$root/dist/${name}_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip --build "$stage" "$out"
