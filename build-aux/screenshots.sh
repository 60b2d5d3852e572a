#!/usr/bin/env bash
# build-aux/screenshots.sh: screenshots of the pages of the example plan.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage:
#   bash build-aux/screenshots.sh OUTDIR [LANGUAGES] [SIZES] [PAGES]
#       OUTDIR/LANG-SIZE-PAGE.png for every language, size and page.
#       LANGUAGES default "nl en", SIZES default "1280x800 800x600", PAGES default every page.
#   bash build-aux/screenshots.sh --store [PAGE...]
#       The store page's screenshots: data/screenshots/LANG/PAGE.png in English and Dutch at
#       1280x800, each stamped with this build's version, its page, language and the example
#       plan's hash (build-aux/check-store.py stamp), which the screenshots test compares.
#       Without PAGE: every page the metainfo shows.
# Needs a build in _build, Xvfb, xdotool and ImageMagick's import. Each PNG is the window
# alone.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

all_pages="overview people objectives strategy technology preparation roadmap rose maturity calendar roles"
example=data/examples/koers-example-nl.koers
metainfo=data/io.github.koersplan.Koers.metainfo.xml.in

if [ "${1:-}" = "--store" ]; then
  shift
  store=1
  out=data/screenshots
  languages="en nl"
  sizes="1280x800"
  if [ $# -gt 0 ]; then
    pages="$*"
  else
    # The pages whose English image the metainfo names.
    pages=$(grep -o 'data/screenshots/en/[a-z0-9-]*\.png' "$metainfo" \
              | sed 's|.*/||; s|\.png$||' | tr '\n' ' ')
  fi
else
  store=0
  out=${1:?usage: screenshots.sh OUTDIR [LANGUAGES] [SIZES] [PAGES] | --store [PAGE...]}
  languages=${2:-nl en}
  sizes=${3:-1280x800 800x600}
  pages=${4:-$all_pages}
fi

for page in $pages; do
  case " $all_pages " in
    *" $page "*) ;;
    *) echo "screenshots.sh: unknown page '$page' (pages: $all_pages)" >&2; exit 64 ;;
  esac
done

[ -x _build/src/koers ] || { echo "screenshots.sh: build first (meson compile -C _build)" >&2; exit 1; }
version=$(meson introspect _build --projectinfo \
            | python3 -c 'import json, sys; print(json.load(sys.stdin)["version"])')

mkdir -p "$out"
work=$(mktemp -d)
trap 'kill "${xvfb:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

for size in $sizes; do
  width=${size%x*}; height=${size#*x}
  Xvfb :73 -noreset -screen 0 "${size}x24" >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  # The pointer in a corner, not over a widget: no hover state or tooltip in the picture.
  DISPLAY=:73 xdotool mousemove "$((width - 1))" "$((height - 1))" 2>/dev/null || true
  for lang in $languages; do
    for page in $pages; do
      if [ "$store" = 1 ]; then
        mkdir -p "$out/$lang"
        file="$out/$lang/$page.png"
      else
        file="$out/$lang-$size-$page.png"
      fi
      rm -rf "$work/config" "$work/data"
      mkdir -p "$work/config/glib-2.0/settings"
      printf '[io/github/koersplan/Koers]\nlast-page=%s\nwindow-width=%d\nwindow-height=%d\nlanguage=%s\n' \
        "'$page'" "$width" "$height" "'$lang'" > "$work/config/glib-2.0/settings/keyfile"
      DISPLAY=:73 GSETTINGS_BACKEND=keyfile XDG_CONFIG_HOME="$work/config" \
        XDG_DATA_HOME="$work/data" GSK_RENDERER=cairo GTK_A11Y=none \
        GSETTINGS_SCHEMA_DIR=_build/data KOERS_LOCALEDIR=_build/po \
        LANGUAGE=$lang LC_ALL=C.UTF-8 \
        timeout 12 _build/src/koers "$example" >/dev/null 2>&1 &
      app=$!
      sleep 4
      id=$(DISPLAY=:73 xdotool search --onlyvisible --pid "$app" 2>/dev/null | tail -1 || true)
      if [ -n "$id" ]; then
        DISPLAY=:73 import -window "$id" "$file"
      else
        DISPLAY=:73 import -window root "$file"
      fi
      kill "$app" 2>/dev/null || true
      wait "$app" 2>/dev/null || true
      if [ "$store" = 1 ]; then
        # Only the pixels and the stamp: no time chunks, so the same build makes the same file.
        mogrify -strip -define png:exclude-chunks=date,time "$file"
        python3 build-aux/check-store.py stamp --version "$version" --page "$page" \
          --lang "$lang" --example "$example" "$file"
      fi
    done
  done
  kill "$xvfb"; wait "$xvfb" 2>/dev/null || true
done
echo "screenshots in $out"
