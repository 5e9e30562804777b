#!/usr/bin/env bash
# Import 100,000 rows and rescore one whole period on SQLite and on PostgreSQL, side by side
# (Scoring.Bench "--stores"; docs/benchmarks.md, "PostgreSQL next to SQLite"). Starts a throwaway local PostgreSQL
# (scripts/lib/throwaway-postgres.sh) with default durability settings; each run gets its own database there.
# NO_BUILD=1 skips the Release build (when a build lock is held around this script).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/throwaway-postgres.sh
[ "${NO_BUILD:-0}" = 1 ] || dotnet build -c Release Scoring.Bench >/dev/null
BENCH_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres" \
  dotnet Scoring.Bench/bin/Release/net10.0/Scoring.Bench.dll --stores
