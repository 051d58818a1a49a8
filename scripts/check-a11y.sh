#!/usr/bin/env bash
# check-a11y.sh [SITE_DIR] — accessibility of a built Koho site: axe-core 4.12 (WCAG 2.0/2.1/2.2 A+AA and
# best practice) in headless Chromium on every page, in light and dark colour schemes, at 1280 px and
# 390 px wide; fails on serious or critical. (HTML validity is scripts/check-site.sh's job.)
# Without SITE_DIR it builds the example site of this repository (swift build, or $KOHO).
# When base_url has a path (https://example.jp/kaku/), the site is staged under that path so
# root-relative links resolve. Installs its tools on first use (scripts/site-tools.sh).
#
# Env: KOHO=path/to/koho   FAIL_ON=serious (axe impact that fails)   A11Y_ARGS="..." (extra check-a11y.py
#      arguments, e.g. --pages 'staff/*')   MODES="light dark mobile"   WORKERS=2
# Exit: 0 clean, 1 problems found, 2 setup problem.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
venv="$("$here/site-tools.sh")"

stage="$(mktemp -d "${TMPDIR:-/tmp}/koho-a11y.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
root="$stage/root"
if [ $# -ge 1 ]; then
  # A built site; BASE_PATH=kaku/ when its base_url has a path.
  base_path="${BASE_PATH:-}"
  mkdir -p "$(dirname "$root/${base_path%/}")"
  cp -r "$1" "$root/${base_path%/}"
else
  if [ -z "${KOHO:-}" ]; then
    (cd "$repo" && swift build --product koho >&2)
    KOHO="$(cd "$repo" && swift build --show-bin-path)/koho"
  fi
  # base_url's path in site.yml ("https://example.jp/kaku/" -> "kaku/")
  base_path="$(sed -n 's|^base_url:[[:space:]]*["'"'"']\{0,1\}[a-z]*://[^/]*/\([^"'"'"' ]*\).*|\1|p' "$repo/site.yml" | head -1)"
  "$KOHO" build --source "$repo" --output "$root/${base_path%/}" >&2
fi

fail=0
for mode in ${MODES:-light dark mobile}; do
  args=(--fail-on "${FAIL_ON:-serious}" --workers "${WORKERS:-2}" -q)
  case "$mode" in dark) args+=(--dark) ;; mobile) args+=(--mobile) ;; esac
  echo "== axe ($mode)" >&2
  # shellcheck disable=SC2086
  "$venv/bin/python" "$here/check-a11y.py" "$root" "${args[@]}" ${A11Y_ARGS:-} || { rc=$?; [ $rc -eq 2 ] && exit 2; fail=1; }
done

exit $fail
