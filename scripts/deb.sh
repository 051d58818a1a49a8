#!/usr/bin/env bash
# `make deb`: dist/koho_<version>_<arch>.deb from the folder `make dist` unpacks (.build/dist/): /usr/bin/koho,
# its man page, bash/zsh/fish completions where Debian's shells look for them, and Depends: computed from the
# binary by dpkg-shlibdeps (scripts/dist-deps.sh), so a library linked later is depended on by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
command -v dpkg-shlibdeps >/dev/null || ./scripts/install-deps.sh dist
./scripts/dist.sh >/dev/null
bin="$($SWIFT build -c release --show-bin-path)/koho"
version=$("$bin" --version)
stage=".build/dist/koho-$version-linux-$(uname -m)"
arch=$(dpkg --print-architecture)
date=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
root=".build/deb/koho_${version}_$arch"
rm -rf "$root"
install -d "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/man/man1" "$root/usr/share/doc/koho" \
  "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
  "$root/usr/share/fish/vendor_completions.d"
install -m 0755 "$stage/koho" "$root/usr/bin/koho"
gzip -9n <"$stage/koho.1" >"$root/usr/share/man/man1/koho.1.gz"
# bash-completion sources the file: no #! line.
sed '1{/^#!/d}' "$stage/completions/koho.bash" >"$root/usr/share/bash-completion/completions/koho"
install -m 0644 "$stage/completions/_koho" "$root/usr/share/zsh/vendor-completions/_koho"
install -m 0644 "$stage/completions/koho.fish" "$root/usr/share/fish/vendor_completions.d/koho.fish"
chmod 0644 "$root/usr/share/man/man1/koho.1.gz" "$root/usr/share/bash-completion/completions/koho"

# copyright (machine-readable): Koho, then each licence linked into the binary, in full.
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: koho"
  echo
  echo "Files: *"
  echo "Copyright: Koho contributors"
  if [ -f LICENSE ]; then
    echo "License: see-below"
    sed 's/^$/./; s/^/ /' LICENSE
  else
    echo "License: not-yet-chosen"
    echo " The Koho project has not chosen a licence yet."
  fi
  for file in "$stage"/licenses/*.txt; do
    name=$(basename "$file" .txt)
    case "$name" in debian-*) continue ;; esac
    echo
    echo "Files: usr/bin/koho"
    echo "Comment: linked into the binary: $name"
    echo "Copyright: the $name authors"
    if grep -q "Apache License" "$file"; then
      # Debian keeps Apache 2.0 once, in common-licenses; what follows its terms (Swift's Runtime Library
      # Exception) is quoted.
      if grep -q "Runtime Library Exception" "$file"; then
        echo "License: Apache-2.0 with Runtime-Library-Exception"
      else
        echo "License: Apache-2.0"
      fi
      echo " On Debian systems, the full text of the Apache License 2.0 is in"
      echo " /usr/share/common-licenses/Apache-2.0."
      sed -n '/Runtime Library Exception/,$p' "$file" | sed 's/^[[:space:]]*$/./; s/^/ /'
    else
      echo "License: other"
      sed 's/^[[:space:]]*$/./; s/^/ /' "$file"
    fi
  done
} >"$root/usr/share/doc/koho/copyright"
printf 'koho (%s) unstable; urgency=medium\n\n  * Release %s.\n\n -- Koho contributors <koho@example.org>  %s\n' \
  "$version" "$version" "$(date -u -R -d "$date")" | gzip -9n >"$root/usr/share/doc/koho/changelog.gz"
chmod 0644 "$root/usr/share/doc/koho/"*

depends=$(./scripts/dist-deps.sh depends "$root/usr/bin/koho")
cat >"$root/DEBIAN/control" <<CONTROL
Package: koho
Version: $version
Architecture: $arch
Maintainer: Koho contributors <koho@example.org>
Installed-Size: $(du -sk "$root/usr" | cut -f1)
Depends: $depends
Section: web
Priority: optional
Homepage: https://example.org/koho
Description: static-site generator for an office's staff, departments and posts
 Koho builds a website of who an office's staff are, what each department
 does, and dated activity posts, from a folder of Markdown and YAML files,
 with feeds, share links and messages in Japanese or English.
CONTROL
mkdir -p dist
dpkg-deb --root-owner-group -Zxz --build "$root" "dist/koho_${version}_$arch.deb" >/dev/null
echo "dist/koho_${version}_$arch.deb"
