#!/usr/bin/env bash
# Builds the Debian packages from a configured build tree, checks the desktop entry and the
# AppStream metainfo, installs both packages (apt resolves their dependencies), runs the
# installed programs from their installed paths and removes the packages again.
# Usage: scripts/package-check.sh [build-dir]   (default build/dev)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

desktop-file-validate packaging/linux/de.kontor.Kontor.desktop
appstreamcli validate --no-net --pedantic packaging/linux/de.kontor.Kontor.metainfo.xml

rm -rf "$build/packages"
(cd "$build" && cpack -G DEB >/dev/null)
client=$(ls "$build"/packages/kontor_*.deb)
server=$(ls "$build"/packages/kontor-server_*.deb)
echo "built: $(basename "$client") $(basename "$server")"
dpkg-deb -f "$client" Depends
dpkg-deb -f "$server" Depends

cleanup() { "${sudo[@]}" dpkg -r kontor kontor-server >/dev/null 2>&1 || true; }
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends \
  "$(realpath "$client")" "$(realpath "$server")" >/dev/null

test -f /usr/share/applications/de.kontor.Kontor.desktop
test -f /usr/share/metainfo/de.kontor.Kontor.metainfo.xml
test -f /usr/share/icons/hicolor/256x256/apps/de.kontor.Kontor.png
test -f /usr/lib/systemd/system/kontor-server.service || test -f /lib/systemd/system/kontor-server.service
test -f /etc/default/kontor-server
getent passwd kontor >/dev/null
/usr/bin/kontor --version | grep -q "kontor "
/usr/bin/kontor-cli --version | grep -q "kontor-cli "
/usr/bin/kontor-server --help | grep -q serve
echo "installed packages work: kontor --version, kontor-cli --version and kontor-server --help from /usr/bin"
