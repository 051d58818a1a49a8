#!/usr/bin/env bash
# `make dist-check`: proves the packed koho runs where Swift is absent, and that the Debian package installs.
#  1. `make deb` (which makes the tarball too); lintian on the package: no errors.
#  2. The tarball's koho: ldd shows no library from the Swift toolchain and none missing; then, in a mount
#     namespace with an empty tmpfs over the toolchain's folder (Swift is gone), `koho init --example` and
#     `koho init` sites and the repository's example site are built.
#  3. A Debian 12 root made by debootstrap (cached in .build-check/debian12/, made once): `apt install
#     ./koho_*.deb` into a fresh copy of it, then `koho init` + `koho build` there, the man page and the
#     completions in place. Needs root (CI and this project's machines run as root) and Debian's mirror.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
./scripts/install-deps.sh dist-check
deb=$(./scripts/deb.sh)
bin="$($SWIFT build -c release --show-bin-path)/koho"
version=$("$bin" --version)
tarball="dist/koho-$version-linux-$(uname -m).tar.gz"
echo "== $tarball, $deb"

echo "== lintian"
lintian --fail-on error --tag-display-limit 0 "$deb"

work=$(mktemp -d /tmp/koho-dist-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work"
koho="$work/koho-$version-linux-$(uname -m)/koho"
toolchain=$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v "$SWIFT")")")")")
echo "== ldd (toolchain: $toolchain)"
ldd "$koho" | tee "$work/ldd.txt"
if grep -q -e "$toolchain" -e "not found" -e libswift -e libFoundation "$work/ldd.txt"; then
  echo "dist-check: koho loads a library of the Swift toolchain, or one is missing" >&2
  exit 1
fi

echo "== without Swift: an empty tmpfs over $toolchain"
mkdir -p "$work/example" && cp -r site.yml content static themes "$work/example/"
unshare -m --propagation private bash -euo pipefail -c '
  mount -t tmpfs none "$1"
  koho="$2"; work="$3"
  if [ -n "$(ls -A "$1")" ] || swift --version >/dev/null 2>&1; then
    echo "the toolchain is still there" >&2; exit 1
  fi
  "$koho" --version
  cd "$work"
  "$koho" init starter --lang ja >/dev/null && "$koho" build --source starter
  "$koho" init city --example >/dev/null && "$koho" build --source city
  "$koho" build --source example --base-url https://example.org/city/
' hide "$toolchain" "$koho" "$work"

echo "== Debian 12 (debootstrap), apt install ./$(basename "$deb")"
base=.build-check/debian12
if [ ! -f "$base/.complete" ]; then
  rm -rf "$base"
  mkdir -p .build-check
  debootstrap --variant=minbase bookworm "$base" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log" >&2; exit 1; }
  touch "$base/.complete"
fi
root="$work/root"
cp -a "$base" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
unshare -m --propagation private bash -euo pipefail -c '
  root="$1"; deb="$2"
  mount -t proc proc "$root/proc"
  chroot "$root" bash -euo pipefail -c "
    export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends /tmp/$deb >/dev/null
    ! command -v swift
    koho --version
    test -f /usr/share/man/man1/koho.1.gz
    test -f /usr/share/bash-completion/completions/koho
    test -f /usr/share/zsh/vendor-completions/_koho
    test -f /usr/share/fish/vendor_completions.d/koho.fish
    cd /tmp && koho init site --lang en && cd site && koho build
    cd /tmp && koho init kaku --example >/dev/null && koho build --source kaku
  "
' chroot "$root" "$(basename "$deb")"
echo "dist-check: passed"
