#!/usr/bin/env bash
# `make dist`: koho built for release with the Swift runtime and Foundation linked in (--static-swift-stdlib),
# so it needs only libc and the Debian libraries its .systemLibrary targets link (scripts/dist-deps.sh lists
# them from the binary), packed with its licences, man page and shell completions as
#   dist/koho-<version>-linux-<arch>.tar.gz
# The version is the one `koho --version` prints (`Koho.version` in Sources/koho/Koho.swift).
# Leaves the unpacked folder in .build/dist/koho-<version>-linux-<arch>/ for `make deb` and `make dist-check`.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}

date=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
$SWIFT build -c release --product koho --static-swift-stdlib
# The man page, generated from the command's own help by swift-argument-parser's generate-manual: the tool its
# `generate-manual` plugin runs, built here as a product of the dependency with the same flags as koho (the
# plugin itself would build every product again in another configuration, which doubles the build time).
$SWIFT build -c release --product generate-manual --static-swift-stdlib
bin="$($SWIFT build -c release --show-bin-path)/koho"
version=$("$bin" --version)
name="koho-$version-linux-$(uname -m)"
stage=".build/dist/$name"
rm -rf "$stage"
mkdir -p "$stage/completions" "$stage/licenses"

install -m 0755 "$bin" "$stage/koho"
strip --strip-unneeded "$stage/koho"
"$(dirname "$bin")/generate-manual" "$bin" --output-directory "$stage" --date "$date" --authors "Koho contributors"
"$stage/koho" --generate-completion-script bash >"$stage/completions/koho.bash"
"$stage/koho" --generate-completion-script zsh >"$stage/completions/_koho"
"$stage/koho" --generate-completion-script fish >"$stage/completions/koho.fish"

# Licences: Koho's own, then what is linked into the binary (the Swift runtime and Foundation, each Swift
# package the link took), then the Debian libraries it loads (not shipped here; installed by apt).
if [ -f LICENSE ]; then install -m 0644 LICENSE "$stage/LICENSE"; else echo "dist: no LICENSE in the repository" >&2; fi
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v "$SWIFT")")")")
install -m 0644 "$toolchain/share/swift/LICENSE.txt" "$stage/licenses/swift.txt"
./scripts/dist-deps.sh swift "$bin" | while read -r checkout; do
  for file in "$checkout"/LICENSE*; do
    [ -f "$file" ] && install -m 0644 "$file" "$stage/licenses/$(basename "$checkout").txt" && break
  done
done
packages=$(./scripts/dist-deps.sh packages "$stage/koho")
{
  echo "koho $version needs these Debian (12, bookworm) packages, which it loads as shared libraries:"
  echo
  echo "  apt install $(echo "$packages" | grep -v '^libc6$' | tr '\n' ' ')"
  echo
  echo "Their licences are in /usr/share/doc/<package>/copyright once installed. The Swift runtime, Foundation"
  echo "and the Swift packages listed in licenses/ are linked into the binary; their licences are in licenses/."
} >"$stage/README.txt"
for package in $packages; do
  [ -f "/usr/share/doc/$package/copyright" ] && install -m 0644 "/usr/share/doc/$package/copyright" "$stage/licenses/debian-$package.txt"
done

mkdir -p dist
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="$date 00:00Z" -C .build/dist -czf "dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz"
