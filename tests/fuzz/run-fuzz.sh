#!/bin/sh
# run-fuzz.sh - run a libFuzzer target on the seed corpus (docs/FUZZING.md)
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: run-fuzz.sh FUZZER ARTIFACT_DIR SEED_DIR... -- LIBFUZZER_OPTION...
#
# libFuzzer writes the new inputs it finds into the first corpus folder it
# is given. That is a fresh temporary folder here, so the seed folders in
# the source tree stay as they are and every run starts from the same
# corpus. Inputs that crash go to ARTIFACT_DIR.
set -eu

fuzzer=$1
artifacts=$2
shift 2

seeds=
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  seeds="$seeds $1"
  shift
done
[ $# -gt 0 ] && shift

work=$(mktemp -d "${TMPDIR:-/tmp}/koers-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$artifacts"

# UBSan only prints by default; a finding must fail the run.
UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS ASAN_OPTIONS

# shellcheck disable=SC2086
"$fuzzer" -artifact_prefix="$artifacts/" "$@" "$work" $seeds
