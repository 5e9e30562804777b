#!/usr/bin/env bash
# Upload to colour: how long after a steward uploads one commune's monthly value its page and the map show the new
# colour, and where the time goes. Starts the app (Release, fresh SQLite file with demo data) on 127.0.0.1, waits for
# the demo data, logs in, then for N units that are green in the latest month uploads one value through the upload
# page (AV_UPDATED_MACHINES 1/40: C7 is critical, so the unit turns red) and polls the commune page and the map every
# 20 ms until both show red. Prints, per upload, the time to the upload page's answer (import done, rescore queued),
# to the commune page and to the map; then the server's own rescore timings (read, rate, store).
# Usage: scripts/upload-to-colour.sh [uploads, default 5]. ONLY_CHANGED=false measures the rescore of every commune
# (Jobs__RescoreOnlyChanged, the behaviour before issue 22). Every loop is bounded; only 127.0.0.1 is targeted.
set -euo pipefail
cd "$(dirname "$0")/.."
uploads="${1:-5}"
port=5098
base="http://127.0.0.1:${port}"
work="$(mktemp -d)"
password="colour-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
now_ms() { date +%s%3N; }

dotnet build -c Release Dashboard.Web -v q -nologo >/dev/null
Storage__ConnectionString="Data Source=${work}/dashboard.db" Auth__BootstrapAdminPassword="${password}" \
  Jobs__DropFolder__Path="${work}/drop" Jobs__RescoreOnlyChanged="${ONLY_CHANGED:-true}" ASPNETCORE_ENVIRONMENT=Production \
  Logging__LogLevel__Default=Warning env "Logging__LogLevel__DashboardKpi.Ingest.Jobs.Ratings.Rescorer=Information" \
  dotnet Dashboard.Web/bin/Release/net10.0/Dashboard.Web.dll --urls "${base}" --contentRoot "$(pwd)/Dashboard.Web" >"${work}/app.log" 2>&1 &
app=$!
trap 'kill ${app} 2>/dev/null || true; rm -rf "${work}"' EXIT

for _ in $(seq 1 300); do
  curl -fs "${base}/health/ready" 2>/dev/null | grep -q '"status":"preparing"' || { curl -fs "${base}/health" >/dev/null 2>&1 && break; }
  sleep 1
done
curl -s "${base}/health/ready" | grep -q '"status":"preparing"' && { echo "demo data still being prepared after 300 s" >&2; exit 1; }

jar="${work}/cookies"
token=$(curl -s -c "${jar}" "${base}/Account/Login" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//' | head -1)
curl -s -b "${jar}" -c "${jar}" -o /dev/null -X POST "${base}/Account/Login" \
  --data-urlencode "UserName=admin" --data-urlencode "Password=${password}" --data-urlencode "__RequestVerificationToken=${token}"

overview=$(curl -s -b "${jar}" "${base}/")
period=$(grep -o 'data-src="/map/overview.svg?period=[0-9-]*' <<<"${overview}" | head -1 | sed 's/.*period=//')
mapof() { curl -s -b "${jar}" "${base}/map/overview.svg?period=${period}"; }
mapfile -t greens < <(mapof | grep -o 'data-code="[0-9]*" data-rating="green"' | sed 's/data-code="//; s/".*//' | head -"${uploads}")
[ "${#greens[@]}" -gt 0 ] || { echo "no green unit in ${period}" >&2; exit 1; }
# Warm up: every page once, so what is measured is not the JIT's first run.
curl -s -b "${jar}" -o /dev/null "${base}/Communes/Details/${greens[0]}?period=${period}"

printf '\nperiod %s, only changed communes rescored: %s\n' "${period}" "${ONLY_CHANGED:-true}"
printf '%-8s %12s %12s %12s\n' "unit" "upload ms" "page ms" "map ms"
for unit in "${greens[@]}"; do
  printf 'commune_code,period,indicator_code,value\n%s,%s,AV_UPDATED_MACHINES,1/40\n' "${unit}" "${period}" >"${work}/one.csv"
  form=$(curl -s -b "${jar}" -c "${jar}" "${base}/Data/Upload")
  token=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<<"${form}" | sed 's/.*value="//; s/"$//' | head -1)
  t0=$(now_ms)
  curl -s -b "${jar}" -c "${jar}" -o /dev/null -F "file=@${work}/one.csv;type=text/csv" -F "__RequestVerificationToken=${token}" "${base}/Data/Upload"
  t_upload=$(( $(now_ms) - t0 )); t_page=""; t_map=""
  for _ in $(seq 1 1500); do
    # Whole answers compared (grep -q would close the pipe early, and pipefail would count that as no match).
    if [ -z "${t_page}" ] && [[ "$(curl -s -b "${jar}" "${base}/Communes/Details/${unit}?period=${period}")" == *'class="badge red large"'* ]]; then t_page=$(( $(now_ms) - t0 )); fi
    if [ -z "${t_map}" ] && [[ "$(mapof)" == *"data-code=\"${unit}\" data-rating=\"red\""* ]]; then t_map=$(( $(now_ms) - t0 )); fi
    [ -n "${t_page}" ] && [ -n "${t_map}" ] && break
    sleep 0.02
  done
  printf '%-8s %12s %12s %12s\n' "${unit}" "${t_upload}" "${t_page:-none}" "${t_map:-none}"
done

printf '\nserver rescore timings (this run):\n'
grep -o 'Rescore timings [0-9-]*: .*' "${work}/app.log" | tail -n "${uploads}" || true
