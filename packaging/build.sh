#!/usr/bin/env bash
# Build doan-desktop for the platform this runs on (Linux, or Windows under Git Bash).
#
#   packaging/build.sh             one-folder build + archive(s)
#   packaging/build.sh --onefile   the portable one-file executable alone
#   packaging/build.sh --portable  one-folder build + archive(s) + the portable executable
#   packaging/build.sh --no-deb    Linux: skip the .deb
#
# Steps: compile translations → render the icon → PyInstaller → archives. Everything is logged to
# build/packaging.log; the terminal gets one line per step and a summary. Outputs go to dist/.
# PYTHON picks the interpreter (default python3, or python on Windows).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

ONEFILE=0
PORTABLE=0
MAKE_DEB=1
for arg in "$@"; do
  case "$arg" in
    --onefile) ONEFILE=1 ;;
    --portable) PORTABLE=1 ;;
    --no-deb) MAKE_DEB=0 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux*) PLATFORM=linux ;;
  MINGW*|MSYS*|CYGWIN*) PLATFORM=windows ;;
  *) PLATFORM=other ;;
esac
if [ -z "${PYTHON:-}" ]; then
  if [ "$PLATFORM" = windows ]; then PYTHON=python; else PYTHON=python3; fi
fi

mkdir -p build dist
LOG="$ROOT/build/packaging.log"
: >"$LOG"
# Archive timestamps follow the last commit, so two builds of one commit give the same archive.
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH="$(git log -1 --format=%ct 2>/dev/null || date +%s)"
fi
export SOURCE_DATE_EPOCH
export PYTHONHASHSEED=0

step() { printf '  %-34s' "$1"; }
run() {
  # Run a command with its output in the log; on failure show the end of the log and stop.
  echo "+ $*" >>"$LOG"
  if ! "$@" >>"$LOG" 2>&1; then
    echo "FAILED"
    echo "--- last lines of $LOG ---" >&2
    tail -n 25 "$LOG" >&2
    exit 1
  fi
}
took() { echo "done ($(( $(date +%s) - $1 )) s)"; }

NAME="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["name"])')"
VERSION="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
ARCH="$(uname -m)"
if [ $ONEFILE = 1 ]; then MODE=1; KIND=one-file
elif [ $PORTABLE = 1 ]; then MODE=both; KIND="one-folder and one-file"
else MODE=0; KIND=one-folder; fi
echo "Building $NAME $VERSION for $PLATFORM ($KIND); log: build/packaging.log"

start=$(date +%s); step "PyInstaller"
if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
  run "$PYTHON" -m pip install --disable-pip-version-check pyinstaller
fi
echo "$("$PYTHON" -m PyInstaller --version)"

start=$(date +%s); step "translations"
run "$PYTHON" packaging/compile_translations.py
echo "$(ls doan_desktop/locale/*.qm 2>/dev/null | wc -l | tr -d ' ') catalogue(s)"

start=$(date +%s); step "icons"
run "$PYTHON" packaging/render_icons.py build/icons
echo "build/icons"

start=$(date +%s); step "freeze"
if [ $ONEFILE = 1 ]; then WORK=build/pyinstaller-onefile; else WORK=build/pyinstaller; fi
DOAN_ONEFILE=$MODE DOAN_ICON_DIR="$ROOT/build/icons" run "$PYTHON" -m PyInstaller \
  --noconfirm --log-level WARN --distpath dist --workpath "$WORK" packaging/doan-desktop.spec
took "$start"

outputs=()
tar_reproducible() {  # tar_reproducible ARCHIVE DIR_PARENT DIR_NAME
  tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    -C "$2" -cf - "$3" | gzip -n >"$1"
}

if [ "$MODE" != 0 ]; then
  if [ "$PLATFORM" = windows ]; then
    target="dist/$NAME-$VERSION-windows-portable.exe"
    mv -f "dist/$NAME-portable.exe" "$target"
  else
    target="dist/$NAME-$VERSION-$PLATFORM-$ARCH-portable"
    mv -f "dist/$NAME-portable" "$target"
  fi
  outputs+=("$target")
fi
if [ "$MODE" != 1 ] && [ "$PLATFORM" = linux ]; then
  start=$(date +%s); step "tar.gz"
  stage="build/stage/$NAME-$VERSION"
  rm -rf build/stage && mkdir -p "$stage"
  cp -a "dist/$NAME/." "$stage/"
  cp packaging/linux/doan-desktop.desktop packaging/linux/install.sh "$stage/"
  cp resources/icons/doan-desktop.svg build/icons/doan-desktop-256.png "$stage/"
  chmod 755 "$stage/install.sh"
  archive="dist/$NAME-$VERSION-linux-$ARCH.tar.gz"
  run tar_reproducible "$archive" build/stage "$NAME-$VERSION"
  outputs+=("$archive"); took "$start"

  if [ $MAKE_DEB = 1 ] && command -v dpkg-deb >/dev/null 2>&1; then
    start=$(date +%s); step ".deb"
    run bash packaging/linux/make_deb.sh "$NAME" "$VERSION" "dist/$NAME" "build/deb"
    outputs+=("$(ls dist/"${NAME}_${VERSION}"_*.deb)"); took "$start"
  fi
elif [ "$MODE" != 1 ] && [ "$PLATFORM" = windows ]; then
  iscc="${ISCC:-}"
  if [ -z "$iscc" ]; then
    for candidate in "/c/Program Files (x86)/Inno Setup 6/ISCC.exe" "/c/Program Files/Inno Setup 6/ISCC.exe"; do
      [ -x "$candidate" ] && iscc="$candidate" && break
    done
  fi
  if [ -n "$iscc" ]; then
    start=$(date +%s); step "installer (Inno Setup)"
    # '-' switches and Windows paths: Git Bash rewrites arguments that start with '/' as POSIX
    # paths before ISCC sees them. The .iss reads the bundle folder from BundleDir.
    run "$iscc" -Qp "-DAppVersion=$VERSION" "-DBundleDir=$(cygpath -w "$ROOT/dist/$NAME")" \
      "-DIconFile=$(cygpath -w "$ROOT/build/icons/doan-desktop.ico")" "-O$(cygpath -w "$ROOT/dist")" \
      packaging/windows/doan-desktop.iss
    outputs+=("dist/$NAME-$VERSION-setup.exe"); took "$start"
  else
    echo "  installer: Inno Setup 6 not found (set ISCC=path/to/ISCC.exe); folder build only"
  fi
fi

echo "Outputs:"
if [ $ONEFILE = 0 ]; then
  printf '  %-48s %s\n' "dist/$NAME/" "$(du -sh "dist/$NAME" | cut -f1)"
fi
for output in "${outputs[@]}"; do
  printf '  %-48s %s\n' "$output" "$(du -sh "$output" | cut -f1)"
done
