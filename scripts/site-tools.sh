#!/usr/bin/env bash
# site-tools.sh — installs (idempotently) what scripts/check-a11y.sh and scripts/screenshots.sh need — the
# site checks' tools plus headless Chromium, chromedriver, selenium and axe-core (site-check/install.sh
# --browser) — and prints the venv's path on stdout.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
"$here/site-check/install.sh" --browser >&2
echo "${KOHO_CHECK_VENV:-$repo/.build-check/venv}"
