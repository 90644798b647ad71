#!/usr/bin/env bash
# Developer check of the Windows installer on Linux, under wine. NOT run by CI: it installs wine
# (with 32-bit packages), mingw-w64 and Xvfb with apt, and takes a few minutes; CI must stay under
# 15 minutes and needs none of this.
#
#   sudo packaging/windows/check_installer.sh     (root: it may apt-get install what is missing)
#
# What it does, in a throw-away folder (kept and printed at the end; KEEP=0 removes it):
#   1. gets the real Inno Setup compiler: the npm package "innosetup" (6.4.1), which carries
#      ISCC.exe and its files, unpacked into ~/.cache/doan-desktop (no install scripts run);
#   2. builds stand-in doan-desktop.exe / doan-desktop-cli.exe with mingw-w64 (they record their
#      arguments) in a dist-like folder, renders the real icon with packaging/render_icons.py;
#   3. compiles packaging/windows/doan-desktop.iss twice (0.1.0 and 0.2.0) with the defines
#      build.sh passes, and fails on any compiler warning;
#   4. in a fresh WINEPREFIX: installs 0.1.0 silently, checks the per-user folder, the Vietnamese
#      shortcuts and the HKCU uninstall entry, starts the sample-commune shortcut; upgrades to
#      0.2.0 in place; uninstalls, and checks a pre-created data folder survived untouched.
#
# Wine 8 (Debian 12) cannot resolve {autopf} (FOLDERID_UserProgramFiles is a FIXME there), so the
# installed setups are compiled with -DInstallRoot={localappdata}\Programs, the folder {autopf}
# means for a per-user install on Windows. The script as shipped is compiled too, without it.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
ISS="$ROOT/packaging/windows/doan-desktop.iss"
INNO_VERSION=6.4.1
INNO_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/doan-desktop/innosetup-$INNO_VERSION"
WORK="${WORK:-$(mktemp -d /tmp/doan-installer-check.XXXXXX)}"
KEEP="${KEEP:-1}"
mkdir -p "$WORK"

