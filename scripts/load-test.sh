#!/usr/bin/env bash
# Load test of the dashboard on loopback: starts the app (Release, fresh SQLite file with demo data), logs in,
# drives the overview, league table, a commune page and the ratings API with wrk at 32 connections for a bounded
# time each, and prints requests/s, p99 latency and errors, each page's size raw and gzipped, and the requests/s of
# the same bytes served as a static file by the same app in the same run (the ratio holds on a noisy machine).
# The overview's map is its own resource (/map/overview.svg), measured as such.
# Targets (issue 22): p99 < 50 ms at 32 connections, warm, 0 errors; the overview at half of static or better.
# Usage: scripts/load-test.sh [seconds-per-url, default 15]. Needs wrk (apt-get install wrk). Only 127.0.0.1 is targeted.
# WARMUP=<seconds> first drives each URL unmeasured for that long (default 10), so that what is measured is the
# server as it runs once started; WARMUP=0 measures the just-started process's JIT warm-up too, which dominates
# the first URL's first seconds (docs/benchmarks.md, "Load on the web").
# NO_BUILD=1 skips the script's own Release build (build first yourself, e.g. under a shared build lock that the
# run itself should hold too: `dotnet build -c Release Dashboard.Web && flock LOCK env NO_BUILD=1 scripts/load-test.sh`).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-15}"
warmup="${WARMUP:-10}"
port=5099
base="http://127.0.0.1:${port}"
work="$(mktemp -d)"
password="load-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }

if [ "${NO_BUILD:-0}" != 1 ]; then dotnet build -c Release Dashboard.Web -v q -nologo >/dev/null; fi
source scripts/lib/release-app.sh
# A first start prepares the demo data in the background: measure the pages as they are once it is done.
for _ in $(seq 1 300); do curl -s "${base}/health/ready" | grep -q '"status":"preparing"' || break; sleep 1; done

jar="${work}/cookies"
login_admin "${jar}"
cookie=$(awk '!/^#/ && NF >= 7 { printf "%s=%s; ", $6, $7 }' "${jar}"; awk '/^#HttpOnly_/ { printf "%s=%s; ", $6, $7 }' "${jar}")
status=$(curl -s -H "Cookie: ${cookie}" -o /dev/null -w '%{http_code}' "${base}/")
[ "${status}" = 200 ] || { echo "login failed (overview answered ${status}); cookies: ${cookie}" >&2; tail -5 "${work}/app.log" >&2; exit 1; }

period=$(date +%Y-%m)
map=$(curl -s -H "Cookie: ${cookie}" "${base}/" | grep -o 'data-src="/map/overview.svg[^"]*' | head -1 | sed 's/data-src="//; s/&amp;/\&/g')
# The same bytes as each page, served as a static file by the same app in the same run: the ratio is the figure
# that holds on a noisy machine (the page's own work against sending that many bytes).
static_dir="Dashboard.Web/wwwroot/_load"
mkdir -p "${static_dir}"
trap 'kill ${app} 2>/dev/null || true; rm -rf "${work}" "${static_dir}"' EXIT
drive() { # url -> "req/s p99 errors"
  if [ "${warmup}" -gt 0 ]; then wrk -t2 -c32 -d"${warmup}s" -H "Cookie: ${cookie}" -H "Accept-Encoding: identity" "$1" >/dev/null; fi
  local out
  out=$(wrk -t2 -c32 -d"${duration}s" --latency -H "Cookie: ${cookie}" -H "Accept-Encoding: identity" "$1")
  printf '%s %s %s\n' "$(awk '/Requests\/sec/ { print $2 }' <<<"${out}")" "$(awk '$1 == "99%" { print $2 }' <<<"${out}")" \
    "$(awk '/Non-2xx or 3xx responses/ { n += $NF } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"${out}")"
}
printf '\n%-44s %9s %9s %7s %9s %9s %9s %7s\n' "url" "req/s" "p99" "errors" "KB" "KB gzip" "static/s" "ratio"
n=0
for path in "/" "${map}" "/LeagueTable" "/Communes/Details/25747" "/api/v1/ratings?period=${period}"; do
  n=$((n + 1))
  curl -s -H "Cookie: ${cookie}" "${base}${path}" >"${static_dir}/page${n}.html"
  bytes=$(wc -c <"${static_dir}/page${n}.html"); gz=$(gzip -9 -c "${static_dir}/page${n}.html" | wc -c)
  read -r rps p99 errors <<<"$(drive "${base}${path}")"
  read -r srps _ _ <<<"$(drive "${base}/_load/page${n}.html")"
  ratio=$(awk -v a="${rps}" -v b="${srps}" 'BEGIN { printf "%.0f%%", 100 * a / b }')
  printf '%-44s %9s %9s %7s %9d %9d %9s %7s\n' "${path:0:44}" "${rps}" "${p99}" "${errors}" $((bytes / 1024)) $((gz / 1024)) "${srps}" "${ratio}"
done
