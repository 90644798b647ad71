#!/usr/bin/env bash
# Smoke test of the frozen one-folder build (Linux; Windows under Git Bash, not yet run there):
# the executable runs its CLI and its window with nothing but the bundle, on throw-away data
# folders. On Windows the console twin doan-desktop-cli.exe is the one run, since the windowed
# doan-desktop.exe has no console to print to.
#
#   packaging/smoke_test.sh [BUNDLE_DIR [PORTABLE]]     (default dist/doan-desktop)
#
# PORTABLE, the one-file executable of build.sh --portable, is checked too when given: it
# unpacks itself at each start, so only --version, init, roster list and --self-test.
#
# SMOKE_MAX_MB caps the bundle size (default 150, the target; the Linux bundle weighs about
# 138 MB). When this Python has PySide6, the bundle's cut-down ICU data is also compared with the
# full data of the wheel (packaging/check_icu.py). Exit 0 when every check passed.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUNDLE="$(cd "${1:-$ROOT/dist/doan-desktop}" && pwd)"
EXE="$BUNDLE/doan-desktop"
[ -f "$BUNDLE/doan-desktop-cli.exe" ] && EXE="$BUNDLE/doan-desktop-cli.exe"
PY="${PYTHON:-python3}"
PORTABLE="${2:+$(cd "$(dirname "$2")" && pwd)/$(basename "$2")}"
MAX_MB="${SMOKE_MAX_MB:-150}"
VERSION="$("$PY" -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")"

work="$(mktemp -d "${TMPDIR:-/tmp}/doan-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# The bundle must not lean on the source tree or the developer's Python.
export PYTHONPATH= PYTHONHOME= QT_QPA_PLATFORM=offscreen DOAN_LANG=vi
unset DOAN_DATA_DIR
cd "$work"

failures=0
check() {  # check NAME COMMAND...: run, keep output in $work/NAME.log, report one line
  local name=$1; shift
  if "$@" >"$work/$name.log" 2>&1; then
    printf '  ok    %s\n' "$name"
  else
    printf '  FAIL  %s (exit %s)\n' "$name" "$?"
    sed 's/^/        /' "$work/$name.log" | tail -n 15
    failures=$((failures + 1))
  fi
}
contains() { grep -q -- "$1" "$work/$2.log"; }

echo "Smoke test of $BUNDLE"
[ -x "$EXE" ] || { echo "  FAIL  no executable at $EXE"; exit 1; }

check version "$EXE" --version
contains "$VERSION" version || { echo "  FAIL  --version does not say $VERSION"; failures=$((failures + 1)); }

# Files read by path at run time must be in the bundle as files.
internal="$BUNDLE/_internal"
for file in doan_desktop/core/store/migrations/env.py doan_desktop/core/store/migrations/script.py.mako \
  doan_desktop/resources/__init__.py doan_desktop/resources/fonts/LiberationSerif-Regular.ttf \
  doan_desktop/resources/icons/doan-desktop.svg babel/locale-data/vi.dat babel/locale-data/root.dat \
  doan_desktop/resources/help/help.css doan_desktop/resources/help/vi/index.html \
  doan_desktop/resources/help/en/index.html doan_desktop/resources/help/images/overview.png; do
  [ -f "$internal/$file" ] || { echo "  FAIL  missing $file"; failures=$((failures + 1)); }
done
for qm in "$ROOT"/doan_desktop/locale/*.qm; do
  [ -e "$qm" ] || continue
  [ -f "$internal/doan_desktop/locale/$(basename "$qm")" ] || { echo "  FAIL  missing locale/$(basename "$qm")"; failures=$((failures + 1)); }
done

# A new office: init creates the database through the bundled Alembic scripts.
check init "$EXE" --data-dir "$work/office" init --unit-name "Đoàn xã Tân Phú" --unit-code 01234 \
  --unit-kind xa --province "Đồng Nai" --superior-name "Đoàn huyện Tân Phú" --superior-code 0123
check roster-empty "$EXE" --data-dir "$work/office" roster list --format json

# The sample commune, listed and opened in the window.
check demo "$EXE" --data-dir "$work/sample" demo
check roster-list "$EXE" --data-dir "$work/sample" roster list --format csv
rows=$(wc -l <"$work/roster-list.log")
if [ "$rows" -lt 100 ]; then
  echo "  FAIL  roster list of the sample commune has $rows lines"; failures=$((failures + 1))
fi
check gui-shown env DOAN_STARTUP_PROBE="$work/shown" "$EXE" --data-dir "$work/sample"
[ -s "$work/shown" ] || { echo "  FAIL  the main window never showed"; failures=$((failures + 1)); }
check gui-self-test "$EXE" --data-dir "$work/sample" --self-test

# Qt's ICU data was rebuilt for Vietnamese and English only (packaging/icu_data.py): collation,
# case mapping and time-zone names must come out as with the full data.
if ls "$internal"/PySide6/Qt/lib/libicudata.so.* >/dev/null 2>&1; then
  if PYTHONPATH= "$PY" -c "import PySide6" >/dev/null 2>&1; then
    check icu-data "$PY" "$ROOT/packaging/check_icu.py" "$BUNDLE"
  else
    echo "  skip  icu-data (this Python has no PySide6 to compare with)"
  fi
fi

if [ -n "$PORTABLE" ]; then
  if [ -x "$PORTABLE" ]; then
    check portable-version "$PORTABLE" --version
    contains "$VERSION" portable-version || { echo "  FAIL  portable --version does not say $VERSION"; failures=$((failures + 1)); }
    check portable-init "$PORTABLE" --data-dir "$work/portable" init --unit-name "Đoàn phường 1" \
      --unit-code 01235 --unit-kind phuong --province "Đồng Nai" --superior-name "Tỉnh Đoàn Đồng Nai" --superior-code 01
    check portable-roster-list "$PORTABLE" --data-dir "$work/sample" roster list --format csv
    check portable-self-test "$PORTABLE" --data-dir "$work/sample" --self-test
  else
    echo "  FAIL  no portable executable at $PORTABLE"; failures=$((failures + 1))
  fi
fi

size_mb=$(du -sm "$BUNDLE" | cut -f1)
if [ "$size_mb" -le "$MAX_MB" ]; then
  printf '  ok    bundle size %s MB (at most %s)\n' "$size_mb" "$MAX_MB"
else
  printf '  FAIL  bundle size %s MB (at most %s)\n' "$size_mb" "$MAX_MB"
  failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then
  echo "Smoke test: $failures failure(s)"
  exit 1
fi
echo "Smoke test passed"
