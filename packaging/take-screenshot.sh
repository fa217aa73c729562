#!/usr/bin/env bash
# Takes the AppStream screenshot from the real application: the README's run command (server
# with the demo firm, client signed in) in a 1280×800 virtual display, captured with
# ImageMagick's `import`. Writes packaging/screenshots/kontor-main-window.png.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

out=packaging/screenshots/kontor-main-window.png
demo=$(mktemp -d)
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
cleanup() {
  [ -n "${run:-}" ] && kill -TERM -- -"$run" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$demo"
}
trap cleanup EXIT
sleep 1

# German UI, the window filling the display (Qt's -geometry on X11).
set -m
DISPLAY=$display LANG=de_DE.UTF-8 LANGUAGE=de KONTOR_DEMO_DIR=$demo KONTOR_DEMO_PORT=$((18000 + RANDOM % 1000)) \
  scripts/run.sh -geometry 1280x800+0+0 >"$demo/run.log" 2>&1 &
run=$!
set +m
for _ in $(seq 1 600); do
  grep -q "signed in online" "$demo/run.log" && break
  kill -0 "$run" 2>/dev/null || { cat "$demo/run.log"; exit 1; }
  sleep 0.5
done
sleep 5 # the first sync fills the list
import -display "$display" -window root "$out"
echo "wrote $out"
