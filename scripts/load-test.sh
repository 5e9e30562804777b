#!/usr/bin/env bash
# Load test of the dashboard on loopback: starts the app (Release, fresh SQLite file with demo data), logs in,
# drives the overview, league table, a commune page and the ratings API with wrk at 32 connections for a bounded
# time each, and prints requests/s, p99 latency and errors, plus the map page's gzipped size.
# Targets (issue "Performance and hardening"): overview >= 1,000 req/s and p99 < 50 ms, 0 errors, map page < 250 KB gzipped.
# Usage: scripts/load-test.sh [seconds-per-url, default 15]. Needs wrk (apt-get install wrk). Only 127.0.0.1 is targeted.
# WARMUP=<seconds> first drives each URL unmeasured for that long (default 10), so that what is measured is the
# server as it runs once started; WARMUP=0 measures the just-started process's JIT warm-up too, which dominates
# the first URL's first seconds (docs/benchmarks.md, "Load on the web").
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-15}"
warmup="${WARMUP:-10}"
port=5099
base="http://127.0.0.1:${port}"
work="$(mktemp -d)"
password="load-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }

dotnet build -c Release Dashboard.Web -v q -nologo >/dev/null
Storage__ConnectionString="Data Source=${work}/dashboard.db" Auth__BootstrapAdminPassword="${password}" \
  Jobs__DropFolder__Path="${work}/drop" Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  dotnet Dashboard.Web/bin/Release/net10.0/Dashboard.Web.dll --urls "${base}" --contentRoot "$(pwd)/Dashboard.Web" >"${work}/app.log" 2>&1 &
app=$!
trap 'kill ${app} 2>/dev/null || true; rm -rf "${work}"' EXIT

for _ in $(seq 1 180); do curl -fs "${base}/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "${base}/health" >/dev/null || { echo "the app did not start; log:" >&2; tail -20 "${work}/app.log" >&2; exit 1; }

# Log in as a person would: the login form's antiforgery token, then the form post.
jar="${work}/cookies"
token=$(curl -s -c "${jar}" "${base}/Account/Login" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//' | head -1)
curl -s -b "${jar}" -c "${jar}" -o /dev/null -X POST "${base}/Account/Login" \
  --data-urlencode "UserName=admin" --data-urlencode "Password=${password}" --data-urlencode "__RequestVerificationToken=${token}"
cookie=$(awk '!/^#/ && NF >= 7 { printf "%s=%s; ", $6, $7 }' "${jar}"; awk '/^#HttpOnly_/ { printf "%s=%s; ", $6, $7 }' "${jar}")
status=$(curl -s -H "Cookie: ${cookie}" -o /dev/null -w '%{http_code}' "${base}/")
[ "${status}" = 200 ] || { echo "login failed (overview answered ${status}); cookies: ${cookie}" >&2; tail -5 "${work}/app.log" >&2; exit 1; }

period=$(date +%Y-%m)
printf '\n%-42s %10s %10s %8s\n' "url" "req/s" "p99" "errors"
for path in "/" "/LeagueTable" "/Communes/Details/25747" "/api/v1/ratings?period=${period}"; do
  if [ "${warmup}" -gt 0 ]; then wrk -t2 -c32 -d"${warmup}s" -H "Cookie: ${cookie}" "${base}${path}" >/dev/null; fi
  out=$(wrk -t2 -c32 -d"${duration}s" --latency -H "Cookie: ${cookie}" "${base}${path}")
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"${out}")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"${out}")
  errors=$(awk '/Non-2xx or 3xx responses/ { n += $NF } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"${out}")
  printf '%-42s %10s %10s %8s\n' "${path}" "${rps}" "${p99}" "${errors}"
done

bytes=$(curl -s -H "Cookie: ${cookie}" "${base}/" | gzip -9 -c | wc -c)
printf '\nmap page (overview) gzipped: %d KB (target < 250 KB)\n' $((bytes / 1024))
