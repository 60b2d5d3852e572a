#!/usr/bin/env bash
# build-aux/screenshots.sh: screenshots of every page of the example plan.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash build-aux/screenshots.sh OUTDIR [LANGUAGES] [SIZES]
#   LANGUAGES  default "nl en"          SIZES  default "1280x800 800x600"
#   KOERS_SHOT_PAGES: the pages, default all
# Needs a build in _build, Xvfb, xdotool and ImageMagick's import. Writes
# OUTDIR/LANG-SIZE-PAGE.png, each the window alone.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

out=${1:?usage: screenshots.sh OUTDIR [LANGUAGES] [SIZES]}
languages=${2:-nl en}
sizes=${3:-1280x800 800x600}
pages=(${KOERS_SHOT_PAGES:-overview people objectives strategy technology preparation roadmap rose maturity roles})
mkdir -p "$out"
work=$(mktemp -d)
trap 'kill "${xvfb:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

for size in $sizes; do
  width=${size%x*}; height=${size#*x}
  Xvfb :73 -noreset -screen 0 "${size}x24" >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  for lang in $languages; do
    for page in "${pages[@]}"; do
      mkdir -p "$work/config/glib-2.0/settings"
      printf '[io/github/koersplan/Koers]\nlast-page=%s\nwindow-width=%d\nwindow-height=%d\n' \
        "'$page'" "$width" "$height" > "$work/config/glib-2.0/settings/keyfile"
      DISPLAY=:73 GSETTINGS_BACKEND=keyfile XDG_CONFIG_HOME="$work/config" \
        XDG_DATA_HOME="$work/data" GSK_RENDERER=cairo GTK_A11Y=none \
        GSETTINGS_SCHEMA_DIR=_build/data KOERS_LOCALEDIR=_build/po \
        LANGUAGE=$lang LC_ALL=C.UTF-8 \
        timeout 12 _build/src/koers data/examples/koers-example-nl.koers >/dev/null 2>&1 &
      app=$!
      sleep 4
      id=$(DISPLAY=:73 xdotool search --onlyvisible --name 'Social-mediaplan' 2>/dev/null | head -1 || true)
      if [ -n "$id" ]; then
        DISPLAY=:73 import -window "$id" "$out/$lang-$size-$page.png"
      else
        DISPLAY=:73 import -window root "$out/$lang-$size-$page.png"
      fi
      kill "$app" 2>/dev/null || true
      wait "$app" 2>/dev/null || true
    done
  done
  kill "$xvfb"; wait "$xvfb" 2>/dev/null || true
done
echo "screenshots in $out"
