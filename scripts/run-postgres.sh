#!/usr/bin/env bash
# Runs the dashboard on a throwaway local PostgreSQL (scripts/lib/throwaway-postgres.sh), then
# `dotnet run --project Dashboard.Web` with Storage__Provider=PostgreSql. The cluster is stopped and deleted when the
# dashboard exits (Ctrl+C).
# Usage: scripts/run-postgres.sh [extra dotnet run arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/throwaway-postgres.sh
echo "PostgreSQL on 127.0.0.1:$PG_PORT (database dashboardkpi, data in $PG_DIR, deleted on exit)"

export Storage__Provider=PostgreSql
export Storage__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=dashboardkpi"
export Auth__BootstrapAdminPassword="${Auth__BootstrapAdminPassword:-choose-a-long-one}"
dotnet run --project Dashboard.Web "$@"
