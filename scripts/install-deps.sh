#!/usr/bin/env bash
# Installs the Debian packages Koho builds against, only when one is missing (idempotent, quiet when done).
# `./scripts/install-deps.sh bench` also installs Hugo, which only `make bench-site` needs; `dist` the tools of
# `make deb` (dpkg-shlibdeps) and `dist-check` those of its checks (lintian, debootstrap).
set -euo pipefail
# libvips-dev brings libvips and, through libheif, the AV1 encoder (libaom) that writes AVIF; MeCab reads
# kanji for furigana with the UTF-8 IPA dictionary; librsvg, cairo, Pango and a Japanese font draw share cards.
packages=(pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev libicu-dev libvips-dev libmecab-dev
  mecab-ipadic-utf8 librsvg2-dev libcairo2-dev libpango1.0-dev libfontconfig-dev fonts-noto-cjk)
for option in "$@"; do
  case "$option" in
    bench) packages+=(hugo) ;;
    dist) packages+=(dpkg-dev) ;;
    dist-check) packages+=(dpkg-dev lintian debootstrap) ;;
    *) echo "usage: $0 [bench|dist|dist-check]" >&2; exit 2 ;;
  esac
done
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
