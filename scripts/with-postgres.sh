#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server for the shared server's tests (ADR 0027): installs
# Debian's `postgresql` when it is missing and the machine allows (root with apt-get), starts a cluster
# in a temporary folder on a local port (as the current user, or as `postgres` when run as root, since
# initdb refuses root), exports TEST_DATABASE_URL, runs the command, and stops the cluster after.
# Without PostgreSQL the command still runs, and the PostgreSQL tests say why they skip.
set -uo pipefail

find_bin() {
  local found
  found=$(command -v "$1" 2>/dev/null) && { echo "$found"; return; }
  ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -1
}

if [ -z "$(find_bin initdb)" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing PostgreSQL (apt-get install postgresql) for the server tests…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) ||
    echo "Could not install PostgreSQL."
fi
INITDB=$(find_bin initdb)
PG_CTL=$(find_bin pg_ctl)
if [ -z "$INITDB" ] || [ -z "$PG_CTL" ]; then
  echo "PostgreSQL is not installed and cannot be installed here: its server tests will skip."
  exec "$@"
fi

AS=()
if [ "$(id -u)" = 0 ]; then
  if id postgres >/dev/null 2>&1; then AS=(runuser -u postgres --); else
    echo "Running as root without a postgres user: the PostgreSQL server tests will skip."
    exec "$@"
  fi
fi
DIR=$(mktemp -d /tmp/ac-pg-XXXXXX)
chmod 755 "$DIR"
[ ${#AS[@]} -gt 0 ] && chown postgres "$DIR"
PORT=${PG_TEST_PORT:-$((54000 + RANDOM % 1000))}
stop() {
  "${AS[@]}" "$PG_CTL" -D "$DIR/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$DIR"
}
if "${AS[@]}" "$INITDB" -D "$DIR/data" -U postgres --auth=trust >"$DIR/initdb.log" 2>&1 &&
  "${AS[@]}" "$PG_CTL" -D "$DIR/data" -l "$DIR/server.log" -w \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1" start >/dev/null; then
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
  echo "PostgreSQL for the server tests at 127.0.0.1:$PORT (stopped after)."
  trap stop EXIT
  "$@"
  exit $?
fi
echo "PostgreSQL did not start (see below): its server tests will skip."
tail -5 "$DIR/initdb.log" "$DIR/server.log" 2>/dev/null
rm -rf "$DIR"
exec "$@"
