#!/bin/sh
# run-all.sh: what `ninja bench` runs (see bench/meson.build).
# SPDX-License-Identifier: GPL-3.0-or-later
#   run-all.sh BENCH-ROSE BENCH-IO BENCH-CALENDAR PYTHON BENCH-STARTUP.PY ARGS...
set -e
rose=$1
io=$2
calendar=$3
shift 3
echo "== bench-rose"
"$rose"
echo
echo "== bench-io"
"$io"
echo
echo "== bench-calendar"
"$calendar"
echo
echo "== bench-startup"
"$@"
