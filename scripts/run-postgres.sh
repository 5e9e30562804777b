#!/usr/bin/env bash
# Runs the dashboard on a throwaway local PostgreSQL: initdb and pg_ctl from the installed server
# (/usr/lib/postgresql/*/bin) in a temp folder on a free port, trust authentication on 127.0.0.1, then
# `dotnet run --project Dashboard.Web` with Storage__Provider=PostgreSql. The cluster is stopped and deleted when the
# dashboard exits (Ctrl+C). As root the cluster runs as the postgres OS user, since initdb refuses root.
# Usage: scripts/run-postgres.sh [extra dotnet run arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "No PostgreSQL server found under /usr/lib/postgresql (apt-get install postgresql)." >&2
  exit 1
fi

dir=$(mktemp -d /tmp/dashboardkpi-pg-XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$dir"
  as_pg=(runuser -u postgres --)
fi

stop() {
  "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -c listen_addresses=127.0.0.1 -k $dir" start >/dev/null
"${as_pg[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE dashboardkpi" >/dev/null
echo "PostgreSQL on 127.0.0.1:$port (database dashboardkpi, data in $dir, deleted on exit)"

export Storage__Provider=PostgreSql
export Storage__ConnectionString="Host=127.0.0.1;Port=$port;Username=postgres;Database=dashboardkpi"
export Auth__BootstrapAdminPassword="${Auth__BootstrapAdminPassword:-choose-a-long-one}"
dotnet run --project Dashboard.Web "$@"
