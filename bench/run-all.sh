#!/bin/sh
# run-all.sh: what `ninja bench` runs (see bench/meson.build).
# SPDX-License-Identifier: GPL-3.0-or-later
#   run-all.sh BENCH-ROSE BENCH-IO PYTHON BENCH-STARTUP.PY ARGS...
set -e
rose=$1
io=$2
shift 2
echo "== bench-rose"
"$rose"
echo
echo "== bench-io"
"$io"
echo
echo "== bench-startup"
"$@"
