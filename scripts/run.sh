#!/usr/bin/env bash
# Builds Kontor and starts it. Works on a fresh Debian 12.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)" --target kontor kontor-server

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting Kontor in a virtual display (xvfb-run)."
  exec xvfb-run -a build/dev/ui/kontor "$@"
fi
exec build/dev/ui/kontor "$@"
