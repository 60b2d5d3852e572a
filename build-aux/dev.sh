#!/usr/bin/env bash
# build-aux/dev.sh: install what is missing, build, run and test Koers on Debian 12.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash build-aux/dev.sh deps|build|run [ARGS...]|test
#
#   deps   install the Debian packages that are missing (apt-get, sudo when not root)
#   build  deps, then configure _build once and compile it
#   run    build, then start Koers on the Dutch example plan (extra ARGS go to koers)
#   test   deps, build, run every meson test under Xvfb; then the same in _build-asan
#          with AddressSanitizer and UBSan (skip that with KOERS_SKIP_SANITIZERS=1), and a
#          fuzz smoke run of the loader (skip it with KOERS_SKIP_FUZZ=1).
#          Ends with the line "N passed, N failed" over all of them.

set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

BUILD_DIR=_build
ASAN_DIR=_build-asan
FUZZ_DIR=_build-fuzz
EXAMPLE_PLAN=data/examples/koers-example-nl.koers

PACKAGES=(
  build-essential meson ninja-build pkg-config
  libgtk-4-dev libjson-glib-dev libical-dev libglib2.0-dev-bin gettext
  xvfb xauth desktop-file-utils appstream libxml2-utils python3-jsonschema
  flatpak-builder imagemagick xdotool
  clang libclang-rt-14-dev
)

log ()
{
  printf '==> %s\n' "$*" >&2
}

die ()
{
  printf 'dev.sh: %s\n' "$*" >&2
  exit 1
}

usage ()
{
  cat <<'EOF'
Usage: bash build-aux/dev.sh COMMAND

  deps         install the Debian 12 packages that are missing
  build        deps, configure _build if needed, compile
  run [ARGS]   build, then start Koers on the Dutch example plan
  test         build and run all tests under Xvfb, then again with ASan/UBSan
               (KOERS_SKIP_SANITIZERS=1 skips the sanitizer pass)
EOF
}

cmd_deps ()
{
  local missing=() pkg status

  for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    if [ "$status" != "installed" ]; then
      missing+=("$pkg")
    fi
  done

  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi

  log "installing missing packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "not root and sudo is not installed; install: ${missing[*]}"
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
}

# setup_dir DIR [MESON-OPTIONS...]: configure DIR unless it already is.
setup_dir ()
{
  local dir=$1
  shift
  if [ ! -f "$dir/meson-private/coredata.dat" ]; then
    log "configuring $dir"
    meson setup "$dir" "$@"
  fi
}

cmd_build ()
{
  cmd_deps
  setup_dir "$BUILD_DIR"
  log "compiling $BUILD_DIR"
  meson compile -C "$BUILD_DIR"
}

cmd_run ()
{
  cmd_build
  [ -f "$EXAMPLE_PLAN" ] || die "$EXAMPLE_PLAN is missing"
  # gettext ignores LANGUAGE in the plain C locale; C.UTF-8 is always there on Debian.
  case "${LC_ALL:-${LC_MESSAGES:-${LANG:-C}}}" in
    C|POSIX) export LC_ALL=C.UTF-8 ;;
  esac
  log "starting koers"
  # KOERS_LOCALEDIR points gettext at the catalogues built in the tree (not installed).
  # --example opens an untitled copy of the example: a save asks for a name and never
  # writes over data/examples.
  GSETTINGS_SCHEMA_DIR="$PWD/$BUILD_DIR/data" \
  KOERS_LOCALEDIR="$PWD/$BUILD_DIR/po" \
  KOERS_EXAMPLES_DIR="$PWD/data/examples" \
  LANGUAGE="${LANGUAGE:-nl}" \
    "$BUILD_DIR/src/koers" --example "$@"
}

# run_tests DIR [VAR=VALUE...]: run the meson tests of DIR under Xvfb. Returns meson's
# status; its testlog.json is removed first so a stale log is never counted.
run_tests ()
{
  local dir=$1 logbase=testlog args=()
  shift
  # --suite/--no-suite/--logbase go to meson test, VAR=VALUE to the environment.
  while [ $# -gt 0 ]; do
    case "$1" in
      --logbase=*) logbase=${1#--logbase=}; args+=(--logbase "$logbase") ;;
      --*) args+=("$1") ;;
      *) break ;;
    esac
    shift
  done
  rm -f "$dir/meson-logs/$logbase.json"
  log "testing $dir ${args[*]}"
  xvfb-run -a env \
    GSK_RENDERER=cairo \
    GTK_A11Y=none \
    GSETTINGS_BACKEND=memory \
    GSETTINGS_SCHEMA_DIR="$PWD/$dir/data" \
    "$@" \
    meson test -C "$dir" --print-errorlogs "${args[@]}"
}

