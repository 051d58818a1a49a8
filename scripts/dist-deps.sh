#!/usr/bin/env bash
# What a built koho needs and carries, read from the binary and its link, in one place for `make dist` and
# `make deb`:
#   dist-deps.sh depends BIN   the Debian `Depends:` line for BIN's shared libraries (dpkg-shlibdeps)
#   dist-deps.sh packages BIN  the Debian packages of BIN's shared libraries, one a line (ldd + dpkg -S)
#   dist-deps.sh swift BIN     the Swift packages linked into BIN (from SwiftPM's link list), one checkout a line
# A library added later (a new .systemLibrary) shows up here by itself once the binary links it. What the
# binary reads at run time but does not link cannot be seen in it: those data packages are named here, once.
set -euo pipefail
# MeCab's UTF-8 IPA dictionary (furigana) and the Japanese font share cards are drawn in.
data_packages=(mecab-ipadic-utf8 fonts-noto-cjk)
what=${1:?usage: dist-deps.sh depends|packages|swift BIN}
bin=${2:?usage: dist-deps.sh depends|packages|swift BIN}
bin=$(readlink -f "$bin")

# The shared libraries BIN loads, by their real path; the dynamic loader itself is libc6's.
libraries() {
  ldd "$bin" | awk '/=> \// { print $3 } /^\t\/.*ld-linux/ { print $1 }' | while read -r lib; do
    readlink -f "$lib"
  done | sort -u
}

case "$what" in
  depends)
    # dpkg-shlibdeps wants a debian/control beside it; a throwaway one in a temporary folder will do.
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    mkdir -p "$work/debian"
    printf 'Source: koho\n\nPackage: koho\nArchitecture: any\n' >"$work/debian/control"
    shlibs=$( (cd "$work" && dpkg-shlibdeps -O -e"$bin" 2>/dev/null) | sed -n 's/^shlibs:Depends=//p')
    printf '%s' "$shlibs"
    for package in "${data_packages[@]}"; do printf ', %s' "$package"; done
    echo
    ;;
  packages)
    libraries | while read -r lib; do
      # /lib is /usr/lib on Debian 12 (merged /usr): dpkg knows a file by the path its package shipped.
      dpkg -S "$lib" 2>/dev/null || dpkg -S "${lib#/usr}" 2>/dev/null || echo "unpackaged: $lib" >&2
    done | cut -d: -f1 | sort -u
    printf '%s\n' "${data_packages[@]}"
    ;;
  swift)
    # Every object file the link took, by module; each module's package is the checkout whose Sources/ has it.
    list=$(dirname "$bin")/koho.product/Objects.LinkFileList
    [ -f "$list" ] || { echo "no link list at $list: build koho first" >&2; exit 1; }
    modules=$(sed -n 's#.*/\([^/]*\)\.build/[^/]*\.o$#\1#p' "$list" | sort -u)
    root=$(cd "$(dirname "$0")/.." && pwd)
    for checkout in "$root"/.build/checkouts/*/; do
      for module in $modules; do
        if [ -d "$checkout/Sources/$module" ]; then echo "${checkout%/}"; break; fi
      done
    done
    ;;
  *) echo "usage: dist-deps.sh depends|packages|swift BIN" >&2; exit 2 ;;
esac
