# Sourced by scripts that need a throwaway local PostgreSQL: initdb and pg_ctl from the installed server
# (/usr/lib/postgresql/*/bin) in a temp folder on a free port, trust authentication on 127.0.0.1, default durability
# settings. Creates the database dashboardkpi, sets PG_PORT and PG_DIR, and stops and deletes the cluster on exit.
# As root the cluster runs as the postgres OS user, since initdb refuses root.

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "No PostgreSQL server found under /usr/lib/postgresql (apt-get install postgresql)." >&2
  exit 1
fi

PG_DIR=$(mktemp -d /tmp/dashboardkpi-pg-XXXXXX)
PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
pg_as=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$PG_DIR"
  pg_as=(runuser -u postgres --)
fi

stop_postgres() {
  "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_postgres EXIT
# A signal (Ctrl+C, kill, timeout) ends the script through exit, so the EXIT trap stops the cluster too.
trap 'exit 130' INT
trap 'exit 143' TERM

"${pg_as[@]}" "$pg_bin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${pg_as[@]}" "$pg_bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR" start >/dev/null
"${pg_as[@]}" "$pg_bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE dashboardkpi" >/dev/null
