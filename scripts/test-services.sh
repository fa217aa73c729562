#!/usr/bin/env bash
# Runs a command with the services the end-to-end tests use:
# - PostgreSQL 15 (Debian's cluster 15/main, started if down) with a role `kontor_test` that may
#   create databases; its URL is exported as KONTOR_TEST_POSTGRES_URL. Tests create and drop
#   their own databases.
# - a session D-Bus with an unlocked gnome-keyring Secret Service (QtKeychain tests).
# SMTP servers are started by the tests themselves (/usr/bin/python3 -m aiosmtpd).
# Usage: scripts/test-services.sh <command> [args…]
set -euo pipefail

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
as_postgres=("${sudo[@]}" runuser -u postgres --)
[ "$(id -u)" -eq 0 ] || as_postgres=(sudo -u postgres)

if ! pg_lsclusters -h 2>/dev/null | grep -q '^15 *main'; then
  "${sudo[@]}" pg_createcluster 15 main >/dev/null
fi
if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "main" {print $4}' | grep -q online; then
  "${sudo[@]}" pg_ctlcluster 15 main start
fi
for _ in $(seq 1 30); do
  "${as_postgres[@]}" psql -qAtc 'select 1' >/dev/null 2>&1 && break
  sleep 1
done
"${as_postgres[@]}" psql -qAt -v ON_ERROR_STOP=1 <<'SQL' >/dev/null
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kontor_test') THEN
    CREATE ROLE kontor_test LOGIN CREATEDB PASSWORD 'kontor_test';
  END IF;
END $$;
SQL
export KONTOR_TEST_POSTGRES_URL="postgresql://kontor_test:kontor_test@127.0.0.1:5432/postgres"

# A private session bus with an unlocked keyring, as a desktop session would have.
exec dbus-run-session -- bash -c '
  export XDG_RUNTIME_DIR=$(mktemp -d) 
  chmod 700 "$XDG_RUNTIME_DIR"
  export KONTOR_KEYRING_HOME=$(mktemp -d)
  HOME="$KONTOR_KEYRING_HOME" XDG_DATA_HOME="$KONTOR_KEYRING_HOME/.local/share" \
    sh -c "printf kontor-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
  exec "$@"' kontor-test-services "$@"