say() { printf '==> %s\n' "$*"; }
ok() { printf '    ok: %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; echo "    work folder: $WORK" >&2; exit 1; }

# --- 1. tools -------------------------------------------------------------------------------
need_apt=()
command -v wine >/dev/null 2>&1 || need_apt+=(wine wine64)
# ISCC.exe and the setups it makes are 32-bit programs: wine needs its i386 half.
dpkg -s wine32:i386 >/dev/null 2>&1 || need_apt+=(wine32:i386)
command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || need_apt+=(gcc-mingw-w64-x86-64)
command -v Xvfb >/dev/null 2>&1 || need_apt+=(xvfb)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
# The 32-bit X11 driver of wine loads these; without them the setup cannot create its (hidden)
# wizard window and stops with "A call to an OS function failed" even when /VERYSILENT.
for lib in libxrender1 libxrandr2 libxi6 libxcursor1 libxinerama1 libxcomposite1 libxfixes3; do
  dpkg -s "$lib:i386" >/dev/null 2>&1 || need_apt+=("$lib:i386")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || fail "missing: ${need_apt[*]} - run as root, or apt-get install them first"
  say "installing with apt: ${need_apt[*]}"
  if ! dpkg --print-foreign-architectures | grep -qx i386; then
    dpkg --add-architecture i386
  fi
  apt-get update -qq || true   # a half-synced mirror index only warns; the install below decides
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      "${need_apt[@]}" >"$WORK/apt.log" 2>&1; then
    # i386 and amd64 copies of a library must have the same version. When the security
    # archive's i386 index fails to download (a mirror mid-sync), amd64 candidates come from
    # security and i386 ones from the point release, and apt gives up. Preferring the point
    # release for this one install makes both halves agree.
    say "apt refused (mixed amd64/i386 versions?); retrying with the point release preferred"
    printf 'Package: *\nPin: release l=Debian-Security\nPin-Priority: 100\n' >"$WORK/apt-pref"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      -o Dir::Etc::Preferences="$WORK/apt-pref" "${need_apt[@]}" >>"$WORK/apt.log" 2>&1 \
      || { tail -n 20 "$WORK/apt.log" >&2; fail "apt-get install (log: $WORK/apt.log)"; }
  fi
fi
ok "$(wine --version), $(x86_64-w64-mingw32-gcc --version | head -n 1)"

ISCC_EXE="$INNO_DIR/package/bin/ISCC.exe"
if [ ! -f "$ISCC_EXE" ]; then
  say "fetching Inno Setup $INNO_VERSION (npm package innosetup) into $INNO_DIR"
  mkdir -p "$INNO_DIR"
  # npm pack only downloads (checking the registry's integrity hash); nothing is run.
  (cd "$INNO_DIR" && npm pack --silent "innosetup@$INNO_VERSION" >/dev/null && tar xzf "innosetup-$INNO_VERSION.tgz")
  [ -f "$ISCC_EXE" ] || fail "ISCC.exe not in the npm package"
fi

# --- wine: a throw-away prefix and a private X display ----------------------------------------
export WINEPREFIX="$WORK/prefix" WINEDEBUG=-all WINEARCH=win64
export WINEDLLOVERRIDES="mscoree,mshtml="   # no Mono/Gecko prompts: nothing here needs them
XVFB_PID=""
cleanup() {
  wineserver -k 2>/dev/null || true       # only this prefix's server
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
  if [ "$KEEP" = 0 ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT
# Even a /VERYSILENT setup creates its wizard window, so wine needs an X server. Our own Xvfb
# rather than xvfb-run: a wineserver that outlives xvfb-run would keep a dead display.
display=99
while [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1024x768x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
export DISPLAY=":$display"
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
say "wine prefix $WINEPREFIX (first start takes a minute)"
wineboot -i >"$WORK/wineboot.log" 2>&1 || fail "wineboot (log: $WORK/wineboot.log)"
winpath() { winepath -w "$1" 2>/dev/null; }
unixpath() { winepath -u "$1" 2>/dev/null; }
LOCALAPPDATA_U="$(unixpath "$(wine cmd /c 'echo %LOCALAPPDATA%' 2>/dev/null | tr -d '\r')")"
APPDATA_U="$(unixpath "$(wine cmd /c 'echo %APPDATA%' 2>/dev/null | tr -d '\r')")"
USERPROFILE_U="$(unixpath "$(wine cmd /c 'echo %USERPROFILE%' 2>/dev/null | tr -d '\r')")"
[ -d "$LOCALAPPDATA_U" ] || fail "cannot find %LOCALAPPDATA% in the prefix"

# --- 2. stand-in payload ----------------------------------------------------------------------
say "stand-in payloads (mingw-w64) and the icon"
cat >"$WORK/stub.c" <<'EOF'
/* Stand-in for the frozen doan-desktop.exe: prints its arguments and, when DOAN_STUB_LOG names
   a file, appends them there, so a test can see what a shortcut passed. */
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  const char *log = getenv("DOAN_STUB_LOG");
  FILE *out = log ? fopen(log, "a") : NULL;
  printf("doan-desktop stand-in %s", STUB_VERSION);
  if (out) fprintf(out, "doan-desktop stand-in %s", STUB_VERSION);
  for (int i = 1; i < argc; i++) {
    printf(" [%s]", argv[i]);
    if (out) fprintf(out, " [%s]", argv[i]);
  }
  printf("\n");
  if (out) { fprintf(out, "\n"); fclose(out); }
  return 0;
}
EOF
for version in 0.1.0 0.2.0; do
  dist="$WORK/dist-$version/doan-desktop"
  mkdir -p "$dist/_internal"
  x86_64-w64-mingw32-gcc -O2 -s "-DSTUB_VERSION=\"$version\"" -o "$dist/doan-desktop.exe" "$WORK/stub.c"
  x86_64-w64-mingw32-gcc -O2 -s "-DSTUB_VERSION=\"$version-cli\"" -o "$dist/doan-desktop-cli.exe" "$WORK/stub.c"
  echo "library of $version" >"$dist/_internal/base_library.txt"
done
# A file only the old version has: the upgrade must not leave it behind ([InstallDelete]).
echo "dropped in 0.2.0" >"$WORK/dist-0.1.0/doan-desktop/_internal/only_in_0.1.0.txt"
if python3 -c 'import PySide6.QtSvg' 2>/dev/null; then
  QT_QPA_PLATFORM=offscreen python3 "$ROOT/packaging/render_icons.py" "$WORK/icons" >/dev/null
else
  # Without PySide6 the stand-in icon is Inno Setup's own; the .iss is exercised all the same.
  mkdir -p "$WORK/icons" && cp "$INNO_DIR/package/bin/SetupClassicIcon.ico" "$WORK/icons/doan-desktop.ico"
  say "PySide6 not found: using Inno Setup's icon instead of the rendered one"
fi

# --- 3. compile -------------------------------------------------------------------------------
compile() {  # compile VERSION LOG [extra ISCC args]; the arguments build.sh passes, with '-'.
  local version="$1" log="$2"; shift 2
  if ! wine "$ISCC_EXE" "-DAppVersion=$version" \
      "-DBundleDir=$(winpath "$WORK/dist-$version/doan-desktop")" \
      "-DIconFile=$(winpath "$WORK/icons/doan-desktop.ico")" "-O$(winpath "$WORK/out")" \
      "$@" "$(winpath "$ISS")" >"$log" 2>&1; then
    tail -n 15 "$log" >&2; fail "ISCC $version (log: $log)"
  fi
  if grep -i 'warning' "$log" >&2; then fail "ISCC $version warned (log: $log)"; fi
}
mkdir -p "$WORK/out"
say "compiling $ISS with ISCC $INNO_VERSION"
compile 0.1.0 "$WORK/iscc-as-shipped.log"
ok "the script as shipped compiles without warnings ($(grep -o 'version resource [0-9.]*' "$WORK/iscc-as-shipped.log"))"
for version in 0.1.0 0.2.0; do
  compile "$version" "$WORK/iscc-$version.log" '-DInstallRoot={localappdata}\Programs'
done
ok "$(cd "$WORK/out" && ls)"

# --- 4. install, upgrade, uninstall -------------------------------------------------------------
APP="$LOCALAPPDATA_U/Programs/doan-desktop"
DATA="$LOCALAPPDATA_U/doan-desktop"
MENU="$APPDATA_U/Microsoft/Windows/Start Menu/Programs"
DESKTOP="$USERPROFILE_U/Desktop"
UNINSTALL_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{FAE996AE-8C36-4165-8365-E8E25AAEA59F}_is1'
run_setup() {  # run_setup EXE LOG [args]; waits for every process it started (the uninstaller
  local exe="$1" log="$2"; shift 2  # re-launches itself from %TEMP%, so wine returns early)
  wine "$exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/LOG=$(winpath "$log")" "$@" \
    >>"$WORK/wine.log" 2>&1 || { tail -n 20 "$log" >&2 || true; fail "$(basename "$exe") (log: $log)"; }
  wineserver -w
}
display_version() { wine reg query "$UNINSTALL_KEY" /v DisplayVersion 2>/dev/null | tr -d '\r' | awk '/DisplayVersion/ {print $3}'; }

say "data folder with a record in it, before anything is installed"
mkdir -p "$DATA/backups"
echo "records of the commune" >"$DATA/doan.db"
echo "a backup" >"$DATA/backups/doan-1.db"
data_sum() { (cd "$DATA" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
data_before="$(data_sum)"

say "install 0.1.0 (silent, per user)"
run_setup "$(winpath "$WORK/out/doan-desktop-0.1.0-setup.exe")" "$WORK/install-0.1.0.log"
grep -q 'Administrative install mode: No' "$WORK/install-0.1.0.log" || fail "not a per-user install"
for f in doan-desktop.exe doan-desktop-cli.exe _internal/base_library.txt unins000.exe; do
  [ -f "$APP/$f" ] || fail "$APP/$f missing"
done
ok "program in %LOCALAPPDATA%\\Programs\\doan-desktop"
[ -f "$MENU/Quản lý Đoàn xã.lnk" ] || fail "Start-menu shortcut missing: $(ls "$MENU")"
[ -f "$MENU/Quản lý Đoàn xã - dữ liệu mẫu.lnk" ] || fail "sample-commune shortcut missing"
[ -f "$DESKTOP/Quản lý Đoàn xã.lnk" ] || fail "desktop shortcut missing (task ticked by default)"
ok "shortcuts: Start menu 'Quản lý Đoàn xã', 'Quản lý Đoàn xã - dữ liệu mẫu'; desktop 'Quản lý Đoàn xã'"
[ "$(display_version)" = 0.1.0 ] || fail "HKCU uninstall entry: DisplayVersion '$(display_version)'"
if wine reg query "${UNINSTALL_KEY/HKCU/HKLM}" >/dev/null 2>&1; then fail "an HKLM uninstall entry was written"; fi
ok "uninstall entry in HKCU (DisplayVersion 0.1.0), none in HKLM"
stub_log="$WORK/stub-args.txt"; rm -f "$stub_log"
DOAN_STUB_LOG="$(winpath "$stub_log")" wine start /wait /unix "$MENU/Quản lý Đoàn xã - dữ liệu mẫu.lnk" >>"$WORK/wine.log" 2>&1
wineserver -w
grep -q 'stand-in 0.1.0 \[--demo\]' "$stub_log" 2>/dev/null || fail "sample-commune shortcut did not start doan-desktop.exe --demo"
ok "the sample-commune shortcut starts: $(cat "$stub_log")"

say "upgrade to 0.2.0 over it"
run_setup "$(winpath "$WORK/out/doan-desktop-0.2.0-setup.exe")" "$WORK/install-0.2.0.log"
[ "$(wine "$(winpath "$APP/doan-desktop-cli.exe")" 2>/dev/null | tr -d '\r')" = "doan-desktop stand-in 0.2.0-cli" ] \
  || fail "doan-desktop-cli.exe was not replaced"
grep -qx 'library of 0.2.0' "$APP/_internal/base_library.txt" || fail "_internal not replaced"
[ ! -e "$APP/_internal/only_in_0.1.0.txt" ] || fail "a file of 0.1.0 was left in _internal"
[ ! -e "$APP/unins001.exe" ] || fail "a second uninstaller appeared: the upgrade was not in place"
[ "$(display_version)" = 0.2.0 ] || fail "DisplayVersion after upgrade: '$(display_version)'"
ok "same folder, files replaced, old-only file gone, one uninstaller, DisplayVersion 0.2.0"

say "uninstall"
run_setup "$(winpath "$APP/unins000.exe")" "$WORK/uninstall.log"
[ ! -e "$APP" ] || fail "program folder left: $(ls -R "$APP")"
[ ! -e "$MENU/Quản lý Đoàn xã.lnk" ] && [ ! -e "$MENU/Quản lý Đoàn xã - dữ liệu mẫu.lnk" ] \
  && [ ! -e "$DESKTOP/Quản lý Đoàn xã.lnk" ] || fail "shortcuts left after uninstall"
if wine reg query "$UNINSTALL_KEY" >/dev/null 2>&1; then fail "uninstall entry left"; fi
ok "program, shortcuts and uninstall entry removed"
[ "$(data_sum)" = "$data_before" ] || fail "the data folder changed: $(data_sum)"
ok "data folder %LOCALAPPDATA%\\doan-desktop untouched ($(cd "$DATA" && find . -type f | wc -l) files)"

echo "All installer checks passed (Inno Setup $INNO_VERSION under $(wine --version)). Logs: $WORK"
