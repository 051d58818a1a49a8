#!/usr/bin/env bash
# screenshots.sh [OUTDIR] — screenshots of the example site: home, staff directory, a profile, a
# department and a post, at 390 px and 1280 px wide, in light and dark (20 PNGs, whole pages).
# Builds the site (swift build, or $KOHO) under base_url's path; installs its tools on
# first use (scripts/site-tools.sh). OUTDIR defaults to shots/ (git-ignored).
# Env: KOHO=path/to/koho  PAGES="name=path ..." (paths under the site root)  WIDTHS=390,1280
#      SCHEMES=light,dark  VIEWPORT=1 (first screen only)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
out="${1:-$repo/shots}"
venv="$("$here/site-tools.sh")"
if [ -z "${KOHO:-}" ]; then
  (cd "$repo" && swift build --product koho >&2)
  KOHO="$(cd "$repo" && swift build --show-bin-path)/koho"
fi
base_path="$(sed -n 's|^base_url:[[:space:]]*["'"'"']\{0,1\}[a-z]*://[^/]*/\([^"'"'"' ]*\).*|\1|p' "$repo/site.yml" | head -1)"
stage="$(mktemp -d "${TMPDIR:-/tmp}/koho-shots.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
"$KOHO" build --source "$repo" --output "$stage/${base_path%/}" >&2
pages=(${PAGES:-home=index.html staff=staff/index.html profile=staff/tanaka-kenichi/index.html
       department=departments/bosai/index.html post=posts/sogo-bosai-kunren/index.html})
specs=()
for p in "${pages[@]}"; do specs+=("${p%%=*}=${base_path}${p#*=}"); done
args=(--widths "${WIDTHS:-390,1280}" --schemes "${SCHEMES:-light,dark}")
[ "${VIEWPORT:-0}" = 1 ] && args+=(--viewport)
"$venv/bin/python" "$here/screenshots.py" "$stage" "$out" "${specs[@]}" "${args[@]}"
