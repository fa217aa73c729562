#!/usr/bin/env bash
# Installs the Debian 12 packages Kontor needs to build, run and test. Idempotent: packages
# already present are skipped; apt-get update only runs when something is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format
  # fuzzing (clang's libFuzzer runtime)
  clang libclang-rt-14-dev
  # Qt 6.4 and QtKeychain
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  # SQLite headers: the client steps SQLite directly for bulk reads of row ids
  libsqlite3-dev
  # server libraries
  libboost-dev libsodium-dev libcurl4-openssl-dev libphonenumber-dev
  # the desktop client's allocator (fast bulk imports)
  libjemalloc-dev
  # services the tests talk to: PostgreSQL, an SMTP server, a Secret Service
  postgresql python3 python3-aiosmtpd dbus dbus-x11 gnome-keyring
  # GUI under a virtual display (screenshots, run command on a headless box)
  xvfb xauth
  # packaging: .deb tools, icon rendering, desktop entry and AppStream checks
  dpkg-dev file librsvg2-bin desktop-file-utils appstream
  # the AppStream screenshot (packaging/take-screenshot.sh)
  imagemagick
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
