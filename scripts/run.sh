#!/usr/bin/env bash
# Builds Kontor and runs it: kontor-server on a SQLite file with the demo firm ("Kanzlei
# Demo": an owner, two employees, 300 German accounts, pending invitations) and the desktop
# client signed in as the owner. A second run reuses the demo data. Works on a fresh Debian 12.
#   KONTOR_DEMO_DIR  where the demo data lives (default ~/.local/share/kontor-demo)
#   KONTOR_DEMO_PORT the server's port on 127.0.0.1 (default 8470)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# Headless machine: a private session bus with an unlocked keyring for the client's token, as
# a desktop session would have (the keyring lives in the demo folder, never in your own).
data=${KONTOR_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/kontor-demo}
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [ -z "${KONTOR_RUN_NESTED:-}" ]; then
  scripts/install-deps.sh
  mkdir -p "$data/keyring"
  exec env KONTOR_RUN_NESTED=1 dbus-run-session -- bash -c '
    export XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
    XDG_DATA_HOME="$1/keyring" sh -c "printf kontor-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
    exec "$0" "${@:2}"' "$root/scripts/run.sh" "$data" "$@"
fi
[ -n "${KONTOR_RUN_NESTED:-}" ] || scripts/install-deps.sh

cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)" --target kontor kontor-server

port=${KONTOR_DEMO_PORT:-8470}
url="http://127.0.0.1:$port"
mkdir -p "$data"
db="$data/kontor-demo.db"
build/dev/server/kontor-server demo --database "$db" --public-url "$url"
umask 077
printf 'kontor-demo' > "$data/owner-password"

build/dev/server/kontor-server serve --database "$db" --listen "127.0.0.1:$port" \
  --public-url "$url" >"$data/server.log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q "listening on" "$data/server.log" && break
  kill -0 $server 2>/dev/null || { cat "$data/server.log"; exit 1; }
  sleep 0.1
done
echo "Kontor server: $url (log: $data/server.log)"
echo "Sign-in: inhaberin@kanzlei-demo.de / kontor-demo (employees: max.mitarbeiter@kanzlei-demo.de, eva.einsteigerin@kanzlei-demo.de)"

client=(build/dev/ui/kontor --server "$url" --email inhaberin@kanzlei-demo.de
        --password-file "$data/owner-password" "$@")
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: the client runs in a virtual display (xvfb-run)."
  xvfb-run -a "${client[@]}"
else
  "${client[@]}"
fi
