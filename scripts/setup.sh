#!/usr/bin/env bash
# Idempotent, non-interactive setup for a fresh Debian 12 machine: installs the
# libraries claimgraph builds against and the tools its tests use.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

PKGS=(build-essential cmake pkg-config
      libserd-dev libsord-dev serdi sordi
      libboost-graph-dev libpugixml-dev libgtest-dev libgmock-dev libbenchmark-dev
      libgumbo-dev libutf8proc-dev nlohmann-json3-dev libmimalloc-dev
      libxml2-utils iso-codes parallel librsvg2-bin)

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# node and npm come with this machine image; Debian's npm conflicts with the
# preinstalled nodejs, so install them only where node is missing.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "setup: installing nodejs npm" >&2
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

# Pinned npm packages for the interoperability tests.
here="$(cd "$(dirname "$0")/.." && pwd)"
if [ -f "$here/tests/interop/package-lock.json" ]; then
  stamp="$here/tests/interop/node_modules/.lock-stamp"
  if [ ! -f "$stamp" ] || ! cmp -s "$stamp" "$here/tests/interop/package-lock.json"; then
    (cd "$here/tests/interop" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
    cp "$here/tests/interop/package-lock.json" "$stamp"
  fi
fi