# count_results DIR...: print "PASSED FAILED" summed over the test logs (testlog*.json) of
# each DIR.
count_results ()
{
  python3 - "$@" <<'EOF'
import glob, json, os, sys

passed = failed = 0
for path in [p for d in sys.argv[1:]
             for p in sorted(glob.glob(os.path.join(d, 'meson-logs', 'testlog*.json')))]:
    with open(path, encoding='utf-8') as log:
        for line in log:
            line = line.strip()
            if not line:
                continue
            result = json.loads(line).get('result')
            if result in ('OK', 'EXPECTEDFAIL'):
                passed += 1
            elif result != 'SKIP':
                failed += 1   # FAIL, TIMEOUT, ERROR, UNEXPECTEDPASS
print(passed, failed)
EOF
}

cmd_test ()
{
  local status=0 dirs=("$BUILD_DIR")

  cmd_build
  # The install test (a meson install into a temporary /app) runs in the plain build only.
  run_tests "$BUILD_DIR" KOERS_TEST_INSTALL="${KOERS_TEST_INSTALL:-1}" || status=1

  if [ "${KOERS_SKIP_SANITIZERS:-0}" = 1 ]; then
    log "KOERS_SKIP_SANITIZERS=1: skipping the ASan/UBSan build"
  else
    dirs+=("$ASAN_DIR")
    setup_dir "$ASAN_DIR" -Db_sanitize=address,undefined -Db_lundef=false
    log "compiling $ASAN_DIR"
    meson compile -C "$ASAN_DIR"
    # Leak detection is on; build-aux/lsan.supp lists what fontconfig and GTK keep
    # until exit on purpose. G_SLICE=always-malloc lets LeakSanitizer see every block.
    # The UI tests need the slow unwinder for whole stacks through GLib and GTK (built
    # without frame pointers), which the suppressions match; the others keep the fast one.
    rm -f "$ASAN_DIR"/meson-logs/testlog*.json
    run_tests "$ASAN_DIR" --no-suite=ui --timeout-multiplier=2 \
      ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
      LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/build-aux/lsan.supp:print_suppressions=0}" \
      G_SLICE=always-malloc \
      UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}" \
      || status=1
    # GTK 4.8's own leaks (build-aux/lsan-ui.supp) are left out of the UI tests' report.
    cat build-aux/lsan.supp build-aux/lsan-ui.supp > "$ASAN_DIR/lsan-ui.supp"
    run_tests "$ASAN_DIR" --suite=ui --timeout-multiplier=5 --logbase=testlog-ui \
      ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:fast_unwind_on_malloc=0}" \
      LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/$ASAN_DIR/lsan-ui.supp:print_suppressions=0}" \
      G_SLICE=always-malloc \
      UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}" \
      || status=1
  fi

  # The fuzz targets of the loader, the iCalendar reader and the CSV reader,
  # a fixed 20000 executions each (docs/FUZZING.md).
  if [ "${KOERS_SKIP_FUZZ:-0}" = 1 ]; then
    log "KOERS_SKIP_FUZZ=1: skipping the fuzz smoke test"
  else
    dirs+=("$FUZZ_DIR")
    if [ ! -f "$FUZZ_DIR/build.ninja" ]; then
      log "configuring $FUZZ_DIR"
      CC=clang meson setup "$FUZZ_DIR" -Dfuzzing=true \
        -Db_sanitize=address,undefined -Db_lundef=false >/dev/null
    fi
    log "compiling the fuzz targets"
    meson compile -C "$FUZZ_DIR" fuzz-plan-load fuzz-ical-read fuzz-calendar-csv
    rm -f "$FUZZ_DIR/meson-logs/testlog.json"
    meson test -C "$FUZZ_DIR" --no-rebuild --suite fuzz --print-errorlogs || status=1
  fi

  local counts passed failed
  counts=$(count_results "${dirs[@]}")
  read -r passed failed <<<"$counts"
  if [ "$failed" -gt 0 ]; then
    status=1
  fi
  echo "$passed passed, $failed failed"
  return "$status"
}

main ()
{
  local cmd=${1:-}
  if [ $# -gt 0 ]; then
    shift
  fi

  case "$cmd" in
    deps)  cmd_deps ;;
    build) cmd_build ;;
    run)   cmd_run "$@" ;;
    test)  cmd_test ;;
    -h|--help|help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
